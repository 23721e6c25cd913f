import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { splitList, toPhoneDigits } from './numbers';
import { asBooleanValue, asNumber, asNumberValue, asText } from './validation';

// Longer waits belong in n8n's Wait node: WhatsApp's typing indicator lasts at most 5 minutes (Uazapi docs,
// /message/presence), and a send held longer risks the request timing out while the message still goes out.
const MAX_DELAY_SECONDS = 300;

/**
 * The Send Options collection (`additionalFields`, the 1.0.5 name), shown on send operations only.
 * Only options the user added reach the API.
 */
export const sendOptionsProperty: INodeProperties = {
	displayName: 'Send Options',
	name: 'additionalFields',
	type: 'collection',
	placeholder: 'Add option',
	default: {},
	options: [
		{
			displayName: 'Delay (Seconds)',
			name: 'delay',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: MAX_DELAY_SECONDS },
			default: 0,
			description:
				'How many seconds to wait before sending (0 to 300), showing "typing…" (or "recording…" for audio) to the recipient meanwhile',
		},
		{
			displayName: 'Disable Link Preview',
			name: 'disableLinkPreview',
			type: 'boolean',
			default: false,
			description: 'Whether to send links without a preview card',
			displayOptions: { show: { '/operation': ['sendText'] } },
		},
		{
			displayName: 'Mark Chat as Read',
			name: 'markChatAsRead',
			type: 'boolean',
			default: true,
			description: 'Whether to mark the chat as read after sending',
		},
		{
			displayName: 'Mark Received Messages as Read',
			name: 'markMessagesAsRead',
			type: 'boolean',
			default: true,
			description: 'Whether to mark the last received messages of the chat as read',
		},
		{
			displayName: 'Mention Users',
			name: 'mentionUsers',
			type: 'string',
			default: '',
			placeholder: '5511999999999, 5511888888888',
			description:
				'Phone numbers to @mention in a group, separated by commas (a …@s.whatsapp.net ID works too; a LID does not), or "everyone" to mention all members',
		},
		{
			displayName: 'Reply to Message ID',
			name: 'replyToMessageId',
			type: 'string',
			default: '',
			placeholder: '5511988887777:3EB0538DA65A59F6D8A251',
			description:
				'The message to quote in the reply. Use its full ID (owner:ID form: the ID field of the trigger or of Get Messages, not messageid).',
		},
		{
			displayName: 'Send Through Queue',
			name: 'async',
			type: 'boolean',
			default: true,
			description:
				'Whether Uazapi queues the message and answers at once. The answer then only means "queued"; use a Tracking ID and Get Messages to follow it.',
		},
		{
			displayName: 'Show as Forwarded',
			name: 'forwarded',
			type: 'boolean',
			default: true,
			description: 'Whether WhatsApp shows the "Forwarded" label',
			displayOptions: {
				hide: { '/operation': ['sendQuickReply', 'sendList', 'sendPoll', 'requestLocation', 'requestPayment', 'sendPixButton'] },
			},
		},
		{
			displayName: 'Tracking ID',
			name: 'trackId',
			type: 'string',
			default: '',
			description: 'Your own ID for this message, stored with it and echoed in webhooks and Get Messages',
		},
		{
			displayName: 'Tracking Source',
			name: 'trackSource',
			type: 'string',
			default: '',
			placeholder: 'n8n',
			description: 'A label for where the message came from, stored with it and echoed in webhooks',
		},
	],
};

// Endpoints whose schema has no `forward` (the Forwarded label).
const WITHOUT_FORWARD = ['/send/menu', '/send/location-button', '/send/request-payment', '/send/pix-button'];

/** The body fields for the Send Options the user set. `endpoint` decides what the API accepts. */
export function sendOptionFields(context: IExecuteSingleFunctions, endpoint: string): IDataObject {
	const options = context.getNodeParameter('additionalFields', {}) as IDataObject;
	const fields: IDataObject = {};
	if (options.delay !== undefined) {
		const seconds = asNumberValue(context, options.delay, 'Delay (Seconds)', { min: 0, max: MAX_DELAY_SECONDS });
		fields.delay = Math.round(seconds * 1000);
	}
	if (endpoint === '/send/text' && options.disableLinkPreview !== undefined) fields.linkPreview = !options.disableLinkPreview;
	if (options.markChatAsRead !== undefined) fields.readchat = asBooleanValue(context, options.markChatAsRead, 'Mark Chat as Read');
	if (options.markMessagesAsRead !== undefined) fields.readmessages = asBooleanValue(context, options.markMessagesAsRead, 'Mark Received Messages as Read');
	const mentions = asText(context, options.mentionUsers, 'Mention Users').trim();
	if (mentions) {
		fields.mentions = /^(everyone|all)$/i.test(mentions)
			? 'all'
			: splitList(mentions)
					.map((entry) => asNumber(context, entry, 'Mention Users', toPhoneDigits))
					.join(',');
	}
	const replyTo = asText(context, options.replyToMessageId, 'Reply to Message ID').trim();
	if (replyTo) fields.replyid = replyTo;
	if (options.async !== undefined) fields.async = asBooleanValue(context, options.async, 'Send Through Queue');
	if (options.forwarded !== undefined && !WITHOUT_FORWARD.includes(endpoint)) fields.forward = asBooleanValue(context, options.forwarded, 'Show as Forwarded');
	const trackId = asText(context, options.trackId, 'Tracking ID').trim();
	if (trackId) fields.track_id = trackId;
	const trackSource = asText(context, options.trackSource, 'Tracking Source').trim();
	if (trackSource) fields.track_source = trackSource;
	return fields;
}
