import type { IDataObject, IExecutePaginationFunctions, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { uazapiRequest } from '../../shared/transport';
import { invalidInput } from '../../shared/validation';
import {
	quickReplyBody,
	quickReplyContentFields,
	quickReplyParameter,
	quickReplyProperty,
	quickReplyTypeOptions,
	savedQuickReply,
} from './quickReplyFields';

const fields: INodeProperties[] = [
	quickReplyProperty,
	{
		displayName: 'Update Fields',
		name: 'quickReplyFields',
		type: 'collection',
		placeholder: 'Add field',
		default: {},
		description: 'What changes; the rest of the quick reply stays as saved',
		options: (
			[
				...quickReplyContentFields(),
				{ displayName: 'Shortcut', name: 'shortCut', type: 'string', default: '', description: 'The new shortcut, without spaces' },
				{ displayName: 'Type', name: 'type', type: 'options', options: quickReplyTypeOptions, default: 'text', description: 'The new type' },
			] as INodeProperties[]
		).sort((a, b) => a.displayName.localeCompare(b.displayName)),
	},
];

async function checkUpdateItem(this: IExecuteSingleFunctions, request: RequestOptions) {
	const wanted = quickReplyParameter(this);
	const changes = this.getNodeParameter('quickReplyFields', {}) as IDataObject;
	if (!Object.keys(changes).length) throw invalidInput(this, 'Update Fields', 'is empty', 'Add what should change.');
	return { ...request, body: { wanted, changes } };
}

/** /quickreply/edit replaces the whole quick reply: the saved one, with the changes. */
async function updateQuickReply(this: IExecutePaginationFunctions, request: RequestOptions) {
	const { wanted, changes } = request.body as { wanted: string; changes: IDataObject };
	const saved = await savedQuickReply(this, wanted);
	const merged = { ...saved, ...changes } as IDataObject;
	const body = { id: saved.id, ...quickReplyBody(this, merged) };
	const answer = await uazapiRequest(this, { method: 'POST', path: '/quickreply/edit', body, concern: { subject: 'quick reply' } }, request);
	return [{ json: (answer ?? {}) as IDataObject }];
}

export const updateQuickReplyOperation = defineOperation({
	resource: 'quickReply',
	name: 'Update',
	value: 'update',
	action: 'Update a quick reply',
	description: 'Changes a saved quick reply (not one that comes from WhatsApp); outputs the saved quick replies',
	method: 'POST',
	path: '/quickreply/edit',
	endpoints: ['GET /quickreply/showall', 'POST /quickreply/edit'],
	subject: 'quick reply',
	fields,
	prepare: checkUpdateItem,
	run: updateQuickReply,
});
