import { defineOperation } from '../../shared/operation';

export const getGlobalWebhook = defineOperation({
	resource: 'admin',
	name: 'Get Global Webhook',
	value: 'getGlobalWebhook',
	action: 'Get the global webhook',
	description: 'Gets the global webhook, which receives the events of every instance of the server',
	method: 'GET',
	path: '/globalwebhook',
	subject: 'webhook',
});
