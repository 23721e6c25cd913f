import type { INodeProperties } from 'n8n-workflow';

import { eventsProperty, excludeMessagesProperty } from '../Uazapi/shared/webhooks';
import { MESSAGE_KINDS } from './event';

/** How events reach n8n: Uazapi calls n8n's webhook URL, or n8n keeps Uazapi's event stream open. */
export const receiveByProperty: INodeProperties = {
	displayName: 'Receive Events By',
	name: 'receiveBy',
	type: 'options',
	options: [
		{
			name: 'Webhook',
			value: 'webhook',
			description: 'Uazapi calls this n8n\'s webhook URL, which must be reachable from the internet',
		},
		{
			name: 'Event Stream (No Public URL Needed)',
			value: 'stream',
			description:
				'N8n keeps a connection to Uazapi\'s event stream open while the workflow is active. Needs the credential\'s Connection set to Direct: the n8n Tools proxy cannot carry a stream.',
		},
	],
	default: 'webhook',
};

/** What decides what an event becomes: which events, which messages, what goes into the item. */
export const eventProperties: INodeProperties[] = [
	eventsProperty('The Uazapi events that start the workflow'),
	excludeMessagesProperty,
	{
		displayName: 'Message Filters',
		name: 'messageFilters',
		type: 'collection',
		placeholder: 'Add filter',
		default: {},
		description: 'Applied to message events; other events always start the workflow',
		options: [
			{
				displayName: 'Chats',
				name: 'chats',
				type: 'options',
				options: [
					{ name: 'All Chats', value: 'all' },
					{ name: 'Only Groups', value: 'groups' },
					{ name: 'Only Direct Chats', value: 'direct' },
				],
				default: 'all',
			},
			{
				displayName: 'Message Kinds',
				name: 'messageKinds',
				type: 'multiOptions',
				options: MESSAGE_KINDS,
				default: [],
				description: 'Only these kinds of message start the workflow. Empty means all kinds.',
			},
			{
				displayName: 'Only From Others',
				name: 'onlyFromOthers',
				type: 'boolean',
				default: false,
				description: 'Whether to ignore messages sent by this WhatsApp account (from any device)',
			},
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Download Media',
				name: 'downloadMedia',
				type: 'boolean',
				default: false,
				description:
					'Whether to download the file of image, video, GIF, audio, voice note, document and sticker messages and attach it as binary data',
			},
			{
				displayName: 'Put Media in Field',
				name: 'binaryPropertyName',
				type: 'string',
				default: 'data',
				description: 'With Download Media: the binary property that receives the file',
			},
			{
				displayName: 'Transcribe Voice Notes',
				name: 'transcribeVoiceNotes',
				type: 'boolean',
				default: false,
				description:
					'Whether to add the transcript of voice notes and audio messages to the item (in "transcription"). Uazapi transcribes with OpenAI, using "OpenAI API Key (for Audio Transcription)" of the credential, else the key saved on the instance.',
			},
		],
	},];
