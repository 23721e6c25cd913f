import { channelOperation } from './channelField';

export const muteChannel = channelOperation({
	name: 'Mute',
	value: 'muteChannel',
	action: 'Mute a channel',
	description: 'Mutes the notifications of a channel this account follows',
	path: '/newsletter/mute',
});
