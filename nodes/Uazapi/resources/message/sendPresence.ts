import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { phoneNumberProperty } from '../../shared/descriptions';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { invalidInput, numberParameter, numberValueParameter } from '../../shared/validation';

// Uazapi keeps a presence for at most 5 minutes (POST /message/presence: delay ≤ 300000 ms).
const MAX_SECONDS = 300;

const fields: INodeProperties[] = [
	phoneNumberProperty(),
	{
		displayName: 'Presence',
		name: 'presence',
		type: 'options',
		options: [
			{ name: 'Typing…', value: 'composing', description: 'Shows "typing…" in the chat' },
			{ name: 'Recording Audio…', value: 'recording', description: 'Shows "recording audio…" in the chat' },
			{ name: 'Stop (Paused)', value: 'paused', description: 'Ends the typing or recording indication' },
		],
		default: 'composing',
		description: 'What the other side sees. Sending a message to the chat ends it too.',
	},
	{
		displayName: 'Duration (Seconds)',
		name: 'duration',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: MAX_SECONDS },
		default: 0,
		description: 'How long to show it, 1 to 300 seconds. 0: until a message is sent to the chat, at most 5 minutes.',
		displayOptions: { show: { presence: ['composing', 'recording'] } },
	},
];

async function buildPresence(this: IExecuteSingleFunctions, request: RequestOptions) {
	const number = numberParameter(this, 'phoneNumber', 'Phone Number');
	const presence = String(this.getNodeParameter('presence', 'composing'));
	if (!['composing', 'recording', 'paused'].includes(presence)) {
		throw invalidInput(this, 'Presence', `is not one of Typing, Recording Audio or Stop: "${presence}"`);
	}
	const body: Record<string, unknown> = { number, presence };
	if (presence !== 'paused') {
		const seconds = numberValueParameter(this, 'duration', 'Duration (Seconds)', { fallback: 0 });
		if (seconds < 0 || seconds > MAX_SECONDS) {
			throw invalidInput(this, 'Duration (Seconds)', `must be from 0 to ${MAX_SECONDS}: ${seconds}`);
		}
		if (seconds > 0) body.delay = Math.round(seconds * 1000);
	}
	return { ...request, body };
}

export const sendPresence = defineOperation({
	resource: 'message',
	name: 'Send Presence',
	value: 'sendPresence',
	action: 'Show typing or recording in a chat',
	description: 'Shows "typing…" or "recording audio…" to the chat for a while, or stops it',
	method: 'POST',
	path: '/message/presence',
	subject: 'chat',
	fields,
	prepare: buildPresence,
	delivery: true,
});
