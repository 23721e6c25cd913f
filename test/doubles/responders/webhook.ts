import type { Webhook } from './state';
import { nextId } from './state';
import type { Responders } from './types';

export const webhookResponders: Responders = {
	'GET /webhook': (_req, state) => ({ status: 200, body: state.webhooks }),
	'POST /webhook': (req, state) => {
		const body = req.body as Partial<Webhook> & { action?: string; id?: string };
		const fields = (existing?: Webhook): Webhook => ({
			id: existing?.id ?? nextId(state, 'wh'),
			enabled: body.enabled ?? existing?.enabled ?? false,
			url: body.url ?? existing?.url ?? '',
			events: body.events ?? existing?.events ?? [],
			excludeMessages: body.excludeMessages ?? existing?.excludeMessages ?? [],
			addUrlEvents: body.addUrlEvents ?? existing?.addUrlEvents ?? false,
			addUrlTypesMessages: body.addUrlTypesMessages ?? existing?.addUrlTypesMessages ?? false,
		});
		if (body.action === 'add') {
			state.webhooks.push(fields());
		} else if (body.action === 'update' || body.action === 'delete') {
			const index = state.webhooks.findIndex((w) => w.id === body.id);
			if (index < 0) return { status: 404, body: { error: 'Webhook not found' } };
			if (body.action === 'update') state.webhooks[index] = fields(state.webhooks[index]);
			else state.webhooks.splice(index, 1);
		} else {
			state.webhooks = [fields(state.webhooks[0])];
		}
		return { status: 200, body: state.webhooks };
	},
};
