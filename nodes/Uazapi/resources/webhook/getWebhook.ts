import { defineOperation } from '../../shared/operation';
import { splitArray } from '../../shared/response';

export const getWebhook = defineOperation({
	resource: 'webhook',
	name: 'Get',
	value: 'getWebhook',
	action: 'Get webhooks',
	description: 'Lists the webhooks of the instance, one item per webhook',
	method: 'GET',
	path: '/webhook',
	subject: 'webhook',
	output: [splitArray()],
});
