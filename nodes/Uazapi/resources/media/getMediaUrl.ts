import type {
	IDataObject,
	IExecuteSingleFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { storedCredentials } from '../../shared/credentials';
import { downloadFile } from '../../shared/transport';
import { baseMimeType, extensionFor } from '../../shared/mimeTypes';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { UazapiError } from '../../shared/errors';
import { bareMessageId } from '../../shared/messageIds';
import { asBareMessageId, invalidInput, requiredText } from '../../shared/validation';

const fields: INodeProperties[] = [
	{
		displayName: 'Message ID',
		name: 'mediaId',
		type: 'string',
		default: '',
		required: true,
		placeholder: '3EB0F01D7244B421048F',
		description:
			'ID of the message that holds the image, video, audio, document or sticker. Either form is accepted: the messageid or the ID field (owner:ID) of a trigger event or of Get Messages.',
	},
	{
		displayName: 'Download File',
		name: 'downloadFile',
		type: 'boolean',
		default: false,
		description: 'Whether to also download the file and output it as binary data',
	},
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		description: 'Name of the binary property that receives the file',
		displayOptions: { show: { downloadFile: [true] } },
	},
	{
		displayName: 'Options',
		name: 'mediaOptions',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Audio Format',
				name: 'audioFormat',
				type: 'options',
				options: [
					{ name: 'MP3', value: 'mp3' },
					{ name: 'OGG (as Recorded in WhatsApp)', value: 'ogg' },
				],
				default: 'mp3',
				description: 'For audio and voice notes: the format of the file. Uazapi gives MP3 unless told otherwise.',
			},
			{
				displayName: 'Media of Quoted Message',
				name: 'downloadQuoted',
				type: 'boolean',
				default: true,
				description:
					'Whether to get the media of the message this one replies to (for example the status a contact answered) instead of its own',
			},
			{
				// Deprecated (workflows of 1.0.5 and 2.0.0 may hold it): the key belongs in the credential.
				displayName: 'OpenAI API Key (Deprecated)',
				name: 'openAiApiKey',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				description:
					'Deprecated: leave empty and set "OpenAI API Key (for Audio Transcription)" in the Uazapi credential instead, where it is not stored in the workflow. Kept so older workflows go on working: when set, it is used instead of the credential\'s key (masked in outputs and errors).',
			},
			{
				displayName: 'Transcribe Audio',
				name: 'transcribe',
				type: 'boolean',
				default: true,
				description:
					'Whether to transcribe an audio or voice note to text with OpenAI (output in "transcription"). The key: "OpenAI API Key (for Audio Transcription)" of the credential, else the one Uazapi saved on the instance.',
			},
		],
	},
];

interface MediaOptions {
	audioFormat?: 'mp3' | 'ogg';
	downloadQuoted?: boolean;
	openAiApiKey?: string;
	transcribe?: boolean;
}

function mediaOptions(context: IExecuteSingleFunctions): MediaOptions {
	return context.getNodeParameter('mediaOptions', {}) as MediaOptions;
}

/** The credential's "OpenAI API Key (for Audio Transcription)", if set. */
async function credentialOpenAiKey(context: IExecuteSingleFunctions): Promise<string> {
	const data = await storedCredentials(context);
	return typeof data.openAiApiKey === 'string' ? data.openAiApiKey.trim() : '';
}

async function buildDownloadRequest(this: IExecuteSingleFunctions, request: RequestOptions) {
	const typed = requiredText(this, 'mediaId', 'Message ID');
	if (/[\s,;]/.test(typed)) throw invalidInput(this, 'Message ID', `must be one message ID: "${typed}"`);
	const id = asBareMessageId(this, typed, 'Message ID');
	if (this.getNodeParameter('downloadFile', false)) {
		const propertyName = String(this.getNodeParameter('binaryPropertyName', 'data') ?? '').trim();
		if (!propertyName) throw invalidInput(this, 'Put Output File in Field', 'is empty');
	}
	const options = mediaOptions(this);
	// return_link: the public fileURL is what this operation is for (and what a download reads).
	const body: IDataObject = { id, return_link: true };
	if (options.audioFormat !== undefined) body.generate_mp3 = options.audioFormat !== 'ogg';
	if (options.transcribe !== undefined) body.transcribe = Boolean(options.transcribe);
	// The deprecated node parameter wins where an older workflow set it; else the credential's key, for transcription.
	const key = String(options.openAiApiKey ?? '').trim() || (options.transcribe === true ? await credentialOpenAiKey(this) : '');
	if (key) body.openai_apikey = key;
	if (options.downloadQuoted !== undefined) body.download_quoted = Boolean(options.downloadQuoted);
	return { ...request, body };
}

/** "owner:3EB0…" or "3EB0…" → a safe file name stem. */
function fileStem(messageId: string): string {
	return bareMessageId(messageId).replace(/[^\w-]/g, '_') || 'media';
}

/**
 * Attaches the file as binary data by downloading fileURL rather than asking Uazapi for base64
 * (return_base64): the bytes come in one buffer straight from Uazapi's storage, instead of a base64 copy
 * a third larger inside the JSON answer (which, by default, would also travel through the proxy).
 */
async function withDownloadedFile(this: IExecuteSingleFunctions, items: INodeExecutionData[]) {
	if (!this.getNodeParameter('downloadFile', false)) return items;
	const propertyName = String(this.getNodeParameter('binaryPropertyName', 'data')).trim();
	const messageId = String(this.getNodeParameter('mediaId', '')).trim();
	return await Promise.all(
		items.map(async (item) => {
			const { fileURL, mimetype } = item.json as { fileURL?: unknown; mimetype?: unknown };
			if (typeof fileURL !== 'string' || !fileURL) {
				throw new UazapiError(
					this.getNode(),
					{
						message: 'Uazapi returned no file link for this message',
						description: 'The message may have no media. Check the message ID.',
					},
					{ itemIndex: this.getItemIndex() },
				);
			}
			const file = await downloadFile(this, fileURL, {
				name: 'media file',
				goneHint: 'Uazapi keeps downloaded files for 2 days. Run Get Media URL again for a new link.',
			});
			const mimeType = baseMimeType(
				(typeof mimetype === 'string' && mimetype) || file.contentType || 'application/octet-stream',
			);
			const binary = await this.helpers.prepareBinaryData(
				file.bytes,
				`${fileStem(messageId)}.${extensionFor(mimeType)}`,
				mimeType,
			);
			return { ...item, binary: { [propertyName]: binary } };
		}),
	);
}

export const getMediaUrl = defineOperation({
	resource: 'media',
	name: 'Get Media URL',
	value: 'getMediaUrl',
	action: 'Get the media file of a message',
	description:
		'Gets a public link (kept 2 days) and the MIME type of the file of a received message; can also output the file as binary data and transcribe audio',
	method: 'POST',
	path: '/message/download',
	subject: 'message',
	fields,
	prepare: buildDownloadRequest,
	output: [withDownloadedFile],
	// The OpenAI key is the user's secret: it must not show up in an output item or an error. (The
	// credential's key is masked with the credential's other secrets.)
	secrets() {
		return [String(mediaOptions(this).openAiApiKey ?? '').trim()];
	},
});
