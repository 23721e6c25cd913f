import type { IDataObject, IExecutePaginationFunctions, IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { returnAllOrLimit } from '../../shared/descriptions';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { uazapiRequest } from '../../shared/transport';
import { campaignIdParameter, campaignIdProperty } from './common';
import { limitParameter } from '../../shared/validation';

const PAGE_SIZE = 1000;
const MAX_PAGES = 500;

const fields: INodeProperties[] = [
	campaignIdProperty,
	...returnAllOrLimit(),
	{
		displayName: 'Filters',
		name: 'messageFilters',
		type: 'collection',
		placeholder: 'Add filter',
		default: {},
		options: [
			{
				displayName: 'Status',
				name: 'messageStatus',
				type: 'options',
				options: [
					{ name: 'Scheduled', value: 'Scheduled' },
					{ name: 'Sent', value: 'Sent' },
					{ name: 'Failed', value: 'Failed' },
				],
				default: 'Sent',
				description: 'Only messages with this status',
			},
		],
	},
];

async function buildMessagesQuery(this: IExecuteSingleFunctions, request: RequestOptions) {
	const body: IDataObject = { folder_id: campaignIdParameter(this) };
	const status = (this.getNodeParameter('messageFilters', {}) as IDataObject).messageStatus;
	if (status) body.messageStatus = status;
	return { ...request, body };
}

// Uazapi pages by page number (page, pageSize, lastPage), not by offset: one page size for the whole run.
async function fetchMessages(this: IExecutePaginationFunctions, request: RequestOptions): Promise<INodeExecutionData[]> {
	const returnAll = this.getNodeParameter('returnAll', false) as boolean;
	const limit = returnAll ? Infinity : limitParameter(this);
	const pageSize = Math.min(PAGE_SIZE, limit);
	const results: IDataObject[] = [];
	for (let page = 1; results.length < limit; page++) {
		if (page > MAX_PAGES) {
			throw new NodeOperationError(this.getNode(), `Return All stopped after ${MAX_PAGES} pages (item ${this.getItemIndex()})`, {
				itemIndex: this.getItemIndex(),
				description: 'The server kept announcing more messages. Use Limit, or filter by status.',
			});
		}
		const body = { ...(request.body as IDataObject), page, pageSize };
		const answer = (await uazapiRequest(
			this,
			{ method: 'POST', path: '/sender/listmessages', body, concern: { subject: 'message' } },
			request,
		)) as IDataObject;
		const messages = Array.isArray(answer?.messages) ? (answer.messages as IDataObject[]) : [];
		results.push(...messages);
		const lastPage = Number((answer?.pagination as IDataObject | undefined)?.lastPage ?? page);
		if (!messages.length || page >= lastPage) break;
	}
	return results.slice(0, limit).map((json) => ({ json }));
}

export const getCampaignMessages = defineOperation({
	resource: 'campaign',
	name: 'Get Messages',
	value: 'getCampaignMessages',
	action: 'Get the messages of a campaign',
	description: 'Lists the messages of one campaign, one item per message, optionally only scheduled, sent or failed ones',
	method: 'POST',
	path: '/sender/listmessages',
	fields,
	prepare: buildMessagesQuery,
	run: fetchMessages,
});
