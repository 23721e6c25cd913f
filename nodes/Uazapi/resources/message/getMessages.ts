import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../shared/descriptions';
import { toChatJid } from '../../shared/numbers';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { numberParameter, textParameter, textValue } from '../../shared/validation';

const fields: INodeProperties[] = [
	{
		displayName: 'Chat',
		name: 'phoneNumber',
		type: 'string',
		default: '',
		placeholder: '5511999999999 or 120363012345678901@g.us',
		description: 'Number, WhatsApp ID or group ID of the chat. Empty: messages of all chats.',
	},
	...returnAllOrLimit(),
	{
		displayName: 'Filters',
		name: 'messageFilters',
		type: 'collection',
		placeholder: 'Add filter',
		default: {},
		options: [
			{
				displayName: 'Message ID',
				name: 'messageId',
				type: 'string',
				default: '',
				placeholder: '5511988887777:3EB0538DA65A59F6D8A251',
				description:
					'Only the message with this ID. Give the full message ID (owner:ID form: the ID field of the trigger or of Get Messages, not messageid).',
			},
			{
				displayName: 'Tracking ID',
				name: 'trackId',
				type: 'string',
				default: '',
				description: 'Only messages sent with this Tracking ID (Send Options)',
			},
			{
				displayName: 'Tracking Source',
				name: 'trackSource',
				type: 'string',
				default: '',
				description: 'Only messages sent with this Tracking Source (Send Options)',
			},
		],
	},
	{
		displayName: 'Uazapi keeps the messages of the last 7 days. Results come newest first.',
		name: 'retentionNotice',
		type: 'notice',
		default: '',
	},
];

async function buildMessageQuery(this: IExecuteSingleFunctions, request: RequestOptions) {
	const body: IDataObject = {};
	const chat = textParameter(this, 'phoneNumber', 'Chat');
	if (chat) body.chatid = toChatJid(numberParameter(this, 'phoneNumber', 'Chat'));
	const filters = this.getNodeParameter('messageFilters', {}) as IDataObject;
	for (const [option, key, field] of [
		['messageId', 'id', 'Message ID'],
		['trackSource', 'track_source', 'Track Source'],
		['trackId', 'track_id', 'Track ID'],
	]) {
		const value = textValue(this, filters[option], field);
		if (value) body[key] = value;
	}
	return { ...request, body };
}

export const getMessages = defineOperation({
	resource: 'message',
	name: 'Get Messages',
	value: 'getMessages',
	action: 'Get messages',
	description: 'Finds stored messages by chat, ID or tracking fields, one item per message',
	method: 'POST',
	path: '/message/find',
	subject: 'chat',
	fields,
	prepare: buildMessageQuery,
	pages: {
		itemsKey: 'messages',
		pageSize: 100,
		nextOffset: (body, offset, received) => {
			if (!body.hasMore) return undefined;
			return typeof body.nextOffset === 'number' && body.nextOffset > offset ? body.nextOffset : offset + received;
		},
	},
});
