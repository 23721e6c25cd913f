import { defineOperation } from '../../shared/operation';

export const restartInstance = defineOperation({
	resource: 'instance',
	name: 'Restart',
	value: 'restartInstance',
	action: 'Restart the instance',
	description: "Restarts this instance's WhatsApp session (not the whole Uazapi server)",
	method: 'POST',
	path: '/instance/reset',
});
