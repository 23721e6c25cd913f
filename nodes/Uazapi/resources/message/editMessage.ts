import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { messageText, messageTextField } from './common';
import { messageIdField, messageIdParameter } from './messageActions';

const fields: INodeProperties[] = [
	messageIdField(
		'The message to edit; it must have been sent by this WhatsApp account, recently enough for WhatsApp to allow edits (about 15 minutes). Either form works: messageid, or the ID field (owner:ID).',
	),
	messageTextField,
];

async function buildEdit(this: IExecuteSingleFunctions, request: RequestOptions) {
	const id = messageIdParameter(this);
	const text = messageText(this, 'messageText', 'Message');
	return { ...request, body: { id, text } };
}

export const editMessage = defineOperation({
	resource: 'message',
	name: 'Edit Message',
	value: 'editMessage',
	action: 'Edit a sent message',
	description: 'Changes the text of a message this account sent; WhatsApp shows it as edited',
	method: 'POST',
	path: '/message/edit',
	subject: 'message',
	fields,
	prepare: buildEdit,
	delivery: true,
});
