import type { IDataObject, IExecuteSingleFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { invalidInputOfItem } from './common';
import { fileTextKind } from '../../shared/validation';
import { MAX_TEXT_LENGTH } from '../message/common';

const SIMPLE_TYPES: INodePropertyOptions[] = [
	{ name: 'Text', value: 'text' },
	{ name: 'Image', value: 'image' },
	{ name: 'Video', value: 'video' },
	{ name: 'Audio', value: 'audio' },
	{ name: 'Document', value: 'document' },
];

const ADVANCED_TYPES: INodePropertyOptions[] = [
	...SIMPLE_TYPES,
	{ name: 'Voice Note', value: 'ptt' },
	{ name: 'Sticker', value: 'sticker' },
];

/** The message fields (type, text, file, document name), at the top level or inside a list entry. */
export function contentProperties(advanced: boolean): INodeProperties[] {
	return [
		{
			displayName: 'Message Type',
			name: 'messageType',
			type: 'options',
			options: advanced ? ADVANCED_TYPES : SIMPLE_TYPES,
			// eslint-disable-next-line n8n-nodes-base/node-param-default-wrong-for-options -- "text" is the first of both option lists
			default: 'text',
			description: 'What kind of message is sent',
		},
		{
			displayName: 'Text',
			// Not `messageText`: n8n resolves a parameter once per property of its name for every item, and Send Text's
			// Message must not pay for the campaign fields.
			name: 'campaignText',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			description: 'The message text; for an image, video or document, its caption (optional)',
		},
		{
			displayName: 'File URL',
			name: 'fileUrl',
			type: 'string',
			default: '',
			placeholder: 'https://example.com/offer.jpg',
			description: 'A public link to the image, video, audio or document (not used for text messages)',
		},
		{
			displayName: 'Document Name',
			name: 'documentName',
			type: 'string',
			default: '',
			placeholder: 'offer.pdf',
			description: 'The file name the recipient sees (documents only)',
		},
	];
}

/** A text of a campaign message, refused (naming `itemIndex`) when an expression gave an object or array. */
function textOf(context: IExecuteSingleFunctions, value: unknown, field: string, itemIndex: number): string {
	if (value === undefined || value === null) return '';
	if (typeof value === 'string') return value.trim();
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	throw invalidInputOfItem(context, field, `must be text, but the expression gave ${Array.isArray(value) ? 'an array' : 'an object'}`, itemIndex);
}

/** The message part of a campaign message: `type` with `text`, `file`, `docName` as that type needs. */
export function contentOf(
	context: IExecuteSingleFunctions,
	read: (name: string) => unknown,
	itemIndex: number,
	where = '',
): IDataObject {
	const type = String(read('messageType') ?? 'text');
	const text = textOf(context, read('campaignText'), `Text${where}`, itemIndex);
	const file = textOf(context, read('fileUrl'), `File URL${where}`, itemIndex);
	const docName = textOf(context, read('documentName'), `Document Name${where}`, itemIndex);
	if (text.length > MAX_TEXT_LENGTH) {
		throw invalidInputOfItem(context, `Text${where}`, `is longer than WhatsApp's ${MAX_TEXT_LENGTH} characters (${text.length})`, itemIndex);
	}
	const content: IDataObject = { type };
	if (type === 'text') {
		if (!text) throw invalidInputOfItem(context, `Text${where}`, 'is empty', itemIndex, 'WhatsApp does not deliver empty messages.');
		content.text = text;
		return content;
	}
	if (!file) throw invalidInputOfItem(context, `File URL${where}`, 'is empty', itemIndex, `A ${type} message needs a link to its file.`);
	if (!/^https?:\/\/\S+$/i.test(file) || fileTextKind(file).kind !== 'url') {
		throw invalidInputOfItem(context, `File URL${where}`, `is not an http(s) link: "${file}"`, itemIndex);
	}
	content.file = file;
	if (text && ['image', 'video', 'document'].includes(type)) content.text = text;
	if (docName && type === 'document') content.docName = docName;
	return content;
}
