/**
 * Part 1, in-process: 1,000 Send Text items through n8n's WorkflowExecute (the harness), against the
 * doubles in a child process. (a) the Uazapi node, default Delivery; (a2) Delivery "All at Once";
 * (b) n8n's HTTP Request node sending the same envelope, (b1) the same one item per batch; (c) a bare `http`
 * loop (the floor).
 * Then the order in which the 1,000 texts reached Uazapi, with 0–3 ms jitter on the proxy hop.
 */
import fs from 'node:fs';
import http from 'node:http';
import inspector from 'node:inspector';
import Module from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import type { INodeType, IVersionedNodeType } from 'n8n-workflow';

import { runNode, shutdownEngine } from '../../test/engine/harness';
import type { Doubles } from './common';
import {
	HTTP_REQUEST_VERSION,
	httpRequestParameters,
	ITEMS,
	median,
	N8N_DIR,
	ordering,
	postEnvelope,
	proxyCredentials,
	REPETITIONS,
	sendTextParameters,
	startDoubles,
	writeResult,
} from './common';

const JITTER_MS = 3;

/** n8n-nodes-base from the n8n install, sharing this process's n8n-workflow (one copy, as inside n8n). */
function loadHttpRequestNode(): IVersionedNodeType {
	const ours = require.resolve('n8n-workflow');
	const resolve = (Module as unknown as { _resolveFilename: (...args: unknown[]) => string })._resolveFilename;
	(Module as unknown as { _resolveFilename: unknown })._resolveFilename = function (request: string, ...rest: unknown[]) {
		return request === 'n8n-workflow' ? ours : resolve.call(this, request, ...rest);
	};
	const file = path.join(N8N_DIR, 'node_modules', 'n8n-nodes-base', 'dist', 'nodes', 'HttpRequest', 'HttpRequest.node.js');
	// eslint-disable-next-line @typescript-eslint/no-var-requires -- n8n-nodes-base of the installed n8n, found at run time
	const { HttpRequest } = require(file) as { HttpRequest: new () => IVersionedNodeType };
	return new HttpRequest();
}

const items = Array.from({ length: ITEMS }, (_, i) => ({ json: { i } }));

type Variant = 'a' | 'a2' | 'b' | 'b1';
const isHttpRequest = (variant: Variant) => variant === 'b' || variant === 'b1';

async function runVariant(variant: Variant, doubles: Doubles, httpRequest: INodeType | IVersionedNodeType) {
	const started = performance.now();
	const run = await runNode({
		parameters: isHttpRequest(variant) ? httpRequestParameters(doubles, variant === 'b1') : sendTextParameters(variant === 'a2' ? 'parallel' : undefined),
		credentials: proxyCredentials(doubles),
		items,
		...(isHttpRequest(variant) ? { otherNode: { name: 'n8n-nodes-base.httpRequest', version: HTTP_REQUEST_VERSION, type: httpRequest } } : {}),
	});
	const wallMs = performance.now() - started;
	if (run.error) throw new Error(`${variant} failed: ${String(run.error.message)}`);
	const task = run.run.data.resultData.runData.Uazapi[0];
	const received = await doubles.received();
	if (received.violations.length) throw new Error(`${variant}: ${received.violations.slice(0, 3).join('; ')}`);
	if (received.texts.length !== ITEMS || run.outputs[0].length !== ITEMS) throw new Error(`${variant}: ${received.texts.length} sent`);
	return { executionTime: task.executionTime, wallMs, order: ordering(received.texts) };
}

/** The floor: the same envelopes POSTed with Node's http, keep-alive, `concurrency` at a time. */
async function bareLoop(doubles: Doubles, concurrency: number) {
	const agent = new http.Agent({ keepAlive: true });
	const started = performance.now();
	let next = 0;
	await Promise.all(
		Array.from({ length: concurrency }, async () => {
			while (next < ITEMS) await postEnvelope(doubles, `msg ${next++}`, agent);
		}),
	);
	const ms = performance.now() - started;
	agent.destroy();
	const received = await doubles.received();
	if (received.texts.length !== ITEMS || received.violations.length) throw new Error('bare loop: wrong requests');
	return { ms, order: ordering(received.texts) };
}

/**
 * BENCH_CPU_PROF=<dir>: after a warm-up, one CPU profile per variant of BENCH_VARIANTS (default `a`) over
 * BENCH_REPETITIONS runs, written to <dir>/<variant>.cpuprofile (read it with cpuprofile-summary.js); no figures.
 */
async function profile(doubles: Doubles, httpRequest: IVersionedNodeType) {
	const dir = process.env.BENCH_CPU_PROF!;
	fs.mkdirSync(dir, { recursive: true });
	const session = new inspector.Session();
	session.connect();
	const post = (method: string, params: object = {}) =>
		new Promise<unknown>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
	await post('Profiler.enable');
	for (const variant of (process.env.BENCH_VARIANTS ?? 'a').split(',') as Variant[]) {
		await doubles.reset();
		await runVariant(variant, doubles, httpRequest);
		await post('Profiler.start');
		const times = [];
		for (let run = 0; run < REPETITIONS; run++) {
			await doubles.reset();
			times.push((await runVariant(variant, doubles, httpRequest)).executionTime);
		}
		const { profile: data } = (await post('Profiler.stop')) as { profile: object };
		fs.writeFileSync(path.join(dir, `${variant}.cpuprofile`), JSON.stringify(data));
		console.log(`${variant}: executionTime ${times.join(', ')} ms, profile in ${path.join(dir, `${variant}.cpuprofile`)}`);
	}
	session.disconnect();
}

async function main() {
	const doubles = await startDoubles();
	const httpRequest = loadHttpRequestNode();
	if (process.env.BENCH_CPU_PROF) {
		try {
			return await profile(doubles, httpRequest);
		} finally {
			await doubles.stop();
			await shutdownEngine();
		}
	}
	const variants: Variant[] = ['a', 'a2', 'b', 'b1'];
	const times: Record<string, number[]> = { a: [], a2: [], b: [], b1: [], c1: [], c10: [], cAll: [] };
	const walls: Record<string, number[]> = { a: [], a2: [], b: [], b1: [] };
	try {
		// One warm-up round (JIT, lazy requires), not counted; then the rounds, variants interleaved.
		for (let round = 0; round <= REPETITIONS; round++) {
			for (const variant of variants) {
				await doubles.reset();
				const { executionTime, wallMs } = await runVariant(variant, doubles, httpRequest);
				if (round > 0) {
					times[variant].push(executionTime);
					walls[variant].push(wallMs);
				}
			}
			for (const [key, concurrency] of [['c1', 1], ['c10', 10], ['cAll', ITEMS]] as const) {
				await doubles.reset();
				const { ms } = await bareLoop(doubles, concurrency);
				if (round > 0) times[key].push(ms);
			}
			process.stderr.write(round ? `  round ${round}/${REPETITIONS}\n` : '  warm-up done\n');
		}
		const ordered: Record<string, ReturnType<typeof ordering>[]> = { a: [], a2: [], b: [], b1: [], cAll: [] };
		for (let round = 0; round < REPETITIONS; round++) {
			for (const variant of variants) {
				await doubles.reset(JITTER_MS);
				ordered[variant].push((await runVariant(variant, doubles, httpRequest)).order);
			}
			await doubles.reset(JITTER_MS);
			ordered.cAll.push((await bareLoop(doubles, ITEMS)).order);
		}
		const medians = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
		const result = {
			repetitions: REPETITIONS,
			times,
			walls,
			medians,
			wallMedians: Object.fromEntries(Object.entries(walls).map(([k, v]) => [k, median(v)])),
			ordering: {
				jitterMs: JITTER_MS,
				runs: ordered,
				medianAfterLater: Object.fromEntries(Object.entries(ordered).map(([k, v]) => [k, median(v.map((o) => o.afterLater))])),
				medianDisplaced: Object.fromEntries(Object.entries(ordered).map(([k, v]) => [k, median(v.map((o) => o.displaced))])),
			},
		};
		writeResult('engine-throughput', result);
		console.log(JSON.stringify({ medians: result.medians, wallMedians: result.wallMedians, ordering: result.ordering.medianAfterLater }, null, 1));
	} finally {
		await doubles.stop();
		await shutdownEngine();
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
