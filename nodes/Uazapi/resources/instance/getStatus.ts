import { defineOperation } from '../../shared/operation';

export const getStatus = defineOperation({
	resource: 'instance',
	name: 'Get Status',
	value: 'getStatus',
	action: 'Get the instance status',
	description: 'Whether the WhatsApp number is connected, and the instance details',
	method: 'GET',
	path: '/instance/status',
});
