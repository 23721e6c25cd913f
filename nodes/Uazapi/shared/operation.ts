import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
	PostReceiveAction,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { turnOf } from './delivery';
import type { StatusMeanings, Subject } from './errors';
import { explainNetworkFailure, isExplained, redactSecrets, uazapiError } from './errors';
import { checkResponse, runCredentials, withoutSecrets } from './response';
import { connectionOf, routeRequest } from './transport';

export type RequestOptions = DeclarativeRestApiSettings.HttpRequestOptions;

export interface Pages {
	/** Key of the array that holds the entries of a page. */
	itemsKey: string;
	/** Largest page asked for. */
	pageSize: number;
	/** The next offset, or undefined when this was the last page. */
	nextOffset(body: IDataObject, offset: number, received: number): number | undefined;
}

export interface OperationSpec {
	resource: string;
	name: string;
	value: string;
	action: string;
	description: string;
	method?: 'GET' | 'POST';
	path?: string;
	/** What a 404 means for this operation. */
	subject?: Subject;
	/** What a status means for this operation where Uazapi gives it a meaning of its own. */
	meanings?: StatusMeanings;
	/** This operation's fields; shown only for it. */
	fields?: INodeProperties[];
	/** Validates the item and completes the request, in the item's turn, before anything is sent. */
	prepare?: (this: IExecuteSingleFunctions, request: RequestOptions) => Promise<RequestOptions>;
	/** Shapes the response into output items (after the shared response check). */
	output?: PostReceiveAction[];
	/** A message send: waits for its turn according to the Delivery setting. */
	delivery?: boolean;
	/** Return All / Limit over pages of `itemsKey`. */
	pages?: Pages;
	/** Secrets the user typed into this operation (e.g. an OpenAI key): masked in outputs and errors. */
	secrets?: (this: IExecuteSingleFunctions) => string[];
	/** For operations that are not one request (several calls, or none): produces the items itself. */
	run?: (
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	) => Promise<INodeExecutionData[]>;
}

export interface Operation {
	option: INodePropertyOptions;
	properties: INodeProperties[];
}

function postReceiveOf(spec: OperationSpec): PostReceiveAction[] {
	return [checkResponse({ subject: spec.subject ?? 'instance', meanings: spec.meanings }), ...(spec.output ?? [])];
}

/**
 * Sends the item's Uazapi request and shapes the answer with the operation's post-receive actions:
 * what RoutingNode's own request does, but with the credential loaded once per run instead of once
 * per item (n8n reads and decrypts it from its database on every authenticated call; BENCHMARKS.md).
 */
async function send(
	this: IExecutePaginationFunctions,
	spec: OperationSpec,
	options: RequestOptions,
): Promise<INodeExecutionData[]> {
	const credentials = await runCredentials(this);
	const response = (await this.helpers.httpRequest({
		...routeRequest(credentials, options as IHttpRequestOptions),
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		abortSignal: this.getExecutionCancelSignal(),
	})) as IN8nHttpFullResponse;
	let items: INodeExecutionData[] = [{ json: response.body as IDataObject }];
	for (const action of postReceiveOf(spec)) {
		if (typeof action === 'function') items = await action.call(this, items, response);
	}
	return items;
}

async function fetchPages(
	this: IExecutePaginationFunctions,
	spec: OperationSpec,
	pages: Pages,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const returnAll = this.getNodeParameter('returnAll', false) as boolean;
	const limit = returnAll ? Infinity : (this.getNodeParameter('limit', 50) as number);
	const body = (requestData.options.body ?? {}) as IDataObject;
	const results: INodeExecutionData[] = [];
	let offset = 0;
	let previousFirst: string | undefined;
	while (results.length < limit) {
		const size = Math.min(pages.pageSize, limit - results.length);
		const [page] = await send.call(this, spec, { ...requestData.options, body: { ...body, limit: size, offset } });
		const pageBody = (page?.json ?? {}) as IDataObject;
		const entries = Array.isArray(pageBody[pages.itemsKey]) ? (pageBody[pages.itemsKey] as IDataObject[]) : [];
		// A server that ignores the offset would answer the same page forever.
		const first = JSON.stringify(entries[0]);
		if (first === previousFirst) break;
		previousFirst = first;
		results.push(...entries.map((json) => ({ json })));
		const next = pages.nextOffset(pageBody, offset, entries.length);
		if (next === undefined || entries.length === 0) break;
		offset = next;
	}
	return results.slice(0, limit);
}

async function perform(
	this: IExecutePaginationFunctions,
	spec: OperationSpec,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	let options = requestData.options;
	if (spec.prepare) options = await spec.prepare.call(this, { ...options });
	if (spec.run) return await spec.run.call(this, { ...requestData, options });
	if (spec.pages) return await fetchPages.call(this, spec, spec.pages, { ...requestData, options });
	return await send.call(this, spec, options);
}

/** Any failure → a NodeApiError/NodeOperationError whose texts hold no secret. */
async function asNodeError(
	context: IExecuteSingleFunctions,
	error: Error,
): Promise<NodeApiError | NodeOperationError> {
	const credentials = await runCredentials(context);
	const itemIndex = context.getItemIndex();
	if (error instanceof NodeOperationError) return error;
	if (isExplained(error)) return error as NodeApiError;
	const network = explainNetworkFailure(error, connectionOf(credentials));
	if (network) return uazapiError(context.getNode(), network, { itemIndex, credentials });
	return uazapiError(
		context.getNode(),
		{
			message: redactSecrets(error.message || 'The request failed', credentials),
			description: redactSecrets(String((error as { description?: string }).description ?? ''), credentials),
		},
		{ itemIndex, credentials, httpCode: (error as { httpCode?: string }).httpCode ?? undefined },
	);
}

/**
 * Makes an item's request(s). RoutingNode lets a `pagination` function run an item's request itself;
 * every operation uses that hook so that sends go out in order, pages are followed, network failures
 * get clear messages, and Continue On Fail yields an error item linked to its input item.
 */
function dispatcher(spec: OperationSpec) {
	return async function dispatch(
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		const itemIndex = this.getItemIndex();
		const turn = spec.delivery ? turnOf(this) : undefined;
		let secrets: string[] = [];
		let failed = false;
		try {
			await turn?.wait();
			secrets = spec.secrets?.call(this).filter(Boolean) ?? [];
			const items = await perform.call(this, spec, requestData);
			return items.map((item) => ({
				...item,
				json: secrets.length ? withoutSecrets(item.json, {}, secrets) : item.json,
				pairedItem: { item: itemIndex },
			}));
		} catch (error) {
			const nodeError = await asNodeError(this, error as Error);
			if (secrets.length) {
				nodeError.message = redactSecrets(nodeError.message, {}, secrets);
				if (nodeError.description) nodeError.description = redactSecrets(nodeError.description, {}, secrets);
			}
			if (this.continueOnFail()) {
				return [{ json: { error: nodeError.message }, error: nodeError, pairedItem: { item: itemIndex } }];
			}
			failed = true;
			throw nodeError;
		} finally {
			turn?.settle(failed);
		}
	};
}

export function defineOperation(spec: OperationSpec): Operation {
	const option: INodePropertyOptions = {
		name: spec.name,
		value: spec.value,
		action: spec.action,
		description: spec.description,
		routing: {
			request: spec.path ? { method: spec.method ?? 'POST', url: spec.path } : undefined,
			send: { paginate: true },
			operations: { pagination: dispatcher(spec) },
			output: { postReceive: postReceiveOf(spec) },
		},
	};
	const properties = spec.fields?.length
		? updateDisplayOptions({ show: { resource: [spec.resource], operation: [spec.value] } }, spec.fields)
		: [];
	return { option, properties };
}

/** The Operation property of a resource, followed by the fields of all its operations. */
export function describeResource(
	resource: string,
	operations: Operation[],
	defaultOperation: string,
): INodeProperties[] {
	return [
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource] } },
			options: operations.map((operation) => operation.option),
			// eslint-disable-next-line n8n-nodes-base/node-param-default-wrong-for-options -- a value of `options`, given by the resource
			default: defaultOperation,
		},
		...operations.flatMap((operation) => operation.properties),
	];
}
