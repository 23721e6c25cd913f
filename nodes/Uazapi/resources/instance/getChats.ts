import { defineOperation } from '../../shared/operation';
import { buildChatQuery, chatPages, chatQueryFields } from '../chat/chatQuery';

export const getChats = defineOperation({
	resource: 'instance',
	name: 'Get Chats',
	value: 'getChats',
	action: 'Get chats',
	description: 'Lists the chats of this WhatsApp account, with filters',
	method: 'POST',
	path: '/chat/find',
	subject: 'chat',
	fields: chatQueryFields,
	prepare: buildChatQuery,
	pages: chatPages,
});
