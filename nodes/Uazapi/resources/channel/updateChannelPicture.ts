import { channelOperation } from './channelField';
import { channelPictureFields, channelPictureParameter } from './channelPicture';

export const updateChannelPicture = channelOperation({
	name: 'Update Picture',
	value: 'updateChannelPicture',
	action: 'Update the picture of a channel',
	description: 'Changes the picture of the channel (an image of at most 1 MB). Only the channel owner or an admin can do this.',
	path: '/newsletter/picture',
	slow: true,
	extra: channelPictureFields,
	async body() {
		return { picture: await channelPictureParameter(this) };
	},
});
