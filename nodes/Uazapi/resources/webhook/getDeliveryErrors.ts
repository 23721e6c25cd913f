import { defineOperation } from '../../shared/operation';
import { splitArray } from '../../shared/response';

export const getDeliveryErrors = defineOperation({
	resource: 'webhook',
	name: 'Get Delivery Errors',
	value: 'getDeliveryErrors',
	action: 'Get webhook delivery errors',
	description:
		'The last failed webhook deliveries (up to 20, kept in memory by Uazapi until it restarts), one item per failure',
	method: 'GET',
	path: '/webhook/errors',
	subject: 'webhook',
	output: [splitArray()],
});
