import type { IExecuteSingleFunctions, IN8nHttpFullResponse, IWebhookFunctions } from 'n8n-workflow';

import { redactSecrets, uazapiError } from './errors';
import { CREDENTIAL } from './response';

const DOWNLOAD_TIMEOUT_MS = 300_000;

export interface DownloadedFile {
	bytes: Buffer;
	/** The Content-Type the file host declared, if any. */
	contentType?: string;
}

/**
 * Downloads a public file Uazapi linked to (a media fileURL, a profile picture) as raw bytes: one buffer,
 * no base64 round trip. The request goes straight to the link, with no Uazapi token or proxy key.
 */
export async function downloadFile(
	context: IExecuteSingleFunctions | IWebhookFunctions,
	url: string,
	what: { name: string; goneHint: string },
): Promise<DownloadedFile> {
	const credentials = await context.getCredentials(CREDENTIAL);
	const itemIndex = 'getItemIndex' in context ? context.getItemIndex() : undefined;
	let response: IN8nHttpFullResponse;
	try {
		response = (await context.helpers.httpRequest({
			method: 'GET',
			url,
			encoding: 'arraybuffer',
			json: false,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: DOWNLOAD_TIMEOUT_MS,
		})) as IN8nHttpFullResponse;
	} catch (error) {
		throw uazapiError(
			context.getNode(),
			{
				message: `Could not download the ${what.name}`,
				description: `The link ${url} could not be reached: ${redactSecrets(String((error as Error).message ?? error), credentials)}`,
			},
			{ itemIndex, credentials },
		);
	}
	const status = response.statusCode;
	if (status === 404 || status === 410) {
		throw uazapiError(
			context.getNode(),
			{ message: `The ${what.name} is no longer available`, description: what.goneHint },
			{ itemIndex, credentials, httpCode: String(status) },
		);
	}
	if (status < 200 || status >= 300) {
		throw uazapiError(
			context.getNode(),
			{
				message: `Could not download the ${what.name} (HTTP ${status})`,
				description: `The file host answered HTTP ${status} for ${url}. Try again later.`,
			},
			{ itemIndex, credentials, httpCode: String(status) },
		);
	}
	const contentType = response.headers['content-type'];
	return {
		bytes: Buffer.isBuffer(response.body) ? response.body : Buffer.from(response.body as ArrayBuffer),
		contentType: typeof contentType === 'string' ? contentType : undefined,
	};
}
