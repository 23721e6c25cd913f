import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IExecuteSingleFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	ITriggerFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { UazapiCredentials } from './credentials';
import { CredentialProblem, ADMIN_CREDENTIAL, credentialTypeOf, readAdminCredentials, readCredentials, secretsOf, storedCredentials } from './credentials';
import type { Concern, Explanation } from './errors';
import { explainFailure, explainNetworkFailure, explainRedirect, UazapiError } from './errors';
import { withoutSecrets } from './secrets';

/** A plain Uazapi request: what the API documents, before it is routed. */
export interface UazapiCall {
	method: IHttpRequestMethods;
	/** The Uazapi path, e.g. `/send/text`. */
	path: string;
	body?: unknown;
	qs?: IDataObject;
	/** What a failure is about: the thing a 404 did not find, the operation's own status meanings. */
	concern?: Concern;
	/** Media sends and downloads get the longer default deadline. */
	slow?: boolean;
	/**
	 * A secret-named key of the answer the user asked for (Create Instance's new instance token), kept
	 * under another name; every other secret key is dropped as usual.
	 */
	reveal?: { key: string; as: string };
}

/** The node's Request Options (proxy, SSL, timeout), where the user set them. */
export interface TravelOptions {
	timeout?: number;
	proxy?: IHttpRequestOptions['proxy'];
	skipSslCertificateValidation?: boolean | string;
}

const skipSsl = (travel?: TravelOptions) => travel?.skipSslCertificateValidation === true || travel?.skipSslCertificateValidation === 'true';

/** Default deadline of a whole answer: sends and lookups answer in seconds; media can take minutes. */
export const DEFAULT_DEADLINE_MS = 60_000;
export const SLOW_DEADLINE_MS = 300_000;

export type UazapiContext =
	| IExecuteSingleFunctions
	| IExecuteFunctions
	| ILoadOptionsFunctions
	| IHookFunctions
	| IWebhookFunctions
	| ITriggerFunctions;

const hasBody = (method: string, body: unknown) =>
	method !== 'GET' &&
	body !== undefined &&
	body !== null &&
	!(typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length === 0);

/** The proxy contract (docs/ARCHITECTURE.md, "The request path"): one JSON envelope POSTed to the proxy for every Uazapi call. */
export function buildEnvelope(credentials: UazapiCredentials, call: Omit<UazapiCall, 'concern'>): IDataObject {
	const envelope: IDataObject = {
		service: 'uazapi',
		method: call.method,
		endpoint: call.path,
		baseUrl: credentials.serverUrl,
		headers:
			credentials.tokenHeader === 'admintoken'
				? { admintoken: credentials.token, 'Content-Type': 'application/json' }
				: { token: credentials.token, Authorization: `Bearer ${credentials.token}`, 'Content-Type': 'application/json' },
	};
	if (hasBody(call.method, call.body)) envelope.body = call.body as IDataObject;
	if (call.qs && Object.keys(call.qs).length) envelope.queryParams = call.qs;
	envelope.instanceId = credentials.instanceId;
	return envelope;
}

/**
 * How a Uazapi request travels: to the proxy as an envelope with `x-api-key`, or straight to the
 * server with the `token` header. The only place that knows the two ways.
 */
export function routeRequest(credentials: UazapiCredentials, call: Omit<UazapiCall, 'concern'>): IHttpRequestOptions {
	const path = call.path.startsWith('/') ? call.path : `/${call.path}`;
	if (credentials.connection === 'direct') {
		const withBody = hasBody(call.method, call.body);
		return {
			method: call.method,
			url: `${credentials.serverUrl}${path}`,
			qs: call.qs && Object.keys(call.qs).length ? call.qs : undefined,
			headers: withBody
				? { Accept: 'application/json', 'Content-Type': 'application/json', [credentials.tokenHeader]: credentials.token }
				: { Accept: 'application/json', [credentials.tokenHeader]: credentials.token },
			body: withBody ? (call.body as IDataObject) : undefined,
			json: true,
		};
	}
	return {
		method: 'POST',
		url: credentials.proxyUrl,
		headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'x-api-key': credentials.apiKey },
		body: buildEnvelope(credentials, { ...call, path }),
		json: true,
	};
}

// Texts this long (a file in base64) are not copied into a JSON string: see serialiseBody.
const LARGE_TEXT = 64 * 1024;
// Printable ASCII without `"` and `\`: JSON writes such a text as it is, and its UTF-8 bytes are its characters.
const PLAIN_JSON_TEXT = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
const LARGE_TEXT_MARK = '\u0000uazapi-large-text\u0000';

/**
 * A JSON body that holds a large text (a file sent inline as base64) → its serialised bytes, built with one
 * copy of the text: straight into the Buffer that goes on the wire. Otherwise the text would be copied into
 * the JSON string of the body and again into the bytes the HTTP client sends (three copies of the file with
 * the one on the input item; 3.5× the file's size at peak for a 20 MB file, see BENCHMARKS.md). Undefined
 * for a body without a large text, which travels as before.
 */
export function serialiseBody(body: unknown): Buffer | undefined {
	if (body === undefined || body === null || typeof body !== 'object') return undefined;
	const large: string[] = [];
	const json = JSON.stringify(body, (_key, value: unknown) => {
		if (typeof value === 'string' && value.length >= LARGE_TEXT && PLAIN_JSON_TEXT.test(value)) {
			large.push(value);
			return LARGE_TEXT_MARK;
		}
		return value;
	});
	if (!large.length) return undefined;
	const parts = json.split(JSON.stringify(LARGE_TEXT_MARK));
	// The mark also occurs in the data itself (never in practice): serialise as usual.
	if (parts.length !== large.length + 1) return undefined;
	let size = 0;
	for (const part of parts) size += Buffer.byteLength(part);
	for (const text of large) size += text.length + 2;
	const bytes = Buffer.allocUnsafe(size);
	let offset = bytes.write(parts[0], 0);
	large.forEach((text, i) => {
		offset += bytes.write('"', offset, 'latin1');
		offset += bytes.write(text, offset, 'latin1');
		offset += bytes.write('"', offset, 'latin1');
		offset += bytes.write(parts[i + 1], offset);
	});
	return bytes;
}

/** `target` as a path on the Server URL, or undefined when it points anywhere else. */
function pathOnServer(serverUrl: string, target: string): { path: string; query: IDataObject } | undefined {
	let url: URL;
	let server: URL;
	try {
		server = new URL(serverUrl);
		url = new URL(target, `${serverUrl}/`);
	} catch {
		return undefined;
	}
	const base = server.pathname.replace(/\/+$/, '');
	if (url.origin !== server.origin) return undefined;
	if (url.pathname !== base && !url.pathname.startsWith(`${base}/`)) return undefined;
	return { path: url.pathname.slice(base.length) || '/', query: Object.fromEntries(url.searchParams) };
}

const isRouted = (credentials: UazapiCredentials, target: string, body: unknown) =>
	credentials.connection === 'proxy' && target === credentials.proxyUrl && (body as IDataObject)?.service === 'uazapi';

function jsonBodyOf(body: unknown): unknown {
	if (typeof body !== 'string') return body;
	if (!body.trim()) return undefined;
	let parsed: unknown;
	try {
		parsed = JSON.parse(body);
	} catch {
		parsed = undefined;
	}
	if (parsed === undefined) {
		throw new CredentialProblem('Connection', 'is the n8n Tools proxy, which carries JSON bodies only', 'Send the body as JSON, or use the Direct connection.');
	}
	return parsed;
}

/**
 * The credential's `authenticate`: signs a request of this package (a Uazapi path) or of n8n's HTTP
 * Request node and the node's Custom API Call (a full URL, in `url` or the legacy `uri`). A URL that
 * is not on the Server URL is refused: the token never goes to another host.
 */
export function authenticateRequest(
	data: ICredentialDataDecryptedObject,
	requestOptions: IHttpRequestOptions & { uri?: string },
	read: (data: ICredentialDataDecryptedObject) => UazapiCredentials = readCredentials,
): IHttpRequestOptions {
	const credentials = read(data);
	const { uri, ...options } = requestOptions;
	const target = String(options.url ?? uri ?? '');
	if (isRouted(credentials, target, options.body)) return requestOptions;
	const onServer = pathOnServer(credentials.serverUrl, target);
	if (!onServer) {
		throw new CredentialProblem(
			'Server URL',
			`does not match the address of this request (${target.split('?')[0]})`,
			'The Uazapi credential only signs requests to its Server URL: use a URL that starts with it, or a path such as /chat/labels.',
		);
	}
	const method = String(options.method ?? 'GET').toUpperCase() as IHttpRequestMethods;
	const qs = { ...onServer.query, ...(options.qs ?? {}) };
	const headers = { ...(options.headers ?? {}) };
	for (const name of Object.keys(headers)) if (/^(token|admintoken|x-api-key|authorization)$/i.test(name)) delete headers[name];
	if (credentials.connection === 'direct') {
		return {
			...options,
			baseURL: undefined,
			url: `${credentials.serverUrl}${onServer.path}`,
			qs,
			headers: { ...headers, [credentials.tokenHeader]: credentials.token },
		};
	}
	const routed = routeRequest(credentials, { method, path: onServer.path, body: jsonBodyOf(options.body), qs });
	return { ...options, ...routed, baseURL: undefined, qs: {}, headers: { ...headers, ...routed.headers } };
}

function itemIndexOf(context: UazapiContext): number | undefined {
	return 'getItemIndex' in context ? context.getItemIndex() : undefined;
}

function cancelSignalOf(context: UazapiContext): AbortSignal | undefined {
	return 'getExecutionCancelSignal' in context ? context.getExecutionCancelSignal() : undefined;
}

/** The credential of this run, checked: a field that cannot work fails before any request. */
export async function credentialsFor(context: UazapiContext): Promise<UazapiCredentials> {
	const data = await storedCredentials(context as never);
	let problem: CredentialProblem;
	try {
		return credentialTypeOf(context as never) === ADMIN_CREDENTIAL ? readAdminCredentials(data) : readCredentials(data);
	} catch (error) {
		problem = error as CredentialProblem;
	}
	throw new NodeOperationError(context.getNode(), problem.summary, {
		itemIndex: itemIndexOf(context),
		description: problem.hint,
	});
}

/** One HTTP exchange with a deadline for the whole answer; failures explained, secrets masked. */
async function exchange(
	context: UazapiContext,
	options: IHttpRequestOptions,
	deadlineMs: number,
	explainError: (error: unknown, timedOut: boolean) => Explanation,
	secrets: string[],
): Promise<IN8nHttpFullResponse> {
	const deadline = AbortSignal.timeout(deadlineMs);
	const cancel = cancelSignalOf(context);
	let failure: unknown;
	try {
		return (await context.helpers.httpRequest({
			...options,
			timeout: deadlineMs,
			abortSignal: cancel ? AbortSignal.any([cancel, deadline]) : deadline,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
		})) as IN8nHttpFullResponse;
	} catch (error) {
		failure = error;
	}
	// A run the user stopped ends as n8n ends it; anything else is explained.
	if (cancel?.aborted) throw failure;
	throw new UazapiError(context.getNode(), explainError(failure, deadline.aborted), { itemIndex: itemIndexOf(context), secrets });
}

function deadlineOf(travel: TravelOptions | undefined, slow: boolean | undefined): number {
	return travel?.timeout && travel.timeout > 0 ? travel.timeout : slow ? SLOW_DEADLINE_MS : DEFAULT_DEADLINE_MS;
}

/**
 * Makes one Uazapi call: the only way this package talks to Uazapi (operations, list searches, the
 * trigger, the credential test through `authenticateRequest`). Checks the credential, routes the
 * request, applies the Request Options and a deadline, refuses redirects, turns failures into errors
 * a person can act on, and returns the answer's body without secrets.
 */
export async function uazapiRequest(context: UazapiContext, call: UazapiCall, travel?: TravelOptions): Promise<unknown> {
	const credentials = await credentialsFor(context);
	const { connection, secrets } = credentials;
	const deadlineMs = deadlineOf(travel, call.slow);
	const routed = routeRequest(credentials, call);
	// Both routes declare Content-Type: application/json for a body; these bytes are that JSON.
	const serialised = serialiseBody(routed.body);
	const response = await exchange(
		context,
		{
			...routed,
			...(serialised ? { body: serialised } : {}),
			proxy: travel?.proxy,
			skipSslCertificateValidation: skipSsl(travel),
			disableFollowRedirect: true,
		},
		deadlineMs,
		(error, timedOut) => explainNetworkFailure(error, connection, timedOut ? deadlineMs : undefined),
		secrets,
	);
	const itemIndex = itemIndexOf(context);
	const status = response.statusCode;
	const fail = (explanation: Explanation) =>
		new UazapiError(context.getNode(), explanation, { httpCode: String(status), itemIndex, secrets });
	if (status >= 300 && status < 400) throw fail(explainRedirect(connection, response.headers?.location, routed.url));
	if (status < 200 || status >= 300) {
		throw fail(explainFailure({ subject: 'instance', ...call.concern, status, body: response.body, connection, secrets }));
	}
	if (typeof response.body !== 'object' || response.body === null) {
		const server = connection === 'proxy' ? '"Proxy URL"' : '"Server URL"';
		throw fail({
			message: 'The server did not answer with JSON',
			description: `Check ${server} in the Uazapi credential: it should point to the Uazapi API, not to a web page.`,
		});
	}
	const clean = withoutSecrets(response.body, secrets) as IDataObject;
	const revealed = call.reveal && (response.body as IDataObject)[call.reveal.key];
	if (call.reveal && typeof revealed === 'string') clean[call.reveal.as] = revealed;
	return clean;
}

export interface DownloadedFile {
	bytes: Buffer;
	/** The Content-Type the file host declared, if any. */
	contentType?: string;
}

/**
 * Downloads a public file Uazapi linked to (a media fileURL, a profile picture) as raw bytes: one
 * buffer, no base64 round trip. It goes straight to the link, with no token or API key (so a redirect
 * to the file's storage is followed).
 */
export async function downloadFile(
	context: IExecuteSingleFunctions | IExecuteFunctions | IWebhookFunctions | ITriggerFunctions,
	url: string,
	what: { name: string; goneHint: string },
	travel?: TravelOptions,
): Promise<DownloadedFile> {
	const secrets = secretsOf(await storedCredentials(context as never).catch(() => undefined));
	const deadlineMs = deadlineOf(travel, true);
	const response = await exchange(
		context,
		{ method: 'GET', url, encoding: 'arraybuffer', json: false, proxy: travel?.proxy, skipSslCertificateValidation: skipSsl(travel) },
		deadlineMs,
		(error, timedOut) => ({
			message: `Could not download the ${what.name}`,
			description: timedOut
				? `The link ${url} did not deliver the file within ${deadlineMs / 1000} s. Try again, or raise the timeout in the node's Request Options.`
				: `The link ${url} could not be reached: ${String((error as Error).message ?? error)}`,
		}),
		secrets,
	);
	const status = response.statusCode;
	const itemIndex = 'getItemIndex' in context ? context.getItemIndex() : undefined;
	if (status === 404 || status === 410) {
		throw new UazapiError(context.getNode(), { message: `The ${what.name} is no longer available`, description: what.goneHint }, { itemIndex, secrets, httpCode: String(status) });
	}
	if (status < 200 || status >= 300) {
		throw new UazapiError(
			context.getNode(),
			{ message: `Could not download the ${what.name} (HTTP ${status})`, description: `The file host answered HTTP ${status} for ${url}. Try again later.` },
			{ itemIndex, secrets, httpCode: String(status) },
		);
	}
	const contentType = response.headers['content-type'];
	return {
		bytes: Buffer.isBuffer(response.body) ? response.body : Buffer.from(response.body as ArrayBuffer),
		contentType: typeof contentType === 'string' ? contentType : undefined,
	};
}

/** An open event stream: the answer's body, read as it arrives. */
export type EventStream = AsyncIterable<Buffer | string> & { destroy?: () => void };

/** How long an event stream may take to answer with its headers (after that it stays open, without deadline). */
const STREAM_CONNECT_MS = 30_000;

async function textOf(stream: EventStream | undefined, limit = 4_000): Promise<string> {
	let text = '';
	if (!stream) return text;
	try {
		for await (const chunk of stream) {
			text += String(chunk);
			if (text.length >= limit) break;
		}
	} catch {
		// what arrived is enough to explain the failure
	}
	stream.destroy?.();
	return text.slice(0, limit);
}

/**
 * Opens Uazapi's event stream (`GET /sse`, Server-Sent Events), the long-lived sibling of `uazapiRequest`.
 * Direct connection only: the n8n Tools proxy carries one request and one answer per call (a JSON
 * envelope), not a stream, so a proxy credential is refused naming its Connection field. The token travels
 * in the query string, as Uazapi wants it for this endpoint. `signal` ends the stream (deactivation).
 * Failures are `UazapiError`s, explained and without secrets; a 401 is a wrong token.
 */
export async function openEventStream(
	context: ITriggerFunctions | IExecuteFunctions,
	request: { method: 'GET'; path: string; qs: IDataObject; lastEventId?: string; signal: AbortSignal },
): Promise<EventStream> {
	const credentials = await credentialsFor(context);
	const { secrets } = credentials;
	if (credentials.connection !== 'direct') {
		throw new NodeOperationError(
			context.getNode(),
			'The event stream needs the Direct connection: the n8n Tools proxy cannot carry a stream',
			{
				description:
					'Set "Connection" to Direct in the Uazapi credential (with its Server URL and instance token), or set the trigger\'s "Receive Events By" to Webhook.',
			},
		);
	}
	// The deadline covers the answer's headers only: the stream itself stays open as long as it flows.
	const connectDeadline = AbortSignal.timeout(STREAM_CONNECT_MS);
	const abort = new AbortController();
	let connected = false;
	const stop = () => abort.abort();
	if (request.signal.aborted) stop();
	request.signal.addEventListener('abort', stop, { once: true });
	// One listener per connection on the caller's long-lived signal: removed when the connection ends.
	const release = () => request.signal.removeEventListener('abort', stop);
	connectDeadline.addEventListener('abort', () => connected || stop(), { once: true });
	let response: IN8nHttpFullResponse | undefined;
	let failure: unknown;
	try {
		response = (await context.helpers.httpRequest({
			method: request.method,
			url: `${credentials.serverUrl}${request.path}`,
			qs: { ...request.qs, token: credentials.token },
			headers: request.lastEventId
				? { Accept: 'text/event-stream', 'Last-Event-ID': request.lastEventId }
				: { Accept: 'text/event-stream' },
			encoding: 'stream',
			json: false,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			disableFollowRedirect: true,
			abortSignal: abort.signal,
		})) as IN8nHttpFullResponse;
		connected = true;
	} catch (error) {
		failure = error;
	}
	if (!response) {
		release();
		const explanation = explainNetworkFailure(failure, 'direct', connectDeadline.aborted ? STREAM_CONNECT_MS : undefined);
		throw new UazapiError(context.getNode(), explanation, { secrets });
	}
	const status = response.statusCode;
	const body = response.body as EventStream;
	if (status >= 200 && status < 300) {
		(body as { once?: (event: 'close', listener: () => void) => unknown }).once?.('close', release);
		return body;
	}
	release();
	const fail = (explanation: Explanation) => new UazapiError(context.getNode(), explanation, { httpCode: String(status), secrets });
	if (status >= 300 && status < 400) throw fail(explainRedirect('direct', response.headers?.location, `${credentials.serverUrl}${request.path}`));
	const text = await textOf(body);
	let parsed: unknown = text;
	try {
		parsed = JSON.parse(text);
	} catch {
		// keep the text
	}
	throw fail(explainFailure({ subject: 'instance', status, body: parsed, connection: 'direct', secrets }));
}
