import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { deliveryProperty } from '../../shared/delivery';
import { phoneNumberProperty } from '../../shared/descriptions';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { sendOptionFields, sendOptionsProperty } from '../../shared/sendOptions';
import { numberParameter } from '../../shared/validation';
import { messageText, messageTextField } from './common';

const fields: INodeProperties[] = [
	phoneNumberProperty(),
	messageTextField,
	sendOptionsProperty,
	deliveryProperty,
];

async function buildText(this: IExecuteSingleFunctions, request: RequestOptions) {
	const number = numberParameter(this, 'phoneNumber', 'Phone Number');
	const text = messageText(this, 'messageText', 'Message');
	return { ...request, body: { number, text, ...sendOptionFields(this, '/send/text') } };
}

export const sendText = defineOperation({
	resource: 'message',
	name: 'Send Text',
	value: 'sendText',
	action: 'Send a text message',
	description: 'Sends a text message to a number or group',
	method: 'POST',
	path: '/send/text',
	subject: 'chat',
	fields,
	prepare: buildText,
	delivery: true,
});
