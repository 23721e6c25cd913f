import type { IncomingHttpHeaders } from 'node:http';

import type { DoubleState } from './state';

export interface RecordedRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	headers: IncomingHttpHeaders;
	body: unknown;
}

/** `body` as a string is sent as text/html; `hang` never answers (for timeouts). */
export type Reply = { status: number; body: unknown } | { hang: true };

export type Responder = (request: RecordedRequest, state: DoubleState) => Reply | Promise<Reply>;

export type Responders = Record<string, Responder>;
