import type { DoubleState, QuickReply } from './state';
import type { Responders } from './types';

/** A received text message as Uazapi stores it (components.schemas.Message, shape seen in webhooks). */
export function storedMessage(
	state: DoubleState,
	fields: { messageid: string; chatid: string; text: string; messageTimestamp: number } & Record<string, unknown>,
): Record<string, unknown> {
	const { messageid, chatid, text, messageTimestamp, ...extra } = fields;
	const fromNumber = chatid.replace(/@.*$/, '');
	return {
		id: `${state.owner}:${messageid}`,
		messageid,
		chatid,
		sender: `${fromNumber}@s.whatsapp.net`,
		sender_pn: `${fromNumber}@s.whatsapp.net`,
		senderName: `Contact ${fromNumber.slice(-2)}`,
		isGroup: chatid.endsWith('@g.us'),
		fromMe: false,
		messageType: 'Conversation',
		source: 'android',
		messageTimestamp,
		status: 'Delivered',
		text,
		quoted: '',
		edited: '',
		reaction: '',
		vote: '',
		buttonOrListid: '',
		owner: state.owner,
		wasSentByApi: false,
		fileURL: '',
		track_source: '',
		track_id: '',
		...extra,
	};
}

/** `count` messages in one chat, one second apart; message n is "Message n". */
export function chatHistory(state: DoubleState, chatid: string, count: number, extra: Record<string, unknown> = {}) {
	return Array.from({ length: count }, (_, i) =>
		storedMessage(state, {
			messageid: `3A${String(i + 1).padStart(14, '0')}`,
			chatid,
			text: `Message ${i + 1}`,
			messageTimestamp: 1770000000000 + (i + 1) * 1000,
			...extra,
		}),
	);
}

export function quickReply(fields: Partial<QuickReply> & Pick<QuickReply, 'id' | 'shortCut' | 'type'>): QuickReply {
	return {
		onWhatsApp: false,
		docName: '',
		file: '',
		text: '',
		owner: '5511988887777',
		created: '2026-01-10T12:00:00Z',
		updated: '2026-01-10T12:00:00Z',
		...fields,
	};
}

interface FindBody {
	id?: string;
	chatid?: string;
	track_source?: string;
	track_id?: string;
	limit?: number;
	offset?: number;
}

export const messageResponders: Responders = {
	// Filters (`id` on the full owner:ID form only, like the contract's example "user123:r3EB0538"), newest first,
	// then a page of `limit` from `offset`.
	'POST /message/find': (req, state) => {
		const body = (req.body ?? {}) as FindBody;
		if (body.chatid) {
			const known =
				state.chats.some((chat) => chat.wa_chatid === body.chatid) ||
				state.messages.some((message) => message.chatid === body.chatid);
			if (!known) return { status: 404, body: { error: 'Chat not found' } };
		}
		const limit = body.limit ?? 100;
		const offset = body.offset ?? 0;
		const matching = state.messages
			.filter(
				(m) =>
					(!body.id || m.id === body.id) &&
					(!body.chatid || m.chatid === body.chatid) &&
					(!body.track_source || m.track_source === body.track_source) &&
					(!body.track_id || m.track_id === body.track_id),
			)
			.sort((a, b) => Number(b.messageTimestamp) - Number(a.messageTimestamp));
		const messages = matching.slice(offset, offset + limit);
		const hasMore = offset + messages.length < matching.length;
		return {
			status: 200,
			body: { returnedMessages: messages.length, messages, limit, offset, nextOffset: offset + messages.length, hasMore },
		};
	},
	'POST /message/markread': (req, state) => {
		const { id } = req.body as { id: string[] };
		if (!id.length) return { status: 400, body: { error: 'Missing Id in Payload' } };
		// Bare WhatsApp IDs only: an owner:ID form names no message here.
		const results = id.map((messageId) => {
			const known = state.messages.some((m) => m.messageid === messageId);
			return known
				? { message_id: messageId, status: 'success' }
				: { message_id: messageId, status: 'error', error: 'Message not found' };
		});
		return { status: 200, body: { results } };
	},
	'POST /chat/read': (req, state) => {
		const { number, read } = req.body as { number: string; read: boolean };
		const chat = state.chats.find((entry) => entry.wa_chatid === number);
		if (!chat) return { status: 404, body: { error: 'Chat not found' } };
		chat.wa_unreadCount = read ? 0 : 1;
		return { status: 200, body: { response: 'Chat read status updated successfully' } };
	},
	'GET /quickreply/showall': (_req, state) => ({ status: 200, body: state.quickReplies }),
};
