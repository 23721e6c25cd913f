import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { invalidInput, numberValueParameter, requiredText } from '../../shared/validation';
import { withoutChatwootToken } from './token';

const fields: INodeProperties[] = [
	{
		displayName: 'Enabled',
		name: 'chatwootEnabled',
		type: 'boolean',
		default: true,
		description: 'Whether messages are synchronized between WhatsApp and Chatwoot',
	},
	{
		displayName: 'Chatwoot URL',
		name: 'chatwootUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'https://app.chatwoot.com',
		description: 'The base URL of your Chatwoot',
	},
	{
		displayName: 'Access Token',
		name: 'chatwootAccessToken',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		description: "A Chatwoot user's or agent bot's API access token (Chatwoot → Profile settings). It is never shown in outputs or errors.",
	},
	{
		displayName: 'Account ID',
		name: 'chatwootAccountId',
		type: 'number',
		required: true,
		typeOptions: { minValue: 1, numberPrecision: 0 },
		default: 1,
		description: 'The Chatwoot account ID (the number after /accounts/ in Chatwoot URLs)',
	},
	{
		displayName: 'Inbox ID',
		name: 'chatwootInboxId',
		type: 'number',
		required: true,
		typeOptions: { minValue: 1, numberPrecision: 0 },
		default: 1,
		description: 'The ID of the Chatwoot API inbox the WhatsApp conversations go to (the number after /inboxes/)',
	},
	{
		displayName: 'Options',
		name: 'chatwootOptions',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Always New Conversation',
				name: 'create_new_conversation',
				type: 'boolean',
				default: false,
				description: 'Whether every new message thread opens a new Chatwoot conversation instead of reusing the open one',
			},
			{
				displayName: 'Ignore Groups',
				name: 'ignore_groups',
				type: 'boolean',
				default: false,
				description: 'Whether group messages are left out of Chatwoot',
			},
			{
				displayName: 'Sign Messages',
				name: 'sign_messages',
				type: 'boolean',
				default: true,
				description: "Whether messages sent from Chatwoot carry the agent's name in WhatsApp",
			},
		],
	},
];

function positiveId(context: IExecuteSingleFunctions, parameter: string, field: string): number {
	return numberValueParameter(context, parameter, field, { min: 1, integer: true, fallback: 0 });
}

async function buildConfig(this: IExecuteSingleFunctions, request: RequestOptions) {
	const url = requiredText(this, 'chatwootUrl', 'Chatwoot URL');
	if (!/^https?:\/\/[^\s/]+/i.test(url)) {
		throw invalidInput(this, 'Chatwoot URL', `must start with http:// or https://: "${url}"`, 'Example: https://app.chatwoot.com');
	}
	const body: IDataObject = {
		enabled: this.getNodeParameter('chatwootEnabled', true) as boolean,
		url: url.replace(/\/+$/, ''),
		access_token: requiredText(this, 'chatwootAccessToken', 'Access Token'),
		account_id: positiveId(this, 'chatwootAccountId', 'Account ID'),
		inbox_id: positiveId(this, 'chatwootInboxId', 'Inbox ID'),
		...(this.getNodeParameter('chatwootOptions', {}) as IDataObject),
	};
	return { ...request, body };
}

export const updateConfig = defineOperation({
	resource: 'chatwoot',
	name: 'Update Configuration',
	value: 'updateConfig',
	action: 'Update the Chatwoot configuration',
	description:
		'Connects the instance to a Chatwoot inbox (replaces the whole configuration); outputs the webhook URL to set in the Chatwoot inbox',
	method: 'PUT',
	path: '/chatwoot/config',
	fields,
	prepare: buildConfig,
	output: [withoutChatwootToken],
	secrets(this: IExecuteSingleFunctions) {
		return [String(this.getNodeParameter('chatwootAccessToken', '') ?? '')];
	},
});
