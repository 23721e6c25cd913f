import { LoadOptionsContext } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INode,
	INodeListSearchResult,
	INodeType,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { FixedCredentialsHelper, loadPackage, NODE_TYPE, PackageNodeTypes } from './harness';

/**
 * Runs one of the node's list searches (a resource locator's "From List") the way the n8n editor does:
 * a LoadOptionsContext of the built node, with the credential's own `authenticate` on every request.
 */
export async function runListSearch(
	method: string,
	options: { credentials: ICredentialDataDecryptedObject; parameters?: IDataObject; filter?: string },
): Promise<INodeListSearchResult> {
	const { nodeTypes, credentialTypes } = await loadPackage();
	const node: INode = {
		id: 'uazapi-node',
		name: 'Uazapi',
		type: NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: (options.parameters ?? {}) as INode['parameters'],
		credentials: { uazapiApi: { id: 'cred-1', name: 'Uazapi account' } },
	};
	const types = new PackageNodeTypes(nodeTypes);
	const workflow = new Workflow({ id: 'wf-test', nodes: [node], connections: {}, active: false, nodeTypes: types });
	const additionalData = {
		credentialsHelper: new FixedCredentialsHelper(credentialTypes, { uazapiApi: options.credentials }),
		variables: {},
		// What the editor sends along: the parameters of the node being edited, with their defaults (as the
		// editor holds them; the Workflow above filled them in), for getCurrentNodeParameter.
		currentNodeParameters: node.parameters,
	} as unknown as IWorkflowExecuteAdditionalData;
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters');
	const nodeType = types.getByNameAndVersion(NODE_TYPE, 1) as INodeType;
	const search = nodeType.methods?.listSearch?.[method];
	if (!search) throw new Error(`The node has no list search "${method}"`);
	return await search.call(context, options.filter);
}
