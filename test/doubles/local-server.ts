import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** An HTTP server on 127.0.0.1 for tests: a random port by default, and a stop that never waits on open sockets. */
export abstract class LocalServer {
	url = '';

	private readonly server: Server = createServer((req, res) => void this.handle(req, res));

	private readonly sockets = new Set<Socket>();

	constructor() {
		this.server.on('connection', (socket) => {
			this.sockets.add(socket);
			socket.on('close', () => this.sockets.delete(socket));
		});
	}

	async start(port = 0): Promise<this> {
		await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', resolve));
		this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
		return this;
	}

	async stop(): Promise<void> {
		for (const socket of this.sockets) socket.destroy();
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}

	protected abstract handle(req: IncomingMessage, res: ServerResponse): void | Promise<void>;
}
