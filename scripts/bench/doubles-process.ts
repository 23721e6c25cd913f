/**
 * The Uazapi and proxy doubles in their own process, so that their CPU and memory are not counted in the
 * process under test. Driven over IPC by `startDoubles()` (common.ts).
 */
import type { ServerResponse } from 'node:http';

import { PROXY_API_KEY, ProxyDouble } from '../../test/doubles/proxy';
import { UAZAPI_TOKEN, UazapiDouble } from '../../test/doubles/uazapi';

export interface DoublesInfo {
	proxyUrl: string;
	uazapiUrl: string;
	apiKey: string;
	token: string;
}

export interface Received {
	/** `text` of every POST /send/text, in the order Uazapi received them. */
	texts: string[];
	/** Bytes of the `file` field of every POST /send/media. */
	mediaBytes: number[];
	requests: number;
	violations: string[];
	/** When each envelope reached the proxy (ms, performance.now() of this process). */
	arrivals: number[];
}

async function main() {
	const uazapi = await new UazapiDouble().start();
	const proxy = await new ProxyDouble().start();
	// Random delay on the proxy hop (the network between the proxy and Uazapi): requests that are in
	// flight together may overtake each other, as they can on the internet.
	let jitterMs = 0;
	let arrivals: number[] = [];
	const double = proxy as unknown as { forward: (envelope: unknown, res: ServerResponse) => Promise<void> };
	const forward = double.forward.bind(proxy);
	double.forward = async (envelope, res) => {
		arrivals.push(performance.now());
		if (jitterMs > 0) await new Promise((resolve) => setTimeout(resolve, Math.random() * jitterMs));
		return await forward(envelope, res);
	};

	process.on('message', (message: { id: number; cmd: string; jitterMs?: number }) => {
		let answer: unknown = {};
		if (message.cmd === 'reset') {
			uazapi.reset();
			proxy.reset();
			jitterMs = message.jitterMs ?? 0;
			arrivals = [];
		} else if (message.cmd === 'received') {
			const bodies = uazapi.requests.map((r) => ({ path: r.path, body: (r.body ?? {}) as Record<string, unknown> }));
			answer = {
				texts: bodies.filter((r) => r.path === '/send/text').map((r) => String(r.body.text)),
				mediaBytes: bodies.filter((r) => r.path === '/send/media').map((r) => Buffer.from(String(r.body.file), 'base64').length),
				requests: uazapi.requests.length,
				violations: [...proxy.violations, ...uazapi.violations],
				arrivals,
			} satisfies Received;
		} else if (message.cmd === 'stop') {
			void Promise.all([proxy.stop(), uazapi.stop()]).then(() => process.exit(0));
			return;
		}
		process.send!({ id: message.id, answer });
	});
	const info: DoublesInfo = { proxyUrl: proxy.url, uazapiUrl: uazapi.url, apiKey: PROXY_API_KEY, token: UAZAPI_TOKEN };
	process.send!({ ready: info });
}

void main();
