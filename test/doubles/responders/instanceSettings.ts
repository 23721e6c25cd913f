import type { DoubleState } from './state';
import { instanceObject } from './state';
import type { Responders } from './types';

/** What the instance settings of one test hold (privacy, proxy, chatbot): kept beside the shared state. */
interface InstanceSettings {
	privacy: Record<string, string>;
	proxy: { enabled: boolean; proxy_url: string; last_test_at: number; last_test_error: string; validation_error: boolean };
	/** Delivery failures of the instance's webhooks (GET /webhook/errors). */
	webhookErrors: Array<Record<string, unknown>>;
}

const SETTINGS = new WeakMap<DoubleState, InstanceSettings>();

export function instanceSettingsOf(state: DoubleState): InstanceSettings {
	let settings = SETTINGS.get(state);
	if (!settings) {
		settings = {
			privacy: { groupadd: 'contacts', last: 'contacts', status: 'contacts', profile: 'contacts', readreceipts: 'all', online: 'all', calladd: 'all' },
			proxy: { enabled: false, proxy_url: '', last_test_at: 0, last_test_error: '', validation_error: false },
			webhookErrors: [],
		};
		SETTINGS.set(state, settings);
	}
	return settings;
}

/** A webhook delivery failure as Uazapi keeps it (the payload carries the instance token). */
export function webhookDeliveryError(state: DoubleState, overrides: Record<string, unknown> = {}) {
	return {
		created: '2026-03-23T15:04:05Z',
		url: 'https://example.com/webhook/messages',
		type: 'local',
		event: 'messages',
		message_type: 'text',
		status_code: 502,
		attempts: 3,
		error: 'webhook returned non-success status: 502 Bad Gateway',
		payload: { EventType: 'messages', token: state.token },
		...overrides,
	};
}

/** Uazapi answers with the proxy URL's password masked. */
export function maskedProxyUrl(url: string): string {
	return url.replace(/^([a-z0-9]+:\/\/[^:@/]+):[^@/]*@/i, '$1:***@');
}

export const TEST_TIME = 1770000000000;

export const instanceSettingsResponders: Responders = {
	'POST /instance/updateInstanceName': (req, state) => ({
		status: 200,
		body: instanceObject(state, 'connected', { name: (req.body as { name: string }).name }),
	}),
	'DELETE /instance': () => ({
		status: 200,
		body: {
			response: 'Instance Deleted',
			info: 'O dispositivo foi desconectado com sucesso e a instância foi removida do banco de dados.',
		},
	}),
	'GET /instance/privacy': (_req, state) => ({ status: 200, body: instanceSettingsOf(state).privacy }),
	'POST /instance/privacy': (req, state) => {
		const settings = instanceSettingsOf(state);
		Object.assign(settings.privacy, req.body as Record<string, string>);
		return { status: 200, body: settings.privacy };
	},
	'POST /instance/presence': () => ({ status: 200, body: { response: 'Presence updated successfully' } }),
	'POST /instance/updateDelaySettings': (req, state) => {
		const { msg_delay_min, msg_delay_max } = req.body as { msg_delay_min: number; msg_delay_max: number };
		return { status: 200, body: { instance: instanceObject(state, 'connected', { msg_delay_min, msg_delay_max }) } };
	},
	'POST /instance/updatechatbotsettings': (req, state) => {
		const body = (req.body ?? {}) as Record<string, unknown>;
		if (typeof body.openai_apikey === 'string') state.openaiKey = body.openai_apikey;
		const { openai_apikey: _key, ...settings } = body;
		return { status: 200, body: instanceObject(state, 'connected', { ...settings, openai_apikey: state.openaiKey ?? '' }) };
	},
	'GET /instance/proxy': (_req, state) => ({ status: 200, body: instanceSettingsOf(state).proxy }),
	'POST /instance/proxy': (req, state) => {
		const { enable, proxy_url: url } = req.body as { enable: boolean; proxy_url?: string };
		const settings = instanceSettingsOf(state);
		settings.proxy = enable
			? { enabled: true, proxy_url: maskedProxyUrl(url ?? ''), last_test_at: TEST_TIME, last_test_error: '', validation_error: false }
			: { ...settings.proxy, enabled: false, proxy_url: '' };
		return { status: 200, body: { details: 'Proxy configurado', proxy: settings.proxy, restart_requested: true } };
	},
	'DELETE /instance/proxy': (_req, state) => {
		const settings = instanceSettingsOf(state);
		settings.proxy = { enabled: false, proxy_url: '', last_test_at: 0, last_test_error: '', validation_error: false };
		return { status: 200, body: { details: 'Proxy removido', proxy: { enabled: false }, restart_requested: true } };
	},
	'GET /webhook/errors': (_req, state) => ({ status: 200, body: instanceSettingsOf(state).webhookErrors }),
};
