import { defineOperation } from '../../shared/operation';

export const restartInstance = defineOperation({
	resource: 'instance',
	name: 'Restart',
	value: 'restartInstance',
	action: 'Restart the instance',
	description: "Restarts this instance's WhatsApp session (not the whole Uazapi server)",
	method: 'POST',
	path: '/instance/reset',
	meanings: {
		403: {
			message: 'Uazapi did not allow a restart now',
			description: "The server's reconnection policy blocks it (too many restarts in a short time). Wait a few minutes and try again.",
		},
		409: {
			message: 'A restart cannot recover this session',
			description: 'Connect the instance again: Instance → Get QR Code, then scan the code with WhatsApp.',
		},
	},
});
