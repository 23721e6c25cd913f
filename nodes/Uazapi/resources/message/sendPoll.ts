import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { deliveryProperty } from '../../shared/delivery';
import { phoneNumberProperty } from '../../shared/descriptions';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { sendOptionFields, sendOptionsProperty } from '../../shared/sendOptions';
import { invalidInput, numberParameter, numberValueParameter, textValue } from '../../shared/validation';
import { messageText, messageTextField } from './common';

const MIN_OPTIONS = 2;
const MAX_OPTIONS = 12;

const fields: INodeProperties[] = [
	phoneNumberProperty(),
	messageTextField,
	{
		displayName: 'Options',
		name: 'pollOptions',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		default: {},
		placeholder: 'Add option',
		required: true,
		description: `The answers to choose from: ${MIN_OPTIONS} to ${MAX_OPTIONS}, all different. Votes arrive in the trigger as poll updates.`,
		options: [
			{
				displayName: 'Option',
				name: 'option',
				values: [{ displayName: 'Text', name: 'text', type: 'string', default: '' }],
			},
		],
	},
	{
		displayName: 'Selectable Options',
		name: 'selectableCount',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 1,
		description: 'How many options one person may choose (1 = a single choice)',
	},
	sendOptionsProperty,
	deliveryProperty,
];

function pollChoices(context: IExecuteSingleFunctions): string[] {
	const options = ((context.getNodeParameter('pollOptions', {}) as IDataObject).option ?? []) as IDataObject[];
	const choices = options.map((option, index) => {
		const text = textValue(context, option.text, `Option ${index + 1}`);
		if (!text) throw invalidInput(context, `Option ${index + 1}`, 'is empty');
		return text;
	});
	if (choices.length < MIN_OPTIONS || choices.length > MAX_OPTIONS) {
		throw invalidInput(context, 'Options', `has ${choices.length} options`, `A WhatsApp poll needs ${MIN_OPTIONS} to ${MAX_OPTIONS} options.`);
	}
	const duplicate = choices.find((choice, index) => choices.indexOf(choice) !== index);
	if (duplicate) throw invalidInput(context, 'Options', `lists "${duplicate}" twice`, 'WhatsApp needs every option to be different.');
	return choices;
}

async function buildPoll(this: IExecuteSingleFunctions, request: RequestOptions) {
	const number = numberParameter(this, 'phoneNumber', 'Phone Number');
	const text = messageText(this, 'messageText', 'Message');
	const choices = pollChoices(this);
	const selectableCount = numberValueParameter(this, 'selectableCount', 'Selectable Options', { fallback: 1 });
	if (!Number.isInteger(selectableCount) || selectableCount < 1 || selectableCount > choices.length) {
		throw invalidInput(this, 'Selectable Options', `must be a whole number from 1 to ${choices.length} (the number of options), not ${selectableCount}`);
	}
	const body: IDataObject = { number, type: 'poll', text, choices, selectableCount };
	return { ...request, body: { ...body, ...sendOptionFields(this, '/send/menu') } };
}

export const sendPoll = defineOperation({
	resource: 'message',
	name: 'Send Poll',
	value: 'sendPoll',
	action: 'Send a poll',
	description: 'Sends a poll with up to 12 options; the Message is its question',
	method: 'POST',
	path: '/send/menu',
	subject: 'chat',
	fields,
	prepare: buildPoll,
	delivery: true,
});
