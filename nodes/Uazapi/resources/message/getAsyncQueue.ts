import { defineOperation } from '../../shared/operation';

export const getAsyncQueue = defineOperation({
	resource: 'message',
	name: 'Get Async Queue',
	value: 'getAsyncQueue',
	action: 'Get the async send queue',
	description: 'How many messages sent with "Send Through Queue" are still waiting, and whether the queue is working',
	method: 'GET',
	path: '/message/async',
});
