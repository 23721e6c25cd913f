import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { ChannelIdError } from '../../shared/channelIds';
import { toChannelInviteCode } from '../../shared/channelIds';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { invalidInput } from '../../shared/validation';
import { unwrapResponse } from './channelField';

const fields: INodeProperties[] = [
	{
		displayName: 'Invite Link',
		name: 'inviteLink',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'https://whatsapp.com/channel/0029VaAbCdEfGhIjKlMnOp12',
		description: 'The channel link (https://whatsapp.com/channel/…) or just the code at its end',
	},
];

async function buildChannelByLink(this: IExecuteSingleFunctions, request: RequestOptions) {
	try {
		return { ...request, body: { key: toChannelInviteCode(this.getNodeParameter('inviteLink', '')) } };
	} catch (error) {
		throw invalidInput(this, 'Invite Link', (error as ChannelIdError).message);
	}
}

export const getChannelByLink = defineOperation({
	resource: 'channel',
	name: 'Get by Invite Link',
	value: 'getChannelByLink',
	action: 'Get a channel by invite link',
	description: "Gets a channel's details from its invite link, without following it",
	method: 'POST',
	path: '/newsletter/link',
	subject: 'chat',
	fields,
	prepare: buildChannelByLink,
	output: [unwrapResponse],
});
