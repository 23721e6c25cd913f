'use strict';
// Redis and PostgreSQL for the queue-mode run: Debian's packages (installed with apt-get when missing), each started
// as a private instance on a free 127.0.0.1 port with its data in a temp folder — never the system services.
//
//   ensureDebianPackages();                       // redis-server, postgresql (sudo only when not root)
//   const redis = await startRedis(dir);          // { port, stop() }
//   const pg = await startPostgres(dir);          // { port, database, user, stop() }
const { execFileSync, spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const { freePort } = require('../e2e/n8n-cli');

const READY_TIMEOUT_MS = 60_000;

const isRoot = () => process.getuid?.() === 0;

function commandExists(command) {
	try {
		execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

/** The newest installed PostgreSQL's bin folder (Debian: /usr/lib/postgresql/<major>/bin), or undefined. */
function postgresBinDir() {
	const base = '/usr/lib/postgresql';
	if (!fs.existsSync(base)) return undefined;
	const majors = fs
		.readdirSync(base)
		.filter((v) => fs.existsSync(path.join(base, v, 'bin', 'initdb')))
		.sort((a, b) => Number(b) - Number(a));
	return majors.length ? path.join(base, majors[0], 'bin') : undefined;
}

/** Installs Debian's redis-server and postgresql when they are missing (non-interactive; sudo only when not root). */
function ensureDebianPackages() {
	const missing = [];
	if (!commandExists('redis-server')) missing.push('redis-server');
	if (!postgresBinDir()) missing.push('postgresql');
	if (!missing.length) return [];
	console.log(`  apt-get install ${missing.join(' ')} (missing on this machine)`);
	const options = { stdio: ['ignore', 'inherit', 'inherit'], timeout: 15 * 60_000 };
	// sudo keeps only a few variables: pass DEBIAN_FRONTEND through env(1).
	const run = (args) => (isRoot() ? execFileSync(args[0], args.slice(1), options) : execFileSync('sudo', ['-n', ...args], options));
	run(['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'update', '-q']);
	run(['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-q', '--no-install-recommends', ...missing]);
	if (!commandExists('redis-server') || !postgresBinDir()) throw new Error(`apt-get install ${missing.join(' ')} did not provide redis-server and initdb`);
	return missing;
}

/** Spawns a server in its own process group; stop() ends it (SIGTERM, then SIGKILL after graceMs). */
function spawnServer(command, args, options = {}) {
	const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout.on('data', (d) => (output += d));
	child.stderr.on('data', (d) => (output += d));
	let exited = false;
	const closed = new Promise((resolve) =>
		child.on('close', () => {
			exited = true;
			resolve();
		}),
	);
	const kill = (signal) => {
		try {
			process.kill(-child.pid, signal);
		} catch {
			// gone
		}
	};
	// A crash of this script must not leave the server running.
	const onExit = () => kill('SIGKILL');
	process.on('exit', onExit);
	const stop = async (graceMs = 10_000) => {
		process.off('exit', onExit);
		if (exited) return;
		kill('SIGTERM');
		const timer = setTimeout(() => kill('SIGKILL'), graceMs);
		await closed;
		clearTimeout(timer);
	};
	return { child, stop, output: () => output, exited: () => exited };
}

/** Polls `check()` (resolves true when ready) every 200 ms; throws with the server's output after the timeout. */
async function waitUntil(name, server, check, timeoutMs = READY_TIMEOUT_MS) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (server.exited()) throw new Error(`${name} exited:\n${server.output()}`);
		if (await check().catch(() => false)) return;
		if (Date.now() > deadline) {
			await server.stop();
			throw new Error(`${name} not ready after ${timeoutMs} ms:\n${server.output()}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

/** Sends PING to a Redis port; resolves true on +PONG. */
function redisPing(port) {
	return new Promise((resolve) => {
		const socket = net.connect({ host: '127.0.0.1', port });
		let answer = '';
		const done = (ok) => {
			socket.destroy();
			resolve(ok);
		};
		socket.setTimeout(1000, () => done(false));
		socket.on('error', () => done(false));
		socket.on('connect', () => socket.write('PING\r\n'));
		socket.on('data', (d) => {
			answer += d;
			if (answer.includes('\r\n')) done(answer.startsWith('+PONG'));
		});
	});
}

/** A private Redis on 127.0.0.1:<free port>, no persistence, files in `dir`. */
async function startRedis(dir) {
	const port = await freePort();
	const dataDir = path.join(dir, 'redis');
	fs.mkdirSync(dataDir, { recursive: true });
	const server = spawnServer('redis-server', [
		'--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dataDir, '--daemonize', 'no',
	]);
	await waitUntil('redis-server', server, () => redisPing(port));
	return { port, stop: server.stop, output: server.output };
}

/**
 * A private PostgreSQL cluster: initdb into `dir`, its own port on 127.0.0.1 (no Unix socket outside `dir`), trust
 * authentication for the user `n8n`, a database `n8n`. PostgreSQL refuses to run as root: as root, the cluster
 * belongs to the `postgres` user (Debian's package creates it) or `nobody`.
 */
async function startPostgres(dir) {
	const bin = postgresBinDir();
	if (!bin) throw new Error('PostgreSQL not found in /usr/lib/postgresql/<major>/bin');
	const port = await freePort();
	const pgDir = path.join(dir, 'postgres');
	const dataDir = path.join(pgDir, 'data');
	fs.mkdirSync(pgDir, { recursive: true });
	let owner = {};
	if (isRoot()) {
		const name = hasUser('postgres') ? 'postgres' : 'nobody';
		owner = { uid: Number(execFileSync('id', ['-u', name], { encoding: 'utf8' })), gid: Number(execFileSync('id', ['-g', name], { encoding: 'utf8' })) };
		// The temp folder above it (mkdtemp: 0700, root's) must let that user in.
		fs.chmodSync(dir, 0o755);
		fs.chownSync(pgDir, owner.uid, owner.gid);
	}
	const env = { ...process.env, LC_ALL: 'C', LANG: 'C' };
	try {
		execFileSync(path.join(bin, 'initdb'), ['-D', dataDir, '-U', 'n8n', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'], {
			...owner,
			env,
			cwd: pgDir,
			stdio: 'pipe',
			timeout: 120_000,
		});
	} catch (error) {
		throw new Error(`initdb failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
	}
	const server = spawnServer(
		path.join(bin, 'postgres'),
		['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${pgDir}`, '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
		{ ...owner, env, cwd: pgDir },
	);
	const psql = (database, sql) =>
		execFileSync(path.join(bin, 'psql'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'n8n', '-d', database, '-v', 'ON_ERROR_STOP=1', '-qAt', '-c', sql], {
			env,
			encoding: 'utf8',
			stdio: 'pipe',
			timeout: 30_000,
		});
	await waitUntil('postgres', server, async () => psql('postgres', 'select 1').trim() === '1');
	psql('postgres', 'create database n8n');
	return { port, user: 'n8n', database: 'n8n', stop: server.stop, output: server.output, psql: (sql) => psql('n8n', sql) };
}

function hasUser(name) {
	try {
		execFileSync('id', ['-u', name], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

module.exports = { ensureDebianPackages, startRedis, startPostgres, postgresBinDir };
