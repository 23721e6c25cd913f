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
	| 'edit'
	| 'deletion'
	| 'other';

export const MESSAGE_KINDS: INodePropertyOptions[] = [
	{ name: 'Button Reply', value: 'buttonReply', description: 'A tap on a reply button' },
	{ name: 'Contact Card', value: 'contact' },
	{ name: 'Deletion', value: 'deletion', description: 'A message deleted for everyone' },
	{ name: 'Edit', value: 'edit', description: 'A new text for an earlier message' },
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

const text = (value: unknown) => (typeof value === 'string' ? value : '');

// WhatsApp's ProtocolMessage types (waE2E.ProtocolMessage.Type): REVOKE deletes, MESSAGE_EDIT edits.
const REVOKE = ['REVOKE', 0];
const MESSAGE_EDIT = ['MESSAGE_EDIT', 14];

/** The protocol part of a raw WhatsApp message, whether Uazapi nests it or not. */
function protocolOf(message: IDataObject): IDataObject {
	const content = (message.content ?? {}) as IDataObject;
	const nested = content.protocolMessage ?? content.ProtocolMessage;
	return (nested && typeof nested === 'object' ? nested : content) as IDataObject;
}

function protocolType(message: IDataObject): unknown {
	if (message.messageType !== 'ProtocolMessage') return undefined;
	const protocol = protocolOf(message);
	return protocol.type ?? protocol.Type;
}

/** The ID inside a protocol message's key (the message it deletes or edits). */
function protocolTarget(message: IDataObject): string {
	const key = (protocolOf(message).key ?? protocolOf(message).Key ?? {}) as IDataObject;
	return text(key.id ?? key.ID);
}

export function messageKindOf(message: IDataObject): MessageKind {
	const messageType = String(message.messageType ?? '');
	const mediaType = String(message.mediaType ?? '');
	const protocol = protocolType(message);
	// Delete for everyone: Uazapi marks the stored message Deleted (messages_update); another's arrives as a REVOKE.
	if (message.status === 'Deleted' || REVOKE.includes(protocol as string)) return 'deletion';
	if (text(message.edited) || messageType === 'EditedMessage' || MESSAGE_EDIT.includes(protocol as string)) return 'edit';
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

/** Uazapi timestamps are milliseconds; older payloads may carry seconds; call events may carry a date text. */
export function isoDate(value: unknown): string {
	if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) {
		const date = new Date(value);
		return Number.isNaN(date.getTime()) ? '' : date.toISOString();
	}
	const number = Number(value);
	if (!Number.isFinite(number) || number <= 0) return '';
	return new Date(number < 1e12 ? number * 1000 : number).toISOString();
}

/**
 * The message a reaction, edit or deletion is about ('' for other kinds): a reaction names it in
 * `reaction`, an edit in `edited`; a deletion Uazapi reports is the stored message itself.
 */
export function targetMessageIdOf(message: IDataObject, kind: MessageKind): string {
	if (kind === 'reaction') return text(message.reaction) || protocolTarget(message);
	if (kind === 'edit') return text(message.edited) || protocolTarget(message);
	if (kind === 'deletion') return protocolTarget(message) || text(message.messageid);
	return '';
}

/**
 * A call event (EventType "call"): who calls, the call's ID (what Call → Reject takes) and what happened
 * (Uazapi passes WhatsApp's event name in `type`, e.g. CallOffer, CallTerminate). No public example of
 * this payload exists: the fields are read from the names WhatsApp's library gives them, in either case.
 */
export function callItem(payload: IDataObject): IDataObject {
	const call = (payload.event ?? payload.call ?? payload.data ?? {}) as IDataObject;
	const pick = (...names: string[]) => {
		for (const name of names) if (text(call[name])) return text(call[name]);
		return '';
	};
	const caller = pick('CallCreator', 'callCreator', 'From', 'from');
	const callerPn = pick('CallCreatorPN', 'callCreatorPN', 'SenderPN', 'sender_pn', 'from_pn');
	return {
		event: 'call',
		callId: pick('CallID', 'callId', 'callID', 'id', 'ID'),
		callerNumber: phoneDigits(caller) || phoneDigits(callerPn),
		callStatus: text(payload.type) || pick('type', 'Type', 'status'),
		isVideo: call.isVideo === true || call.IsVideo === true || call.Media === 'video',
		timestamp: isoDate(call.Timestamp ?? call.timestamp),
		raw: payload,
	};
}

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
			targetMessageId: targetMessageIdOf(m, kind),
			timestamp: isoDate(m.messageTimestamp),
			raw: payload,
		};
	}
	if (event === 'call') return callItem(payload);
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
