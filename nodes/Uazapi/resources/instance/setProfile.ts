import type { INodeProperties } from 'n8n-workflow';

import { asDataUri, readBinary } from '../../shared/media';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { invalidInput, requiredText } from '../../shared/validation';

const NAME_MAX = 25;

const fields: INodeProperties[] = [
	{
		displayName: 'Change',
		name: 'profileField',
		type: 'options',
		options: [
			{ name: 'Name', value: 'name' },
			{ name: 'Picture', value: 'picture' },
		],
		default: 'name',
	},
	{
		displayName: 'Profile Name',
		name: 'profileName',
		type: 'string',
		default: '',
		required: true,
		description: `The WhatsApp profile name, at most ${NAME_MAX} characters. WhatsApp may limit how often it can change.`,
		displayOptions: { show: { profileField: ['name'] } },
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
		displayOptions: { show: { profileField: ['picture'] } },
	},
	{
		displayName: 'Picture URL',
		name: 'pictureUrl',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'https://example.com/photo.jpg',
		description: 'Public URL of a JPEG image, ideally 640×640',
		displayOptions: { show: { profileField: ['picture'], pictureSource: ['url'] } },
	},
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		description: 'Name of the binary property that holds the JPEG image',
		displayOptions: { show: { profileField: ['picture'], pictureSource: ['binary'] } },
	},
];

async function buildProfileRequest(this: import('n8n-workflow').IExecuteSingleFunctions, request: RequestOptions) {
	if (this.getNodeParameter('profileField', 'name') === 'name') {
		const name = requiredText(this, 'profileName', 'Profile Name');
		if (name.length > NAME_MAX) {
			throw invalidInput(this, 'Profile Name', `is longer than ${NAME_MAX} characters (${name.length})`);
		}
		return { ...request, url: '/profile/name', body: { name } };
	}
	const source = this.getNodeParameter('pictureSource', 'url');
	let image = 'remove';
	if (source === 'url') image = requiredText(this, 'pictureUrl', 'Picture URL');
	if (source === 'binary') {
		image = asDataUri(await readBinary(this, String(this.getNodeParameter('binaryPropertyName', 'data')), 'Input Binary Field'));
	}
	return { ...request, url: '/profile/image', body: { image } };
}

export const setProfile = defineOperation({
	resource: 'instance',
	name: 'Set Profile',
	value: 'setProfile',
	action: 'Set the profile name or picture',
	description: "Changes this WhatsApp account's profile name or picture",
	method: 'POST',
	path: '/profile/name',
	fields,
	prepare: buildProfileRequest,
});
