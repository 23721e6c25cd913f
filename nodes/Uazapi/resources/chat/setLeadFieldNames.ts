import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { invalidInput, textValue } from '../../shared/validation';
import { LEAD_FIELD_KEYS, leadFieldOptions } from './leadFields';

const MAX_NAME = 255;

const fields: INodeProperties[] = [
	{
		displayName: 'Field Names',
		name: 'leadFieldNames',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add field name',
		default: {},
		required: true,
		description: 'Names for the custom lead fields of this instance (also usable as {{placeholders}} in messages)',
		options: [
			{
				displayName: 'Field',
				name: 'field',
				values: [
					{ displayName: 'Field', name: 'key', type: 'options', options: leadFieldOptions, default: 'lead_field01', description: 'Which custom field' },
					{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'city', description: 'Its name, up to 255 characters' },
				],
			},
		],
	},
];

async function buildFieldsMapRequest(this: IExecuteSingleFunctions, request: RequestOptions) {
	const entries = ((this.getNodeParameter('leadFieldNames', {}) as IDataObject).field ?? []) as IDataObject[];
	if (!entries.length) throw invalidInput(this, 'Field Names', 'is empty', 'Add at least one custom field and its name.');
	const body: IDataObject = {};
	for (const entry of entries) {
		const key = String(entry.key ?? '');
		const name = textValue(this, entry.name, 'Field Names');
		if (!LEAD_FIELD_KEYS.includes(key)) throw invalidInput(this, 'Field Names', `has an unknown field "${key}"`);
		if (key in body) throw invalidInput(this, 'Field Names', `has ${key} twice`);
		if (name.length > MAX_NAME) throw invalidInput(this, 'Field Names', `has a name longer than ${MAX_NAME} characters (${key})`);
		body[key] = name;
	}
	return { ...request, body };
}

export const setLeadFieldNames = defineOperation({
	resource: 'chat',
	name: 'Set Lead Field Names',
	value: 'setLeadFieldNames',
	action: 'Set the names of the custom lead fields',
	description: 'Names the custom lead fields (1–20) of this instance; outputs the instance',
	method: 'POST',
	path: '/instance/updateFieldsMap',
	subject: 'instance',
	fields,
	prepare: buildFieldsMapRequest,
});
