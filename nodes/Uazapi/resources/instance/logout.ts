import { defineOperation } from '../../shared/operation';

export const logout = defineOperation({
	resource: 'instance',
	name: 'Logout',
	value: 'logout',
	action: 'Log out of WhatsApp',
	description: 'Ends the WhatsApp session; a new QR code is needed to connect again',
	method: 'POST',
	path: '/instance/disconnect',
});
