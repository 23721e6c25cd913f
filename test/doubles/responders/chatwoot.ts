import type { DoubleState } from './state';
import type { Responders } from './types';

const CONFIGS = new WeakMap<DoubleState, Record<string, unknown>>();

export const CHATWOOT_INBOX_WEBHOOK = 'https://uazapi.example.com/chatwoot/webhook/r183e2ef9597845';

/** The instance's Chatwoot configuration, as GET /chatwoot/config answers it (token included, as Uazapi does). */
export function chatwootConfigOf(state: DoubleState): Record<string, unknown> {
	let config = CONFIGS.get(state);
	if (!config) {
		config = {
			chatwoot_enabled: false,
			chatwoot_url: '',
			chatwoot_account_id: 0,
			chatwoot_inbox_id: 0,
			chatwoot_access_token: '',
			chatwoot_ignore_groups: false,
			chatwoot_sign_messages: false,
			chatwoot_create_new_conversation: false,
		};
		CONFIGS.set(state, config);
	}
	return config;
}

export const chatwootResponders: Responders = {
	'GET /chatwoot/config': (_req, state) => ({ status: 200, body: chatwootConfigOf(state) }),
	'PUT /chatwoot/config': (req, state) => {
		const body = req.body as Record<string, unknown>;
		const config = chatwootConfigOf(state);
		for (const [key, value] of Object.entries(body)) config[`chatwoot_${key}`] = value;
		return {
			status: 200,
			body: {
				message: 'Chatwoot config updated successfully, put this URL in Chatwoot inbox webhook settings:',
				chatwoot_inbox_webhook_url: CHATWOOT_INBOX_WEBHOOK,
			},
		};
	},
};
