import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { numberValueParameter } from '../../shared/validation';

const fields: INodeProperties[] = [
	{
		displayName: 'Keep the Last (Hours)',
		name: 'keepHours',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 0 },
		default: 168,
		description: 'Sent campaign messages older than this are deleted from the history; 168 hours is 7 days',
	},
];

async function buildClearSent(this: IExecuteSingleFunctions, request: RequestOptions) {
	const hours = numberValueParameter(this, 'keepHours', 'Keep the Last (Hours)', { min: 0, integer: true, fallback: 168 });
	return { ...request, body: { hours } };
}

export const clearSentMessages = defineOperation({
	resource: 'campaign',
	name: 'Clear Sent Messages',
	value: 'clearSentMessages',
	action: 'Clear sent campaign messages',
	description: 'Destructive: deletes successfully sent campaign messages older than the hours you keep from the history (in the background)',
	method: 'POST',
	path: '/sender/cleardone',
	fields,
	prepare: buildClearSent,
});
