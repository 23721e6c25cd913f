import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { personNumberProperty } from '../../shared/descriptions';
import { toPhoneDigits } from '../../shared/numbers';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { asNumber, requiredText } from '../../shared/validation';

/** The phone of the item as /contact/add and /contact/remove take it: digits (a LID or group is refused). */
function phoneParameter(context: IExecuteSingleFunctions): string {
	return asNumber(context, context.getNodeParameter('phoneNumber', ''), 'Phone Number', toPhoneDigits);
}

const nameProperty: INodeProperties = {
	displayName: 'Name',
	name: 'contactName',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'Maria Silva',
	description: 'The name saved in the address book (also used as the first name)',
};

async function buildAddRequest(this: IExecuteSingleFunctions, request: RequestOptions) {
	const phone = phoneParameter(this);
	return { ...request, body: { phone, name: requiredText(this, 'contactName', 'Name') } };
}

async function buildRemoveRequest(this: IExecuteSingleFunctions, request: RequestOptions) {
	return { ...request, body: { phone: phoneParameter(this) } };
}

export const addContact = defineOperation({
	resource: 'contact',
	name: 'Add to Address Book',
	value: 'addContact',
	action: 'Add a contact to the address book',
	description: "Saves a person (phone number or …@s.whatsapp.net ID, not a LID) in the phone's address book, through WhatsApp",
	method: 'POST',
	path: '/contact/add',
	subject: 'chat',
	fields: [personNumberProperty, nameProperty],
	prepare: buildAddRequest,
});

export const removeContact = defineOperation({
	resource: 'contact',
	name: 'Remove From Address Book',
	value: 'removeContact',
	action: 'Remove a contact from the address book',
	description: "Deletes a person from the phone's address book (their chat stays). This cannot be undone.",
	method: 'POST',
	path: '/contact/remove',
	subject: 'chat',
	fields: [personNumberProperty],
	prepare: buildRemoveRequest,
});
