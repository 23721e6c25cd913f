import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { deliveryProperty } from '../../shared/delivery';
import { phoneNumberProperty } from '../../shared/descriptions';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { sendOptionFields, sendOptionsProperty } from '../../shared/sendOptions';
import { numberParameter, textParameter } from '../../shared/validation';
import { interactiveNotice } from './common';
import { pixKeyOf, pixKeyTypeField } from './pix';

const fields: INodeProperties[] = [
	interactiveNotice,
	phoneNumberProperty(),
	pixKeyTypeField(true),
	{
		displayName: 'PIX Key',
		name: 'pixKey',
		type: 'string',
		default: '',
		required: true,
		placeholder: '123e4567-e89b-12d3-a456-426614174000',
		description: 'The PIX key the button pays to',
	},
	{
		displayName: 'Recipient Name',
		name: 'pixName',
		type: 'string',
		default: '',
		description: 'The name shown as the receiver of the payment. Empty: WhatsApp shows "Pix".',
	},
	sendOptionsProperty,
	deliveryProperty,
];

async function buildPixButton(this: IExecuteSingleFunctions, request: RequestOptions) {
	const number = numberParameter(this, 'phoneNumber', 'Phone Number');
	const pixType = String(this.getNodeParameter('pixType', 'EVP'));
	const pixKey = pixKeyOf(this, pixType, this.getNodeParameter('pixKey', ''));
	const body: IDataObject = { number, pixType, pixKey };
	const pixName = textParameter(this, 'pixName', 'Recipient Name');
	if (pixName) body.pixName = pixName;
	return { ...request, body: { ...body, ...sendOptionFields(this, '/send/pix-button') } };
}

export const sendPixButton = defineOperation({
	resource: 'message',
	name: 'Send PIX Button',
	value: 'sendPixButton',
	action: 'Send a PIX payment button',
	description: 'Sends WhatsApp\'s PIX button, which shows the receiver and copies the PIX key to pay (Brazil)',
	method: 'POST',
	path: '/send/pix-button',
	subject: 'chat',
	fields,
	prepare: buildPixButton,
	delivery: true,
});
