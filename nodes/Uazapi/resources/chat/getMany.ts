import { defineOperation } from '../../shared/operation';
import { buildChatQuery, chatPages, chatQueryFields } from './chatQuery';

export const getManyChats = defineOperation({
	resource: 'chat',
	name: 'Get Many',
	value: 'getMany',
	action: 'Get many chats',
	description: 'Lists the chats of this WhatsApp account, with filters: one item per chat',
	method: 'POST',
	path: '/chat/find',
	subject: 'chat',
	fields: chatQueryFields,
	prepare: buildChatQuery,
	pages: chatPages,
});
