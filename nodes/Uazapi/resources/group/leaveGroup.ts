import type { IExecuteSingleFunctions } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { groupIdProperty, groupJidParameter } from './groupField';

async function buildLeaveGroup(this: IExecuteSingleFunctions, request: RequestOptions) {
	return { ...request, body: { groupjid: groupJidParameter(this) } };
}

export const leaveGroup = defineOperation({
	resource: 'group',
	name: 'Leave',
	value: 'leaveGroup',
	action: 'Leave a group',
	description: 'This WhatsApp account leaves the group. If it is the last admin, WhatsApp dissolves the group.',
	method: 'POST',
	path: '/group/leave',
	subject: 'group',
	fields: [groupIdProperty],
	prepare: buildLeaveGroup,
});
