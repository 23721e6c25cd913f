import { defineOperation } from '../../shared/operation';

export const getPrivacy = defineOperation({
	resource: 'instance',
	name: 'Get Privacy',
	value: 'getPrivacy',
	action: 'Get the privacy settings',
	description: "The WhatsApp account's privacy settings: who sees last seen, profile photo, status, online, read receipts",
	method: 'GET',
	path: '/instance/privacy',
});
