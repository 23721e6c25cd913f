import type { IDataObject, IExecuteFunctions, INodeExecutionData, ITriggerFunctions } from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';

import { storedCredentials } from '../Uazapi/shared/credentials';
import { activationError } from '../Uazapi/shared/errors';
import type { EventStream } from '../Uazapi/shared/transport';
import { openEventStream } from '../Uazapi/shared/transport';
import type { EventSettings } from './pipeline';
import { eventOutput } from './pipeline';
import { backoffDelay, RECONNECT, SseParser } from './sse';

/** The Uazapi event of one stream event: the same flat JSON a webhook delivers, or nothing. */
function payloadOf(data: string, name: string): IDataObject | undefined {
	let parsed: unknown;
	try {
		parsed = JSON.parse(data);
	} catch {
		return undefined;
	}
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
	const payload = parsed as IDataObject;
	// Named SSE events may leave the type out of the data.
	if (payload.EventType === undefined && name !== 'message') payload.EventType = name;
	return payload;
}

/**
 * Waits `ms`, or less when `signal` aborts (then false). Built on n8n-workflow's `sleep`, which every n8n has:
 * its `sleepWithAbort` is gone from n8n 2.41. The abort listener goes with each wait (the signal lives as long as
 * the workflow is active).
 */
async function pause(ms: number, signal: AbortSignal): Promise<boolean> {
	if (signal.aborted) return false;
	let stop = () => {};
	const aborted = new Promise<void>((resolve) => {
		stop = resolve;
		signal.addEventListener('abort', stop, { once: true });
	});
	try {
		await Promise.race([sleep(ms), aborted]);
	} finally {
		signal.removeEventListener('abort', stop);
	}
	return !signal.aborted;
}

const isWrongToken = (error: unknown) => (error as { httpCode?: string }).httpCode === '401';

/** Where the stream's events go: n8n's emit while the workflow is active, or the manual run waiting for one. */
export interface EventSink {
	emit(item: INodeExecutionData): void;
	fail(error: Error): void;
}

/**
 * Keeps one connection to Uazapi's `GET /sse` until the returned close function is called: every event goes
 * through the same selection, filters, duplicate guard and tidy item as a webhook delivery. The first
 * connection is made before this returns, so a wrong credential fails the activation. After a drop it
 * reconnects with backoff (1 s, 2 s … 30 s; the first wait is the server's `retry:` when it sent one),
 * resuming with Last-Event-ID when the stream gave IDs; a 401, or RECONNECT.maxAttempts failed attempts in a
 * row, goes to `sink.fail` (n8n's emitError: it shows the workflow's activation error and retries the
 * activation itself).
 */
export async function listenToStream(
	context: ITriggerFunctions | IExecuteFunctions,
	settings: EventSettings,
	sink: EventSink,
): Promise<() => Promise<void>> {
	const credentials = await storedCredentials(context);
	const { events, excludeMessages } = settings;
	if (!events.length) throw new NodeOperationError(context.getNode(), 'Choose at least one event in "Events"');
	const qs: IDataObject = { events: events.join(',') };
	if (excludeMessages.length) qs.excludeMessages = excludeMessages.join(',');

	const closing = new AbortController();
	const parser = new SseParser();
	let current: EventStream | undefined;
	const open = async () =>
		await openEventStream(context, { method: 'GET', path: '/sse', qs, lastEventId: parser.lastEventId, signal: closing.signal });

	/** Reads one connection until it ends; true when it carried anything (then the backoff starts over). */
	const consume = async (stream: EventStream): Promise<boolean> => {
		current = stream;
		parser.reset();
		const decoder = new TextDecoder();
		try {
			for await (const chunk of stream) {
				if (closing.signal.aborted) break;
				const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
				for (const event of parser.push(text)) {
					const payload = payloadOf(event.data, event.event);
					if (!payload) continue;
					const outcome = await eventOutput(context, payload, credentials, settings);
					if ('output' in outcome) sink.emit(outcome.output);
				}
			}
		} catch {
			// a dropped connection (or the close function) ends the read; the loop decides what next
		}
		stream.destroy?.();
		return parser.sawAnything;
	};

	const run = async (first: EventStream) => {
		let stream: EventStream | undefined = first;
		let attempt = 0;
		let lastFailure: unknown;
		while (!closing.signal.aborted) {
			if (stream && (await consume(stream))) attempt = 0;
			if (closing.signal.aborted) break;
			attempt++;
			if (attempt > RECONNECT.maxAttempts) {
				const last = lastFailure as { message?: string; description?: string } | undefined;
				const reason = last?.message ? ` Last error: ${[last.message, last.description].filter(Boolean).join('. ')}` : '';
				sink.fail(
					activationError(context.getNode(), {
						message: `Lost the Uazapi event stream: ${RECONNECT.maxAttempts} reconnection attempts failed`,
						description: `Check that the Uazapi server is online and the "Server URL" of the credential.${reason}`,
					}),
				);
				break;
			}
			if (!(await pause(backoffDelay(attempt, parser.retryMs), closing.signal))) break;
			stream = undefined;
			try {
				stream = await open();
			} catch (error) {
				lastFailure = error;
			}
			if (!stream && isWrongToken(lastFailure) && !closing.signal.aborted) {
				sink.fail(activationError(context.getNode(), lastFailure));
				break;
			}
		}
	};

	let first: EventStream | undefined;
	let failure: unknown;
	try {
		first = await open();
	} catch (error) {
		failure = error;
	}
	if (!first) throw activationError(context.getNode(), failure);
	void run(first);
	return async () => {
		closing.abort();
		current?.destroy?.();
	};
}

/**
 * A manual run in stream mode ("Listen for test event"): listens until the first event that starts the
 * workflow, returns it and closes the connection. Stopping the run stops the wait.
 */
export async function firstStreamEvent(context: IExecuteFunctions, settings: EventSettings): Promise<INodeExecutionData> {
	let settle: EventSink | undefined;
	const first = new Promise<INodeExecutionData>((resolve, reject) => {
		settle = { emit: resolve, fail: reject };
	});
	const close = await listenToStream(context, settings, { emit: (item) => settle!.emit(item), fail: (error) => settle!.fail(error) });
	const cancel = context.getExecutionCancelSignal();
	const stop = () => settle!.fail(new NodeOperationError(context.getNode(), 'Stopped listening for a test event'));
	if (cancel?.aborted) stop();
	cancel?.addEventListener('abort', stop, { once: true });
	try {
		return await first;
	} finally {
		cancel?.removeEventListener('abort', stop);
		await close();
	}
}
