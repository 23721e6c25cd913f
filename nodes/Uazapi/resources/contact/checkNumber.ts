import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { phoneNumberProperty } from '../../shared/descriptions';
import { splitList } from '../../shared/numbers';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { asNumber, invalidInput } from '../../shared/validation';

const fields: INodeProperties[] = [
	{
		...phoneNumberProperty(),
		displayName: 'Phone Numbers',
		placeholder: '5511999999999, 5511888888888',
		description: 'The number(s) to check, with country code. Several numbers: separate them with commas, or give an array from an expression.',
	},
];

async function buildCheck(this: IExecuteSingleFunctions, request: RequestOptions) {
	const entries = splitList(this.getNodeParameter('phoneNumber', ''));
	if (!entries.length) throw invalidInput(this, 'Phone Numbers', 'is empty');
	const numbers = entries.map((entry) => asNumber(this, entry, 'Phone Numbers'));
	return { ...request, body: { numbers } };
}

/** The answer is an array: one item per number checked, always with the same keys. */
async function onePerNumber(this: IExecuteSingleFunctions, items: INodeExecutionData[]) {
	return items.flatMap((item) => {
		const entries = Array.isArray(item.json) ? (item.json as IDataObject[]) : [];
		return entries.map((entry) => ({
			json: {
				...entry,
				query: entry.query ?? '',
				isInWhatsapp: entry.isInWhatsapp === true,
				jid: entry.jid ?? '',
				lid: entry.lid ?? '',
				verifiedName: entry.verifiedName ?? '',
			} as IDataObject,
		}));
	});
}

export const checkNumber = defineOperation({
	resource: 'contact',
	name: 'Check Number',
	value: 'checkNumber',
	action: 'Check if numbers are on WhatsApp',
	description: 'Checks whether phone numbers have WhatsApp. Outputs one item per number.',
	method: 'POST',
	path: '/chat/check',
	subject: 'chat',
	fields,
	prepare: buildCheck,
	output: [onePerNumber],
});
