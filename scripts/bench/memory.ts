/**
 * Part 2: peak RSS while the Uazapi node sends a 20 MB file from a binary property (Media → Send Document),
 * in the in-process engine. Each repetition is a fresh process (`memory.js --once`); the doubles run in
 * another process. Baseline: RSS after a warm-up send of a small file and a GC, with the 20 MB input item
 * already in memory (as it is when the previous node has read the file). Peak: VmHWM after resetting it
 * (/proc/self/clear_refs), and the largest of RSS samples taken every 2 ms.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

import type { INodeExecutionData } from 'n8n-workflow';

import { runNode, shutdownEngine } from '../../test/engine/harness';
import type { DoublesInfo } from './doubles-process';
import { median, PHONE, proxyCredentials, REPETITIONS, startDoubles, writeResult } from './common';

const FILE_BYTES = 20 * 1024 * 1024;
const MB = 1024 * 1024;

function fileItem(bytes: number): INodeExecutionData {
	const file = Buffer.alloc(bytes, 0x25);
	return { json: {}, binary: { data: { data: file.toString('base64'), mimeType: 'application/pdf', fileName: 'big.pdf' } } };
}

const parameters = { resource: 'media', operation: 'sendDocument', phoneNumber: PHONE, mediaSource: 'binary', binaryPropertyName: 'data' };

function vmHwm(): number {
	const line = fs.readFileSync('/proc/self/status', 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'))!;
	return Number(line.split(/\s+/)[1]) * 1024;
}

/** One measurement in this process; the doubles' addresses come in argv. */
async function once(doubles: DoublesInfo) {
	const gc = (globalThis as { gc?: () => void }).gc!;
	const send = async (item: INodeExecutionData) => {
		const run = await runNode({ parameters, credentials: proxyCredentials(doubles), items: [item] });
		if (run.error) throw new Error(String(run.error.message));
	};
	await send(fileItem(1024)); // warm-up: modules, JIT
	const item = fileItem(FILE_BYTES);
	gc();
	await new Promise((resolve) => setTimeout(resolve, 50));
	const baseline = process.memoryUsage().rss;
	fs.writeFileSync('/proc/self/clear_refs', '5'); // resets VmHWM to the current RSS
	let sampled = baseline;
	const sampler = setInterval(() => (sampled = Math.max(sampled, process.memoryUsage().rss)), 2);
	await send(item);
	clearInterval(sampler);
	const peak = Math.max(vmHwm(), sampled);
	await shutdownEngine();
	return { baseline, peak, sampledPeak: sampled, vmHwm: vmHwm() };
}

async function main() {
	if (process.argv[2] === '--once') {
		const result = await once(JSON.parse(process.argv[3]) as DoublesInfo);
		process.stdout.write(`\n${JSON.stringify(result)}\n`);
		return;
	}
	const doubles = await startDoubles();
	const runs = [];
	try {
		for (let round = 1; round <= REPETITIONS; round++) {
			await doubles.reset();
			const info: DoublesInfo = { proxyUrl: doubles.proxyUrl, uazapiUrl: doubles.uazapiUrl, apiKey: doubles.apiKey, token: doubles.token };
			const out = execFileSync(process.execPath, ['--expose-gc', __filename, '--once', JSON.stringify(info)], { encoding: 'utf8', maxBuffer: 1e6 });
			const run = JSON.parse(out.trim().split('\n').pop()!) as { baseline: number; peak: number; sampledPeak: number; vmHwm: number };
			const received = await doubles.received();
			if (received.mediaBytes.at(-1) !== FILE_BYTES) throw new Error(`file not received whole: ${received.mediaBytes}`);
			runs.push({ ...run, growth: run.peak - run.baseline });
			process.stderr.write(`  memory round ${round}/${REPETITIONS}: +${((run.peak - run.baseline) / MB).toFixed(0)} MB\n`);
		}
	} finally {
		await doubles.stop();
	}
	const growth = median(runs.map((r) => r.growth));
	const result = {
		fileBytes: FILE_BYTES,
		repetitions: REPETITIONS,
		runs,
		medianBaselineMB: median(runs.map((r) => r.baseline)) / MB,
		medianGrowthMB: growth / MB,
		multipleOfFile: growth / FILE_BYTES,
	};
	writeResult('memory', result);
	console.log(JSON.stringify({ medianBaselineMB: result.medianBaselineMB, medianGrowthMB: result.medianGrowthMB, multipleOfFile: result.multipleOfFile }));
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
