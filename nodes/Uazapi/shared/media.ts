import type { IBinaryKeyData, IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidInput } from './validation';

export interface InlineFile {
	/** Raw base64 of the file. */
	base64: string;
	mimeType: string;
	fileName?: string;
	size: number;
}

/** Reads an n8n binary property of the current item as the inline form Uazapi accepts. */
export async function readBinary(
	context: IExecuteSingleFunctions,
	propertyName: string,
	field: string,
): Promise<InlineFile> {
	const name = propertyName.trim();
	const available = Object.keys((context.getInputData().binary ?? {}) as IBinaryKeyData);
	if (!name || !available.includes(name)) {
		throw invalidInput(
			context,
			field,
			`names the binary property "${name}", which the input item does not have`,
			available.length
				? `The item has these binary properties: ${available.join(', ')}.`
				: 'The item has no binary data. Add a node before this one that reads or downloads the file.',
		);
	}
	const binary = context.helpers.assertBinaryData(name);
	const mimeType = binary.mimeType || 'application/octet-stream';
	if (!binary.id) {
		// n8n's default (in-memory) mode keeps the file as base64 on the item: use it as it is rather than
		// decoding and re-encoding it, which would make two more copies of a possibly large file.
		return { base64: binary.data, mimeType, fileName: binary.fileName, size: base64ByteLength(binary.data) };
	}
	const buffer = await context.helpers.getBinaryDataBuffer(name);
	return { base64: buffer.toString('base64'), mimeType, fileName: binary.fileName, size: buffer.length };
}

/** How many bytes a base64 text decodes to, without decoding it. */
export function base64ByteLength(base64: string): number {
	let length = base64.length;
	while (length > 0 && base64[length - 1] === '=') length--;
	return Math.floor((length * 3) / 4);
}

export function asDataUri(file: InlineFile): string {
	return `data:${file.mimeType};base64,${file.base64}`;
}

/** A data URI or raw base64 → bytes and MIME type. */
export function decodeBase64File(value: string, fallbackMimeType: string): { buffer: Buffer; mimeType: string } {
	const match = /^data:([^;,]+)?(;base64)?,(.*)$/s.exec(value);
	if (match) return { buffer: Buffer.from(match[3], 'base64'), mimeType: match[1] || fallbackMimeType };
	return { buffer: Buffer.from(value, 'base64'), mimeType: fallbackMimeType };
}
