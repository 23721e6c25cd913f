import type { INode, INodeParameters, INodePropertyOptions } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { loadPackage, NODE_TYPE, PackageNodeTypes, shutdownEngine } from '../engine/harness';

afterAll(shutdownEngine);

// RoutingNode picks the credential by the `authentication` parameter; the node derives it from the resource.
async function description() {
	const { nodeTypes } = await loadPackage();
	return new PackageNodeTypes(nodeTypes).getByNameAndVersion(NODE_TYPE, 1).description;
}

async function resolved(parameters: INodeParameters) {
	const node: INode = { id: 'n', name: 'Uazapi', type: NODE_TYPE, typeVersion: 1, position: [0, 0], parameters };
	const type = await description();
	return NodeHelpers.getNodeParameters(type.properties, parameters, true, false, node, type) as INodeParameters;
}

test('a workflow without the parameter (1.0.5, or never changed) signs with the instance credential, Admin with the admin one', async () => {
	expect((await resolved({ resource: 'message', operation: 'sendText' })).authentication).toBe('instanceToken');
	expect((await resolved({ resource: 'admin', operation: 'getManyInstances' })).authentication).toBe('adminToken');
});

test('each authentication parameter lists its one value as options, so the editor drops a stale value when the resource changes', async () => {
	const authentication = (await description()).properties.filter((property) => property.name === 'authentication');
	expect(authentication).toHaveLength(2);
	for (const property of authentication) {
		expect(property.type).toBe('hidden');
		expect((property.options as INodePropertyOptions[]).map((option) => option.value)).toEqual([property.default]);
		// The editor re-checks options only for parameters whose display depends on the changed one.
		expect(Object.keys({ ...property.displayOptions?.show, ...property.displayOptions?.hide })).toEqual(['resource']);
	}
	const credentials = (await description()).credentials ?? [];
	expect(credentials.map((credential) => [credential.name, credential.displayOptions?.show?.authentication])).toEqual([
		['uazapiApi', ['instanceToken']],
		['uazapiAdminApi', ['adminToken']],
	]);
});

test('the parameters the credentials depend on use no `show`, so the editor does not hide Resource', async () => {
	// n8n's editor hides every parameter named in the displayOptions.show of a parameter that a credential's
	// displayOptions.show names (isAuthRelatedParameter): a `show: { resource }` there hides the Resource field.
	const type = await description();
	const credentialFields = new Set((type.credentials ?? []).flatMap((credential) => Object.keys(credential.displayOptions?.show ?? {})));
	const dependencies = type.properties.filter((property) => credentialFields.has(property.name));
	expect(dependencies.map((property) => property.name)).toEqual(['authentication', 'authentication']);
	for (const property of dependencies) expect(property.displayOptions?.show).toBeUndefined();
	expect((await resolved({ resource: 'admin', operation: 'getManyInstances' })).authentication).toBe('adminToken');
	expect((await resolved({ resource: 'group', operation: 'getMany' })).authentication).toBe('instanceToken');
});
