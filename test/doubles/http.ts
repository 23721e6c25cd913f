import type { IncomingMessage, ServerResponse } from 'node:http';

import type { Reply } from './responders/types';

export async function readBody(req: IncomingMessage): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of req) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
	const text = typeof body === 'string' ? body : JSON.stringify(body);
	res.writeHead(status, {
		'content-type': typeof body === 'string' ? 'text/html' : 'application/json',
		'content-length': Buffer.byteLength(text),
		...headers,
	});
	res.end(text);
}

/** Answers with `reply`, including the misbehaving kinds (see Reply). */
export function sendReply(res: ServerResponse, reply: Reply): void {
	if ('hang' in reply) return;
	if ('drip' in reply) {
		res.writeHead(reply.drip.status ?? 200, { 'content-type': 'application/json', 'content-length': '1000000' });
		res.write('[');
		const timer = setInterval(() => res.write(' '), reply.drip.everyMs);
		res.on('close', () => clearInterval(timer));
		return;
	}
	if ('cut' in reply) {
		const { sent, status = 200 } = reply.cut;
		res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(sent) + 1000) });
		res.write(sent, () => setTimeout(() => res.socket?.destroy(), 20));
		return;
	}
	sendJson(res, reply.status, reply.body, reply.headers);
}
