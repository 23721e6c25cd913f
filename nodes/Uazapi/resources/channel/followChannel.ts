import { channelOperation } from './channelField';

export const followChannel = channelOperation({
	name: 'Follow',
	value: 'followChannel',
	action: 'Follow a channel',
	description: 'This WhatsApp account follows the channel',
	path: '/newsletter/follow',
});
