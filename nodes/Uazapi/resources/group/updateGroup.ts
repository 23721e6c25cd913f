import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { asDataUri, readBinary } from '../../shared/media';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { invalidInput, requiredText } from '../../shared/validation';
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
	{
		displayName: 'Picture Source',
		name: 'pictureSource',
		type: 'options',
		options: [
			{ name: 'URL', value: 'url' },
			{ name: 'Binary Property', value: 'binary', description: 'A file from a previous node' },
			{ name: 'Remove Picture', value: 'remove' },
		],
		default: 'url',
		displayOptions: { show: { updateField: ['picture'] } },
	},
	{
		displayName: 'Picture URL',
		name: 'pictureUrl',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'https://example.com/group.jpg',
		description: 'Public URL of a JPEG image, at most 640×640',
		displayOptions: { show: { updateField: ['picture'], pictureSource: ['url'] } },
	},
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		description: 'Name of the binary property that holds the JPEG image (at most 640×640)',
		displayOptions: { show: { updateField: ['picture'], pictureSource: ['binary'] } },
	},
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

async function pictureOf(context: IExecuteSingleFunctions): Promise<string> {
	const source = context.getNodeParameter('pictureSource', 'url');
	if (source === 'remove') return 'remove';
	if (source === 'url') return requiredText(context, 'pictureUrl', 'Picture URL');
	const file = await readBinary(context, String(context.getNodeParameter('binaryPropertyName', 'data')), 'Input Binary Field');
	if (!/^image\/jpe?g$/i.test(file.mimeType)) {
		throw invalidInput(context, 'Input Binary Field', `must hold a JPEG image, not ${file.mimeType}`, 'WhatsApp group pictures are JPEG images of at most 640×640.');
	}
	return asDataUri(file);
}

async function buildGroupUpdate(this: IExecuteSingleFunctions, request: RequestOptions) {
	const groupjid = groupJidParameter(this);
	const field = this.getNodeParameter('updateField', 'name') as string;
	if (field === 'name') {
		const name = requiredText(this, 'groupName', 'Group Name');
		if (name.length > NAME_MAX) {
			throw invalidInput(this, 'Group Name', `is longer than ${NAME_MAX} characters (${name.length})`);
		}
		return { ...request, url: '/group/updateName', body: { groupjid, name } };
	}
	if (field === 'description') {
		const description = requiredText(this, 'groupDescription', 'Description');
		if (description.length > DESCRIPTION_MAX) {
			throw invalidInput(this, 'Description', `is longer than ${DESCRIPTION_MAX} characters (${description.length})`);
		}
		return { ...request, url: '/group/updateDescription', body: { groupjid, description } };
	}
	if (field === 'picture') {
		return { ...request, url: '/group/updateImage', body: { groupjid, image: await pictureOf(this) } };
	}
	if (field === 'announce') {
		const announce = Boolean(this.getNodeParameter('onlyAdminsCanSend', true));
		return { ...request, url: '/group/updateAnnounce', body: { groupjid, announce } };
	}
	if (field === 'locked') {
		const locked = Boolean(this.getNodeParameter('onlyAdminsCanEditInfo', true));
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
	subject: 'group',
	fields,
	prepare: buildGroupUpdate,
});
