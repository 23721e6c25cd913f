import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { invalidInput, textValue } from '../../shared/validation';
import { labelColorIndex, labelColorProperty } from './labelColor';
import { labelIdParameter, labelProperty } from './labelField';

const fields: INodeProperties[] = [
	labelProperty(),
	{
		displayName: 'Update Fields',
		name: 'labelFields',
		type: 'collection',
		placeholder: 'Add field',
		default: {},
		options: [
			labelColorProperty,
			{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'The new name of the label' },
		],
	},
];

async function buildUpdateRequest(this: IExecuteSingleFunctions, request: RequestOptions) {
	const labelid = labelIdParameter(this);
	const given = this.getNodeParameter('labelFields', {}) as IDataObject;
	const body: IDataObject = { labelid };
	if (given.name !== undefined) {
		const name = textValue(this, given.name, 'Name');
		if (!name) throw invalidInput(this, 'Name', 'is empty');
		body.name = name;
	}
	if (given.color !== undefined) {
		const color = labelColorIndex(given.color);
		if (color === undefined) throw invalidInput(this, 'Color', `must be a color index from 0 to 19, not "${String(given.color)}"`);
		body.color = color;
	}
	if (Object.keys(body).length === 1) throw invalidInput(this, 'Update Fields', 'is empty', 'Add the new name or color.');
	return { ...request, body };
}

export const updateLabel = defineOperation({
	resource: 'label',
	name: 'Update',
	value: 'update',
	action: 'Update a label',
	description: 'Renames a label or changes its color',
	method: 'POST',
	path: '/label/edit',
	fields,
	prepare: buildUpdateRequest,
});
