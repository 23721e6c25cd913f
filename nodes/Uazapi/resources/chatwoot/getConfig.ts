import { defineOperation } from '../../shared/operation';
import { withoutChatwootToken } from './token';

export const getConfig = defineOperation({
	resource: 'chatwoot',
	name: 'Get Configuration',
	value: 'getConfig',
	action: 'Get the Chatwoot configuration',
	description: "The instance's Chatwoot integration: whether it is on, the Chatwoot URL, account and inbox (the access token is left out)",
	method: 'GET',
	path: '/chatwoot/config',
	output: [withoutChatwootToken],
});
