import type { IDataObject, IExecutePaginationFunctions, IExecuteSingleFunctions } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { uazapiRequest } from '../../shared/transport';
import { entryId, findEntry, functionLocator } from './lists';

async function prepare(this: IExecuteSingleFunctions, request: RequestOptions) {
	entryId(this, 'functionId', 'Function', true);
	return request;
}

// The contract requires the `function` object (name, description, method, endpoint) even on a
// delete, so the function is looked up first and those four are sent back with `delete: true`
// (never its headers, which may hold keys). That also gives a clear "not found".
async function run(this: IExecutePaginationFunctions, request: RequestOptions) {
	const id = entryId(this, 'functionId', 'Function', true);
	const found = await findEntry(this, '/function/list', id, 'Function', request);
	const fn: IDataObject = {
		name: String(found.name ?? ''),
		description: String(found.description ?? ''),
		method: String(found.method || 'GET').toUpperCase(),
		endpoint: String(found.endpoint ?? ''),
	};
	const answer = await uazapiRequest(this, { method: 'POST', path: '/function/edit', body: { id, delete: true, function: fn } }, request);
	return [{ json: (answer && typeof answer === 'object' && !Array.isArray(answer) ? answer : { deleted: true, id }) as IDataObject }];
}

export const deleteFunction = defineOperation({
	resource: 'agent',
	name: 'Delete Function',
	value: 'deleteFunction',
	action: 'Delete an API function',
	description:
		'Permanently deletes an API function; the AI agents can no longer call it. Looks the function up first (Uazapi wants its name, description, method and endpoint on a delete).',
	method: 'POST',
	path: '/function/edit',
	fields: [{ ...functionLocator('The function to delete'), required: true }],
	prepare,
	run,
});
