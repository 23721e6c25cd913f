#!/usr/bin/env node
'use strict';
// `npm run test:editor`: the node's editor panels in a real browser, against the playground's real n8n.
//
//   node scripts/editor/run.js [--n8n=latest|2.8.4]    (default latest: n8n 2.41.1 on Node 24)
//   EDITOR_MONTAGE=1     also save a screenshot of every panel and a montage of them all
//   EDITOR_ONLY=group    walk only the resources (or resource:operation pairs) listed, comma-separated
//   EDITOR_CHECKS=every  run only the checks whose names start so (node panel search, operations executed,
//                        credential dialog, every operation panel), comma-separated
//   EDITOR_TIMEOUT_MS    the whole run's bound after the n8n install (default 60 minutes)
//
// The playground's start code (scripts/playground/playground.js: the packed package in a fresh n8n user folder,
// the Uazapi simulator, the proxy double, their credentials) runs n8n on a free port; Debian's chromium (installed
// with apt-get when missing) is driven by playwright-core (no browser download). The checks are in checks.js.
// Screenshots of failing panels go to .tmp/editor-screenshots/ (gitignored), emptied at each run.
// Exits 1 on any failed check; everything it started is stopped and its temp folders removed.
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const playground = require('../playground/playground');
const { walkPlan } = require('./plan');
const { Editor } = require('./editor');
const checks = require('./checks');

const SCREENSHOTS = path.join(playground.root, '.tmp', 'editor-screenshots');
const TIMEOUT_MS = Number(process.env.EDITOR_TIMEOUT_MS || 60 * 60_000);
const started = Date.now();
const seconds = (since = started) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

function argument(name, fallback) {
	const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
	return arg ? arg.slice(name.length + 3) : fallback;
}

/** Debian's chromium; installed with apt-get when missing (CI runs as root). */
function chromiumPath() {
	const wanted = process.env.EDITOR_CHROMIUM || '/usr/bin/chromium';
	if (fs.existsSync(wanted)) return wanted;
	console.log(`${wanted} not found: apt-get install chromium …`);
	const apt = (args) => execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, timeout: 15 * 60_000 });
	apt(['update', '-qq']);
	apt(['install', '-y', '-qq', 'chromium']);
	if (!fs.existsSync(wanted)) throw new Error(`${wanted} still missing after apt-get install chromium`);
	return wanted;
}

/** The operations to walk: all, or those EDITOR_ONLY names (resource or resource:operation). */
function selectedPlan() {
	const plan = walkPlan();
	const only = (process.env.EDITOR_ONLY || '').split(',').filter(Boolean);
	if (!only.length) return plan;
	return plan.filter(({ resource, operation }) => only.includes(resource.value) || only.includes(`${resource.value}:${operation.value}`));
}

async function main() {
	fs.rmSync(SCREENSHOTS, { recursive: true, force: true });
	fs.mkdirSync(SCREENSHOTS, { recursive: true });
	const executablePath = chromiumPath();
	const version = argument('n8n', 'latest');

	const t0 = Date.now();
	const p = await playground.start({ version, port: 0, log: (line) => console.log(line) });
	if (!p) return;
	console.log(`n8n ${p.version.n8n} (Node ${p.version.node}) at ${p.server.url}, ready in ${seconds(t0)}`);

	// The bound starts once n8n runs (its first install alone can take 15 minutes).
	const bound = setTimeout(() => {
		console.error(`test:editor: still running after ${TIMEOUT_MS / 1000} s; stopping`);
		process.exitCode = 1;
		void playground.cleanup().finally(() => process.exit(1));
	}, TIMEOUT_MS);
	bound.unref();

	const editor = await Editor.launch({ executablePath, server: p.server, owner: p.owner, screenshots: SCREENSHOTS, montage: process.env.EDITOR_MONTAGE === '1' });
	const results = [];
	try {
		await editor.login();
		const context = { editor, playground: p, plan: selectedPlan(), results };
		const wanted = (process.env.EDITOR_CHECKS || '').split(',').filter(Boolean);
		for (const check of checks.all.filter((c) => !wanted.length || wanted.some((w) => c.name.startsWith(w)))) {
			const t = Date.now();
			const before = results.length;
			try {
				await check.run(context);
			} catch (error) {
				results.push({ name: check.name, ok: false, problems: [error.stack ?? String(error)], screenshot: await editor.screenshot(`${check.name}-error`) });
			}
			const mine = results.slice(before);
			const failed = mine.filter((r) => !r.ok).length;
			console.log(`• ${check.name}: ${mine.length - failed} passed, ${failed} failed (${seconds(t)})`);
			for (const r of mine.filter((r) => !r.ok)) {
				console.log(`  ✗ ${r.name}\n      ${r.problems.join('\n      ')}${r.screenshot ? `\n      screenshot: ${path.relative(playground.root, r.screenshot)}` : ''}`);
			}
		}
		if (process.env.EDITOR_MONTAGE === '1') {
			const file = await editor.montage();
			if (file) console.log(`montage of ${editor.panelShots.length} panels: ${path.relative(playground.root, file)}`);
		}
	} finally {
		await editor.close();
		clearTimeout(bound);
	}
	const failed = results.filter((r) => !r.ok).length;
	console.log(`\ntest:editor on n8n ${p.version.n8n}: ${results.length} checks in ${seconds()}${failed ? `; screenshots in ${path.relative(playground.root, SCREENSHOTS)}/` : ''}`);
	console.log(`${results.length - failed} passed, ${failed} failed`);
	if (failed) process.exitCode = 1;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.on(signal, () => {
		console.log(`\n${signal}: stopping …`);
		void playground.cleanup().finally(() => process.exit(1));
	});
}

main()
	.catch((error) => {
		console.error(error.stack ?? error.message);
		process.exitCode = 1;
	})
	.finally(async () => {
		await playground.cleanup();
		process.exit(process.exitCode ?? 0);
	});
