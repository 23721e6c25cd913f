import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { invalidInput, textParameter, textValue } from '../../shared/validation';

/** A channel post: its server ID (a number, e.g. 12345) or its message ID (e.g. 3EB0B4302B3A8A52F7A1). */
export const postIdProperty: INodeProperties = {
	displayName: 'Post ID',
	name: 'postId',
	type: 'string',
	default: '',
	required: true,
	placeholder: '12345',
	description:
		'The post: its server ID (serverid, a number such as 12345) or its message ID (messageid, such as 3EB0B4302B3A8A52F7A1), as Get Many Posts outputs them',
};

/** A server ID (serverid) typed or given by an expression: a positive whole number. */
export function asServerId(context: IExecuteSingleFunctions, value: unknown, field: string): number {
	const text = textValue(context, value, field);
	if (!text) throw invalidInput(context, field, 'is empty');
	if (!/^[0-9]+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
		throw invalidInput(context, field, `must be a post's server ID, a whole number from 1: "${text}"`);
	}
	return Number(text);
}

/** `{serverid}` for a number, `{messageid}` for a message ID: what /newsletter/messages/edit|delete take. */
export function postParameter(context: IExecuteSingleFunctions): IDataObject {
	const text = textParameter(context, 'postId', 'Post ID');
	if (!text) throw invalidInput(context, 'Post ID', 'is empty');
	if (/^[0-9]+$/.test(text)) return { serverid: asServerId(context, text, 'Post ID') };
	if (!/^[A-Za-z0-9]+$/.test(text)) {
		throw invalidInput(
			context,
			'Post ID',
			`is neither a server ID nor a message ID: "${text}"`,
			'Use the serverid (e.g. 12345) or the messageid (e.g. 3EB0B4302B3A8A52F7A1) that Get Many Posts outputs.',
		);
	}
	return { messageid: text };
}
