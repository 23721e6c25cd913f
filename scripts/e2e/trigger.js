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

/** The tidy item the trigger makes of delivery(token, n). */
function expectedItem(n) {
	const messageid = n === undefined ? 'AC98E2E' : `AC98E2E${n}`;
	return {
		event: 'messages',
		messageid,
		id: `5511988887777:${messageid}`,
		chatId: '5511977776666@s.whatsapp.net',
		senderNumber: '5511977776666',
		senderName: 'Maria',
		fromMe: false,
		isGroup: false,
		groupName: '',
		text: n === undefined ? 'Oi' : `Oi ${n}`,
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

/** Starts n8n once, runs the trigger check per mode (workflows: from triggerWorkflow, imported), stops n8n. Returns [{ name, error? }]. */
async function runTriggerCases({ env, doubles: { uazapi, proxy }, workflows, modes, step, badTokenWorkflow }) {
	const port = await n8n.freePort();
	// WEBHOOK_URL is deprecated for N8N_WEBHOOK_URL on 2.41; 2.8.4 knows only the old name: set both.
	const webhookUrl = `http://127.0.0.1:${port}/`;
	const server = await step('n8n start', () => n8n.startN8n({ ...env, WEBHOOK_URL: webhookUrl, N8N_WEBHOOK_URL: webhookUrl }, port));
	const results = [];
	try {
		for (const [index, mode] of modes.entries()) {
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
		if (badTokenWorkflow) {
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
	} finally {
		await server.stop();
	}
	return results;
}

module.exports = {
	packageHasTrigger,
	triggerWorkflow,
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
