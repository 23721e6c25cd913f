import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { asText, invalidInput } from '../../shared/validation';

/** The longest text WhatsApp delivers in one message. */
export const MAX_TEXT_LENGTH = 65_536;


export const PLACEHOLDER_NOTE =
	'Uazapi fills placeholders such as {{name}} or {{first_name}} itself when it sends. In expression mode n8n reads {{ }} as its own expression: write such placeholders in fixed mode, or in an expression as {{ "{{" }}name}}.';

/**
 * The text of a message (`messageText`, the 1.0.5 name). One definition for every message operation: n8n
 * resolves a parameter once per property of that name for every item, so one property is cheaper than several.
 */
export const messageTextField: INodeProperties = {
	displayName: 'Message',
	name: 'messageText',
	type: 'string',
	typeOptions: { rows: 4 },
	default: '',
	required: true,
	description: `The text of the message; for a poll, the question; with buttons, a list, cards or a location button, the text shown above them; for Edit Message, the new text. In a text message, WhatsApp formatting works (*bold*, _italic_, ~strike~). ${PLACEHOLDER_NOTE}`,
};

/** Uazapi's menu encoding separates parts of a choice with "|" (and line breaks), so labels cannot hold them. */
export function hasSeparator(text: string): boolean {
	return /[|\n]/.test(text);
}

/** A message text parameter: refused when blank, otherwise sent exactly as written. */
export function messageText(context: IExecuteSingleFunctions, parameter: string, field: string): string {
	const text = asText(context, context.getNodeParameter(parameter, ''), field);
	if (text.length > MAX_TEXT_LENGTH) {
		throw invalidInput(context, field, `is longer than WhatsApp's ${MAX_TEXT_LENGTH} characters (${text.length})`, 'Split it into several messages.');
	}
	if (!text.trim()) throw invalidInput(context, field, 'is empty', 'WhatsApp does not deliver empty messages.');
	return text;
}

/** Shown on buttons and lists: WhatsApp decides where interactive messages appear. */
export const interactiveNotice: INodeProperties = {
	displayName:
		'WhatsApp may not show buttons and lists on every device (WhatsApp Web and some phones show "open on your phone" or nothing). Keep the message text meaningful on its own, or use Send Poll.',
	name: 'interactiveNotice',
	type: 'notice',
	default: '',
};

export const footerField: INodeProperties = {
	displayName: 'Footer',
	name: 'footerText',
	type: 'string',
	default: '',
	description: 'Optional small text under the message',
};

/** A label inside a menu choice: not empty, and free of the "|" and line-break separators. */
export function choiceLabel(context: IExecuteSingleFunctions, value: unknown, field: string): string {
	const text = asText(context, value, field).trim();
	if (!text) throw invalidInput(context, field, 'is empty');
	if (hasSeparator(text)) {
		throw invalidInput(context, field, `contains "|" or a line break: "${text}"`, 'Uazapi uses them to separate the parts of a choice.');
	}
	return text;
}
