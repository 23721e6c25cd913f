import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { pictureFields, pictureParameter } from '../../shared/picture';
import { requiredText } from '../../shared/validation';

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
	...pictureFields({ profileField: ['picture'] }),
];

async function buildProfileRequest(this: IExecuteSingleFunctions, request: RequestOptions) {
	if (this.getNodeParameter('profileField', 'name') === 'name') {
		const name = requiredText(this, 'profileName', 'Profile Name', NAME_MAX);
		return { ...request, url: '/profile/name', body: { name } };
	}
	return { ...request, url: '/profile/image', body: { image: await pictureParameter(this) } };
}

export const setProfile = defineOperation({
	resource: 'instance',
	name: 'Set Profile',
	value: 'setProfile',
	action: 'Set the profile name or picture',
	description: "Changes this WhatsApp account's profile name or picture",
	method: 'POST',
	path: '/profile/name',
	endpoints: ['POST /profile/name', 'POST /profile/image'],
	fields,
	prepare: buildProfileRequest,
	meanings: {
		403: {
			message: 'WhatsApp did not allow this profile change',
			description: 'WhatsApp limits how often the profile can change, and some accounts are restricted. Try again later.',
		},
	},
});
