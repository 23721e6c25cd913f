import type { IncomingHttpHeaders } from 'node:http';

import type { DoubleState } from './state';

export interface RecordedRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	headers: IncomingHttpHeaders;
	body: unknown;
}

/**
 * How a double answers. `body` as a string is sent as text/html (`''`: an empty body); `headers` are added
 * (e.g. a redirect's `location`). The misbehaving kinds, for the fault tests:
 * - `hang`: never answers;
 * - `drip`: sends the headers, then one byte every `everyMs` ms, never finishing;
 * - `cut`: sends the headers (announcing a longer body) and `sent`, then destroys the socket.
 */
export type Reply =
	| { status: number; body: unknown; headers?: Record<string, string> }
	| { hang: true }
	| { drip: { status?: number; everyMs: number } }
	| { cut: { status?: number; sent: string } };

export type Responder = (request: RecordedRequest, state: DoubleState) => Reply | Promise<Reply>;

export type Responders = Record<string, Responder>;
