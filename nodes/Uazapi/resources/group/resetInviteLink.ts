import type { IExecuteSingleFunctions } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { groupIdProperty, groupJidParameter } from './groupField';

async function buildReset(this: IExecuteSingleFunctions, request: RequestOptions) {
	return { ...request, body: { groupjid: groupJidParameter(this) } };
}

export const resetInviteLink = defineOperation({
	resource: 'group',
	name: 'Reset Invite Link',
	value: 'resetInviteLink',
	action: 'Reset a group invite link',
	description:
		'Makes a new invite link for the group (InviteLink). The old link stops working. This WhatsApp account must be a group admin.',
	method: 'POST',
	path: '/group/resetInviteCode',
	subject: 'group',
	meanings: {
		403: { message: 'Not a group admin', description: 'Only admins of the group can reset its invite link.' },
	},
	fields: [groupIdProperty],
	prepare: buildReset,
});
