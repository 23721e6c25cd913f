/** Shared pieces of the benchmarks: the doubles' process, the workload, medians and result files. */
import { execFileSync, fork } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

import type { DoublesInfo, Received } from './doubles-process';

export const ITEMS = 1000;
export const REPETITIONS = Number(process.env.BENCH_REPETITIONS || 5);
export const PHONE = '5511999999999';
export const INSTANCE_ID = 'bench';
export const N8N_DIR = process.env.N8N_CACHE_DIR || path.join(os.homedir(), '.cache', 'uazapi-n8n', '2.8.4');
/** Where each benchmark writes its figures (read by report.js). */
export const RESULTS_DIR = path.join(__dirname, '..', '..', 'results');

export interface Doubles extends DoublesInfo {
	reset(jitterMs?: number): Promise<void>;
	received(): Promise<Received>;
	stop(): Promise<void>;
}

/** Starts the doubles in a child process. */
export async function startDoubles(): Promise<Doubles> {
	const child = fork(path.join(__dirname, 'doubles-process.js'), [], { stdio: 'inherit' });
	const waiting = new Map<number, (answer: unknown) => void>();
	let next = 0;
	const info = await new Promise<DoublesInfo>((resolve, reject) => {
		child.once('error', reject);
		child.on('message', (message: { ready?: DoublesInfo; id?: number; answer?: unknown }) => {
			if (message.ready) resolve(message.ready);
			else waiting.get(message.id!)?.(message.answer);
		});
	});
	const call = <T>(cmd: string, extra: object = {}) =>
		new Promise<T>((resolve) => {
			const id = next++;
			waiting.set(id, (answer) => {
				waiting.delete(id);
				resolve(answer as T);
			});
			child.send({ id, cmd, ...extra });
		});
	return {
		...info,
		reset: (jitterMs = 0) => call<void>('reset', { jitterMs }),
		received: () => call<Received>('received'),
		stop: async () => {
			const exited = new Promise((resolve) => child.once('exit', resolve));
			child.send({ id: -1, cmd: 'stop' });
			await exited;
		},
	};
}

/** The credential data of the Uazapi node, through the proxy double. */
export function proxyCredentials(doubles: DoublesInfo) {
	return {
		connection: 'proxy',
		n8nToolsApiKey: doubles.apiKey,
		proxyUrl: doubles.proxyUrl,
		apiUrl: doubles.uazapiUrl,
		apiToken: doubles.token,
		instanceId: INSTANCE_ID,
	};
}

/** POSTs item `text`'s envelope to the proxy double with Node's http through `agent`; fails unless it answers 200 with JSON. */
export function postEnvelope(doubles: DoublesInfo, text: string, agent: http.Agent): Promise<void> {
	return new Promise<void>((resolve, reject) => {
		const payload = JSON.stringify(envelopeOf(doubles, text));
		const req = http.request(
			doubles.proxyUrl,
			{
				method: 'POST',
				agent,
				headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), 'x-api-key': doubles.apiKey },
			},
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () => (res.statusCode === 200 ? resolve(JSON.parse(Buffer.concat(chunks).toString()) && undefined) : reject(new Error(`HTTP ${res.statusCode}`))));
			},
		);
		req.on('error', reject);
		req.end(payload);
	});
}

/**
 * The real-CLI benchmarks' n8n: a fresh user folder with the packed package installed as the community-nodes panel
 * does, the proxy credential and `flows` imported. `cleanup` removes the folder and the tarball.
 */
export async function prepareCli(n8n: CliHelper, credential: { id: string; name: string }, doubles: DoublesInfo, flows: object[]) {
	const root = path.join(__dirname, '..', '..', '..', '..');
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'uazapi-bench-'));
	const userFolder = await n8n.makeUserFolder();
	const cleanup = () => {
		userFolder.cleanup();
		fs.rmSync(work, { recursive: true, force: true });
	};
	try {
		const [pack] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root, encoding: 'utf8' }));
		n8n.installPackageTarball(userFolder.dir, path.join(work, pack.filename));
		await n8n.importCredentials(userFolder.env, [{ ...credential, type: 'uazapiApi', data: proxyCredentials(doubles) }]);
		await n8n.importWorkflow(userFolder.env, flows);
	} catch (error) {
		cleanup();
		throw error;
	}
	return { env: userFolder.env as NodeJS.ProcessEnv, cleanup };
}

/** What prepareCli uses of scripts/e2e/n8n-cli.js. */
interface CliHelper {
	makeUserFolder(): Promise<{ dir: string; env: NodeJS.ProcessEnv; cleanup(): void }>;
	installPackageTarball(dir: string, tarball: string): void;
	importCredentials(env: NodeJS.ProcessEnv, credentials: object[]): Promise<void>;
	importWorkflow(env: NodeJS.ProcessEnv, workflows: object[]): Promise<void>;
}

export const TEXT_EXPRESSION = "={{ 'msg ' + $json.i }}";

/** Send Text, all items to one chat; `mode` undefined = the default Delivery (one by one, in order). */
export function sendTextParameters(mode?: 'parallel') {
	return {
		resource: 'message',
		operation: 'sendText',
		phoneNumber: PHONE,
		messageText: TEXT_EXPRESSION,
		...(mode ? { delivery: { mode } } : {}),
	};
}

/** The envelope the Uazapi node sends for item `text`, as a plain object (what the bare loop sends). */
export function envelopeOf(doubles: DoublesInfo, text: string) {
	return {
		service: 'uazapi',
		method: 'POST',
		endpoint: '/send/text',
		baseUrl: doubles.uazapiUrl,
		headers: { token: doubles.token, Authorization: `Bearer ${doubles.token}`, 'Content-Type': 'application/json' },
		body: { number: PHONE, text },
		instanceId: INSTANCE_ID,
	};
}

/**
 * n8n's HTTP Request node sending the same envelope to the proxy: default settings (all at once), or
 * `oneAtATime`: its Batching option with 1 item per batch and the shortest interval that batches at all (1 ms;
 * 0 turns batching off). It starts an item's request after the interval, without waiting for the answer.
 */
export function httpRequestParameters(doubles: DoublesInfo, oneAtATime = false) {
	const envelope = JSON.stringify(envelopeOf(doubles, '__TEXT__')).replace('"__TEXT__"', "'msg ' + $json.i");
	return {
		method: 'POST',
		url: doubles.proxyUrl,
		sendHeaders: true,
		headerParameters: { parameters: [{ name: 'x-api-key', value: doubles.apiKey }] },
		sendBody: true,
		specifyBody: 'json',
		jsonBody: `={{ ${envelope} }}`,
		options: oneAtATime ? { batching: { batch: { batchSize: 1, batchInterval: 1 } } } : {},
	};
}
export const HTTP_REQUEST_VERSION = 4.4; // what n8n 2.8.4 adds to a new workflow (its defaultVersion)

/** Order check: texts are "msg <i>". */
export function ordering(texts: string[]) {
	const indexes = texts.map((t) => Number(t.replace('msg ', '')));
	let displaced = 0;
	let afterLater = 0;
	let highest = -1;
	indexes.forEach((index, position) => {
		if (index !== position) displaced++;
		if (index < highest) afterLater++;
		highest = Math.max(highest, index);
	});
	const complete = new Set(indexes).size === ITEMS && indexes.length === ITEMS;
	return { inOrder: displaced === 0 && complete, complete, displaced, afterLater };
}

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function writeResult(name: string, data: unknown) {
	fs.mkdirSync(RESULTS_DIR, { recursive: true });
	fs.writeFileSync(path.join(RESULTS_DIR, `${name}.json`), JSON.stringify(data, null, 2));
}

/** The node that the CLI benchmarks time. */
export const UNDER_TEST = 'Under test';

/** A CLI benchmark workflow: Manual Trigger → Code node making ITEMS items → `node` (named UNDER_TEST). */
export function cliWorkflow(id: string, node: object) {
	return {
		id,
		name: id,
		active: false,
		settings: { executionOrder: 'v1' },
		pinData: {},
		nodes: [
			{ id: 'start', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{
				id: 'items',
				name: 'Items',
				type: 'n8n-nodes-base.code',
				typeVersion: 2,
				position: [250, 0],
				parameters: { jsCode: `return Array.from({ length: ${ITEMS} }, (_, i) => ({ json: { i } }));` },
			},
			{ id: 'test', name: UNDER_TEST, position: [500, 0], ...node },
		],
		connections: {
			Start: { main: [[{ node: 'Items', type: 'main', index: 0 }]] },
			Items: { main: [[{ node: UNDER_TEST, type: 'main', index: 0 }]] },
		},
	};
}
