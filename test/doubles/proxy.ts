import type { IncomingMessage, ServerResponse } from 'node:http';
import { request as httpRequest } from 'node:http';

import { readBody, sendJson, sendReply } from './http';
import { LocalServer } from './local-server';
import type { Reply } from './responders/types';

export const PROXY_API_KEY = 'n8nt-key-4d2b8e6f0a1c';
export const PROXY_PATH = '/api/v1/proxy/uazapi';

const ENVELOPE_KEYS = ['service', 'method', 'endpoint', 'baseUrl', 'headers', 'body', 'queryParams', 'instanceId'];

export interface ProxyRequest {
	headers: IncomingMessage['headers'];
	envelope: Record<string, unknown>;
}

/**
 * The n8n Tools proxy on 127.0.0.1 (docs/ARCHITECTURE.md): checks `x-api-key` (401 when missing, 403 when wrong)
 * and the envelope, then forwards the Uazapi request to `baseUrl + endpoint` and passes the answer through.
 * 502 when Uazapi cannot be reached, 504 when it does not answer in time.
 */
export class ProxyDouble extends LocalServer {
	requests: ProxyRequest[] = [];

	violations: string[] = [];

	/** How long the proxy waits for Uazapi before answering 504. */
	upstreamTimeoutMs = 5000;

	private override?: (envelope: Record<string, unknown>) => Reply | undefined;

	constructor(readonly apiKey = PROXY_API_KEY) {
		super();
	}

	async start(port = 0): Promise<this> {
		await super.start(port);
		this.url += PROXY_PATH;
		return this;
	}

	/**
	 * Answers every request this way (after the key check) until reset, without forwarding; a function
	 * chooses per envelope, and forwards where it returns undefined.
	 */
	replyInstead(reply: Reply | ((envelope: Record<string, unknown>) => Reply | undefined)): this {
		this.override = typeof reply === 'function' ? reply : () => reply;
		return this;
	}

	reset(): void {
		this.requests = [];
		this.violations = [];
		this.override = undefined;
		this.upstreamTimeoutMs = 5000;
	}

	private envelopeProblems(envelope: Record<string, unknown>): string[] {
		const problems: string[] = [];
		for (const key of Object.keys(envelope)) {
			if (!ENVELOPE_KEYS.includes(key)) problems.push(`envelope has an unknown key "${key}"`);
		}
		if (envelope.service !== 'uazapi') problems.push('envelope.service must be "uazapi"');
		if (!['GET', 'POST', 'PUT', 'DELETE'].includes(String(envelope.method))) problems.push('envelope.method is not an HTTP method');
		if (typeof envelope.endpoint !== 'string' || !envelope.endpoint.startsWith('/')) problems.push('envelope.endpoint must be a path');
		if (typeof envelope.baseUrl !== 'string' || !/^https?:\/\/[^/]+$/.test(envelope.baseUrl)) problems.push('envelope.baseUrl must be a server URL without path or trailing slash');
		if (typeof envelope.instanceId !== 'string') problems.push('envelope.instanceId must be a string');
		const headers = (envelope.headers ?? {}) as Record<string, unknown>;
		if ('admintoken' in headers) {
			// The admin credential: the admin token alone, never an instance token beside it.
			if (typeof headers.admintoken !== 'string' || !headers.admintoken) problems.push('envelope.headers.admintoken is empty');
			if ('token' in headers || 'Authorization' in headers) problems.push('envelope.headers mixes admintoken with token/Authorization');
		} else {
			if (typeof headers.token !== 'string' || !headers.token) problems.push('envelope.headers.token is missing');
			if (headers.Authorization !== `Bearer ${String(headers.token)}`) problems.push('envelope.headers.Authorization must be "Bearer <token>"');
		}
		if (headers['Content-Type'] !== 'application/json') problems.push('envelope.headers["Content-Type"] must be application/json');
		if (envelope.method === 'GET' && 'body' in envelope) problems.push('envelope.body must be omitted for GET');
		if ('body' in envelope && (typeof envelope.body !== 'object' || envelope.body === null)) problems.push('envelope.body must be JSON');
		if ('queryParams' in envelope && (typeof envelope.queryParams !== 'object' || !Object.keys(envelope.queryParams as object).length)) {
			problems.push('envelope.queryParams must be omitted when empty');
		}
		return problems;
	}

	protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const text = await readBody(req);
		if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://x').pathname !== PROXY_PATH) {
			this.violations.push(`proxy called with ${req.method} ${req.url}`);
			return sendJson(res, 404, { error: 'Not found' });
		}
		if (!req.headers['x-api-key']) return sendJson(res, 401, { error: 'Missing API key' });
		if (req.headers['x-api-key'] !== this.apiKey) return sendJson(res, 403, { error: 'Invalid API key' });
		let envelope: Record<string, unknown>;
		try {
			envelope = JSON.parse(text);
		} catch {
			this.violations.push(`proxy body is not JSON: ${text.slice(0, 100)}`);
			return sendJson(res, 400, { error: 'Invalid JSON' });
		}
		if (!String(req.headers['content-type']).startsWith('application/json')) {
			this.violations.push('proxy request without content-type application/json');
		}
		const problems = this.envelopeProblems(envelope);
		if (problems.length) {
			this.violations.push(...problems);
			return sendJson(res, 400, { error: problems.join('; ') });
		}
		this.requests.push({ headers: req.headers, envelope });
		const instead = this.override?.(envelope);
		if (instead) return sendReply(res, instead);
		await this.forward(envelope, res);
	}

	private async forward(envelope: Record<string, unknown>, res: ServerResponse): Promise<void> {
		const target = new URL(`${String(envelope.baseUrl)}${String(envelope.endpoint)}`);
		for (const [key, value] of Object.entries((envelope.queryParams ?? {}) as Record<string, unknown>)) {
			target.searchParams.set(key, String(value));
		}
		const headers = envelope.headers as Record<string, string>;
		const payload = 'body' in envelope ? JSON.stringify(envelope.body) : undefined;
		await new Promise<void>((resolve) => {
			const upstream = httpRequest(
				target,
				{
					method: String(envelope.method),
					headers: {
						...(headers.admintoken ? { admintoken: headers.admintoken } : { token: headers.token }),
						...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
					},
					timeout: this.upstreamTimeoutMs,
				},
				(answer) => {
					readBody(answer).then(
						(answerText) => {
							res.writeHead(answer.statusCode ?? 502, { 'content-type': answer.headers['content-type'] ?? 'application/json' });
							res.end(answerText);
							resolve();
						},
						// Uazapi cut its answer off: the proxy says it could not get one.
						() => {
							if (!res.headersSent) sendJson(res, 502, { error: 'Bad gateway: the upstream answer was cut off' });
							resolve();
						},
					);
				},
			);
			upstream.on('timeout', () => {
				upstream.destroy();
				sendJson(res, 504, { error: 'Upstream timeout' });
				resolve();
			});
			upstream.on('error', (error) => {
				if (!res.headersSent) sendJson(res, 502, { error: `Bad gateway: ${error.message}` });
				resolve();
			});
			if (payload) upstream.write(payload);
			upstream.end();
		});
	}
}
