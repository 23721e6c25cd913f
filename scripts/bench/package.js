'use strict';
// Part 3: what users download (npm pack --dry-run) and how long n8n takes to require every dist/**/*.js
// file, each measurement in a fresh node process (the time inside it, from first to last require).
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..', '..');
const RESULTS_DIR = path.join(ROOT, '.tmp', 'bench', 'results');
const REPETITIONS = Number(process.env.BENCH_REPETITIONS || 5);

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function jsFiles(dir) {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const file = path.join(dir, entry.name);
		if (entry.isDirectory()) return jsFiles(file);
		return entry.name.endsWith('.js') ? [file] : [];
	});
}

// n8n has n8n-workflow loaded already; it is timed apart so the package's own share is visible.
const REQUIRE_ALL = `
const files = JSON.parse(process.argv[1]);
const ms = (since) => Number(process.hrtime.bigint() - since) / 1e6;
const start = process.hrtime.bigint();
require('n8n-workflow');
const workflowMs = ms(start);
for (const file of files) require(file);
process.stdout.write(JSON.stringify({ totalMs: ms(start), workflowMs }));
`;

function main() {
	const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
	const files = jsFiles(path.join(ROOT, 'dist'));
	const times = [];
	for (let i = 0; i < REPETITIONS; i++) {
		times.push(JSON.parse(execFileSync(process.execPath, ['-e', REQUIRE_ALL, JSON.stringify(files)], { cwd: ROOT, encoding: 'utf8' })));
	}
	const result = {
		packedBytes: pack.size,
		unpackedBytes: pack.unpackedSize,
		fileCount: pack.entryCount,
		jsFiles: files.length,
		requireTimes: times,
		requireMedianMs: median(times.map((t) => t.totalMs)),
		n8nWorkflowMedianMs: median(times.map((t) => t.workflowMs)),
		ownMedianMs: median(times.map((t) => t.totalMs - t.workflowMs)),
	};
	fs.mkdirSync(RESULTS_DIR, { recursive: true });
	fs.writeFileSync(path.join(RESULTS_DIR, 'package.json'), JSON.stringify(result, null, 2));
	console.log(JSON.stringify(result));
}

main();
