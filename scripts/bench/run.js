#!/usr/bin/env node
'use strict';
// `npm run bench`: runs every benchmark (each in its own process, one after another, on this machine)
// and writes BENCHMARKS.md. Figures only: nothing here passes or fails on a time.
//   BENCH_REPETITIONS=5 (default)   BENCH_SKIP_CLI=1 skips the real n8n CLI part (needs install-n8n.sh)
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { writeReadmeFigures, writeReport } = require('./report');

const ROOT = path.join(__dirname, '..', '..');
const COMPILED = path.join(ROOT, '.tmp', 'bench', 'scripts', 'bench');
const RESULTS_DIR = path.join(ROOT, '.tmp', 'bench', 'results');

const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'uazapi-bench-'));
const env = { ...process.env, N8N_USER_FOLDER: userFolder, N8N_ENCRYPTION_KEY: 'uazapi-bench' };

function part(title, file) {
	console.log(`\n▶ ${title}`);
	execFileSync(process.execPath, [file], { env, stdio: 'inherit' });
}

try {
	fs.rmSync(RESULTS_DIR, { recursive: true, force: true });
	part('1. 1,000 Send Text items, in-process engine', path.join(COMPILED, 'engine-throughput.js'));
	if (!process.env.BENCH_SKIP_CLI) {
		execFileSync('bash', [path.join(ROOT, 'scripts', 'e2e', 'install-n8n.sh')], { stdio: ['ignore', 'ignore', 'inherit'] });
		part('1. 1,000 Send Text items, real n8n 2.8.4 CLI', path.join(COMPILED, 'cli-throughput.js'));
		part('1b. 1,000 Send Text items across 100 chats, real n8n 2.8.4 CLI', path.join(COMPILED, 'cli-per-chat.js'));
	}
	part('2. 20 MB file from a binary property', path.join(COMPILED, 'memory.js'));
	part('3. Package size and require time', path.join(__dirname, 'package.js'));
	const file = writeReport(RESULTS_DIR, path.join(ROOT, 'BENCHMARKS.md'));
	writeReadmeFigures(RESULTS_DIR, path.join(ROOT, 'README.md'));
	console.log(`\n✓ wrote ${path.relative(process.cwd(), file)} and the README's figures`);
} finally {
	fs.rmSync(userFolder, { recursive: true, force: true });
}
