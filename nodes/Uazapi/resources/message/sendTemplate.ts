import type { IDataObject, IExecutePaginationFunctions, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { deliveryProperty } from '../../shared/delivery';
import { phoneNumberProperty } from '../../shared/descriptions';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { oncePerRun } from '../../shared/perRun';
import type { QuickReply } from '../../shared/quickReplies';
import { quickReplies } from '../../shared/quickReplies';
import { uazapiRequest } from '../../shared/transport';
import { sendOptionFields, sendOptionsProperty } from '../../shared/sendOptions';
import { invalidInput, numberParameter, textParameter } from '../../shared/validation';
import { PLACEHOLDER_NOTE } from './common';

// Quick reply types that /send/media sends as they are; "text" goes to /send/text.
const MEDIA_TYPES = ['image', 'video', 'document', 'audio', 'myaudio', 'ptt'];
const CAPTIONED_TYPES = ['image', 'video', 'document'];

const fields: INodeProperties[] = [
	phoneNumberProperty(),
	{
		displayName: 'Template',
		name: 'templateName',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description:
			'The saved quick reply to send: one of the message templates saved in Uazapi (text, image, video, document or audio). It is sent as saved. ' +
			PLACEHOLDER_NOTE,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchQuickReplies', searchable: true },
			},
			{
				displayName: 'By ID or Shortcut',
				name: 'id',
				type: 'string',
				placeholder: 'rb9da9c03637452 or greeting',
			},
		],
	},
	sendOptionsProperty,
	deliveryProperty,
];

function templateParameter(context: IExecuteSingleFunctions): string {
	return textParameter(context, 'templateName', 'Template', { extractValue: true });
}

// Everything the item says is checked here, before the quick replies are fetched.
async function checkTemplateItem(this: IExecuteSingleFunctions, request: RequestOptions) {
	const number = numberParameter(this, 'phoneNumber', 'Phone Number');
	if (!templateParameter(this)) {
		throw invalidInput(this, 'Template', 'is empty', 'Pick a saved quick reply from the list, or enter its ID or shortcut.');
	}
	return { ...request, body: { number, ...sendOptionFields(this, '/send/media') } };
}

/** The send request for a quick reply, or why it cannot be sent. */
function requestFor(reply: QuickReply, base: IDataObject): { url: string; body: IDataObject } | string {
	const { number, ...options } = base;
	const type = reply.type || (reply.file ? '' : 'text');
	if (type === 'text') {
		if (!reply.text?.trim()) return 'it has no text';
		return { url: '/send/text', body: { number, text: reply.text, ...options } };
	}
	if (!MEDIA_TYPES.includes(type)) {
		return type ? `its type "${type}" is not one of text, ${MEDIA_TYPES.join(', ')}` : 'it has a file but no media type';
	}
	if (!reply.file) return 'it has no file';
	const body: IDataObject = { number, type, file: reply.file };
	if (CAPTIONED_TYPES.includes(type) && reply.text) body.text = reply.text;
	if (type === 'document' && reply.docName) body.docName = reply.docName;
	return { url: '/send/media', body: { ...body, ...options } };
}

async function sendSavedReply(this: IExecutePaginationFunctions, prepared: RequestOptions) {
	const wanted = templateParameter(this);
	// The saved quick replies are the same for every item of the run.
	const saved = await oncePerRun(this, 'quickReplies', async () => await quickReplies(this));
	const reply =
		saved.find((entry) => entry.id === wanted) ??
		saved.find((entry) => entry.shortCut?.toLowerCase() === wanted.toLowerCase());
	const itemIndex = this.getItemIndex();
	if (!reply) {
		const names = saved.map((entry) => entry.shortCut).join(', ');
		throw new NodeOperationError(this.getNode(), `Quick reply not found: "${wanted}" (item ${itemIndex})`, {
			itemIndex,
			description: names
				? `No saved quick reply has this ID or shortcut. Saved quick replies: ${names}.`
				: 'This instance has no saved quick replies. Create them in the Uazapi panel or with WhatsApp Business.',
		});
	}
	const request = requestFor(reply, prepared.body as IDataObject);
	if (typeof request === 'string') {
		throw new NodeOperationError(
			this.getNode(),
			`Quick reply "${reply.shortCut}" cannot be sent: ${request} (item ${itemIndex})`,
			{ itemIndex, description: 'Fix the quick reply in the Uazapi panel, or pick another one.' },
		);
	}
	const sent = await uazapiRequest(
		this,
		{ method: 'POST', path: request.url, body: request.body, concern: { subject: 'chat' }, slow: request.url === '/send/media' },
		prepared,
	);
	return [{ json: sent as IDataObject }];
}

export const sendTemplate = defineOperation({
	resource: 'message',
	name: 'Send Template',
	value: 'sendTemplate',
	action: 'Send a saved quick reply',
	description:
		'Sends a saved quick reply (a message template saved in Uazapi: text or media, sent as saved); Uazapi fills placeholders like {{name}} itself',
	method: 'POST',
	path: '/send/text',
	endpoints: ['GET /quickreply/showall', 'POST /send/text', 'POST /send/media'],
	subject: 'chat',
	fields,
	prepare: checkTemplateItem,
	run: sendSavedReply,
	delivery: true,
});
