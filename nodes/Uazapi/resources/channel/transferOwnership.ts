import type { IDataObject } from 'n8n-workflow';

import { channelOperation, phoneParameter } from './channelField';
import { personNumberProperty } from '../../shared/descriptions';
import { asBooleanValue } from '../../shared/validation';

export const transferOwnership = channelOperation({
	name: 'Transfer Ownership',
	value: 'transferOwnership',
	action: 'Transfer ownership of a channel',
	description:
		'Makes another person the owner of the channel. This account loses the owner rights (delete, admins, ownership) and cannot take them back itself. The new owner should already be an admin of the channel. Only the channel owner can do this.',
	path: '/newsletter/owner/transfer',
	extra: [
		personNumberProperty,
		{
			displayName: 'Options',
			name: 'transferOptions',
			type: 'collection',
			placeholder: 'Add option',
			default: {},
			options: [
				{
					displayName: 'Leave Admins',
					name: 'quitAdmin',
					type: 'boolean',
					default: false,
					description: 'Whether this account also stops being an admin of the channel after the transfer',
				},
			],
		},
	],
	body() {
		const options = this.getNodeParameter('transferOptions', {}) as IDataObject;
		const body: IDataObject = { phone: phoneParameter(this) };
		if (options.quitAdmin !== undefined) body.quitAdmin = asBooleanValue(this, options.quitAdmin, 'Leave Admins');
		return body;
	},
});
