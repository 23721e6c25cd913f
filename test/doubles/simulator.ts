import { defaultResponders } from './responders';
import { instanceObject } from './responders/state';
import type { Responders } from './responders/types';

type Connection = 'disconnected' | 'connecting' | 'connected';

/**
 * The `simulate` layer of the Uazapi double (used by `npm start`): the instance remembers whether it is
 * connected. It starts disconnected; Get QR Code (POST /instance/connect) starts connecting, and the next
 * status check finds it connected, as if the QR code had been scanned. Logout disconnects it again.
 * Everything else is the double's default behaviour.
 */
export function simulatorResponders(): Responders {
	let connection: Connection = 'disconnected';
	return {
		'GET /instance/status': (request, state) => {
			if (connection === 'connecting') connection = 'connected';
			if (connection === 'connected') return defaultResponders['GET /instance/status'](request, state);
			return {
				status: 200,
				body: {
					instance: instanceObject(state, 'disconnected'),
					status: { connected: false, loggedIn: false, jid: null },
				},
			};
		},
		'POST /instance/connect': (request, state) => {
			connection = 'connecting';
			return defaultResponders['POST /instance/connect'](request, state);
		},
		'POST /instance/disconnect': (request, state) => {
			connection = 'disconnected';
			return defaultResponders['POST /instance/disconnect'](request, state);
		},
	};
}
