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

/** What an expression gave, for an error message: "an object", "an array", "null" … */
function kindOf(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	if (typeof value === 'object') return 'an object';
	return `a ${typeof value}`;
}

/**
 * A value used as text: a string as it is, a number or boolean in its string form, nothing (undefined,
 * null) as ''. An object or array (an expression that gave `{{ $json }}` instead of a field) is refused:
 * it would reach WhatsApp as "[object Object]" or "a,b".
 */
export function asText(context: IExecuteSingleFunctions, value: unknown, field: string): string {
	if (value === undefined || value === null) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	throw invalidInput(context, field, `must be text, but the expression gave ${kindOf(value)}`, 'Point the expression at one field, e.g. {{ $json.message }}.');
}

/** A text parameter: trimmed unless told; `required` refuses blank; refused above `maxLength` characters. */
export function textParameter(
	context: IExecuteSingleFunctions,
	parameter: string,
	field: string,
	options: { required?: boolean; maxLength?: number; trim?: boolean; extractValue?: boolean } = {},
): string {
	const raw = context.getNodeParameter(parameter, '', options.extractValue ? { extractValue: true } : undefined);
	const text = asText(context, raw, field);
	const value = options.trim === false ? text : text.trim();
	if (options.required && !value.trim()) throw invalidInput(context, field, 'is empty');
	if (options.maxLength !== undefined && value.length > options.maxLength) {
		throw invalidInput(context, field, `is longer than ${options.maxLength} characters (${value.length})`);
	}
	return value;
}

/** A required text parameter, trimmed; refuses an empty value, and one longer than `maxLength`. */
export function requiredText(
	context: IExecuteSingleFunctions,
	parameter: string,
	field: string,
	maxLength = Infinity,
): string {
	return textParameter(context, parameter, field, { required: true, maxLength: Number.isFinite(maxLength) ? maxLength : undefined });
}

/**
 * A value used as a number: a number, or a string that is one. Anything else (null, '', an array,
 * true, "abc") is refused rather than sent as 0 or 1. Optionally within [min, max] and whole.
 */
export function asNumberValue(
	context: IExecuteSingleFunctions,
	value: unknown,
	field: string,
	options: { min?: number; max?: number; integer?: boolean; hint?: string } = {},
): number {
	const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value.trim()) : NaN;
	if (!Number.isFinite(number)) {
		const given = typeof value === 'string' ? `"${value}"` : kindOf(value);
		throw invalidInput(context, field, `is not a number: ${given}`);
	}
	if (options.integer && !Number.isInteger(number)) throw invalidInput(context, field, `must be a whole number, not ${number}`);
	const { min = -Infinity, max = Infinity } = options;
	if (number < min || number > max) {
		const range = Number.isFinite(min) && Number.isFinite(max) ? `between ${min} and ${max}` : Number.isFinite(min) ? `at least ${min}` : `at most ${max}`;
		throw invalidInput(context, field, `must be ${range}, not ${number}`, options.hint);
	}
	return number;
}

/** A number parameter, checked by asNumberValue. */
export function numberValueParameter(
	context: IExecuteSingleFunctions,
	parameter: string,
	field: string,
	options: { min?: number; max?: number; integer?: boolean; hint?: string; fallback?: number } = {},
): number {
	return asNumberValue(context, context.getNodeParameter(parameter, options.fallback ?? ''), field, options);
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

/** asText, trimmed: a free-typed text (a name, a label, a description …) from a parameter or a collection. */
export function textValue(context: IExecuteSingleFunctions, value: unknown, field: string): string {
	return asText(context, value, field).trim();
}

/** A yes/no option: a boolean, or "true"/"false" from an expression. Anything else is refused (not sent as true). */
/** The Limit of a Get Many operation: a whole number, 1 or more. */
export function limitParameter(context: IExecuteSingleFunctions): number {
	return numberValueParameter(context, 'limit', 'Limit', { min: 1, integer: true, fallback: 50 });
}

export function asBooleanValue(context: IExecuteSingleFunctions, value: unknown, field: string): boolean {
	if (typeof value === 'boolean') return value;
	if (value === 'true' || value === 'false') return value === 'true';
	const given = typeof value === 'string' ? `"${value}"` : kindOf(value);
	throw invalidInput(context, field, `must be true or false, not ${given}`);
}

export type FileTextKind = 'url' | 'dataUri' | 'base64';

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const isBase64 = (text: string) => text.length % 4 === 0 && BASE64.test(text);

/** Why `text` is not an http(s) URL, a base64 data URI or base64, or its kind. */
export function fileTextKind(text: string): { kind?: FileTextKind; problem?: string } {
	if (/^https?:/i.test(text)) {
		if (/\s/.test(text)) return { problem: 'is a URL with spaces (encode them as %20)' };
		try {
			const url = new URL(text);
			if (!url.hostname) throw new Error('no host');
		} catch {
			return { problem: `is not a valid URL: "${text}"` };
		}
		return { kind: 'url' };
	}
	if (text.startsWith('data:')) {
		const match = /^data:([^;,]*)((?:;[^;,]*)*);base64,/.exec(text);
		if (!match) return { problem: 'is a data URI that is not base64 (expected data:<type>;base64,…)' };
		if (!isBase64(text.slice(match[0].length).replace(/\s+/g, ''))) return { problem: 'is a data URI whose content is not valid base64' };
		return { kind: 'dataUri' };
	}
	if (!isBase64(text.replace(/\s+/g, ''))) return { problem: 'is neither a URL nor base64' };
	return { kind: 'base64' };
}

export const FILE_TEXT_HINT =
	'A URL must start with http:// or https:// and have no spaces. Base64 may only contain letters, digits, +, / and = at the end, in groups of 4.';

/** A file given as text (public http(s) URL, data URI or base64): trimmed; refused, naming `field`, when it is none of them. */
export function fileText(context: IExecuteSingleFunctions, value: unknown, field: string, options: { required?: boolean; urlOnly?: boolean } = {}): string {
	const text = textValue(context, value, field);
	if (!text) {
		if (options.required) throw invalidInput(context, field, 'is empty');
		return '';
	}
	const checked = fileTextKind(text);
	if (checked.problem) throw invalidInput(context, field, checked.problem, FILE_TEXT_HINT);
	if (options.urlOnly && checked.kind !== 'url') throw invalidInput(context, field, 'must be a public http(s) URL');
	return text;
}
