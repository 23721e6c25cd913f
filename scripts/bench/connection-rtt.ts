/**
 * How long one round trip through the bench's doubles takes for a sender that waits for each answer, with a new
 * connection per request (as n8n's request helper makes them: a new agent per request) and with one keep-alive
 * agent. Prints ms per request for 1,000 sequential POST /send/text envelopes, two passes of each, in turn.
 *   npx tsc -p scripts/bench/tsconfig.json && node .tmp/bench/scripts/bench/connection-rtt.js
 */
import http from 'node:http';

import { startDoubles } from './common';

const REQUESTS = 1000;

async function main() {
	const doubles = await startDoubles();
	const proxy = new URL(doubles.proxyUrl);
	const post = (text: string, agent: http.Agent) =>
		new Promise<void>((resolve, reject) => {
			const body = JSON.stringify({
				service: 'uazapi',
				method: 'POST',
				endpoint: '/send/text',
				baseUrl: doubles.uazapiUrl,
				headers: { token: doubles.token, Authorization: `Bearer ${doubles.token}`, 'Content-Type': 'application/json' },
				body: { number: '5511999999999', text },
				instanceId: 'bench',
			});
			const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-api-key': doubles.apiKey };
			const request = http.request(proxy, { method: 'POST', agent, headers }, (answer) => {
				answer.resume();
				answer.on('end', resolve);
			});
			request.on('error', reject);
			request.end(body);
		});
	try {
		for (const mode of ['new connection per request', 'one keep-alive agent', 'new connection per request', 'one keep-alive agent']) {
			await doubles.reset();
			const keepAlive = new http.Agent({ keepAlive: true });
			const started = process.hrtime.bigint();
			for (let i = 0; i < REQUESTS; i++) await post(`msg ${i}`, mode.startsWith('new') ? new http.Agent() : keepAlive);
			const ms = Number(process.hrtime.bigint() - started) / 1e6;
			keepAlive.destroy();
			console.log(`${mode}: ${(ms / REQUESTS).toFixed(2)} ms per request`);
		}
	} finally {
		await doubles.stop();
	}
}

void main().then(() => process.exit(0));
