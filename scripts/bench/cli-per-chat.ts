/**
 * 1,000 messages across 100 chats in the real n8n 2.8.4 CLI: the Uazapi node's default Delivery (In Order per
 * Chat, 10 chats at once) against n8n's HTTP Request node sending all at once, side by side in one run (the
 * two alternate, a fresh `n8n execute` each). Item i goes to chat i mod 100 with the text "msg i". Every run has
 * a random delay of 0–3 ms on the proxy → Uazapi hop, so requests in flight together can overtake each other;
 * "overtaken" counts, chat by chat, messages that reached Uazapi after a later message of their chat.
 */
import path from 'node:path';

import type { ServerResponse } from 'node:http';

import { PROXY_API_KEY, ProxyDouble } from '../../test/doubles/proxy';
import { UAZAPI_TOKEN, UazapiDouble } from '../../test/doubles/uazapi';
import type { DoublesInfo } from './doubles-process';
import { cliWorkflow as workflow, envelopeOf, HTTP_REQUEST_VERSION, ITEMS, median, prepareCli, REPETITIONS, UNDER_TEST, writeResult } from './common';

const ROOT = path.join(__dirname, '..', '..', '..', '..');
// eslint-disable-next-line @typescript-eslint/no-var-requires -- a path known only at run time
const n8n = require(path.join(ROOT, 'scripts', 'e2e', 'n8n-cli.js'));
const CREDENTIAL = { id: 'benchCredPerChat', name: 'Uazapi bench per chat (proxy)' };
export const CHATS = 100;
const JITTER_MS = 3;

/** The phone number of chat c (0–99). */
const phoneExpression = `'55119000001' + String($json.i % ${CHATS}).padStart(2, '0')`;

interface Doubles extends DoublesInfo {
	reset(jitterMs: number): void;
	texts(): string[];
	violations(): string[];
	stop(): Promise<void>;
}

/**
 * The doubles, in this process (idle while n8n runs in its own). The proxy waits up to 60 s for Uazapi: with 1,000
 * requests at once on a busy machine, its usual 5 s can run out for the HTTP Request node's burst.
 */
async function startDoubles(): Promise<Doubles> {
	const uazapi = await new UazapiDouble().start();
	const proxy = await new ProxyDouble().start();
	let jitter = 0;
	const double = proxy as unknown as { forward: (envelope: unknown, res: ServerResponse) => Promise<void> };
	const forward = double.forward.bind(proxy);
	double.forward = async (envelope, res) => {
		if (jitter > 0) await new Promise((resolve) => setTimeout(resolve, Math.random() * jitter));
		return await forward(envelope, res);
	};
	return {
		proxyUrl: proxy.url,
		uazapiUrl: uazapi.url,
		apiKey: PROXY_API_KEY,
		token: UAZAPI_TOKEN,
		reset(jitterMs) {
			uazapi.reset();
			proxy.reset();
			proxy.upstreamTimeoutMs = 60_000;
			jitter = jitterMs;
		},
		texts: () => uazapi.requests.filter((r) => r.path === '/send/text').map((r) => String((r.body as { text: unknown }).text)),
		violations: () => [...proxy.violations, ...uazapi.violations],
		stop: async () => {
			await proxy.stop();
			await uazapi.stop();
		},
	};
}

function workflows(doubles: Doubles) {
	// The HTTP Request node POSTs the same envelope the Uazapi node sends, with the item's number and text.
	const envelope = JSON.stringify(envelopeOf(doubles, '__TEXT__'))
		.replace('"__TEXT__"', "'msg ' + $json.i")
		.replace(/"number":"[0-9]+"/, `"number": ${phoneExpression}`);
	return {
		perChat: workflow('benchPerChatNode', {
			type: 'n8n-nodes-n8ntools-uazapi.n8nToolsUazapi',
			typeVersion: 1,
			parameters: { resource: 'message', operation: 'sendText', phoneNumber: `={{ ${phoneExpression} }}`, messageText: "={{ 'msg ' + $json.i }}" },
			credentials: { uazapiApi: CREDENTIAL },
		}),
		httpAllAtOnce: workflow('benchPerChatHttp', {
			type: 'n8n-nodes-base.httpRequest',
			typeVersion: HTTP_REQUEST_VERSION,
			parameters: {
				method: 'POST',
				url: doubles.proxyUrl,
				sendHeaders: true,
				headerParameters: { parameters: [{ name: 'x-api-key', value: doubles.apiKey }] },
				sendBody: true,
				specifyBody: 'json',
				jsonBody: `={{ ${envelope} }}`,
				options: {},
			},
		}),
	};
}

/** Per chat, the messages that reached Uazapi after a later message of the same chat. */
export function overtakenPerChat(texts: string[]) {
	const highest = new Map<number, number>();
	let overtaken = 0;
	const chatsWithOvertaken = new Set<number>();
	for (const text of texts) {
		const index = Number(text.replace('msg ', ''));
		const chat = index % CHATS;
		const before = highest.get(chat) ?? -1;
		if (index < before) {
			overtaken++;
			chatsWithOvertaken.add(chat);
		}
		highest.set(chat, Math.max(before, index));
	}
	const complete = new Set(texts).size === ITEMS && texts.length === ITEMS;
	return { complete, overtaken, chatsWithOvertaken: chatsWithOvertaken.size };
}

async function execute(env: object, id: string, doubles: Doubles) {
	// A busy machine can take minutes for 1,000 items; the time measured is the node's executionTime.
	const run = await n8n.executeWorkflow(env, id, { timeoutMs: 600_000 });
	const task = run.data.resultData.runData[UNDER_TEST][0];
	const texts = doubles.texts();
	const violations = doubles.violations();
	if (violations.length || texts.length !== ITEMS) throw new Error(`${id}: ${texts.length} sent, ${violations[0] ?? ''}`);
	return { executionTime: task.executionTime as number, order: overtakenPerChat(texts) };
}

async function main() {
	const doubles = await startDoubles();
	const flows = workflows(doubles);
	let cli: Awaited<ReturnType<typeof prepareCli>> | undefined;
	try {
		cli = await prepareCli(n8n, CREDENTIAL, doubles, Object.values(flows));
		const { env } = cli;
		const variants = Object.keys(flows) as Array<keyof typeof flows>;
		const times: Record<string, number[]> = { perChat: [], httpAllAtOnce: [] };
		const orders: Record<string, ReturnType<typeof overtakenPerChat>[]> = { perChat: [], httpAllAtOnce: [] };
		// Not counted: the doubles' process answers slower until its code is optimised.
		for (const variant of variants) {
			await doubles.reset(JITTER_MS);
			await execute(env, flows[variant].id, doubles);
		}
		for (let round = 1; round <= REPETITIONS; round++) {
			for (const variant of variants) {
				await doubles.reset(JITTER_MS);
				const { executionTime, order } = await execute(env, flows[variant].id, doubles);
				times[variant].push(executionTime);
				orders[variant].push(order);
			}
			process.stderr.write(`  per-chat round ${round}/${REPETITIONS}: ${variants.map((v) => `${v} ${times[v].at(-1)} ms`).join(', ')}\n`);
		}
		const medians = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
		const result = { items: ITEMS, chats: CHATS, jitterMs: JITTER_MS, repetitions: REPETITIONS, times, medians, orders };
		writeResult('cli-per-chat', result);
		console.log(JSON.stringify({ medians, ratio: medians.perChat / medians.httpAllAtOnce, orders }, null, 1));
	} finally {
		await doubles.stop();
		cli?.cleanup();
	}
}

if (require.main === module) {
	main()
		.catch((error) => {
			console.error(error);
			process.exitCode = 1;
		})
		.finally(() => process.exit(process.exitCode ?? 0));
}
