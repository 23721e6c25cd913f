import type { IDataObject, IExecutePaginationFunctions, IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { returnAllOrLimit } from '../../shared/descriptions';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { uazapiRequest } from '../../shared/transport';
import { asBooleanValue, limitParameter, textValue } from '../../shared/validation';

// POST /group/list answers at most 1000 groups a page.
const PAGE_SIZE = 1000;
const MAX_PAGES = 500;

const fields: INodeProperties[] = [
	...returnAllOrLimit(),
	{
		displayName: 'Filters',
		name: 'groupFilters',
		type: 'collection',
		placeholder: 'Add filter',
		default: {},
		options: [
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'Only groups whose name or ID contains this text',
			},
		],
	},
	{
		displayName: 'Options',
		name: 'groupListOptions',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Bypass Cache',
				name: 'force',
				type: 'boolean',
				default: true,
				description: 'Whether to ask WhatsApp for fresh data instead of the copy Uazapi keeps',
			},
			{
				displayName: 'Exclude Participants',
				name: 'noParticipants',
				type: 'boolean',
				default: true,
				description: 'Whether to leave out the members of each group (a much smaller answer)',
			},
		],
	},
];

interface GroupQuery {
	search?: string;
	force?: boolean;
	noParticipants?: boolean;
}

async function buildGroupQuery(this: IExecuteSingleFunctions, request: RequestOptions) {
	const filters = this.getNodeParameter('groupFilters', {}) as IDataObject;
	const options = this.getNodeParameter('groupListOptions', {}) as IDataObject;
	const query: GroupQuery = {};
	const search = textValue(this, filters.search, 'Search');
	if (search) query.search = search;
	if (options.force !== undefined) query.force = asBooleanValue(this, options.force, 'Bypass Cache');
	if (options.noParticipants !== undefined) query.noParticipants = asBooleanValue(this, options.noParticipants, 'Exclude Participants');
	return { ...request, body: query as IDataObject };
}

const groupsIn = (answer: unknown) => {
	const groups = (answer as IDataObject | undefined)?.groups;
	return Array.isArray(groups) ? (groups as IDataObject[]) : [];
};

/**
 * All groups without a search: GET /group/list answers them in one request (and works on servers that
 * predate the paged route). A limit or a search: POST /group/list, page by page.
 */
async function listGroups(this: IExecutePaginationFunctions, request: RequestOptions): Promise<INodeExecutionData[]> {
	const query = (request.body ?? {}) as GroupQuery;
	const returnAll = this.getNodeParameter('returnAll', false) as boolean;
	const concern = { subject: 'group' as const };
	if (returnAll && query.search === undefined) {
		const qs: IDataObject = {};
		if (query.force !== undefined) qs.force = String(query.force);
		if (query.noParticipants !== undefined) qs.noparticipants = String(query.noParticipants);
		const answer = await uazapiRequest(this, { method: 'GET', path: '/group/list', qs, concern }, request);
		return groupsIn(answer).map((json) => ({ json }));
	}
	const limit = returnAll ? Infinity : limitParameter(this);
	const results: IDataObject[] = [];
	const seen = new Set<string>();
	for (let page = 1, offset = 0; results.length < limit; page++) {
		if (page > MAX_PAGES) {
			throw new NodeOperationError(this.getNode(), `Return All stopped after ${MAX_PAGES} pages (item ${this.getItemIndex()})`, {
				itemIndex: this.getItemIndex(),
				description: `The server kept announcing more groups after ${results.length}. Use Limit, or a search.`,
			});
		}
		const size = Math.min(PAGE_SIZE, limit - results.length);
		const body = { ...query, limit: size, offset };
		const answer = (await uazapiRequest(this, { method: 'POST', path: '/group/list', body, concern }, request)) as IDataObject;
		const groups = groupsIn(answer);
		// A server that ignores the offset answers the same page again: that is the end, not more groups.
		const fingerprint = JSON.stringify(groups);
		if (groups.length && seen.has(fingerprint)) break;
		seen.add(fingerprint);
		results.push(...groups);
		if (!groups.length || !(answer?.pagination as IDataObject | undefined)?.hasNextPage) break;
		offset += groups.length;
	}
	return results.slice(0, limit).map((json) => ({ json }));
}

export const getGroups = defineOperation({
	resource: 'group',
	name: 'Get Many',
	value: 'getGroups',
	action: 'Get many groups',
	description: 'Lists the groups this WhatsApp account is a member of, one item per group',
	method: 'GET',
	path: '/group/list',
	endpoints: ['GET /group/list', 'POST /group/list'],
	subject: 'group',
	fields,
	prepare: buildGroupQuery,
	run: listGroups,
});
