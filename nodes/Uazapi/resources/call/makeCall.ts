import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { personNumberProperty } from '../../shared/descriptions';
import { toPhoneDigits } from '../../shared/numbers';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { asNumber, asNumberValue, invalidInput } from '../../shared/validation';

// A phone rings for about a minute anyway; longer is not a ring but a mistake.
const MAX_RING_SECONDS = 120;

const fields: INodeProperties[] = [
	{
		displayName: 'The phone rings, but no voice is carried: if the person answers, neither side hears anything.',
		name: 'callNotice',
		type: 'notice',
		default: '',
	},
	personNumberProperty,
	{
		displayName: 'Ring For (Seconds)',
		name: 'ringSeconds',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: MAX_RING_SECONDS },
		default: 0,
		description: `How long the call rings before it ends by itself, 1 to ${MAX_RING_SECONDS} seconds. 0: until it is answered, rejected or times out.`,
	},
];

async function buildCall(this: IExecuteSingleFunctions, request: RequestOptions) {
	const number = asNumber(this, this.getNodeParameter('phoneNumber', ''), 'Phone Number', toPhoneDigits);
	const body: IDataObject = { number };
	const raw = this.getNodeParameter('ringSeconds', 0);
	const seconds = asNumberValue(this, raw, 'Ring For (Seconds)');
	if (!Number.isInteger(seconds) || seconds < 0 || seconds > MAX_RING_SECONDS) {
		throw invalidInput(this, 'Ring For (Seconds)', `must be a whole number from 0 to ${MAX_RING_SECONDS}: ${String(raw)}`);
	}
	if (seconds > 0) body.call_duration = seconds;
	return { ...request, body };
}

export const makeCall = defineOperation({
	resource: 'call',
	name: 'Make',
	value: 'make',
	action: 'Make a voice call',
	description: 'Rings a WhatsApp number (no voice is carried)',
	method: 'POST',
	path: '/call/make',
	subject: 'chat',
	fields,
	prepare: buildCall,
	delivery: true,
});
