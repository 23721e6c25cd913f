import type { INodePropertyOptions, INodeTypeDescription } from 'n8n-workflow';
import fs from 'node:fs';
import path from 'node:path';

import { loadPackage, NODE_TYPE, PACKAGE_DIR, PackageNodeTypes } from '../engine/harness';
import { expectSuccess, jsonOf, useRig } from '../engine/rig';
import { schemaOf } from './jsonSchema';
import type { Sample } from './samples';
import { SAMPLES } from './samples';

// The output schemas the n8n editor shows for a node that has not run yet. n8n serves
// /schemas/<node type>/<version>/<resource>/<operation>.json from __schema__/v<version>/<resource>/<operation>.json
// beside the node's file (LoadNodesAndCredentials.resolveSchema), for community packages too.
// `npm run schemas` (UAZAPI_WRITE_SCHEMAS=1) writes them; a plain run fails when one is missing or stale.
const WRITE = process.env.UAZAPI_WRITE_SCHEMAS === '1';
const SCHEMA_ROOT = path.join(PACKAGE_DIR, 'nodes', 'Uazapi', '__schema__');

const rig = useRig();

/** The version folder the editor asks for: 1 → v1.0.0, 1.2 → v1.2.0. */
function versionFolder(description: INodeTypeDescription): string {
	const version = Math.max(...[description.version].flat());
	return `v${String(version).split('.').concat(['0', '0']).slice(0, 3).join('.')}`;
}

/** Every resource × operation the built node offers. */
function operationsOf(description: INodeTypeDescription): Array<[string, string]> {
	const resources = description.properties.find((p) => p.name === 'resource')?.options as INodePropertyOptions[];
	return resources.flatMap(({ value: resource }) =>
		description.properties
			.filter((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource))
			.flatMap((p) => (p.options as INodePropertyOptions[]).map(({ value }): [string, string] => [String(resource), String(value)])),
	);
}

// The built node's description, read before the tests are declared (jest needs the table up front).
// eslint-disable-next-line @typescript-eslint/no-var-requires -- a file of the build, whose path is known only at run time
const { N8nToolsUazapi } = require(path.join(PACKAGE_DIR, 'dist', 'nodes', 'Uazapi', 'N8nToolsUazapi.node.js'));
const description = new N8nToolsUazapi().description as INodeTypeDescription;
const folder = path.join(SCHEMA_ROOT, versionFolder(description));
const operations = operationsOf(description);

async function itemsOf(resource: string, operation: string, sample: Sample) {
	rig.uazapi.reset();
	sample.arrange?.(rig.uazapi);
	const run = await rig.run('direct', {
		parameters: { resource, operation, ...sample.parameters },
		items: sample.items,
	});
	expectSuccess(run);
	return jsonOf(run);
}

beforeAll(async () => {
	// The node the schemas are for is the one n8n loads from dist.
	const { nodeTypes } = await loadPackage();
	expect(new PackageNodeTypes(nodeTypes).getByNameAndVersion(NODE_TYPE, 1).description.name).toBe(description.name);
});

test.each(operations)('%s / %s has an output schema generated from what the operation outputs', async (resource, operation) => {
	const sample = SAMPLES[resource]?.[operation];
	if (!sample) throw new Error(`No sample for ${resource} / ${operation}: add one to test/schemas/samples.ts, then run npm run schemas`);
	const items = [];
	for (const one of [sample].flat()) items.push(...(await itemsOf(resource, operation, one)));
	expect(items.length).toBeGreaterThan(0);
	const schema = JSON.stringify(schemaOf(items));
	const file = path.join(folder, resource, `${operation}.json`);
	if (WRITE) {
		fs.mkdirSync(path.dirname(file), { recursive: true });
		fs.writeFileSync(file, schema);
		return;
	}
	if (!fs.existsSync(file)) throw new Error(`${path.relative(PACKAGE_DIR, file)} is missing: run npm run schemas`);
	if (fs.readFileSync(file, 'utf8') !== schema) {
		throw new Error(`${path.relative(PACKAGE_DIR, file)} is stale (the operation's output changed): run npm run schemas`);
	}
});

test('every schema belongs to an operation the node offers', () => {
	const expected = new Set(operations.map(([resource, operation]) => path.join(folder, resource, `${operation}.json`)));
	const present = fs.existsSync(SCHEMA_ROOT)
		? (fs.readdirSync(SCHEMA_ROOT, { recursive: true }) as string[]).map((f) => path.join(SCHEMA_ROOT, f)).filter((f) => f.endsWith('.json'))
		: [];
	const orphans = present.filter((file) => !expected.has(file));
	if (WRITE) {
		for (const file of orphans) {
			fs.rmSync(file);
			if (!fs.readdirSync(path.dirname(file)).length) fs.rmdirSync(path.dirname(file));
		}
		return;
	}
	expect(orphans.map((file) => path.relative(PACKAGE_DIR, file))).toEqual([]);
});

test('every sample belongs to an operation the node offers', () => {
	const offered = new Set(operations.map(([resource, operation]) => `${resource}/${operation}`));
	const sampled = Object.entries(SAMPLES).flatMap(([resource, byOperation]) => Object.keys(byOperation).map((operation) => `${resource}/${operation}`));
	expect(sampled.filter((key) => !offered.has(key))).toEqual([]);
});
