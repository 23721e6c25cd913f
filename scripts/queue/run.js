#!/usr/bin/env node
'use strict';
// `npm run test:queue`: the packed package in n8n queue mode, with real components on 127.0.0.1:
//
//   1. installs what is missing: Debian's redis-server and postgresql (apt-get), the newest n8n of the e2e
//      (scripts/e2e/versions.json "latest": 2.41.1 on Node 24, install-n8n.sh, cached in ~/.cache/uazapi-n8n)
//   2. npm pack; a private Redis and a private PostgreSQL cluster (initdb into a temp folder), each on a free port
//   3. n8n main (`n8n start`), two `n8n worker`s and an `n8n webhook` process, EXECUTIONS_MODE=queue, one database,
//      one Redis, one encryption key, the package installed into each one's user folder; the Uazapi double
//   4. the scenarios of scenarios.js and send-and-wait.js
//
// Prints each step with its time; every wait has a timeout, the whole run too (QUEUE_TIMEOUT_MS, default 30 min
// after the installs). Exits 1 on any failure; stops everything it started and removes its temp folders on exit,
// failure, SIGINT and SIGTERM. Needs `npm run build` and the compiled doubles (the npm script does both).
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const n8n = require('../e2e/n8n-cli');
const cleanups = require('../e2e/cleanups');
const { root, doubles } = require('../e2e/paths');
const { ensureDebianPackages, startRedis, startPostgres } = require('./services');
const { prepareCluster } = require('./cluster');
const scenarios = require('./scenarios');
const sendAndWait = require('./send-and-wait');

const { UAZAPI_TOKEN, UazapiDouble } = require(`${doubles}/uazapi`);

// QUEUE_N8N: another n8n of versions.json (e.g. 2.8.4), for a look at an older n8n.
const VERSION = process.env.QUEUE_N8N || 'latest';
const RUN_TIMEOUT_MS = Number(process.env.QUEUE_TIMEOUT_MS || 30 * 60_000);

const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

async function step(title, fn) {
	const t0 = Date.now();
	console.log(`• ${title}`);
	const result = await fn();
	console.log(`  ✓ ${seconds(t0)}`);
	return result;
}

const log = (text) => console.log(`  ${text}`);

async function main() {
	const t0 = Date.now();
	const installed = await step('Debian packages redis-server and postgresql', async () => ensureDebianPackages());
	log(installed.length ? `installed ${installed.join(', ')}` : 'already installed');
	const wanted = n8n.ensureInstalled(VERSION);
	const installSeconds = seconds(t0);

	const watchdog = setTimeout(() => {
		console.error(`\n✗ queue-mode run timed out after ${RUN_TIMEOUT_MS / 1000} s`);
		void cleanups.run().finally(() => process.exit(1));
	}, RUN_TIMEOUT_MS);
	watchdog.unref();
	cleanups.push(() => clearTimeout(watchdog));

	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'uazapi-queue-'));
	cleanups.push(() => fs.rmSync(work, { recursive: true, force: true }));
	const tarball = await step('npm pack', async () => n8n.packPackage(root, work));

	const redis = await step('Redis (redis-server, own port)', () => startRedis(work));
	cleanups.push(() => redis.stop());
	log(`127.0.0.1:${redis.port}`);
	const postgres = await step('PostgreSQL (initdb into a temp folder, own port)', () => startPostgres(work));
	cleanups.push(() => postgres.stop());
	log(`127.0.0.1:${postgres.port}, database ${postgres.database}`);

	const uazapi = await new UazapiDouble().start();
	cleanups.push(() => uazapi.stop());

	const cluster = await step(`user folders for main, webhook, 2 workers (n8n ${wanted.n8n}; the tarball installed into main's, copied into the others)`, () =>
		prepareCluster({ version: VERSION, tarball, redis, postgres, workers: 2, log }),
	);
	cleanups.push(() => cluster.cleanup(), () => cluster.stopAll());
	const { env } = cluster.main;
	const real = await n8n.n8nVersion(env);
	if (real !== wanted.n8n) throw new Error(`${wanted.cacheDir} holds n8n ${real}, versions.json wants ${wanted.n8n}`);

	const withSendAndWait = sendAndWait.present(root);
	await step('n8n import:credentials, import:workflow (into Postgres; the first CLI call creates the schema)', async () => {
		await n8n.importCredentials(env, [
			{
				...scenarios.CREDENTIAL,
				type: 'uazapiApi',
				// n8n encrypts `data` on import with the key every process shares.
				data: { connection: 'direct', apiUrl: uazapi.url, apiToken: UAZAPI_TOKEN, instanceId: crypto.randomUUID() },
			},
		]);
		await n8n.importWorkflow(env, [...scenarios.workflows(), ...(withSendAndWait ? sendAndWait.workflows() : [])]);
	});
	await step('start n8n main, then the webhook process and 2 workers (EXECUTIONS_MODE=queue)', () => cluster.start());
	const setupSeconds = seconds(t0);

	const ctx = { cluster, uazapi, step, log };
	const failures = [];
	const run = async (title, fn) => {
		try {
			await step(title, () => fn(ctx));
		} catch (error) {
			console.log(`  ✗ failed: ${error.message.split('\n')[0]}`);
			failures.push({ title, error });
		}
	};
	// QUEUE_SCENARIOS=bulk,trigger,binary,sendwait runs only those (for a look at one; CI runs all).
	const only = process.env.QUEUE_SCENARIOS?.split(',');
	const list = [
		['bulk', '1,000 ordered sends in a workflow started through the webhook process', scenarios.bulkSends],
		['trigger', 'Uazapi Trigger in queue mode', scenarios.trigger],
		['binary', 'binary data: received by the webhook process, sent from a worker', scenarios.binaryData],
	];
	for (const [key, title, fn] of list) if (!only || only.includes(key)) await run(title, fn);
	if (withSendAndWait && (!only || only.includes('sendwait'))) await run(sendAndWait.NAME, sendAndWait.run);
	else if (!withSendAndWait) log(`(skipped: ${sendAndWait.NAME} — the package has no Send and Wait node)`);

	for (const { title, error } of failures) {
		console.error(`\n✗ ${title}\n${error.stack ?? error.message}`);
	}
	if (failures.length) {
		// The processes' logs explain most failures: their last lines.
		for (const proc of cluster.all) console.error(`\n--- ${proc.name} (last 40 lines) ---\n${proc.output().split('\n').slice(-40).join('\n')}`);
		throw new Error(`${failures.length} queue-mode scenario(s) failed`);
	}
	console.log(`\n✓ queue mode (n8n ${real}, Node ${wanted.node}): installs checked in ${installSeconds}, set up in ${setupSeconds}, all done in ${seconds(started)}`);
}

main()
	.catch((error) => {
		console.error(`\n✗ ${error.stack ?? error.message}`);
		process.exitCode = 1;
	})
	.finally(async () => {
		await cleanups.run();
		process.exit(process.exitCode ?? 0);
	});
