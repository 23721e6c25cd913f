import { defineOperation } from '../../shared/operation';
import { splitArray } from '../../shared/response';

export const getGlobalWebhookErrors = defineOperation({
	resource: 'admin',
	name: 'Get Global Webhook Errors',
	value: 'getGlobalWebhookErrors',
	action: 'Get the global webhook errors',
	description: 'Lists recent failed deliveries of the global webhook, one item per failure',
	method: 'GET',
	path: '/globalwebhook/errors',
	subject: 'webhook',
	output: [splitArray()],
});
