import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { base64ByteLength, readBinary } from '../../shared/media';
import { baseMimeType } from '../../shared/mimeTypes';
import { FILE_TEXT_HINT, fileTextKind, invalidInput, textParameter } from '../../shared/validation';

/** What a send operation expects; decides which MIME types fit. */
export type MediaKind = 'image' | 'document' | 'audio' | 'video' | 'sticker';

/** A file in the inline form Uazapi accepts in `file`: a public URL, or raw base64. */
export interface MediaFile {
	/** Public URL or raw base64 (no data URI prefix). */
	file: string;
	/** Known MIME type; absent when unknown, so that Uazapi detects it. */
	mimetype?: string;
	fileName?: string;
	/** Bytes; null for a URL (the file is not downloaded). */
	size: number | null;
}

const URL_FIELD = 'Media URL or Base64';
const BINARY_FIELD = 'Input Binary Field';
const MIME_FIELD = 'MIME Type';

const UNKNOWN_MIME_TYPE = 'application/octet-stream';

/** The source of the file, shared by the send operations and Upload Media. */
export const mediaSourceFields: INodeProperties[] = [
	{
		displayName: 'File Source',
		name: 'mediaSource',
		type: 'options',
		options: [
			{ name: 'URL or Base64', value: 'url', description: 'A public link to the file, or its content as base64' },
			{ name: 'Binary Property', value: 'binary', description: 'A file from a previous node' },
		],
		default: 'url',
	},
	{
		displayName: URL_FIELD,
		name: 'mediaUrl',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'https://example.com/file.jpg',
		description:
			'URL or base64 of the file. Uazapi fetches a URL itself, so it must be public. Base64 may be raw or a data URI (data:image/png;base64,…).',
		displayOptions: { show: { mediaSource: ['url'] } },
	},
	{
		displayName: MIME_FIELD,
		name: 'mimeType',
		type: 'string',
		default: '',
		placeholder: 'image/jpeg',
		description: 'Optional. Uazapi detects the type of the file when this is empty.',
		displayOptions: { show: { mediaSource: ['url'] } },
	},
	{
		displayName: BINARY_FIELD,
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		description: 'Name of the binary property of the input item that holds the file',
		displayOptions: { show: { mediaSource: ['binary'] } },
	},
];

const ACCEPTED: Record<MediaKind, { test: (mimeType: string) => boolean; expected: string }> = {
	image: { test: (m) => m.startsWith('image/'), expected: 'an image (image/…)' },
	video: { test: (m) => m.startsWith('video/'), expected: 'a video (video/…)' },
	audio: { test: (m) => m.startsWith('audio/') || m === 'application/ogg', expected: 'an audio file (audio/…)' },
	sticker: { test: (m) => m.startsWith('image/'), expected: 'an image, ideally WEBP (image/webp)' },
	document: { test: () => true, expected: 'any file' },
};

function fileNameOfUrl(url: string): string | undefined {
	try {
		const last = new URL(url).pathname.split('/').pop() ?? '';
		return last ? decodeURIComponent(last) : undefined;
	} catch {
		return undefined;
	}
}

function typedMimeType(context: IExecuteSingleFunctions): string | undefined {
	const typed = textParameter(context, 'mimeType', 'MIME Type');
	if (!typed) return undefined;
	if (!/^[\w.+-]+\/[\w.+-]+(\s*;.*)?$/.test(typed)) {
		throw invalidInput(context, MIME_FIELD, `is not a MIME type: "${typed}"`, 'Example: image/jpeg, application/pdf.');
	}
	return typed;
}

interface Read {
	media: MediaFile;
	/** The field the MIME type came from, named when it does not fit. */
	mimeField: string;
}

function fromUrlOrBase64(context: IExecuteSingleFunctions): Read {
	const value = textParameter(context, 'mediaUrl', URL_FIELD);
	if (!value) {
		throw invalidInput(context, URL_FIELD, 'is empty', 'Give a public URL of the file, or its content as base64.');
	}
	const checked = fileTextKind(value);
	if (checked.problem) throw invalidInput(context, URL_FIELD, checked.problem, FILE_TEXT_HINT);
	const typed = typedMimeType(context);
	const mimeField = typed ? MIME_FIELD : URL_FIELD;
	if (checked.kind === 'url') {
		return { media: { file: value, mimetype: typed, fileName: fileNameOfUrl(value), size: null }, mimeField };
	}
	if (checked.kind === 'dataUri') {
		const match = /^data:([^;,]*)((?:;[^;,]*)*);base64,/.exec(value) as RegExpExecArray;
		const base64 = value.slice(match[0].length).replace(/\s+/g, '');
		const media = { file: base64, mimetype: typed ?? (match[1] || undefined), size: base64ByteLength(base64) };
		return { media, mimeField };
	}
	const base64 = value.replace(/\s+/g, '');
	return { media: { file: base64, mimetype: typed, size: base64ByteLength(base64) }, mimeField };
}

async function fromBinary(context: IExecuteSingleFunctions): Promise<Read> {
	const propertyName = textParameter(context, 'binaryPropertyName', BINARY_FIELD) || 'data';
	const binary = await readBinary(context, propertyName, BINARY_FIELD);
	// An unknown type is better left to Uazapi's detection than declared as octet-stream.
	const mimetype = baseMimeType(binary.mimeType) === UNKNOWN_MIME_TYPE ? undefined : binary.mimeType;
	return { media: { file: binary.base64, mimetype, fileName: binary.fileName, size: binary.size }, mimeField: BINARY_FIELD };
}

/**
 * Reads the file the user chose (binary property, URL or base64) for the current item, refusing what
 * cannot work before any request: a missing binary property, an empty value, an empty file, or a MIME
 * type that does not fit `kind`.
 */
export async function readMediaSource(context: IExecuteSingleFunctions, kind?: MediaKind): Promise<MediaFile> {
	const binary = context.getNodeParameter('mediaSource', 'url') === 'binary';
	const { media, mimeField } = binary ? await fromBinary(context) : fromUrlOrBase64(context);
	if (media.size === 0) throw invalidInput(context, binary ? BINARY_FIELD : URL_FIELD, 'holds an empty file (0 bytes)');
	const accepted = kind && ACCEPTED[kind];
	if (accepted && media.mimetype && !accepted.test(baseMimeType(media.mimetype))) {
		const problem = mimeField === MIME_FIELD ? `is ${media.mimetype}` : `holds a file of type ${media.mimetype}`;
		throw invalidInput(
			context,
			mimeField,
			`${problem}, but this operation sends ${accepted.expected}`,
			'To send any other file, use Send Document.',
		);
	}
	return media;
}
