#!/usr/bin/env node
// Generates the list of operations from the node's own description, so that it cannot drift, in two places:
// - docs/OPERATIONS.md (the whole file): one row per Resource × Operation option, with the option's name and
//   description and the Uazapi call(s) it makes (the option's `routing.request`, or the `endpoints` its spec declares
//   where `prepare`/`run` goes elsewhere; see nodes/Uazapi/shared/operation.ts);
// - README.md, between the operations markers: the same operations and calls, one line per resource, without the
//   descriptions (the README is packed into the npm package, where every kilobyte is downloaded by every user).
// Below both: how many of the vendor's endpoints (test/fixtures/uazapi-contract.json) the operations and the Uazapi
// Trigger reach.
//
//   node scripts/readme-operations.js           rewrites both (npm run readme)
//   node scripts/readme-operations.js --check   exits 1 when either is not what it would write (npm run lint)
//
// The node is bundled from the sources the way `npm run build` bundles it (esbuild), without minifying, together with
// `documentedEndpoints`, which the shipped bundle does not export.
'use strict';
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const README = path.join(root, 'README.md');
const OPERATIONS = path.join(root, 'docs', 'OPERATIONS.md');
const OPERATIONS_LINK = 'https://github.com/n8ntools/n8n-nodes-n8ntools-uazapi/blob/main/docs/OPERATIONS.md';
const CONTRACT = path.join(root, 'test', 'fixtures', 'uazapi-contract.json');
const TRIGGER_DIR = path.join(root, 'nodes', 'UazapiTrigger');
const START = '<!-- operations:start -->';
const END = '<!-- operations:end -->';

function fail(message) {
	console.error(`readme-operations: ${message}`);
	process.exit(2);
}

/** A table cell: one line, no column breaks. */
const cell = (text) => String(text ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

/** `{ resource, operation, description, endpoints }` for every option, in the editor's order. */
function operationsOf(contract) {
	const { N8nToolsUazapi, documentedEndpoints } = loadNode();
	const { properties } = new N8nToolsUazapi().description;
	if (!(documentedEndpoints instanceof Map)) fail('nodes/Uazapi/shared/operation.ts no longer exports `documentedEndpoints`');

	const resourceProperty = properties.find((property) => property.name === 'resource');
	if (!resourceProperty) fail('the node has no Resource parameter');
	const rows = [];
	const problems = [];
	for (const resource of resourceProperty.options) {
		const operationProperties = properties.filter(
			(property) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes(resource.value),
		);
		if (!operationProperties.length) problems.push(`${resource.name}: no Operation parameter`);
		for (const option of operationProperties.flatMap((property) => property.options ?? [])) {
			const where = `${resource.name} → ${option.name}`;
			const request = option.routing?.request;
			const routed = request?.url ? `${request.method ?? 'GET'} ${request.url}` : undefined;
			const declared = documentedEndpoints.get(`${resource.value}.${option.value}`);
			const endpoints = declared ? [...declared] : routed ? [routed] : undefined;
			if (!endpoints) problems.push(`${where}: no routing.request; declare its \`endpoints\` in its spec`);
			else {
				for (const endpoint of endpoints) {
					if (!contract[endpoint]) problems.push(`${where}: \`${endpoint}\` is not an endpoint of the vendor's contract`);
				}
				if (declared && routed && !declared.includes(routed)) {
					problems.push(`${where}: its declared \`endpoints\` leave out its routing.request \`${routed}\``);
				}
			}
			if (!option.description) problems.push(`${where}: no description`);
			rows.push({ resource: resource.name, operation: option.name, description: option.description, endpoints: endpoints ?? [] });
		}
	}
	if (problems.length) fail(`the node's description cannot be documented:\n  ${problems.join('\n  ')}`);
	return rows;
}

/** The node class and `documentedEndpoints` (filled while the node's description is built), from one bundle of the sources. */
function loadNode() {
	const [bundle] = esbuild.buildSync({
		stdin: {
			contents:
				"export { N8nToolsUazapi } from './nodes/Uazapi/N8nToolsUazapi.node';\n" +
				"export { documentedEndpoints } from './nodes/Uazapi/shared/operation';\n",
			resolveDir: root,
			loader: 'ts',
		},
		bundle: true,
		platform: 'node',
		format: 'cjs',
		external: ['n8n-workflow'],
		write: false,
		logLevel: 'warning',
	}).outputFiles;
	// Written inside the repo (a .readme-* folder, git-ignored), so that `require('n8n-workflow')` in it
	// resolves to this repo's copy.
	const dir = fs.mkdtempSync(path.join(root, '.readme-'));
	try {
		const file = path.join(dir, 'node.js');
		fs.writeFileSync(file, bundle.contents);
		return require(file);
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

/** The Uazapi calls the trigger makes (registering the webhook, the event stream, downloading media), read from its sources. */
function triggerCalls() {
	const calls = new Set();
	for (const file of fs.readdirSync(TRIGGER_DIR).filter((name) => name.endsWith('.ts'))) {
		const code = fs.readFileSync(path.join(TRIGGER_DIR, file), 'utf8');
		for (const [, method, url] of code.matchAll(/method:\s*'([A-Z]+)',\s*path:\s*'([^']+)'/g)) calls.add(`${method} ${url}`);
	}
	if (!calls.size) fail('found no Uazapi call in the trigger (nodes/UazapiTrigger)');
	return calls;
}

/** The generated texts: the README's part (between the markers) and docs/OPERATIONS.md. */
function generate() {
	const contract = JSON.parse(fs.readFileSync(CONTRACT, 'utf8')).operations;
	const rows = operationsOf(contract);
	const resources = [...new Set(rows.map((row) => row.resource))];
	const reached = new Set([...rows.flatMap((row) => row.endpoints), ...triggerCalls()]);
	const vendor = Object.keys(contract);
	const unreachable = vendor.filter((endpoint) => !reached.has(endpoint));

	const summary = `${rows.length} operations across ${resources.length} resources; ` +
		(unreachable.length
			? `${vendor.length - unreachable.length} of the vendor's ${vendor.length} endpoints are reachable from them and the ` +
				`Uazapi Trigger; not reachable: ${unreachable.map((endpoint) => `\`${endpoint}\``).join(', ')}.`
			: `every one of the vendor's ${vendor.length} endpoints is reachable from them and the Uazapi Trigger.`);
	const calls = (row) => (row.endpoints.length ? row.endpoints.map((endpoint) => `\`${endpoint}\``).join(', ') : '— (no request)');
	const readme = [
		START,
		'<!-- Generated from the node\'s description by `npm run readme` (scripts/readme-operations.js); edit the node, not this list. -->',
		'',
		`Each operation with the Uazapi call it makes; what each one does: [docs/OPERATIONS.md](${OPERATIONS_LINK}).`,
		'',
		...resources.map((resource) => {
			const ofResource = rows.filter((row) => row.resource === resource);
			return `- **${cell(resource)}**: ${ofResource.map((row) => `${cell(row.operation)} ${calls(row)}`).join(' · ')}`;
		}),
		'',
		summary,
		END,
	].join('\n');
	const operations = [
		'# Operations',
		'',
		'<!-- Generated from the node\'s description by `npm run readme` (scripts/readme-operations.js); edit the node, not this file. -->',
		'',
		'| Resource | Operation | What it does | Uazapi call |',
		'|---|---|---|---|',
		...rows.map((row) => `| ${cell(row.resource)} | ${cell(row.operation)} | ${cell(row.description)} | ${calls(row)} |`),
		'',
		summary,
		'',
	].join('\n');
	return { readme, operations };
}

function main() {
	const check = process.argv.includes('--check');
	const readme = fs.readFileSync(README, 'utf8');
	const start = readme.indexOf(START);
	const end = readme.indexOf(END);
	if (start < 0 || end < start) fail(`README.md needs the markers ${START} and ${END}, in that order`);
	const generated = generate();
	const wanted = [
		{ file: README, now: readme, text: readme.slice(0, start) + generated.readme + readme.slice(end + END.length) },
		{ file: OPERATIONS, now: fs.existsSync(OPERATIONS) ? fs.readFileSync(OPERATIONS, 'utf8') : '', text: generated.operations },
	];
	const stale = wanted.filter((w) => w.text !== w.now);
	const names = (list) => list.map((w) => path.relative(root, w.file)).join(' and ');
	if (check) {
		if (stale.length) {
			console.error(`readme-operations: ${names(stale)} out of date with the node: run \`npm run readme\` and commit`);
			process.exit(1);
		}
		console.log('readme-operations: README.md and docs/OPERATIONS.md match the node');
		return;
	}
	for (const w of stale) fs.writeFileSync(w.file, w.text);
	console.log(`readme-operations: ${stale.length ? `${names(stale)} rewritten` : 'already up to date'}`);
}

main();
