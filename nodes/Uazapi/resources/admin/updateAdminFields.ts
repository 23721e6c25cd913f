import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { invalidInput } from '../../shared/validation';
import { adminFieldsOf } from './adminFields';

const fields: INodeProperties[] = [
	{
		displayName: 'Instance',
		name: 'instanceId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: 'The instance whose admin fields change',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchInstances', searchable: true },
			},
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'r183e2ef9597845' },
		],
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add field',
		default: {},
		options: [
			{
				displayName: 'Admin Field 01',
				name: 'adminField01',
				type: 'string',
				default: '',
				description: 'New value of admin field 01 (empty clears it)',
			},
			{
				displayName: 'Admin Field 02',
				name: 'adminField02',
				type: 'string',
				default: '',
				description: 'New value of admin field 02 (empty clears it)',
			},
		],
	},
];

async function prepare(this: IExecuteSingleFunctions, request: RequestOptions) {
	const id = String(this.getNodeParameter('instanceId', '', { extractValue: true }) ?? '').trim();
	if (!id) throw invalidInput(this, 'Instance', 'is empty', 'Pick an instance from the list, or enter its ID.');
	if (/\s/.test(id)) throw invalidInput(this, 'Instance', `is not an instance ID: "${id}"`, 'Instance IDs have no spaces (e.g. r183e2ef9597845).');
	const changes = adminFieldsOf(this, this.getNodeParameter('updateFields', {}) as IDataObject);
	if (!Object.keys(changes).length) {
		throw invalidInput(this, 'Update Fields', 'is empty', 'Add Admin Field 01 or Admin Field 02.');
	}
	return { ...request, body: { id, ...changes } };
}

export const updateAdminFields = defineOperation({
	resource: 'admin',
	name: 'Update Admin Fields',
	value: 'updateAdminFields',
	action: 'Update the admin fields of an instance',
	description: "Sets an instance's admin fields (metadata its owner can read but not change)",
	method: 'POST',
	path: '/instance/updateAdminFields',
	fields,
	prepare,
});
