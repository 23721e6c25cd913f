'use strict';
// n8n in queue mode on 127.0.0.1: one main (`n8n start`), workers (`n8n worker`) and a webhook process
// (`n8n webhook`), all with EXECUTIONS_MODE=queue, the same Postgres database, Redis and N8N_ENCRYPTION_KEY, each with
// its own user folder holding the package (installed from the tarball like the Community Nodes panel does) and its
// own ports. Main's webhook URL is the webhook process, and main serves no production webhooks itself
// (N8N_DISABLE_PRODUCTION_MAIN_PROCESS), as behind a load balancer that sends /webhook/ to webhook processes.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const n8n = require('../e2e/n8n-cli');

const START_TIMEOUT_MS = 180_000;

/**
 * Makes the user folders (the package in each: installed with npm into main's, copied into the others) and the env
 * of every process; starts nothing.
 * Returns { main, workers: [...], webhook, start(), restartMain(), stopAll(), workerOf(executionId) }.
 */
async function prepareCluster({ version, tarball, redis, postgres, workers = 2, log = () => {} }) {
	const encryptionKey = crypto.randomBytes(24).toString('hex');
	const webhookPort = await n8n.freePort();
	const webhookUrl = `http://127.0.0.1:${webhookPort}`;
	const shared = {
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: String(redis.port),
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: String(postgres.port),
		DB_POSTGRESDB_DATABASE: postgres.database,
		DB_POSTGRESDB_USER: postgres.user,
		DB_POSTGRESDB_PASSWORD: '',
		// Manual runs from the editor go to workers too (n8n's recommended queue-mode setting).
		OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
		// 2.41 reads N8N_WEBHOOK_URL, 2.8.4 only WEBHOOK_URL.
		WEBHOOK_URL: `${webhookUrl}/`,
		N8N_WEBHOOK_URL: `${webhookUrl}/`,
		N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '10',
	};

	let installedNodes;
	const makeProcess = async (name, command, extraEnv, { port, ready, healthUrl }) => {
		const folder = await n8n.makeUserFolder({ version, encryptionKey });
		// npm installs the tarball once (main's folder, as the Community Nodes panel does); the other processes get
		// a copy of that folder, as from a shared image (a second npm install takes a minute on a busy machine).
		const nodesDir = path.join(folder.dir, '.n8n', 'nodes');
		if (installedNodes) fs.cpSync(installedNodes, nodesDir, { recursive: true, verbatimSymlinks: true });
		else installedNodes = n8n.installPackageTarball(folder.dir, tarball);
		const env = { ...folder.env, ...shared, ...extraEnv };
		const proc = { name, command, env, folder, port, ready, healthUrl, server: undefined, outputs: [] };
		proc.start = async () => {
			const t0 = Date.now();
			proc.server = await n8n.startN8nProcess(env, { command, port, ready, healthUrl, timeoutMs: START_TIMEOUT_MS });
			proc.url = proc.server.url;
			log(`${name} ready (${((Date.now() - t0) / 1000).toFixed(1)} s${port ? `, ${proc.server.url}` : ''})`);
			return proc;
		};
		proc.stop = async () => {
			if (!proc.server) return;
			const server = proc.server;
			proc.server = undefined;
			await server.stop();
			proc.outputs.push(server.output());
		};
		// Everything it printed, over all its starts.
		proc.output = () => [...proc.outputs, proc.server?.output() ?? ''].join('\n');
		return proc;
	};

	const mainPort = await n8n.freePort();
	const main = await makeProcess('main', ['start'], { N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'true' }, { port: mainPort, ready: /Editor is now accessible/ });
	const webhook = await makeProcess('webhook', ['webhook'], {}, { port: webhookPort, ready: /Webhook listener waiting for requests/ });
	const workerProcs = [];
	for (let i = 1; i <= workers; i++) {
		const healthPort = await n8n.freePort();
		workerProcs.push(
			await makeProcess(
				`worker ${i}`,
				['worker', '--concurrency=5'],
				{
					QUEUE_HEALTH_CHECK_ACTIVE: 'true',
					QUEUE_HEALTH_CHECK_PORT: String(healthPort),
					N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
					// A worker renews its job's lock from a timer; n8n resolves the parameters of all of a node's items
					// without yielding, and with the default 60 s lock the 1,000-item run failed on a machine at load 20 on
					// 2 cores ("failed to be processed too many times", n8n 2.41.1). Ten minutes keeps that machine from
					// failing the scenario; the run prints how long the worker took before the first send.
					QUEUE_WORKER_LOCK_DURATION: String(process.env.QUEUE_WORKER_LOCK_DURATION ?? 600_000),
				},
				{ ready: /n8n worker is now ready/, healthUrl: `http://127.0.0.1:${healthPort}/healthz/readiness` },
			),
		);
	}
	const all = [main, webhook, ...workerProcs];

	return {
		main,
		webhook,
		workers: workerProcs,
		all,
		/** Main first (it migrates the database), then the webhook process and the workers side by side. */
		async start() {
			await main.start();
			await Promise.all([webhook, ...workerProcs].map((proc) => proc.start()));
		},
		async stopAll() {
			await Promise.all(all.map((proc) => proc.stop()));
		},
		cleanup() {
			for (const proc of all) proc.folder.cleanup();
		},
		/**
		 * The processes that ran an execution, by their logs: a worker logs "Worker started execution <id> (job …)"
		 * when it takes the job and "Worker finished execution <id>" at its end.
		 */
		ranBy(executionId) {
			const started = new RegExp(`Worker started execution ${executionId} \\(job`);
			const finished = new RegExp(`Worker finished execution ${executionId} \\(job`);
			return all.filter((proc) => started.test(proc.output()) && finished.test(proc.output())).map((proc) => proc.name);
		},
	};
}

module.exports = { prepareCluster };
