import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { splitList, toChatJid } from '../../shared/numbers';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { asBareMessageId, invalidInput, numberParameter } from '../../shared/validation';

const fields: INodeProperties[] = [
	{
		displayName: 'Mark',
		name: 'readScope',
		type: 'options',
		options: [
			{ name: 'Messages by ID', value: 'messages' },
			{ name: 'Whole Chat', value: 'chat', description: 'Clears the unread counter of the chat' },
		],
		default: 'messages',
	},
	{
		displayName: 'Message IDs',
		name: 'messageId',
		type: 'string',
		default: '',
		required: true,
		placeholder: '3EB0538DA65A59F6D8A251, 3EB0C431C26A1916F3B7E4',
		description:
			'One or more message IDs, separated by commas (or an array from an expression). Either form is accepted: the trigger\'s messageid or its ID field (owner:ID).',
		displayOptions: { show: { readScope: ['messages'] } },
	},
	{
		displayName: 'Chat',
		name: 'phoneNumber',
		type: 'string',
		default: '',
		required: true,
		placeholder: '5511999999999 or 120363012345678901@g.us',
		description: 'Number, WhatsApp ID or group ID of the chat',
		displayOptions: { show: { readScope: ['chat'] } },
	},
];

async function buildMarkRead(this: IExecuteSingleFunctions, request: RequestOptions) {
	if (this.getNodeParameter('readScope', 'messages') === 'chat') {
		const number = toChatJid(numberParameter(this, 'phoneNumber', 'Chat'));
		return { ...request, url: '/chat/read', body: { number, read: true } };
	}
	const ids = splitList(this.getNodeParameter('messageId', '')).map((id) => asBareMessageId(this, id, 'Message IDs'));
	if (!ids.length) throw invalidInput(this, 'Message IDs', 'is empty', 'Give at least one message ID.');
	return { ...request, url: '/message/markread', body: { id: ids } };
}

export const markAsRead = defineOperation({
	resource: 'message',
	name: 'Mark as Read',
	value: 'markAsRead',
	action: 'Mark messages as read',
	description: 'Marks messages, or a whole chat, as read (blue ticks for the sender)',
	method: 'POST',
	path: '/message/markread',
	endpoints: ['POST /message/markread', 'POST /chat/read'],
	subject: (path) => (path === '/chat/read' ? 'chat' : 'message'),
	fields,
	prepare: buildMarkRead,
});
