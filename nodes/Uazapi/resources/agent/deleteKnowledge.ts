import type { IExecuteSingleFunctions } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { entryId, knowledgeLocator } from './lists';

async function prepare(this: IExecuteSingleFunctions, request: RequestOptions) {
	const id = entryId(this, 'knowledgeId', 'Knowledge Entry', true);
	return { ...request, body: { id, delete: true } };
}

export const deleteKnowledge = defineOperation({
	resource: 'agent',
	name: 'Delete Knowledge Entry',
	value: 'deleteKnowledge',
	action: 'Delete a knowledge entry',
	description: 'Permanently deletes an entry of the knowledge base; the AI agents no longer use it',
	method: 'POST',
	path: '/knowledge/edit',
	meanings: { 404: { message: 'Knowledge entry not found', description: 'No knowledge entry of this instance has this ID. Pick one from the list.' } },
	fields: [{ ...knowledgeLocator('The knowledge entry to delete'), required: true }],
	prepare,
});
