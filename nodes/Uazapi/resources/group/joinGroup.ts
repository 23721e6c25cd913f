import type { IExecuteSingleFunctions } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { inviteCodeParameter, inviteCodeProperty } from './inviteCode';

async function buildJoin(this: IExecuteSingleFunctions, request: RequestOptions) {
	return { ...request, body: { invitecode: inviteCodeParameter(this) } };
}

export const joinGroup = defineOperation({
	resource: 'group',
	name: 'Join',
	value: 'joinGroup',
	action: 'Join a group with an invite link',
	description: 'Makes this WhatsApp account a member of a group, from its invite link or code',
	method: 'POST',
	path: '/group/join',
	subject: 'group',
	meanings: {
		403: {
			message: 'Could not join the group',
			description: 'This account may already be a member, or the group does not let it join with this link.',
		},
	},
	fields: [{ ...inviteCodeProperty, description: 'The invite link of the group to join (https://chat.whatsapp.com/…) or only its code' }],
	prepare: buildJoin,
});
