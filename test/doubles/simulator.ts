import { qrLikePng } from './qr-png';
import { defaultResponders } from './responders';
import { quickReply } from './responders/message';
import type { DoubleState } from './responders/state';
import { instanceObject } from './responders/state';
import type { RecordedRequest, Reply, Responders } from './responders/types';

/** The saved quick reply the simulator starts with, so Send Template can be tried. */
export const SIMULATOR_QUICK_REPLY = quickReply({
	id: 'rb9da9c03637452',
	shortCut: 'greeting',
	type: 'text',
	text: 'Hello {{name}}! Thanks for trying the Uazapi node. How can we help?',
});

/** The simulator's QR code: a PNG that looks like one (not a code a phone can link with). */
export const SIMULATOR_QR_PNG = qrLikePng('uazapi-simulator');

/** What the simulated instance has before the first request. */
export function seedSimulatorState(state: DoubleState): void {
	state.quickReplies = [{ ...SIMULATOR_QUICK_REPLY }];
}

type Connection = 'disconnected' | 'connecting' | 'connected';

/**
 * The `simulate` layer of the Uazapi double (used by `npm start`): the instance remembers whether it is
 * connected. It starts disconnected; Get QR Code (POST /instance/connect) starts connecting, and the next
 * status check finds it connected, as if the QR code had been scanned. Logout disconnects it again.
 * Sent messages are kept, so they show up in Get Messages and their chat in Get Chats (groups already
 * exist after Create in the default behaviour). Get QR Code hands out a QR-like PNG, and one quick reply is
 * saved (seedSimulatorState) for Send Template. Everything else is the double's default behaviour.
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
		'POST /instance/connect': async (request, state) => {
			connection = 'connecting';
			const reply = await defaultResponders['POST /instance/connect'](request, state);
			if (!('status' in reply)) return reply;
			const body = reply.body as { instance: { qrcode: string } };
			if (body.instance.qrcode) body.instance.qrcode = `data:image/png;base64,${SIMULATOR_QR_PNG.toString('base64')}`;
			return reply;
		},
		'POST /instance/disconnect': (request, state) => {
			connection = 'disconnected';
			return defaultResponders['POST /instance/disconnect'](request, state);
		},
		...Object.fromEntries(SEND_ROUTES.map((route) => [route, remembered(route)])),
	};
}

const SEND_ROUTES = ['POST /send/text', 'POST /send/media', 'POST /send/menu', 'POST /send/location', 'POST /send/contact'];

/** Answers a send as the double does (which keeps the message), and keeps its chat like Uazapi's database would. */
function remembered(route: string) {
	return async (request: RecordedRequest, state: DoubleState): Promise<Reply> => {
		const reply = await defaultResponders[route](request, state);
		if (!('status' in reply) || reply.status !== 200) return reply;
		const message = reply.body as Record<string, unknown>;
		const chat = state.chats.find((entry) => entry.wa_chatid === message.chatid);
		if (chat) chat.wa_lastMsgTimestamp = message.messageTimestamp;
		else state.chats.unshift({ id: `r${state.chats.length + 1}`, wa_chatid: message.chatid, wa_isGroup: message.isGroup, name: '', wa_lastMsgTimestamp: message.messageTimestamp });
		return reply;
	};
}
