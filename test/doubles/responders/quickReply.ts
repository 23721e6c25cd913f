import type { QuickReply } from './state';
import { nextId } from './state';
import type { Responders } from './types';

export const quickReplyResponders: Responders = {
	'POST /quickreply/edit': (req, state) => {
		const { id, delete: remove, ...fields } = req.body as Partial<QuickReply> & { delete?: boolean };
		const done = () => ({ status: 200, body: { message: 'Operação concluída com sucesso', quickReplies: state.quickReplies } });
		if (!id) {
			if (remove) return { status: 400, body: { error: 'id is required to delete' } };
			if (state.quickReplies.some((reply) => reply.shortCut === fields.shortCut)) {
				return { status: 400, body: { error: 'A quick reply with this shortCut already exists' } };
			}
			state.quickReplies.push({
				id: nextId(state, 'r').toLowerCase(),
				onWhatsApp: false,
				docName: '',
				file: '',
				text: '',
				owner: state.owner,
				created: '2026-01-12T12:00:00Z',
				updated: '2026-01-12T12:00:00Z',
				shortCut: String(fields.shortCut),
				type: String(fields.type),
				...fields,
			});
			return done();
		}
		const reply = state.quickReplies.find((entry) => entry.id === id);
		if (!reply) return { status: 404, body: { error: 'Quick reply not found' } };
		if (reply.onWhatsApp) return { status: 403, body: { error: 'Quick replies from WhatsApp cannot be changed' } };
		if (remove) state.quickReplies = state.quickReplies.filter((entry) => entry !== reply);
		else Object.assign(reply, { text: '', file: '', docName: '', ...fields, updated: '2026-01-12T12:00:00Z' });
		return done();
	},
};
