import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { messageIdField, messageIdParameter } from './messageActions';

const fields: INodeProperties[] = [
	{
		displayName: 'This deletes the message for everyone in the chat. It cannot be undone.',
		name: 'deleteNotice',
		type: 'notice',
		default: '',
	},
	messageIdField('The message to delete. Either form works: messageid, or the ID field (owner:ID).'),
];

async function buildDelete(this: IExecuteSingleFunctions, request: RequestOptions) {
	return { ...request, body: { id: messageIdParameter(this) } };
}

export const deleteMessage = defineOperation({
	resource: 'message',
	name: 'Delete Message',
	value: 'deleteMessage',
	action: 'Delete a message for everyone',
	description: 'Deletes a message for everyone in the chat. Destructive: it cannot be undone.',
	method: 'POST',
	path: '/message/delete',
	subject: 'message',
	fields,
	prepare: buildDelete,
	delivery: true,
});
