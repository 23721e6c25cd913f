import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { deliveryProperty } from '../../shared/delivery';
import { phoneNumberProperty } from '../../shared/descriptions';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { sendOptionFields, sendOptionsProperty } from '../../shared/sendOptions';
import { asNumberValue, fileText, invalidInput, numberParameter, textValue } from '../../shared/validation';
import { interactiveNotice } from './common';
import { pixKeyOf, pixTypeOptions } from './pix';

const TEXTS: Array<[string, string, string]> = [
	['title', 'Title', 'The title at the top of the payment screen'],
	['text', 'Text', 'The text in the body of the payment screen'],
	['footer', 'Footer', 'Small text under the message'],
	['itemName', 'Item Name', 'The name of the item being paid for'],
	['invoiceNumber', 'Invoice Number', 'Your order or invoice number'],
	['pixName', 'PIX Recipient Name', 'The receiver\'s name shown for the PIX key. Empty: the instance\'s profile name.'],
	['boletoCode', 'Boleto Code', 'The digitable line of a boleto; adds boleto as a way to pay'],
	['fileName', 'Attachment File Name', 'The file name shown for the attachment'],
];

const fields: INodeProperties[] = [
	interactiveNotice,
	phoneNumberProperty(),
	{
		displayName: 'Amount',
		name: 'amount',
		type: 'number',
		typeOptions: { minValue: 0.01, numberPrecision: 2 },
		default: 0,
		required: true,
		description: 'How much to charge, in BRL (e.g. 199.90)',
	},
	{
		displayName: 'Payment Details',
		name: 'paymentDetails',
		type: 'collection',
		placeholder: 'Add detail',
		default: {},
		description: 'Uazapi asks for a PIX key unless another way to pay (boleto, payment link) is given',
		options: [
			...TEXTS.map(([name, displayName, description]) => ({ displayName, name, type: 'string' as const, default: '', description })),
			{
				displayName: 'Attachment URL',
				name: 'fileUrl',
				type: 'string',
				default: '',
				placeholder: 'https://example.com/invoice-123.pdf',
				description: 'A document attached to the request, e.g. the boleto or invoice as PDF: a public URL or base64',
			},
			{
				displayName: 'Payment Link',
				name: 'paymentLink',
				type: 'string',
				default: '',
				placeholder: 'https://pay.example.com/checkout/abc',
				description: 'A checkout page the "pay" button opens (WhatsApp accepts only approved payment domains)',
			},
			{
				displayName: 'PIX Key',
				name: 'pixKey',
				type: 'string',
				default: '',
				description: 'A static PIX key to pay to',
			},
			{
				displayName: 'PIX Key Type',
				name: 'pixType',
				type: 'options',
				options: pixTypeOptions,
				default: 'EVP',
				description: 'Which kind of PIX key the key is (Uazapi assumes EVP when not set)',
			},
		],
	},
	sendOptionsProperty,
	deliveryProperty,
];

async function buildPaymentRequest(this: IExecuteSingleFunctions, request: RequestOptions) {
	const number = numberParameter(this, 'phoneNumber', 'Phone Number');
	const raw = this.getNodeParameter('amount', 0);
	const amount = asNumberValue(this, raw, 'Amount');
	if (!Number.isFinite(amount) || amount <= 0) throw invalidInput(this, 'Amount', `must be a positive amount: ${String(raw)}`);
	if (Math.round(amount * 100) !== Number((amount * 100).toFixed(6))) {
		throw invalidInput(this, 'Amount', `has more than 2 decimal places: ${String(raw)}`);
	}
	const details = this.getNodeParameter('paymentDetails', {}) as IDataObject;
	const body: IDataObject = { number, amount };
	for (const [name, field] of TEXTS) {
		const value = textValue(this, details[name], field);
		if (value) body[name] = value;
	}
	for (const [name, field] of [['paymentLink', 'Payment Link'], ['fileUrl', 'Attachment URL']]) {
		const value = name === 'fileUrl' ? fileText(this, details[name], field) : textValue(this, details[name], field);
		if (!value) continue;
		if (name === 'paymentLink' && !/^https:\/\/\S+$/i.test(value)) {
			throw invalidInput(this, field, `is not an https:// link: "${value}"`);
		}
		body[name] = value;
	}
	const pixKey = textValue(this, details.pixKey, 'PIX Key');
	if (details.pixType !== undefined && !pixKey) {
		throw invalidInput(this, 'PIX Key', 'is empty, but a PIX Key Type is set', 'Add the PIX Key, or remove the PIX Key Type.');
	}
	if (pixKey) {
		const pixType = String(details.pixType ?? 'EVP');
		body.pixKey = pixKeyOf(this, pixType, pixKey);
		if (details.pixType !== undefined) body.pixType = pixType;
	}
	return { ...request, body: { ...body, ...sendOptionFields(this, '/send/request-payment') } };
}

export const requestPayment = defineOperation({
	resource: 'message',
	name: 'Request Payment',
	value: 'requestPayment',
	action: 'Request a payment',
	description: 'Sends a payment request with WhatsApp\'s "Review and pay" button: PIX, boleto or a payment link (Brazil)',
	method: 'POST',
	path: '/send/request-payment',
	subject: 'chat',
	fields,
	prepare: buildPaymentRequest,
	delivery: true,
});
