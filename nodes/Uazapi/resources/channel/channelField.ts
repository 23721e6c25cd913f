import type {
	IDataObject,
	IExecuteSingleFunctions,
	ILoadOptionsFunctions,
	INodeExecutionData,
	INodeListSearchResult,
	INodeProperties,
} from 'n8n-workflow';

import type { ChannelIdError } from '../../shared/channelIds';
import { toChannelJid } from '../../shared/channelIds';
import { toPhoneDigits } from '../../shared/numbers';
import type { Operation, OperationSpec, RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { uazapiRequest } from '../../shared/transport';
import { asNumber, invalidInput } from '../../shared/validation';

/** The channel an operation acts on: picked from the channels this account follows or owns, or typed. */
export const channelIdProperty: INodeProperties = {
	displayName: 'Channel',
	name: 'channelId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The channel: pick it from the channels this account follows or owns, or give its ID with or without @newsletter',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchChannelList', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: '120363123456789012@newsletter',
			hint: 'The channel ID, with or without @newsletter',
		},
	],
};

/** The channel JID (`…@newsletter`) of the current item. */
export function channelJidParameter(context: IExecuteSingleFunctions): string {
	const value = context.getNodeParameter('channelId', '', { extractValue: true }) as unknown;
	const id = value && typeof value === 'object' ? (value as IDataObject).value : value;
	try {
		return toChannelJid(id);
	} catch (error) {
		const hint = 'Pick the channel from the list, or enter its ID (e.g. 120363123456789012@newsletter).';
		throw invalidInput(context, 'Channel', (error as ChannelIdError).message, hint);
	}
}

/** A channel's name in Uazapi's channel metadata (WhatsApp's thread_metadata). */
function channelName(channel: IDataObject): string {
	const thread = (channel.thread_metadata ?? {}) as IDataObject;
	const name = (thread.name ?? {}) as IDataObject;
	return String(name.text || channel.id || '');
}

export async function searchChannelList(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const answer = (await uazapiRequest(this, {
		method: 'GET',
		path: '/newsletter/list',
		concern: { subject: 'chat' },
	})) as IDataObject;
	const channels = Array.isArray(answer?.response) ? (answer.response as IDataObject[]) : [];
	const wanted = filter?.trim().toLowerCase();
	const results = channels
		.map((channel) => ({ name: channelName(channel), value: String(channel.id) }))
		.filter((entry) => !wanted || `${entry.name} ${entry.value}`.toLowerCase().includes(wanted))
		.sort((a, b) => a.name.localeCompare(b.name));
	return { results };
}

/** Uazapi wraps a channel's or post's data in `response`: the item is that object. */
export async function unwrapResponse(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return items.map((item) => {
		const inner = (item.json as IDataObject).response;
		return inner && typeof inner === 'object' && !Array.isArray(inner) ? { ...item, json: inner as IDataObject } : item;
	});
}

/** A phone number field for the admin operations (`phone`: digits). */
/** The person's phone number as digits (what the /newsletter/admin/* and owner calls take as `phone`). */
export function phoneParameter(context: IExecuteSingleFunctions): string {
	return asNumber(context, context.getNodeParameter('phoneNumber', ''), 'Phone Number', toPhoneDigits);
}

type ChannelSpec = Omit<OperationSpec, 'resource' | 'method'> & {
	/** Fields after the Channel field. */
	extra?: INodeProperties[];
	/** The body beyond `jid`. */
	body?: (this: IExecuteSingleFunctions) => IDataObject | Promise<IDataObject>;
};

/** An operation on one channel: POST <path> with `{jid, …}`. */
export function channelOperation(spec: ChannelSpec): Operation {
	const { extra = [], body, ...rest } = spec;
	return defineOperation({
		resource: 'channel',
		method: 'POST',
		subject: 'chat',
			fields: [channelIdProperty, ...extra],
		async prepare(this: IExecuteSingleFunctions, request: RequestOptions) {
			const jid = channelJidParameter(this);
			return { ...request, body: { jid, ...(body ? await body.call(this) : {}) } };
		},
		...rest,
	});
}
