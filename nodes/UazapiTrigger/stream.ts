import type { IDataObject, ITriggerFunctions, ITriggerResponse } from 'n8n-workflow';
import { NodeOperationError, sleepWithAbort } from 'n8n-workflow';

import { storedCredentials } from '../Uazapi/shared/credentials';
import type { EventStream } from '../Uazapi/shared/transport';
import { openEventStream } from '../Uazapi/shared/transport';
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

const isWrongToken = (error: unknown) => (error as { httpCode?: string }).httpCode === '401';

/**
 * Keeps one connection to Uazapi's `GET /sse` while the workflow is active: every event goes through the
 * same selection, filters, duplicate guard and tidy item as a webhook delivery. The first connection is
 * made before this returns, so a wrong credential fails the activation. After a drop it reconnects with
 * backoff (1 s, 2 s … 30 s; the first wait is the server's `retry:` when it sent one), resuming with Last-Event-ID when the stream gave IDs; a 401, or
 * RECONNECT.maxAttempts failed attempts in a row, is reported with emitError (n8n then shows the workflow's
 * activation error and retries the activation itself). The close function ends the connection.
 */
export async function listenToStream(context: ITriggerFunctions): Promise<ITriggerResponse> {
	const credentials = await storedCredentials(context);
	const events = context.getNodeParameter('events', []) as string[];
	const excludeMessages = context.getNodeParameter('excludeMessages', []) as string[];
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
					const outcome = await eventOutput(context, payload, credentials);
					if ('output' in outcome) context.emit([[outcome.output]]);
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
				context.emitError(
					new NodeOperationError(context.getNode(), `Lost the Uazapi event stream: ${RECONNECT.maxAttempts} reconnection attempts failed`, {
						description: `Check that the Uazapi server is online and the "Server URL" of the credential.${reason}`,
					}),
				);
				break;
			}
			try {
				await sleepWithAbort(backoffDelay(attempt, parser.retryMs), closing.signal);
			} catch {
				break;
			}
			stream = undefined;
			try {
				stream = await open();
			} catch (error) {
				lastFailure = error;
			}
			if (!stream && isWrongToken(lastFailure) && !closing.signal.aborted) {
				context.emitError(lastFailure as Error);
				break;
			}
		}
	};

	const first = await open();
	void run(first);
	return {
		closeFunction: async () => {
			closing.abort();
			current?.destroy?.();
		},
	};
}
