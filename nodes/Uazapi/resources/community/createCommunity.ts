import type { IExecuteSingleFunctions } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { requiredText } from '../../shared/validation';

async function buildCommunity(this: IExecuteSingleFunctions, request: RequestOptions) {
	return { ...request, body: { name: requiredText(this, 'communityName', 'Community Name', 100) } };
}

export const createCommunity = defineOperation({
	resource: 'community',
	name: 'Create',
	value: 'createCommunity',
	action: 'Create a community',
	description:
		'Creates a WhatsApp community with its announcements group; this account becomes its admin. Add groups to it with "Add Groups".',
	method: 'POST',
	path: '/community/create',
	subject: 'group',
	meanings: {
		403: { message: 'WhatsApp did not allow creating a community', description: 'This account may not be allowed to create communities.' },
		429: { message: 'Too many communities created', description: 'WhatsApp limits how many communities an account can create. Try again later.' },
	},
	fields: [
		{
			displayName: 'Community Name',
			name: 'communityName',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'Neighbourhood',
			description: 'The name of the new community',
		},
	],
	prepare: buildCommunity,
});
