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
/** When the run ended: its newest result file (so a report rewritten later from the same results keeps the run's date). */
function runDate(dir) {
	const times = fs.readdirSync(dir).map((name) => fs.statSync(path.join(dir, name)).mtimeMs);
	return new Date(Math.max(...times));
}
const ms = (value) => `${Math.round(value).toLocaleString('en-US')} ms`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const list = (values) => values.map((v) => Math.round(v)).join(', ');

function machine(resultsDir) {
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
		`- date: ${runDate(resultsDir).toISOString().replace('T', ' ').slice(0, 16)} UTC`,
	].join('\n');
}

const NAMES = {
	a: '(a) Uazapi node, default Delivery (In Order per Chat: one chat here, so one by one)',
	a2: '(a2) Uazapi node, Delivery "All at Once"',
	b: '(b) HTTP Request node 4.4, default settings (all at once)',
	b1: '(b1) HTTP Request node 4.4, Batching 1 item per batch, interval 1 ms',
	c1: '(c) bare `http`, keep-alive, sequential',
	c10: '(c) bare `http`, keep-alive, 10 at a time',
	cAll: '(c) bare `http`, all 1,000 at once',
};

const spread = (values) => [Math.min(...values), median(values), Math.max(...values)];

/** x/y of each round (the variants of a round ran one after the other), as min / median / max. */
function roundRatios(times, x, y) {
	const pairs = times[x].map((value, i) => value / times[y][i]).filter(Number.isFinite);
	return spread(pairs);
}

const ratioText = (times, x, y) => {
	const [low, mid, high] = roundRatios(times, x, y);
	return `${x}/${y} **${mid.toFixed(2)}×** (${low.toFixed(2)}–${high.toFixed(2)})`;
};

/** How the requests of a CLI run reached the proxy double: the send phase, without n8n's start and the preparation. */
function sendPhaseLines({ sendPhases }) {
	if (!sendPhases) return [];
	const figures = Object.entries(sendPhases).map(([key, runs]) => {
		const span = median(runs.map((run) => run.spanMs));
		const gap = median(runs.map((run) => run.medianGapMs));
		return `${key} ${ms(span)}, ${gap.toFixed(2)} ms apart`;
	});
	return [`Send phase as the proxy double saw it (first envelope to last; median gap between two envelopes), medians of the runs: ${figures.join('; ')}.`, ''];
}

function throughputRows(result, { bare }) {
	const { times } = result;
	const keys = ['a', 'a2', 'b', 'b1', ...(bare ? ['c1', 'c10', 'cAll'] : [])].filter((key) => times[key]?.length);
	const ratios = [['a', 'b1'], ['a', 'b'], ['a2', 'b'], ...(bare ? [['a', 'c1'], ['a2', 'cAll'], ['b', 'cAll']] : [])].filter(
		([x, y]) => times[x]?.length && times[y]?.length,
	);
	return [
		'| What | min | median | max | runs |',
		'|---|---:|---:|---:|---|',
		...keys.map((key) => {
			const [low, mid, high] = spread(times[key]);
			return `| ${NAMES[key]} | ${ms(low)} | ${ms(mid)} | ${ms(high)} | ${list(times[key])} |`;
		}),
		'',
		`Ratios, round by round (median, min–max): ${ratios.map(([x, y]) => ratioText(times, x, y)).join(', ')}`,
	].join('\n');
}

/** The goals of issue #17 against this run's figures (median of the round-by-round ratios). */
function goalRows(engine, cli) {
	const rows = ['| Goal | measured | reached? |', '|---|---|---|'];
	const goal = (text, result, x, y, limit) => {
		if (!result?.times?.[x]?.length || !result.times[y]?.length) return;
		const [low, mid, high] = roundRatios(result.times, x, y);
		rows.push(`| ${text} ≤ ${limit.toFixed(1)}× | ${mid.toFixed(2)}× (${low.toFixed(2)}–${high.toFixed(2)}) | ${mid <= limit ? 'yes' : 'no'} |`);
	};
	goal('CLI: All at Once / HTTP Request all at once (a2/b)', cli, 'a2', 'b', 0.9);
	goal('CLI: ordered / HTTP Request 1 item per batch (a/b1)', cli, 'a', 'b1', 1.0);
	goal('In-process: All at Once / HTTP Request all at once (a2/b)', engine, 'a2', 'b', 0.9);
	goal('In-process: ordered / HTTP Request 1 item per batch (a/b1)', engine, 'a', 'b1', 1.0);
	goal('In-process: ordered / bare sequential loop (a/c)', engine, 'a', 'c1', 2.5);
	return rows.join('\n');
}

function orderingRows(engine, cli) {
	const rows = ['| Sender | in input order? | arrived after a later message | not at their input position |', '|---|---|---:|---:|'];
	const names = { a: '(a) default Delivery', a2: '(a2) All at Once', b: '(b) HTTP Request', b1: '(b1) HTTP Request, 1 item per batch', cAll: '(c) bare http, all at once' };
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
		'Figures printed by `npm run bench` (scripts/bench/); nothing here is a pass/fail threshold. All figures come from one run on one machine, with the same doubles (test/doubles, in their own process): min, median and max of the repetitions, and ratios taken round by round (the variants of a round ran one after the other, so a ratio holds when the machine speeds up or slows down between rounds).',
		'',
		machine(resultsDir),
		'',
		'**Reproduce:** `npm ci && npm run bench` (writes this file; the CLI part installs n8n 2.8.4 into ~/.cache/uazapi-n8n the first time, about 5 minutes; `BENCH_SKIP_CLI=1` skips it; `BENCH_REPETITIONS=n` changes the count). CPU profiles of the CLI runs (`READABLE_BUILD=1` keeps the names): `READABLE_BUILD=1 npm run build && npx tsc -p scripts/bench/tsconfig.json && BENCH_CPU_PROF=/tmp/prof N8N_USER_FOLDER=$(mktemp -d) node .tmp/bench/scripts/bench/cli-throughput.js`, then `node scripts/bench/cpuprofile-summary.js /tmp/prof/a/*.cpuprofile getDecrypted`. In-process: `BENCH_CPU_PROF=/tmp/prof BENCH_VARIANTS=a,b1 N8N_USER_FOLDER=$(mktemp -d) node .tmp/bench/scripts/bench/engine-throughput.js` (one profile per variant over `BENCH_REPETITIONS` runs); add `-r ./scripts/bench/count-expressions.js` after `node` to count the expressions n8n evaluates. Round trips through the doubles with and without keep-alive: `node .tmp/bench/scripts/bench/connection-rtt.js`.',
		'',
		'## 1. 1,000 Send Text messages to one chat, through the proxy double',
		'',
		"Message Send Text, phone number 5511999999999 for every item, Message `={{ 'msg ' + $json.i }}`. (b) is n8n's HTTP Request node POSTing the same proxy envelope (header x-api-key, JSON body `{service, method, endpoint, baseUrl, headers, body, instanceId}`); (b1) the same with its Batching option at 1 item per batch and the shortest interval that batches at all, 1 ms (it starts each request after the interval, without waiting for the previous answer). Time = the node's `executionTime` from the run data; (c) = wall time of the loop.",
		'',
		'### Goals (issue #17)',
		'',
		goalRows(engine, cli),
		'',
		`### In-process engine (WorkflowExecute, test/engine/harness.ts), ${engine.repetitions} runs each after one warm-up round`,
		'',
		throughputRows(engine, { bare: true }),
		'',
	];
	if (cli) {
		parts.push(
			`### Real n8n 2.8.4 CLI (\`n8n execute\`; Manual Trigger → Code node making 1,000 items → node under test), ${cli.repetitions} runs each after one warm-up round (not counted: the doubles' process answers slower until its code is optimised), a fresh n8n process per run`,
			'',
			throughputRows(cli, { bare: false }),
			'',
			...sendPhaseLines(cli),
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

const README_START = '<!-- bench:start -->';
const README_END = '<!-- bench:end -->';

/** The README's benchmark lines (between its bench markers): this run's figures only, with its date. */
function writeReadmeFigures(resultsDir, readme) {
	const engine = read(resultsDir, 'engine-throughput');
	const cli = read(resultsDir, 'cli-throughput');
	const perChat = read(resultsDir, 'cli-per-chat');
	const text = fs.readFileSync(readme, 'utf8');
	if (!text.includes(README_START) || !text.includes(README_END)) return;
	const figure = (result, x, y) => `${roundRatios(result.times, x, y)[1].toFixed(2)}×`;
	const date = runDate(resultsDir).toISOString().slice(0, 10);
	const lines = [
		`Latest \`npm run bench\` (${date}, ${os.cpus().length} cores; 1,000 Send Text items to one chat, the median of ${engine.repetitions} rounds, each ratio taken within a round):`,
		cli
			? `in a real n8n 2.8.4, the default Delivery (one chat: one by one) took ${figure(cli, 'a', 'b1')} the time of n8n's HTTP Request node sending one item per batch and ${figure(cli, 'a', 'b')} its default (all at once); All at Once took ${figure(cli, 'a2', 'b')} its default.`
			: `(the real-n8n part was skipped in this run.)`,
		...(perChat
			? [
					`1,000 messages across ${perChat.chats} chats: the default Delivery (In Order per Chat, 10 chats at once) took ${figure(perChat, 'perChat', 'httpAllAtOnce')} the time of the HTTP Request node sending all at once, with ${Math.max(...perChat.orders.perChat.map((o) => o.overtaken))} messages overtaken in their chat in any run (HTTP Request: ${median(perChat.orders.httpAllAtOnce.map((o) => o.overtaken))} per run, median).`,
				]
			: []),
		`In-process (n8n's engine without the n8n app): one by one ${figure(engine, 'a', 'b1')} the HTTP Request node one item per batch, All at Once ${figure(engine, 'a2', 'b')} its default, one by one ${figure(engine, 'a', 'c1')} a bare sequential \`http\` loop. Every figure, the machine and the spread between runs: \`BENCHMARKS.md\`.`,
	];
	const [before, rest] = text.split(README_START);
	const after = rest.split(README_END)[1];
	fs.writeFileSync(readme, `${before}${README_START}\n${lines.join('\n')}\n${README_END}${after}`);
}

module.exports = { writeReport, writeReadmeFigures };
