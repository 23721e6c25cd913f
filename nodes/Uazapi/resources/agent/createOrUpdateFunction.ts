import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { invalidInput, requiredText } from '../../shared/validation';
import { entryId, functionLocator } from './lists';

const PARAMETER_TYPES = ['string', 'number', 'integer', 'boolean', 'array', 'object'];
const PARAMETER_KEYS = new Set(['name', 'type', 'description', 'required', 'enum', 'minimum', 'maximum']);

const fields: INodeProperties[] = [
	functionLocator('The function to update. Empty: a new function is created.'),
	{
		displayName: 'Name',
		name: 'functionName',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'createProduct',
		description: 'Name the AI agents call the function by: letters, digits, _ and - only',
	},
	{
		displayName: 'Description',
		name: 'functionDescription',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		required: true,
		description: 'What the function does and when to use it; the AI agents read it',
	},
	{
		displayName: 'Method',
		name: 'httpMethod',
		type: 'options',
		options: [
			{ name: 'DELETE', value: 'DELETE' },
			{ name: 'GET', value: 'GET' },
			{ name: 'PATCH', value: 'PATCH' },
			{ name: 'POST', value: 'POST' },
			{ name: 'PUT', value: 'PUT' },
		],
		default: 'GET',
		description: 'HTTP method of the call',
	},
	{
		displayName: 'Endpoint',
		name: 'endpoint',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'https://api.example.com/orders/{{orderId}}',
		description: 'Full URL of the API; {{name}} placeholders are filled with the parameters',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add field',
		default: {},
		options: [
			{ displayName: 'Active', name: 'active', type: 'boolean', default: true, description: 'Whether the AI agents may call the function (Uazapi: inactive unless set)' },
			{
				displayName: 'Body (JSON)',
				name: 'body',
				type: 'json',
				default: '{}',
				description: 'JSON object sent as the body (POST, PUT, PATCH); {{name}} placeholders are filled with the parameters',
			},
			{
				displayName: 'Headers',
				name: 'headers',
				type: 'fixedCollection',
				typeOptions: { multipleValues: true },
				default: {},
				placeholder: 'Add header',
				description: 'Headers of the call. Their values are treated as secrets: masked in outputs and errors.',
				options: [
					{
						displayName: 'Header',
						name: 'header',
						values: [
							{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Header name, e.g. Authorization' },
							{
								displayName: 'Value',
								name: 'value',
								type: 'string',
								typeOptions: { password: true },
								default: '',
								description: 'Header value; may hold {{name}} placeholders',
							},
						],
					},
				],
			},
			{
				displayName: 'Parameters (JSON)',
				name: 'parameters',
				type: 'json',
				default: '[]',
				description:
					'JSON array of the parameters the AI agent fills in: {"name", "type" (string, number, integer, boolean, array, object), "description", "required"?, "enum"? (comma-separated), "minimum"?, "maximum"?}',
			},
		],
	},
];

function jsonOf(context: IExecuteSingleFunctions, value: unknown, field: string): unknown {
	if (typeof value !== 'string') return value;
	try {
		return JSON.parse(value);
	} catch {
		throw invalidInput(context, field, 'is not valid JSON');
	}
}

function parametersOf(context: IExecuteSingleFunctions, value: unknown): IDataObject[] {
	const field = 'Parameters (JSON)';
	const list = jsonOf(context, value, field);
	if (!Array.isArray(list)) throw invalidInput(context, field, 'must be a JSON array', 'E.g. [{"name": "orderId", "type": "string", "description": "The order"}]');
	return list.map((entry, index) => {
		const where = `entry ${index + 1}`;
		if (!entry || typeof entry !== 'object' || Array.isArray(entry)) throw invalidInput(context, field, `${where} is not an object`);
		const parameter = entry as IDataObject;
		for (const key of Object.keys(parameter)) {
			if (!PARAMETER_KEYS.has(key)) throw invalidInput(context, field, `${where} has an unknown key "${key}"`, `Keys: ${[...PARAMETER_KEYS].join(', ')}.`);
		}
		for (const key of ['name', 'description']) {
			if (typeof parameter[key] !== 'string' || !String(parameter[key]).trim()) throw invalidInput(context, field, `${where} needs a "${key}" text`);
		}
		if (!PARAMETER_TYPES.includes(parameter.type as string)) {
			throw invalidInput(context, field, `${where} has type ${JSON.stringify(parameter.type)}`, `Types: ${PARAMETER_TYPES.join(', ')}.`);
		}
		if (parameter.required !== undefined && typeof parameter.required !== 'boolean') throw invalidInput(context, field, `${where}: "required" must be true or false`);
		if (parameter.enum !== undefined && typeof parameter.enum !== 'string') throw invalidInput(context, field, `${where}: "enum" must be comma-separated text`);
		for (const key of ['minimum', 'maximum']) {
			if (parameter[key] !== undefined && typeof parameter[key] !== 'number') throw invalidInput(context, field, `${where}: "${key}" must be a number`);
		}
		return parameter;
	});
}

function headerValues(context: IExecuteSingleFunctions): string[] {
	const extra = context.getNodeParameter('additionalFields', {}) as IDataObject;
	const headers = ((extra.headers as IDataObject | undefined)?.header as IDataObject[] | undefined) ?? [];
	return headers.map((header) => String(header.value ?? ''));
}

async function prepare(this: IExecuteSingleFunctions, request: RequestOptions) {
	const id = entryId(this, 'functionId', 'Function', false);
	const name = requiredText(this, 'functionName', 'Name');
	if (!/^[A-Za-z0-9_-]+$/.test(name)) throw invalidInput(this, 'Name', `may hold only letters, digits, _ and - (got "${name}")`, 'E.g. createProduct.');
	const endpoint = requiredText(this, 'endpoint', 'Endpoint');
	if (!/^https?:\/\/\S+$/i.test(endpoint)) throw invalidInput(this, 'Endpoint', `is not an http(s) URL: "${endpoint}"`);
	const fn: IDataObject = {
		name,
		description: requiredText(this, 'functionDescription', 'Description'),
		method: this.getNodeParameter('httpMethod', 'GET') as string,
		endpoint,
	};
	const extra = this.getNodeParameter('additionalFields', {}) as IDataObject;
	if (extra.active !== undefined) fn.active = extra.active;
	const headers = ((extra.headers as IDataObject | undefined)?.header as IDataObject[] | undefined) ?? [];
	if (headers.length) {
		const object: IDataObject = {};
		headers.forEach((header, index) => {
			const headerName = String(header.name ?? '').trim();
			if (!headerName) throw invalidInput(this, 'Headers', `entry ${index + 1} has no name`);
			object[headerName] = String(header.value ?? '');
		});
		fn.headers = object;
	}
	if (extra.body !== undefined) {
		const body = jsonOf(this, extra.body, 'Body (JSON)');
		if (!body || typeof body !== 'object' || Array.isArray(body)) throw invalidInput(this, 'Body (JSON)', 'must be a JSON object');
		fn.body = body as IDataObject;
	}
	if (extra.parameters !== undefined) fn.parameters = parametersOf(this, extra.parameters);
	// The contract requires `id` and `delete` on every call: an empty ID creates a function.
	return { ...request, body: { id, delete: false, function: fn } };
}

export const createOrUpdateFunction = defineOperation({
	resource: 'agent',
	name: 'Create or Update Function',
	value: 'createOrUpdateFunction',
	action: 'Create or update an API function',
	description:
		'Creates an API function (an HTTP call the AI agents can make), or updates one when a function is chosen. Outputs the function; header values are masked.',
	method: 'POST',
	path: '/function/edit',
	meanings: { 404: { message: 'Function not found', description: 'No API function of this instance has this ID. Pick one from the list.' } },
	fields,
	prepare,
	secrets() {
		return headerValues(this);
	},
});
