/**
 * Part 1 in the real n8n 2.8.4 CLI: the packed package installed as a user would, one workflow per variant
 * (Manual Trigger → Code node making 1,000 items → node under test), each `n8n execute`d in turn;
 * the node's executionTime comes from the run JSON.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

import type { Doubles } from './common';
import {
	cliWorkflow as workflow,
	HTTP_REQUEST_VERSION,
	httpRequestParameters,
	ITEMS,
	median,
	ordering,
	prepareCli,
	REPETITIONS,
	sendTextParameters,
	startDoubles,
	UNDER_TEST,
	writeResult,
} from './common';

const ROOT = path.join(__dirname, '..', '..', '..', '..');
// eslint-disable-next-line @typescript-eslint/no-var-requires -- a path known only at run time
const n8n = require(path.join(ROOT, 'scripts', 'e2e', 'n8n-cli.js'));
const CREDENTIAL = { id: 'benchCredProxy', name: 'Uazapi bench (proxy)' };

function workflows(doubles: Doubles) {
	const uazapi = (parameters: object) => ({
		type: 'n8n-nodes-n8ntools-uazapi.n8nToolsUazapi',
		typeVersion: 1,
		parameters,
		credentials: { uazapiApi: CREDENTIAL },
	});
	return {
		a: workflow('benchNodeDefault', uazapi(sendTextParameters())),
		a2: workflow('benchNodeAllAtOnce', uazapi(sendTextParameters('parallel'))),
		b: workflow('benchHttpRequest', {
			type: 'n8n-nodes-base.httpRequest',
			typeVersion: HTTP_REQUEST_VERSION,
			parameters: httpRequestParameters(doubles),
		}),
		b1: workflow('benchHttpOneAtATime', {
			type: 'n8n-nodes-base.httpRequest',
			typeVersion: HTTP_REQUEST_VERSION,
			parameters: httpRequestParameters(doubles, true),
		}),
	};
}

async function execute(env: object, id: string, doubles: Doubles) {
	const run = await n8n.executeWorkflow(env, id);
	const task = run.data.resultData.runData[UNDER_TEST][0];
	const received = await doubles.received();
	if (received.violations.length || received.texts.length !== ITEMS) throw new Error(`${id}: ${received.texts.length} sent, ${received.violations[0] ?? ''}`);
	return { executionTime: task.executionTime as number, order: ordering(received.texts), sends: sendPhase(received.arrivals) };
}

/** The send phase as the proxy saw it: from the first envelope to the last, and the median gap between two. */
function sendPhase(arrivals: number[]) {
	const gaps = arrivals.slice(1).map((at, i) => at - arrivals[i]);
	return { spanMs: Math.round(arrivals.at(-1)! - arrivals[0]), medianGapMs: Math.round(median(gaps) * 100) / 100 };
}

/**
 * BENCH_CPU_PROF=<dir>: one `n8n execute` per variant under --cpu-prof (see cpuprofile-summary.js);
 * BENCH_NODE_ARGS: more node options for these runs (e.g. `-r ./hook.js` to count calls).
 */
async function profile(env: NodeJS.ProcessEnv, flows: Record<string, { id: string }>, doubles: Doubles) {
	const main = path.join(n8n.N8N_CACHE_DIR, 'node_modules', 'n8n', 'bin', 'n8n');
	for (const [variant, flow] of Object.entries(flows)) {
		await doubles.reset();
		const dir = path.join(process.env.BENCH_CPU_PROF!, variant);
		const extra = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
		const args = ['--cpu-prof', `--cpu-prof-dir=${dir}`, ...extra, main, 'execute', `--id=${flow.id}`, '--rawOutput'];
		const output = execFileSync(process.execPath, args, { env, cwd: env.N8N_USER_FOLDER, encoding: 'utf8', maxBuffer: 1e8, stdio: ['ignore', 'pipe', 'inherit'] });
		const task = n8n.parseRunOutput(output).data.resultData.runData[UNDER_TEST][0];
		console.log(`${variant}: executionTime ${task.executionTime} ms, profile in ${dir}`);
	}
}

async function main() {
	const doubles = await startDoubles();
	const flows = workflows(doubles);
	let cli: Awaited<ReturnType<typeof prepareCli>> | undefined;
	try {
		cli = await prepareCli(n8n, CREDENTIAL, doubles, Object.values(flows));
		const { env } = cli;
		const variants = Object.keys(flows) as Array<keyof typeof flows>;
		if (process.env.BENCH_CPU_PROF) return await profile(env, flows, doubles);
		const times: Record<string, number[]> = { a: [], a2: [], b: [], b1: [] };
		const orderAtZeroJitter: Record<string, ReturnType<typeof ordering>[]> = { a: [], a2: [], b: [], b1: [] };
		const sendPhases: Record<string, Array<ReturnType<typeof sendPhase>>> = { a: [], a2: [], b: [], b1: [] };
		// Not counted: the doubles' process answers slower until its code is optimised (round 1 of the ordered
		// sends, which runs first, went 1.9 ms apart against 1.35–1.45 ms in later rounds).
		for (const variant of variants) {
			await doubles.reset();
			await execute(env, flows[variant].id, doubles);
		}
		for (let round = 1; round <= REPETITIONS; round++) {
			for (const variant of variants) {
				await doubles.reset();
				const { executionTime, order, sends } = await execute(env, flows[variant].id, doubles);
				times[variant].push(executionTime);
				orderAtZeroJitter[variant].push(order);
				sendPhases[variant].push(sends);
			}
			const line = (v: string) => `${v} ${times[v].at(-1)} ms (sends over ${sendPhases[v].at(-1)!.spanMs} ms, ${sendPhases[v].at(-1)!.medianGapMs} ms apart)`;
			process.stderr.write(`  CLI round ${round}/${REPETITIONS}: ${variants.map(line).join(', ')}\n`);
		}
		const jittered: Record<string, ReturnType<typeof ordering>> = {};
		for (const variant of variants) {
			await doubles.reset(3);
			jittered[variant] = (await execute(env, flows[variant].id, doubles)).order;
		}
		const result = {
			repetitions: REPETITIONS,
			times,
			medians: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)])),
			orderAtZeroJitter,
			sendPhases,
			orderWithJitter: { jitterMs: 3, runs: jittered },
		};
		writeResult('cli-throughput', result);
		console.log(JSON.stringify({ medians: result.medians, jittered }, null, 1));
	} finally {
		await doubles.stop();
		cli?.cleanup();
	}
}

main()
	.catch((error) => {
		console.error(error);
		process.exitCode = 1;
	})
	.finally(() => process.exit(process.exitCode ?? 0));
