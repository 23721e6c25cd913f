import type { INodeProperties } from 'n8n-workflow';

import { eventsProperty, excludeMessagesProperty } from '../Uazapi/shared/webhooks';
import { MESSAGE_KINDS } from './event';

/** The fields both triggers share: which events, which messages, what goes into the item. */
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
