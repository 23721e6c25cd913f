#!/usr/bin/env node
// Writes test/fixtures/uazapi-contract.json from the vendor OpenAPI document: for every operation, the
// request schema (query parameters and JSON body) and the documented response status codes and examples.
// Descriptions are dropped; everything the double validates against is kept verbatim.
// Usage: node scripts/trim-contract.js [path/to/openapi.json]
'use strict';
const fs = require('fs');
const path = require('path');

const source = process.argv[2] || path.join(__dirname, '..', '..', 'shared', 'uazapi', 'openapi.json');
const target = path.join(__dirname, '..', 'test', 'fixtures', 'uazapi-contract.json');
const DROPPED_KEYS = new Set(['description', 'example', 'examples', 'summary', 'title']);

function stripDocs(schema) {
	if (Array.isArray(schema)) return schema.map(stripDocs);
	if (!schema || typeof schema !== 'object') return schema;
	const out = {};
	for (const [key, value] of Object.entries(schema)) {
		if (DROPPED_KEYS.has(key)) continue;
		out[key] = key === 'properties' ? mapValues(value, stripDocs) : stripDocs(value);
	}
	// A oneOf/anyOf whose branches only documented alternatives (e.g. /profile/image `image`) says
	// nothing once the docs are gone, and empty branches would make every value match twice.
	for (const key of ['oneOf', 'anyOf']) {
		if (Array.isArray(out[key]) && out[key].every((branch) => Object.keys(branch).length === 0)) delete out[key];
	}
	return out;
}

// A few bodies point into the vendor's schema files (`../schemas/chatbot_trigger.yaml#/ChatbotTrigger`):
// those schemas are the document's components, inlined here so the double can validate against them.
function inlineRefs(schema, components) {
	if (Array.isArray(schema)) return schema.map((s) => inlineRefs(s, components));
	if (!schema || typeof schema !== 'object') return schema;
	const ref = typeof schema.$ref === 'string' && schema.$ref.match(/^\.\.\/schemas\/[^#]+#\/(\w+)$/);
	if (ref && components[ref[1]]) return inlineRefs(components[ref[1]], components);
	return mapValues(schema, (value) => inlineRefs(value, components));
}

function mapValues(object, fn) {
	return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, fn(v)]));
}

function responseExample(response) {
	const media = response.content && response.content['application/json'];
	if (!media) return undefined;
	if (media.example !== undefined) return media.example;
	if (media.schema && media.schema.example !== undefined) return media.schema.example;
	const examples = media.examples && Object.values(media.examples);
	return examples && examples.length ? examples[0].value : undefined;
}

const spec = JSON.parse(fs.readFileSync(source, 'utf8'));
const components = (spec.components && spec.components.schemas) || {};
const operations = {};
for (const [route, item] of Object.entries(spec.paths)) {
	for (const [method, op] of Object.entries(item)) {
		if (!['get', 'post', 'put', 'delete', 'patch'].includes(method)) continue;
		const body = op.requestBody && op.requestBody.content && op.requestBody.content['application/json'];
		const security = (op.security || spec.security || []).flatMap((s) => Object.keys(s));
		operations[`${method.toUpperCase()} ${route}`] = {
			security,
			query: (op.parameters || [])
				.filter((p) => p.in === 'query')
				.map((p) => ({ name: p.name, required: !!p.required, schema: stripDocs(p.schema || {}) })),
			body: body ? { required: !!op.requestBody.required, schema: stripDocs(inlineRefs(body.schema || {}, components)) } : null,
			responses: mapValues(op.responses || {}, (r) => ({ example: responseExample(r) })),
		};
	}
}

const contract = {
	source: `${spec.info.title} ${spec.info.version} (trimmed by scripts/trim-contract.js)`,
	operations,
};
fs.writeFileSync(target, JSON.stringify(contract, null, '\t') + '\n');
console.log(`wrote ${Object.keys(operations).length} operations to ${path.relative(process.cwd(), target)}`);
