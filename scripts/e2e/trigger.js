'use strict';
// The Uazapi Trigger in a running n8n (`n8n start`): activation registers a webhook on Uazapi, a delivery
// with the instance token starts an execution, a wrong token gets 401 and none, deactivation deletes
// exactly that webhook. Runs only when the package ships a node whose file name ends with Trigger.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const n8n = require('./n8n-cli');
const { doubles, TRIGGER_TYPE } = require('./paths');

const { UAZAPI_TOKEN } = require(`${doubles}/uazapi`);

/** Whether the installed package (its folder) lists a trigger node in package.json `n8n.nodes`. */
function packageHasTrigger(packageDir) {
	const manifest = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
	return (manifest.n8n?.nodes ?? []).some((file) => /Trigger\.node\.js$/.test(path.basename(file)));
}

function triggerWorkflow(mode, credential, { id = `e2eTrigger${mode}`, webhookNumber = mode === 'proxy' ? 1 : 2 } = {}) {
	return {
		id,
		name: `Uazapi e2e trigger (${mode})`,
		active: false,
		settings: { executionOrder: 'v1' },
		// The README's example: the trigger starts the workflow, the action node replies in the same chat.
		connections: { 'Uazapi Trigger': { main: [[{ node: 'Reply', type: 'main', index: 0 }]] } },
		nodes: [
			{
				id: 't1',
				name: 'Uazapi Trigger',
				type: TRIGGER_TYPE,
				typeVersion: 1,
				position: [0, 0],
				webhookId: `5e2e0000-0000-4000-8000-00000000000${webhookNumber}`,
				parameters: { events: ['messages'] },
				credentials: { uazapiApi: credential },
			},
			{
				id: 't2',
				name: 'Reply',
				type: 'n8n-nodes-n8ntools-uazapi.n8nToolsUazapi',
				typeVersion: 1,
				position: [240, 0],
				parameters: {
					resource: 'message',
					operation: 'sendText',
					phoneNumber: '={{ $json.chatId }}',
					messageText: '=Hi {{ $json.senderName }}, you wrote: {{ $json.text }}',
				},
				credentials: { uazapiApi: credential },
			},
		],
	};
}

/** The Uazapi Trigger alone, receiving events by Event Stream (GET /sse; the credential must be direct). */
function streamWorkflow(credential, { id = 'e2eTriggerStream', webhookNumber = 4 } = {}) {
	return {
		id,
		name: `Uazapi e2e stream trigger (${credential.name})`,
		active: false,
		settings: { executionOrder: 'v1' },
		connections: {},
		nodes: [
			{
				id: 's1',
				name: 'Uazapi Trigger',
				type: TRIGGER_TYPE,
				typeVersion: 1,
				position: [0, 0],
				webhookId: `5e2e0000-0000-4000-8000-00000000000${webhookNumber}`,
				parameters: { receiveBy: 'stream', events: ['messages'] },
				credentials: { uazapiApi: credential },
			},
		],
	};
}

/** A message delivery as Uazapi sends it, carrying `token`; `n` makes the nth different message (ID and text). */
function delivery(token, n) {
	const messageid = n === undefined ? 'AC98E2E' : `AC98E2E${n}`;
	const text = n === undefined ? 'Oi' : `Oi ${n}`;
	return {
		EventType: 'messages',
		BaseUrl: 'https://example.uazapi.com',
		instanceName: 'my-instance',
		owner: '5511988887777',
		token,
		chatSource: 'updated',
		chat: { wa_chatid: '5511977776666@s.whatsapp.net', name: 'Maria', wa_isGroup: false, wa_unreadCount: 1 },
		message: {
			id: `5511988887777:${messageid}`,
			messageid,
			chatid: '5511977776666@s.whatsapp.net',
			sender: '5511977776666@s.whatsapp.net',
			senderName: 'Maria',
			fromMe: false,
			isGroup: false,
			type: 'text',
			messageType: 'ExtendedTextMessage',
			text,
			messageTimestamp: 1770146178000,
			wasSentByApi: false,
		},
	};
}

/** The message of `delivery()`, with another ID and text: a second, distinct event. */
function another(token, id, text) {
	const base = delivery(token);
	return { ...base, message: { ...base.message, id: `5511988887777:${id}`, messageid: id, text } };
}

/** The trigger's tidy item for a `delivery()`-shaped payload (and its raw message). */
function checkItem(item, payload) {
	const { raw, ...tidy } = item.json;
	assert.deepEqual(tidy, tidyItemOf(payload.message), 'the tidy trigger item');
	assert.deepEqual(raw.message, payload.message, 'the raw payload in the trigger item');
}

async function post(url, body) {
	const res = await fetch(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body),
		signal: AbortSignal.timeout(15_000),
	});
	return { status: res.status, text: await res.text() };
}

/** Polls the executions of a workflow until there are `count` finished ones (or the time is up). */
async function waitForExecutions(server, workflowId, count, timeoutMs = 15_000) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const executions = await n8n.listExecutions(server, workflowId);
		const done = executions.filter((e) => e.status !== 'running' && e.status !== 'new');
		if (done.length >= count || Date.now() > deadline) return done;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

const webhookPosts = (uazapi, from) =>
	uazapi.requests.slice(from).filter((r) => r.method === 'POST' && r.path === '/webhook').map((r) => r.body);

/**
 * Polls until `read()` returns a non-empty list (or the time is up), then waits `settleMs` more so a second
 * request would be seen too. n8n 2.41 queues activation (publish): the REST call returns before the trigger's
 * webhookMethods.create (or delete) has run, so the requests reach Uazapi a moment later; 2.8.4 sends them in the call.
 */
async function waitForRequests(read, { timeoutMs = 60_000, settleMs = 500 } = {}) {
	const deadline = Date.now() + timeoutMs;
	while (read().length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
	await new Promise((resolve) => setTimeout(resolve, settleMs));
	return read();
}

/** Another webhook of the instance, which deactivation must leave alone. */
const OTHER_WEBHOOK = { id: 'wh-not-ours', enabled: true, url: 'https://example.com/other', events: ['chats'], excludeMessages: [], addUrlEvents: false, addUrlTypesMessages: false };

/**
 * Activates the trigger's workflow through `server` (n8n main) and checks that exactly one webhook was registered at
 * the double, pointing at `webhookBase`/webhook/ (the n8n that receives webhooks). Returns { url, id } of it.
 */
async function activateTrigger({ server, uazapi, workflowId, webhookBase = server.url }) {
	uazapi.state.webhooks = [{ ...OTHER_WEBHOOK }];
	const from = uazapi.requests.length;
	await n8n.activateWorkflowLive(server, workflowId);
	const registrations = await waitForRequests(() => webhookPosts(uazapi, from));
	assert.equal(registrations.length, 1, `activation sent ${registrations.length} POST /webhook: ${JSON.stringify(registrations)}`);
	const registration = registrations[0];
	assert.deepEqual(Object.keys(registration).sort(), ['action', 'enabled', 'events', 'excludeMessages', 'url'], 'registration fields');
	assert.equal(registration.action, 'add');
	assert.deepEqual(registration.events, ['messages']);
	assert.equal(registration.enabled, true);
	assert.ok(Array.isArray(registration.excludeMessages), 'excludeMessages is a list');
	assert.ok(registration.url.startsWith(`${webhookBase}/webhook/`), `registered URL ${registration.url} is not under ${webhookBase}/webhook/`);
	const registered = uazapi.state.webhooks.filter((w) => w.url === registration.url);
	assert.equal(registered.length, 1, `the double has ${registered.length} webhooks with the registered URL`);
	return { url: registration.url, id: registered[0].id };
}

/** The tidy item the trigger makes of a `delivery()`-shaped message (the same sender, chat and time). */
function tidyItemOf(message) {
	return {
		event: 'messages',
		messageid: message.messageid,
		id: message.id,
		chatId: '5511977776666@s.whatsapp.net',
		senderNumber: '5511977776666',
		senderName: 'Maria',
		fromMe: false,
		isGroup: false,
		groupName: '',
		text: message.text,
		messageKind: 'text',
		mediaKind: '',
		quotedMessageId: '',
		choiceId: '',
		choiceText: '',
		pollVote: '',
		targetMessageId: '',
		timestamp: '2026-02-03T19:16:18.000Z',
	};
}

/** The tidy item the trigger makes of delivery(token, n). */
function expectedItem(n) {
	return tidyItemOf(delivery(UAZAPI_TOKEN, n).message);
}

/**
 * Posts one delivery per `numbers` entry (delivery(token, n)) to the registered URL, one after the other, and
 * checks: each accepted, one successful execution per delivery (read through `server`), each with the trigger's
 * tidy item and no token, and the Reply node's sends at the double in delivery order. `before`: executions of the
 * workflow already there. Returns the new executions, oldest first.
 */
async function checkDeliveries({ server, uazapi, workflowId, url, numbers = [undefined], before = 0, timeoutMs = 60_000 }) {
	const from = uazapi.requests.length;
	for (const n of numbers) {
		const accepted = await post(url, delivery(UAZAPI_TOKEN, n));
		assert.equal(accepted.status, 200, `delivery with the right token: ${accepted.status} ${accepted.text}`);
	}
	const all = await waitForExecutions(server, workflowId, before + numbers.length, timeoutMs);
	assert.equal(all.length, before + numbers.length, `executions after ${numbers.length} deliveries: ${all.length - before} new`);
	const executions = all.slice(0, numbers.length).reverse();
	const texts = [];
	for (const execution of executions) {
		assert.equal(execution.status, 'success', `execution ${execution.id} status ${execution.status}`);
		const { data } = await n8n.getExecution(server, execution.id);
		const items = data.resultData.runData['Uazapi Trigger'][0].data.main[0];
		assert.equal(items.length, 1, `trigger output items: ${items.length}`);
		const { raw, ...tidy } = items[0].json;
		const n = numbers.find((number) => expectedItem(number).messageid === tidy.messageid);
		assert.deepEqual(tidy, expectedItem(n), 'the tidy trigger item');
		assert.deepEqual(raw.message, delivery(UAZAPI_TOKEN, n).message, 'the raw payload in the trigger item');
		assert.ok(!JSON.stringify(data).includes(UAZAPI_TOKEN), 'the instance token appears in the execution data');
		texts.push(tidy.text);
	}
	assert.deepEqual(
		[...texts].sort(),
		numbers.map((n) => expectedItem(n).text).sort(),
		'one execution per delivery',
	);
	const replies = uazapi.requests.slice(from).filter((r) => r.path === '/send/text').map((r) => r.body);
	assert.deepEqual(
		replies.sort((a, b) => a.text.localeCompare(b.text)),
		numbers.map((n) => ({ number: '5511977776666@s.whatsapp.net', text: `Hi Maria, you wrote: ${expectedItem(n).text}` })).sort((a, b) => a.text.localeCompare(b.text)),
		'the replies sent by the action node',
	);
	return executions;
}

/** A delivery with a wrong token is refused (401) and starts no execution (`before`: executions there already). */
async function checkForgedDelivery({ server, workflowId, url, before }) {
	const refused = await post(url, delivery('forged-token'));
	assert.equal(refused.status, 401, `delivery with a wrong token: ${refused.status} ${refused.text}`);
	await new Promise((resolve) => setTimeout(resolve, 1000));
	const after = await n8n.listExecutions(server, workflowId);
	assert.equal(after.length, before, `executions after a forged delivery: ${after.length}, expected ${before}`);
}

/** Deactivation deletes exactly the trigger's webhook ({ url, id } from activateTrigger) and leaves the other one. */
async function deactivateTrigger({ server, uazapi, workflowId, registered }) {
	const from = uazapi.requests.length;
	await n8n.deactivateWorkflowLive(server, workflowId);
	assert.deepEqual(await waitForRequests(() => webhookPosts(uazapi, from)), [{ action: 'delete', id: registered.id, url: registered.url }], 'deactivation');
	assert.deepEqual(uazapi.state.webhooks, [OTHER_WEBHOOK], 'webhooks left on the instance');
}

async function checkTrigger({ server, uazapi, workflowId }) {
	const registered = await activateTrigger({ server, uazapi, workflowId });
	await checkDeliveries({ server, uazapi, workflowId, url: registered.url });
	await checkForgedDelivery({ server, workflowId, url: registered.url, before: 1 });
	await deactivateTrigger({ server, uazapi, workflowId, registered });
}

/**
 * Activation with a wrong instance token fails, and the error names what to fix. Where the error shows depends on
 * n8n: 2.8.4 fails the activate call itself; 2.41 queues the activation and keeps only the error's short `message`
 * in the publication status (the editor shows that), so the actionable hint must be in the message.
 */
async function checkActivationError({ server, uazapi, workflowId }) {
	let message;
	try {
		await n8n.activateWorkflowLive(server, workflowId);
	} catch (error) {
		message = error.message; // 2.8.4: "POST /rest/workflows/<id>/activate: 400 {...message...}"
	}
	if (message === undefined) {
		// The publication queue is polled: about 17 s here on a loaded machine.
		const deadline = Date.now() + 60_000;
		for (;;) {
			const status = await n8n.publicationStatus(server, workflowId);
			if (status.status === 'failed' || status.status === 'partial') {
				message = status.triggers.map((t) => t.errorMessage).filter(Boolean).join('; ');
				break;
			}
			assert.notEqual(status.status, 'published', 'a trigger with a wrong instance token was activated');
			assert.ok(Date.now() < deadline, `publication still ${status.status} after 60 s`);
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
	}
	assert.match(message, /instance token/i, `the activation error does not say to check the instance token: ${message}`);
	assert.ok(!message.includes('wrong-token'), 'the activation error shows the token');
	assert.deepEqual(uazapi.state.webhooks, [], 'a webhook was registered');
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `read` (sync or async) until it returns something truthy, and returns that; fails after `timeoutMs`. */
async function until(read, what, timeoutMs = 60_000) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await read();
		if (value) return value;
		assert.ok(Date.now() < deadline, `timed out after ${timeoutMs / 1000} s waiting for ${what}`);
		await sleep(100);
	}
}

/** The finished executions of a workflow, oldest first, once there are `count` (and no more running). */
async function finishedExecutions(server, workflowId, count) {
	const all = await until(async () => {
		const executions = await n8n.listExecutions(server, workflowId);
		const running = executions.some((e) => e.status === 'running' || e.status === 'new');
		return executions.length >= count && !running && executions;
	}, `${count} finished execution(s)`);
	return [...all].sort((a, b) => Number(a.id) - Number(b.id));
}

/** The trigger's output items in one execution, and the whole execution data. */
async function triggerOutput(server, executionId) {
	const { data, mode, status } = await n8n.getExecution(server, executionId);
	const items = data.resultData.runData['Uazapi Trigger']?.[0]?.data?.main?.[0] ?? [];
	return { items, data, mode, status };
}

const streamRequests = (uazapi) => uazapi.requests.filter((r) => r.method === 'GET' && r.path === '/sse');

/**
 * Receive Events By: Event Stream, in a running n8n. Activation opens GET /sse (token and events in the query)
 * and registers no webhook; events become executions with the tidy item; a repeated event starts none; a dropped
 * connection reconnects with Last-Event-ID and a replayed event is not repeated; deactivation closes the
 * connection and nothing reconnects. Returns figures for the report.
 */
async function checkStream({ server, uazapi, workflowId }) {
	// Uazapi's `retry:` (the first reconnection wait) on connecting: 200 ms here, so the run stays short.
	uazapi.streamRetryMs = 200;
	const figures = {};
	let t0 = Date.now();
	await n8n.activateWorkflowLive(server, workflowId);
	const [stream] = await until(() => uazapi.openStreams().length === 1 && uazapi.openStreams(), 'the event stream to open');
	figures.activationToStreamMs = Date.now() - t0;
	assert.deepEqual(stream.request.query, { token: UAZAPI_TOKEN, events: 'messages', excludeMessages: 'wasSentByApi' }, 'GET /sse query');
	assert.equal(stream.request.headers.accept, 'text/event-stream');
	assert.equal(stream.request.headers['last-event-id'], undefined, 'a first connection has no Last-Event-ID');
	assert.deepEqual(webhookPosts(uazapi, 0), [], 'stream mode registered a webhook on Uazapi');

	const first = delivery(UAZAPI_TOKEN);
	const second = another(UAZAPI_TOKEN, 'AC98E2F', 'Tudo bem?');
	uazapi.streamRaw(': keep-alive\n\n');
	uazapi.streamEvent(first, { id: '1' });
	uazapi.streamEvent(first, { id: '2' }); // the same event again: starts nothing
	uazapi.streamEvent(second, { id: '3' });
	let executions = await finishedExecutions(server, workflowId, 2);
	const outputs = [];
	for (const execution of executions) outputs.push(await triggerOutput(server, execution.id));
	assert.equal(executions.length, 2, `executions after 3 events, one of them repeated: ${executions.length}`);
	outputs.forEach(({ items, mode, status }, index) => {
		assert.equal(status, 'success', `execution ${index + 1} status`);
		assert.equal(mode, 'trigger', `execution ${index + 1} mode`);
		assert.equal(items.length, 1, `execution ${index + 1} items`);
		assert.ok(!JSON.stringify(outputs[index].data).includes(UAZAPI_TOKEN), 'the instance token appears in the execution data');
	});
	// Two executions started moments apart: n8n 2.41 may number them in either order.
	outputs.sort((a, b) => String(a.items[0]?.json.messageid).localeCompare(String(b.items[0]?.json.messageid)));
	checkItem(outputs[0].items[0], first);
	checkItem(outputs[1].items[0], second);

	t0 = Date.now();
	uazapi.dropStreams();
	const [resumed] = await until(() => uazapi.openStreams().length === 1 && uazapi.openStreams(), 'the reconnection');
	figures.reconnectMs = Date.now() - t0;
	assert.equal(uazapi.streams.length, 2, 'connections after one drop');
	assert.equal(resumed.request.headers['last-event-id'], '3', 'the reconnection resumes from the last event ID');
	const third = another(UAZAPI_TOKEN, 'AC98E30', 'Até logo');
	uazapi.streamEvent(second, { id: '3' }); // replayed by the server after the resume: not repeated
	uazapi.streamEvent(third, { id: '4' });
	executions = await finishedExecutions(server, workflowId, 3);
	assert.equal(executions.length, 3, `executions after the reconnection: ${executions.length}`);
	checkItem((await triggerOutput(server, executions[2].id)).items[0], third);

	t0 = Date.now();
	await n8n.deactivateWorkflowLive(server, workflowId);
	await until(() => !resumed.open, 'the connection to close on deactivation');
	figures.deactivationToCloseMs = Date.now() - t0;
	await sleep(1500);
	assert.equal(uazapi.streams.length, 2, 'something reconnected after deactivation');
	assert.equal((await n8n.listExecutions(server, workflowId)).length, 3, 'executions at the end');
	return figures;
}

/**
 * A token that stops working while the workflow is active: the trigger reports it (emitError) instead of retrying
 * silently; n8n keeps it as the workflow's activation error (what the editor shows) and retries the activation
 * itself, which fails with the same error (on 2.41 attempts queued before the deactivation may still run after it). Returns the error n8n shows.
 */
async function checkStreamTokenRevoked({ server, uazapi, workflowId }) {
	uazapi.streamRetryMs = 200;
	await n8n.activateWorkflowLive(server, workflowId);
	await until(() => uazapi.openStreams().length === 1, 'the event stream to open');
	uazapi.reply('GET /sse', { status: 401, body: { error: 'Invalid token' } });
	uazapi.dropStreams();
	const message = await until(() => n8n.activationError(server, workflowId), 'n8n to show the activation error');
	assert.match(message, /refused the instance token/i, `the error n8n shows: ${message}`);
	assert.match(message, /"Instance Token"/, `the error n8n shows does not name the field: ${message}`);
	assert.ok(!message.includes(UAZAPI_TOKEN), 'the error shows the token');
	const attemptsWhenShown = streamRequests(uazapi).length;
	await n8n.deactivateWorkflowLive(server, workflowId);
	// Deactivation clears the error; 2.41 applies it a moment after the call returns.
	await until(async () => (await n8n.activationError(server, workflowId)) === null, 'the activation error to be cleared on deactivation');
	// n8n 2.41 may go on with reactivation attempts it had queued before the deactivation (each doubling its wait;
	// seen: one more attempt 3-6 s later). Each fails on the token and leaves nothing open; they are counted, not
	// forbidden.
	await sleep(5000);
	const afterDeactivation = streamRequests(uazapi).length;
	assert.equal(uazapi.openStreams().length, 0, 'a connection is still open');
	return { message, attempts: afterDeactivation, attemptsWhenShown };
}

/** Activation in stream mode with a wrong token fails, naming the field; nothing stays open. */
async function checkStreamActivationError({ server, uazapi, workflowId }) {
	let message;
	try {
		await n8n.activateWorkflowLive(server, workflowId);
	} catch (error) {
		message = error.message; // 2.8.4: the activate call fails
	}
	if (message === undefined) {
		// 2.41: activation is queued; the publication status keeps the error's message.
		message = await until(async () => {
			const status = await n8n.publicationStatus(server, workflowId);
			assert.notEqual(status.status, 'published', 'a stream trigger with a wrong instance token was activated');
			return ['failed', 'partial'].includes(status.status) && status.triggers.map((t) => t.errorMessage).filter(Boolean).join('; ');
		}, 'the publication to fail');
	}
	assert.match(message, /refused the instance token/i, `the activation error: ${message}`);
	assert.match(message, /Instance Token/, `the activation error does not name the field: ${message}`);
	assert.ok(!message.includes('wrong-token'), 'the activation error shows the token');
	assert.equal(uazapi.openStreams().length, 0, 'a connection is open');
}

/**
 * "Listen for test event" in stream mode: n8n registers no test webhook and starts a manual run at once; the
 * trigger listens, the first event is the run's output, then the connection closes.
 */
async function checkManualStream({ server, uazapi, workflowId }) {
	uazapi.streamRetryMs = 200;
	const before = (await n8n.listExecutions(server, workflowId)).length;
	const started = await n8n.runManually(server, workflowId, 'Uazapi Trigger');
	assert.ok(started.executionId && !started.waitingForWebhook, `the manual run waits for a webhook: ${JSON.stringify(started)}`);
	const [stream] = await until(() => uazapi.openStreams().length === 1 && uazapi.openStreams(), 'the event stream to open');
	assert.deepEqual(webhookPosts(uazapi, 0), [], 'a test webhook was registered on Uazapi');
	const event = another(UAZAPI_TOKEN, 'AC98E31', 'Teste');
	uazapi.streamEvent(event, { id: '9' });
	const executions = await finishedExecutions(server, workflowId, before + 1);
	const { items, mode, status } = await triggerOutput(server, executions.at(-1).id);
	assert.equal(status, 'success');
	assert.equal(mode, 'manual');
	assert.equal(items.length, 1);
	checkItem(items[0], event);
	await until(() => !stream.open, 'the connection to close after the test event');
	assert.equal(uazapi.streams.length, 1, 'connections');
}

/**
 * "Listen for test event" in webhook mode: n8n registers the test webhook (the trigger adds it on Uazapi), a
 * delivery to the test URL runs the workflow in manual mode and the trigger's item comes out (n8n runs the node's
 * execute(), which passes it through), then the test webhook is deleted.
 */
async function checkManualWebhook({ server, uazapi, workflowId }) {
	const before = (await n8n.listExecutions(server, workflowId)).length;
	const started = await n8n.runManually(server, workflowId, 'Uazapi Trigger');
	assert.deepEqual(started, { waitingForWebhook: true }, 'the manual run in webhook mode');
	const [registration] = await waitForRequests(() => webhookPosts(uazapi, 0));
	assert.equal(registration.action, 'add');
	assert.ok(registration.url.startsWith(`${server.url}/webhook-test/`), `test webhook URL ${registration.url}`);
	// A message the production check did not deliver (the workflow's duplicate memory holds that one).
	const event = another(UAZAPI_TOKEN, 'AC98E32', 'Teste do webhook');
	const accepted = await post(registration.url, event);
	assert.equal(accepted.status, 200, `delivery to the test URL: ${accepted.status} ${accepted.text}`);
	assert.deepEqual(JSON.parse(accepted.text), { received: true }, 'the acknowledgement');
	const executions = await finishedExecutions(server, workflowId, before + 1);
	const { items, mode, status } = await triggerOutput(server, executions.at(-1).id);
	assert.equal(status, 'success', `the test run's status (a run that waited for trigger() would hang): ${status}`);
	assert.equal(mode, 'manual');
	checkItem(items[0], event);
	const deleted = await waitForRequests(() => webhookPosts(uazapi, 0).slice(1));
	assert.deepEqual(deleted.map((body) => body.action), ['delete'], 'the test webhook is deleted after the test event');
}

/** Starts n8n once, runs `alsoInServer(server)` (e.g. Send and Wait) and the trigger check per mode (workflows: from triggerWorkflow, imported), stops n8n. Returns [{ name, error? }]. */
async function runTriggerCases({ env, doubles: { uazapi, proxy }, workflows, modes, step, badTokenWorkflow, stream, alsoInServer, skipTrigger = false }) {
	const port = await n8n.freePort();
	// WEBHOOK_URL is deprecated for N8N_WEBHOOK_URL on 2.41; 2.8.4 knows only the old name: set both.
	const webhookUrl = `http://127.0.0.1:${port}/`;
	const server = await step('n8n start', () => n8n.startN8n({ ...env, WEBHOOK_URL: webhookUrl, N8N_WEBHOOK_URL: webhookUrl }, port));
	const results = [];
	try {
		if (alsoInServer) results.push(...(await alsoInServer(server)));
		for (const [index, mode] of (skipTrigger ? [] : modes).entries()) {
			uazapi.reset();
			proxy.reset();
			const name = `${mode}: Uazapi Trigger (register, deliver, refuse a wrong token, delete)`;
			try {
				await step(`trigger (${mode})`, () => checkTrigger({ server, uazapi, workflowId: workflows[index].id }));
				const violations = [...proxy.violations, ...uazapi.violations];
				assert.deepEqual(violations, [], 'contract violations');
				results.push({ name });
			} catch (error) {
				console.log('failed');
				results.push({ name, error });
			}
		}
		if (badTokenWorkflow && !skipTrigger) {
			uazapi.reset();
			proxy.reset();
			const name = 'direct: Uazapi Trigger activation with a wrong instance token (the error names the field)';
			try {
				await step('trigger activation error', () => checkActivationError({ server, uazapi, workflowId: badTokenWorkflow.id }));
				results.push({ name });
			} catch (error) {
				console.log('failed');
				results.push({ name, error });
			}
		}
		if (stream && !skipTrigger) {
			const checks = [
				['direct: Uazapi Trigger, Receive Events By: Event Stream (opens GET /sse, no webhook, events, duplicate, drop and resume, deactivation closes)', () => checkStream({ server, uazapi, workflowId: stream.workflow.id })],
				['direct: Event Stream, a token revoked while active shows as the workflow\'s error in n8n', () => checkStreamTokenRevoked({ server, uazapi, workflowId: stream.workflow.id })],
				['direct: Event Stream, activation with a wrong instance token (the error names the field)', () => checkStreamActivationError({ server, uazapi, workflowId: stream.badTokenWorkflow.id })],
				['direct: Event Stream, "Listen for test event" (manual run, first event, connection closed)', () => checkManualStream({ server, uazapi, workflowId: stream.workflow.id })],
				['direct: Webhook, "Listen for test event" (test webhook, delivery runs in manual mode, test webhook deleted)', () => checkManualWebhook({ server, uazapi, workflowId: stream.webhookWorkflow.id })],
			];
			for (const [name, check] of checks) {
				uazapi.reset();
				proxy.reset();
				try {
					const figures = await step(name.replace(/ \(.*$/, ''), check);
					const violations = [...proxy.violations, ...uazapi.violations];
					assert.deepEqual(violations, [], 'contract violations');
					results.push({ name, figures });
				} catch (error) {
					console.log('failed');
					// What n8n logged (trigger errors, reactivation attempts) is the only trace of a trigger's failure.
					console.log(`  n8n's log, last lines:\n${server.output().split('\n').slice(-40).join('\n')}`);
					results.push({ name, error });
				}
			}
		}
	} finally {
		await server.stop();
	}
	return results;
}

module.exports = {
	packageHasTrigger,
	triggerWorkflow,
	streamWorkflow,
	runTriggerCases,
	waitForExecutions,
	waitForRequests,
	webhookPosts,
	post,
	delivery,
	activateTrigger,
	checkDeliveries,
	checkForgedDelivery,
	deactivateTrigger,
};
