import type { IExecuteSingleFunctions } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { labelIdParameter, labelProperty } from './labelField';

async function buildDeleteRequest(this: IExecuteSingleFunctions, request: RequestOptions) {
	return { ...request, body: { labelid: labelIdParameter(this), delete: true } };
}

export const deleteLabel = defineOperation({
	resource: 'label',
	name: 'Delete',
	value: 'delete',
	action: 'Delete a label',
	description: 'Permanently deletes a label; the chats that had it lose it. This cannot be undone.',
	method: 'POST',
	path: '/label/edit',
	fields: [labelProperty()],
	prepare: buildDeleteRequest,
});
