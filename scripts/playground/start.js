#!/usr/bin/env node
'use strict';
// `npm start`: a playground in a real n8n. Installs what is missing (npm ci, n8n 2.8.4 in the cache folder),
// builds, starts a Uazapi simulator (the test double with `simulate`) and the n8n Tools proxy double, and
// `n8n start` with this package installed, the simulator's credentials and the workflows of examples/
// (playground.js, shared with `npm run test:editor`). Everything lives in a temp folder that is removed on stop.
//
// Every command it starts runs in a process group of its own; Ctrl-C, or SIGINT / SIGTERM to this process,
// stops those groups (n8n with its task runner, an installer with its build) and removes the temp folders.
const playground = require('./playground');

let stopping = false;

async function main() {
	const started = await playground.start({ port: Number(process.env.N8N_PORT || 5678), isStopped: () => stopping });
	if (!started || stopping) return;
	const { server, uazapi, proxy, credentials, examples, owner } = started;
	const { SIMULATOR_QUICK_REPLY } = require(`${require('../e2e/paths').doubles}/simulator`);

	// Show what reached the simulator, and any request the Uazapi contract does not allow.
	let shown = 0;
	let violations = 0;
	const watcher = setInterval(() => {
		for (const r of uazapi.requests.slice(shown)) console.log(`  simulator ← ${r.method} ${r.path}${r.body === undefined ? '' : ` ${JSON.stringify(r.body).slice(0, 200)}`}`);
		for (const v of [...uazapi.violations, ...proxy.violations].slice(violations)) console.log(`  ✗ not allowed by the Uazapi contract: ${v}`);
		shown = uazapi.requests.length;
		violations = uazapi.violations.length + proxy.violations.length;
	}, 300);

	console.log(`
n8n with the Uazapi node is running: ${server.url}
  Log in with  ${owner.email}  /  ${owner.password}
  Workflows:   ${examples.map(({ workflow }) => `"${workflow.name}"`).join('\n               ')}
               (open one, click "Execute workflow")
  Credentials: "${credentials.direct.name}" → ${uazapi.url}
               "${credentials.proxy.name}" → ${proxy.url}
               "${credentials.admin.name}" → ${uazapi.url} (for the Admin resource)
  The simulator starts disconnected; Get QR Code shows a (simulated) QR code and connects it at the next
  status check. Send Template can use the saved quick reply "${SIMULATOR_QUICK_REPLY.shortCut}" (${SIMULATOR_QUICK_REPLY.id}).
  Everything is removed when you stop. Ctrl-C to stop (pid ${process.pid}).
`);
	// Runs until stopped (handled below) or until n8n dies.
	await new Promise((resolve) => server.process.once('close', resolve));
	clearInterval(watcher);
	if (stopping) return;
	console.error(`n8n stopped on its own:\n${server.output().slice(-3000)}`);
	process.exitCode = 1;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.on(signal, () => {
		if (stopping) return;
		stopping = true;
		console.log('\nStopping …');
		playground.stopGroups('SIGTERM');
		const force = setTimeout(() => playground.stopGroups('SIGKILL'), 5_000);
		void playground.cleanup().finally(() => {
			clearTimeout(force);
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
		await playground.cleanup();
		process.exit(process.exitCode ?? 0);
	});
