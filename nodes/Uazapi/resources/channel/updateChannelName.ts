import { requiredText } from '../../shared/validation';
import { channelOperation } from './channelField';

export const updateChannelName = channelOperation({
	name: 'Update Name',
	value: 'updateChannelName',
	action: 'Update the name of a channel',
	description: 'Renames the channel. Only the channel owner or an admin can do this.',
	path: '/newsletter/name',
	extra: [
		{
			displayName: 'Name',
			name: 'channelName',
			type: 'string',
			default: '',
			required: true,
			description: 'The new name of the channel',
		},
	],
	body() {
		return { name: requiredText(this, 'channelName', 'Name') };
	},
});
