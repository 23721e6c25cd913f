import type { IBinaryData, IDataObject, ITriggerFunctions, IWebhookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { downloadFile, uazapiRequest } from '../Uazapi/shared/transport';

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

/**
 * Fetches the file of a received media message: the webhook's own media URL is encrypted, so Uazapi
 * decrypts it (POST /message/download) and gives a link to the file (kept 2 days), fetched here.
 */
export async function downloadMedia(context: IWebhookFunctions | ITriggerFunctions, message: IDataObject): Promise<IBinaryData> {
	const answer = ((await uazapiRequest(context, {
		method: 'POST',
		path: '/message/download',
		body: { id: String(message.messageid), return_link: true },
		concern: { subject: 'message' },
		slow: true,
	})) ?? {}) as Download;
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
	return await context.helpers.prepareBinaryData(buffer, fileNameOf(message, answer.fileURL), mimeType);
}
