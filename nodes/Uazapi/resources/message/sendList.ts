import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { deliveryProperty } from '../../shared/delivery';
import { phoneNumberProperty } from '../../shared/descriptions';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { sendOptionFields, sendOptionsProperty } from '../../shared/sendOptions';
import { invalidInput, numberParameter, textParameter, textValue } from '../../shared/validation';
import { choiceLabel, footerField, interactiveNotice, messageText, messageTextField } from './common';

const fields: INodeProperties[] = [
	interactiveNotice,
	phoneNumberProperty(),
	messageTextField,
	{
		displayName: 'List Button',
		name: 'listButton',
		type: 'string',
		default: 'Options',
		required: true,
		description: 'The label of the button that opens the list',
	},
	{
		displayName: 'Items',
		name: 'listItems',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		default: {},
		placeholder: 'Add item',
		required: true,
		description: 'The rows of the list. WhatsApp shows up to 10 rows.',
		options: [
			{
				displayName: 'Item',
				name: 'item',
				values: [
					{
						displayName: 'Title',
						name: 'title',
						type: 'string',
						default: '',
						description: 'The text of the row',
					},
					{
						displayName: 'Description',
						name: 'description',
						type: 'string',
						default: '',
						description: 'Optional smaller text under the title',
					},
					{
						displayName: 'ID',
						name: 'id',
						type: 'string',
						default: '',
						description: "What your workflow receives when the row is chosen (the trigger's buttonOrListid). Empty: the title.",
					},
					{
						displayName: 'Section',
						name: 'section',
						type: 'string',
						default: '',
						description:
							'Optional heading. Consecutive items with the same section are grouped under it; an empty section continues the previous one.',
					},
				],
			},
		],
	},
	footerField,
	sendOptionsProperty,
	deliveryProperty,
];

/** The rows in Uazapi's encoding: "[Section]" starts a section, rows are "Title|id|description". */
function encodeList(context: IExecuteSingleFunctions, items: IDataObject[]): string[] {
	const choices: string[] = [];
	let currentSection = '';
	items.forEach((item, index) => {
		const position = index + 1;
		const section = textValue(context, item.section, `Item ${position} Section`);
		if (section && section !== currentSection) {
			if (/[[\]]/.test(section)) throw invalidInput(context, `Item ${position} Section`, `contains "[" or "]": "${section}"`);
			choices.push(`[${choiceLabel(context, section, `Item ${position} Section`)}]`);
			currentSection = section;
		}
		const title = choiceLabel(context, item.title, `Item ${position} Title`);
		if (/^\[.*\]$/.test(title)) {
			throw invalidInput(context, `Item ${position} Title`, `is written like a section heading: "${title}"`, 'Put section names in the Section field.');
		}
		const id = textValue(context, item.id, `Item ${position} ID`) ? choiceLabel(context, item.id, `Item ${position} ID`) : title;
		const description = textValue(context, item.description, `Item ${position} Description`);
		choices.push(
			description ? `${title}|${id}|${choiceLabel(context, description, `Item ${position} Description`)}` : `${title}|${id}`,
		);
	});
	return choices;
}

async function buildList(this: IExecuteSingleFunctions, request: RequestOptions) {
	const number = numberParameter(this, 'phoneNumber', 'Phone Number');
	const text = messageText(this, 'messageText', 'Message');
	const listButton = textParameter(this, 'listButton', 'List Button Text');
	if (!listButton) throw invalidInput(this, 'List Button', 'is empty', 'WhatsApp needs a label for the button that opens the list.');
	const items = ((this.getNodeParameter('listItems', {}) as IDataObject).item ?? []) as IDataObject[];
	if (!items.length) throw invalidInput(this, 'Items', 'is empty', 'Add at least one item.');
	const body: IDataObject = { number, type: 'list', text, choices: encodeList(this, items), listButton };
	const footerText = textParameter(this, 'footerText', 'Footer');
	if (footerText) body.footerText = footerText;
	return { ...request, body: { ...body, ...sendOptionFields(this, '/send/menu') } };
}

export const sendList = defineOperation({
	resource: 'message',
	name: 'Send List',
	value: 'sendList',
	action: 'Send a list message',
	description: 'Sends a message with a button that opens a list of choices, optionally in sections',
	method: 'POST',
	path: '/send/menu',
	subject: 'chat',
	fields,
	prepare: buildList,
	delivery: true,
});
