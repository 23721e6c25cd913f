#!/usr/bin/env node
'use strict';
// `npm start`: a playground in a real n8n. Installs what is missing (npm ci, n8n 2.8.4 in the cache folder),
// builds, starts a Uazapi simulator (the test double with `simulate`) and the n8n Tools proxy double, and
// `n8n start` with this package installed, two credentials pointing at them and the workflows of examples/.
// Everything lives in a temp folder that is removed on Ctrl-C.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.join(__dirname, '..', '..');
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

// Before anything that needs dependencies or the build.
if (!fs.existsSync(path.join(root, 'node_modules', '.bin', 'tsc'))) run('npm', ['ci']);
run('npm', ['run', 'build', '--silent']);
run('npx', ['tsc', '-p', 'scripts/e2e/tsconfig.json']);

const n8n = require('../e2e/n8n-cli');
const { doubles } = require('../e2e/paths');

const { UAZAPI_TOKEN, UazapiDouble } = require(`${doubles}/uazapi`);
const { PROXY_API_KEY, ProxyDouble } = require(`${doubles}/proxy`);

const { EXAMPLE_CREDENTIALS: CREDENTIALS, readExamples } = require('../e2e/examples');

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

async function portFor(preferred) {
	const free = await new Promise((resolve) => {
		const server = require('node:net').createServer();
		server.once('error', () => resolve(false));
		server.listen(preferred, '127.0.0.1', () => server.close(() => resolve(true)));
	});
	return free ? preferred : await n8n.freePort();
}

async function main() {
	execFileSync('bash', [path.join(root, 'scripts', 'e2e', 'install-n8n.sh')], { stdio: ['ignore', 'ignore', 'inherit'] });

	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'uazapi-playground-'));
	cleanups.push(() => fs.rmSync(work, { recursive: true, force: true }));
	const [pack] = JSON.parse(
		execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
	);
	const userFolder = await n8n.makeUserFolder();
	cleanups.push(() => userFolder.cleanup());
	console.log('Installing the package into n8n …');
	n8n.installPackageTarball(userFolder.dir, path.join(work, pack.filename));

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

	const port = await portFor(Number(process.env.N8N_PORT || 5678));
	console.log('Starting n8n …');
	const server = await n8n.startN8n({ ...userFolder.env, N8N_SECURE_COOKIE: 'false' }, port);
	cleanups.push(() => server.stop());
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
  The simulator starts disconnected; Get QR Code connects it at the next status check.
  Everything is removed when you stop. Ctrl-C to stop.
`);
	// Runs until Ctrl-C (handled below) or until n8n dies.
	await new Promise((resolve) => server.process.once('close', resolve));
	if (stopping) return;
	console.error(`n8n stopped on its own:\n${server.output().slice(-3000)}`);
	process.exitCode = 1;
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => {
		if (stopping) return;
		stopping = true;
		console.log('\nStopping …');
		void cleanup().finally(() => process.exit(0));
	});
}

main()
	.catch((error) => {
		console.error(error.stack ?? error.message);
		process.exitCode = 1;
	})
	.finally(async () => {
		if (stopping) return;
		stopping = true;
		await cleanup();
		process.exit(process.exitCode ?? 0);
	});
