import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { splitArray } from '../../shared/response';
import { invalidInput, requiredText, textValue } from '../../shared/validation';
import { eventsProperty, excludeMessagesProperty } from '../../shared/webhooks';

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
			{
				displayName: 'Add Event to URL Path',
				name: 'addUrlEvents',
				type: 'boolean',
				default: false,
				description: 'Whether Uazapi appends the event name to the URL path (e.g. /messages)',
			},
			{
				displayName: 'Add Message Type to URL Path',
				name: 'addUrlTypesMessages',
				type: 'boolean',
				default: false,
				description: 'Whether Uazapi appends the message type to the URL path (e.g. /conversation)',
			},
		],
	},
];

async function buildWebhook(this: IExecuteSingleFunctions, request: RequestOptions) {
	const url = requiredText(this, 'webhookUrl', 'Webhook URL');
	if (!/^https?:\/\/\S+$/i.test(url)) {
		throw invalidInput(this, 'Webhook URL', `is not an http(s) URL: "${url}"`);
	}
	const events = this.getNodeParameter('events', []) as string[];
	if (!events.length) throw invalidInput(this, 'Events', 'is empty', 'Choose at least one event.');
	const options = this.getNodeParameter('webhookOptions', {}) as IDataObject;
	const body: IDataObject = {
		url,
		events,
		excludeMessages: this.getNodeParameter('excludeMessages', []) as string[],
		enabled: this.getNodeParameter('enabled', true) as boolean,
	};
	if (options.addUrlEvents !== undefined) body.addUrlEvents = options.addUrlEvents;
	if (options.addUrlTypesMessages !== undefined) body.addUrlTypesMessages = options.addUrlTypesMessages;
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
