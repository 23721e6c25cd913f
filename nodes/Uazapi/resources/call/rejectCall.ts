import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { personNumberProperty } from '../../shared/descriptions';
import { toPhoneDigits } from '../../shared/numbers';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { asNumber, invalidInput, textParameter } from '../../shared/validation';

const fields: INodeProperties[] = [
	personNumberProperty,
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
	// Uazapi also takes an empty body (the call ringing now), but the one request path never sends an empty body.
	body.number = asNumber(this, this.getNodeParameter('phoneNumber', ''), 'Phone Number', toPhoneDigits);
	const id = textParameter(this, 'callId', 'Call ID');
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
	description: 'Declines a WhatsApp call ringing on this account (the trigger\'s call event gives the caller and the call ID)',
	method: 'POST',
	path: '/call/reject',
	subject: 'chat',
	fields,
	prepare: buildReject,
});
