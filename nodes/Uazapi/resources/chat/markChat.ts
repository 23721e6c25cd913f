import type { IExecuteSingleFunctions } from 'n8n-workflow';

import type { Operation, RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { chatJidParameter, chatProperty } from './chatField';

function readOperation(read: boolean): Operation {
	async function buildReadRequest(this: IExecuteSingleFunctions, request: RequestOptions) {
		return { ...request, body: { number: chatJidParameter(this), read } };
	}
	return defineOperation({
		resource: 'chat',
		name: read ? 'Mark Read' : 'Mark Unread',
		value: read ? 'markRead' : 'markUnread',
		action: read ? 'Mark a chat as read' : 'Mark a chat as unread',
		description: read
			? 'Marks every message of a chat as read (the sender sees read receipts if they are on)'
			: 'Marks a chat as unread, as a reminder; read receipts already sent stay',
		method: 'POST',
		path: '/chat/read',
		subject: 'chat',
		fields: [chatProperty],
		prepare: buildReadRequest,
	});
}

export const markChatRead = readOperation(true);
export const markChatUnread = readOperation(false);
