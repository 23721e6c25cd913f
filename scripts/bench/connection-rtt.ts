/**
 * How long one round trip through the bench's doubles takes for a sender that waits for each answer, with a new
 * connection per request (as n8n's request helper makes them: a new agent per request) and with one keep-alive
 * agent. Prints ms per request for 1,000 sequential POST /send/text envelopes, two passes of each, in turn.
 *   npx tsc -p scripts/bench/tsconfig.json && node .tmp/bench/scripts/bench/connection-rtt.js
 */
import http from 'node:http';

import { ITEMS, postEnvelope, startDoubles } from './common';

async function main() {
	const doubles = await startDoubles();
	try {
		for (const mode of ['new connection per request', 'one keep-alive agent', 'new connection per request', 'one keep-alive agent']) {
			await doubles.reset();
			const keepAlive = new http.Agent({ keepAlive: true });
			const started = process.hrtime.bigint();
			for (let i = 0; i < ITEMS; i++) await postEnvelope(doubles, `msg ${i}`, mode.startsWith('new') ? new http.Agent() : keepAlive);
			const ms = Number(process.hrtime.bigint() - started) / 1e6;
			keepAlive.destroy();
			const received = await doubles.received();
			if (received.texts.length !== ITEMS || received.violations.length) throw new Error(`${mode}: wrong requests`);
			console.log(`${mode}: ${(ms / ITEMS).toFixed(2)} ms per request`);
		}
	} finally {
		await doubles.stop();
	}
}

void main().then(
	() => process.exit(0),
	(error) => {
		console.error(error);
		process.exit(1);
	},
);
