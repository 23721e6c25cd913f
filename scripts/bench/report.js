'use strict';
// Writes BENCHMARKS.md from the result files of one `npm run bench` run. Text below the KEEP marker of an
// existing BENCHMARKS.md (the hand-written analysis) is kept.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const KEEP = '<!-- Everything below is hand-written and kept by `npm run bench`. -->';

const read = (dir, name) => {
	const file = path.join(dir, `${name}.json`);
	return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;
};
const ms = (value) => `${Math.round(value).toLocaleString('en-US')} ms`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const list = (values) => values.map((v) => Math.round(v)).join(', ');

function machine() {
	const cpu = os.cpus()[0]?.model ?? 'unknown';
	let nproc = String(os.cpus().length);
	try {
		nproc = execFileSync('bash', ['-c', 'nproc'], { encoding: 'utf8' }).trim();
	} catch {
		// nproc missing
	}
	return [
		`- nproc: ${nproc}; CPU: ${cpu}; memory: ${mb(os.totalmem())}`,
		`- Node ${process.version} on ${os.type()} ${os.release()} (${os.arch()})`,
		`- date: ${new Date().toISOString().replace('T', ' ').slice(0, 16)} UTC`,
	].join('\n');
}

function throughputRows(result, { bare }) {
	const { medians: m, times } = result;
	const rows = [
		['(a) Uazapi node, default Delivery (one by one, in input order)', m.a, times.a],
		['(a2) Uazapi node, Delivery "All at Once"', m.a2, times.a2],
		['(b) HTTP Request node 4.4, default settings (all at once)', m.b, times.b],
	];
	if (bare) {
		rows.push(
			['(c) bare `http`, keep-alive, sequential', m.c1, times.c1],
			['(c) bare `http`, keep-alive, 10 at a time', m.c10, times.c10],
			['(c) bare `http`, all 1,000 at once', m.cAll, times.cAll],
		);
	}
	return [
		'| What | median | runs |',
		'|---|---:|---|',
		...rows.map(([what, median, runs]) => `| ${what} | ${ms(median)} | ${list(runs)} |`),
		'',
		`Ratios (medians): a/b ${ratio(m.a, m.b)}, a2/b ${ratio(m.a2, m.b)}` +
			(bare ? `, a/c(sequential) ${ratio(m.a, m.c1)}, a2/c(all at once) ${ratio(m.a2, m.cAll)}, b/c(all at once) ${ratio(m.b, m.cAll)}` : ''),
	].join('\n');
}

function orderingRows(engine, cli) {
	const rows = ['| Sender | in input order? | arrived after a later message | not at their input position |', '|---|---|---:|---:|'];
	const names = { a: '(a) default Delivery', a2: '(a2) All at Once', b: '(b) HTTP Request', cAll: '(c) bare http, all at once' };
	for (const [key, runs] of Object.entries(engine.ordering.runs)) {
		const inOrder = runs.filter((r) => r.inOrder).length;
		rows.push(
			`| ${names[key]}, engine (${runs.length} runs, medians) | ${inOrder}/${runs.length} runs | ${median(runs.map((r) => r.afterLater))} | ${median(runs.map((r) => r.displaced))} |`,
		);
	}
	if (cli) {
		for (const [key, run] of Object.entries(cli.orderWithJitter.runs)) {
			rows.push(`| ${names[key]}, n8n CLI (1 run) | ${run.inOrder ? 'yes' : 'no'} | ${run.afterLater} | ${run.displaced} |`);
		}
	}
	return rows.join('\n');
}

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function writeReport(resultsDir, file) {
	const engine = read(resultsDir, 'engine-throughput');
	const cli = read(resultsDir, 'cli-throughput');
	const memory = read(resultsDir, 'memory');
	const pkg = read(resultsDir, 'package');
	const kept = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split(KEEP)[1] : undefined;
	const parts = [
		'# Benchmarks',
		'',
		'Figures printed by `npm run bench` (scripts/bench/); nothing here is a pass/fail threshold. All figures come from one run on one machine, with the same doubles (test/doubles, in their own process); medians of the repetitions.',
		'',
		machine(),
		'',
		'**Reproduce:** `npm ci && npm run bench` (writes this file; the CLI part installs n8n 2.8.4 into ~/.cache/uazapi-n8n the first time, about 5 minutes; `BENCH_SKIP_CLI=1` skips it; `BENCH_REPETITIONS=n` changes the count). CPU profiles of the CLI runs: `npm run build && npx tsc -p scripts/bench/tsconfig.json && BENCH_CPU_PROF=/tmp/prof N8N_USER_FOLDER=$(mktemp -d) node .tmp/bench/scripts/bench/cli-throughput.js`, then `node scripts/bench/cpuprofile-summary.js /tmp/prof/a/*.cpuprofile getDecrypted`.',
		'',
		'## 1. 1,000 Send Text messages to one chat, through the proxy double',
		'',
		"Message Send Text, phone number 5511999999999 for every item, Message `={{ 'msg ' + $json.i }}`. (b) is n8n's HTTP Request node POSTing the same proxy envelope (header x-api-key, JSON body `{service, method, endpoint, baseUrl, headers, body, instanceId}`). Time = the node's `executionTime` from the run data; (c) = wall time of the loop.",
		'',
		`### In-process engine (WorkflowExecute, test/engine/harness.ts), ${engine.repetitions} runs each after one warm-up round`,
		'',
		throughputRows(engine, { bare: true }),
		'',
	];
	if (cli) {
		parts.push(
			`### Real n8n 2.8.4 CLI (\`n8n execute\`; Manual Trigger → Code node making 1,000 items → node under test), ${cli.repetitions} runs each, a fresh n8n process per run`,
			'',
			throughputRows(cli, { bare: false }),
			'',
		);
	}
	parts.push(
		'### Order of arrival at Uazapi',
		'',
		`With a random delay of 0–${engine.ordering.jitterMs} ms on the proxy → Uazapi hop (requests in flight together can overtake each other). "Arrived after a later message" counts messages that reached Uazapi after a message with a higher input index.`,
		'',
		orderingRows(engine, cli),
		'',
		...require('./report-per-chat').perChatSection(read(resultsDir, 'cli-per-chat')),
		'## 2. A 20 MB file from a binary property (Media → Send Document), in-process engine',
		'',
		`Peak RSS growth over a baseline taken in the same process just before the send (after a warm-up send and a GC, with the 20 MB input item already in memory); a fresh process per run; peak = VmHWM after resetting it, cross-checked with RSS samples every 2 ms; the doubles run in another process.`,
		'',
		`- median baseline RSS: ${memory.medianBaselineMB.toFixed(0)} MB`,
		`- median peak growth: **${memory.medianGrowthMB.toFixed(1)} MB = ${memory.multipleOfFile.toFixed(2)}× the file size** (runs: ${memory.runs.map((r) => mb(r.growth)).join(', ')})`,
		'',
		'## 3. Package',
		'',
		`- npm pack: ${kb(pkg.packedBytes)} packed, ${kb(pkg.unpackedBytes)} unpacked, ${pkg.fileCount} files (${pkg.jsFiles} .js)`,
		`- requiring every dist/**/*.js in a fresh node process: median ${ms(pkg.requireMedianMs)} (runs: ${list(pkg.requireTimes.map((t) => t.totalMs))}), of which n8n-workflow (already loaded inside n8n) ${ms(pkg.n8nWorkflowMedianMs)} and the package's own files ${ms(pkg.ownMedianMs)}`,
		'',
		KEEP,
		kept ?? '\n',
	);
	fs.writeFileSync(file, parts.join('\n'));
	return file;
}

module.exports = { writeReport };
