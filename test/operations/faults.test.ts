import type { IncomingMessage, ServerResponse } from 'node:http';

import type { IDataObject } from 'n8n-workflow';
import { LoggerProxy } from 'n8n-workflow';

import { sendJson } from '../doubles/http';
import { LocalServer } from '../doubles/local-server';
import type { Reply } from '../doubles/responders/types';
import type { Mode } from '../engine/rig';
import { everythingShown, MODES, useRig } from '../engine/rig';
import type { NodeRun } from '../engine/harness';

// Secrets whose JSON-escaped, URL-encoded and base64 forms all differ from the plain one.
const TOKEN = 'uaz+to/ken"7f\\3a=9c';
const API_KEY = 'n8nt+key/4d"2b\\8e=6f';

const rig = useRig({ token: TOKEN, apiKey: API_KEY });

/** Every form a secret can take in a text (as shared/secrets.ts masks them). */
function formsOf(secret: string): string[] {
	const base64 = Buffer.from(secret).toString('base64');
	return [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret), base64, base64.replace(/=+$/, '')];
}
const SECRET_FORMS = [...formsOf(TOKEN), ...formsOf(API_KEY)];

/** A server on another origin: a redirect must not bring it anything. */
class OtherHost extends LocalServer {
	requests: string[] = [];

	protected handle(req: IncomingMessage, res: ServerResponse): void {
		this.requests.push(`${req.method} ${req.url} ${JSON.stringify(req.headers)}`);
		sendJson(res, 200, { stolen: true });
	}
}
const other = new OtherHost();

// What n8n logs (LoggerProxy) and anything written to the console, to prove no secret is in it.
const logged: string[] = [];
const capture =
	(level: string) =>
	(message: unknown, meta?: unknown): void => {
		logged.push(`${level} ${String(message)} ${safeJson(meta)}`);
	};
function safeJson(value: unknown): string {
	const seen = new WeakSet<object>();
	return (
		JSON.stringify(value, (_, child) => {
			if (child && typeof child === 'object') {
				if (seen.has(child)) return undefined;
				seen.add(child);
				if (child instanceof Error) return { ...child, message: child.message, stack: child.stack };
			}
			return child;
		}) ?? ''
	);
}

beforeAll(async () => {
	await other.start();
	// n8n's Logger points LoggerProxy at itself when the engine first needs it: run once, then take it over.
	await rig.run('direct', { parameters: { resource: 'instance', operation: 'getStatus' } });
	rig.uazapi.reset();
	LoggerProxy.init({ error: capture('error'), warn: capture('warn'), info: capture('info'), debug: capture('debug') });
	for (const level of ['log', 'error', 'warn', 'info', 'debug'] as const) {
		jest.spyOn(console, level).mockImplementation((...args: unknown[]) => logged.push(`console.${level} ${args.map((arg) => (typeof arg === 'string' ? arg : safeJson(arg))).join(' ')}`));
	}
});
afterAll(async () => {
	jest.restoreAllMocks();
	await other.stop();
});
beforeEach(() => {
	logged.length = 0;
	other.requests = [];
});

/** The page cap of Return All (nodes/Uazapi/shared/operation.ts). */
const MAX_PAGES = 200;
const GOOD = '5511900000001';
const BAD = '5511900000002';
const THIRD = '5511900000003';
const sendText = { resource: 'message', operation: 'sendText', phoneNumber: '={{ $json.phone }}', messageText: 'Hi' };
const items = (...phones: string[]) => phones.map((phone) => ({ json: { phone } }));

const proxyServer = (mode: Mode) => (mode === 'proxy' ? 'The n8n Tools proxy' : 'Your Uazapi server');
const urlField = (mode: Mode) => (mode === 'proxy' ? '"Proxy URL"' : '"Server URL"');
const check = (mode: Mode) => `Check ${urlField(mode)} in the Uazapi credential and that the server is online`;
const said = (text: string) => ` Uazapi said: "${text}".`;
const HTML_404 = '<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1><hr>nginx</body></html>';
const HTML_502 = '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';
const HTML_503 = '<!DOCTYPE html><html><body><p>Service Temporarily Unavailable</p></body></html>';
const unavailable = (status: number, text: string) => ({
	message: 'Uazapi or WhatsApp is unavailable',
	description: `The Uazapi server failed (HTTP ${status}). Try again later; if it persists, check the instance in the Uazapi panel.${text}`,
	httpCode: String(status),
});
// A 502/504 that reaches the node through the proxy is the proxy's word for "Uazapi did not answer".
const gateway = (status: 502 | 504, text: string) => (mode: Mode) =>
	mode === 'proxy'
		? {
				message: status === 502 ? 'The n8n Tools proxy could not reach your Uazapi server' : 'The n8n Tools proxy timed out waiting for your Uazapi server',
				description: `Check "Server URL" in the Uazapi credential and that the server is online.${text}`,
				httpCode: String(status),
			}
		: unavailable(status, text);

type Expected = { message: string; description: string; httpCode?: string };

interface Fault {
	kind: string;
	/**
	 * Where the fault is: `uazapi` (the Uazapi server; through the proxy its answer is passed on), `front` (the
	 * server the node talks to: the proxy, or Uazapi in direct mode), or `credential` (an address that cannot
	 * be reached, for every item).
	 */
	at: 'uazapi' | 'front' | 'credential';
	reply?: (mode: Mode) => Reply;
	credential?: (mode: Mode) => Record<string, string>;
	/** The node's Request Options → Timeout (ms). */
	timeout?: number | ((mode: Mode) => number);
	/** How long the proxy waits for Uazapi (default: longer than any test). */
	upstreamTimeoutMs?: number;
	expected: (mode: Mode) => Expected;
}

const redirect = (status: number): Fault => ({
	kind: `redirect ${status} to another origin`,
	at: 'front',
	reply: () => ({ status, body: '', headers: { location: `${other.url}/steal?from=uazapi` } }),
	expected: (mode) => ({
		message: `${proxyServer(mode)} redirected the request to ${other.url}/steal`,
		description: `Requests carry your token, so redirects are not followed. Put the final address into ${urlField(mode)} of the Uazapi credential (for example https:// instead of http://).`,
		httpCode: String(status),
	}),
});

const echo = (kind: string, text: (secret: string) => string, status = 500): Fault => ({
	kind: `${status} echoing the token and the API key ${kind}`,
	at: 'front',
	reply: () => ({ status, body: { error: `bad auth ${text(TOKEN)} / ${text(API_KEY)}`, [TOKEN]: text(TOKEN), [API_KEY]: 1 } }),
	expected: () =>
		status === 500 ? unavailable(500, said('bad auth *** / ***')) : { message: 'Uazapi rejected the request', description: 'Uazapi said: "bad auth *** / ***".', httpCode: '400' },
});

/** The credential field of the server the node talks to, pointed at `proxyUrl` or `apiUrl`. */
const unreachable = (mode: Mode, proxyUrl: string, apiUrl: string): Record<string, string> => ({
	[mode === 'proxy' ? 'proxyUrl' : 'apiUrl']: mode === 'proxy' ? proxyUrl : apiUrl,
});
const frontOrigin = (mode: Mode) => new URL(mode === 'proxy' ? rig.proxy.url : rig.uazapi.url).origin;

const FAULTS: Fault[] = [
	redirect(302),
	redirect(307),
	{
		kind: 'a relative redirect 301 (named as a full address)',
		at: 'front',
		reply: () => ({ status: 301, body: '', headers: { location: '/v2/send/text?token=x' } }),
		expected: (mode) => ({
			message: `${proxyServer(mode)} redirected the request to ${frontOrigin(mode)}/v2/send/text`,
			description: `Requests carry your token, so redirects are not followed. Put the final address into ${urlField(mode)} of the Uazapi credential (for example https:// instead of http://).`,
			httpCode: '301',
		}),
	},
	{
		kind: 'Uazapi never answers, behind the proxy too (the proxy gives up first)',
		at: 'uazapi',
		reply: () => ({ hang: true }),
		// Through the proxy the node's deadline must outlast the proxy's, which ends first (no wait for the node's);
		// direct, the node's deadline ends it, so it is short.
		timeout: (mode) => (mode === 'proxy' ? 1500 : 300),
		upstreamTimeoutMs: 200,
		expected: (mode) =>
			mode === 'proxy'
				? {
						message: 'The n8n Tools proxy timed out waiting for your Uazapi server',
						description: `Check "Server URL" in the Uazapi credential and that the server is online.${said('Upstream timeout')}`,
						httpCode: '504',
					}
				: {
						message: 'Your Uazapi server did not answer within 0.3 s',
						description: `Check "Server URL" in the Uazapi credential and that the server is online. A slow server: raise the timeout in the node's Request Options.`,
					},
	},
	{
		kind: '401 about the API key',
		at: 'front',
		reply: () => ({ status: 401, body: { error: 'Invalid API key' } }),
		expected: (mode) =>
			mode === 'proxy'
				? {
						message: 'The n8n Tools proxy refused the API key',
						description: 'Check "n8n Tools API Key" in the Uazapi credential (your n8n Tools account shows the key).',
						httpCode: '401',
					}
				: {
						message: 'Uazapi refused the instance token',
						description: `Check "Instance Token" in the Uazapi credential: copy it from the instance in the Uazapi panel.${said('Invalid API key')}`,
						httpCode: '401',
					},
	},
	{
		kind: 'a server that never answers (hang)',
		at: 'front',
		reply: () => ({ hang: true }),
		timeout: 300,
		expected: (mode) => ({
			message: `${proxyServer(mode)} did not answer within 0.3 s`,
			description: `Check ${urlField(mode)} in the Uazapi credential and that the server is online. A slow server: raise the timeout in the node's Request Options.`,
		}),
	},
	{
		kind: 'a server that drips one byte every 50 ms',
		at: 'front',
		reply: () => ({ drip: { everyMs: 50 } }),
		timeout: 300,
		expected: (mode) => ({
			message: `${proxyServer(mode)} did not answer within 0.3 s`,
			description: `Check ${urlField(mode)} in the Uazapi credential and that the server is online. A slow server: raise the timeout in the node's Request Options.`,
		}),
	},
	{
		kind: 'an answer cut off mid-body',
		at: 'front',
		reply: () => ({ cut: { sent: '{"messageid":"3EB0', status: 200 } }),
		expected: (mode) => ({
			message: `${proxyServer(mode)} cut the answer off before it was complete`,
			description: `${check(mode)} (connection cut).`,
		}),
	},
	{
		kind: 'a 200 that is not JSON',
		at: 'front',
		reply: () => ({ status: 200, body: '<html><body>Welcome to nginx</body></html>' }),
		expected: (mode) => ({
			message: 'The server did not answer with JSON',
			description: `Check ${urlField(mode)} in the Uazapi credential: it should point to the Uazapi API, not to a web page.`,
			httpCode: '200',
		}),
	},
	{
		kind: 'an empty 200',
		at: 'front',
		reply: () => ({ status: 200, body: '' }),
		expected: (mode) => ({
			message: 'The server did not answer with JSON',
			description: `Check ${urlField(mode)} in the Uazapi credential: it should point to the Uazapi API, not to a web page.`,
			httpCode: '200',
		}),
	},
	{
		kind: 'an HTML 404 page',
		at: 'front',
		reply: () => ({ status: 404, body: HTML_404 }),
		expected: (mode) => ({
			message: 'No Uazapi API at this address (HTTP 404)',
			description: `Check ${mode === 'proxy' ? '"Proxy URL" and "Server URL"' : '"Server URL"'} in the Uazapi credential: use the server's base address, without a path.${said('404 Not Found 404 Not Found nginx')}`,
			httpCode: '404',
		}),
	},
	{ kind: 'an HTML 502 page', at: 'uazapi', reply: () => ({ status: 502, body: HTML_502 }), expected: gateway(502, said('502 Bad Gateway 502 Bad Gateway nginx')) },
	{ kind: 'an HTML 503 page', at: 'uazapi', reply: () => ({ status: 503, body: HTML_503 }), expected: () => unavailable(503, said('Service Temporarily Unavailable')) },
	{ kind: '504 JSON', at: 'uazapi', reply: () => ({ status: 504, body: { error: 'Gateway Timeout' } }), expected: gateway(504, said('Gateway Timeout')) },
	{ kind: '502 JSON', at: 'uazapi', reply: () => ({ status: 502, body: { message: 'upstream error' } }), expected: gateway(502, said('upstream error')) },
	{ kind: '500 JSON', at: 'uazapi', reply: () => ({ status: 500, body: { error: 'WhatsApp client is not connected' } }), expected: () => unavailable(500, said('WhatsApp client is not connected')) },
	{ kind: '500 with an empty body', at: 'uazapi', reply: () => ({ status: 500, body: '' }), expected: () => unavailable(500, '') },
	{ kind: '503 JSON', at: 'uazapi', reply: () => ({ status: 503, body: { response: 'maintenance' } }), expected: () => unavailable(503, said('maintenance')) },
	{
		kind: '401 invalid token',
		at: 'uazapi',
		reply: () => ({ status: 401, body: { error: 'Invalid token' } }),
		expected: () => ({
			message: 'Uazapi refused the instance token',
			description: `Check "Instance Token" in the Uazapi credential: copy it from the instance in the Uazapi panel.${said('Invalid token')}`,
			httpCode: '401',
		}),
	},
	{
		kind: '401 no session',
		at: 'uazapi',
		reply: () => ({ status: 401, body: { error: 'WhatsApp session not connected' } }),
		expected: () => ({
			message: 'The WhatsApp instance is not connected',
			description: `Connect it first: Instance → Get QR Code, then scan the code with WhatsApp.${said('WhatsApp session not connected')}`,
			httpCode: '401',
		}),
	},
	{
		kind: '403 not allowed',
		at: 'uazapi',
		reply: () => ({ status: 403, body: { error: 'not allowed' } }),
		expected: () => ({
			message: 'Uazapi does not allow this action',
			description: `This WhatsApp account may need to be a group admin, or the action is restricted for this account.${said('not allowed')}`,
			httpCode: '403',
		}),
	},
	{
		kind: '404 JSON (chat not found)',
		at: 'uazapi',
		reply: () => ({ status: 404, body: { error: 'chat not found' } }),
		expected: () => ({
			message: 'Chat not found',
			description: `Check the number or chat ID: the chat must exist on this WhatsApp account.${said('chat not found')}`,
			httpCode: '404',
		}),
	},
	{
		kind: '409 conflict',
		at: 'uazapi',
		reply: () => ({ status: 409, body: { error: 'busy' } }),
		expected: () => ({ message: 'Uazapi could not do this right now (conflict)', description: `Wait a moment and try again.${said('busy')}`, httpCode: '409' }),
	},
	{
		kind: '413 too large',
		at: 'uazapi',
		reply: () => ({ status: 413, body: '<html><body><h1>413 Request Entity Too Large</h1></body></html>' }),
		expected: () => ({ message: 'The file is too large for Uazapi', description: `Send a smaller file, or compress it first.${said('413 Request Entity Too Large')}`, httpCode: '413' }),
	},
	{
		kind: '415 unsupported',
		at: 'uazapi',
		reply: () => ({ status: 415, body: { error: 'unsupported media' } }),
		expected: () => ({
			message: 'Uazapi does not support this file format',
			description: `Use a common format: JPEG or PNG images, MP4 video, MP3 or OGG audio, WEBP stickers.${said('unsupported media')}`,
			httpCode: '415',
		}),
	},
	{
		kind: '429 rate limited',
		at: 'uazapi',
		reply: () => ({ status: 429, body: { error: 'Too Many Requests' } }),
		expected: () => ({
			message: 'Uazapi is rate limiting this instance',
			description: `Too many requests in a short time. Add a delay in "Send Options", send one by one with a pause ("Delivery"), or use fewer items per run.${said('Too Many Requests')}`,
			httpCode: '429',
		}),
	},
	echo('in plain form', (secret) => secret, 400),
	echo('JSON-escaped', (secret) => JSON.stringify(secret).slice(1, -1)),
	echo('URL-encoded', (secret) => encodeURIComponent(secret)),
	echo('in base64', (secret) => Buffer.from(secret).toString('base64')),
	{
		kind: 'a refused connection (closed port)',
		at: 'credential',
		credential: (mode) => unreachable(mode, 'http://127.0.0.1:9/api/v1/proxy/uazapi', 'http://127.0.0.1:9'),
		expected: (mode) => ({ message: `${proxyServer(mode)} refused the connection`, description: `${check(mode)} (ECONNREFUSED).` }),
	},
	{
		kind: 'a DNS failure (.invalid host)',
		at: 'credential',
		credential: (mode) => unreachable(mode, 'http://n8ntools-proxy.invalid/api/v1/proxy/uazapi', 'http://uazapi-server.invalid'),
		expected: (mode) => ({ message: `${proxyServer(mode)} could not be found (DNS)`, description: expect.stringMatching(new RegExp(`^${check(mode)} \\((ENOTFOUND|EAI_AGAIN)\\)\\.$`)) as unknown as string }),
	},
];

/** Puts the fault on the item with the number BAD; the other items are answered as usual. */
function arrange(fault: Fault, mode: Mode): IDataObject {
	const reply = fault.reply?.(mode);
	rig.uazapi.reply('POST /send/text', (request) => {
		const { number } = request.body as { number: string };
		return number === BAD && reply ? reply : { status: 200, body: { messageid: `3EB0${number}`, status: 'sent' } };
	});
	// Through the proxy, a fault of the server the node talks to is the proxy's.
	if (reply && fault.at === 'front' && mode === 'proxy') {
		rig.proxy.replyInstead((envelope) => ((envelope.body as { number?: string } | undefined)?.number === BAD ? reply : undefined));
	}
	rig.proxy.upstreamTimeoutMs = fault.upstreamTimeoutMs ?? 60_000;
	const timeout = typeof fault.timeout === 'function' ? fault.timeout(mode) : fault.timeout;
	return {
		...sendText,
		// One by one, so that what was delivered before the fault does not depend on timing (the short deadlines
		// of some faults apply to every item); test/operations/delivery.test.ts covers failures per chat.
		delivery: { mode: 'sequential' },
		...(timeout ? { requestOptions: { timeout } } : {}),
	};
}

function expectNoSecretAnywhere(run: NodeRun): void {
	const texts = [everythingShown(run), safeJson(run.run), safeJson(run.error), logged.join('\n')];
	for (const text of texts) for (const form of SECRET_FORMS) expect(text).not.toContain(form);
}

describe.each(MODES)('Hostile or broken servers (%s)', (mode) => {
	test.each(FAULTS.map((fault) => [fault.kind, fault] as const))('%s: the item fails with a message to act on; no secret shown', async (_, fault) => {
		const parameters = arrange(fault, mode);
		const credentials = fault.credential ? rig.credentials(mode, fault.credential(mode)) : undefined;
		const badIndex = fault.at === 'credential' ? 0 : 1;
		const run = await rig.run(mode, { parameters, items: items(GOOD, BAD, THIRD), credentials });
		const expected = fault.expected(mode);
		// Sends go out in order: the message says what was delivered before, to resume from.
		const delivered = ` Already delivered: item 0 (message IDs 3EB0${GOOD}). To resume, run again from the item after the last one delivered.`;
		expect(run.error).toMatchObject(badIndex ? { ...expected, description: `${expected.description}${delivered}` } : expected);
		if (!expected.httpCode) expect(run.error?.httpCode ?? 'none').toBe('none');
		expect(run.error?.context).toMatchObject({ itemIndex: badIndex });
		expectNoSecretAnywhere(run);
		// A redirect is not followed: the other host got nothing.
		expect(other.requests).toEqual([]);
	});

	test.each(FAULTS.map((fault) => [fault.kind, fault] as const))('%s: Continue On Fail gives an error item paired to its input; the others go on', async (_, fault) => {
		const parameters = arrange(fault, mode);
		const credentials = fault.credential ? rig.credentials(mode, fault.credential(mode)) : undefined;
		const run = await rig.run(mode, { parameters, items: items(GOOD, BAD, THIRD), credentials, continueOnFail: true });
		const { message } = fault.expected(mode);
		const out = run.outputs[0];
		expect(out.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		const failing = fault.at === 'credential' ? [0, 1, 2] : [1];
		out.forEach((item, index) => {
			if (failing.includes(index)) expect(item.json).toEqual({ error: message });
			else expect(item.json).toMatchObject({ status: 'sent' });
		});
		expectNoSecretAnywhere(run);
		expect(other.requests).toEqual([]);
	});
});

describe.each(MODES)('Secrets in answers (%s)', (mode) => {
	test('a 200 echoing the token and the API key in every form, as values and as keys, is shown masked', async () => {
		const all = (secret: string) => formsOf(secret).join(' | ');
		rig.uazapi.reply('POST /send/text', () => ({
			status: 200,
			body: { status: 'sent', note: `${all(TOKEN)} ${all(API_KEY)}`, [TOKEN]: 'key', nested: { [encodeURIComponent(API_KEY)]: [all(TOKEN)] }, token: TOKEN },
		}));
		const run = await rig.run(mode, { parameters: sendText, items: items(GOOD) });
		expect(run.error).toBeUndefined();
		expect(run.outputs[0][0].json).toEqual({
			status: 'sent',
			note: '*** | *** | *** | *** | *** *** | *** | *** | *** | ***',
			'***': 'key',
			nested: { '***': ['*** | *** | *** | *** | ***'] },
		});
		// The log capture is live (n8n logs the node's run), and holds no secret either.
		expect(logged.length).toBeGreaterThan(0);
		expectNoSecretAnywhere(run);
	});
});

describe.each(MODES)('Return All against a server that never ends (%s)', (mode) => {
	const getMessages = { resource: 'message', operation: 'getMessages', phoneNumber: GOOD, returnAll: true };
	const message = (n: number) => ({ id: `x:M${n}`, messageid: `M${n}`, chatid: `${GOOD}@s.whatsapp.net`, text: `Message ${n}` });

	test('a server that always says "more" (new entries on every page) stops at the page cap, with a clear message', async () => {
		rig.uazapi.reply('POST /message/find', (request) => {
			const { offset = 0 } = request.body as { offset?: number };
			return { status: 200, body: { messages: [message(offset)], hasMore: true, nextOffset: offset + 1, token: TOKEN } };
		});
		const run = await rig.run(mode, { parameters: getMessages, items: items(GOOD, THIRD) });
		expect(run.error).toMatchObject({
			name: 'NodeOperationError',
			message: `Return All stopped after ${MAX_PAGES} pages (item 0)`,
			description: `The server kept announcing more entries after ${MAX_PAGES}. Use Limit, or narrow the filters.`,
		});
		expect(run.error?.context).toMatchObject({ itemIndex: 0 });
		expect(rig.uazapi.requests.length).toBeGreaterThanOrEqual(MAX_PAGES);
		expectNoSecretAnywhere(run);
	});

	test('with Continue On Fail, the capped item is an error item paired to its input', async () => {
		rig.uazapi.reply('POST /message/find', (request) => {
			const { offset = 0, chatid } = request.body as { offset?: number; chatid: string };
			if (chatid.startsWith(THIRD)) return { status: 200, body: { messages: [message(1)], hasMore: false } };
			return { status: 200, body: { messages: [message(offset)], hasMore: true, nextOffset: offset + 1 } };
		});
		const run = await rig.run(mode, { parameters: { ...getMessages, phoneNumber: '={{ $json.phone }}' }, items: items(GOOD, THIRD), continueOnFail: true });
		expect(run.outputs[0].map((item) => [item.json, item.pairedItem])).toEqual([
			[{ error: `Return All stopped after ${MAX_PAGES} pages (item 0)` }, { item: 0 }],
			[message(1), { item: 1 }],
		]);
	});

	test('a server that answers the same page again and again (ignores the offset) ends after that page', async () => {
		rig.uazapi.reply('POST /message/find', () => ({ status: 200, body: { messages: [message(1), message(2)], hasMore: true, nextOffset: 2 } }));
		const run = await rig.run(mode, { parameters: getMessages });
		expect(run.error).toBeUndefined();
		expect(run.outputs[0].map((item) => item.json)).toEqual([message(1), message(2)]);
		expect(rig.uazapi.requests).toHaveLength(2);
	});
});
