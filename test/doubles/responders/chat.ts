import type { DoubleState } from './state';
import { instanceObject } from './state';
import { labelsOf } from './label';
import type { Reply, Responders } from './types';

type Chat = Record<string, unknown>;

const jidOf = (number: string) => (number.includes('@') ? number : `${number}@s.whatsapp.net`);
const chatOf = (state: DoubleState, number: string) => state.chats.find((chat) => chat.wa_chatid === jidOf(number));
const notFound: Reply = { status: 404, body: { error: 'Chat not found' } };

// The custom lead field names of the instance (POST /instance/updateFieldsMap), per test.
const fieldsMaps = new WeakMap<DoubleState, Record<string, string>>();

export const chatResponders: Responders = {
	'POST /chat/archive': (req, state) => {
		const { number, archive } = req.body as { number: string; archive: boolean };
		const chat = chatOf(state, number);
		if (!chat) return { status: 400, body: { error: 'Chat not found' } };
		chat.wa_archived = archive;
		return { status: 200, body: { response: 'Chat updated successfully' } };
	},
	'POST /chat/pin': (req, state) => {
		const { number, pin } = req.body as { number: string; pin: boolean };
		const chat = chatOf(state, number);
		if (!chat) return { status: 400, body: { error: 'Chat not found' } };
		chat.wa_isPinned = pin;
		return { status: 200, body: { response: pin ? 'Chat pinned' : 'Chat unpinned' } };
	},
	'POST /chat/mute': (req, state) => {
		const { number, muteEndTime } = req.body as { number: string; muteEndTime: number };
		const chat = chatOf(state, number);
		if (!chat) return notFound;
		// Uazapi keeps the end of the mute as a time; -1 stays -1 (always), 0 unmutes.
		chat.wa_muteEndTime = muteEndTime > 0 ? 1770000000000 + muteEndTime * 3_600_000 : muteEndTime;
		return { status: 200, body: { response: 'Chat mute settings updated successfully' } };
	},
	'POST /chat/delete': (req, state) => {
		const body = req.body as { number: string; deleteChatDB?: boolean; deleteMessagesDB?: boolean; deleteChatWhatsApp?: boolean; clearChatWhatsApp?: boolean };
		const jid = jidOf(body.number);
		const chat = chatOf(state, body.number);
		if (!chat) return notFound;
		const actions: string[] = [];
		if (body.clearChatWhatsApp) actions.push('Chat cleared on WhatsApp');
		else if (body.deleteChatWhatsApp) actions.push(jid.endsWith('@g.us') ? 'Chat cleared on WhatsApp' : 'Chat deleted from WhatsApp');
		if (body.deleteChatDB) {
			state.chats = state.chats.filter((entry) => entry !== chat);
			actions.push('Chat deleted from database');
		}
		if (body.deleteMessagesDB) {
			const before = state.messages.length;
			state.messages = state.messages.filter((message) => message.chatid !== jid);
			actions.push(`Messages associated with chat deleted from database: ${before - state.messages.length}`);
		}
		return { status: 200, body: { response: 'Chat deletion process completed', actions, errors: [] } };
	},
	'POST /chat/labels': (req, state) => {
		const body = req.body as { number: string; labelids?: string[]; add_labelid?: string; remove_labelid?: string };
		const chat = chatOf(state, body.number);
		if (!chat) return notFound;
		const known = labelsOf(state).map((label) => label.labelid);
		const given = body.labelids ?? [body.add_labelid ?? body.remove_labelid ?? ''];
		const unknown = given.find((id) => !known.includes(id));
		if (unknown !== undefined) return { status: 400, body: { error: `Label ${unknown} not found` } };
		const current = (chat.wa_label as string[] | undefined) ?? [];
		if (body.labelids) {
			const editions = [
				...body.labelids.filter((id) => !current.includes(id)).map((id) => `Added label ${id} to chat`),
				...current.filter((id) => !body.labelids?.includes(id)).map((id) => `Removed label ${id} from chat`),
			];
			chat.wa_label = [...body.labelids];
			return { status: 200, body: { response: 'Labels updated successfully', editions } };
		}
		if (body.add_labelid) {
			chat.wa_label = current.includes(body.add_labelid) ? current : [...current, body.add_labelid];
			return { status: 200, body: { response: 'Label added to chat' } };
		}
		chat.wa_label = current.filter((id) => id !== body.remove_labelid);
		return { status: 200, body: { response: 'Label removed from chat' } };
	},
	'POST /chat/editLead': (req, state) => {
		const { id, ...fields } = req.body as { id: string } & Chat;
		const chat = state.chats.find((entry) => entry.wa_chatid === id || `${state.owner}:${String(entry.wa_chatid).split('@')[0]}` === id);
		if (!chat) return notFound;
		Object.assign(chat, fields);
		return { status: 200, body: { ...chat, wa_fastid: `${state.owner}:${String(chat.wa_chatid).split('@')[0]}` } };
	},
	'POST /instance/updateFieldsMap': (req, state) => {
		const fieldsMap = { ...(fieldsMaps.get(state) ?? {}), ...(req.body as Record<string, string>) };
		fieldsMaps.set(state, fieldsMap);
		return { status: 200, body: instanceObject(state, 'connected', { fieldsMap }) };
	},
};
