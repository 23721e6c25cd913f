import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { toPhoneDigits } from '../../shared/numbers';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { asNumber, invalidInput } from '../../shared/validation';

const fields: INodeProperties[] = [
	{
		displayName: 'Phone Number',
		name: 'phoneNumber',
		type: 'string',
		default: '',
		placeholder: '5511999999999',
		description:
			'Optional: the caller, with country code (the trigger\'s call event gives it). Empty: the incoming call is rejected.',
	},
	{
		displayName: 'Call ID',
		name: 'callId',
		type: 'string',
		default: '',
		placeholder: 'ABEiGmo8oqkAcAKrBYQAAAAA_1',
		description: 'Optional: the ID of the call to reject, from the trigger\'s call event',
	},
];

async function buildReject(this: IExecuteSingleFunctions, request: RequestOptions) {
	const body: IDataObject = {};
	const number = String(this.getNodeParameter('phoneNumber', '') ?? '').trim();
	if (number) body.number = asNumber(this, number, 'Phone Number', toPhoneDigits);
	const id = String(this.getNodeParameter('callId', '') ?? '').trim();
	if (id) {
		if (/\s/.test(id)) throw invalidInput(this, 'Call ID', `contains spaces: "${id}"`);
		body.id = id;
	}
	return { ...request, body };
}

export const rejectCall = defineOperation({
	resource: 'call',
	name: 'Reject',
	value: 'reject',
	action: 'Reject an incoming call',
	description: 'Declines a WhatsApp call ringing on this account',
	method: 'POST',
	path: '/call/reject',
	subject: 'chat',
	fields,
	prepare: buildReject,
});
