import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { invalidInput, requiredText } from '../../shared/validation';
import { eventsProperty, excludeMessagesProperty, WEBHOOK_EVENTS } from '../../shared/webhooks';

// The global webhook takes the instance webhook's events except channel posts (vendor spec, POST /globalwebhook).
const GLOBAL_EVENTS = WEBHOOK_EVENTS.filter((event) => event.value !== 'newsletter_messages');

const fields: INodeProperties[] = [
	{
		displayName: 'Webhook URL',
		name: 'webhookUrl',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'https://example.com/whatsapp-events',
		description: 'Where Uazapi sends the events of every instance of the server',
	},
	{ ...eventsProperty('The events of all instances Uazapi sends to this URL'), options: GLOBAL_EVENTS },
	excludeMessagesProperty,
	{
		displayName: 'Options',
		name: 'webhookOptions',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
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

async function prepare(this: IExecuteSingleFunctions, request: RequestOptions) {
	const url = requiredText(this, 'webhookUrl', 'Webhook URL');
	if (!/^https?:\/\/\S+$/i.test(url)) throw invalidInput(this, 'Webhook URL', `is not an http(s) URL: "${url}"`);
	const events = this.getNodeParameter('events', []) as string[];
	if (!events.length) throw invalidInput(this, 'Events', 'is empty', 'Choose at least one event.');
	const options = this.getNodeParameter('webhookOptions', {}) as IDataObject;
	const body: IDataObject = { url, events, excludeMessages: this.getNodeParameter('excludeMessages', []) as string[] };
	if (options.addUrlEvents !== undefined) body.addUrlEvents = options.addUrlEvents;
	if (options.addUrlTypesMessages !== undefined) body.addUrlTypesMessages = options.addUrlTypesMessages;
	return { ...request, body };
}

export const setGlobalWebhook = defineOperation({
	resource: 'admin',
	name: 'Set Global Webhook',
	value: 'setGlobalWebhook',
	action: 'Set the global webhook',
	description:
		'Sets the global webhook, which receives the events of EVERY instance of the server (replacing the current one). Keep "Sent by the API" excluded to avoid loops.',
	method: 'POST',
	path: '/globalwebhook',
	subject: 'webhook',
	fields,
	prepare,
});
