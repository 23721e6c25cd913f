import { channelOperation } from './channelField';

export const unmuteChannel = channelOperation({
	name: 'Unmute',
	value: 'unmuteChannel',
	action: 'Unmute a channel',
	description: 'Turns the notifications of a muted channel back on',
	path: '/newsletter/unmute',
});
