import type {
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	ILoadOptionsFunctions,
	INodeListSearchResult,
} from 'n8n-workflow';

import { UazapiError } from '../../shared/errors';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { splitArray } from '../../shared/response';
import type { UazapiContext } from '../../shared/transport';
import { uazapiRequest } from '../../shared/transport';
import { invalidInput } from '../../shared/validation';

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

/** The entries of one of the chatbot's lists (`/trigger/list`, `/knowledge/list`, `/function/list`). */
export async function listEntries(context: UazapiContext, path: string, travel?: RequestOptions): Promise<IDataObject[]> {
	const answer = await uazapiRequest(context, { method: 'GET', path }, travel);
	return Array.isArray(answer) ? (answer as IDataObject[]) : [];
}

async function searchList(
	context: ILoadOptionsFunctions,
	path: string,
	label: (entry: IDataObject) => string,
	filter?: string,
): Promise<INodeListSearchResult> {
	const entries = await listEntries(context, path);
	const results = entries
		.map((entry) => ({ name: label(entry), value: String(entry.id) }))
		.filter((entry) => !filter || `${entry.name} ${entry.value}`.toLowerCase().includes(filter.toLowerCase()));
	return { results };
}

/** The chatbot triggers of the instance, for the Trigger pickers. */
export async function searchTriggers(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await searchList(
		this,
		'/trigger/list',
		(trigger) => `${String(trigger.type ?? 'agent')}: ${String(trigger.wordsToStart || 'any message')}${trigger.active === false ? ' (inactive)' : ''}`,
		filter,
	);
}

/** The knowledge entries of the instance, for the Knowledge Entry pickers. */
export async function searchKnowledge(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await searchList(this, '/knowledge/list', (entry) => String(entry.tittle || entry.id), filter);
}

/** The API functions of the instance, for the Function pickers. */
export async function searchFunctions(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await searchList(this, '/function/list', (fn) => `${String(fn.name ?? fn.id)} (${String(fn.method ?? '')} ${String(fn.endpoint ?? '')})`.trim(), filter);
}

const locator = (displayName: string, name: string, searchListMethod: string, placeholder: string) => (description: string) => ({
	displayName,
	name,
	type: 'resourceLocator' as const,
	default: { mode: 'list', value: '' },
	description,
	modes: [
		{ displayName: 'From List', name: 'list', type: 'list' as const, typeOptions: { searchListMethod, searchable: true } },
		{ displayName: 'By ID', name: 'id', type: 'string' as const, placeholder },
	],
});

export const triggerLocator = locator('Trigger', 'triggerId', 'searchTriggers', 'r7ab21d4');
export const knowledgeLocator = locator('Knowledge Entry', 'knowledgeId', 'searchKnowledge', 'r1a2b3c4');
export const functionLocator = locator('Function', 'functionId', 'searchFunctions', 'rf1a2b3c4');

/** The ID a locator holds, trimmed; refused when it has spaces, and when empty if `required`. */
export function entryId(context: IExecuteSingleFunctions, parameter: string, field: string, required: boolean): string {
	const raw = context.getNodeParameter(parameter, '', { extractValue: true });
	if (raw !== undefined && raw !== null && typeof raw !== 'string' && typeof raw !== 'number') {
		throw invalidInput(context, field, 'must be an ID, but the expression gave something else', 'Point the expression at one field, e.g. {{ $json.id }}.');
	}
	const id = String(raw ?? '').trim();
	if (required && !id) throw invalidInput(context, field, 'is empty', `Pick one from the list, or enter its ID.`);
	if (/\s/.test(id)) throw invalidInput(context, field, `is not an ID: "${id}"`);
	return id;
}

/** The entry with this ID, looked up in its list; a clear "not found" otherwise. */
export async function findEntry(
	context: IExecutePaginationFunctions,
	path: string,
	id: string,
	what: string,
	travel: RequestOptions,
): Promise<IDataObject> {
	const entry = (await listEntries(context, path, travel)).find((candidate) => String(candidate.id) === id);
	if (!entry) {
		throw new UazapiError(
			context.getNode(),
			{ message: `${what} not found`, description: `No ${what.toLowerCase()} of this instance has the ID "${id}". Pick one from the list.` },
			{ httpCode: '404', itemIndex: context.getItemIndex() },
		);
	}
	return entry;
}
