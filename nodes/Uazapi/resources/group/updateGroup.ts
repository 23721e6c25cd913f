import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { pictureFields, pictureParameter } from '../../shared/picture';
import { asBooleanValue, invalidInput, requiredText } from '../../shared/validation';
import { groupIdProperty, groupJidParameter } from './groupField';

const NAME_MAX = 25;
const DESCRIPTION_MAX = 512;

const fields: INodeProperties[] = [
	groupIdProperty,
	{
		displayName: 'Change',
		name: 'updateField',
		type: 'options',
		options: [
			{ name: 'Description', value: 'description' },
			{ name: 'Name', value: 'name' },
			{ name: 'Only Admins Can Edit Group Info', value: 'locked' },
			{ name: 'Only Admins Can Send Messages', value: 'announce' },
			{ name: 'Picture', value: 'picture' },
		],
		default: 'name',
		description: 'The group setting this operation changes (one per run)',
	},
	{
		displayName: 'Group Name',
		name: 'groupName',
		type: 'string',
		default: '',
		required: true,
		description: `The new name of the group, at most ${NAME_MAX} characters`,
		displayOptions: { show: { updateField: ['name'] } },
	},
	{
		displayName: 'Description',
		name: 'groupDescription',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		required: true,
		description: `The new description of the group, at most ${DESCRIPTION_MAX} characters`,
		displayOptions: { show: { updateField: ['description'] } },
	},
	...pictureFields({ updateField: ['picture'] }),
	{
		displayName: 'Only Admins Can Send Messages',
		name: 'onlyAdminsCanSend',
		type: 'boolean',
		default: true,
		description: 'Whether only admins can send messages to the group',
		displayOptions: { show: { updateField: ['announce'] } },
	},
	{
		displayName: 'Only Admins Can Edit Group Info',
		name: 'onlyAdminsCanEditInfo',
		type: 'boolean',
		default: true,
		description: 'Whether only admins can change the name, description and picture of the group',
		displayOptions: { show: { updateField: ['locked'] } },
	},
];

async function buildGroupUpdate(this: IExecuteSingleFunctions, request: RequestOptions) {
	const groupjid = groupJidParameter(this);
	const field = this.getNodeParameter('updateField', 'name') as string;
	if (field === 'name') {
		const name = requiredText(this, 'groupName', 'Group Name', NAME_MAX);
		return { ...request, url: '/group/updateName', body: { groupjid, name } };
	}
	if (field === 'description') {
		const description = requiredText(this, 'groupDescription', 'Description', DESCRIPTION_MAX);
		return { ...request, url: '/group/updateDescription', body: { groupjid, description } };
	}
	if (field === 'picture') {
		return { ...request, url: '/group/updateImage', body: { groupjid, image: await pictureParameter(this) } };
	}
	if (field === 'announce') {
		const announce = asBooleanValue(this, this.getNodeParameter('onlyAdminsCanSend', true), 'Only Admins Can Send Messages');
		return { ...request, url: '/group/updateAnnounce', body: { groupjid, announce } };
	}
	if (field === 'locked') {
		const locked = asBooleanValue(this, this.getNodeParameter('onlyAdminsCanEditInfo', true), 'Only Admins Can Edit Group Info');
		return { ...request, url: '/group/updateLocked', body: { groupjid, locked } };
	}
	throw invalidInput(this, 'Change', `is not a group setting: "${field}"`);
}

export const updateGroup = defineOperation({
	resource: 'group',
	name: 'Update',
	value: 'updateGroup',
	action: 'Update a group',
	description: 'Changes one setting of a group: name, description, picture, or who can send and edit',
	method: 'POST',
	path: '/group/updateName',
	endpoints: ['POST /group/updateName', 'POST /group/updateDescription', 'POST /group/updateImage', 'POST /group/updateAnnounce', 'POST /group/updateLocked'],
	subject: 'group',
	fields,
	prepare: buildGroupUpdate,
});
