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
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const n8n = require('./n8n-cli');
const cleanups = require('./cleanups');
const { root, doubles } = require('./paths');
const cases = require('./cases');
const { casesWorkflow } = require('./workflow');
const { sentRequests, checkCases, INSTANCE_ID } = require('./check');
const { EXAMPLE_CREDENTIALS, readExamples } = require('./examples');
const { packageHasTrigger, runTriggerCases, streamWorkflow, triggerWorkflow } = require('./trigger');
const { runSendAndWaitCases, sendAndWaitWorkflow } = require('./send-and-wait');
const { httpRequestWorkflow, checkHttpRequest, httpRequestVersion } = require('./http-request');

const { ADMIN_TOKEN, UAZAPI_TOKEN, UazapiDouble } = require(`${doubles}/uazapi`);
const { PROXY_API_KEY, ProxyDouble } = require(`${doubles}/proxy`);

const versions = require('./versions');

const MODES = ['proxy', 'direct'];
const BAD_TOKEN_CREDENTIAL = { id: 'e2eCredBadToken', name: 'Uazapi e2e (wrong instance token)' };
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

/** The whole suite (cases, examples, trigger) in one n8n; returns [{ title, error }] of its failures. */
async function runVersion(name) {
	const t0 = Date.now();
	const wanted = n8n.ensureInstalled(name);
	const watchdog = setTimeout(() => {
		console.error(`\n✗ e2e on n8n ${wanted.n8n} timed out after ${RUN_TIMEOUT_MS / 1000} s`);
		void cleanups.run().finally(() => process.exit(1));
	}, RUN_TIMEOUT_MS);
	watchdog.unref();
	try {
		return await runSuite(wanted, t0);
	} finally {
		clearTimeout(watchdog);
		await cleanups.run();
	}
}

/** The names the built package takes from n8n-workflow (`n8n_workflow_1.X` in its dist) that n8n's copy lacks. */
function missingWorkflowExports(packageDir, cacheDir) {
	const used = new Set();
	const walk = (dir) => {
		for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
			const file = path.join(dir, entry.name);
			if (entry.isDirectory()) walk(file);
			else if (file.endsWith('.js')) for (const match of fs.readFileSync(file, 'utf8').matchAll(/n8n_workflow_\d+\.(\w+)/g)) used.add(match[1]);
		}
	};
	walk(path.join(packageDir, 'dist'));
	const workflow = require(path.join(cacheDir, 'node_modules', 'n8n-workflow'));
	return [...used].filter((name) => !(name in workflow)).sort();
}

async function runSuite(wanted, t0) {
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'uazapi-e2e-'));
	cleanups.push(() => fs.rmSync(work, { recursive: true, force: true }));
	// E2E_PACKAGE_DIR: pack another folder (e.g. a build with an extra node) instead of this repo.
	const packageDir = process.env.E2E_PACKAGE_DIR || root;
	const tarball = await step(`npm pack ${path.relative(root, packageDir) || '.'}`, async () => n8n.packPackage(packageDir, work));
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

	const failures = [];
	const fail = (title, error) => failures.push({ title: `${label}: ${title}`, error });
	// The package runs with n8n's own n8n-workflow (a peer dependency): a name it uses must exist there (n8n 2.41 no
	// longer has sleepWithAbort, for example, and the call would fail only when it runs).
	try {
		const missing = missingWorkflowExports(installed, wanted.cacheDir);
		assert.deepEqual(missing, [], `the package uses n8n-workflow exports this n8n does not have: ${missing.join(', ')}`);
		console.log(`  ✓ every n8n-workflow export the package uses exists in this n8n`);
	} catch (error) {
		console.log(`  ✗ n8n-workflow exports`);
		fail('n8n-workflow exports', error);
	}

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
	// Receive Events By: Event Stream (direct only), and "Listen for test event" in both modes.
	const stream = hasTrigger
		? {
				workflow: streamWorkflow(credentialOf('direct')),
				badTokenWorkflow: streamWorkflow(BAD_TOKEN_CREDENTIAL, { id: 'e2eStreamBadToken', webhookNumber: 5 }),
				webhookWorkflow: triggerWorkflows[MODES.indexOf('direct')],
			}
		: undefined;
	const waitWorkflows = MODES.map((mode) => sendAndWaitWorkflow(mode, credentialOf(mode)));
	await step('n8n import:credentials', () => n8n.importCredentials(env, credentials));
	await step(`n8n import:workflow (${cases.length} cases × ${MODES.length} modes, HTTP Request ${httpVersion}, ${examples.length} examples${hasTrigger ? ', trigger' : ''})`, () =>
		n8n.importWorkflow(env, [...workflows, ...httpWorkflows, ...examples.map((e) => e.workflow), ...triggerWorkflows, ...(badTokenWorkflow ? [badTokenWorkflow] : []), ...(stream ? [stream.workflow, stream.badTokenWorkflow] : []), ...waitWorkflows]),
	);

	// E2E_ONLY=trigger or send-and-wait: only the checks in a running n8n (the trigger, Send and Wait), for work on them.
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
		const alsoInServer =
			only === 'trigger' ? undefined : (server) => runSendAndWaitCases({ server, doubles: doublesOf, workflows: waitWorkflows, modes: MODES, step, examples: waitingExamples });
		const results = await runTriggerCases({ env, doubles: doublesOf, workflows: triggerWorkflows, modes: MODES, step, badTokenWorkflow, stream, alsoInServer, skipTrigger: only === 'send-and-wait' });
		for (const { name, error, figures } of results) {
			console.log(`  ${error ? '✗' : '✓'} ${name}${figures ? ` ${JSON.stringify(figures)}` : ''}`);
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

main()
	.catch((error) => {
		console.error(`\n✗ ${error.stack ?? error.message}`);
		process.exitCode = 1;
	})
	.finally(async () => {
		await cleanups.run();
		// Open sockets of the doubles or a stray timer must not keep a finished run alive.
		process.exit(process.exitCode ?? 0);
	});
