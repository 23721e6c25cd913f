import type { IBinaryData, IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { downloadFile, uazapiRequest } from '../Uazapi/shared/transport';
import type { EventContext } from './pipeline';

interface Download {
	fileURL?: string;
	mimetype?: string;
	base64Data?: string;
}

function fileNameOf(message: IDataObject, fileURL: string | undefined): string | undefined {
	const content = (message.content ?? {}) as IDataObject;
	if (typeof content.fileName === 'string' && content.fileName) return content.fileName;
	if (fileURL) {
		try {
			const last = new URL(fileURL).pathname.split('/').pop();
			if (last) return decodeURIComponent(last);
		} catch {
			// not a URL: no name from it
		}
	}
	return undefined;
}

/** What /message/download gave for a received message: the file (when asked for) and the transcript (when asked for). */
export interface ReceivedMedia {
	binary?: IBinaryData;
	transcription?: string;
}

/**
 * Fetches the file of a received media message and/or its transcript: the webhook's own media URL is
 * encrypted, so Uazapi decrypts it (POST /message/download) and gives a link to the file (kept 2 days),
 * fetched here. With `transcribe`, Uazapi transcribes an audio with OpenAI: the key is the credential's
 * "OpenAI API Key" when set (else Uazapi uses the one saved on the instance); one request does both.
 */
export async function downloadMedia(
	context: EventContext,
	message: IDataObject,
	wanted: { file: boolean; transcribe?: { openAiApiKey?: string } },
): Promise<ReceivedMedia> {
	const body: IDataObject = { id: String(message.messageid), return_link: wanted.file };
	if (wanted.transcribe) {
		body.transcribe = true;
		if (wanted.transcribe.openAiApiKey) body.openai_apikey = wanted.transcribe.openAiApiKey;
	}
	const answer = ((await uazapiRequest(context, {
		method: 'POST',
		path: '/message/download',
		body,
		concern: { subject: 'message' },
		slow: true,
	})) ?? {}) as Download & { transcription?: unknown };
	const result: ReceivedMedia = {};
	if (wanted.transcribe) result.transcription = typeof answer.transcription === 'string' ? answer.transcription : '';
	if (!wanted.file) return result;
	const content = (message.content ?? {}) as IDataObject;
	const mimeType = answer.mimetype || String(content.mimetype ?? '') || undefined;
	let buffer: Buffer;
	if (answer.base64Data) {
		buffer = Buffer.from(answer.base64Data.replace(/^data:[^,]*,/, ''), 'base64');
	} else if (answer.fileURL) {
		const file = await downloadFile(context, answer.fileURL, {
			name: 'media file',
			goneHint: 'Uazapi keeps downloaded media for 2 days; the message may be older.',
		});
		buffer = file.bytes;
	} else {
		throw new NodeOperationError(context.getNode(), 'Uazapi returned neither a file link nor the file');
	}
	result.binary = await context.helpers.prepareBinaryData(buffer, fileNameOf(message, answer.fileURL), mimeType);
	return result;
}
