import type { IExecuteSingleFunctions } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { inviteCodeParameter, inviteCodeProperty } from './inviteCode';

async function buildInviteInfo(this: IExecuteSingleFunctions, request: RequestOptions) {
	return { ...request, body: { invitecode: inviteCodeParameter(this) } };
}

export const getInviteInfo = defineOperation({
	resource: 'group',
	name: 'Get Invite Info',
	value: 'getInviteInfo',
	action: 'Get group info from an invite link',
	description: 'Gets the name, settings and members of a group from its invite link or code, without joining it',
	method: 'POST',
	path: '/group/inviteInfo',
	subject: 'group',
	meanings: {
		404: {
			message: 'Invite link not found',
			description: 'The invite link is wrong, was reset by a group admin, or has expired. Ask for a new link.',
		},
	},
	fields: [inviteCodeProperty],
	prepare: buildInviteInfo,
});
