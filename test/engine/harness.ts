import { Container } from '@n8n/di';
import {
	ExecuteContext,
	ExecutionLifecycleHooks,
	LoadOptionsContext,
	PackageDirectoryLoader,
	RoutingNode,
	WorkflowExecute,
} from 'n8n-core';
import { SSHClientsManager } from 'n8n-core/dist/execution-engine/ssh-clients-manager';
import type {
	ICredentialDataDecryptedObject,
	ICredentials,
	ICredentialType,
	IDataObject,
	IExecuteData,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	INodeTypes,
	IRun,
	IRunExecutionData,
	IVersionedNodeType,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { createRunExecutionData, ICredentialsHelper, NodeHelpers, Workflow } from 'n8n-workflow';
import fs from 'node:fs';
import path from 'node:path';

/** The package root: the nearest folder above this file whose package.json is this package's. */
export const PACKAGE_DIR = (() => {
	for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
		const manifest = path.join(dir, 'package.json');
		if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'n8n-nodes-n8ntools-uazapi') return dir;
	}
	throw new Error('package root not found');
})();
export const NODE_TYPE = 'n8n-nodes-n8ntools-uazapi.n8nToolsUazapi';

interface Loaded {
	nodeTypes: Record<string, { type: INodeType | IVersionedNodeType }>;
	credentialTypes: Record<string, { type: ICredentialType }>;
}

let loaded: Promise<Loaded> | undefined;

/** Loads the built package from dist the way n8n does (package.json `n8n` section). */
export function loadPackage(): Promise<Loaded> {
	loaded ??= (async () => {
		const loader = new PackageDirectoryLoader(PACKAGE_DIR);
		await loader.loadAll();
		const nodeTypes: Loaded['nodeTypes'] = {};
		for (const [name, entry] of Object.entries(loader.nodeTypes)) nodeTypes[`${loader.packageName}.${name}`] = entry;
		const credentialTypes: Loaded['credentialTypes'] = {};
		for (const [name, entry] of Object.entries(loader.credentialTypes)) credentialTypes[name] = entry;
		return { nodeTypes, credentialTypes };
	})();
	return loaded;
}

export class PackageNodeTypes implements INodeTypes {
	constructor(private readonly types: Loaded['nodeTypes']) {}

	getByName(name: string) {
		return this.types[name].type;
	}

	getByNameAndVersion(name: string, version?: number): INodeType {
		const entry = this.types[name];
		if (!entry) throw new Error(`Unknown node type ${name}`);
		return NodeHelpers.getVersionedNodeType(entry.type, version);
	}

	getKnownTypes() {
		return {};
	}
}

/** Fixed credential data; `authenticate` runs the credential type's own authenticate, as n8n does. */
export class FixedCredentialsHelper extends ICredentialsHelper {
	constructor(
		private readonly credentialTypes: Loaded['credentialTypes'],
		private readonly data: Record<string, ICredentialDataDecryptedObject>,
	) {
		super();
	}

	getParentTypes(): string[] {
		return [];
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const { authenticate } = this.credentialTypes[typeName].type;
		if (typeof authenticate !== 'function') throw new Error(`${typeName} has no authenticate function`);
		return await authenticate(credentials, requestOptions);
	}

	async preAuthentication() {
		return undefined;
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('not used');
	}

	async getDecrypted(_additionalData: IWorkflowExecuteAdditionalData, _details: INodeCredentialsDetails, type: string) {
		const data = this.data[type];
		if (!data) throw new Error(`No credentials of type ${type}`);
		return { ...data };
	}

	async updateCredentials() {}

	async updateCredentialsOauthTokenData() {}

	getCredentialsProperties(type: string): INodeProperties[] {
		return this.credentialTypes[type].type.properties;
	}
}

export interface NodeRun {
	/** Items of each output of the node under test (main, and error output when enabled). */
	outputs: INodeExecutionData[][];
	/** The workflow error, when the node failed (a plain object, as n8n stores it). */
	error?: IDataObject;
	run: IRun;
}

export interface RunOptions {
	parameters: IDataObject;
	credentials: ICredentialDataDecryptedObject;
	/** The Uazapi Admin API credential (Admin resource). */
	adminCredentials?: ICredentialDataDecryptedObject;
	items?: INodeExecutionData[];
	continueOnFail?: boolean;
	onError?: INode['onError'];
	/** Another node type of this package (e.g. the Uazapi Send and Wait node), with the same credentials. */
	nodeType?: string;
	/** Runs another node type instead of the Uazapi node (e.g. n8n's HTTP Request, for the benchmarks). */
	otherNode?: { name: string; version: number; type: INodeType | IVersionedNodeType };
}

/** Runs the Uazapi node once through n8n's WorkflowExecute with the given input items. */
export async function runNode(options: RunOptions): Promise<NodeRun> {
	const { nodeTypes: packageTypes } = await loadPackage();
	const { otherNode } = options;
	const nodeTypes = otherNode ? { ...packageTypes, [otherNode.name]: { type: otherNode.type } } : packageTypes;
	const node: INode = {
		id: 'uazapi-node',
		name: 'Uazapi',
		type: otherNode?.name ?? options.nodeType ?? NODE_TYPE,
		typeVersion: otherNode?.version ?? 1,
		position: [0, 0],
		parameters: options.parameters as INode['parameters'],
		credentials: otherNode
			? undefined
			: {
					uazapiApi: { id: 'cred-1', name: 'Uazapi account' },
					...(options.adminCredentials ? { uazapiAdminApi: { id: 'cred-2', name: 'Uazapi admin' } } : {}),
				},
		continueOnFail: options.continueOnFail,
		onError: options.onError ?? (options.continueOnFail ? 'continueRegularOutput' : undefined),
	};
	const workflow = new Workflow({
		id: 'wf-test',
		name: 'Uazapi test',
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: new PackageNodeTypes(nodeTypes),
		settings: { executionOrder: 'v1' },
	});
	const { additionalData, finished } = await makeAdditionalData(options.credentials, node, options.adminCredentials);
	const items = options.items ?? [{ json: {} }];
	const executeData: IExecuteData = { node, data: { main: [items] }, source: null };
	const runExecutionData: IRunExecutionData = createRunExecutionData({
		executionData: { nodeExecutionStack: [executeData] },
	} as never);
	const run = await new WorkflowExecute(additionalData, 'manual', runExecutionData).processRunExecutionData(workflow);
	const result = finished() ?? run;
	const taskData = result.data.resultData.runData.Uazapi?.[0];
	const error = (result.data.resultData.error ?? taskData?.error) as IDataObject | undefined;
	return { outputs: (taskData?.data?.main ?? []) as INodeExecutionData[][], error, run: result };
}

async function makeAdditionalData(credentials: ICredentialDataDecryptedObject, node: INode, adminCredentials?: ICredentialDataDecryptedObject) {
	const { credentialTypes } = await loadPackage();
	const hooks = new ExecutionLifecycleHooks('manual', 'exec-test', {
		id: 'wf-test',
		name: 'Uazapi test',
		nodes: [node],
		connections: {},
		active: false,
		activeVersionId: null,
		isArchived: false,
		createdAt: new Date(),
		updatedAt: new Date(),
		settings: {},
	} as never);
	let result: IRun | undefined;
	hooks.addHandler('workflowExecuteAfter', (run) => {
		result = run;
	});
	const additionalData = {
		credentialsHelper: new FixedCredentialsHelper(credentialTypes, {
			uazapiApi: credentials,
			...(adminCredentials ? { uazapiAdminApi: adminCredentials } : {}),
		}),
		hooks,
		executionId: 'exec-test',
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://127.0.0.1/rest',
		instanceBaseUrl: 'http://127.0.0.1/',
		formWaitingBaseUrl: 'http://127.0.0.1/form-waiting',
		webhookBaseUrl: 'http://127.0.0.1/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1/webhook-test',
		variables: {},
		logAiEvent: () => {},
		executeWorkflow: async () => {
			throw new Error('not used');
		},
		getRunExecutionData: async () => undefined,
		startRunnerTask: async () => {
			throw new Error('not used');
		},
	} as unknown as IWorkflowExecuteAdditionalData;
	return { additionalData, finished: () => result };
}

/**
 * The credential's test, run the way n8n's CredentialsTester runs a request-based test: a temporary
 * node whose only property routes the test request, executed by RoutingNode, then the test's rules.
 */
export async function testCredential(
	credentials: ICredentialDataDecryptedObject,
	type: 'uazapiApi' | 'uazapiAdminApi' = 'uazapiApi',
): Promise<{ status: string; message: string }> {
	const { credentialTypes } = await loadPackage();
	const { test } = credentialTypes[type].type;
	if (!test) throw new Error(`${type} has no test`);
	const node: INode = {
		id: 'temp',
		name: 'Temp-Node',
		type: 'credential-test',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
		credentials: { [type]: { id: 'cred-1', name: 'Uazapi account' } },
	};
	const nodeType: INodeType = {
		description: {
			displayName: 'Credential test',
			name: 'credential-test',
			group: ['transform'],
			version: 1,
			description: '',
			defaults: {},
			inputs: [],
			outputs: [],
			credentials: [{ name: type, required: true }],
			properties: [{ displayName: 'Temp', name: 'temp', type: 'string', default: '', routing: { request: test.request } }],
		},
	};
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: new PackageNodeTypes({ 'credential-test': { type: nodeType } }),
	});
	const { additionalData } = await makeAdditionalData(credentials, node, type === 'uazapiAdminApi' ? credentials : undefined);
	const runExecutionData = createRunExecutionData({} as never);
	const inputData = { main: [[{ json: {} }]] };
	const context = new ExecuteContext(workflow, node, additionalData, 'internal', runExecutionData, 0, [], inputData, { node, data: {}, source: null }, []);
	try {
		await new RoutingNode(context, nodeType, { id: 'cred-1', name: 'Uazapi account', type, data: credentials }).runNode();
	} catch (error) {
		const status = error.cause?.response?.status as number | undefined;
		if (status) {
			const rule = (test.rules ?? []).find((r) => r.type === 'responseCode' && r.properties.value === status);
			return { status: 'Error', message: rule ? String(rule.properties.message) : `Received HTTP status code: ${status}` };
		}
		if (error.cause?.code) return { status: 'Error', message: String(error.cause.code) };
		return { status: 'Error', message: String(error.message) };
	}
	return { status: 'OK', message: 'Connection successful!' };
}

/**
 * A request signed with the Uazapi credential by n8n's own helpers, the way n8n's HTTP Request node
 * (and so the node's Custom API Call) sends it: `requestWithAuthentication` with the legacy `uri`
 * form, or `httpRequestWithAuthentication` with `url`.
 */
export async function requestWithCredential(
	credentials: ICredentialDataDecryptedObject,
	options: IDataObject,
	helper: 'requestWithAuthentication' | 'httpRequestWithAuthentication' = 'requestWithAuthentication',
): Promise<unknown> {
	// The helpers are n8n-core's, whatever the node; the workflow only has to know its type.
	const node: INode = {
		id: 'http-node',
		name: 'HTTP Request',
		type: NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
		credentials: { uazapiApi: { id: 'cred-1', name: 'Uazapi account' } },
	};
	const { nodeTypes } = await loadPackage();
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes: new PackageNodeTypes(nodeTypes) });
	const { additionalData } = await makeAdditionalData(credentials, node);
	const inputData = { main: [[{ json: {} }]] };
	const context = new ExecuteContext(workflow, node, additionalData, 'manual', createRunExecutionData({} as never), 0, [], inputData, { node, data: {}, source: null }, []);
	const request = context.helpers[helper] as (this: unknown, type: string, options: IDataObject) => Promise<unknown>;
	return await request.call(context, 'uazapiApi', options);
}

/** Stops what n8n-core starts per execution context, so jest can exit. */
export async function shutdownEngine(): Promise<void> {
	await Container.get(SSHClientsManager).onShutdown();
}

/** Calls one of the node's `methods.listSearch` functions the way the n8n editor does. */
export async function runListSearch(options: {
	method: string;
	credentials: ICredentialDataDecryptedObject;
	adminCredentials?: ICredentialDataDecryptedObject;
	parameters: IDataObject;
	filter?: string;
}): Promise<unknown> {
	const { nodeTypes, credentialTypes } = await loadPackage();
	const node: INode = {
		id: 'uazapi-node',
		name: 'Uazapi',
		type: NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: options.parameters as INode['parameters'],
		credentials: {
			uazapiApi: { id: 'cred-1', name: 'Uazapi account' },
			...(options.adminCredentials ? { uazapiAdminApi: { id: 'cred-2', name: 'Uazapi admin' } } : {}),
		},
	};
	const types = new PackageNodeTypes(nodeTypes);
	const workflow = new Workflow({ id: 'wf-test', nodes: [node], connections: {}, active: false, nodeTypes: types });
	const additionalData = {
		credentialsHelper: new FixedCredentialsHelper(credentialTypes, {
			uazapiApi: options.credentials,
			...(options.adminCredentials ? { uazapiAdminApi: options.adminCredentials } : {}),
		}),
		restApiUrl: 'http://127.0.0.1/rest',
		instanceBaseUrl: 'http://127.0.0.1/',
		variables: {},
	} as unknown as IWorkflowExecuteAdditionalData;
	const nodeType = types.getByNameAndVersion(NODE_TYPE, 1);
	const search = nodeType.methods?.listSearch?.[options.method];
	if (!search) throw new Error(`The node has no listSearch method ${options.method}`);
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters');
	return await search.call(context, options.filter);
}
