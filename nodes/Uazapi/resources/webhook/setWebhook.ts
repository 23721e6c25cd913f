import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { splitArray } from '../../shared/response';
import { invalidInput, textValue } from '../../shared/validation';
import { eventsProperty, excludeMessagesProperty, urlPathOptions, webhookBody } from '../../shared/webhooks';

const fields: INodeProperties[] = [
	{
		displayName: 'Webhook URL',
		name: 'webhookUrl',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'https://example.com/whatsapp-events',
		description: 'Where Uazapi sends the events',
	},
	eventsProperty('The events Uazapi sends to this webhook'),
	excludeMessagesProperty,
	{
		displayName: 'Enabled',
		name: 'enabled',
		type: 'boolean',
		default: true,
		description: 'Whether Uazapi sends events to this webhook',
	},
	{
		displayName: 'Options',
		name: 'webhookOptions',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Mode',
				name: 'mode',
				type: 'options',
				options: [
					{
						name: 'Replace the Instance Webhook',
						value: 'replace',
						description:
							"Simple mode: sets the instance's webhook, overwriting the existing one, even one a Uazapi Trigger or another integration set up. Use Add Another Webhook when the instance has several.",
					},
					{ name: 'Add Another Webhook', value: 'add', description: 'Keeps existing webhooks' },
					{ name: 'Update a Webhook by ID', value: 'update' },
				],
				default: 'replace',
			},
			{
				displayName: 'Webhook ID',
				name: 'id',
				type: 'string',
				default: '',
				description: 'With Mode "Update a Webhook by ID": the webhook to change (see Webhook → Get)',
			},
			...urlPathOptions,
		],
	},
];

async function buildWebhook(this: IExecuteSingleFunctions, request: RequestOptions) {
	const body: IDataObject = { ...webhookBody(this), enabled: this.getNodeParameter('enabled', true) as boolean };
	const options = this.getNodeParameter('webhookOptions', {}) as IDataObject;
	if (options.mode === 'add') body.action = 'add';
	if (options.mode === 'update') {
		const id = textValue(this, options.id, 'Webhook ID');
		if (!id) throw invalidInput(this, 'Webhook ID', 'is empty', 'Mode "Update a Webhook by ID" needs the ID.');
		body.action = 'update';
		body.id = id;
	}
	return { ...request, body };
}

export const setWebhook = defineOperation({
	resource: 'webhook',
	name: 'Set',
	value: 'setWebhook',
	action: 'Set a webhook',
	description: 'Sets where Uazapi sends WhatsApp events. Outputs the webhooks of the instance.',
	method: 'POST',
	path: '/webhook',
	subject: 'webhook',
	fields,
	prepare: buildWebhook,
	output: [splitArray()],
});
