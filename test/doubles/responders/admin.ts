import type { DoubleState } from './state';
import { instanceObject, nextId } from './state';
import type { Responders } from './types';

/** What the server's admin side holds (kept beside the instance state, per test). */
export interface AdminState {
	instances: Array<Record<string, unknown>>;
	globalWebhook?: Record<string, unknown>;
	webhookErrors: Array<Record<string, unknown>>;
}

const stores = new WeakMap<DoubleState, AdminState>();

/** The admin state of a double's state: the double's own instance and a second one, no global webhook. */
export function adminState(state: DoubleState): AdminState {
	let store = stores.get(state);
	if (!store) {
		store = {
			instances: [
				instanceObject(state, 'connected', { adminField01: 'client-42', created: '2026-01-01T12:00:00.000Z' }),
				{
					id: 'r283e2ef9597846',
					name: 'instance-2',
					token: 'def456-other-instance-token',
					status: 'disconnected',
					lastDisconnect: '2026-01-02T12:00:00.000Z',
					lastDisconnectReason: 'manual disconnect',
					created: '2026-01-02T12:00:00.000Z',
				},
			],
			webhookErrors: [],
		};
		stores.set(state, store);
	}
	return store;
}

type Body = Record<string, unknown>;

export const adminResponders: Responders = {
	'POST /instance/create': (req, state) => {
		const body = req.body as Body;
		const token = `${nextId(state, 'tok').toLowerCase()}`;
		const instance = {
			id: nextId(state, 'r'),
			token,
			status: 'disconnected',
			name: body.name,
			systemName: body.systemName ?? 'uazapiGO',
			...(body.adminField01 !== undefined ? { adminField01: body.adminField01 } : {}),
			...(body.adminField02 !== undefined ? { adminField02: body.adminField02 } : {}),
		};
		adminState(state).instances.push(instance);
		return {
			status: 200,
			body: { response: 'Instance created successfully', instance, connected: false, loggedIn: false, name: body.name, token, info: 'The instance is disconnected: connect it with its token.' },
		};
	},
	'GET /instance/all': (_req, state) => ({ status: 200, body: adminState(state).instances }),
	'POST /instance/updateAdminFields': (req, state) => {
		const body = req.body as Body;
		const instance = adminState(state).instances.find((i) => i.id === body.id);
		if (!instance) return { status: 404, body: { error: 'Instance not found' } };
		if (body.adminField01 !== undefined) instance.adminField01 = body.adminField01;
		if (body.adminField02 !== undefined) instance.adminField02 = body.adminField02;
		return { status: 200, body: instance };
	},
	'GET /globalwebhook': (_req, state) => {
		const webhook = adminState(state).globalWebhook;
		return webhook ? { status: 200, body: webhook } : { status: 404, body: { error: 'Global webhook not configured' } };
	},
	'POST /globalwebhook': (req, state) => {
		const body = req.body as Body;
		const webhook = {
			id: 'global',
			enabled: true,
			url: body.url,
			events: body.events,
			excludeMessages: body.excludeMessages ?? [],
			addUrlEvents: body.addUrlEvents ?? false,
			addUrlTypesMessages: body.addUrlTypesMessages ?? false,
		};
		adminState(state).globalWebhook = webhook;
		return { status: 200, body: webhook };
	},
	'GET /globalwebhook/errors': (_req, state) => ({ status: 200, body: adminState(state).webhookErrors }),
	'POST /admin/restart': () => ({ status: 202, body: { message: 'Restart scheduled' } }),
};
