import type { IExecuteSingleFunctions } from 'n8n-workflow';

import type { Operation, RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { chatJidParameter, chatProperty } from './chatField';

function pinOperation(pin: boolean): Operation {
	async function buildPinRequest(this: IExecuteSingleFunctions, request: RequestOptions) {
		return { ...request, body: { number: chatJidParameter(this), pin } };
	}
	return defineOperation({
		resource: 'chat',
		name: pin ? 'Pin' : 'Unpin',
		value: pin ? 'pin' : 'unpin',
		action: pin ? 'Pin a chat' : 'Unpin a chat',
		description: pin
			? 'Pins a chat to the top of the chat list (WhatsApp allows three pinned chats)'
			: 'Unpins a chat: it moves with its latest message again',
		method: 'POST',
		path: '/chat/pin',
		subject: 'chat',
		fields: [chatProperty],
		prepare: buildPinRequest,
	});
}

export const pinChat = pinOperation(true);
export const unpinChat = pinOperation(false);
