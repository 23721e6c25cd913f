import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { groupIdProperty, groupJidParameter } from './groupField';
import { asBooleanValue } from '../../shared/validation';

const fields: INodeProperties[] = [
	groupIdProperty,
	{
		displayName: 'Options',
		name: 'groupInfoOptions',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Bypass Cache',
				name: 'force',
				type: 'boolean',
				default: true,
				description: 'Whether to ask WhatsApp for fresh data instead of the copy Uazapi keeps',
			},
			{
				displayName: 'Include Invite Link',
				name: 'getInviteLink',
				type: 'boolean',
				default: true,
				description: 'Whether to add the invite link (invite_link). This WhatsApp account must be a group admin.',
			},
			{
				displayName: 'Include Pending Requests',
				name: 'getRequestsParticipants',
				type: 'boolean',
				default: true,
				description: 'Whether to add the people waiting for approval to join (request_participants)',
			},
		],
	},
];

async function buildGroupInfo(this: IExecuteSingleFunctions, request: RequestOptions) {
	const groupjid = groupJidParameter(this);
	const options = this.getNodeParameter('groupInfoOptions', {}) as IDataObject;
	const body: IDataObject = { groupjid };
	const labels: Record<string, string> = { getInviteLink: 'Include Invite Link', getRequestsParticipants: 'Include Pending Requests', force: 'Bypass Cache' };
	for (const key of ['getInviteLink', 'getRequestsParticipants', 'force']) {
		if (options[key] !== undefined) body[key] = asBooleanValue(this, options[key], labels[key]);
	}
	return { ...request, body };
}

export const getGroupInfo = defineOperation({
	resource: 'group',
	name: 'Get Info',
	value: 'getGroupInfo',
	action: 'Get group info',
	description: 'Gets the name, description, settings and participants of a group',
	method: 'POST',
	path: '/group/info',
	subject: 'group',
	fields,
	prepare: buildGroupInfo,
});
