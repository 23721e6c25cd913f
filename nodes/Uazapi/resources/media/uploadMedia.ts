import type { IExecutePaginationFunctions } from 'n8n-workflow';

import { mimeTypeFor } from '../../shared/mimeTypes';
import { defineOperation } from '../../shared/operation';
import { mediaSourceFields, readMediaSource } from './mediaSource';

/**
 * Uazapi has no upload endpoint, so nothing is sent: the file is put into the form the send operations
 * take inline. A URL stays a URL (Uazapi fetches it at each send, so downloading it here would only cost
 * time and memory; its size is therefore unknown).
 */
async function prepareFile(this: IExecutePaginationFunctions) {
	const media = await readMediaSource(this);
	const guessed = media.fileName ? mimeTypeFor(media.fileName) : undefined;
	return [
		{
			json: {
				file: media.file,
				mimetype: media.mimetype ?? guessed ?? null,
				fileName: media.fileName ?? null,
				size: media.size,
			},
		},
	];
}

export const uploadMedia = defineOperation({
	resource: 'media',
	name: 'Upload Media',
	value: 'uploadMedia',
	action: 'Prepare a file for sending',
	description:
		'Uazapi has no upload endpoint: files travel inline with each send. This prepares a file once (URL, base64 or binary data → file, MIME type, file name, size) so that later sends can use it. Nothing is sent to Uazapi.',
	endpoints: [],
	fields: mediaSourceFields,
	run: prepareFile,
});
