import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../shared/descriptions';
import type { Pages, RequestOptions } from '../../shared/operation';

/** The filters, options and Return All / Limit of a chat listing (Chat → Get Many, Instance → Get Chats). */
export const chatQueryFields: INodeProperties[] = [
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
			{
				displayName: 'Archived',
				name: 'wa_archived',
				type: 'boolean',
				default: false,
				description:
					'Whether to return only archived chats (on) or only chats that are not archived (off). Once added, it is off, so archived chats are left out.',
			},
			{
				displayName: 'Blocked',
				name: 'wa_isBlocked',
				type: 'boolean',
				default: false,
				description: 'Whether to return only blocked contacts (on) or only contacts that are not blocked (off)',
			},
			{
				displayName: 'Chat ID',
				name: 'wa_chatid',
				type: 'string',
				default: '',
				placeholder: '5511999999999@s.whatsapp.net',
				description: 'Only chats whose ID contains this text (…@s.whatsapp.net for a person, …@g.us for a group)',
			},
			{
				displayName: 'Contact Name',
				name: 'wa_contactName',
				type: 'string',
				default: '',
				description: 'Only chats whose contact name, as saved on the phone, contains this text',
			},
			{
				displayName: 'Is Group',
				name: 'wa_isGroup',
				type: 'boolean',
				default: false,
				description: 'Whether to return only group chats (on) or only chats with people (off)',
			},
			{
				displayName: 'Label',
				name: 'wa_label',
				type: 'string',
				default: '',
				description: 'Only chats with a WhatsApp Business label that contains this text',
			},
			{
				displayName: 'Lead Status',
				name: 'lead_status',
				type: 'string',
				default: '',
				description: 'Only chats whose lead status (saved in Uazapi) contains this text',
			},
			{
				displayName: 'Lead Tags',
				name: 'lead_tags',
				type: 'string',
				default: '',
				description: 'Only chats with a lead tag (saved in Uazapi) that contains this text',
			},
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'Only chats whose displayed name contains this text',
			},
			{
				displayName: 'Pinned',
				name: 'wa_isPinned',
				type: 'boolean',
				default: false,
				description: 'Whether to return only pinned chats (on) or only chats that are not pinned (off)',
			},
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

/** The /chat/find body of the item: the filters set (empty texts left out), the match and the sort. */
export async function buildChatQuery(this: IExecuteSingleFunctions, request: RequestOptions) {
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

/** /chat/find pages: `chats`, more while `pagination.hasNextPage`. */
export const chatPages: Pages = {
	itemsKey: 'chats',
	pageSize: 100,
	nextOffset: (body, offset, received) =>
		(body.pagination as IDataObject | undefined)?.hasNextPage ? offset + received : undefined,
};
