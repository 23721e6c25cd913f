import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { bareMessageId } from '../../shared/messageIds';
import { invalidInput, textParameter } from '../../shared/validation';

/** The message an action applies to (`messageId`): either form Uazapi hands out. */
export function messageIdField(description: string): INodeProperties {
	return {
		displayName: 'Message ID',
		name: 'messageId',
		type: 'string',
		default: '',
		required: true,
		placeholder: '5511988887777:3EB0538DA65A59F6D8A251',
		description,
	};
}

/**
 * The Message ID parameter, trimmed, in the form the user gave (bare or owner:ID). Refused when empty,
 * when it holds spaces, or when nothing follows the ":" — no WhatsApp message ID looks like that.
 */
export function messageIdParameter(context: IExecuteSingleFunctions, field = 'Message ID'): string {
	const id = textParameter(context, 'messageId', 'Message ID');
	if (!id) throw invalidInput(context, field, 'is empty');
	if (/\s/.test(id)) {
		throw invalidInput(context, field, `contains spaces: "${id}"`, 'Give one message ID: the trigger\'s messageid or its ID field (owner:ID).');
	}
	if (!bareMessageId(id)) throw invalidInput(context, field, `has no message ID after the ":": "${id}"`);
	return id;
}
