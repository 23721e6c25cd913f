import type { DoubleState } from './state';
import { nextId } from './state';
import type { Responder, Responders } from './types';

/** The chatbot's lists of the instance (kept beside the instance state, per test). */
export interface ChatbotState {
	agents: Array<Record<string, unknown>>;
	triggers: Array<Record<string, unknown>>;
	knowledge: Array<Record<string, unknown>>;
	functions: Array<Record<string, unknown>>;
}

const stores = new WeakMap<DoubleState, ChatbotState>();

export function chatbotState(state: DoubleState): ChatbotState {
	let store = stores.get(state);
	if (!store) {
		store = { agents: [], triggers: [], knowledge: [], functions: [] };
		stores.set(state, store);
	}
	return store;
}

type Body = { id?: string; delete?: boolean; agent?: Record<string, unknown> };
type Entry = Record<string, unknown>;

/**
 * One of the chatbot's `…/edit` endpoints: no ID creates (201), an ID updates (200) or, with
 * `delete: true`, deletes the entry; an unknown ID is a 404. `stored` gives an entry the form the
 * server keeps (its defaults; a function's headers, body and parameters as JSON text).
 */
function editResponder(
	list: keyof ChatbotState,
	key: string,
	prefix: string,
	what: string,
	stored: (entry: Entry, before?: Entry) => Entry,
): Responder {
	return (req, state) => {
		const body = req.body as { id?: string; delete?: boolean } & Record<string, unknown>;
		const entries = chatbotState(state)[list];
		const given = (body[key] ?? {}) as Entry;
		if (!body.id) {
			const entry = { id: nextId(state, prefix), ...stored(given), owner: state.owner };
			entries.push(entry);
			return { status: 201, body: entry };
		}
		const index = entries.findIndex((entry) => entry.id === body.id);
		if (index < 0) return { status: 404, body: { error: `${what} not found` } };
		if (body.delete) {
			entries.splice(index, 1);
			return { status: 200, body: { response: `${what} deleted` } };
		}
		entries[index] = { ...entries[index], ...stored(given, entries[index]) };
		return { status: 200, body: entries[index] };
	};
}

const asText = (value: unknown, fallback: string) => (value === undefined ? fallback : JSON.stringify(value));

export const agentResponders: Responders = {
	'POST /agent/edit': (req, state) => {
		const body = req.body as Body;
		const agents = chatbotState(state).agents;
		if (!body.id) {
			const agent = { id: nextId(state, 'ag'), ...body.agent, owner: state.owner };
			agents.push(agent);
			return { status: 201, body: agent };
		}
		const index = agents.findIndex((a) => a.id === body.id);
		if (index < 0) return { status: 404, body: { error: 'Agent not found' } };
		if (body.delete) {
			agents.splice(index, 1);
			return { status: 200, body: { response: 'Agent deleted' } };
		}
		agents[index] = { ...agents[index], ...body.agent };
		return { status: 200, body: agents[index] };
	},
	'GET /agent/list': (_req, state) => ({ status: 200, body: chatbotState(state).agents }),
	'GET /trigger/list': (_req, state) => ({ status: 200, body: chatbotState(state).triggers }),
	'GET /knowledge/list': (_req, state) => ({ status: 200, body: chatbotState(state).knowledge }),
	'GET /function/list': (_req, state) => ({ status: 200, body: chatbotState(state).functions }),
	'POST /trigger/edit': editResponder('triggers', 'trigger', 'tr', 'Trigger', (trigger, before) =>
		before ? trigger : { active: true, ignoreGroups: true, priority: 0, responseDelay_seconds: 0, ...trigger },
	),
	'POST /knowledge/edit': editResponder('knowledge', 'knowledge', 'kn', 'Knowledge', (entry, before) =>
		before ? entry : { active: false, tittle: '', content: '', vectorStatus: 'pending', isVectorized: false, lastVectorizedAt: 0, priority: 0, ...entry },
	),
	'POST /function/edit': editResponder('functions', 'function', 'fn', 'Function', (fn, before) => {
		const text: Entry = { ...fn };
		for (const [field, fallback] of [['headers', '{}'], ['body', '{}'], ['parameters', '[]']] as const) {
			if (fn[field] !== undefined || !before) text[field] = asText(fn[field], fallback);
		}
		return before ? text : { active: false, undocumentedParameters: '', header_error: false, body_error: false, ...text };
	}),
};
