import type { IExecuteSingleFunctions } from 'n8n-workflow';

import type { Operation, RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { chatJidParameter, chatProperty } from './chatField';

function archiveOperation(archive: boolean): Operation {
	async function buildArchiveRequest(this: IExecuteSingleFunctions, request: RequestOptions) {
		return { ...request, body: { number: chatJidParameter(this), archive } };
	}
	return defineOperation({
		resource: 'chat',
		name: archive ? 'Archive' : 'Unarchive',
		value: archive ? 'archive' : 'unarchive',
		action: archive ? 'Archive a chat' : 'Unarchive a chat',
		description: archive
			? 'Moves a chat to the archived chats, on every device of this WhatsApp account; its messages stay'
			: 'Moves an archived chat back to the chat list',
		method: 'POST',
		path: '/chat/archive',
		subject: 'chat',
		fields: [chatProperty],
		prepare: buildArchiveRequest,
	});
}

export const archiveChat = archiveOperation(true);
export const unarchiveChat = archiveOperation(false);
