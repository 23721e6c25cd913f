import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidInput, numberParameter } from '../../shared/validation';


/** The Phone Number of the current item, which must be a person (not a group or channel). */
export function contactNumberParameter(context: IExecuteSingleFunctions): string {
	const number = numberParameter(context, 'phoneNumber', 'Phone Number');
	if (number.endsWith('@g.us') || number.endsWith('@newsletter')) {
		throw invalidInput(context, 'Phone Number', `must be a contact, not a group or channel: "${number}"`);
	}
	return number;
}
