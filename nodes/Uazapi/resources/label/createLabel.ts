import type { IDataObject, IExecutePaginationFunctions, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { uazapiRequest } from '../../shared/transport';
import { invalidInput, requiredText, textValue } from '../../shared/validation';
import { labelColorIndex, labelColorProperty } from './labelColor';
import { fetchLabels, labelIdOf } from './labelField';

const fields: INodeProperties[] = [
	{ displayName: 'Name', name: 'labelName', type: 'string', default: '', required: true, description: 'The name of the new label' },
	{
		displayName: 'Options',
		name: 'labelOptions',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			labelColorProperty,
			{
				displayName: 'Label ID',
				name: 'labelId',
				type: 'string',
				default: '',
				placeholder: '12',
				description: 'The ID the new label gets; by default the next free number after the existing labels’ IDs',
			},
		],
	},
];

async function checkCreateItem(this: IExecuteSingleFunctions, request: RequestOptions) {
	const name = requiredText(this, 'labelName', 'Name');
	const options = this.getNodeParameter('labelOptions', {}) as IDataObject;
	const body: IDataObject = { name };
	if (options.labelId !== undefined) {
		const labelid = textValue(this, options.labelId, 'Label ID');
		if (!/^[0-9]+$/.test(labelid)) throw invalidInput(this, 'Label ID', `must be a number, not "${labelid}"`);
		body.labelid = labelid;
	}
	if (options.color !== undefined) {
		const color = labelColorIndex(options.color);
		if (color === undefined) throw invalidInput(this, 'Color', `must be a color index from 0 to 19, not "${String(options.color)}"`);
		body.color = color;
	}
	return { ...request, body };
}

/** WhatsApp creates a label when one is edited under an ID not yet used: the next number, unless the user gave one. */
async function createLabel(this: IExecutePaginationFunctions, request: RequestOptions) {
	const given = request.body as IDataObject;
	let labelid = given.labelid as string | undefined;
	if (!labelid) {
		const numbers = (await fetchLabels(this)).map((label) => Number(labelIdOf(label))).filter(Number.isInteger);
		labelid = String(Math.max(0, ...numbers) + 1);
	}
	const body = { labelid, ...given };
	const answer = (await uazapiRequest(this, { method: 'POST', path: '/label/edit', body, concern: { subject: 'instance' } }, request)) as IDataObject;
	return [{ json: { ...answer, ...body } }];
}

export const createLabelOperation = defineOperation({
	resource: 'label',
	name: 'Create',
	value: 'create',
	action: 'Create a label',
	description: 'Creates a WhatsApp Business label; outputs its ID',
	method: 'POST',
	path: '/label/edit',
	endpoints: ['GET /labels', 'POST /label/edit'],
	fields,
	prepare: checkCreateItem,
	run: createLabel,
});
