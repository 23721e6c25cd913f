import type { IDataObject, IExecutePaginationFunctions, IExecuteSingleFunctions } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { uazapiRequest } from '../../shared/transport';
import { entryId, findEntry, triggerLocator } from './lists';

async function prepare(this: IExecuteSingleFunctions, request: RequestOptions) {
	entryId(this, 'triggerId', 'Trigger', true);
	return request;
}

// The contract requires the `trigger` object (with its type and agent) even on a delete, so the
// trigger is looked up first and its type and agent are sent back with `delete: true`. That also
// gives a clear "not found".
async function run(this: IExecutePaginationFunctions, request: RequestOptions) {
	const id = entryId(this, 'triggerId', 'Trigger', true);
	const found = await findEntry(this, '/trigger/list', id, 'Trigger', request);
	const trigger: IDataObject = { type: String(found.type || 'agent'), agent_id: String(found.agent_id ?? '') };
	const answer = await uazapiRequest(this, { method: 'POST', path: '/trigger/edit', body: { id, delete: true, trigger } }, request);
	return [{ json: (answer && typeof answer === 'object' && !Array.isArray(answer) ? answer : { deleted: true, id }) as IDataObject }];
}

export const deleteTrigger = defineOperation({
	resource: 'agent',
	name: 'Delete Trigger',
	value: 'deleteTrigger',
	action: 'Delete a chatbot trigger',
	description:
		'Permanently deletes a chatbot trigger; what it started no longer starts. Looks the trigger up first (Uazapi wants its type and agent on a delete).',
	method: 'POST',
	path: '/trigger/edit',
	fields: [{ ...triggerLocator('The trigger to delete'), required: true }],
	prepare,
	run,
});
