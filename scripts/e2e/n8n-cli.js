'use strict';
// Drive a real n8n (one of versions.json, installed by install-n8n.sh) from the e2e run, the playground and the bench.
// CommonJS, no dependencies.
//
//   const n8n = require('./n8n-cli');
//   const uf = await n8n.makeUserFolder();            // the default n8n (2.8.4); or makeUserFolder({ version: 'latest' })
//   // uf.env carries the choice (E2E_N8N, and PATH with that version's Node first): every call below runs that n8n
//   n8n.installPackageTarball(uf.dir, tarball);
//   await n8n.importCredentials(uf.env, [cred]);
//   await n8n.importWorkflow(uf.env, wf);            // wf.id: <= 21 chars
//   const run = await n8n.executeWorkflow(uf.env, wf.id);
//   // trigger workflows: activate first, then start the server (a running server ignores CLI changes)
//   await n8n.activateWorkflow(uf.env, wf.id);
//   const server = await n8n.startN8n(uf.env, await n8n.freePort());
//   // or, with the server already running: await n8n.activateWorkflowLive(server, wf.id);
//   await fetch(`${server.url}/webhook/<path>`, { method: 'POST', ... });
//   await server.stop();
//   uf.cleanup();
//
// Every CLI call boots n8n (about 5 s) and is killed (whole process group) after its timeout.

const { spawn, execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const versions = require('./versions');

/** The default n8n's cache folder (2.8.4; N8N_CACHE_DIR moves it). */
const N8N_CACHE_DIR = versions.resolve().cacheDir;
const CLI_TIMEOUT_MS = 120_000;

/** The n8n install an env (from makeUserFolder) runs: versions.resolve() of its E2E_N8N. Throws when not installed. */
function installOf(env) {
	const install = versions.resolve(env.E2E_N8N || undefined);
	for (const file of [install.n8nMain, install.nodeBin]) {
		if (!fs.existsSync(file)) throw new Error(`${file} not found; run scripts/e2e/install-n8n.sh ${install.name}`);
	}
	return install;
}

const INSTALL_TIMEOUT_MS = 25 * 60_000;

/**
 * Installs (the first time; later a check of a few seconds) one n8n of versions.json with install-n8n.sh, which
 * prints its progress on stderr; returns its versions.resolve() entry.
 */
function ensureInstalled(name) {
	const wanted = versions.resolve(name);
	const t0 = Date.now();
	console.log(`• n8n ${wanted.n8n} (${wanted.name}) on Node ${wanted.node} in ${wanted.cacheDir} (installs it the first time: 5–15 min)`);
	const out = execFileSync('bash', [path.join(__dirname, 'install-n8n.sh'), wanted.name], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
		timeout: INSTALL_TIMEOUT_MS,
	});
	if (out.trim().split('\n').pop() !== wanted.cacheDir) throw new Error(`install-n8n.sh printed:\n${out}`);
	console.log(`  ready after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
	return wanted;
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
function freePort() {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

/**
 * Temp N8N_USER_FOLDER plus the env every n8n call needs, for one n8n of versions.json (default: 2.8.4), with a new
 * encryption key unless one is given (processes sharing a database must share it).
 * Returns { dir, env, cleanup, install } (install: versions.resolve(version)).
 */
async function makeUserFolder({ version, encryptionKey = crypto.randomBytes(24).toString('hex') } = {}) {
	const install = versions.resolve(version);
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-e2e-'));
	const env = {
		...process.env,
		E2E_N8N: install.name,
		// That n8n's Node first on PATH: n8n itself, its task runner and npm (package installs) use it.
		PATH: `${install.binDir}${path.delimiter}${process.env.PATH}`,
		N8N_USER_FOLDER: dir,
		N8N_ENCRYPTION_KEY: encryptionKey,
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_RUNNERS_BROKER_PORT: String(await freePort()),
		N8N_LOG_LEVEL: 'info',
		N8N_LOG_OUTPUT: 'console',
	};
	// Keep the repo's npm settings (ignore-scripts etc.) and npm_* vars of an `npm test` run away from n8n.
	for (const key of Object.keys(env)) if (/^npm_/i.test(key)) delete env[key];
	const cleanup = () => fs.rmSync(dir, { recursive: true, force: true });
	return { dir, env, cleanup, install };
}

/** What `n8n --version` prints for the n8n an env runs (the version really installed). */
async function n8nVersion(env) {
	const output = await runCliOk(env, ['--version'], { timeoutMs: 60_000 });
	return output.trim().split('\n').pop().trim();
}

/** Install a packed community package the way a user would: <userFolder>/.n8n/nodes. */
function installPackageTarball(userFolder, tarballPath, { timeoutMs = 180_000, env } = {}) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	fs.mkdirSync(nodesDir, { recursive: true });
	const opts = { cwd: nodesDir, stdio: 'pipe', timeout: timeoutMs, encoding: 'utf8', ...(env ? { env } : {}) };
	try {
		execFileSync('npm', ['init', '-y'], opts);
		execFileSync(
			'npm',
			['install', path.resolve(tarballPath), '--omit=peer', '--no-audit', '--no-fund'],
			opts,
		);
	} catch (error) {
		throw new Error(`npm install of ${tarballPath} failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
	}
	return nodesDir;
}

/** `npm pack` of a package folder into `destination`; returns the tarball's path. */
function packPackage(packageDir, destination) {
	const [pack] = JSON.parse(
		execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], {
			cwd: packageDir,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'pipe'],
		}),
	);
	return path.join(destination, pack.filename);
}

/** Run one n8n CLI command. Resolves { code, output } (stdout+stderr interleaved); never rejects on exit code. */
function runCli(env, args, { timeoutMs = CLI_TIMEOUT_MS } = {}) {
	const install = installOf(env);
	return new Promise((resolve, reject) => {
		const child = track(
			spawn(install.nodeBin, [install.n8nMain, ...args], {
				env,
				cwd: env.N8N_USER_FOLDER,
				detached: true, // own process group: kill the task runner too
				stdio: ['ignore', 'pipe', 'pipe'],
			}),
		);
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		const timer = setTimeout(() => {
			killGroup(child, 'SIGKILL');
			reject(new Error(`n8n ${args.join(' ')} timed out after ${timeoutMs} ms\n${output}`));
		}, timeoutMs);
		child.on('error', (e) => {
			clearTimeout(timer);
			reject(e);
		});
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			resolve({ code: code ?? signal, output });
		});
	});
}

// Process groups still running; killed if the test process exits without stopping them.
const liveGroups = new Set();
process.on('exit', () => {
	for (const pid of liveGroups) {
		try {
			process.kill(-pid, 'SIGKILL');
		} catch {
			// gone
		}
	}
});

function track(child) {
	liveGroups.add(child.pid);
	child.on('close', () => liveGroups.delete(child.pid));
	return child;
}

function killGroup(child, signal) {
	try {
		process.kill(-child.pid, signal);
	} catch {
		// already gone
	}
}

async function runCliOk(env, args, opts) {
	const { code, output } = await runCli(env, args, opts);
	if (code !== 0) throw new Error(`n8n ${args.join(' ')} exited with ${code}:\n${output}`);
	return output;
}

function writeTempJson(env, name, data) {
	const file = path.join(env.N8N_USER_FOLDER, `${name}-${crypto.randomUUID()}.json`);
	fs.writeFileSync(file, JSON.stringify(data));
	return file;
}

/** creds: [{ id, name, type, data: { plain values } }] — n8n encrypts `data` on import. */
async function importCredentials(env, creds) {
	const file = writeTempJson(env, 'credentials', creds);
	const output = await runCliOk(env, ['import:credentials', `--input=${file}`]);
	if (!/Successfully imported/i.test(output)) throw new Error(`import:credentials failed:\n${output}`);
	return output;
}

/**
 * wf: a workflow object with `id` (<= 21 chars), name, nodes, connections — or an array of them
 * (one CLI boot for all). Imported inactive.
 */
async function importWorkflow(env, wf) {
	for (const one of [wf].flat()) {
		if (!one.id || one.id.length > 21) throw new Error('workflow needs an id of at most 21 characters');
	}
	const file = writeTempJson(env, 'workflow', wf);
	const output = await runCliOk(env, ['import:workflow', `--input=${file}`]);
	if (!/Successfully imported/i.test(output)) throw new Error(`import:workflow failed:\n${output}`);
	return output;
}

/** The run JSON that `n8n execute --rawOutput` prints (pretty-printed, top-level `}` on its own line). */
function parseRunOutput(output) {
	const lines = output.split('\n');
	const start = lines.findIndex((l) => l.startsWith('{'));
	if (start === -1) return undefined;
	for (let end = start; end < lines.length; end++) {
		if (!lines[end].startsWith('}') && end !== start) continue;
		try {
			return JSON.parse(lines.slice(start, end + 1).join('\n'));
		} catch {
			// not the end of the top-level object yet
		}
	}
	return undefined;
}

/** `n8n execute` calls that crashed at exit after printing a finished run (see executeWorkflow). */
const exitCrashes = [];

/**
 * Execute an imported workflow (from its Manual Trigger) and return the parsed run
 * ({ data: { resultData: { runData, error? } }, status, ... }).
 * Throws with the CLI output when there is no run JSON, the exit code is not 0, or the run failed
 * (pass { allowError: true } to get failed runs back instead; the exit code is then 1).
 */
async function executeWorkflow(env, id, { allowError = false, timeoutMs = CLI_TIMEOUT_MS } = {}) {
	let { code, output } = await runCli(env, ['execute', `--id=${id}`, '--rawOutput'], { timeoutMs });
	const run = parseRunOutput(output);
	// n8n 2.41.1 on Node 24 sometimes dies with SIGSEGV while it shuts down, after it printed the finished run
	// (about 1 run in 3 here; never with N8N_EXPRESSION_ENGINE=legacy, so its default isolated-vm expression engine).
	// The run is complete and stored by then: count it, do not fail on it. A crash before the run is printed still fails.
	if (code === 'SIGSEGV' && run?.finished !== undefined) {
		exitCrashes.push(`n8n execute --id=${id}`);
		code = 0;
	}
	const failed = code !== 0 || !run || run.data?.resultData?.error;
	if (failed && !(allowError && run)) {
		const error = new Error(`n8n execute --id=${id} failed (exit ${code}):\n${output}`);
		error.run = run;
		error.output = output;
		throw error;
	}
	return run;
}

/**
 * Publish (activate) a workflow. Only read at server start: call it before startN8n, or
 * stop and start the server again. (`update:workflow --active=true` is a deprecated alias.)
 */
async function activateWorkflow(env, id) {
	const output = await runCliOk(env, ['publish:workflow', `--id=${id}`]);
	// The command logs errors and still exits 0 when the id does not exist.
	if (/GOT ERROR|Error updating database/.test(output)) throw new Error(`publish:workflow failed:\n${output}`);
	return output;
}

const OWNER = { email: 'owner@example.com', firstName: 'Local', lastName: 'Owner', password: 'Uazapi-local-1' };
const BROWSER_ID = 'n8n-e2e-tests';

/** Log in to the internal REST API of a running server (sets the owner up on first use). Returns headers. */
async function restLogin(server) {
	const headers = { 'content-type': 'application/json', 'browser-id': BROWSER_ID };
	const call = (urlPath, body) =>
		fetch(`${server.url}${urlPath}`, {
			method: 'POST',
			headers,
			body: JSON.stringify(body),
			signal: AbortSignal.timeout(10_000),
		});
	let res = await call('/rest/owner/setup', OWNER);
	if (!res.ok) res = await call('/rest/login', { emailOrLdapLoginId: OWNER.email, password: OWNER.password });
	if (!res.ok) throw new Error(`n8n REST login failed: ${res.status} ${await res.text()}`);
	const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
	return { ...headers, cookie };
}

/** One call to the internal REST API of a running server, logged in as the owner. Returns the `data` field. */
async function rest(server, method, urlPath, body) {
	server.headers ??= await restLogin(server);
	const res = await fetch(`${server.url}/rest${urlPath}`, {
		method,
		headers: server.headers,
		body: body === undefined ? undefined : JSON.stringify(body),
		signal: AbortSignal.timeout(15_000),
	});
	if (!res.ok) throw new Error(`${method} /rest${urlPath}: ${res.status} ${await res.text()}`);
	return (await res.json()).data;
}

/**
 * Activate (publish) a workflow on a running server, effective at once (no restart):
 * internal REST API with the owner's cookie; the auth cookie is bound to the `browser-id` header.
 * A trigger node's webhook `create` runs during this call; its error fails the call.
 */
async function activateWorkflowLive(server, id) {
	const { versionId } = await rest(server, 'GET', `/workflows/${id}`);
	return await rest(server, 'POST', `/workflows/${id}/activate`, { versionId });
}

/**
 * n8n 2.41+ (publication service): { status: 'in_progress'|'published'|'partial'|'failed'|'not_published',
 * triggers: [{ nodeId, status, errorMessage }] }. Activation is queued there, so its errors show only here
 * (as the error's short `message`). 2.8.4 has no such endpoint (404); its activate call fails directly.
 */
async function publicationStatus(server, id) {
	return await rest(server, 'GET', `/workflows/${id}/publication-status`);
}

/** Deactivate a workflow on a running server (a trigger node's webhook `delete` runs during this call). */
async function deactivateWorkflowLive(server, id) {
	return await rest(server, 'POST', `/workflows/${id}/deactivate`);
}

/**
 * What the editor sends for "Listen for test event" / "Execute step" on a trigger: a manual run from that trigger.
 * 2.8.4 reads the workflow from the body; 2.41 reads it from the database and ignores the field. Returns
 * { waitingForWebhook: true } when n8n registered test webhooks and waits for a call, else { executionId }.
 */
async function runManually(server, id, triggerName) {
	const workflowData = await rest(server, 'GET', `/workflows/${id}`);
	return await rest(server, 'POST', `/workflows/${id}/run`, {
		workflowData,
		triggerToStartFrom: { name: triggerName },
		destinationNode: { nodeName: triggerName, mode: 'inclusive' },
	});
}

/** The activation error n8n keeps for a workflow (what the editor shows on it), or null. */
async function activationError(server, id) {
	return await rest(server, 'GET', `/active-workflows/error/${id}`);
}

/** The executions of a workflow, newest first: [{ id, status, mode, finished, ... }]. */
async function listExecutions(server, workflowId) {
	const filter = encodeURIComponent(JSON.stringify({ workflowId }));
	return (await rest(server, 'GET', `/executions?filter=${filter}`)).results;
}

/** One execution with its run data ({ resultData: { runData, error? } }), decoded from n8n's flatted form. */
async function getExecution(server, executionId) {
	const execution = await rest(server, 'GET', `/executions/${executionId}`);
	const flatted = require(path.join(server.install.cacheDir, 'node_modules', 'flatted'));
	return { ...execution, data: typeof execution.data === 'string' ? flatted.parse(execution.data) : execution.data };
}

/** `n8n start` on 127.0.0.1:port; resolves once /healthz answers. Returns { url, port, stop(), output() }. */
async function startN8n(env, port, { timeoutMs = 180_000 } = {}) {
	// /healthz answers while the server is still starting; the "ready" log line comes after active workflows
	// (webhooks) were registered.
	return await startN8nProcess(env, { command: ['start'], port, ready: /Editor is now accessible/, timeoutMs });
}

/**
 * A long-running n8n command (`start`, `worker`, `webhook`) in its own process group. With `port`, it listens on
 * 127.0.0.1:port. It is ready once its output matches `ready` and `healthUrl` (default with a port: <url>/healthz)
 * answers 2xx. Returns { url, port, stop(graceMs), output(), process, install }; stop() ends the whole
 * group (the task runner too).
 */
async function startN8nProcess(env, { command, port, ready, healthUrl, timeoutMs = 180_000 }) {
	const install = installOf(env);
	const listen = port ? { N8N_PORT: String(port), N8N_LISTEN_ADDRESS: '127.0.0.1', N8N_HOST: '127.0.0.1' } : {};
	const child = track(
		spawn(install.nodeBin, [install.n8nMain, ...command], {
			env: { ...env, ...listen },
			cwd: env.N8N_USER_FOLDER,
			detached: true,
			stdio: ['ignore', 'pipe', 'pipe'],
		}),
	);
	let output = '';
	child.stdout.on('data', (d) => (output += d));
	child.stderr.on('data', (d) => (output += d));
	let exited = false;
	const exitPromise = new Promise((resolve) =>
		child.on('close', () => {
			exited = true;
			resolve();
		}),
	);

	const stop = async (graceMs = 15_000) => {
		if (exited) return;
		killGroup(child, 'SIGTERM');
		const timer = setTimeout(() => killGroup(child, 'SIGKILL'), graceMs);
		await exitPromise;
		clearTimeout(timer);
		killGroup(child, 'SIGKILL'); // stragglers in the group (task runner)
	};

	const name = `n8n ${command.join(' ')}`;
	const url = port ? `http://127.0.0.1:${port}` : undefined;
	const health = healthUrl ?? (url && `${url}/healthz`);
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (exited) throw new Error(`${name} exited before it was ready:\n${output}`);
		if (Date.now() > deadline) {
			await stop();
			throw new Error(`${name} not ready after ${timeoutMs} ms:\n${output}`);
		}
		if (ready.test(output)) {
			if (!health) break;
			try {
				const res = await fetch(health, { signal: AbortSignal.timeout(1000) });
				if (res.ok) break;
			} catch {
				// not listening yet
			}
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	return { url, port, stop, output: () => output, process: child, install, exited: () => exited };
}

module.exports = {
	N8N_CACHE_DIR,
	ensureInstalled,
	installOf,
	n8nVersion,
	exitCrashes,
	freePort,
	makeUserFolder,
	installPackageTarball,
	runCli,
	importCredentials,
	importWorkflow,
	executeWorkflow,
	parseRunOutput,
	activateWorkflow,
	activateWorkflowLive,
	deactivateWorkflowLive,
	publicationStatus,
	runManually,
	activationError,
	listExecutions,
	getExecution,
	rest,
	restLogin,
	OWNER,
	startN8n,
	startN8nProcess,
	packPackage,
};
