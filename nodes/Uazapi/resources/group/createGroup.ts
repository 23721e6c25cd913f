import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { requiredText } from '../../shared/validation';
import { PARTICIPANTS_MAX, participantsParameter, participantsProperty } from './participants';

const NAME_MAX = 100;

const fields: INodeProperties[] = [
	{
		displayName: 'Group Name',
		name: 'groupName',
		type: 'string',
		default: '',
		required: true,
		description: `The name of the new group, at most ${NAME_MAX} characters`,
	},
	{
		...participantsProperty,
		description: `Phone numbers with country code of the first members (1 to ${PARTICIPANTS_MAX}), separated by commas or as an array from an expression. You are added as the admin.`,
	},
];

async function buildCreateGroup(this: IExecuteSingleFunctions, request: RequestOptions) {
	const name = requiredText(this, 'groupName', 'Group Name', NAME_MAX);
	const participants = participantsParameter(this, { phoneNumbersOnly: true, max: PARTICIPANTS_MAX });
	return { ...request, body: { name, participants } };
}

export const createGroup = defineOperation({
	resource: 'group',
	name: 'Create',
	value: 'createGroup',
	action: 'Create a group',
	description: 'Creates a WhatsApp group with its first members. Outputs the new group.',
	method: 'POST',
	path: '/group/create',
	subject: 'group',
	fields,
	prepare: buildCreateGroup,
});
