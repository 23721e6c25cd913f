#!/usr/bin/env node
'use strict';
// `npm run test:e2e`: the packed package inside real n8n, against the Uazapi and proxy doubles, once per n8n of
// versions.json, one after the other:
//
//   node scripts/e2e/run.js [--n8n=all|2.8.4|latest|<n8n version>]   (default all: 2.8.4 on this Node, then the
//                                                                       newest 2.x, 2.41.1, on Node 24 from npm)
//
// Per version:
//   1. that n8n (and its Node) in a cache folder outside the repo (install-n8n.sh; 5–15 min the first time, then reused)
//   2. npm pack, then install the tarball into a fresh n8n user folder like the Community Nodes panel does
//   3. start the doubles, import two credentials (proxy, direct) and one workflow per mode (cases.js)
//   4. `n8n execute` each workflow; check every case's requests and outputs (check.js)
//   5. the trigger, in a running `n8n start`, when the package has one (trigger.js)
//   6. Message → Send and Wait in the same running n8n (send-and-wait.js), and the Human review tool n8n derives
// Exits 1 on any failure; everything it started is stopped and its temp folders removed.
// Needs `npm run build` and the compiled doubles first (the npm script does both).
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const n8n = require('./n8n-cli');
const { root, doubles } = require('./paths');
const cases = require('./cases');
const { casesWorkflow } = require('./workflow');
const { sentRequests, checkCases, INSTANCE_ID } = require('./check');
const { EXAMPLE_CREDENTIALS, readExamples } = require('./examples');
const { packageHasTrigger, runTriggerCases, triggerWorkflow } = require('./trigger');
const { runSendAndWaitCases, sendAndWaitWorkflow } = require('./send-and-wait');
const { httpRequestWorkflow, checkHttpRequest, httpRequestVersion } = require('./http-request');

const { ADMIN_TOKEN, UAZAPI_TOKEN, UazapiDouble } = require(`${doubles}/uazapi`);
const { PROXY_API_KEY, ProxyDouble } = require(`${doubles}/proxy`);

const versions = require('./versions');

const MODES = ['proxy', 'direct'];
const BAD_TOKEN_CREDENTIAL = { id: 'e2eCredBadToken', name: 'Uazapi e2e (wrong instance token)' };
const INSTALL_TIMEOUT_MS = 25 * 60_000;
// Everything after the n8n install, per version; a stuck CLI call is also killed by its own 120 s timeout.
const RUN_TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS || 15 * 60_000);

const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

async function step(title, fn) {
	const t0 = Date.now();
	process.stdout.write(`• ${title} … `);
	const result = await fn();
	console.log(seconds(t0));
	return result;
}

/** Credentials as `n8n import:credentials` takes them (plain data, encrypted on import): ours, and the examples'. */
function credentialsFor({ uazapi, proxy }) {
	const base = { n8nToolsApiKey: PROXY_API_KEY, proxyUrl: proxy.url, apiUrl: uazapi.url, apiToken: UAZAPI_TOKEN, instanceId: INSTANCE_ID };
	return [
		...MODES.flatMap((mode) => [
			{ id: `e2eCred${mode}`, name: `Uazapi e2e (${mode})`, type: 'uazapiApi', data: { ...base, connection: mode } },
			{ ...EXAMPLE_CREDENTIALS[mode], type: 'uazapiApi', data: { ...base, connection: mode } },
			{
				...adminCredentialOf(mode),
				type: 'uazapiAdminApi',
				data: { connection: mode, n8nToolsApiKey: PROXY_API_KEY, proxyUrl: proxy.url, apiUrl: uazapi.url, adminToken: ADMIN_TOKEN },
			},
		]),
		{ ...BAD_TOKEN_CREDENTIAL, type: 'uazapiApi', data: { ...base, connection: 'direct', apiToken: 'wrong-token' } },
	];
}

/** The Uazapi Admin API credential of a mode (Admin operations sign with the server's admin token). */
function adminCredentialOf(mode) {
	return { id: `e2eAdmin${mode}`, name: `Uazapi Admin e2e (${mode})` };
}

/** An example workflow ran every node once, without error, with requests the contract allows. */
function checkExample(workflow, run, { uazapi, proxy }) {
	for (const node of workflow.nodes) {
		const runs = run.data.resultData.runData[node.name];
		assert.ok(runs?.length, `node "${node.name}" did not run`);
		assert.equal(runs[0].error, undefined, `node "${node.name}" failed: ${runs[0].error?.message}`);
	}
	assert.ok(uazapi.requests.length > 0, 'nothing reached Uazapi');
	assert.deepEqual([...proxy.violations, ...uazapi.violations], [], 'contract violations');
}

const cleanups = [];
async function cleanup() {
	while (cleanups.length) {
		try {
			await cleanups.pop()();
		} catch (error) {
			console.error(`cleanup: ${error.message}`);
		}
	}
}

/** Installs (first time) one n8n of versions.json; returns its versions.resolve() entry. */
async function install(name) {
	const wanted = versions.resolve(name);
	const t0 = Date.now();
	console.log(`• n8n ${wanted.n8n} (${wanted.name}) on Node ${wanted.node} in ${wanted.cacheDir} (installs it the first time: 5–15 min)`);
	const out = execFileSync('bash', [path.join(__dirname, 'install-n8n.sh'), wanted.name], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
		timeout: INSTALL_TIMEOUT_MS,
	});
	if (out.trim().split('\n').pop() !== wanted.cacheDir) throw new Error(`install-n8n.sh printed:\n${out}`);
	console.log(`  ready after ${seconds(t0)}`);
	return wanted;
}

/** The whole suite (cases, examples, trigger) in one n8n; returns [{ title, error }] of its failures. */
async function runVersion(name) {
	const t0 = Date.now();
	const wanted = await install(name);
	const watchdog = setTimeout(() => {
		console.error(`\n✗ e2e on n8n ${wanted.n8n} timed out after ${RUN_TIMEOUT_MS / 1000} s`);
		void cleanup().finally(() => process.exit(1));
	}, RUN_TIMEOUT_MS);
	watchdog.unref();
	try {
		return await runSuite(wanted, t0);
	} finally {
		clearTimeout(watchdog);
		await cleanup();
	}
}

async function runSuite(wanted, t0) {
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'uazapi-e2e-'));
	cleanups.push(() => fs.rmSync(work, { recursive: true, force: true }));
	// E2E_PACKAGE_DIR: pack another folder (e.g. a build with an extra node) instead of this repo.
	const packageDir = process.env.E2E_PACKAGE_DIR || root;
	const tarball = await step(`npm pack ${path.relative(root, packageDir) || '.'}`, async () => {
		const [pack] = JSON.parse(
			execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: packageDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
		);
		return path.join(work, pack.filename);
	});
	const userFolder = await n8n.makeUserFolder({ version: wanted.name });
	cleanups.push(() => userFolder.cleanup());
	const { env } = userFolder;
	// Every message below names the n8n really installed, as it reports itself.
	const real = await step(`n8n --version (Node ${wanted.node})`, () => n8n.n8nVersion(env));
	const label = `n8n ${real}`;
	if (real !== wanted.n8n) throw new Error(`${wanted.cacheDir} holds n8n ${real}, versions.json wants ${wanted.n8n}`);
	const installed = await step('install the tarball into <userFolder>/.n8n/nodes (npm install --omit=peer)', async () =>
		path.join(n8n.installPackageTarball(userFolder.dir, tarball), 'node_modules', 'n8n-nodes-n8ntools-uazapi'),
	);

	const uazapi = await new UazapiDouble().start();
	const proxy = await new ProxyDouble().start();
	cleanups.push(() => uazapi.stop(), () => proxy.stop());
	const doublesOf = { uazapi, proxy };

	const credentials = credentialsFor(doublesOf);
	const credentialOf = (mode) => ({ id: `e2eCred${mode}`, name: `Uazapi e2e (${mode})` });
	const examples = readExamples();
	const workflows = MODES.map((mode) =>
		casesWorkflow({ id: `e2eCases${mode}`, name: `Uazapi e2e cases (${mode})`, cases, credential: credentialOf(mode), adminCredential: adminCredentialOf(mode) }),
	);
	const httpVersion = httpRequestVersion(wanted.cacheDir);
	const httpWorkflows = MODES.map((mode) => httpRequestWorkflow(mode, credentialOf(mode), { uazapiUrl: uazapi.url, typeVersion: httpVersion }));
	const hasTrigger = packageHasTrigger(installed);
	const triggerWorkflows = hasTrigger ? MODES.map((mode) => triggerWorkflow(mode, credentialOf(mode))) : [];
	const badTokenWorkflow = hasTrigger ? triggerWorkflow('direct', BAD_TOKEN_CREDENTIAL, { id: 'e2eTriggerBadToken', webhookNumber: 3 }) : undefined;
	const waitWorkflows = MODES.map((mode) => sendAndWaitWorkflow(mode, credentialOf(mode)));
	await step('n8n import:credentials', () => n8n.importCredentials(env, credentials));
	await step(`n8n import:workflow (${cases.length} cases × ${MODES.length} modes, HTTP Request ${httpVersion}, ${examples.length} examples${hasTrigger ? ', trigger' : ''})`, () =>
		n8n.importWorkflow(env, [...workflows, ...httpWorkflows, ...examples.map((e) => e.workflow), ...triggerWorkflows, ...(badTokenWorkflow ? [badTokenWorkflow] : []), ...waitWorkflows]),
	);

	const failures = [];
	const fail = (title, error) => failures.push({ title: `${label}: ${title}`, error });
	// E2E_ONLY=send-and-wait: only the checks in a running n8n (Send and Wait, the trigger), while working on them.
	const only = process.env.E2E_ONLY;
	for (const [index, mode] of (only ? [] : MODES).entries()) {
		uazapi.reset();
		proxy.reset();
		const run = await step(`n8n execute --id=${workflows[index].id}`, () => n8n.executeWorkflow(env, workflows[index].id));
		let results;
		try {
			results = checkCases(cases, run, sentRequests(mode, doublesOf), userFolder.dir, { uazapiUrl: uazapi.url });
		} catch (error) {
			results = [{ name: 'transport', error }];
		}
		const violations = [...proxy.violations, ...uazapi.violations];
		if (violations.length) results.push({ name: 'contract', error: new Error(`contract violations:\n${violations.join('\n')}`) });
		for (const { name, error } of results) {
			console.log(`  ${error ? '✗' : '✓'} ${mode}: ${name}`);
			if (error) fail(`${mode}: ${name}`, error);
		}
	}

	// The credential in n8n's HTTP Request node (Predefined Credential Type), i.e. the node's Custom API Call.
	for (const [index, mode] of (only ? [] : MODES).entries()) {
		uazapi.reset();
		proxy.reset();
		let results;
		try {
			const run = await step(`n8n execute --id=${httpWorkflows[index].id} (HTTP Request ${httpVersion} with the Uazapi credential)`, () =>
				n8n.executeWorkflow(env, httpWorkflows[index].id),
			);
			let sent;
			try {
				sent = sentRequests(mode, doublesOf);
			} catch (error) {
				sent = error;
			}
			results = checkHttpRequest(mode, run, sent, { uazapiUrl: uazapi.url });
		} catch (error) {
			results = [{ name: 'HTTP Request workflow', error }];
		}
		const violations = [...proxy.violations, ...uazapi.violations];
		if (violations.length) results.push({ name: 'HTTP Request: contract', error: new Error(`contract violations:\n${violations.join('\n')}`) });
		for (const { name, error } of results) {
			console.log(`  ${error ? '✗' : '✓'} ${mode}: ${name}`);
			if (error) fail(`${mode}: ${name}`, error);
		}
	}

	for (const { file, workflow } of only ? [] : examples) {
		// A workflow that starts with a trigger cannot be executed from the CLI; the trigger case runs its flow.
		if (workflow.nodes.some((node) => node.type === 'n8n-nodes-n8ntools-uazapi.n8nToolsUazapiTrigger')) continue;
		// A workflow that waits for an answer is run in `n8n start` by send-and-wait.js.
		if (workflow.nodes.some((node) => node.parameters?.operation === 'sendAndWait')) continue;
		uazapi.reset();
		proxy.reset();
		const name = `example ${file}`;
		try {
			const run = await step(`n8n execute --id=${workflow.id} (examples/${file})`, () => n8n.executeWorkflow(env, workflow.id));
			checkExample(workflow, run, doublesOf);
			console.log(`  ✓ ${name}`);
		} catch (error) {
			console.log(`  ✗ ${name}`);
			fail(name, error);
		}
	}

	if (hasTrigger) {
		const waitingExamples = examples.map((e) => e.workflow).filter((w) => w.nodes.some((node) => node.parameters?.operation === 'sendAndWait'));
		const alsoInServer = (server) => runSendAndWaitCases({ server, doubles: doublesOf, workflows: waitWorkflows, modes: MODES, step, examples: waitingExamples });
		const results = await runTriggerCases({ env, doubles: doublesOf, workflows: triggerWorkflows, modes: MODES, step, badTokenWorkflow, alsoInServer, skipTrigger: only === 'send-and-wait' });
		for (const { name, error } of results) {
			console.log(`  ${error ? '✗' : '✓'} ${name}`);
			if (error) fail(name, error);
		}
	} else {
		console.log('• trigger: skipped (the package has no node whose name ends with Trigger)');
	}

	if (n8n.exitCrashes.length) {
		console.log(`  note: ${n8n.exitCrashes.length} n8n execute call(s) crashed (SIGSEGV) at exit after printing a finished run: ${n8n.exitCrashes.join(', ')}`);
		n8n.exitCrashes.length = 0;
	}
	console.log(`${failures.length ? '✗' : '✓'} ${label} (Node ${wanted.node}): ${failures.length} failure(s), ${seconds(t0)} with the install`);
	return failures;
}

async function main() {
	const arg = process.argv.find((a) => a.startsWith('--n8n='))?.slice('--n8n='.length) ?? process.env.E2E_N8N ?? 'all';
	const names = arg === 'all' ? versions.names : arg.split(',');
	names.forEach((name) => versions.resolve(name)); // unknown names fail before any install
	const failures = [];
	for (const name of names) {
		console.log(`\n=== e2e on n8n ${versions.resolve(name).n8n} (${name}) ===`);
		try {
			failures.push(...(await runVersion(name)));
		} catch (error) {
			// An install or setup failure of one version still lets the next one run.
			console.log(`✗ n8n ${versions.resolve(name).n8n} (${name}) did not run to the end`);
			failures.push({ title: `n8n ${versions.resolve(name).n8n} (${name})`, error });
		}
	}
	for (const { title, error } of failures) console.error(`\n✗ ${title}\n${error.stack ?? error.message}`);
	if (failures.length) throw new Error(`${failures.length} e2e check(s) failed`);
	console.log(`\n✓ e2e passed on ${names.map((n) => `n8n ${versions.resolve(n).n8n}`).join(' and ')} in ${seconds(started)}`);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => {
		console.error(`\n${signal}: stopping`);
		void cleanup().finally(() => process.exit(1));
	});
}

main()
	.catch((error) => {
		console.error(`\n✗ ${error.stack ?? error.message}`);
		process.exitCode = 1;
	})
	.finally(async () => {
		await cleanup();
		// Open sockets of the doubles or a stray timer must not keep a finished run alive.
		process.exit(process.exitCode ?? 0);
	});
