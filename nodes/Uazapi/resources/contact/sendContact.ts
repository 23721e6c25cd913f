import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { deliveryProperty } from '../../shared/delivery';
import { phoneNumberProperty } from '../../shared/descriptions';
import { splitList } from '../../shared/numbers';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { sendOptionFields, sendOptionsProperty } from '../../shared/sendOptions';
import { asNumber, invalidInput, numberParameter, textParameter, textValue } from '../../shared/validation';

const fields: INodeProperties[] = [
	phoneNumberProperty(),
	{
		displayName: 'Contact Full Name',
		name: 'contactName',
		type: 'string',
		default: '',
		placeholder: 'Maria Silva',
		description: 'The name shown on the contact card. Empty: the first phone number (as workflows from version 1.0.5, which had no name field).',
	},
	{
		displayName: 'Contact Phone Numbers',
		name: 'contactNumber',
		type: 'string',
		default: '',
		required: true,
		placeholder: '5511999999999',
		description: 'The phone number on the card, with country code. Several numbers: separate them with commas.',
	},
	{
		displayName: 'Contact Details',
		name: 'contactDetails',
		type: 'collection',
		placeholder: 'Add detail',
		default: {},
		options: [
			{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '' },
			{ displayName: 'Organization', name: 'organization', type: 'string', default: '', description: 'Company or organization' },
			{ displayName: 'Website', name: 'url', type: 'string', default: '', placeholder: 'https://example.com' },
		],
	},
	sendOptionsProperty,
	deliveryProperty,
];

/** The card's numbers: phone numbers only (a vCard holds dialable numbers, not WhatsApp IDs). */
function cardNumbers(context: IExecuteSingleFunctions): string[] {
	const field = 'Contact Phone Numbers';
	const entries = splitList(context.getNodeParameter('contactNumber', ''));
	if (!entries.length) throw invalidInput(context, field, 'is empty');
	return entries
		.map((entry) => {
			const number = asNumber(context, entry, field).replace(/@s\.whatsapp\.net$/, '');
			if (!/^[0-9]+$/.test(number)) throw invalidInput(context, field, `must be phone numbers: "${entry}" is not`);
			return number;
		});
}

async function buildContactCard(this: IExecuteSingleFunctions, request: RequestOptions) {
	const number = numberParameter(this, 'phoneNumber', 'Phone Number');
	const numbers = cardNumbers(this);
	const fullName = textParameter(this, 'contactName', 'Contact Name') || `+${numbers[0]}`;
	const body: IDataObject = { number, fullName, phoneNumber: numbers.join(',') };
	const details = this.getNodeParameter('contactDetails', {}) as IDataObject;
	const email = textValue(this, details.email, 'Email');
	if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
		throw invalidInput(this, 'Email', `is not an email address: "${email}"`);
	}
	const organization = textValue(this, details.organization, 'Organization');
	const url = textValue(this, details.url, 'URL');
	if (organization) body.organization = organization;
	if (email) body.email = email;
	if (url) body.url = url;
	return { ...request, body: { ...body, ...sendOptionFields(this, '/send/contact') } };
}

export const sendContact = defineOperation({
	resource: 'contact',
	name: 'Send Contact',
	value: 'sendContact',
	action: 'Send a contact card',
	description: 'Sends a contact card (vCard) that the recipient can save',
	method: 'POST',
	path: '/send/contact',
	subject: 'chat',
	fields,
	prepare: buildContactCard,
	delivery: true,
});
