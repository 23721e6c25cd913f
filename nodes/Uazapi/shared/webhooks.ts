import type { IDataObject, IExecuteSingleFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { invalidInput, requiredText } from './validation';

/** Event names of the Uazapi webhook (vendor spec, Webhook.events). */
export const WEBHOOK_EVENTS: INodePropertyOptions[] = [
	{ name: 'Blocks', value: 'blocks', description: 'A contact was blocked or unblocked' },
	{ name: 'Bulk Sender', value: 'sender', description: 'A bulk campaign started or finished' },
	{ name: 'Call', value: 'call', description: 'Voice or video call events' },
	{ name: 'Channel Messages', value: 'newsletter_messages', description: 'New channel (newsletter) posts' },
	{ name: 'Chat Labels', value: 'chat_labels', description: 'Labels of a chat changed' },
	{ name: 'Chats', value: 'chats', description: 'Chat events' },
	{ name: 'Connection', value: 'connection', description: 'The WhatsApp connection changed' },
	{ name: 'Contacts', value: 'contacts', description: 'Address-book changes' },
	{ name: 'Groups', value: 'groups', description: 'Group changes (join, leave, promote, settings)' },
	{ name: 'History', value: 'history', description: 'History synced after the QR scan' },
	{ name: 'Labels', value: 'labels', description: 'Labels created, changed or deleted' },
	{ name: 'Message Updates', value: 'messages_update', description: 'Delivery and read receipts, deletions, edits' },
	{ name: 'Messages', value: 'messages', description: 'New messages, received and sent' },
	{ name: 'Presence', value: 'presence', description: 'Online, typing and recording status' },
];

/** Filters Uazapi applies before delivering message events (vendor spec, Webhook.excludeMessages). */
export const EXCLUDE_MESSAGES: INodePropertyOptions[] = [
	{ name: 'Sent by the API', value: 'wasSentByApi', description: 'Recommended: avoids loops when a workflow replies' },
	{ name: 'Not Sent by the API', value: 'wasNotSentByApi' },
	{ name: 'From Me', value: 'fromMeYes', description: 'Messages sent by this WhatsApp account' },
	{ name: 'From Others', value: 'fromMeNo', description: 'Messages received from others' },
	{ name: 'Group Messages', value: 'isGroupYes' },
	{ name: 'Direct Messages', value: 'isGroupNo', description: 'Messages outside groups' },
];

/** The events a webhook receives (Webhook → Set, and the trigger). */
export function eventsProperty(description: string): INodeProperties {
	return {
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		options: WEBHOOK_EVENTS,
		default: ['messages'],
		required: true,
		description,
	};
}

/** What Uazapi should not deliver; "Sent by the API" by default, so replies do not loop back. */
export const excludeMessagesProperty: INodeProperties = {
	displayName: 'Exclude Messages',
	name: 'excludeMessages',
	type: 'multiOptions',
	options: EXCLUDE_MESSAGES,
	default: ['wasSentByApi'],
	description:
		'Messages Uazapi should not deliver. Keep "Sent by the API" so the replies of your workflows do not come back as events.',
};

/** Options of a webhook's URL path (Webhook → Set, Admin → Set Global Webhook), in their `webhookOptions`. */
export const urlPathOptions: INodeProperties[] = [
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
];

/**
 * What every webhook a user sets is made of: its URL (http or https), at least one event, the messages to
 * exclude, and the URL path options the user set.
 */
export function webhookBody(context: IExecuteSingleFunctions): IDataObject {
	const url = requiredText(context, 'webhookUrl', 'Webhook URL');
	if (!/^https?:\/\/\S+$/i.test(url)) throw invalidInput(context, 'Webhook URL', `is not an http(s) URL: "${url}"`);
	const events = context.getNodeParameter('events', []) as string[];
	if (!events.length) throw invalidInput(context, 'Events', 'is empty', 'Choose at least one event.');
	const options = context.getNodeParameter('webhookOptions', {}) as IDataObject;
	const body: IDataObject = { url, events, excludeMessages: context.getNodeParameter('excludeMessages', []) as string[] };
	if (options.addUrlEvents !== undefined) body.addUrlEvents = options.addUrlEvents;
	if (options.addUrlTypesMessages !== undefined) body.addUrlTypesMessages = options.addUrlTypesMessages;
	return body;
}
