import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

/** What a message is, coarsely: what a workflow usually branches on. */
export type MessageKind =
	| 'text'
	| 'media'
	| 'reaction'
	| 'poll'
	| 'pollVote'
	| 'buttonReply'
	| 'listReply'
	| 'location'
	| 'contact'
	| 'other';

export const MESSAGE_KINDS: INodePropertyOptions[] = [
	{ name: 'Button Reply', value: 'buttonReply', description: 'A tap on a reply button' },
	{ name: 'Contact Card', value: 'contact' },
	{ name: 'List Reply', value: 'listReply', description: 'A choice from a list message' },
	{ name: 'Location', value: 'location' },
	{ name: 'Media', value: 'media', description: 'Image, video, GIF, audio, voice note, document or sticker' },
	{ name: 'Other', value: 'other', description: 'Any other kind of message' },
	{ name: 'Poll', value: 'poll', description: 'A new poll' },
	{ name: 'Poll Vote', value: 'pollVote' },
	{ name: 'Reaction', value: 'reaction', description: 'An emoji reaction to a message' },
	{ name: 'Text', value: 'text' },
];

// Uazapi sets `mediaType` for non-file kinds too (location, vcard, list_response): only these are files.
const FILE_MEDIA_TYPES: Record<string, string> = {
	image: 'image',
	video: 'video',
	gif: 'gif',
	audio: 'audio',
	ptt: 'voice',
	document: 'document',
};

/** The kind of file a message carries ('' when it carries none): image, video, gif, audio, voice, document, sticker. */
export function mediaKindOf(message: IDataObject): string {
	const mediaType = String(message.mediaType ?? '').toLowerCase();
	if (FILE_MEDIA_TYPES[mediaType]) return FILE_MEDIA_TYPES[mediaType];
	if (mediaType.includes('sticker')) return 'sticker';
	return '';
}

export function messageKindOf(message: IDataObject): MessageKind {
	const messageType = String(message.messageType ?? '');
	const mediaType = String(message.mediaType ?? '');
	if (messageType === 'ReactionMessage' || message.type === 'reaction') return 'reaction';
	if (messageType === 'PollUpdateMessage') return 'pollVote';
	if (messageType.startsWith('PollCreationMessage')) return 'poll';
	if (messageType === 'ButtonsResponseMessage' || messageType === 'TemplateButtonReplyMessage') return 'buttonReply';
	if (messageType === 'ListResponseMessage' || mediaType === 'list_response') return 'listReply';
	if (messageType === 'LocationMessage' || messageType === 'LiveLocationMessage' || mediaType === 'location') {
		return 'location';
	}
	if (messageType === 'ContactMessage' || messageType === 'ContactsArrayMessage' || mediaType === 'vcard') return 'contact';
	if (mediaKindOf(message)) return 'media';
	if (messageType === 'Conversation' || messageType === 'ExtendedTextMessage' || message.type === 'text') return 'text';
	return 'other';
}

/** Digits of a phone JID ("5511999999999@s.whatsapp.net", "5511999999999:12@s.whatsapp.net"); '' for a @lid. */
function phoneDigits(jid: string): string {
	const [user, server = 's.whatsapp.net'] = jid.split('@');
	if (server !== 's.whatsapp.net' && server !== 'c.us') return '';
	return user.split(':')[0];
}

/**
 * The sender's dialable number. WhatsApp may hide the sender behind a `@lid`; Uazapi then gives the
 * phone number in `sender_pn`.
 */
export function senderNumberOf(message: IDataObject): string {
	const sender = String(message.sender ?? '');
	const senderPn = String(message.sender_pn ?? '');
	if (sender && !sender.endsWith('@lid')) return phoneDigits(sender);
	return phoneDigits(senderPn);
}

/** Uazapi timestamps are milliseconds; older payloads may carry seconds. */
function isoDate(value: unknown): string {
	const number = Number(value);
	if (!Number.isFinite(number) || number <= 0) return '';
	return new Date(number < 1e12 ? number * 1000 : number).toISOString();
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * The tidy output item of one webhook delivery. `payload` must already be free of secrets: it is
 * kept whole under `raw`.
 */
export function eventItem(payload: IDataObject): IDataObject {
	const event = text(payload.EventType);
	const message = payload.message;
	if (message && typeof message === 'object' && !Array.isArray(message)) {
		const m = message as IDataObject;
		const kind = messageKindOf(m);
		const isGroup = m.isGroup === true;
		return {
			event,
			messageid: text(m.messageid),
			id: text(m.id),
			chatId: text(m.chatid),
			senderNumber: senderNumberOf(m),
			senderName: text(m.senderName),
			fromMe: m.fromMe === true,
			isGroup,
			groupName: isGroup ? text(m.groupName) : '',
			text: text(m.text),
			messageKind: kind,
			mediaKind: mediaKindOf(m),
			quotedMessageId: text(m.quoted),
			choiceId: kind === 'buttonReply' || kind === 'listReply' ? text(m.buttonOrListid) : '',
			choiceText: kind === 'buttonReply' || kind === 'listReply' ? text(m.vote) : '',
			pollVote: kind === 'pollVote' ? text(m.vote) : '',
			timestamp: isoDate(m.messageTimestamp),
			raw: payload,
		};
	}
	if (event === 'connection') {
		const instance = (payload.instance ?? {}) as IDataObject;
		return {
			event,
			connectionStatus: text(instance.status),
			disconnectReason: text(instance.lastDisconnectReason),
			raw: payload,
		};
	}
	return { event, raw: payload };
}

export interface MessageFilters {
	onlyFromOthers?: boolean;
	chats?: 'all' | 'groups' | 'direct';
	messageKinds?: string[];
}

/** Whether a tidy message item passes the trigger's filters (other events always pass). */
export function passesFilters(item: IDataObject, filters: MessageFilters): boolean {
	if (typeof item.messageKind !== 'string') return true;
	if (filters.onlyFromOthers && item.fromMe === true) return false;
	if (filters.chats === 'groups' && item.isGroup !== true) return false;
	if (filters.chats === 'direct' && item.isGroup === true) return false;
	const kinds = filters.messageKinds ?? [];
	return kinds.length === 0 || kinds.includes(item.messageKind);
}
