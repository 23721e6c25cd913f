import { channelOperation } from './channelField';

export const unfollowChannel = channelOperation({
	name: 'Unfollow',
	value: 'unfollowChannel',
	action: 'Unfollow a channel',
	description: 'This WhatsApp account stops following the channel',
	path: '/newsletter/unfollow',
});
