import Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv';

import contract from '../fixtures/uazapi-contract.json';

interface ContractOperation {
	security: string[];
	query: Array<{ name: string; required: boolean; schema: object }>;
	body: { required: boolean; schema: object } | null;
	responses: Record<string, { example?: unknown }>;
}

const operations = contract.operations as unknown as Record<string, ContractOperation>;
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });

/** "No field the schema does not list": every object schema that lists properties becomes closed. */
function closed(schema: unknown): unknown {
	if (Array.isArray(schema)) return schema.map(closed);
	if (!schema || typeof schema !== 'object') return schema;
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(schema)) {
		out[key] = key === 'properties' ? Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, closed(v)])) : closed(value);
	}
	if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
	return out;
}

const validators = new Map<string, { body?: ValidateFunction; query?: ValidateFunction }>();

function validatorsFor(key: string, operation: ContractOperation) {
	let entry = validators.get(key);
	if (!entry) {
		entry = {};
		if (operation.body) entry.body = ajv.compile(closed(operation.body.schema) as object);
		const properties = Object.fromEntries(operation.query.map((q) => [q.name, closed(q.schema)]));
		const required = operation.query.filter((q) => q.required).map((q) => q.name);
		entry.query = ajv.compile({ type: 'object', properties, required, additionalProperties: false });
		validators.set(key, entry);
	}
	return entry;
}

export function findOperation(method: string, path: string): ContractOperation | undefined {
	return operations[`${method.toUpperCase()} ${path}`];
}

/** The contract problems of a request, as readable lines (empty when it validates). */
export function contractProblems(
	method: string,
	path: string,
	query: Record<string, unknown>,
	body: unknown,
): string[] {
	const key = `${method.toUpperCase()} ${path}`;
	const operation = operations[key];
	if (!operation) return [`${key} is not an operation of the Uazapi contract`];
	const { body: bodyValidator, query: queryValidator } = validatorsFor(key, operation);
	const problems: string[] = [];
	const describe = (where: string, validate: ValidateFunction) =>
		(validate.errors ?? []).map((e) => `${key} ${where}${e.instancePath} ${e.message}${e.params && 'additionalProperty' in e.params ? `: ${String(e.params.additionalProperty)}` : ''}`);
	// Query values arrive as strings; the schemas type them, so compare loosely by coercing known types.
	const typedQuery = Object.fromEntries(
		Object.entries(query).map(([k, v]) => [k, v === 'true' ? true : v === 'false' ? false : /^\d+$/.test(String(v)) ? Number(v) : v]),
	);
	if (!queryValidator!(typedQuery)) problems.push(...describe('query', queryValidator!));
	if (body === undefined) {
		if (operation.body?.required) problems.push(`${key} body is required`);
	} else if (!operation.body) {
		problems.push(`${key} takes no body, got ${JSON.stringify(body).slice(0, 200)}`);
	} else if (!bodyValidator!(body)) {
		problems.push(...describe('body', bodyValidator!));
	}
	return problems;
}
