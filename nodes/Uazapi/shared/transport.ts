import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestMethods, IHttpRequestOptions } from 'n8n-workflow';

export const DEFAULT_PROXY_URL = 'https://n8ntools.io/api/v1/proxy/uazapi';

export type Connection = 'proxy' | 'direct';

export function connectionOf(credentials: ICredentialDataDecryptedObject): Connection {
	return credentials.connection === 'direct' ? 'direct' : 'proxy';
}

function withoutTrailingSlash(url: string): string {
	return url.trim().replace(/\/+$/, '');
}

function isEmpty(value: unknown): boolean {
	return (
		value === undefined ||
		value === null ||
		(typeof value === 'object' && !Buffer.isBuffer(value) && Object.keys(value).length === 0)
	);
}

/** The proxy contract (DESIGN.md §3): one JSON envelope POSTed to the proxy for every Uazapi call. */
export function buildEnvelope(
	credentials: ICredentialDataDecryptedObject,
	request: { method: string; path: string; body?: unknown; qs?: IDataObject },
): IDataObject {
	const token = String(credentials.apiToken ?? '');
	const envelope: IDataObject = {
		service: 'uazapi',
		method: request.method,
		endpoint: request.path,
		baseUrl: withoutTrailingSlash(String(credentials.apiUrl ?? '')),
		headers: {
			token,
			Authorization: `Bearer ${token}`,
			'Content-Type': 'application/json',
		},
	};
	if (request.method !== 'GET' && !isEmpty(request.body)) envelope.body = request.body as IDataObject;
	if (!isEmpty(request.qs)) envelope.queryParams = request.qs;
	envelope.instanceId = String(credentials.instanceId ?? '');
	return envelope;
}

/**
 * Turns a plain Uazapi request (method, path in `url`, query, body) into the request that travels:
 * the proxy envelope with `x-api-key`, or the direct call with the `token` header.
 * It is the credential's `authenticate`, so operations, the trigger and the credential test
 * all travel the same way without knowing the connection.
 */
export function routeRequest(
	credentials: ICredentialDataDecryptedObject,
	requestOptions: IHttpRequestOptions,
): IHttpRequestOptions {
	// n8n authenticates a request again when it is answered 401. A request that already travels to
	// the proxy has an absolute URL (operations only ever give a path) and is left as it is.
	if (/^https?:\/\//i.test(requestOptions.url)) return requestOptions;
	const method = (requestOptions.method ?? 'GET').toUpperCase() as IHttpRequestMethods;
	const path = requestOptions.url.startsWith('/') ? requestOptions.url : `/${requestOptions.url}`;
	const headers: IDataObject = { ...(requestOptions.headers ?? {}), Accept: 'application/json' };

	if (connectionOf(credentials) === 'direct') {
		const hasBody = method !== 'GET' && !isEmpty(requestOptions.body);
		return {
			...requestOptions,
			method,
			baseURL: withoutTrailingSlash(String(credentials.apiUrl ?? '')),
			url: path,
			headers: hasBody
				? { ...headers, 'Content-Type': 'application/json', token: credentials.apiToken }
				: { ...headers, token: credentials.apiToken },
			body: hasBody ? requestOptions.body : undefined,
			json: true,
		};
	}

	return {
		...requestOptions,
		method: 'POST',
		baseURL: undefined,
		url: withoutTrailingSlash(String(credentials.proxyUrl || DEFAULT_PROXY_URL)),
		headers: {
			...headers,
			'Content-Type': 'application/json',
			'x-api-key': credentials.n8nToolsApiKey,
		},
		qs: {},
		body: buildEnvelope(credentials, {
			method,
			path,
			body: requestOptions.body,
			qs: requestOptions.qs,
		}),
		json: true,
	};
}
