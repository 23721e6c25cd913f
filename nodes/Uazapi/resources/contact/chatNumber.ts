import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { invalidInput, numberParameter } from '../../shared/validation';

/** The chat or contact an operation addresses (1.0.5 name `phoneNumber`). */
export const phoneNumberProperty: INodeProperties = {
	displayName: 'Phone Number',
	name: 'phoneNumber',
	type: 'string',
	default: '',
	required: true,
	placeholder: '5511999999999',
	description: 'Phone number with country code, or a WhatsApp ID (…@s.whatsapp.net, …@lid)',
};

/** The Phone Number of the current item, which must be a person (not a group or channel). */
export function contactNumberParameter(context: IExecuteSingleFunctions): string {
	const number = numberParameter(context, 'phoneNumber', 'Phone Number');
	if (number.endsWith('@g.us') || number.endsWith('@newsletter')) {
		throw invalidInput(context, 'Phone Number', `must be a contact, not a group or channel: "${number}"`);
	}
	return number;
}
