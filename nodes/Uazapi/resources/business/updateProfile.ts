import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import { UazapiError } from '../../shared/errors';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { invalidInput, textValue } from '../../shared/validation';

const FIELDS: Array<[key: string, name: string]> = [
	['description', 'Description'],
	['address', 'Address'],
	['email', 'Email'],
];

async function buildProfileUpdate(this: IExecuteSingleFunctions, request: RequestOptions) {
	const given = this.getNodeParameter('businessProfileFields', {}) as IDataObject;
	const body: IDataObject = {};
	for (const [key, name] of FIELDS) {
		if (given[key] === undefined) continue;
		const value = textValue(this, given[key], name);
		if (!value) throw invalidInput(this, name, 'is empty', 'Remove the field to leave it unchanged.');
		if (key === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) throw invalidInput(this, name, `is not an email address: "${value}"`);
		body[key] = value;
	}
	if (!Object.keys(body).length) {
		throw invalidInput(this, 'Update Fields', 'is empty', 'Add the description, address or email to change.');
	}
	return { ...request, body };
}

/** 207: some fields changed, some not (the item says which); nothing changed at all: the item fails. */
async function failWhenNothingChanged(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const answer = (items[0]?.json ?? {}) as IDataObject;
	if (Number(answer.updated ?? 1) === 0 && Number(answer.failed ?? 0) > 0) {
		const fields = (answer.response ?? {}) as Record<string, IDataObject>;
		throw new UazapiError(
			this.getNode(),
			{
				message: 'The business profile was not updated',
				description: Object.entries(fields)
					.map(([field, result]) => `${field}: ${String(result?.error ?? result?.status ?? '')}`)
					.join('\n'),
			},
			{ itemIndex: this.getItemIndex() },
		);
	}
	return items;
}

export const updateProfile = defineOperation({
	resource: 'business',
	name: 'Update Profile',
	value: 'updateProfile',
	action: 'Update the business profile',
	description: "Changes the description, address or email of this account's business profile; only the fields added change. Works only on a WhatsApp Business account.",
	method: 'POST',
	path: '/business/update/profile',
	fields: [
		{
			displayName: 'Update Fields',
			name: 'businessProfileFields',
			type: 'collection',
			placeholder: 'Add field',
			default: {},
			options: [
				{ displayName: 'Address', name: 'address', type: 'string', default: '', description: 'The new address of the business' },
				{
					displayName: 'Description',
					name: 'description',
					type: 'string',
					typeOptions: { rows: 3 },
					default: '',
					description: 'The new description of the business',
				},
				{
					displayName: 'Email',
					name: 'email',
					type: 'string',
					placeholder: 'name@email.com',
					default: '',
					description: 'The new contact email of the business',
				},
			],
		},
	],
	prepare: buildProfileUpdate,
	output: [failWhenNothingChanged],
});
