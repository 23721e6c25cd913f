import { channelOperation } from './channelField';

export const subscribeLiveUpdates = channelOperation({
	name: 'Subscribe to Live Updates',
	value: 'subscribeLiveUpdates',
	action: 'Subscribe to live updates of a channel',
	description:
		"Subscribes for a while to WhatsApp's live view and reaction counts of a channel; outputs how long (response, e.g. 5m0s). No webhook event comes of it: read the counts with Get Post Updates.",
	path: '/newsletter/subscribe',
});
