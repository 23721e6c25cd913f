import type { IDataObject, IExecuteSingleFunctions, ILoadOptionsFunctions, INodeListSearchResult, INodeProperties } from 'n8n-workflow';

import { toChatJid } from '../../shared/numbers';
import { uazapiRequest } from '../../shared/transport';
import { asNumber } from '../../shared/validation';

/** The chat a Chat operation acts on: picked from the account's chats, or a number / WhatsApp ID. */
export const chatProperty: INodeProperties = {
	displayName: 'Chat',
	name: 'chat',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The chat: pick it from the list, or give a phone number with country code or a WhatsApp ID (…@s.whatsapp.net, …@g.us)',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchChats', searchable: true },
		},
		{
			displayName: 'By Number or ID',
			name: 'id',
			type: 'string',
			placeholder: '5511999999999 or 120363012345678901@g.us',
			hint: 'A phone number with country code, or a chat ID (…@s.whatsapp.net, …@g.us, …@lid)',
		},
	],
};

/** The chat ID (JID) of the current item; a plain number becomes <digits>@s.whatsapp.net. */
export function chatJidParameter(context: IExecuteSingleFunctions): string {
	const value = context.getNodeParameter('chat', '', { extractValue: true }) as unknown;
	const id = value && typeof value === 'object' ? (value as IDataObject).value : value;
	return asNumber(context, id, 'Chat', toChatJid);
}

const SEARCH_SIZE = 100;

/** The latest chats (by last message), or those whose name or ID contains the filter. */
export async function searchChats(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const wanted = filter?.trim();
	const body: IDataObject = { sort: '-wa_lastMsgTimestamp', limit: SEARCH_SIZE };
	if (wanted) Object.assign(body, { operator: 'OR', name: wanted, wa_chatid: wanted });
	const answer = (await uazapiRequest(this, { method: 'POST', path: '/chat/find', body, concern: { subject: 'chat' } })) as IDataObject;
	const chats = Array.isArray(answer?.chats) ? (answer.chats as IDataObject[]) : [];
	const lower = wanted?.toLowerCase();
	const results = chats
		.filter((chat) => typeof chat.wa_chatid === 'string' && chat.wa_chatid)
		.map((chat) => {
			const id = String(chat.wa_chatid);
			const name = String(chat.name || chat.wa_name || chat.wa_contactName || '');
			return { name: name ? `${name} (${id.split('@')[0]})` : id, value: id };
		})
		.filter((entry) => !lower || `${entry.name} ${entry.value}`.toLowerCase().includes(lower));
	return { results };
}
