import type { IDataObject, IExecutePaginationFunctions, IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { returnAllOrLimit } from '../../shared/descriptions';
import { splitList } from '../../shared/numbers';
import type { OperationSpec, RequestOptions } from '../../shared/operation';
import { callOf, defineOperation } from '../../shared/operation';
import { uazapiRequest } from '../../shared/transport';
import { invalidInput, limitParameter, textValue } from '../../shared/validation';

const PAGE_SIZE = 50;
// Return All ends even against a server that always hands out a new cursor.
const MAX_PAGES = 500;

const fields: INodeProperties[] = [
	...returnAllOrLimit(),
	{
		displayName: 'Filters',
		name: 'channelSearchFilters',
		type: 'collection',
		placeholder: 'Add filter',
		default: {},
		options: [
			{
				displayName: 'Country Codes',
				name: 'countryCodes',
				type: 'string',
				default: '',
				placeholder: 'BR, PT',
				description: 'Only channels of these countries: two-letter country codes, separated by commas',
			},
			{
				displayName: 'Search Text',
				name: 'searchText',
				type: 'string',
				default: '',
				description: 'Only channels whose name matches this text',
			},
			{
				displayName: 'View',
				name: 'view',
				type: 'options',
				options: [
					{ name: 'New', value: 'NEW' },
					{ name: 'Popular', value: 'POPULAR' },
					{ name: 'Recommended', value: 'RECOMMENDED' },
					{ name: 'Trending', value: 'TRENDING' },
				],
				default: 'RECOMMENDED',
				description: "Which of WhatsApp's directory lists to search",
			},
		],
	},
];

async function buildSearch(this: IExecuteSingleFunctions, request: RequestOptions) {
	const filters = this.getNodeParameter('channelSearchFilters', {}) as IDataObject;
	const body: IDataObject = {};
	const searchText = textValue(this, filters.searchText, 'Search Text');
	if (searchText) body.searchText = searchText;
	if (filters.view) body.view = String(filters.view);
	if (filters.countryCodes !== undefined) {
		const codes = splitList(filters.countryCodes).map((code) => code.toUpperCase());
		const wrong = codes.find((code) => !/^[A-Z]{2}$/.test(code));
		if (wrong) throw invalidInput(this, 'Country Codes', `must be two-letter country codes: "${wrong}"`, 'For example: BR, PT, US');
		if (codes.length) body.countryCodes = codes;
	}
	return { ...request, body };
}

/** Follows WhatsApp's cursor until Limit entries or the last page. */
async function searchDirectory(this: IExecutePaginationFunctions, request: RequestOptions): Promise<INodeExecutionData[]> {
	const returnAll = this.getNodeParameter('returnAll', false) as boolean;
	const limit = returnAll ? Infinity : limitParameter(this);
	const filters = (request.body ?? {}) as IDataObject;
	const results: IDataObject[] = [];
	const seen = new Set<string>();
	let cursor: string | undefined;
	for (let page = 1; results.length < limit; page++) {
		if (page > MAX_PAGES) {
			throw new NodeOperationError(this.getNode(), `Return All stopped after ${MAX_PAGES} pages (item ${this.getItemIndex()})`, {
				itemIndex: this.getItemIndex(),
				description: `WhatsApp kept announcing more channels after ${results.length}. Use Limit, or narrow the filters.`,
			});
		}
		const body: IDataObject = { ...filters, limit: Math.min(PAGE_SIZE, limit - results.length) };
		if (cursor) body.cursor = cursor;
		const answer = (await uazapiRequest(this, callOf(spec, { ...request, body }), request)) as IDataObject;
		const response = (answer?.response ?? {}) as IDataObject;
		const entries = Array.isArray(response.data) ? (response.data as IDataObject[]) : [];
		results.push(...entries);
		const next = typeof response.cursor === 'string' ? response.cursor : '';
		if (!entries.length || !next || seen.has(next)) break;
		seen.add(next);
		cursor = next;
	}
	return results.slice(0, limit).map((json) => ({ json }));
}

const spec: OperationSpec = {
	resource: 'channel',
	name: 'Search',
	value: 'searchChannels',
	action: 'Search public channels',
	description: "Searches WhatsApp's directory of public channels, one item per channel",
	method: 'POST',
	path: '/newsletter/search',
	subject: 'chat',
	fields,
	prepare: buildSearch,
	run: searchDirectory,
};

export const searchChannels = defineOperation(spec);
