import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { asDataUri, readBinary } from './media';
import { fileText, invalidInput, textParameter } from './validation';

/**
 * Where a profile or group picture comes from: a URL, a binary property, or "remove".
 * `show` is the display condition of the whole group of fields (e.g. { profileField: ['picture'] }).
 */
export function pictureFields(show: Record<string, string[]>): INodeProperties[] {
	return [
		{
			displayName: 'Picture Source',
			name: 'pictureSource',
			type: 'options',
			options: [
				{ name: 'URL', value: 'url' },
				{ name: 'Binary Property', value: 'binary', description: 'A file from a previous node' },
				{ name: 'Remove Picture', value: 'remove' },
			],
			default: 'url',
			displayOptions: { show },
		},
		{
			displayName: 'Picture URL',
			name: 'pictureUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'https://example.com/picture.jpg',
			description: 'Public URL of a JPEG image, at most 640×640',
			displayOptions: { show: { ...show, pictureSource: ['url'] } },
		},
		{
			displayName: 'Input Binary Field',
			name: 'binaryPropertyName',
			type: 'string',
			default: 'data',
			required: true,
			description: 'Name of the binary property that holds the JPEG image (at most 640×640)',
			displayOptions: { show: { ...show, pictureSource: ['binary'] } },
		},
	];
}

/** The `image` value Uazapi takes: "remove", the URL, or the JPEG of a binary property as a data URI. */
export async function pictureParameter(context: IExecuteSingleFunctions): Promise<string> {
	const source = context.getNodeParameter('pictureSource', 'url');
	if (source === 'remove') return 'remove';
	if (source === 'url') return fileText(context, context.getNodeParameter('pictureUrl', ''), 'Picture URL', { required: true });
	const file = await readBinary(context, textParameter(context, 'binaryPropertyName', 'Input Binary Field') || 'data', 'Input Binary Field');
	if (!/^image\/jpe?g$/i.test(file.mimeType)) {
		throw invalidInput(
			context,
			'Input Binary Field',
			`must hold a JPEG image, not ${file.mimeType}`,
			'WhatsApp profile and group pictures are JPEG images of at most 640×640.',
		);
	}
	return asDataUri(file);
}
