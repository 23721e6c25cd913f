import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { defineOperation } from '../../shared/operation';
import { splitArray } from '../../shared/response';
import { uazapiRequest } from '../../shared/transport';

/** A "Get Many" of the chatbot's lists (agents, triggers, knowledge, functions): one item per entry. */
export function listOperation(value: string, name: string, action: string, what: string, path: string) {
	return defineOperation({
		resource: 'agent',
		name,
		value,
		action,
		description: `Lists the ${what} of the instance, one item per entry`,
		method: 'GET',
		path,
		output: [splitArray()],
	});
}

/** The agents of the instance, for the Agent pickers. */
export async function searchAgents(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const answer = await uazapiRequest(this, { method: 'GET', path: '/agent/list' });
	const agents = Array.isArray(answer) ? (answer as IDataObject[]) : [];
	const results = agents
		.map((agent) => ({ name: `${String(agent.name ?? agent.id)} (${String(agent.provider ?? '')} ${String(agent.model ?? '')})`.trim(), value: String(agent.id) }))
		.filter((entry) => !filter || `${entry.name} ${entry.value}`.toLowerCase().includes(filter.toLowerCase()));
	return { results };
}

export const agentLocator = (description: string) => ({
	displayName: 'Agent',
	name: 'agentId',
	type: 'resourceLocator' as const,
	default: { mode: 'list', value: '' },
	description,
	modes: [
		{ displayName: 'From List', name: 'list', type: 'list' as const, typeOptions: { searchListMethod: 'searchAgents', searchable: true } },
		{ displayName: 'By ID', name: 'id', type: 'string' as const, placeholder: 'ref2ed7ab21d4ea' },
	],
});
