#!/usr/bin/env node
'use strict';
// `npm start`: a playground in a real n8n. Installs what is missing (npm ci, n8n 2.8.4 in the cache folder),
// builds, starts a Uazapi simulator (the test double with `simulate`) and the n8n Tools proxy double, and
// `n8n start` with this package installed, two credentials pointing at them and the workflows of examples/.
// Everything lives in a temp folder that is removed on stop.
//
// Every command it starts runs in a process group of its own; Ctrl-C, or SIGINT / SIGTERM to this process,
// stops those groups (n8n with its task runner, an installer with its build) and removes the temp folders.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const readline = require('node:readline');

const root = path.join(__dirname, '..', '..');

/** Process groups of the commands running now (their leaders' pids). */
const running = new Set();
const cleanups = [];
let stopping = false;

/**
 * Runs `command` in its own process group. Resolves with its stdout when `capture`; output goes to the terminal
 * otherwise, or line by line to `onStderrLine`. Rejects when it fails.
 */
function run(command, args, { cwd = root, env = process.env, capture = false, onStderrLine } = {}) {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, {
			cwd,
			env,
			detached: true,
			stdio: ['ignore', capture ? 'pipe' : 'inherit', onStderrLine ? 'pipe' : 'inherit'],
		});
		running.add(child.pid);
		let stdout = '';
		if (capture) child.stdout.on('data', (data) => (stdout += data));
		if (onStderrLine) readline.createInterface({ input: child.stderr }).on('line', onStderrLine);
		child.on('error', reject);
		child.on('close', (code, signal) => {
			running.delete(child.pid);
			if (code === 0) resolve(stdout);
			else reject(new Error(`${command} ${args.join(' ')} ${signal ? `was stopped (${signal})` : `exited with ${code}`}`));
		});
	});
}

function killRunning(signal) {
	for (const pid of running) {
		try {
			process.kill(-pid, signal);
		} catch {
			// already gone
		}
	}
}

/**
 * install-n8n.sh with npm's progress: npm prints nothing for minutes when not on a terminal, so ask it for
 * its log lines, count the downloads and show native builds, warnings and errors, with a heartbeat.
 */
async function installN8n() {
	const started = Date.now();
	let fetched = 0;
	let installing = false;
	const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;
	const heartbeat = setInterval(() => {
		if (installing) console.log(`  … installing n8n: ${fetched} packages downloaded, ${elapsed()}`);
	}, 10_000);
	const env = { ...process.env, npm_config_loglevel: 'info' };
	try {
		const stdout = await run('bash', [path.join(root, 'scripts', 'e2e', 'install-n8n.sh')], {
			env,
			capture: true,
			onStderrLine: (line) => {
				if (/^npm (http|info) fetch\b/.test(line)) fetched++;
				else if (/^npm info run .*\{ code: \d+, signal: \w+ \}$/.test(line)) console.log(`  ${line.replace(/^npm info run /, 'built ')}`);
				else if (/^npm info run /.test(line)) console.log(`  ${line.replace(/^npm info run /, 'building ')}`);
				else if (/^npm (warn|error|ERR!)/.test(line)) console.log(`  ${line}`);
				else if (!/^npm (info|http|timing|verb|sill)\b/.test(line)) {
					if (/^Installing n8n/.test(line)) installing = true;
					console.log(`  ${line}`);
				}
			},
		});
		if (installing) console.log(`  n8n installed (${fetched} packages downloaded, ${elapsed()}).`);
		return stdout.trim().split('\n').pop();
	} finally {
		clearInterval(heartbeat);
	}
}

async function portFor(preferred, freePort) {
	const free = await new Promise((resolve) => {
		const server = net.createServer();
		server.once('error', () => resolve(false));
		server.listen(preferred, '127.0.0.1', () => server.close(() => resolve(true)));
	});
	return free ? preferred : await freePort();
}

async function main() {
	// Before anything that needs dependencies or the build.
	if (!fs.existsSync(path.join(root, 'node_modules', '.bin', 'tsc'))) {
		console.log('Installing dependencies (npm ci) …');
		await run('npm', ['ci']);
	}
	console.log('Building …');
	await run('npm', ['run', 'build', '--silent'], { capture: true });
	await run('npx', ['tsc', '-p', 'scripts/e2e/tsconfig.json']);

	console.log('Checking n8n 2.8.4 (installed once into ~/.cache/uazapi-n8n, about 5 minutes the first time) …');
	await installN8n();
	if (stopping) return;

	const n8n = require('../e2e/n8n-cli');
	const { doubles } = require('../e2e/paths');
	const { UAZAPI_TOKEN, UazapiDouble } = require(`${doubles}/uazapi`);
	const { PROXY_API_KEY, ProxyDouble } = require(`${doubles}/proxy`);
	const { SIMULATOR_QUICK_REPLY } = require(`${doubles}/simulator`);
	const { EXAMPLE_CREDENTIALS: CREDENTIALS, readExamples } = require('../e2e/examples');

	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'uazapi-playground-'));
	cleanups.push(() => fs.rmSync(work, { recursive: true, force: true }));
	const [pack] = JSON.parse(await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { capture: true }));
	const userFolder = await n8n.makeUserFolder();
	cleanups.push(() => userFolder.cleanup());
	console.log('Installing the package into n8n …');
	n8n.installPackageTarball(userFolder.dir, path.join(work, pack.filename));
	if (stopping) return;

	const uazapi = await new UazapiDouble(UAZAPI_TOKEN, { simulate: true }).start();
	const proxy = await new ProxyDouble().start();
	cleanups.push(() => uazapi.stop(), () => proxy.stop());

	const connectionData = { apiUrl: uazapi.url, apiToken: UAZAPI_TOKEN, instanceId: 'my-instance' };
	console.log('Importing credentials and example workflows …');
	await n8n.importCredentials(userFolder.env, [
		{ ...CREDENTIALS.direct, type: 'uazapiApi', data: { ...connectionData, connection: 'direct' } },
		{ ...CREDENTIALS.proxy, type: 'uazapiApi', data: { ...connectionData, connection: 'proxy', n8nToolsApiKey: PROXY_API_KEY, proxyUrl: proxy.url } },
	]);
	const examples = readExamples();
	await n8n.importWorkflow(userFolder.env, examples.map(({ workflow }) => workflow));
	if (stopping) return;

	const port = await portFor(Number(process.env.N8N_PORT || 5678), n8n.freePort);
	console.log('Starting n8n …');
	const server = await n8n.startN8n({ ...userFolder.env, N8N_SECURE_COOKIE: 'false' }, port);
	cleanups.push(() => server.stop());
	if (stopping) return;
	await n8n.restLogin(server); // creates the owner account

	// Show what reached the simulator, and any request the Uazapi contract does not allow.
	let shown = 0;
	let violations = 0;
	const watcher = setInterval(() => {
		for (const r of uazapi.requests.slice(shown)) console.log(`  simulator ← ${r.method} ${r.path}${r.body === undefined ? '' : ` ${JSON.stringify(r.body).slice(0, 200)}`}`);
		for (const v of [...uazapi.violations, ...proxy.violations].slice(violations)) console.log(`  ✗ not allowed by the Uazapi contract: ${v}`);
		shown = uazapi.requests.length;
		violations = uazapi.violations.length + proxy.violations.length;
	}, 300);
	cleanups.push(() => clearInterval(watcher));

	console.log(`
n8n with the Uazapi node is running: ${server.url}
  Log in with  ${n8n.OWNER.email}  /  ${n8n.OWNER.password}
  Workflows:   ${examples.map(({ workflow }) => `"${workflow.name}"`).join('\n               ')}
               (open one, click "Execute workflow")
  Credentials: "${CREDENTIALS.direct.name}" → ${uazapi.url}
               "${CREDENTIALS.proxy.name}" → ${proxy.url}
  The simulator starts disconnected; Get QR Code shows a (simulated) QR code and connects it at the next
  status check. Send Template can use the saved quick reply "${SIMULATOR_QUICK_REPLY.shortCut}" (${SIMULATOR_QUICK_REPLY.id}).
  Everything is removed when you stop. Ctrl-C to stop (pid ${process.pid}).
`);
	// Runs until stopped (handled below) or until n8n dies.
	await new Promise((resolve) => server.process.once('close', resolve));
	if (stopping) return;
	console.error(`n8n stopped on its own:\n${server.output().slice(-3000)}`);
	process.exitCode = 1;
}

async function cleanup() {
	while (cleanups.length) {
		try {
			await cleanups.pop()();
		} catch (error) {
			console.error(`cleanup: ${error.message}`);
		}
	}
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.on(signal, () => {
		if (stopping) return;
		stopping = true;
		console.log('\nStopping …');
		killRunning('SIGTERM');
		const force = setTimeout(() => killRunning('SIGKILL'), 5_000);
		void cleanup().finally(() => {
			clearTimeout(force);
			killRunning('SIGKILL');
			process.exit(0);
		});
	});
}

main()
	.catch((error) => {
		if (stopping) return;
		console.error(error.stack ?? error.message);
		process.exitCode = 1;
	})
	.finally(async () => {
		if (stopping) return;
		stopping = true;
		await cleanup();
		killRunning('SIGKILL');
		process.exit(process.exitCode ?? 0);
	});
