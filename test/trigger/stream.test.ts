import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { UAZAPI_TOKEN } from '../doubles/uazapi';
import { useRig } from '../engine/rig';
import type { Listening } from '../engine/trigger-harness';
import { fixture, useTriggerHost } from './helpers';

const rig = useRig();
const host = useTriggerHost();

// Uazapi's stream may say how long to wait before reconnecting (`retry:`): milliseconds here, for speed.
beforeEach(() => {
	rig.uazapi.streamRetryMs = 10;
});

async function until(condition: () => boolean, what: string, ms = 9_000): Promise<void> {
	const end = Date.now() + ms;
	while (!condition()) {
		if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

let listening: Listening | undefined;
let manual: { stop: () => void } | undefined;
afterEach(async () => {
	await listening?.close();
	listening = undefined;
	manual?.stop();
	manual = undefined;
});

/** "Listen for test event" in stream mode; stopped after the test. */
async function listenManually(credentials: IDataObject = {}) {
	host.configure({ parameters: { events: ['messages'] }, credentials: rig.credentials('direct', credentials as ICredentialDataDecryptedObject), stream: true });
	const run = await host.runManually();
	manual = run;
	return run;
}

async function listen(parameters: IDataObject = {}, credentials: IDataObject = {}): Promise<Listening> {
	host.configure({ parameters, credentials: rig.credentials('direct', credentials as ICredentialDataDecryptedObject), stream: true });
	listening = await host.listen();
	await until(() => rig.uazapi.openStreams().length === 1, 'the stream to open');
	return listening;
}

/** The fixture as Uazapi streams it (the same JSON as the webhook, with the token). */
const event = (name: string) => fixture(name);

describe('Uazapi Trigger, Receive Events By: Event Stream', () => {
	test('n8n registers no webhook in stream mode (the webhook method is empty), and POST in webhook mode', async () => {
		host.configure({ parameters: { events: ['messages'] }, credentials: rig.credentials('direct'), stream: true });
		expect(await host.webhookMethodsToRegister()).toEqual([]);
		host.configure({ parameters: { events: ['messages'], receiveBy: 'webhook' }, credentials: rig.credentials('direct') });
		expect(await host.webhookMethodsToRegister()).toEqual(['POST']);
		// Workflows saved before the option existed have no receiveBy: webhook.
		host.configure({ parameters: { events: ['messages'] }, credentials: rig.credentials('direct') });
		expect(await host.webhookMethodsToRegister()).toEqual(['POST']);
	});

	test('in webhook mode, activation runs trigger() too: it opens nothing and has nothing to close', async () => {
		host.configure({ parameters: { events: ['messages'] }, credentials: rig.credentials('direct') });
		const run = await host.listen();
		expect(rig.uazapi.requests).toEqual([]);
		expect(rig.uazapi.streams).toEqual([]);
		await run.close();
		expect(run.emitted).toEqual([]);
		expect(run.errors).toEqual([]);
	});

	test('opens GET /sse with the token and the events in the query, and events arrive as tidy items', async () => {
		const run = await listen({ events: ['messages', 'connection'], excludeMessages: ['wasSentByApi'] });
		const [stream] = rig.uazapi.openStreams();
		expect(stream.request.query).toEqual({ token: UAZAPI_TOKEN, events: 'messages,connection', excludeMessages: 'wasSentByApi' });
		expect(stream.request.headers.accept).toBe('text/event-stream');

		rig.uazapi.streamRaw(': keep-alive\n\n');
		rig.uazapi.streamEvent(event('text-lid'), { id: '1' });
		rig.uazapi.streamEvent(event('connection'), { id: '2' });
		await until(() => run.emitted.length === 2, 'two items');

		expect(run.emitted[0]).toHaveLength(1);
		expect(run.emitted[0][0].json).toMatchObject({ event: 'messages', messageid: 'AC98212CD4909DE6799E78D93A824A3F', senderNumber: '5521987654321' });
		expect(run.emitted[1][0].json).toMatchObject({ event: 'connection', connectionStatus: 'disconnected' });
		expect(JSON.stringify(run.emitted)).not.toContain(UAZAPI_TOKEN);
		expect(run.errors).toEqual([]);
	});

	test('the same selection and filters as the webhook trigger; a repeated event starts nothing', async () => {
		const run = await listen({ events: ['messages'], messageFilters: { chats: 'groups' } });
		rig.uazapi.streamEvent(event('connection'));
		rig.uazapi.streamEvent(event('text-lid'));
		rig.uazapi.streamEvent(event('group-text'));
		rig.uazapi.streamEvent(event('group-text'));
		rig.uazapi.streamEvent(event('group-text'));
		rig.uazapi.streamRaw('data: not json\n\n');
		await until(() => run.emitted.length >= 1, 'an item');
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(run.emitted.map((items) => items[0].json.event)).toEqual(['messages']);
		expect(run.emitted[0][0].json.isGroup).toBe(true);
	});

	test('an event split across chunks, with CRLF line endings and several data lines, is read whole', async () => {
		const run = await listen({ events: ['messages'] });
		const json = JSON.stringify(event('text-lid'));
		const half = Math.floor(json.length / 2);
		rig.uazapi.streamRaw(`id: 7\r\ndata: ${json.slice(0, half)}`);
		await new Promise((resolve) => setTimeout(resolve, 30));
		rig.uazapi.streamRaw(`${json.slice(half)}\r\n\r\n`);
		await until(() => run.emitted.length === 1, 'the item');
		expect(run.emitted[0][0].json.messageid).toBe('AC98212CD4909DE6799E78D93A824A3F');
	});

	test('a dropped stream reconnects, resumes with Last-Event-ID, and a replayed event is not emitted twice', async () => {
		const run = await listen({ events: ['messages'] });
		rig.uazapi.streamEvent(event('text-lid'), { id: '41' });
		await until(() => run.emitted.length === 1, 'the first item');

		rig.uazapi.dropStreams();
		await until(() => rig.uazapi.openStreams().length === 1, 'the reconnection');
		expect(rig.uazapi.streams).toHaveLength(2);
		expect(rig.uazapi.streams[1].request.headers['last-event-id']).toBe('41');

		rig.uazapi.streamEvent(event('text-lid'), { id: '41' });
		rig.uazapi.streamEvent(event('image'), { id: '42' });
		await until(() => run.emitted.length === 2, 'the next item');
		expect(run.emitted[1][0].json.mediaKind).toBe('image');
		expect(run.errors).toEqual([]);
	});

	test('"Listen for test event" (a manual run in n8n\'s engine) outputs the first event, then closes the stream', async () => {
		const run = await listenManually();
		await until(() => rig.uazapi.openStreams().length === 1, 'the stream to open');
		const [stream] = rig.uazapi.openStreams();
		expect(stream.request.query).toEqual({ token: UAZAPI_TOKEN, events: 'messages', excludeMessages: 'wasSentByApi' });
		rig.uazapi.streamEvent(event('connection'));
		rig.uazapi.streamEvent(event('text-lid'), { id: '5' });
		const items = await run.items;
		expect(items).toHaveLength(1);
		const { raw: _raw, ...tidy } = items[0].json;
		expect(tidy).toMatchObject({ event: 'messages', messageid: 'AC98212CD4909DE6799E78D93A824A3F', senderNumber: '5521987654321' });
		expect(JSON.stringify(items)).not.toContain(UAZAPI_TOKEN);
		await until(() => !stream.open, 'the connection to close');
		expect(rig.uazapi.streams).toHaveLength(1);
	});

	test('stopping "Listen for test event" ends the run and closes the stream', async () => {
		const run = await listenManually();
		await until(() => rig.uazapi.openStreams().length === 1, 'the stream to open');
		const [stream] = rig.uazapi.openStreams();
		run.stop();
		await expect(run.items).rejects.toThrow('Stopped listening for a test event');
		await until(() => !stream.open, 'the connection to close');
		expect(rig.uazapi.streams).toHaveLength(1);
	});

	test('"Listen for test event" with a wrong token fails the run, naming the token', async () => {
		const run = await listenManually({ apiToken: 'wrong-token-1234567890' });
		const failure = (await run.items.then(
			() => undefined,
			(error: Error) => error,
		)) as (Error & { description?: string }) | undefined;
		expect(failure).toBeDefined();
		expect(`${failure!.message} ${failure!.description}`).toMatch(/token/i);
		expect(`${failure!.message} ${failure!.description}`).not.toContain('wrong-token-1234567890');
		expect(rig.uazapi.openStreams()).toEqual([]);
	});

	test('deactivation (the close function) ends the connection and nothing reconnects', async () => {
		const run = await listen({ events: ['messages'] });
		const [stream] = rig.uazapi.openStreams();
		await run.close();
		await until(() => !stream.open, 'the connection to close');
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(rig.uazapi.streams).toHaveLength(1);
		expect(run.errors).toEqual([]);
		listening = undefined;
	});

	test('a wrong token fails the activation, naming the token, without the token in the message', async () => {
		host.configure({ parameters: { events: ['messages'] }, credentials: rig.credentials('direct', { apiToken: 'wrong-token-1234567890' }), stream: true });
		const failure = (await host.listen().then(
			() => undefined,
			(error: Error) => error,
		)) as (Error & { description?: string }) | undefined;
		expect(failure).toBeDefined();
		expect(`${failure!.message} ${failure!.description}`).toMatch(/token/i);
		expect(`${failure!.message} ${failure!.description}`).not.toContain('wrong-token-1234567890');
		expect(rig.uazapi.openStreams()).toEqual([]);
	});

	test('a token that stops working while listening is reported with emitError, and the trigger stops', async () => {
		const run = await listen({ events: ['messages'] });
		rig.uazapi.reply('GET /sse', { status: 401, body: { error: 'Invalid token' } });
		rig.uazapi.dropStreams();
		await until(() => run.errors.length === 1, 'the error');
		expect(`${run.errors[0].message} ${(run.errors[0] as Error & { description?: string }).description}`).toMatch(/token/i);
		const attempts = rig.uazapi.requests.length;
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(rig.uazapi.requests).toHaveLength(attempts);
	});

	test('a server that stays gone is reported after the last reconnection attempt', async () => {
		jest.setTimeout(15_000);
		const run = await listen({ events: ['messages'] });
		rig.uazapi.reply('GET /sse', { status: 503, body: { error: 'down for maintenance' } });
		rig.uazapi.dropStreams();
		await until(() => run.errors.length === 1, 'the error');
		expect(run.errors[0].message).toMatch(/Lost the Uazapi event stream: 8 reconnection attempts failed/);
		expect(run.errors[0]).toMatchObject({ description: expect.stringContaining('down for maintenance') });
	});

	test('a connection that works starts the backoff over: failures between working connections are not a lasting failure', async () => {
		const run = await listen({ events: ['messages'] });
		const attempts = () => rig.uazapi.requests.filter((request) => request.path === '/sse').length;
		for (const round of [1, 2]) {
			// 5 failed attempts in a row (the limit is 8), then a connection that works again.
			const before = attempts();
			rig.uazapi.reply('GET /sse', { status: 503, body: { error: 'restarting' } });
			rig.uazapi.dropStreams();
			await until(() => attempts() >= before + 5, `round ${round}: 5 failed attempts`);
			rig.uazapi.unreply('GET /sse');
			await until(() => rig.uazapi.openStreams().length === 1, `round ${round}: the reconnection`);
		}
		rig.uazapi.streamEvent(event('text-lid'), { id: '1' });
		await until(() => run.emitted.length === 1, 'the item');
		expect(run.errors).toEqual([]);
	});

	test('the n8n Tools proxy is refused, naming the credential\'s Connection field', async () => {
		host.configure({ parameters: { events: ['messages'] }, credentials: rig.credentials('proxy'), stream: true });
		await expect(host.listen()).rejects.toThrow(/Direct connection.*proxy cannot carry a stream/);
		await expect(host.listen()).rejects.toMatchObject({ description: expect.stringContaining('"Connection"') });
		expect(rig.proxy.requests).toEqual([]);
		expect(rig.uazapi.streams).toEqual([]);
	});
});
