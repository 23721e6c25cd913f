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
	const buffer = await context.helpers.getBinaryDataBuffer(name);
	return {
		base64: buffer.toString('base64'),
		mimeType: binary.mimeType || 'application/octet-stream',
		fileName: binary.fileName,
		size: buffer.length,
	};
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
