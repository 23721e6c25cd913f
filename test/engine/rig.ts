import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { PROXY_API_KEY, ProxyDouble } from '../doubles/proxy';
import { findOperation } from '../doubles/contract';
import { ADMIN_TOKEN, UAZAPI_TOKEN, UazapiDouble } from '../doubles/uazapi';
import type { NodeRun, RunOptions } from './harness';
import { runListSearch, runNode, shutdownEngine } from './harness';

export type Mode = 'proxy' | 'direct';
export const MODES: Mode[] = ['proxy', 'direct'];
export const INSTANCE_ID = 'r183e2ef9597845';

/** A request as it reached Uazapi: what every operation test asserts. */
export interface Sent {
	method: string;
	path: string;
	body?: unknown;
	query?: Record<string, unknown>;
}

export interface Rig {
	uazapi: UazapiDouble;
	proxy: ProxyDouble;
	credentials(mode: Mode, overrides?: ICredentialDataDecryptedObject): ICredentialDataDecryptedObject;
	/** The Uazapi Admin API credential; runs of the Admin resource get it (and only they). */
	adminCredentials(mode: Mode, overrides?: ICredentialDataDecryptedObject): ICredentialDataDecryptedObject;
	run(mode: Mode, options: Omit<RunOptions, 'credentials'> & { credentials?: ICredentialDataDecryptedObject }): Promise<NodeRun>;
	/**
	 * The Uazapi requests that went over the wire, in order. Checks the transport on the way: in proxy
	 * mode every call is one envelope POSTed with the API key and forwarded unchanged; in direct mode
	 * it carries the `token` header and the proxy sees nothing.
	 */
	sent(mode: Mode): Sent[];
	/** Runs a list search of the node (the "From List" mode of a parameter) as the editor does. */
	listSearch(mode: Mode, method: string, options?: { filter?: string; parameters?: IDataObject }): Promise<unknown>;
}

/**
 * Starts the doubles for a test file; after each test, fails on any contract violation. `secrets`: another
 * instance token and API key (e.g. with characters that JSON, URL and base64 encode differently).
 */
export function useRig(secrets: { token?: string; apiKey?: string } = {}): Rig {
	const token = secrets.token ?? UAZAPI_TOKEN;
	const apiKey = secrets.apiKey ?? PROXY_API_KEY;
	const uazapi = new UazapiDouble(token);
	const proxy = new ProxyDouble(apiKey);

	beforeAll(async () => {
		await uazapi.start();
		await proxy.start();
	});
	afterEach(() => {
		const violations = [...proxy.violations, ...uazapi.violations];
		uazapi.reset();
		proxy.reset();
		expect(violations).toEqual([]);
	});
	afterAll(async () => {
		await proxy.stop();
		await uazapi.stop();
		await shutdownEngine();
	});

	const credentials = (mode: Mode, overrides: ICredentialDataDecryptedObject = {}) => ({
		connection: mode,
		n8nToolsApiKey: apiKey,
		proxyUrl: proxy.url,
		apiUrl: `${uazapi.url}/`,
		apiToken: token,
		instanceId: INSTANCE_ID,
		...overrides,
	});

	const adminCredentials = (mode: Mode, overrides: ICredentialDataDecryptedObject = {}) => ({
		connection: mode,
		n8nToolsApiKey: apiKey,
		proxyUrl: proxy.url,
		apiUrl: `${uazapi.url}/`,
		adminToken: ADMIN_TOKEN,
		...overrides,
	});
	const isAdmin = (method: string, path: string) => !!findOperation(method, path)?.security.includes('admintoken');

	const sent = (mode: Mode): Sent[] => {
		const reached = uazapi.requests.map((r) => {
			if (isAdmin(r.method, r.path)) {
				expect(r.headers.admintoken).toBe(ADMIN_TOKEN);
				expect(r.headers.token).toBeUndefined();
			} else {
				expect(r.headers.token).toBe(token);
				expect(r.headers.admintoken).toBeUndefined();
			}
			if (r.body !== undefined) expect(r.headers['content-type']).toMatch(/^application\/json/);
			const entry: Sent = { method: r.method, path: r.path };
			if (r.body !== undefined) entry.body = r.body;
			if (Object.keys(r.query).length) entry.query = r.query;
			return entry;
		});
		if (mode === 'direct') {
			expect(proxy.requests).toEqual([]);
			for (const r of uazapi.requests) expect(r.headers['x-api-key']).toBeUndefined();
			return reached;
		}
		const enveloped = proxy.requests.map(({ headers, envelope }) => {
			expect(headers['x-api-key']).toBe(apiKey);
			expect(headers['content-type']).toMatch(/^application\/json/);
			expect(headers.token).toBeUndefined();
			const admin = isAdmin(String(envelope.method), String(envelope.endpoint));
			const expected: IDataObject = {
				service: 'uazapi',
				method: envelope.method as string,
				endpoint: envelope.endpoint as string,
				baseUrl: uazapi.url,
				headers: admin
					? { admintoken: ADMIN_TOKEN, 'Content-Type': 'application/json' }
					: { token, Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
				instanceId: admin ? '' : INSTANCE_ID,
			};
			if ('body' in envelope) expected.body = envelope.body as IDataObject;
			if ('queryParams' in envelope) expected.queryParams = envelope.queryParams as IDataObject;
			expect(envelope).toEqual(expected);
			const entry: Sent = { method: String(envelope.method), path: String(envelope.endpoint) };
			if ('body' in envelope) entry.body = envelope.body;
			if ('queryParams' in envelope) entry.query = envelope.queryParams as Record<string, unknown>;
			return entry;
		});
		// The proxy forwards each envelope; what reached Uazapi must be the same requests. Requests sent at once
		// ("All at Once") may overtake each other between the proxy and Uazapi, so compare them in one order here;
		// the delivery tests check the order of arrival themselves.
		const inOneOrder = (entries: Sent[]) => entries.map((entry) => JSON.stringify(entry)).sort();
		expect(inOneOrder(reached)).toEqual(inOneOrder(enveloped.slice(0, reached.length)));
		return enveloped;
	};

	return {
		uazapi,
		proxy,
		credentials,
		adminCredentials,
		sent,
		run: (mode, options) =>
			runNode({
				...options,
				credentials: options.credentials ?? credentials(mode),
				adminCredentials: options.adminCredentials ?? (options.parameters.resource === 'admin' ? adminCredentials(mode) : undefined),
			}),
		listSearch: (mode, method, options = {}) =>
			runListSearch({
				method,
				credentials: credentials(mode),
				adminCredentials: options.parameters?.resource === 'admin' ? adminCredentials(mode) : undefined,
				parameters: options.parameters ?? {},
				filter: options.filter,
			}),
	};
}

/** The json of the items of the first output. */
export function jsonOf(run: NodeRun): IDataObject[] {
	return (run.outputs[0] ?? []).map((item) => item.json);
}

/** Fails with the node's error, so a test that expects output shows why there is none. */
export function expectSuccess(run: NodeRun): void {
	if (run.error) throw new Error(`Node failed: ${String(run.error.message)} — ${String(run.error.description ?? '')}`);
}

/** Every text the run produced (outputs, errors), to prove no secret is in it. */
export function everythingShown(run: NodeRun): string {
	return JSON.stringify(run.run.data);
}

export const SECRETS = [UAZAPI_TOKEN, PROXY_API_KEY, ADMIN_TOKEN];

/** Every text of a thrown error (message, description, cause…), to prove no secret is in it. */
export function everythingShownIn(error: unknown): string {
	const seen = new WeakSet<object>();
	return JSON.stringify(error, (_, value) => {
		if (value && typeof value === 'object') {
			if (seen.has(value)) return undefined;
			seen.add(value);
			if (value instanceof Error) return { ...value, message: value.message, stack: value.stack };
		}
		return value;
	});
}
