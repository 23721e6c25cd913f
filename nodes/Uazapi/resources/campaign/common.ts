import type {
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	ILoadOptionsFunctions,
	INodeExecutionData,
	INodeListSearchResult,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { NumberFormatError, toUazapiNumber } from '../../shared/numbers';
import type { RequestOptions } from '../../shared/operation';
import { uazapiRequest } from '../../shared/transport';
import { invalidInput, numberValueParameter, textParameter } from '../../shared/validation';

/** How a campaign gets its recipients. */
export const recipientSourceProperty = (itemsDescription: string): INodeProperties => ({
	displayName: 'Recipients',
	name: 'recipientSource',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'From a List', value: 'list', description: 'Type the recipients here (one campaign per input item)' },
		{ name: 'One per Input Item', value: 'items', description: itemsDescription },
	],
	default: 'list',
	description: 'Where the recipients come from',
});

/** Delays between messages and the start of a campaign, as Uazapi takes them. */
export const pacingProperties: INodeProperties[] = [
	{
		displayName: 'Minimum Delay (Seconds)',
		name: 'delayMin',
		type: 'number',
		typeOptions: { minValue: 1, numberPrecision: 0 },
		default: 10,
		description:
			'Shortest wait between two messages of the campaign. Each wait is picked at random between the minimum and the maximum, so the sends look less like a robot to WhatsApp.',
	},
	{
		displayName: 'Maximum Delay (Seconds)',
		name: 'delayMax',
		type: 'number',
		typeOptions: { minValue: 1, numberPrecision: 0 },
		default: 30,
		description: 'Longest wait between two messages of the campaign (at least the minimum)',
	},
	{
		displayName: 'Start',
		name: 'startMode',
		type: 'options',
		options: [
			{ name: 'In Some Minutes', value: 'minutes', description: 'Uazapi starts the campaign this many minutes from now' },
			{ name: 'At a Date and Time', value: 'dateTime', description: 'Uazapi starts the campaign at this moment' },
		],
		default: 'minutes',
		description: 'When Uazapi starts sending; the campaign runs on the Uazapi server, the workflow does not wait for it',
	},
	{
		displayName: 'Start In (Minutes)',
		name: 'startInMinutes',
		type: 'number',
		typeOptions: { minValue: 1, numberPrecision: 0 },
		default: 1,
		description: 'Minutes from now until the first message',
		displayOptions: { show: { startMode: ['minutes'] } },
	},
	{
		displayName: 'Start At',
		name: 'startAt',
		type: 'dateTime',
		default: '',
		description: 'The moment of the first message (in the future)',
		displayOptions: { show: { startMode: ['dateTime'] } },
	},
];

function wholeNumber(context: IExecuteSingleFunctions, parameter: string, field: string, min: number): number {
	return numberValueParameter(context, parameter, field, { min, integer: true, fallback: min });
}

/** `delayMin`, `delayMax` and `scheduled_for` (minutes from now, or a Unix time in milliseconds). */
export function pacingOf(context: IExecuteSingleFunctions): IDataObject {
	const delayMin = wholeNumber(context, 'delayMin', 'Minimum Delay (Seconds)', 1);
	const delayMax = wholeNumber(context, 'delayMax', 'Maximum Delay (Seconds)', 1);
	if (delayMax < delayMin) {
		throw invalidInput(context, 'Maximum Delay (Seconds)', `(${delayMax}) is less than the minimum (${delayMin})`);
	}
	let scheduledFor: number;
	if (context.getNodeParameter('startMode', 'minutes') === 'dateTime') {
		const text = textParameter(context, 'startAt', 'Start At');
		if (!text) throw invalidInput(context, 'Start At', 'is empty');
		scheduledFor = Date.parse(text);
		if (Number.isNaN(scheduledFor)) throw invalidInput(context, 'Start At', `is not a date and time: "${text}"`);
		if (scheduledFor <= Date.now()) {
			throw invalidInput(context, 'Start At', `is in the past: "${text}"`, 'Pick a moment in the future, or start in some minutes.');
		}
	} else {
		scheduledFor = wholeNumber(context, 'startInMinutes', 'Start In (Minutes)', 1);
	}
	return { delayMin, delayMax, scheduled_for: scheduledFor };
}

/** How many items the node received (all of them make one campaign in the "One per Input Item" mode). */
export function inputItemCount(context: IExecuteSingleFunctions): number {
	return context.getExecuteData()?.data?.main?.[0]?.length ?? 1;
}

/**
 * A parameter's value for another input item. Declarative operations run per item, so the
 * context only reads its own item; an expression is evaluated for the item asked for.
 */
export function parameterOfItem(context: IExecuteSingleFunctions, name: string, itemIndex: number, fallback: unknown): unknown {
	if (itemIndex === context.getItemIndex()) return context.getNodeParameter(name, fallback);
	const raw = context.getNode().parameters[name];
	if (raw === undefined) return fallback;
	if (typeof raw === 'string' && raw.startsWith('=')) return context.evaluateExpression(raw.slice(1), itemIndex);
	return raw;
}

/** Bad input of another item than the current one, naming that item. */
export function invalidInputOfItem(context: IExecuteSingleFunctions, field: string, problem: string, itemIndex: number, hint?: string) {
	return new NodeOperationError(context.getNode(), `${field} ${problem} (item ${itemIndex})`, { itemIndex, description: hint });
}

/** A recipient number of `itemIndex` → the form Uazapi takes, or bad input naming the item. */
export function recipientOf(context: IExecuteSingleFunctions, value: unknown, field: string, itemIndex: number): string {
	try {
		return toUazapiNumber(value);
	} catch (error) {
		throw invalidInputOfItem(context, field, (error as NumberFormatError).message, itemIndex);
	}
}

/** The campaign picker: Uazapi's campaigns ("folders"), newest first. */
export const campaignIdProperty: INodeProperties = {
	displayName: 'Campaign',
	name: 'campaignId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The campaign: pick it from the list, or give its ID (the folder_id a Create operation output)',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchCampaigns', searchable: true },
		},
		{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'r1a2b3c4d5e6f7' },
	],
};

export function campaignIdParameter(context: IExecuteSingleFunctions): string {
	const id = textParameter(context, 'campaignId', 'Campaign', { extractValue: true });
	if (!id) throw invalidInput(context, 'Campaign', 'is empty', 'Pick the campaign from the list, or enter its ID.');
	return id;
}

export async function searchCampaigns(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const answer = await uazapiRequest(this, { method: 'GET', path: '/sender/listfolders', concern: { subject: 'instance' } });
	const folders = Array.isArray(answer) ? (answer as IDataObject[]) : [];
	const wanted = filter?.trim().toLowerCase();
	const results = folders
		.map((folder) => ({
			name: `${String(folder.info || folder.id)} (${String(folder.status ?? 'unknown')})`,
			value: String(folder.id),
		}))
		.filter((entry) => !wanted || `${entry.name} ${entry.value}`.toLowerCase().includes(wanted));
	return { results };
}

/** With "One per Input Item", the first item sends the campaign of every item; the others have nothing to send. */
export function sentByFirstItem(context: IExecuteSingleFunctions): boolean {
	return context.getNodeParameter('recipientSource', 'list') === 'items' && context.getItemIndex() > 0;
}

/** Sends the campaign the item prepared (its path and body), or nothing for an item the first one sent for. */
export async function sendCampaign(this: IExecutePaginationFunctions, request: RequestOptions): Promise<INodeExecutionData[]> {
	if (request.body === undefined) return [];
	const answer = await uazapiRequest(
		this,
		{ method: 'POST', path: String(request.url), body: request.body, concern: { subject: 'instance' } },
		request,
	);
	return [{ json: (answer ?? {}) as IDataObject }];
}
