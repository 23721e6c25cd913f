import type { INodeProperties } from 'n8n-workflow';

/** The Return All / Limit pair of a listing operation. */
export function returnAllOrLimit(): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
	];
}

/**
 * The chat or person an operation addresses (`phoneNumber`, the 1.0.5 name). n8n resolves a parameter once per
 * property of its name for every item (see sameFields.ts), so operations share one of two definitions: this
 * default (any chat, groups included) or `personNumberProperty`; what differs between operations is said in their
 * own descriptions, not in this field's.
 */
export function phoneNumberProperty(
	description = 'Number with country code (+, spaces, dashes and parentheses are removed), or a WhatsApp ID such as 120363012345678901@g.us for a group',
): INodeProperties {
	return {
		displayName: 'Phone Number',
		name: 'phoneNumber',
		type: 'string',
		default: '',
		required: true,
		placeholder: '5511999999999',
		description,
	};
}

/** A person's number, never a group: block, address book, channel admins, calls. */
export const personNumberProperty = phoneNumberProperty("The person's phone number with country code, or their WhatsApp ID (…@s.whatsapp.net)");
