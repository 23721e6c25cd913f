import type { INode, INodePropertyOptions, INodeTypeDescription } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { loadPackage, NODE_TYPE, PackageNodeTypes, shutdownEngine } from '../engine/harness';

afterAll(shutdownEngine);

/** Every resource × operation the node offers, with the names the editor shows for them. */
function choices(description: INodeTypeDescription) {
	const resources = description.properties.find((p) => p.name === 'resource')?.options as INodePropertyOptions[];
	return resources.flatMap((resource) => {
		const operation = description.properties.find(
			(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource.value),
		);
		if (!operation) throw new Error(`Resource ${resource.name} has no Operation property`);
		return (operation.options as INodePropertyOptions[]).map((option) => ({ resource, operation: option }));
	});
}

/** The subtitle as the editor computes it for a node on the canvas. */
async function subtitleFor(parameters: INode['parameters']) {
	const { nodeTypes } = await loadPackage();
	const types = new PackageNodeTypes(nodeTypes);
	const description = types.getByNameAndVersion(NODE_TYPE, 1).description;
	const node: INode = { id: 'n', name: 'Uazapi', type: NODE_TYPE, typeVersion: 1, position: [0, 0], parameters };
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes: types });
	return workflow.expression.getSimpleParameterValue(node, description.subtitle, 'internal', {});
}

test('the canvas subtitle names the resource and operation as the user picked them, for every operation', async () => {
	const { nodeTypes } = await loadPackage();
	const { description } = new PackageNodeTypes(nodeTypes).getByNameAndVersion(NODE_TYPE, 1);
	const all = choices(description);
	expect(all.length).toBeGreaterThan(30);
	for (const { resource, operation } of all) {
		const subtitle = await subtitleFor({ resource: resource.value, operation: operation.value });
		expect({ value: `${resource.value}:${operation.value}`, subtitle }).toEqual({
			value: `${resource.value}:${operation.value}`,
			subtitle: `${resource.name}: ${operation.name}`,
		});
	}
});

test('an operation the node does not know is shown by its value rather than as nothing', async () => {
	expect(await subtitleFor({ resource: 'message', operation: 'someFutureOperation' })).toBe('someFutureOperation');
});
