import { channelOperation } from './channelField';

export const deleteChannel = channelOperation({
	name: 'Delete',
	value: 'deleteChannel',
	action: 'Delete a channel',
	description: 'Permanently deletes the channel with all its posts and followers. Only the channel owner can do this; it cannot be undone.',
	path: '/newsletter/delete',
});
