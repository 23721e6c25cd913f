import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { deliveryProperty } from '../../shared/delivery';
import { phoneNumberProperty } from '../../shared/descriptions';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { sendOptionFields, sendOptionsProperty } from '../../shared/sendOptions';
import { asNumber, invalidInput, numberParameter, textParameter, textValue } from '../../shared/validation';
import { choiceLabel, footerField, interactiveNotice, messageText, messageTextField } from './common';

const fields: INodeProperties[] = [
	interactiveNotice,
	phoneNumberProperty(),
	messageTextField,
	{
		displayName: 'Buttons',
		name: 'buttons',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		default: {},
		placeholder: 'Add button',
		required: true,
		description:
			'WhatsApp shows up to 3 reply buttons. Mixing reply buttons with link, call or copy buttons makes WhatsApp Web show "open on your phone".',
		options: [
			{
				displayName: 'Button',
				name: 'button',
				values: [
					{
						displayName: 'Code',
						name: 'code',
						type: 'string',
						default: '',
						description: 'The code the button copies to the clipboard (e.g. a coupon)',
						displayOptions: { show: { type: ['copy'] } },
					},
					{
						displayName: 'ID',
						name: 'id',
						type: 'string',
						default: '',
						description:
							'What your workflow receives when the button is tapped (the trigger\'s buttonOrListid). Empty: the text.',
						displayOptions: { show: { type: ['reply'] } },
					},
					{
						displayName: 'Phone Number',
						name: 'phone',
						type: 'string',
						default: '',
						placeholder: '+5511999999999',
						description: 'The number the button calls, with country code',
						displayOptions: { show: { type: ['call'] } },
					},
					{
						displayName: 'Text',
						name: 'text',
						type: 'string',
						default: '',
						description: 'The label on the button',
					},
					{
						displayName: 'Type',
						name: 'type',
						type: 'options',
						options: [
							{ name: 'Reply', value: 'reply', description: 'The person taps it and the ID comes back as their answer' },
							{ name: 'Open URL', value: 'url' },
							{ name: 'Call', value: 'call', description: 'Calls a phone number' },
							{ name: 'Copy Code', value: 'copy', description: 'Copies a code (e.g. a coupon) to the clipboard' },
						],
						default: 'reply',
					},
					{
						displayName: 'URL',
						name: 'url',
						type: 'string',
						default: '',
						placeholder: 'https://example.com',
						description: 'The http(s) link the button opens',
						displayOptions: { show: { type: ['url'] } },
					},
				],
			},
		],
	},
	footerField,
	{
		displayName: 'Image',
		name: 'imageButton',
		type: 'string',
		default: '',
		placeholder: 'https://example.com/product.jpg',
		description: 'Optional image shown above the text: a public URL or base64',
	},
	sendOptionsProperty,
	deliveryProperty,
];

// A reply ID with one of these prefixes would be read as another kind of button.
const ACTION_PREFIX = /^(https?:\/\/|url:|call:|copy:)/i;

/** One button in Uazapi's encoding: "Label|id", "Label|https://…", "Label|call:+…", "Label|copy:CODE". */
function encodeButton(context: IExecuteSingleFunctions, button: IDataObject, position: number): string {
	const label = choiceLabel(context, button.text, `Button ${position} Text`);
	const type = (button.type as string) || 'reply';
	if (type === 'url') {
		const url = textValue(context, button.url, `Button ${position} URL`);
		if (!/^https?:\/\/\S+$/i.test(url)) throw invalidInput(context, `Button ${position} URL`, `is not an http(s) URL: "${url}"`);
		return `${label}|${url}`;
	}
	if (type === 'call') {
		const phone = asNumber(context, button.phone, `Button ${position} Phone Number`);
		if (phone.includes('@')) throw invalidInput(context, `Button ${position} Phone Number`, `must be a phone number, not a WhatsApp ID: "${phone}"`);
		return `${label}|call:+${phone}`;
	}
	if (type === 'copy') return `${label}|copy:${choiceLabel(context, button.code, `Button ${position} Code`)}`;
	const id = textValue(context, button.id, `Button ${position} ID`);
	if (!id) return label;
	const checkedId = choiceLabel(context, id, `Button ${position} ID`);
	if (ACTION_PREFIX.test(checkedId)) {
		throw invalidInput(context, `Button ${position} ID`, `starts like a link, call or copy button: "${checkedId}"`, 'Use the button type for that, or another ID.');
	}
	return `${label}|${checkedId}`;
}

async function buildButtons(this: IExecuteSingleFunctions, request: RequestOptions) {
	const number = numberParameter(this, 'phoneNumber', 'Phone Number');
	const text = messageText(this, 'messageText', 'Message');
	const buttons = ((this.getNodeParameter('buttons', {}) as IDataObject).button ?? []) as IDataObject[];
	if (!buttons.length) throw invalidInput(this, 'Buttons', 'is empty', 'Add at least one button.');
	const choices = buttons.map((button, index) => encodeButton(this, button, index + 1));
	const body: IDataObject = { number, type: 'button', text, choices };
	const footerText = textParameter(this, 'footerText', 'Footer');
	if (footerText) body.footerText = footerText;
	const image = textParameter(this, 'imageButton', 'Image URL');
	if (image) body.imageButton = image;
	return { ...request, body: { ...body, ...sendOptionFields(this, '/send/menu') } };
}

export const sendQuickReply = defineOperation({
	resource: 'message',
	name: 'Send Quick Reply (Buttons)',
	value: 'sendQuickReply',
	action: 'Send a message with buttons',
	description: 'Sends a message with reply, link, call or copy buttons',
	method: 'POST',
	path: '/send/menu',
	subject: 'chat',
	fields,
	prepare: buildButtons,
	delivery: true,
});
