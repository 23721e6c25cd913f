import { channelOperation } from './channelField';
import { textParameter } from '../../shared/validation';

export const updateChannelDescription = channelOperation({
	name: 'Update Description',
	value: 'updateChannelDescription',
	action: 'Update the description of a channel',
	description: 'Changes the description of the channel; empty removes it. Only the channel owner or an admin can do this.',
	path: '/newsletter/description',
	extra: [
		{
			displayName: 'Description',
			name: 'channelDescription',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			description: 'The new description of the channel. Leave empty to remove the description.',
		},
	],
	body() {
		return { description: textParameter(this, 'channelDescription', 'Description') };
	},
});
