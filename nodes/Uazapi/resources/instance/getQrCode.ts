import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { decodeBase64File } from '../../shared/media';
import { defineOperation } from '../../shared/operation';
import { invalidInput, numberParameter, textParameter } from '../../shared/validation';

const fields: INodeProperties[] = [
	{
		displayName: 'Phone Number for Pairing Code',
		name: 'pairingPhoneNumber',
		type: 'string',
		default: '',
		placeholder: '5511999999999',
		description:
			'Optional. With a number, Uazapi returns a pairing code to type in WhatsApp (Linked devices → Link with phone number) instead of a QR code.',
	},
	{
		displayName: 'Put QR Code in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		description: 'Name of the binary property that receives the QR code as a PNG image',
	},
];

async function addPairingPhone(this: IExecuteSingleFunctions, request: { body?: unknown }) {
	const typed = textParameter(this, 'pairingPhoneNumber', 'Phone Number for Pairing Code');
	if (!typed) return { ...request, body: {} };
	const phone = numberParameter(this, 'pairingPhoneNumber', 'Phone Number for Pairing Code');
	if (!/^\d{10,15}$/.test(phone)) {
		throw invalidInput(this, 'Phone Number for Pairing Code', 'must be a plain phone number with country code');
	}
	return { ...request, body: { phone } };
}

async function withQrImage(this: IExecuteSingleFunctions, items: INodeExecutionData[]) {
	const propertyName = String(this.getNodeParameter('binaryPropertyName', 'data'));
	return await Promise.all(
		items.map(async (item) => {
			const body = item.json as IDataObject;
			const instance = (body.instance ?? {}) as IDataObject;
			const qr = typeof instance.qrcode === 'string' ? instance.qrcode : '';
			const pairingCode = typeof instance.paircode === 'string' ? instance.paircode : '';
			const json: IDataObject = { ...body, qrCode: qr || null, pairingCode: pairingCode || null };
			if (!qr) return { json };
			const { buffer, mimeType } = decodeBase64File(qr, 'image/png');
			const qrCode = await this.helpers.prepareBinaryData(buffer, 'qr-code.png', mimeType);
			return { json, binary: { [propertyName]: qrCode } };
		}),
	);
}

export const getQrCode = defineOperation({
	resource: 'instance',
	name: 'Get QR Code',
	value: 'getQrCode',
	action: 'Get a QR code to connect',
	description: 'Starts connecting the instance: returns a QR code (also as a PNG image) or a pairing code',
	method: 'POST',
	path: '/instance/connect',
	fields,
	prepare: addPairingPhone,
	output: [withQrImage],
	meanings: {
		429: {
			message: 'The Uazapi server has reached its limit of connected instances',
			description: 'Disconnect an instance you no longer use (Instance → Logout), or raise the limit of your Uazapi plan or server.',
		},
	},
});
