import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
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

const MESSAGE_FIELDS = ['messageType', 'campaignText', 'fileUrl', 'documentName'];

const fields: INodeProperties[] = [
	{
		displayName: 'Campaign Name',
		name: 'campaignName',
		type: 'string',
		default: '',
		placeholder: 'January offer',
		description: 'A name or note to find the campaign by later (optional)',
	},
	recipientSourceProperty(
		'All input items make ONE campaign: each item is one message, to its Recipient Number, with its own type, text and file (use expressions that read the columns of the item). Delays, start and name are read from the first item. The node outputs one item, the campaign.',
	),
	{
		displayName: 'Messages',
		name: 'messages',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add message',
		default: {},
		description: 'One entry per message: each recipient gets its own text or file',
		displayOptions: { show: { recipientSource: ['list'] } },
		options: [
			{
				displayName: 'Message',
				name: 'message',
				values: [
					{
						displayName: 'Recipient Number',
						name: 'recipientNumber',
						type: 'string',
						default: '',
						placeholder: '5511999999999',
						description: 'The number with country code, or a WhatsApp ID such as …@g.us',
					},
					...contentProperties(true),
				],
			},
		],
	},
	{
		displayName: 'Recipient Number',
		name: 'recipientNumber',
		type: 'string',
		default: '',
		required: true,
		placeholder: '={{ $json.phone }}',
		description: "Each input item's recipient, usually an expression that reads the phone column of the item",
		displayOptions: { show: { recipientSource: ['items'] } },
	},
	...contentProperties(true).map((property) => ({ ...property, displayOptions: { show: { recipientSource: ['items'] } } })),
	...pacingProperties,
];

/** One message per list entry, or per input item (all items). */
function messagesOf(context: IExecuteSingleFunctions): IDataObject[] {
	if (context.getNodeParameter('recipientSource', 'list') === 'items') {
		return Array.from({ length: inputItemCount(context) }, (_, index) => ({
			number: recipientOf(context, parameterOfItem(context, 'recipientNumber', index, ''), 'Recipient Number', index),
			...contentOf(context, (name) => parameterOfItem(context, name, index, ''), index),
		}));
	}
	const entries = ((context.getNodeParameter('messages', {}) as IDataObject).message ?? []) as IDataObject[];
	if (!entries.length) throw invalidInput(context, 'Messages', 'is empty', 'Add at least one message.');
	const itemIndex = context.getItemIndex();
	return entries.map((entry, position) => {
		const where = ` of message ${position + 1}`;
		return {
			number: recipientOf(context, entry.recipientNumber, `Recipient Number${where}`, itemIndex),
			...contentOf(context, (name) => (MESSAGE_FIELDS.includes(name) ? entry[name] : undefined), itemIndex, where),
		};
	});
}

async function buildAdvancedCampaign(this: IExecuteSingleFunctions, request: RequestOptions) {
	if (sentByFirstItem(this)) return { ...request, body: undefined };
	const body: IDataObject = { messages: messagesOf(this), ...pacingOf(this) };
	const info = textParameter(this, 'campaignName', 'Campaign Name');
	if (info) body.info = info;
	return { ...request, body };
}

export const createAdvancedCampaign = defineOperation({
	resource: 'campaign',
	name: 'Create Advanced Campaign',
	value: 'createAdvancedCampaign',
	action: 'Create an advanced campaign',
	description: 'Queues a different message for each recipient; Uazapi sends them one by one with random delays, from the start time on',
	method: 'POST',
	path: '/sender/advanced',
	fields,
	prepare: buildAdvancedCampaign,
	run: sendCampaign,
});
