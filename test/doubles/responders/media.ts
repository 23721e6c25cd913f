import type { DoubleState } from './state';
import { FILES_PATH, nextId } from './state';
import type { RecordedRequest, Responders } from './types';

interface ReceivedMedia {
	mimetype: string;
	bytes: Buffer;
	/** Audio only: the MP3 Uazapi converts it to (generate_mp3, the default). */
	mp3?: Buffer;
	transcription?: string;
}

interface ReceivedMessage {
	media?: ReceivedMedia;
	/** The bare id of the message this one replies to. */
	quoted?: string;
}

const bytesOf = (header: string | number[], body: string) =>
	Buffer.concat([Buffer.from(header as string), Buffer.from(body, 'utf8')]);

/** Media messages the instance has received, by bare message id. Bytes are small but carry real magic numbers. */
export const RECEIVED: Record<string, ReceivedMessage> = {
	'3A5F0C2B9D1E4F60A7B8': {
		media: { mimetype: 'image/jpeg', bytes: bytesOf([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF photo of a receipt') },
	},
	'3A77D1E0F2C3B4A59687': {
		media: {
			mimetype: 'audio/ogg; codecs=opus',
			bytes: bytesOf('OggS', '\u0000opus voice note'),
			mp3: bytesOf([0x49, 0x44, 0x33, 0x04], 'mp3 voice note'),
			transcription: 'Hi, can we talk tomorrow at 10?',
		},
	},
	'3A1B2C3D4E5F60718293': {
		media: { mimetype: 'application/pdf', bytes: bytesOf('%PDF-1.4\n', '1 0 obj <<>> endobj\n%%EOF\n') },
	},
	'3A9E8D7C6B5A49382716': { quoted: '3A5F0C2B9D1E4F60A7B8' },
	'3A0000000000000000AA': {},
};

const EXTENSIONS: Record<string, string> = {
	'image/jpeg': 'jpg',
	'audio/ogg; codecs=opus': 'ogg',
	'audio/mpeg': 'mp3',
	'application/pdf': 'pdf',
};

function download(request: RecordedRequest, state: DoubleState) {
	const body = request.body as {
		id: string;
		return_base64?: boolean;
		generate_mp3?: boolean;
		return_link?: boolean;
		transcribe?: boolean;
		openai_apikey?: string;
		download_quoted?: boolean;
	};
	// Bare WhatsApp IDs only, like the contract's example: an owner:ID form names no message here.
	const message = RECEIVED[body.id];
	if (!message) return { status: 404, body: { error: 'Message not found' } };
	let media = message.media;
	if (body.download_quoted) {
		if (!message.quoted) return { status: 404, body: { error: 'No quoted message found in this message' } };
		media = RECEIVED[message.quoted].media;
	}
	if (!media) return { status: 400, body: { error: 'Unsupported media type or no media found in message' } };
	const isAudio = media.mimetype.startsWith('audio/');
	const asMp3 = isAudio && body.generate_mp3 !== false;
	const mimetype = asMp3 ? 'audio/mpeg' : media.mimetype;
	const bytes = asMp3 ? media.mp3! : media.bytes;
	const answer: Record<string, string> = { mimetype };
	if (body.transcribe && isAudio) {
		const key = body.openai_apikey ?? state.openaiKey;
		if (!key) return { status: 400, body: { error: 'OpenAI API key not configured for transcription' } };
		state.openaiKey = key;
		answer.transcription = media.transcription!;
	}
	if (body.return_link !== false) {
		const name = `${nextId(state, '')}.${EXTENSIONS[mimetype]}`;
		state.files[name] = { bytes, mimetype };
		// The storage link is on the Uazapi server itself (in proxy mode the proxy forwards with its host).
		answer.fileURL = `http://${String(request.headers.host)}${FILES_PATH}${name}`;
	}
	if (body.return_base64) answer.base64Data = bytes.toString('base64');
	return { status: 200, body: answer };
}

export const mediaResponders: Responders = {
	'POST /message/download': download,
};
