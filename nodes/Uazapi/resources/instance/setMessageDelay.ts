import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { invalidInput, numberValueParameter } from '../../shared/validation';

const fields: INodeProperties[] = [
	{
		displayName: 'Minimum Delay (Seconds)',
		name: 'msgDelayMin',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 0 },
		default: 0,
		description:
			"Shortest wait between two messages of Uazapi's send queue (messages sent with the Async send option). 0: no wait. Campaigns have their own delays.",
	},
	{
		displayName: 'Maximum Delay (Seconds)',
		name: 'msgDelayMax',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 0 },
		default: 2,
		description: 'Longest wait between two queued messages; each wait is picked at random between the minimum and this',
	},
];

function seconds(context: IExecuteSingleFunctions, parameter: string, field: string): number {
	return numberValueParameter(context, parameter, field, { min: 0, integer: true, fallback: 0 });
}

async function buildDelays(this: IExecuteSingleFunctions, request: RequestOptions) {
	const min = seconds(this, 'msgDelayMin', 'Minimum Delay (Seconds)');
	const max = seconds(this, 'msgDelayMax', 'Maximum Delay (Seconds)');
	if (max < min) {
		throw invalidInput(this, 'Maximum Delay (Seconds)', `(${max}) is less than the minimum (${min})`);
	}
	return { ...request, body: { msg_delay_min: min, msg_delay_max: max } };
}

export const setMessageDelay = defineOperation({
	resource: 'instance',
	name: 'Set Message Queue Delay',
	value: 'setMessageDelay',
	action: 'Set the message queue delay',
	description: "The random wait between messages of Uazapi's send queue (Async sends), not campaigns",
	method: 'POST',
	path: '/instance/updateDelaySettings',
	fields,
	prepare: buildDelays,
});
