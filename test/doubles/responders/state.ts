import { createHash } from 'node:crypto';

/** A 1×1 PNG, the QR code the double hands out. */
export const QR_PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
	'base64',
);

export interface Webhook {
	id: string;
	enabled: boolean;
	url: string;
	events: string[];
	excludeMessages: string[];
	addUrlEvents: boolean;
	addUrlTypesMessages: boolean;
}

/** Where the double's public file storage lives (fileURL links point there). */
export const FILES_PATH = '/files/';

/** A file in Uazapi's public storage (what a fileURL points to). */
export interface StoredFile {
	bytes: Buffer;
	mimetype: string;
}

/** A saved quick reply (components.schemas.QuickReply). */
export interface QuickReply {
	id: string;
	onWhatsApp: boolean;
	docName: string;
	file: string;
	shortCut: string;
	text: string;
	type: string;
	owner: string;
	created: string;
	updated: string;
}

/** What the double remembers between requests of one test. */
export interface DoubleState {
	token: string;
	owner: string;
	webhooks: Webhook[];
	chats: Array<Record<string, unknown>>;
	/** Public files by name, served at GET /files/<name>. */
	files: Record<string, StoredFile>;
	/** The OpenAI key saved on the instance (Uazapi keeps the last one given). */
	openaiKey?: string;
	/** Stored messages (Message objects), for /message/find and /message/markread. */
	messages: Array<Record<string, unknown>>;
	quickReplies: QuickReply[];
	nextId: number;
}

export function createState(token: string): DoubleState {
	return {
		token,
		owner: '5511988887777',
		webhooks: [],
		chats: Array.from({ length: 7 }, (_, i) => ({
			id: `r${String(i + 1).padStart(6, '0')}`,
			wa_chatid: `55119000000${String(i + 1).padStart(2, '0')}@s.whatsapp.net`,
			wa_isGroup: false,
			name: `Contact ${i + 1}`,
			wa_unreadCount: i,
			wa_lastMsgTimestamp: 1770000000000 - i * 1000,
		})),
		files: {},
		messages: [],
		quickReplies: [],
		nextId: 1,
	};
}

/** Deterministic IDs, so tests can assert exact outputs. */
export function nextId(state: DoubleState, prefix: string): string {
	const n = state.nextId++;
	return `${prefix}${createHash('sha1').update(`${prefix}${n}`).digest('hex').slice(0, 16).toUpperCase()}`;
}

export function instanceObject(state: DoubleState, status: string, extra: Record<string, unknown> = {}) {
	return {
		id: 'r183e2ef9597845',
		token: state.token,
		status,
		name: 'my-instance',
		profileName: 'My Business',
		owner: state.owner,
		isBusiness: true,
		openai_apikey: 'sk-should-never-leak',
		...extra,
	};
}
