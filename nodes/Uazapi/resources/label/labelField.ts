import type {
	IDataObject,
	IExecuteSingleFunctions,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

import type { UazapiContext } from '../../shared/transport';
import { uazapiRequest } from '../../shared/transport';
import { invalidInput, textValue } from '../../shared/validation';

/** The label a label operation acts on (`label`), or another name for the same picker. */
export function labelProperty(name = 'label', description = 'The label: pick it from the list, or give its ID'): INodeProperties {
	return {
		displayName: 'Label',
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchLabels', searchable: true },
			},
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: '10', hint: 'The label ID (labelid in Get Many)' },
		],
	};
}

/** The labels of the account (GET /labels). */
export async function fetchLabels(context: UazapiContext): Promise<IDataObject[]> {
	const answer = await uazapiRequest(context, { method: 'GET', path: '/labels', concern: { subject: 'instance' } });
	return Array.isArray(answer) ? (answer as IDataObject[]) : [];
}

/** The ID /label/edit and /chat/labels take: WhatsApp's `labelid`, else Uazapi's `id`. */
export const labelIdOf = (label: IDataObject) => String(label.labelid || label.id || '');

function labelOptions(labels: IDataObject[], filter?: string): INodePropertyOptions[] {
	const wanted = filter?.trim().toLowerCase();
	return labels
		.filter((label) => labelIdOf(label))
		.map((label) => ({ name: String(label.name || labelIdOf(label)), value: labelIdOf(label) }))
		.filter((entry) => !wanted || `${entry.name} ${entry.value}`.toLowerCase().includes(wanted))
		.sort((a, b) => a.name.localeCompare(b.name));
}

export async function searchLabels(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return { results: labelOptions(await fetchLabels(this), filter) };
}

export async function getLabels(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return labelOptions(await fetchLabels(this));
}

/** The label ID of the item's `parameter`, refused when empty or not a plain ID. */
export function labelIdParameter(context: IExecuteSingleFunctions, parameter = 'label', field = 'Label'): string {
	const value = context.getNodeParameter(parameter, '', { extractValue: true }) as unknown;
	const raw = value && typeof value === 'object' ? (value as IDataObject).value : value;
	const id = textValue(context, raw, field);
	if (!id) throw invalidInput(context, field, 'is empty', 'Pick the label from the list, or enter its ID.');
	if (/\s/.test(id)) throw invalidInput(context, field, `is not a label ID: "${id}"`, 'Pick the label from the list, or enter its ID (e.g. 10).');
	return id;
}
