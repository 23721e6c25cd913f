import type { IncomingMessage, ServerResponse } from 'node:http';

import { LocalServer } from './local-server';

/** A tiny JPEG (the SOI/EOI markers around a few bytes): enough to prove bytes arrive unchanged. */
export const PHOTO_JPEG = Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex');

/**
 * A file host on 127.0.0.1 standing in for a CDN (e.g. WhatsApp's pps.whatsapp.net): serves the files
 * it was given, 404 for anything else, and records the paths asked for.
 */
export class FileDouble extends LocalServer {
	requested: string[] = [];

	private files = new Map<string, { body: Buffer; contentType: string }>();

	serve(path: string, body: Buffer, contentType: string): string {
		this.files.set(path, { body, contentType });
		return `${this.url}${path}`;
	}

	reset(): void {
		this.files.clear();
		this.requested = [];
	}

	protected handle(req: IncomingMessage, res: ServerResponse): void {
		const path = new URL(req.url ?? '/', 'http://localhost').pathname;
		this.requested.push(path);
		const file = this.files.get(path);
		if (!file) {
			res.writeHead(404, { 'content-type': 'text/plain' });
			res.end('URL signature expired');
			return;
		}
		res.writeHead(200, { 'content-type': file.contentType, 'content-length': file.body.length });
		res.end(file.body);
	}
}
