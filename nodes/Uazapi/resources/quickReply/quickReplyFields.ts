import type { IDataObject, IExecutePaginationFunctions, IExecuteSingleFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { QuickReply } from '../../shared/quickReplies';
import { quickReplies } from '../../shared/quickReplies';
import { asText, fileText, invalidInput, textParameter, textValue } from '../../shared/validation';
import { MAX_TEXT_LENGTH } from '../message/common';

/** What /quickreply/edit takes as `type`. */
export const QUICK_REPLY_TYPES = ['text', 'image', 'video', 'document', 'audio', 'myaudio', 'ptt'];
const MEDIA_TYPES = QUICK_REPLY_TYPES.filter((type) => type !== 'text');

export const quickReplyTypeOptions: INodePropertyOptions[] = [
	{ name: 'Text', value: 'text' },
	{ name: 'Image', value: 'image' },
	{ name: 'Video', value: 'video' },
	{ name: 'Document', value: 'document' },
	{ name: 'Audio', value: 'audio' },
	{ name: 'Voice Note (Recorded Style)', value: 'myaudio' },
	{ name: 'Voice Note (PTT)', value: 'ptt' },
];

/** The saved quick reply an operation acts on. */
export const quickReplyProperty: INodeProperties = {
	displayName: 'Quick Reply',
	name: 'quickReply',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The saved quick reply: pick it from the list, or give its ID or shortcut',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchQuickReplies', searchable: true },
		},
		{ displayName: 'By ID or Shortcut', name: 'id', type: 'string', placeholder: 'rb9da9c03637452 or greeting' },
	],
};

/** The ID or shortcut of the item's quick reply; refused when empty. */
export function quickReplyParameter(context: IExecuteSingleFunctions): string {
	const value = textParameter(context, 'quickReply', 'Quick Reply', { extractValue: true });
	if (!value) throw invalidInput(context, 'Quick Reply', 'is empty', 'Pick a saved quick reply from the list, or enter its ID or shortcut.');
	return value;
}

/** The saved quick reply with this ID or shortcut, one that may be changed. */
export async function savedQuickReply(context: IExecutePaginationFunctions, wanted: string): Promise<QuickReply> {
	const saved = await quickReplies(context);
	const reply =
		saved.find((entry) => entry.id === wanted) ?? saved.find((entry) => entry.shortCut?.toLowerCase() === wanted.toLowerCase());
	const itemIndex = context.getItemIndex();
	if (!reply) {
		const names = saved.map((entry) => entry.shortCut).join(', ');
		throw new NodeOperationError(context.getNode(), `Quick reply not found: "${wanted}" (item ${itemIndex})`, {
			itemIndex,
			description: names ? `No saved quick reply has this ID or shortcut. Saved quick replies: ${names}.` : 'This instance has no saved quick replies.',
		});
	}
	if (reply.onWhatsApp) {
		throw new NodeOperationError(context.getNode(), `Quick reply "${reply.shortCut}" comes from WhatsApp and cannot be changed here (item ${itemIndex})`, {
			itemIndex,
			description: 'Quick replies created in the WhatsApp Business app can only be changed there.',
		});
	}
	return reply;
}

/** The body of a quick reply as /quickreply/edit takes it, or refuses what cannot be saved. */
export function quickReplyBody(context: IExecuteSingleFunctions, reply: IDataObject): IDataObject {
	const shortCut = textValue(context, reply.shortCut, 'Shortcut');
	const type = String(reply.type ?? '');
	if (!shortCut) throw invalidInput(context, 'Shortcut', 'is empty');
	if (/\s/.test(shortCut)) throw invalidInput(context, 'Shortcut', `may not contain spaces: "${shortCut}"`);
	if (!QUICK_REPLY_TYPES.includes(type)) throw invalidInput(context, 'Type', `must be one of ${QUICK_REPLY_TYPES.join(', ')}, not "${type}"`);
	const body: IDataObject = { shortCut, type };
	const text = asText(context, reply.text, 'Text');
	if (text.length > MAX_TEXT_LENGTH) throw invalidInput(context, 'Text', `is longer than WhatsApp's ${MAX_TEXT_LENGTH} characters (${text.length})`);
	const file = fileText(context, reply.file, 'File');
	const docName = textValue(context, reply.docName, 'Document Name');
	if (type === 'text') {
		if (!text.trim()) throw invalidInput(context, 'Text', 'is empty', 'A text quick reply needs its text.');
		body.text = text;
		return body;
	}
	if (!MEDIA_TYPES.includes(type) || !file) throw invalidInput(context, 'File', 'is empty', `A ${type} quick reply needs its file: a URL or base64.`);
	body.file = file;
	if (['image', 'video', 'document'].includes(type) && text.trim()) body.text = text;
	if (type === 'document' && docName) body.docName = docName;
	return body;
}

/** The content fields of a quick reply (Create, and Update's collection). */
export function quickReplyContentFields(): INodeProperties[] {
	return [
		{
			displayName: 'Text',
			name: 'text',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			description: 'The message text; for an image, video or document its caption. Placeholders like {{name}} are filled by Uazapi when sent.',
		},
		{ displayName: 'File', name: 'file', type: 'string', default: '', placeholder: 'https://example.com/file.pdf', description: 'For media: the file as a URL or base64' },
		{ displayName: 'Document Name', name: 'docName', type: 'string', default: '', placeholder: 'price-list.pdf', description: 'For a document: the file name shown' },
	];
}
