import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { requiredText } from '../../shared/validation';

const fields: INodeProperties[] = [
	{
		displayName: 'New Name',
		name: 'instanceName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'Sales team',
		description: 'The name the instance gets in Uazapi (not the WhatsApp profile name). It does not need to be unique.',
	},
];

async function buildRename(this: IExecuteSingleFunctions, request: RequestOptions) {
	return { ...request, body: { name: requiredText(this, 'instanceName', 'New Name') } };
}

export const renameInstance = defineOperation({
	resource: 'instance',
	name: 'Rename',
	value: 'renameInstance',
	action: 'Rename the instance',
	description: "Changes the instance's name in Uazapi",
	method: 'POST',
	path: '/instance/updateInstanceName',
	fields,
	prepare: buildRename,
});
