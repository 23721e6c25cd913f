import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import { HookContext, TriggerContext, WebhookContext } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INode,
	INodeExecutionData,
	IRun,
	IWebhookData,
	IWebhookResponseData,
	IWorkflowExecuteAdditionalData,
	WorkflowActivateMode,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { createRunExecutionData, Workflow } from 'n8n-workflow';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { request as httpRequest } from 'node:http';

import { readBody } from '../doubles/http';
import { LocalServer } from '../doubles/local-server';
import { FixedCredentialsHelper, loadPackage, PackageNodeTypes } from './harness';

export const TRIGGER_TYPE = 'n8n-nodes-n8ntools-uazapi.n8nToolsUazapiTrigger';
export const TRIGGER_NAME = 'Uazapi Trigger';
export const TRIGGER_WEBHOOK_ID = '4b0c1f7e-2a5d-4c3b-9e8f-7a6b5c4d3e2f';

/** Production URL (workflow active) or test URL ("Listen for test event"). */
export type UrlKind = 'production' | 'test';

export interface Delivery {
	status: number;
	body: unknown;
	/** Items the trigger emitted, after n8n's WorkflowExecute ran the workflow from them; undefined when no execution started. */
	items?: INodeExecutionData[];
}

export interface TriggerSetup {
	parameters: IDataObject;
	credentials: ICredentialDataDecryptedObject;
	/** Receive Events By: Event Stream (sets the receiveBy parameter). */
	stream?: boolean;
}

/** A Uazapi Trigger (event stream) that n8n activated: what it emitted, the errors it reported, its close function. */
export interface Listening {
	emitted: INodeExecutionData[][];
	errors: Error[];
	workflow: Workflow;
	close: () => Promise<void>;
}

/**
 * Plays the part of n8n for one Uazapi Trigger node, with n8n-core's own contexts: activation and
 * deactivation run `webhookMethods` in a HookContext the way n8n's WebhookService does
 * (checkExists, then create when it is false; delete), keeping the workflow's static data between
 * calls as n8n's database does; deliveries arrive over HTTP at the URL the trigger registered and
 * run `webhook()` in a WebhookContext, then the workflow through WorkflowExecute.
 */
export class TriggerHost extends LocalServer {
	/** The workflow's static data as n8n would have saved it after the last activation or deactivation. */
	savedStaticData: IDataObject = {};

	private setup?: TriggerSetup;



	/** The trigger's parameters and credential from now on (a workflow edit keeps the static data). */
	configure(setup: TriggerSetup): this {
		this.setup = setup;
		return this;
	}

	reset(): void {
		this.setup = undefined;
		this.savedStaticData = {};
	}

	webhookUrl(kind: UrlKind): string {
		return `${this.url}/${kind === 'test' ? 'webhook-test' : 'webhook'}/${TRIGGER_WEBHOOK_ID}/webhook`;
	}

	/** n8n's WebhookService.createWebhookIfNotExists. Returns whether the webhook already existed. */
	async activate(kind: UrlKind = 'production', activation: WorkflowActivateMode = 'activate'): Promise<boolean> {
		const mode: WorkflowExecuteMode = kind === 'test' ? 'manual' : 'trigger';
		const exists = (await this.runHook('checkExists', kind, mode, kind === 'test' ? 'manual' : activation)) === true;
		if (!exists) await this.runHook('create', kind, mode, kind === 'test' ? 'manual' : activation);
		return exists;
	}

	/** n8n's WebhookService.deleteWebhook, as run on deactivation. */
	async deactivate(kind: UrlKind = 'production'): Promise<boolean> {
		return (await this.runHook('delete', kind, 'internal', 'update')) === true;
	}

	/**
	 * n8n's ActiveWorkflows.add for a trigger node: runs trigger() in n8n-core's TriggerContext (mode
	 * 'trigger', or 'manual' for "Listen for test event"); emit and emitError are recorded. Rejects when
	 * trigger() throws (n8n shows that as the activation error).
	 */
	async listen(mode: WorkflowExecuteMode = 'trigger'): Promise<Listening> {
		const workflow = await this.workflow();
		const node = workflow.getNode(TRIGGER_NAME)!;
		const nodeType = workflow.nodeTypes.getByNameAndVersion(node.type, node.typeVersion);
		const additionalData = await this.additionalData();
		const emitted: INodeExecutionData[][] = [];
		const errors: Error[] = [];
		const context = new TriggerContext(
			workflow,
			node,
			additionalData,
			mode,
			mode === 'manual' ? 'manual' : 'activate',
			(data) => emitted.push(data[0]),
			(error) => errors.push(error),
		);
		const response = await nodeType.trigger!.call(context);
		return { emitted, errors, workflow, close: async () => await response?.closeFunction?.() };
	}

	/**
	 * The webhooks n8n would register for this trigger (n8n's WebhookService.getNodeWebhooks): the description's
	 * httpMethod evaluated like n8n does, split at commas, empty methods skipped. None means n8n neither
	 * registers a webhook nor runs webhookMethods, on activation or for "Listen for test event".
	 */
	async webhookMethodsToRegister(): Promise<string[]> {
		const workflow = await this.workflow();
		const node = workflow.getNode(TRIGGER_NAME)!;
		const nodeType = workflow.nodeTypes.getByNameAndVersion(node.type, node.typeVersion);
		return nodeType.description.webhooks!.flatMap((description) => {
			const methods = workflow.expression.getSimpleParameterValue(node, description.httpMethod, 'internal', {}, undefined, 'GET');
			return String(methods)
				.split(',')
				.map((method) => method.trim())
				.filter(Boolean);
		});
	}

	/**
	 * "Listen for test event" when n8n registers no webhook: WorkflowExecute.run from the trigger in manual mode,
	 * as n8n's manual execution does. `items` resolves with the trigger's output; `stop` is the editor's stop
	 * button (the run's cancel).
	 */
	async runManually(): Promise<{ items: Promise<INodeExecutionData[]>; stop: () => void }> {
		const workflow = await this.workflow();
		const node = workflow.getNode(TRIGGER_NAME)!;
		const hooks = this.hooks(workflow, node, 'manual');
		const additionalData = await this.additionalData({ hooks: hooks.hooks });
		const running = new WorkflowExecute(additionalData, 'manual').run({ workflow, startNode: node });
		const items = (async () => {
			const run = await running;
			return this.itemsOf(hooks.finished() ?? run);
		})();
		return { items, stop: () => running.cancel() };
	}

	/** POSTs a payload the way Uazapi delivers it, to the given URL (the registered one by default). */
	async deliver(payload: unknown, kind: UrlKind = 'production'): Promise<Delivery> {
		// node:http rather than fetch: one test delivers 503 events in a row, which took about a quarter longer with fetch.
		const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
			const body = JSON.stringify(payload);
			const sent = httpRequest(
				this.webhookUrl(kind),
				{ method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
				(response) => readBody(response).then((answer) => resolve({ status: response.statusCode ?? 0, text: answer }), reject),
			);
			sent.on('error', reject);
			sent.end(body);
		});
		let body: unknown = text;
		try {
			body = JSON.parse(text);
		} catch {
			// not JSON: keep the text
		}
		const items = this.executions.shift();
		return { status, body, items };
	}

	private executions: Array<INodeExecutionData[] | undefined> = [];

	private node(): INode {
		if (!this.setup) throw new Error('configure() the trigger first');
		return {
			id: 'uazapi-trigger-node',
			name: TRIGGER_NAME,
			type: TRIGGER_TYPE,
			typeVersion: 1,
			position: [0, 0],
			webhookId: TRIGGER_WEBHOOK_ID,
			parameters: (this.setup.stream ? { receiveBy: 'stream', ...this.setup.parameters } : this.setup.parameters) as INode['parameters'],
			credentials: { uazapiApi: { id: 'cred-1', name: 'Uazapi account' } },
		};
	}

	private async workflow(): Promise<Workflow> {
		const { nodeTypes } = await loadPackage();
		return new Workflow({
			id: 'wf-trigger',
			name: 'Uazapi trigger test',
			nodes: [this.node()],
			connections: {},
			active: true,
			nodeTypes: new PackageNodeTypes(nodeTypes),
			staticData: JSON.parse(JSON.stringify(this.savedStaticData)) as IDataObject,
			settings: { executionOrder: 'v1' },
		});
	}

	private async additionalData(extra: Partial<IWorkflowExecuteAdditionalData> = {}): Promise<IWorkflowExecuteAdditionalData> {
		const { credentialTypes } = await loadPackage();
		return {
			credentialsHelper: new FixedCredentialsHelper(credentialTypes, { uazapiApi: this.setup!.credentials }),
			executionId: 'exec-trigger',
			currentNodeExecutionIndex: 0,
			restApiUrl: `${this.url}/rest`,
			instanceBaseUrl: `${this.url}/`,
			formWaitingBaseUrl: `${this.url}/form-waiting`,
			webhookBaseUrl: `${this.url}/webhook`,
			webhookWaitingBaseUrl: `${this.url}/webhook-waiting`,
			webhookTestBaseUrl: `${this.url}/webhook-test`,
			variables: {},
			logAiEvent: () => {},
			getRunExecutionData: async () => undefined,
			...extra,
		} as unknown as IWorkflowExecuteAdditionalData;
	}

	private webhookData(workflow: Workflow, node: INode, kind: UrlKind, additionalData: IWorkflowExecuteAdditionalData): IWebhookData {
		const nodeType = workflow.nodeTypes.getByNameAndVersion(node.type, node.typeVersion);
		const description = nodeType.description.webhooks![0];
		return {
			httpMethod: 'POST',
			node: node.name,
			path: `${TRIGGER_WEBHOOK_ID}/webhook`,
			webhookDescription: description,
			workflowId: workflow.id,
			workflowExecuteAdditionalData: additionalData,
			webhookId: TRIGGER_WEBHOOK_ID,
			isTest: kind === 'test',
		};
	}

	/** n8n's WebhookService.runWebhookMethod; afterwards the static data is saved, as n8n does. */
	private async runHook(
		method: 'checkExists' | 'create' | 'delete',
		kind: UrlKind,
		mode: WorkflowExecuteMode,
		activation: WorkflowActivateMode,
	): Promise<boolean | undefined> {
		const workflow = await this.workflow();
		const node = workflow.getNode(TRIGGER_NAME)!;
		const nodeType = workflow.nodeTypes.getByNameAndVersion(node.type, node.typeVersion);
		const additionalData = await this.additionalData();
		const webhookData = this.webhookData(workflow, node, kind, additionalData);
		const context = new HookContext(workflow, node, additionalData, mode, activation, webhookData);
		const result = await nodeType.webhookMethods!.default![method].call(context);
		this.savedStaticData = JSON.parse(JSON.stringify(workflow.staticData)) as IDataObject;
		return result;
	}

	/** What n8n's webhook server does with a request for this trigger (WebhookHelpers.executeWebhook, simplified). */
	protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const text = await readBody(req);
		const path = new URL(req.url ?? '/', this.url).pathname;
		const kind: UrlKind | undefined =
			path === `/webhook/${TRIGGER_WEBHOOK_ID}/webhook` ? 'production' : path === `/webhook-test/${TRIGGER_WEBHOOK_ID}/webhook` ? 'test' : undefined;
		const answer = (status: number, body: unknown) => {
			res.writeHead(status, { 'content-type': 'application/json' });
			res.end(JSON.stringify(body));
		};
		if (!kind || req.method !== 'POST') return answer(404, { message: 'The requested webhook is not registered' });
		try {
			const workflow = await this.workflow();
			const node = workflow.getNode(TRIGGER_NAME)!;
			const nodeType = workflow.nodeTypes.getByNameAndVersion(node.type, node.typeVersion);
			const request = Object.assign(req, { body: text ? JSON.parse(text) : {}, params: {}, query: {} });
			const additionalData = await this.additionalData({ httpRequest: request as never, httpResponse: res as never });
			const mode: WorkflowExecuteMode = kind === 'test' ? 'manual' : 'webhook';
			const context = new WebhookContext(workflow, node, additionalData, mode, this.webhookData(workflow, node, kind, additionalData), [], null);
			const result: IWebhookResponseData = await nodeType.webhook!.call(context);
			// n8n's WebhookHelpers.executeWebhook saves the static data right after webhook() ("if it changed");
			// only the production URL is modelled here (test runs keep nothing between deliveries).
			if (kind === 'production') this.savedStaticData = JSON.parse(JSON.stringify(workflow.staticData)) as IDataObject;
			if (result.noWebhookResponse) {
				this.executions.push(undefined);
				if (!res.writableEnded) throw new Error('noWebhookResponse, but the node did not answer');
				return;
			}
			if (!result.workflowData) {
				this.executions.push(undefined);
				return answer(200, result.webhookResponse ?? { message: 'Webhook call received' });
			}
			this.executions.push(await this.execute(workflow, node, result.workflowData, mode));
			// n8n's extractWebhookOnReceivedResponse, with responseData evaluated as n8n does (default 'firstEntryJson').
			const responseData = nodeType.description.webhooks![0].responseData;
			const evaluated = responseData === undefined ? 'firstEntryJson' : responseData;
			if (evaluated === 'noData') {
				res.writeHead(200);
				res.end();
				return;
			}
			if (evaluated) {
				res.writeHead(200, { 'content-type': 'text/plain' });
				res.end(String(evaluated));
				return;
			}
			return answer(200, result.webhookResponse ?? { message: 'Workflow was started' });
		} catch (error) {
			this.executions.push(undefined);
			return answer(500, { code: 0, message: (error as Error).message });
		}
	}

	/** Runs the workflow from the trigger's items as n8n does after a webhook call (the node's execute() passes them through). */
	private async execute(workflow: Workflow, node: INode, data: INodeExecutionData[][], mode: WorkflowExecuteMode): Promise<INodeExecutionData[]> {
		const hooks = this.hooks(workflow, node, mode);
		const additionalData = await this.additionalData({ hooks: hooks.hooks });
		const runExecutionData = createRunExecutionData({
			executionData: { nodeExecutionStack: [{ node, data: { main: data }, source: null }] },
		} as never);
		const run = await new WorkflowExecute(additionalData, mode, runExecutionData).processRunExecutionData(workflow);
		return this.itemsOf(hooks.finished() ?? run);
	}

	private hooks(workflow: Workflow, node: INode, mode: WorkflowExecuteMode) {
		const hooks = new ExecutionLifecycleHooks(mode, 'exec-trigger', {
			id: workflow.id,
			name: workflow.name,
			nodes: [node],
			connections: {},
			active: true,
			activeVersionId: null,
			isArchived: false,
			createdAt: new Date(),
			updatedAt: new Date(),
			settings: {},
		} as never);
		let finished: IRun | undefined;
		hooks.addHandler('workflowExecuteAfter', (run) => {
			finished = run;
		});
		return { hooks, finished: () => finished };
	}

	/** The trigger's output items of a finished run; a failed run throws its error. */
	private itemsOf(result: IRun): INodeExecutionData[] {
		const error = result.data.resultData.error;
		if (error) throw Object.assign(new Error(String(error.message)), { description: (error as { description?: string }).description });
		const task = result.data.resultData.runData[TRIGGER_NAME]?.[0];
		return (task?.data?.main?.[0] ?? []) as INodeExecutionData[];
	}
}
