import type { IExecuteSingleFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { bareMessageId } from './messageIds';
import { NumberFormatError, toUazapiNumber } from './numbers';

/** Bad input, refused before any request: names the field and the item. */
export function invalidInput(
	context: IExecuteSingleFunctions,
	field: string,
	problem: string,
	hint?: string,
): NodeOperationError {
	const itemIndex = context.getItemIndex();
	return new NodeOperationError(context.getNode(), `${field} ${problem} (item ${itemIndex})`, {
		itemIndex,
		description: hint,
	});
}

/** A required text parameter, trimmed; refuses an empty value, and one longer than `maxLength`. */
export function requiredText(
	context: IExecuteSingleFunctions,
	parameter: string,
	field: string,
	maxLength = Infinity,
): string {
	const value = String(context.getNodeParameter(parameter, '') ?? '').trim();
	if (!value) throw invalidInput(context, field, 'is empty');
	if (value.length > maxLength) {
		throw invalidInput(context, field, `is longer than ${maxLength} characters (${value.length})`);
	}
	return value;
}

/** A phone number or WhatsApp ID parameter, normalized by toUazapiNumber. */
export function numberParameter(context: IExecuteSingleFunctions, parameter: string, field: string): string {
	return asNumber(context, context.getNodeParameter(parameter, ''), field);
}

/** `value` normalized by `normalize` (toUazapiNumber unless told), its NumberFormatError as bad input of `field`. */
export function asNumber(
	context: IExecuteSingleFunctions,
	value: unknown,
	field: string,
	normalize: (input: unknown) => string = toUazapiNumber,
): string {
	try {
		return normalize(value);
	} catch (error) {
		throw invalidInput(context, field, (error as NumberFormatError).message);
	}
}

/** A message ID in the bare or the owner:ID form → the bare form (what /message/markread and /message/download take). */
export function asBareMessageId(context: IExecuteSingleFunctions, value: string, field: string): string {
	const bare = bareMessageId(value);
	if (!bare) throw invalidInput(context, field, `has no message ID after the ":": "${value}"`);
	return bare;
}
