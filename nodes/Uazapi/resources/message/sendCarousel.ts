import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { deliveryProperty } from '../../shared/delivery';
import { phoneNumberProperty } from '../../shared/descriptions';
import { toPhoneDigits } from '../../shared/numbers';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { sendOptionFields, sendOptionsProperty } from '../../shared/sendOptions';
import { asNumber, fileText, invalidInput, numberParameter, textValue } from '../../shared/validation';
import { interactiveNotice, messageText, messageTextField } from './common';

const BUTTON_TYPES: Record<string, string> = { reply: 'REPLY', url: 'URL', call: 'CALL', copy: 'COPY' };

const fields: INodeProperties[] = [
	interactiveNotice,
	phoneNumberProperty(),
	messageTextField,
	{
		displayName: 'Cards',
		name: 'cards',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		default: {},
		placeholder: 'Add card',
		required: true,
		description: 'The cards, swiped sideways, each with its text, an optional image and its buttons',
		options: [
			{
				displayName: 'Card',
				name: 'card',
				values: [
					{
						displayName: 'Text',
						name: 'text',
						type: 'string',
						typeOptions: { rows: 2 },
						default: '',
						description: 'The text of the card',
					},
					{
						displayName: 'Image URL or Base64',
						name: 'image',
						type: 'string',
						default: '',
						placeholder: 'https://example.com/product.jpg',
						description: 'Optional image at the top of the card: a public URL, or base64',
					},
					{
						displayName: 'Buttons',
						name: 'buttons',
						type: 'fixedCollection',
						typeOptions: { multipleValues: true, sortable: true },
						default: {},
						placeholder: 'Add button',
						description: 'At least one button per card',
						options: [
							{
								displayName: 'Button',
								name: 'button',
								values: [
									{
										displayName: 'Type',
										name: 'type',
										type: 'options',
										options: [
											{ name: 'Reply', value: 'reply', description: 'Sends its value back to the chat' },
											{ name: 'Link', value: 'url', description: 'Opens a URL' },
											{ name: 'Call', value: 'call', description: 'Calls a phone number' },
											{ name: 'Copy', value: 'copy', description: 'Copies a code to the clipboard' },
										],
										default: 'reply',
										description: 'What a tap on the button does',
									},
									{
										displayName: 'Text',
										name: 'text',
										type: 'string',
										default: '',
										description: 'The label on the button',
									},
									{
										displayName: 'Value',
										name: 'value',
										type: 'string',
										default: '',
										description:
											'Reply: the text sent back (your workflow receives it); Link: the URL; Call: the phone number with country code; Copy: the code',
									},
								],
							},
						],
					},
				],
			},
		],
	},
	sendOptionsProperty,
	deliveryProperty,
];

function buttonOf(context: IExecuteSingleFunctions, button: IDataObject, where: string) {
	const type = BUTTON_TYPES[String(button.type ?? 'reply')];
	if (!type) throw invalidInput(context, `${where} Type`, `is not Reply, Link, Call or Copy: "${String(button.type)}"`);
	const text = textValue(context, button.text, `${where} Text`);
	if (!text) throw invalidInput(context, `${where} Text`, 'is empty');
	let id = textValue(context, button.value, `${where} Value`);
	if (!id) throw invalidInput(context, `${where} Value`, 'is empty');
	if (type === 'URL' && !/^https?:\/\/\S+$/i.test(id)) {
		throw invalidInput(context, `${where} Value`, `is not a link: "${id}"`, 'A link button opens a URL starting with http:// or https://.');
	}
	if (type === 'CALL') id = asNumber(context, id, `${where} Value`, toPhoneDigits);
	return { id, text, type };
}

async function buildCarousel(this: IExecuteSingleFunctions, request: RequestOptions) {
	const number = numberParameter(this, 'phoneNumber', 'Phone Number');
	const text = messageText(this, 'messageText', 'Message');
	const cards = ((this.getNodeParameter('cards', {}) as IDataObject).card ?? []) as IDataObject[];
	if (!cards.length) throw invalidInput(this, 'Cards', 'is empty', 'Add at least one card.');
	const carousel = cards.map((card, i) => {
		const where = `Card ${i + 1}`;
		const cardText = textValue(this, card.text, `${where} Text`);
		if (!cardText) throw invalidInput(this, `${where} Text`, 'is empty');
		const buttons = ((card.buttons as IDataObject | undefined)?.button ?? []) as IDataObject[];
		if (!buttons.length) throw invalidInput(this, `${where} Buttons`, 'is empty', 'WhatsApp needs at least one button on every card.');
		const entry: IDataObject = { text: cardText };
		const image = fileText(this, card.image, `${where} Image`);
		if (image) entry.image = image;
		entry.buttons = buttons.map((button, j) => buttonOf(this, button, `${where} Button ${j + 1}`));
		return entry;
	});
	return { ...request, body: { number, text, carousel, ...sendOptionFields(this, '/send/carousel') } };
}

export const sendCarousel = defineOperation({
	resource: 'message',
	name: 'Send Carousel',
	value: 'sendCarousel',
	action: 'Send a carousel',
	description: 'Sends cards to swipe through, each with text, an image and buttons',
	method: 'POST',
	path: '/send/carousel',
	subject: 'chat',
	fields,
	prepare: buildCarousel,
	delivery: true,
});
