import type { INode, INodeParameters, INodeProperties, INodePropertyOptions, INodeTypeDescription } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';
import { unmergedProperties } from '../../nodes/Uazapi/N8nToolsUazapi.node';
import { loadPackage, NODE_TYPE, PackageNodeTypes, shutdownEngine } from '../engine/harness';

afterAll(shutdownEngine);

// n8n resolves every top-level property's value for every item, so the node merges the fields several
// operations share (mergeSameFields). The editor must see exactly what it saw before the merge.

async function description(): Promise<INodeTypeDescription> {
	const { nodeTypes } = await loadPackage();
	return new PackageNodeTypes(nodeTypes).getByNameAndVersion(NODE_TYPE, 1).description;
}

/** The properties before the merge, from the sources (the bundle exports only the node classes). */
function unmerged(): INodeProperties[] {
	return unmergedProperties;
}

function pairsOf(properties: INodeProperties[]) {
	return properties
		.filter((property) => property.name === 'operation')
		.flatMap((property) =>
			(property.displayOptions?.show?.resource as string[]).flatMap((resource) =>
				(property.options as INodePropertyOptions[]).map((option) => ({ resource, operation: String(option.value) })),
			),
		);
}

/** The fields that may show for an operation, in order, each with its other display conditions. */
function fieldsOf(properties: INodeProperties[], resource: string, operation: string) {
	return properties
		.filter((property) => {
			const show = property.displayOptions?.show;
			return (!show?.resource || show.resource.includes(resource)) && (!show?.operation || show.operation.includes(operation));
		})
		.map(({ displayOptions, ...definition }) => {
			const { resource: _r, operation: _o, ...otherShow } = displayOptions?.show ?? {};
			return JSON.stringify({ definition, otherShow, hide: displayOptions?.hide });
		});
}

test('every operation shows the same fields, in the same order, with the same defaults as before the merge', async () => {
	// n8n's loader adds the Request Options of declarative nodes (a node setting) after the node's own properties.
	const merged = (await description()).properties.filter((property) => property.name !== 'requestOptions');
	const original = unmerged();
	const type = await description();
	const pairs = pairsOf(original);
	expect(pairs.length).toBeGreaterThan(130);
	for (const { resource, operation } of pairs) {
		expect([resource, operation, fieldsOf(merged, resource, operation)]).toEqual([resource, operation, fieldsOf(original, resource, operation)]);
		const parameters = { resource, operation };
		const node: INode = { id: 'n', name: 'Uazapi', type: NODE_TYPE, typeVersion: 1, position: [0, 0], parameters };
		const before = NodeHelpers.getNodeParameters(original, parameters, true, false, node, type) as INodeParameters;
		const after = NodeHelpers.getNodeParameters(merged, parameters, true, false, node, type) as INodeParameters;
		expect(after).toEqual(before);
	}
});

test('a field that several operations share is one property', async () => {
	const merged = (await description()).properties;
	const count = (properties: INodeProperties[], name: string) => properties.filter((property) => property.name === name).length;
	expect(count(unmerged(), 'delivery')).toBeGreaterThan(10);
	expect(count(merged, 'delivery')).toBe(1);
	expect(count(merged, 'channelId')).toBe(1);
	// Every message operation's text, Send Poll's question included: RoutingNode resolves it once per item, not once per copy.
	expect(count(merged, 'messageText')).toBe(1);
	expect(merged.length).toBeLessThan(unmerged().length * 0.7);
});
