import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { deliveryProperty } from '../../shared/delivery';
import { phoneNumberProperty } from '../../shared/descriptions';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { sendOptionFields, sendOptionsProperty } from '../../shared/sendOptions';
import { numberParameter } from '../../shared/validation';
import { interactiveNotice, messageText, messageTextField } from './common';

const fields: INodeProperties[] = [
	interactiveNotice,
	phoneNumberProperty(),
	messageTextField,
	sendOptionsProperty,
	deliveryProperty,
];

async function buildLocationRequest(this: IExecuteSingleFunctions, request: RequestOptions) {
	const number = numberParameter(this, 'phoneNumber', 'Phone Number');
	const text = messageText(this, 'messageText', 'Message');
	return { ...request, body: { number, text, ...sendOptionFields(this, '/send/location-button') } };
}

export const requestLocation = defineOperation({
	resource: 'message',
	name: 'Request Location',
	value: 'requestLocation',
	action: 'Ask for a location',
	description: 'Sends a message with a button that lets the recipient share their location',
	method: 'POST',
	path: '/send/location-button',
	subject: 'chat',
	fields,
	prepare: buildLocationRequest,
	delivery: true,
});
