import type { IDataObject, IExecutePaginationFunctions, IExecuteSingleFunctions } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { uazapiRequest } from '../../shared/transport';
import { quickReplyParameter, quickReplyProperty, savedQuickReply } from './quickReplyFields';

async function checkDeleteItem(this: IExecuteSingleFunctions, request: RequestOptions) {
	return { ...request, body: { wanted: quickReplyParameter(this) } };
}

/** /quickreply/edit wants the shortcut and type even to delete: they are read from the saved quick reply. */
async function deleteQuickReply(this: IExecutePaginationFunctions, request: RequestOptions) {
	const { wanted } = request.body as { wanted: string };
	const saved = await savedQuickReply(this, wanted);
	const body = { id: saved.id, delete: true, shortCut: saved.shortCut, type: saved.type || 'text' };
	const answer = await uazapiRequest(this, { method: 'POST', path: '/quickreply/edit', body, concern: { subject: 'quick reply' } }, request);
	return [{ json: (answer ?? {}) as IDataObject }];
}

export const deleteQuickReplyOperation = defineOperation({
	resource: 'quickReply',
	name: 'Delete',
	value: 'delete',
	action: 'Delete a quick reply',
	description: 'Permanently deletes a saved quick reply (not one that comes from WhatsApp). This cannot be undone.',
	method: 'POST',
	path: '/quickreply/edit',
	endpoints: ['GET /quickreply/showall', 'POST /quickreply/edit'],
	subject: 'quick reply',
	fields: [quickReplyProperty],
	prepare: checkDeleteItem,
	run: deleteQuickReply,
});
