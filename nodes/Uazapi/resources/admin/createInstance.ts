import type { IDataObject, IExecutePaginationFunctions, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { uazapiRequest } from '../../shared/transport';
import { requiredText, textValue } from '../../shared/validation';
import { adminFieldsOf } from './adminFields';

const fields: INodeProperties[] = [
	{
		displayName: 'Instance Name',
		name: 'instanceName',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'my-instance',
		description: 'Name of the new WhatsApp instance',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add field',
		default: {},
		options: [
			{
				displayName: 'Admin Field 01',
				name: 'adminField01',
				type: 'string',
				default: '',
				description: 'Your own metadata for the instance; its owner sees it, only the admin can change it',
			},
			{
				displayName: 'Admin Field 02',
				name: 'adminField02',
				type: 'string',
				default: '',
				description: 'Your own metadata for the instance; its owner sees it, only the admin can change it',
			},
			{
				displayName: 'System Name',
				name: 'systemName',
				type: 'string',
				default: '',
				description: 'System name shown for the instance (Uazapi uses "uazapiGO" when not set)',
			},
		],
	},
];

async function prepare(this: IExecuteSingleFunctions, request: RequestOptions) {
	const body: IDataObject = { name: requiredText(this, 'instanceName', 'Instance Name') };
	const extra = this.getNodeParameter('additionalFields', {}) as IDataObject;
	const systemName = textValue(this, extra.systemName, 'System Name');
	if (systemName) body.systemName = systemName;
	Object.assign(body, adminFieldsOf(this, extra));
	return { ...request, body };
}

// The new instance's token is the point of creating it: Uazapi hands it out once, and every other
// operation of that instance needs it. It is returned as `instanceToken` (secret keys such as `token`
// are dropped from every answer); keep it in a credential, not in logs.
async function create(this: IExecutePaginationFunctions, request: RequestOptions) {
	const answer = await uazapiRequest(
		this,
		{ method: 'POST', path: '/instance/create', body: request.body, concern: { subject: 'instance' }, reveal: { key: 'token', as: 'instanceToken' } },
		request,
	);
	return [{ json: answer as IDataObject }];
}

export const createInstance = defineOperation({
	resource: 'admin',
	name: 'Create Instance',
	value: 'createInstance',
	action: 'Create an instance',
	description:
		'Creates a WhatsApp instance on the server (disconnected). Outputs its token as "instanceToken": store it in a Uazapi API credential to use the instance.',
	method: 'POST',
	path: '/instance/create',
	fields,
	prepare,
	run: create,
});
