import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteSingleFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	INode,
	INodeExecutionData,
	IWebhookFunctions,
	PostReceiveAction,
} from 'n8n-workflow';

import type { Concern, Subject } from './errors';
import { explainFailure, explainNetworkFailure, redactSecrets, uazapiError } from './errors';
import { connectionOf } from './transport';

export const CREDENTIAL = 'uazapiApi';

// Every item of a node run shares one execute data object, and one credential: load it once per run
// (n8n reads it from its database and decrypts it on every call).
const credentialsOfRun = new WeakMap<object, Promise<ICredentialDataDecryptedObject>>();

export async function runCredentials(context: IExecuteSingleFunctions): Promise<ICredentialDataDecryptedObject> {
	const key = context.getExecuteData();
	let credentials = credentialsOfRun.get(key);
	if (!credentials) {
		credentials = context.getCredentials(CREDENTIAL);
		credentialsOfRun.set(key, credentials);
	}
	return await credentials;
}

// Uazapi objects can carry the instance token or a saved OpenAI key (Instance object, webhook payloads).
const SECRET_KEYS = new Set(['token', 'apitoken', 'admintoken', 'openai_apikey', 'apikey', 'x-api-key']);

/** A copy of a response body without any secret: secret keys removed, secret values masked. */
export function withoutSecrets<T>(value: T, credentials: ICredentialDataDecryptedObject, extra: string[] = []): T {
	const clean = (node: unknown): unknown => {
		if (typeof node === 'string') return redactSecrets(node, credentials, extra);
		if (Array.isArray(node)) return node.map(clean);
		if (node && typeof node === 'object') {
			const out: IDataObject = {};
			for (const [key, child] of Object.entries(node)) {
				if (!SECRET_KEYS.has(key.toLowerCase())) out[key] = clean(child) as IDataObject;
			}
			return out;
		}
		return node;
	};
	return clean(value) as T;
}

/**
 * Throws an actionable error for an HTTP failure (requests are sent with ignoreHttpStatusErrors so
 * that this table, not n8n's default, speaks) or for an answer that is not JSON.
 */
export function assertSuccessful(
	node: INode,
	response: IN8nHttpFullResponse,
	credentials: ICredentialDataDecryptedObject,
	concern: Concern,
	itemIndex?: number,
): void {
	const connection = connectionOf(credentials);
	const status = response.statusCode;
	if (status < 200 || status >= 300) {
		throw uazapiError(node, explainFailure({ ...concern, status, body: response.body, connection }), {
			httpCode: String(status),
			itemIndex,
			credentials,
		});
	}
	if (typeof response.body !== 'object' || response.body === null) {
		const server = connection === 'proxy' ? '"Proxy URL"' : '"Server URL"';
		throw uazapiError(
			node,
			{
				message: 'The server did not answer with JSON',
				description: `Check ${server} in the Uazapi credential: it should point to the Uazapi API, not to a web page.`,
			},
			{ httpCode: String(status), itemIndex, credentials },
		);
	}
}

/** First post-receive action of every operation: checks the answer and strips secrets from the output. */
export function checkResponse(concern: Concern): PostReceiveAction {
	return async function (
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const credentials = await runCredentials(this);
		assertSuccessful(this.getNode(), response, credentials, concern, this.getItemIndex());
		return items.map((item) => ({ ...item, json: withoutSecrets(item.json, credentials) }));
	};
}

/** Post-receive action: one output item per element of an array found at `key` (or the body itself). */
export function splitArray(key?: string): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[]) {
		return items.flatMap((item) => {
			const value = key ? (item.json as IDataObject)[key] : item.json;
			const list = Array.isArray(value) ? value : [];
			return list.map((json) => ({ json: json as IDataObject }));
		});
	};
}

type CallContext = IExecuteSingleFunctions | ILoadOptionsFunctions | IHookFunctions | IWebhookFunctions;

/**
 * One Uazapi call outside the declarative routing (list searches, the trigger, multi-step operations).
 * It travels like every other request (the credential routes it) and fails with the same messages.
 */
export async function callUazapi(
	context: CallContext,
	request: { method: IHttpRequestMethods; path: string; body?: IDataObject; qs?: IDataObject; subject?: Subject },
): Promise<unknown> {
	const credentials = await context.getCredentials(CREDENTIAL);
	const itemIndex = 'getItemIndex' in context ? context.getItemIndex() : undefined;
	let response: IN8nHttpFullResponse;
	try {
		response = (await context.helpers.httpRequestWithAuthentication.call(context, CREDENTIAL, {
			method: request.method,
			url: request.path,
			body: request.body,
			qs: request.qs,
			json: true,
			ignoreHttpStatusErrors: true,
			returnFullResponse: true,
		})) as IN8nHttpFullResponse;
	} catch (error) {
		const network = explainNetworkFailure(error, connectionOf(credentials));
		throw uazapiError(
			context.getNode(),
			network ?? { message: 'The request to Uazapi failed', description: String((error as Error).message ?? '') },
			{ itemIndex, credentials },
		);
	}
	assertSuccessful(context.getNode(), response, credentials, { subject: request.subject ?? 'instance' }, itemIndex);
	return withoutSecrets(response.body, credentials);
}
