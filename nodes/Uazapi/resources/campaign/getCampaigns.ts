import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../shared/descriptions';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { splitArray } from '../../shared/response';
import { limitParameter } from '../../shared/validation';

const fields: INodeProperties[] = [
	...returnAllOrLimit(),
	{
		displayName: 'Filters',
		name: 'campaignFilters',
		type: 'collection',
		placeholder: 'Add filter',
		default: {},
		options: [
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: [
					{ name: 'Active', value: 'Active' },
					{ name: 'Archived', value: 'Archived' },
				],
				default: 'Active',
				description: 'Only campaigns with this status (some Uazapi versions ignore it and return all)',
			},
		],
	},
];

async function buildListQuery(this: IExecuteSingleFunctions, request: RequestOptions) {
	const status = (this.getNodeParameter('campaignFilters', {}) as IDataObject).status;
	return status ? { ...request, qs: { status } } : request;
}

// Uazapi returns every campaign at once (newest first): Limit keeps the first ones.
async function limited(this: IExecuteSingleFunctions, items: INodeExecutionData[]) {
	if (this.getNodeParameter('returnAll', false)) return items;
	return items.slice(0, limitParameter(this));
}

export const getCampaigns = defineOperation({
	resource: 'campaign',
	name: 'Get Many',
	value: 'getCampaigns',
	action: 'Get many campaigns',
	description: 'Lists the campaigns of the instance, newest first, with their counts of sent, delivered, read and failed messages',
	method: 'GET',
	path: '/sender/listfolders',
	fields,
	prepare: buildListQuery,
	output: [splitArray(), limited],
});
