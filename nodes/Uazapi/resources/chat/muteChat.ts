import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { invalidInput, numberValueParameter } from '../../shared/validation';
import { chatJidParameter, chatProperty } from './chatField';

// What /chat/mute takes as muteEndTime: hours, -1 for always, 0 to unmute.
const DURATIONS = [8, 168, -1];

const durationProperty: INodeProperties = {
	displayName: 'Duration',
	name: 'muteDuration',
	type: 'options',
	options: [
		{ name: '8 Hours', value: 8 },
		{ name: '1 Week', value: 168 },
		{ name: 'Always', value: -1 },
	],
	default: 8,
	description: 'How long the chat stays muted (the durations WhatsApp offers)',
};

async function buildMuteRequest(this: IExecuteSingleFunctions, request: RequestOptions) {
	const number = chatJidParameter(this);
	const duration = numberValueParameter(this, 'muteDuration', 'Duration', { fallback: 8 });
	if (!DURATIONS.includes(duration)) {
		throw invalidInput(this, 'Duration', `must be 8 (hours), 168 (a week) or -1 (always), not "${String(this.getNodeParameter('muteDuration', ''))}"`);
	}
	return { ...request, body: { number, muteEndTime: duration } };
}

async function buildUnmuteRequest(this: IExecuteSingleFunctions, request: RequestOptions) {
	return { ...request, body: { number: chatJidParameter(this), muteEndTime: 0 } };
}

export const muteChat = defineOperation({
	resource: 'chat',
	name: 'Mute',
	value: 'mute',
	action: 'Mute a chat',
	description: 'Silences the notifications of a chat for 8 hours, a week or always',
	method: 'POST',
	path: '/chat/mute',
	subject: 'chat',
	fields: [chatProperty, durationProperty],
	prepare: buildMuteRequest,
});

export const unmuteChat = defineOperation({
	resource: 'chat',
	name: 'Unmute',
	value: 'unmute',
	action: 'Unmute a chat',
	description: 'Turns the notifications of a muted chat back on',
	method: 'POST',
	path: '/chat/mute',
	subject: 'chat',
	fields: [chatProperty],
	prepare: buildUnmuteRequest,
});
