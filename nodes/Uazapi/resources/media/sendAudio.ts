import { defineMediaSend } from './sendMedia';

export const sendAudio = defineMediaSend({
	name: 'Send Audio',
	value: 'sendAudio',
	action: 'Send an audio file or voice note',
	description: 'Sends an audio file (MP3 or OGG) or a voice note',
	kind: 'audio',
	fields: [
		{
			displayName: 'Send As',
			name: 'audioType',
			type: 'options',
			options: [
				{ name: 'Audio File', value: 'audio', description: 'A playable audio file, like a song' },
				{
					name: 'Voice Note',
					value: 'ptt',
					description: 'A recorded voice message (push to talk); OGG Opus works best',
				},
				{
					name: 'Voice Note (Alternative Style)',
					value: 'myaudio',
					description: "Uazapi's alternative voice note type (myaudio)",
				},
			],
			default: 'audio',
		},
	],
	body() {
		return { type: String(this.getNodeParameter('audioType', 'audio')) };
	},
});
