import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { returnAllOrLimit } from '../../shared/descriptions';

const fields: INodeProperties[] = [
	...returnAllOrLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add filter',
		default: {},
		description:
			'A text filter matches when the field contains the text. Start the value with != to exclude a value, or !~ for "does not contain".',
		options: [
			{ displayName: 'Archived', name: 'wa_archived', type: 'boolean', default: false },
			{ displayName: 'Blocked', name: 'wa_isBlocked', type: 'boolean', default: false },
			{ displayName: 'Chat ID', name: 'wa_chatid', type: 'string', default: '', placeholder: '5511999999999@s.whatsapp.net' },
			{ displayName: 'Contact Name', name: 'wa_contactName', type: 'string', default: '' },
			{ displayName: 'Is Group', name: 'wa_isGroup', type: 'boolean', default: false },
			{ displayName: 'Label', name: 'wa_label', type: 'string', default: '' },
			{ displayName: 'Lead Status', name: 'lead_status', type: 'string', default: '' },
			{ displayName: 'Lead Tags', name: 'lead_tags', type: 'string', default: '' },
			{ displayName: 'Name', name: 'name', type: 'string', default: '' },
			{ displayName: 'Pinned', name: 'wa_isPinned', type: 'boolean', default: false },
		],
	},
	{
		displayName: 'Options',
		name: 'chatOptions',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Match',
				name: 'operator',
				type: 'options',
				options: [
					{ name: 'All Filters', value: 'AND' },
					{ name: 'Any Filter', value: 'OR' },
				],
				default: 'AND',
			},
			{
				displayName: 'Sort',
				name: 'sort',
				type: 'options',
				options: [
					{ name: 'Latest Message First', value: '-wa_lastMsgTimestamp' },
					{ name: 'Oldest Message First', value: 'wa_lastMsgTimestamp' },
					{ name: 'Name A→Z', value: 'name' },
					{ name: 'Name Z→A', value: '-name' },
				],
				default: '-wa_lastMsgTimestamp',
			},
		],
	},
];

async function buildChatQuery(this: IExecuteSingleFunctions, request: RequestOptions) {
	const filters = this.getNodeParameter('filters', {}) as IDataObject;
	const options = this.getNodeParameter('chatOptions', {}) as IDataObject;
	const body: IDataObject = {};
	for (const [key, value] of Object.entries(filters)) {
		if (typeof value === 'string' && value.trim() === '') continue;
		body[key] = typeof value === 'string' ? value.trim() : value;
	}
	if (options.operator) body.operator = options.operator;
	if (options.sort) body.sort = options.sort;
	return { ...request, body };
}

export const getChats = defineOperation({
	resource: 'instance',
	name: 'Get Chats',
	value: 'getChats',
	action: 'Get chats',
	description: 'Lists the chats of this WhatsApp account, with filters',
	method: 'POST',
	path: '/chat/find',
	subject: 'chat',
	fields,
	prepare: buildChatQuery,
	pages: {
		itemsKey: 'chats',
		pageSize: 100,
		nextOffset: (body, offset, received) =>
			(body.pagination as IDataObject | undefined)?.hasNextPage ? offset + received : undefined,
	},
});
