import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { secretsOf, storedCredentials } from './credentials';
import { turnOf } from './delivery';
import type { StatusMeanings, Subject } from './errors';
import { throwable, UazapiError } from './errors';
import type { OutputShaper } from './response';
import { redactSecrets, usableSecrets, withoutSecrets } from './secrets';
import type { UazapiCall } from './transport';
import { uazapiRequest } from './transport';
import { limitParameter } from './validation';

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
	method?: IHttpRequestMethods;
	path?: string;
	/** What a 404 is about for this operation (or for the path its prepared request goes to). */
	subject?: Subject | ((path: string) => Subject);
	/** What a status means for this operation where Uazapi gives it a meaning of its own. */
	meanings?: StatusMeanings;
	/** This operation's fields; shown only for it. */
	fields?: INodeProperties[];
	/** Validates the item and completes the request, in the item's turn, before anything is sent. */
	prepare?: (this: IExecuteSingleFunctions, request: RequestOptions) => Promise<RequestOptions>;
	/** Shapes the answer into output items (after the transport checked it). */
	output?: OutputShaper[];
	/** A message send: waits for its turn according to the Delivery setting. */
	delivery?: boolean;
	/** Media travels: the longer default deadline applies. */
	slow?: boolean;
	/** Return All / Limit over pages of `itemsKey`. */
	pages?: Pages;
	/** Secrets the user typed into this operation (e.g. an OpenAI key): masked in outputs and errors. */
	secrets?: (this: IExecuteSingleFunctions) => string[];
	/**
	 * For operations that are not one request (several calls, or none): produces the items itself,
	 * calling `uazapiRequest` with the prepared request as its travel options.
	 */
	run?: (this: IExecutePaginationFunctions, request: RequestOptions) => Promise<INodeExecutionData[]>;
	/**
	 * Every Uazapi call this operation can make (`'POST /group/updateName'`), for operations whose `prepare` or
	 * `run` goes beyond `method path` (several calls, another path, or none: `[]`). Only `npm run readme` reads it
	 * (through `documentedEndpoints`), for the operations lists of README.md and docs/OPERATIONS.md; it is not part
	 * of the node's description.
	 */
	endpoints?: string[];
}

export interface Operation {
	option: INodePropertyOptions;
	properties: INodeProperties[];
}

/** The Uazapi call of a prepared request. */
export function callOf(spec: OperationSpec, request: RequestOptions): UazapiCall {
	return {
		method: request.method ?? spec.method ?? 'POST',
		path: String(request.url ?? spec.path),
		body: request.body,
		qs: request.qs,
		concern: {
			subject: typeof spec.subject === 'function' ? spec.subject(String(request.url)) : (spec.subject ?? 'instance'),
			meanings: spec.meanings,
		},
		slow: spec.slow,
	};
}

async function send(this: IExecuteSingleFunctions, spec: OperationSpec, request: RequestOptions) {
	const body = await uazapiRequest(this, callOf(spec, request), request);
	let items: INodeExecutionData[] = [{ json: (body ?? {}) as IDataObject }];
	for (const shape of spec.output ?? []) items = await shape.call(this, items);
	return items;
}

// Return All ends even against a server that always says "more": at this many pages, it fails.
// 200 pages of up to 100 are 20,000 entries, more than a run should hold, and against a broken server
// the cap is reached in seconds, not minutes.
export const MAX_PAGES = 200;

async function fetchPages(this: IExecuteSingleFunctions, spec: OperationSpec, pages: Pages, request: RequestOptions) {
	const returnAll = this.getNodeParameter('returnAll', false) as boolean;
	const limit = returnAll ? Infinity : limitParameter(this);
	const body = (request.body ?? {}) as IDataObject;
	const results: INodeExecutionData[] = [];
	const seen = new Set<string>();
	let offset = 0;
	for (let page = 1; results.length < limit; page++) {
		if (page > MAX_PAGES) {
			throw new NodeOperationError(this.getNode(), `Return All stopped after ${MAX_PAGES} pages (item ${this.getItemIndex()})`, {
				itemIndex: this.getItemIndex(),
				description: `The server kept announcing more entries after ${results.length}. Use Limit, or narrow the filters.`,
			});
		}
		const size = Math.min(pages.pageSize, limit - results.length);
		const answer = (await uazapiRequest(this, callOf(spec, { ...request, body: { ...body, limit: size, offset } }), request)) as IDataObject;
		const entries = Array.isArray(answer?.[pages.itemsKey]) ? (answer[pages.itemsKey] as IDataObject[]) : [];
		// A server that ignores the offset answers the same page again: that is the end, not more data.
		const fingerprint = JSON.stringify(entries);
		if (entries.length && seen.has(fingerprint)) break;
		seen.add(fingerprint);
		results.push(...entries.map((json) => ({ json })));
		const next = pages.nextOffset(answer ?? {}, offset, entries.length);
		if (next === undefined || entries.length === 0 || next <= offset) break;
		offset = next;
	}
	return results.slice(0, limit);
}

/** The Request Options the user set (RoutingNode fills in a 300 s timeout where none was set). */
function travelOf(context: IExecuteSingleFunctions, request: RequestOptions): RequestOptions {
	// Read as saved unless it is an expression: getNodeParameter of a nested option costs as much per item as
	// resolving an expression, and RoutingNode's 300 s cannot be told from a Timeout the user set.
	const saved = (context.getNode().parameters.requestOptions as IDataObject | undefined)?.timeout;
	const value = typeof saved === 'string' && saved.startsWith('=') ? context.getNodeParameter('requestOptions.timeout', 0) : saved;
	return { ...request, timeout: Number(value) || undefined };
}

/** Validates the item and builds its request (the operation's `prepare`), with the user's Request Options. */
async function prepare(this: IExecutePaginationFunctions, spec: OperationSpec, options: RequestOptions) {
	const request = travelOf(this, options);
	return spec.prepare ? await spec.prepare.call(this, request) : request;
}

async function perform(this: IExecutePaginationFunctions, spec: OperationSpec, request: RequestOptions) {
	if (spec.run) return await spec.run.call(this, request);
	if (spec.pages) return await fetchPages.call(this, spec, spec.pages, request);
	return await send.call(this, spec, request);
}

/** Any failure → an error of this node whose texts hold no secret. */
async function asNodeError(context: IExecuteSingleFunctions, error: Error, extraSecrets: string[]) {
	// Loading the credential may be what failed: its own failure must not hide this one.
	const stored = await storedCredentials(context).catch(() => undefined);
	const secrets = [...secretsOf(stored), ...extraSecrets];
	if (error instanceof UazapiError || error instanceof NodeOperationError) {
		error.message = redactSecrets(error.message, secrets);
		if (error.description) error.description = redactSecrets(error.description, secrets);
		return error;
	}
	return new UazapiError(
		context.getNode(),
		{ message: error.message || 'The request failed', description: String((error as { description?: string }).description ?? '') },
		{ itemIndex: context.getItemIndex(), secrets, httpCode: (error as { httpCode?: string }).httpCode },
	);
}

/**
 * Makes an item's request(s). RoutingNode lets a `pagination` function run an item's request itself;
 * every operation uses that hook so that its calls go through the one transport, sends go out in
 * order, pages are followed, and Continue On Fail yields an error item linked to its input item.
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
			secrets = usableSecrets(spec.secrets?.call(this) ?? []);
			let request: RequestOptions | undefined;
			let refusal: Error | undefined;
			try {
				request = await prepare.call(this, spec, requestData.options);
			} catch (error) {
				refusal = error as Error;
			}
			// In the ordered modes, nothing is sent until every item was checked.
			turn?.checked(refusal, request?.body);
			if (refusal || !request) throw refusal;
			if (turn && !(await turn.wait())) return [];
			const items = await perform.call(this, spec, request);
			turn?.delivered(items);
			return items.map((item) => ({
				...item,
				json: secrets.length ? withoutSecrets(item.json, secrets) : item.json,
				pairedItem: { item: itemIndex },
			}));
		} catch (error) {
			const nodeError = await asNodeError(this, error as Error, secrets);
			// A send that failed at Uazapi: say what the run had delivered before, to resume from.
			const deliveredBefore = nodeError instanceof UazapiError ? await turn?.deliveredBefore() : undefined;
			if (deliveredBefore) nodeError.description = `${nodeError.description ?? ''} ${deliveredBefore}`.trim();
			if (this.continueOnFail()) {
				return [{ json: { error: nodeError.message }, error: nodeError, pairedItem: { item: itemIndex } }];
			}
			failed = true;
			throw throwable(nodeError);
		} finally {
			turn?.settle(failed);
		}
	};
}

/**
 * The `endpoints` of the operations that declare them, by `resource.operation`. Filled as the node's
 * description is built; read by scripts/readme-operations.js, never by n8n.
 */
export const documentedEndpoints = new Map<string, readonly string[]>();

export function defineOperation(spec: OperationSpec): Operation {
	if (spec.endpoints) documentedEndpoints.set(`${spec.resource}.${spec.value}`, spec.endpoints);
	const option: INodePropertyOptions = {
		name: spec.name,
		value: spec.value,
		action: spec.action,
		description: spec.description,
		routing: {
			request: spec.path ? { method: spec.method ?? 'POST', url: spec.path } : undefined,
			send: { paginate: true },
			operations: { pagination: dispatcher(spec) },
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
