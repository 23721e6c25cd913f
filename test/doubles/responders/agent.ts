import type { DoubleState } from './state';
import { nextId } from './state';
import type { Responders } from './types';

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
};
