import { defineOperation } from '../../shared/operation';

export const restartServer = defineOperation({
	resource: 'admin',
	name: 'Restart Server',
	value: 'restartServer',
	action: 'Restart the server',
	description:
		'DESTRUCTIVE: restarts the whole Uazapi server, disconnecting EVERY instance on it at once until they reconnect. Only for server-wide trouble; to restart one instance use Instance → Restart.',
	method: 'POST',
	path: '/admin/restart',
});
