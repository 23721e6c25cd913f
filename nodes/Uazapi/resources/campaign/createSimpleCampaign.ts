import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { splitList } from '../../shared/numbers';
import { invalidInput, textParameter } from '../../shared/validation';
import {
	inputItemCount,
	pacingOf,
	pacingProperties,
	parameterOfItem,
	recipientOf,
	recipientSourceProperty,
	sendCampaign,
	sentByFirstItem,
} from './common';
import { contentOf, contentProperties } from './content';

const fields: INodeProperties[] = [
	{
		displayName: 'Campaign Name',
		name: 'campaignName',
		type: 'string',
		default: '',
		placeholder: 'January offer',
		description: 'A name to find the campaign by later (optional)',
	},
	recipientSourceProperty(
		"All input items make ONE campaign: each item gives one recipient in Recipient Number (e.g. an expression that reads the phone column of a spreadsheet row). The message and the other fields are read from the first item. The node outputs one item, the campaign.",
	),
	{
		displayName: 'Phone Numbers',
		name: 'phoneNumbers',
		type: 'string',
		default: '',
		required: true,
		placeholder: '5511999999999, 5511988888888',
		description:
			'The recipients, separated by commas, semicolons or new lines, or an array from an expression. Numbers with country code; repeated numbers get the message once.',
		displayOptions: { show: { recipientSource: ['list'] } },
	},
	{
		displayName: 'Recipient Number',
		name: 'recipientNumber',
		type: 'string',
		default: '',
		required: true,
		placeholder: '={{ $json.phone }}',
		description: "Each input item's recipient, usually an expression that reads the phone column of the item; repeated numbers get the message once",
		displayOptions: { show: { recipientSource: ['items'] } },
	},
	...contentProperties(false),
	...pacingProperties,
	{
		displayName: 'Description',
		name: 'campaignInfo',
		type: 'string',
		default: '',
		description: 'A note kept with the campaign (optional)',
	},
];

/** The recipients: typed in a list, or one per input item (all items). Duplicates are sent once. */
function recipientsOf(context: IExecuteSingleFunctions): string[] {
	const itemIndex = context.getItemIndex();
	let numbers: string[];
	if (context.getNodeParameter('recipientSource', 'list') === 'items') {
		numbers = Array.from({ length: inputItemCount(context) }, (_, index) =>
			recipientOf(context, parameterOfItem(context, 'recipientNumber', index, ''), 'Recipient Number', index),
		);
	} else {
		const entries = splitList(context.getNodeParameter('phoneNumbers', ''));
		if (!entries.length) throw invalidInput(context, 'Phone Numbers', 'is empty', 'Give at least one recipient.');
		numbers = entries.map((entry) => recipientOf(context, entry, 'Phone Numbers', itemIndex));
	}
	return [...new Set(numbers)];
}

function optionalText(context: IExecuteSingleFunctions, parameter: string, field: string): string | undefined {
	const value = textParameter(context, parameter, field);
	return value || undefined;
}

async function buildSimpleCampaign(this: IExecuteSingleFunctions, request: RequestOptions) {
	if (sentByFirstItem(this)) return { ...request, body: undefined };
	const numbers = recipientsOf(this);
	const body: IDataObject = {
		numbers,
		...contentOf(this, (name) => this.getNodeParameter(name, ''), this.getItemIndex()),
		...pacingOf(this),
	};
	const folder = optionalText(this, 'campaignName', 'Campaign Name');
	if (folder) body.folder = folder;
	const info = optionalText(this, 'campaignInfo', 'Description');
	if (info) body.info = info;
	return { ...request, body };
}

export const createSimpleCampaign = defineOperation({
	resource: 'campaign',
	name: 'Create Simple Campaign',
	value: 'createSimpleCampaign',
	action: 'Create a simple campaign',
	description: 'Queues one message for many recipients; Uazapi sends them one by one with random delays, from the start time on',
	method: 'POST',
	path: '/sender/simple',
	fields,
	prepare: buildSimpleCampaign,
	run: sendCampaign,
});
