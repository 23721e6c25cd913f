import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { asDataUri, readBinary } from '../../shared/media';
import { fileText, invalidInput, textParameter } from '../../shared/validation';

// Uazapi rejects channel pictures above 1 MB.
const MAX_PICTURE_BYTES = 1024 * 1024;

/** Where a channel picture comes from: a URL (or base64 / data URI) or a binary property. */
export const channelPictureFields: INodeProperties[] = [
	{
		displayName: 'Picture Source',
		name: 'channelPictureSource',
		type: 'options',
		options: [
			{ name: 'URL', value: 'url', description: 'A public URL, base64 or a data URI' },
			{ name: 'Binary Property', value: 'binary', description: 'An image file from a previous node' },
		],
		default: 'url',
		description: 'Where the picture comes from',
	},
	{
		displayName: 'Picture URL',
		name: 'channelPictureUrl',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'https://example.com/channel.jpg',
		description: 'Public URL of the image (or its base64, or a data URI); at most 1 MB',
		displayOptions: { show: { channelPictureSource: ['url'] } },
	},
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		description: 'Name of the binary property that holds the image (at most 1 MB)',
		displayOptions: { show: { channelPictureSource: ['binary'] } },
	},
];

/** The `picture` value Uazapi takes: the URL or base64 as typed, or the binary image as a data URI. */
export async function channelPictureParameter(context: IExecuteSingleFunctions): Promise<string> {
	if (context.getNodeParameter('channelPictureSource', 'url') === 'url') {
		return fileText(context, context.getNodeParameter('channelPictureUrl', ''), 'Picture URL', { required: true });
	}
	const file = await readBinary(context, textParameter(context, 'binaryPropertyName', 'Input Binary Field') || 'data', 'Input Binary Field');
	if (!/^image\//i.test(file.mimeType)) {
		throw invalidInput(context, 'Input Binary Field', `must hold an image, not ${file.mimeType}`);
	}
	if (file.size > MAX_PICTURE_BYTES) {
		throw invalidInput(context, 'Input Binary Field', `holds ${file.size} bytes; Uazapi takes channel pictures of at most 1 MB`);
	}
	return asDataUri(file);
}
