import type { DoubleState } from './state';
import { nextId } from './state';
import type { RecordedRequest, Responders } from './types';

const MESSAGE_TYPES: Record<string, string> = {
	'/send/text': 'ExtendedTextMessage',
	'/send/location': 'LocationMessage',
	'/send/contact': 'ContactMessage',
};
const MEDIA_TYPES: Record<string, string> = {
	image: 'ImageMessage',
	video: 'VideoMessage',
	ptv: 'VideoMessage',
	document: 'DocumentMessage',
	audio: 'AudioMessage',
	myaudio: 'AudioMessage',
	ptt: 'AudioMessage',
	sticker: 'StickerMessage',
};
const MENU_TYPES: Record<string, string> = {
	button: 'ButtonsMessage',
	list: 'ListMessage',
	poll: 'PollCreationMessageV3',
	carousel: 'CarouselMessage',
};

function chatIdOf(number: string): string {
	return number.includes('@') ? number : `${number}@s.whatsapp.net`;
}

/** The stored Message object merged with `response`, as every /send/* endpoint answers. */
export function sentMessage(request: RecordedRequest, state: DoubleState) {
	const body = request.body as Record<string, unknown>;
	const messageid = nextId(state, '3EB0');
	const messageType =
		MESSAGE_TYPES[request.path] ??
		(request.path === '/send/media' ? MEDIA_TYPES[String(body.type)] : MENU_TYPES[String(body.type)]);
	const isMedia = request.path === '/send/media';
	const chatid = chatIdOf(String(body.number));
	const message = {
		id: `${state.owner}:${messageid}`,
		messageid,
		chatid,
		sender: `${state.owner}@s.whatsapp.net`,
		senderName: 'My Business',
		isGroup: chatid.endsWith('@g.us'),
		fromMe: true,
		messageType,
		source: 'api',
		messageTimestamp: 1770000000000 + state.nextId,
		status: body.async ? 'Queued' : 'Sent',
		text: typeof body.text === 'string' ? body.text : '',
		// A reply names the quoted message by its full ID; the stored message keeps only the bare one.
		quoted: typeof body.replyid === 'string' ? body.replyid.split(':').pop() : '',
		owner: state.owner,
		wasSentByApi: true,
		track_source: typeof body.track_source === 'string' ? body.track_source : '',
		track_id: typeof body.track_id === 'string' ? body.track_id : '',
		fileURL: isMedia ? `https://files.example.test/${messageid}` : '',
	};
	return {
		...message,
		response: {
			status: 'success',
			message: body.async ? 'Message queued successfully' : 'Message sent successfully',
			...(isMedia ? { fileUrl: message.fileURL } : {}),
		},
	};
}

const send = (request: RecordedRequest, state: DoubleState) => ({ status: 200, body: sentMessage(request, state) });

export const sendResponders: Responders = {
	'POST /send/text': send,
	'POST /send/media': send,
	'POST /send/menu': send,
	'POST /send/location': send,
	'POST /send/contact': send,
};
