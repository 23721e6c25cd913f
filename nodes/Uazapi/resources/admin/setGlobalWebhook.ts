import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { eventsProperty, excludeMessagesProperty, urlPathOptions, webhookBody, WEBHOOK_EVENTS } from '../../shared/webhooks';

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
		options: urlPathOptions,
	},
];

async function prepare(this: IExecuteSingleFunctions, request: RequestOptions) {
	return { ...request, body: webhookBody(this) };
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
