import type { IncomingMessage, ServerResponse } from 'node:http';

import { contractProblems, findOperation } from './contract';
import { readBody, sendJson, sendReply } from './http';
import { LocalServer } from './local-server';
import { defaultResponders } from './responders';
import { seedSimulatorState, simulatorResponders } from './simulator';
import type { DoubleState } from './responders/state';
import { createState, FILES_PATH } from './responders/state';
import type { RecordedRequest, Reply, Responder, Responders } from './responders/types';

export const UAZAPI_TOKEN = 'uaz-token-7f3a9c1e5b2d';
export const ADMIN_TOKEN = 'uaz-admin-2c9e4b7a1f6d';

/**
 * A Uazapi server on 127.0.0.1: checks the `token` header (`admintoken` on admin operations), validates every request against the vendor
 * contract (unknown operation → 404, invalid body or query → 400, both recorded as violations),
 * records it, and answers the way Uazapi does.
 */
export class UazapiDouble extends LocalServer {
	requests: RecordedRequest[] = [];

	violations: string[] = [];

	/** GETs of public files (fileURL links), which are not API calls and carry no token. */
	fileRequests: RecordedRequest[] = [];

	state: DoubleState;

	/** Milliseconds to wait before answering a request (e.g. random latency). */
	latency?: (request: RecordedRequest) => number;

	/** Connections to `GET /sse` (Uazapi's event stream), the open ones and those already ended. */
	streams: Array<{ request: RecordedRequest; res: ServerResponse; open: boolean }> = [];

	/** A `retry:` (ms) the event stream sends on connecting: how long a client waits before reconnecting. */
	streamRetryMs?: number;

	/**
	 * Requests waiting for their answer right now (from their arrival until the double answers them), the
	 * most of them at once, and for every request the others that were waiting when it arrived. A request
	 * is in flight at the sender for longer than here, so these figures never exceed the sender's.
	 */
	inFlight = new Set<RecordedRequest>();

	maxInFlight = 0;

	arrivals: Array<{ request: RecordedRequest; alongside: RecordedRequest[] }> = [];

	/** With holdAnswers: the answers held back until enough requests wait together. */
	private held?: { count: number; waiting: Array<() => void> };

	private overrides = new Map<string, Responder>();

	/** With `simulate`, the stateful answers of simulator.ts come before the defaults. */
	private simulated: Responders;

	constructor(
		readonly token = UAZAPI_TOKEN,
		readonly options: { simulate?: boolean } = {},
		readonly adminToken = ADMIN_TOKEN,
	) {
		super();
		this.state = createState(token);
		this.simulated = {};
		this.simulate();
	}

	/** Makes the double answer `route` ("POST /send/text") this way until reset. */
	reply(route: string, reply: Reply | Responder): this {
		this.overrides.set(route, typeof reply === 'function' ? reply : () => reply);
		return this;
	}

	/**
	 * Holds every answer until `count` requests are waiting for one, then answers them all at once: a
	 * sender that keeps `count` requests in flight passes in waves of `count`; one that sends fewer at a
	 * time waits forever (so use it where every wave can be full). `releaseHeld` answers the waiting ones.
	 */
	holdAnswers(count: number): this {
		this.held = { count, waiting: [] };
		return this;
	}

	releaseHeld(): void {
		const waiting = this.held?.waiting.splice(0) ?? [];
		for (const release of waiting) release();
	}

	private async holdBack(): Promise<void> {
		const held = this.held;
		if (!held) return;
		await new Promise<void>((release) => {
			held.waiting.push(release);
			if (held.waiting.length >= held.count) this.releaseHeld();
		});
	}

	/** Stops answering `route` the way reply() said: back to the normal answer. */
	unreply(route: string): this {
		this.overrides.delete(route);
		return this;
	}

	/** Puts a file in Uazapi's public storage (served at GET /files/<name>) and returns its link. */
	storeFile(name: string, bytes: Buffer, mimetype: string): string {
		this.state.files[name] = { bytes, mimetype };
		return `${this.url}${FILES_PATH}${encodeURIComponent(name)}`;
	}

	reset(): void {
		this.requests = [];
		this.violations = [];
		this.fileRequests = [];
		this.overrides.clear();
		this.latency = undefined;
		this.releaseHeld();
		this.held = undefined;
		this.inFlight = new Set();
		this.maxInFlight = 0;
		this.arrivals = [];
		this.dropStreams();
		this.streams = [];
		this.streamRetryMs = undefined;
		this.state = createState(this.token);
		this.simulated = {};
		this.simulate();
	}

	/** With `simulate`: the stateful answers and the saved data of simulator.ts. */
	private simulate(): void {
		if (!this.options.simulate) return;
		this.simulated = simulatorResponders();
		seedSimulatorState(this.state);
	}

	protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const url = new URL(req.url ?? '/', this.url);
		const text = await readBody(req);
		let body: unknown;
		if (text) {
			try {
				body = JSON.parse(text);
			} catch {
				this.violations.push(`${req.method} ${url.pathname}: body is not JSON: ${text.slice(0, 100)}`);
				return sendJson(res, 400, { error: 'Invalid JSON' });
			}
		}
		const request: RecordedRequest = {
			method: req.method ?? 'GET',
			path: url.pathname,
			query: Object.fromEntries(url.searchParams),
			headers: req.headers,
			body,
		};
		const route = `${request.method} ${request.path}`;
		if (request.method === 'GET' && request.path.startsWith(FILES_PATH)) return this.serveFile(request, res);
		if (route === 'GET /sse') return this.openStream(request, res);
		if (!findOperation(request.method, request.path)) {
			this.violations.push(`${route} is not an operation of the Uazapi contract`);
			return sendJson(res, 404, { error: 'Not found' });
		}
		// The contract says which header each operation takes: `admintoken` (admin) or `token` (an instance).
		const header = findOperation(request.method, request.path)!.security.includes('admintoken') ? 'admintoken' : 'token';
		const expected = header === 'admintoken' ? this.adminToken : this.token;
		if (!req.headers[header]) return sendJson(res, 401, { error: `missing ${header}` });
		if (req.headers[header] !== expected) return sendJson(res, 401, { error: `Invalid ${header}` });
		if (body !== undefined && !String(req.headers['content-type']).startsWith('application/json')) {
			this.violations.push(`${route}: body sent without content-type application/json`);
		}
		const problems = contractProblems(request.method, request.path, request.query, body);
		if (problems.length) {
			this.violations.push(...problems);
			return sendJson(res, 400, { error: problems.join('; ') });
		}
		this.requests.push(request);
		this.arrivals.push({ request, alongside: [...this.inFlight] });
		this.inFlight.add(request);
		this.maxInFlight = Math.max(this.maxInFlight, this.inFlight.size);
		const delay = this.latency?.(request) ?? 0;
		if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
		await this.holdBack();
		const responder = this.overrides.get(route) ?? this.simulated[route] ?? defaultResponders[route];
		if (!responder) {
			this.inFlight.delete(request);
			this.violations.push(`${route} has no responder in the double`);
			return sendJson(res, 500, { error: 'The double has no answer for this operation' });
		}
		const reply = await responder(request, this.state);
		// Uazapi keeps what it sends in its message history (/message/find shows it, track_source included).
		if (request.path.startsWith('/send/') && 'status' in reply && reply.status === 200) this.keep(reply.body as Record<string, unknown>);
		// Answered from here on: before the sender can possibly have the answer.
		this.inFlight.delete(request);
		sendReply(res, reply);
	}

	/**
	 * Delivers an event the way Uazapi does: POSTs it to every enabled webhook of the instance whose events
	 * include it, unless an `excludeMessages` rule drops it. Returns each delivery's URL and n8n's answer.
	 */
	async deliver(payload: Record<string, unknown>): Promise<Array<{ url: string; status: number; body: string }>> {
		const message = (payload.message ?? {}) as Record<string, unknown>;
		const excluded = (rule: string) =>
			(rule === 'wasSentByApi' && message.wasSentByApi === true) ||
			(rule === 'wasNotSentByApi' && message.wasSentByApi !== true) ||
			(rule === 'fromMeYes' && message.fromMe === true) ||
			(rule === 'fromMeNo' && message.fromMe !== true) ||
			(rule === 'isGroupYes' && message.isGroup === true) ||
			(rule === 'isGroupNo' && message.isGroup !== true);
		// … and what it receives.
		if (payload.EventType === 'messages') this.keep(message);
		const targets = this.state.webhooks.filter(
			(webhook) => webhook.enabled && webhook.events.includes(String(payload.EventType)) && !webhook.excludeMessages.some(excluded),
		);
		return await Promise.all(
			targets.map(async ({ url }) => {
				const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload), signal: AbortSignal.timeout(15_000) });
				return { url, status: res.status, body: await res.text() };
			}),
		);
	}

	/** The next time of the double's message clock (the one its sent messages carry), for a message delivered now. */
	messageTime(): number {
		return 1770000000000 + this.state.nextId++;
	}

	/** A message into the history /message/find reads (the stored Message, without a send's `response`). */
	private keep(message: Record<string, unknown>): void {
		if (typeof message?.messageid !== 'string' || !message.messageid) return;
		const { response: _response, ...stored } = message;
		this.state.messages.push(stored);
	}

	/** Uazapi's public storage: the links it hands out (fileURL) are plain GETs, outside the API contract. */
	private serveFile(request: RecordedRequest, res: ServerResponse): void {
		this.fileRequests.push(request);
		const file = this.state.files[decodeURIComponent(request.path.slice(FILES_PATH.length))];
		if (!file) return sendJson(res, 404, 'File not found');
		res.writeHead(200, { 'content-type': file.mimetype, 'content-length': file.bytes.length });
		res.end(file.bytes);
	}

	/** Uazapi's event stream: the token in the query string (the one endpoint without a token header). */
	private async openStream(request: RecordedRequest, res: ServerResponse): Promise<void> {
		if (!request.query.token) return sendJson(res, 401, { error: 'missing token' });
		if (request.query.token !== this.token) return sendJson(res, 401, { error: 'Invalid token' });
		const problems = contractProblems(request.method, request.path, request.query, undefined);
		if (problems.length) {
			this.violations.push(...problems);
			return sendJson(res, 400, { error: problems.join('; ') });
		}
		this.requests.push(request);
		const override = this.overrides.get('GET /sse');
		if (override) return sendReply(res, await override(request, this.state));
		res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
		res.write(this.streamRetryMs !== undefined ? `: connected\nretry: ${this.streamRetryMs}\n\n` : ': connected\n\n');
		const stream = { request, res, open: true };
		this.streams.push(stream);
		res.on('close', () => {
			stream.open = false;
		});
	}

	/** The open event-stream connections. */
	openStreams() {
		return this.streams.filter((stream) => stream.open);
	}

	/** Sends an event to every open stream, as Uazapi does: `data:` with the webhook's JSON, an optional `id:`. */
	streamEvent(payload: unknown, options: { id?: string; event?: string } = {}): void {
		const lines = [options.id !== undefined ? `id: ${options.id}` : '', options.event ? `event: ${options.event}` : '', `data: ${JSON.stringify(payload)}`];
		const text = `${lines.filter(Boolean).join('\n')}\n\n`;
		for (const stream of this.openStreams()) stream.res.write(text);
	}

	/** Writes raw text (keep-alive comments, odd line endings) to every open stream. */
	streamRaw(text: string): void {
		for (const stream of this.openStreams()) stream.res.write(text);
	}

	/** Cuts every open stream (a dropped connection). */
	dropStreams(): void {
		for (const stream of this.openStreams()) {
			stream.open = false;
			stream.res.destroy();
		}
	}
}
