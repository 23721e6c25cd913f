'use strict';
// The playground's start code, shared by `npm start` (start.js) and `npm run test:editor` (scripts/editor/):
// builds, installs one n8n of scripts/e2e/versions.json (once, into the cache folder), packs this package and
// installs it into a fresh n8n user folder, starts the Uazapi simulator (the test double with `simulate`) and the
// proxy double, imports the simulator's credentials and the workflows of examples/, and runs `n8n start`.
//
//   const playground = require('./playground');
//   const p = await playground.start({ version: 'latest', port: 0, log: console.log });
//   // p.server.url, p.uazapi, p.proxy, p.credentials, p.examples
//   await playground.cleanup();          // stops everything it started and removes its temp folders
//
// Every command it starts runs in a process group of its own; stopGroups() ends those groups (n8n with its task
// runner, an installer with its build).
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
let stopped = false;

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

/** Sends `signal` to every process group started by run(). */
function stopGroups(signal) {
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
async function installN8n(version, log) {
	const started = Date.now();
	let fetched = 0;
	let installing = false;
	const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;
	const heartbeat = setInterval(() => {
		if (installing) log(`  … installing n8n: ${fetched} packages downloaded, ${elapsed()}`);
	}, 10_000);
	const env = { ...process.env, npm_config_loglevel: 'info' };
	try {
		const stdout = await run('bash', [path.join(root, 'scripts', 'e2e', 'install-n8n.sh'), version ?? ''], {
			env,
			capture: true,
			onStderrLine: (line) => {
				if (/^npm (http|info) fetch\b/.test(line)) fetched++;
				else if (/^npm info run .*\{ code: \d+, signal: \w+ \}$/.test(line)) log(`  ${line.replace(/^npm info run /, 'built ')}`);
				else if (/^npm info run /.test(line)) log(`  ${line.replace(/^npm info run /, 'building ')}`);
				else if (/^npm (warn|error|ERR!)/.test(line)) log(`  ${line}`);
				else if (!/^npm (info|http|timing|verb|sill)\b/.test(line)) {
					if (/^Installing n8n/.test(line)) installing = true;
					log(`  ${line}`);
				}
			},
		});
		if (installing) log(`  n8n installed (${fetched} packages downloaded, ${elapsed()}).`);
		return stdout.trim().split('\n').pop();
	} finally {
		clearInterval(heartbeat);
	}
}

/** `preferred` when it is free on 127.0.0.1, else a free port (0: any free port). */
async function portFor(preferred, freePort) {
	if (!preferred) return await freePort();
	const free = await new Promise((resolve) => {
		const server = net.createServer();
		server.once('error', () => resolve(false));
		server.listen(preferred, '127.0.0.1', () => server.close(() => resolve(true)));
	});
	return free ? preferred : await freePort();
}

/** The simulator's credentials (ids and names; examples/ use the first two by id). */
const ADMIN_CREDENTIAL = { id: 'uazapiSimAdmin', name: 'Uazapi simulator admin (direct)' };

/**
 * Starts the playground. `version`: a name of scripts/e2e/versions.json (default: its default, 2.8.4); `port`: the
 * preferred port (0: any free one). Returns { server, uazapi, proxy, credentials, examples, userFolder, version }.
 * `isStopped()` is checked between the long steps, so a stop during the start ends it early (returns undefined).
 */
async function start({ version, port = 0, log = console.log, isStopped = () => stopped } = {}) {
	// Before anything that needs dependencies or the build.
	if (!fs.existsSync(path.join(root, 'node_modules', '.bin', 'tsc'))) {
		log('Installing dependencies (npm ci) …');
		await run('npm', ['ci']);
	}
	log('Building …');
	await run('npm', ['run', 'build', '--silent'], { capture: true });
	await run('npx', ['tsc', '-p', 'scripts/e2e/tsconfig.json']);

	const versions = require('../e2e/versions');
	const install = versions.resolve(version);
	log(`Checking n8n ${install.n8n} (installed once into ~/.cache/uazapi-n8n, 5–15 minutes the first time) …`);
	await installN8n(install.name, log);
	if (isStopped()) return undefined;

	const n8n = require('../e2e/n8n-cli');
	const { doubles } = require('../e2e/paths');
	const { ADMIN_TOKEN, UAZAPI_TOKEN, UazapiDouble } = require(`${doubles}/uazapi`);
	const { PROXY_API_KEY, ProxyDouble } = require(`${doubles}/proxy`);
	const { EXAMPLE_CREDENTIALS, readExamples } = require('../e2e/examples');

	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'uazapi-playground-'));
	cleanups.push(() => fs.rmSync(work, { recursive: true, force: true }));
	const [pack] = JSON.parse(await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { capture: true }));
	const userFolder = await n8n.makeUserFolder({ version: install.name });
	cleanups.push(() => userFolder.cleanup());
	log('Installing the package into n8n …');
	n8n.installPackageTarball(userFolder.dir, path.join(work, pack.filename));
	if (isStopped()) return undefined;

	const uazapi = await new UazapiDouble(UAZAPI_TOKEN, { simulate: true }).start();
	const proxy = await new ProxyDouble().start();
	cleanups.push(() => uazapi.stop(), () => proxy.stop());

	const connectionData = { apiUrl: uazapi.url, apiToken: UAZAPI_TOKEN, instanceId: 'my-instance' };
	const credentials = {
		direct: { ...EXAMPLE_CREDENTIALS.direct, type: 'uazapiApi', data: { ...connectionData, connection: 'direct' } },
		proxy: {
			...EXAMPLE_CREDENTIALS.proxy,
			type: 'uazapiApi',
			data: { ...connectionData, connection: 'proxy', n8nToolsApiKey: PROXY_API_KEY, proxyUrl: proxy.url },
		},
		admin: { ...ADMIN_CREDENTIAL, type: 'uazapiAdminApi', data: { connection: 'direct', apiUrl: uazapi.url, adminToken: ADMIN_TOKEN } },
	};
	log('Importing credentials and example workflows …');
	await n8n.importCredentials(userFolder.env, Object.values(credentials));
	const examples = readExamples();
	await n8n.importWorkflow(userFolder.env, examples.map(({ workflow }) => workflow));
	if (isStopped()) return undefined;

	log(`Starting n8n ${install.n8n} …`);
	// A generous start bound: on a busy machine n8n 2.41 took more than 90 s to be ready.
	const server = await n8n.startN8n({ ...userFolder.env, N8N_SECURE_COOKIE: 'false' }, await portFor(port, n8n.freePort), { timeoutMs: 300_000 });
	cleanups.push(() => server.stop());
	if (isStopped()) return undefined;
	await n8n.restLogin(server); // creates the owner account

	return { server, uazapi, proxy, credentials, examples, userFolder, version: install, owner: n8n.OWNER };
}

/** Stops what start() started (newest first) and removes its temp folders. Safe to call twice. */
async function cleanup() {
	stopped = true;
	while (cleanups.length) {
		try {
			await cleanups.pop()();
		} catch (error) {
			console.error(`cleanup: ${error.message}`);
		}
	}
	stopGroups('SIGKILL');
}

module.exports = { ADMIN_CREDENTIAL, start, cleanup, stopGroups, run, root, isStopped: () => stopped };
