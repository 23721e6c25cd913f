import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { quickReplyBody, quickReplyContentFields, quickReplyTypeOptions } from './quickReplyFields';

const [textField, fileField, docNameField] = quickReplyContentFields();

const fields: INodeProperties[] = [
	{
		displayName: 'Shortcut',
		name: 'shortCut',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'greeting',
		description: 'The word that calls up the quick reply, without spaces',
	},
	{ displayName: 'Type', name: 'type', type: 'options', options: quickReplyTypeOptions, default: 'text', description: 'What the quick reply sends' },
	{ ...textField, displayOptions: { show: { type: ['text', 'image', 'video', 'document'] } } },
	{ ...fileField, required: true, displayOptions: { hide: { type: ['text'] } } },
	{ ...docNameField, displayOptions: { show: { type: ['document'] } } },
];

async function buildCreateRequest(this: IExecuteSingleFunctions, request: RequestOptions) {
	const type = String(this.getNodeParameter('type', 'text'));
	const shown = (name: string, types: string[]) => (types.includes(type) ? this.getNodeParameter(name, '') : undefined);
	const body = quickReplyBody(this, {
		shortCut: this.getNodeParameter('shortCut', ''),
		type,
		text: shown('text', ['text', 'image', 'video', 'document']),
		file: type === 'text' ? undefined : this.getNodeParameter('file', ''),
		docName: shown('docName', ['document']),
	});
	return { ...request, body };
}

export const createQuickReply = defineOperation({
	resource: 'quickReply',
	name: 'Create',
	value: 'create',
	action: 'Create a quick reply',
	description: 'Saves a new quick reply (a text or media message template); outputs the saved quick replies',
	method: 'POST',
	path: '/quickreply/edit',
	subject: 'quick reply',
	fields,
	prepare: buildCreateRequest,
});
