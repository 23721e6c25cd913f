import type { IExecuteSingleFunctions } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { invalidInput } from '../../shared/validation';
import { agentLocator } from './lists';

async function prepare(this: IExecuteSingleFunctions, request: RequestOptions) {
	const id = String(this.getNodeParameter('agentId', '', { extractValue: true }) ?? '').trim();
	if (!id) throw invalidInput(this, 'Agent', 'is empty', 'Pick an agent from the list, or enter its ID.');
	if (/\s/.test(id)) throw invalidInput(this, 'Agent', `is not an agent ID: "${id}"`);
	return { ...request, body: { id, delete: true } };
}

export const deleteAgent = defineOperation({
	resource: 'agent',
	name: 'Delete Agent',
	value: 'deleteAgent',
	action: 'Delete an AI agent',
	description: 'Permanently deletes an AI agent of the instance; triggers that start it stop working',
	method: 'POST',
	path: '/agent/edit',
	fields: [{ ...agentLocator('The agent to delete'), required: true }],
	prepare,
});
