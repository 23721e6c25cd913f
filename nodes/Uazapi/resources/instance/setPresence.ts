import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { invalidInput } from '../../shared/validation';

const fields: INodeProperties[] = [
	{
		displayName: 'Presence',
		name: 'presence',
		type: 'options',
		options: [
			{ name: 'Online', value: 'available', description: 'Contacts see the account as online' },
			{
				name: 'Offline',
				value: 'unavailable',
				description:
					'Contacts do not see the account online. When Uazapi is the only active device, delivery and read receipts may stop.',
			},
		],
		default: 'available',
		description: 'Whether the account appears online to its contacts',
	},
];

async function buildPresence(this: IExecuteSingleFunctions, request: RequestOptions) {
	const presence = String(this.getNodeParameter('presence', 'available'));
	if (presence !== 'available' && presence !== 'unavailable') {
		throw invalidInput(this, 'Presence', `is not "available" or "unavailable": "${presence}"`);
	}
	return { ...request, body: { presence } };
}

export const setPresence = defineOperation({
	resource: 'instance',
	name: 'Set Presence',
	value: 'setPresence',
	action: 'Set the presence',
	description: 'Shows the account as online or offline to all contacts',
	method: 'POST',
	path: '/instance/presence',
	fields,
	prepare: buildPresence,
});
