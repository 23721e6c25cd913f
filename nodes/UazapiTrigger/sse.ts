/** One Server-Sent Event (https://html.spec.whatwg.org/multipage/server-sent-events.html). */
export interface SseEvent {
	/** The `event:` field; 'message' when the server sent none. */
	event: string;
	/** The `data:` lines, joined by newlines. */
	data: string;
	/** The last `id:` seen on the stream (the value to resume from with Last-Event-ID), if any. */
	id?: string;
}

/**
 * Parses a text/event-stream as it arrives, in chunks cut anywhere: lines end in LF, CRLF or CR; a blank
 * line dispatches the event; lines starting with ':' are comments (keep-alives); `retry:` is read.
 */
export class SseParser {
	/** The last event ID the stream gave (kept across events, as the spec says). */
	lastEventId?: string;

	/** The server's reconnection time (`retry:`), in ms, if it sent one. */
	retryMs?: number;

	private buffer = '';

	private data: string[] = [];

	private event = '';

	/** Whether the stream sent anything at all yet (events or comments). */
	sawAnything = false;

	/** Forgets a half-received event (a new connection), keeping the last event ID and retry time. */
	reset(): void {
		this.buffer = '';
		this.data = [];
		this.event = '';
		this.sawAnything = false;
	}

	/** Feeds a chunk; returns the events it completed. */
	push(chunk: string): SseEvent[] {
		this.buffer += chunk;
		const events: SseEvent[] = [];
		for (;;) {
			const match = /\r\n|\r|\n/.exec(this.buffer);
			if (!match) break;
			// A CR at the very end may be the first half of a CRLF: wait for the next chunk.
			if (match[0] === '\r' && match.index === this.buffer.length - 1) break;
			const line = this.buffer.slice(0, match.index);
			this.buffer = this.buffer.slice(match.index + match[0].length);
			const event = this.line(line);
			if (event) events.push(event);
		}
		return events;
	}

	private line(line: string): SseEvent | undefined {
		this.sawAnything = true;
		if (line === '') return this.dispatch();
		if (line.startsWith(':')) return undefined;
		const colon = line.indexOf(':');
		const field = colon === -1 ? line : line.slice(0, colon);
		let value = colon === -1 ? '' : line.slice(colon + 1);
		if (value.startsWith(' ')) value = value.slice(1);
		if (field === 'data') this.data.push(value);
		else if (field === 'event') this.event = value;
		else if (field === 'id' && !value.includes('\0')) this.lastEventId = value;
		else if (field === 'retry' && /^\d+$/.test(value)) this.retryMs = Number(value);
		return undefined;
	}

	private dispatch(): SseEvent | undefined {
		const data = this.data;
		const event = this.event || 'message';
		this.data = [];
		this.event = '';
		if (!data.length) return undefined;
		return { event, data: data.join('\n'), id: this.lastEventId };
	}
}

/** Waits between reconnection attempts: 1 s, 2 s, 4 s … up to 30 s; the first from the server's `retry:` when it sent one. */
export const RECONNECT = {
	firstDelayMs: 1_000,
	maxDelayMs: 30_000,
	/** Failed attempts in a row after which the trigger reports the failure instead of retrying on. */
	maxAttempts: 8,
};

/** The wait before reconnection attempt `attempt` (1 = the first retry after a drop). */
export function backoffDelay(attempt: number, firstDelayMs = RECONNECT.firstDelayMs, maxDelayMs = RECONNECT.maxDelayMs): number {
	const exponent = Math.max(0, Math.min(attempt - 1, 30));
	return Math.min(Math.max(firstDelayMs, 1) * 2 ** exponent, maxDelayMs);
}
