import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { invalidInput } from '../../shared/validation';

const AUDIENCE = [
	{ name: 'Everyone', value: 'all' },
	{ name: 'My Contacts', value: 'contacts' },
	{ name: 'My Contacts Except…', value: 'contact_blacklist' },
	{ name: 'Nobody', value: 'none' },
];

const fields: INodeProperties[] = [
	{
		displayName: 'Privacy Settings',
		name: 'privacySettings',
		type: 'collection',
		placeholder: 'Add setting',
		default: {},
		description: 'Only the settings you add are changed; the others stay as they are',
		options: [
			{
				displayName: 'Add Me to Groups',
				name: 'groupadd',
				type: 'options',
				options: AUDIENCE,
				default: 'contacts',
				description: 'Who can add this account to groups',
			},
			{
				displayName: 'Call Me',
				name: 'calladd',
				type: 'options',
				options: [
					{ name: 'Everyone', value: 'all' },
					{ name: 'Known Numbers Only', value: 'known' },
				],
				default: 'all',
				description: 'Who can call this account (Known Numbers Only silences calls from unknown numbers)',
			},
			{
				displayName: 'Last Seen',
				name: 'last',
				type: 'options',
				options: AUDIENCE,
				default: 'contacts',
				description: 'Who sees when this account was last online',
			},
			{
				displayName: 'Online',
				name: 'online',
				type: 'options',
				options: [
					{ name: 'Everyone', value: 'all' },
					{ name: 'Same as Last Seen', value: 'match_last_seen' },
				],
				default: 'all',
				description: 'Who sees when this account is online',
			},
			{
				displayName: 'Profile Photo',
				name: 'profile',
				type: 'options',
				options: AUDIENCE,
				default: 'contacts',
				description: 'Who sees the profile photo',
			},
			{
				displayName: 'Read Receipts',
				name: 'readreceipts',
				type: 'options',
				options: [
					{ name: 'On (Blue Ticks)', value: 'all' },
					{ name: 'Off', value: 'none' },
				],
				default: 'all',
				description: 'Whether senders see that their messages were read',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: AUDIENCE,
				default: 'contacts',
				description: "Who sees this account's status updates",
			},
		],
	},
];

async function buildPrivacy(this: IExecuteSingleFunctions, request: RequestOptions) {
	const settings = this.getNodeParameter('privacySettings', {}) as IDataObject;
	const body: IDataObject = {};
	for (const [key, value] of Object.entries(settings)) if (value !== '' && value !== undefined) body[key] = value;
	if (!Object.keys(body).length) {
		throw invalidInput(this, 'Privacy Settings', 'is empty', 'Add at least one setting to change.');
	}
	return { ...request, body };
}

export const setPrivacy = defineOperation({
	resource: 'instance',
	name: 'Set Privacy',
	value: 'setPrivacy',
	action: 'Set the privacy settings',
	description: "Changes the WhatsApp account's privacy settings you add; the others stay as they are",
	method: 'POST',
	path: '/instance/privacy',
	fields,
	prepare: buildPrivacy,
});
