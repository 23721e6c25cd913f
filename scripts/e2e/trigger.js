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

/** A message delivery as Uazapi sends it, carrying `token`. */
function delivery(token) {
	return {
		EventType: 'messages',
		BaseUrl: 'https://example.uazapi.com',
		instanceName: 'my-instance',
		owner: '5511988887777',
		token,
		chatSource: 'updated',
		chat: { wa_chatid: '5511977776666@s.whatsapp.net', name: 'Maria', wa_isGroup: false, wa_unreadCount: 1 },
		message: {
			id: '5511988887777:AC98E2E',
			messageid: 'AC98E2E',
			chatid: '5511977776666@s.whatsapp.net',
			sender: '5511977776666@s.whatsapp.net',
			senderName: 'Maria',
			fromMe: false,
			isGroup: false,
			type: 'text',
			messageType: 'ExtendedTextMessage',
			text: 'Oi',
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

async function checkTrigger({ server, uazapi, workflowId }) {
	// Another webhook of the instance, which deactivation must leave alone.
	const other = { id: 'wh-not-ours', enabled: true, url: 'https://example.com/other', events: ['chats'], excludeMessages: [], addUrlEvents: false, addUrlTypesMessages: false };
	uazapi.state.webhooks = [other];

	let from = uazapi.requests.length;
	await n8n.activateWorkflowLive(server, workflowId);
	const registrations = await waitForRequests(() => webhookPosts(uazapi, from));
	assert.equal(registrations.length, 1, `activation sent ${registrations.length} POST /webhook: ${JSON.stringify(registrations)}`);
	const registration = registrations[0];
	assert.deepEqual(Object.keys(registration).sort(), ['action', 'enabled', 'events', 'excludeMessages', 'url'], 'registration fields');
	assert.equal(registration.action, 'add');
	assert.deepEqual(registration.events, ['messages']);
	assert.equal(registration.enabled, true);
	assert.ok(Array.isArray(registration.excludeMessages), 'excludeMessages is a list');
	assert.ok(registration.url.startsWith(`${server.url}/webhook/`), `registered URL ${registration.url} is not this n8n's webhook URL`);
	const registered = uazapi.state.webhooks.find((w) => w.url === registration.url);
	assert.ok(registered, 'the double has no webhook with the registered URL');

	const accepted = await post(registration.url, delivery(UAZAPI_TOKEN));
	assert.equal(accepted.status, 200, `delivery with the right token: ${accepted.status} ${accepted.text}`);
	const executions = await waitForExecutions(server, workflowId, 1);
	assert.equal(executions.length, 1, `executions after one delivery: ${executions.length}`);
	assert.equal(executions[0].status, 'success', `execution status ${executions[0].status}`);
	const { data } = await n8n.getExecution(server, executions[0].id);
	const items = data.resultData.runData['Uazapi Trigger'][0].data.main[0];
	assert.equal(items.length, 1, `trigger output items: ${items.length}`);
	const { raw, ...tidy } = items[0].json;
	assert.deepEqual(
		tidy,
		{
			event: 'messages',
			messageid: 'AC98E2E',
			id: '5511988887777:AC98E2E',
			chatId: '5511977776666@s.whatsapp.net',
			senderNumber: '5511977776666',
			senderName: 'Maria',
			fromMe: false,
			isGroup: false,
			groupName: '',
			text: 'Oi',
			messageKind: 'text',
			mediaKind: '',
			quotedMessageId: '',
			choiceId: '',
			choiceText: '',
			pollVote: '',
			targetMessageId: '',
			timestamp: '2026-02-03T19:16:18.000Z',
		},
		'the tidy trigger item',
	);
	assert.deepEqual(raw.message, delivery(UAZAPI_TOKEN).message, 'the raw payload in the trigger item');
	assert.ok(!JSON.stringify(data).includes(UAZAPI_TOKEN), 'the instance token appears in the execution data');
	const replies = uazapi.requests.filter((r) => r.path === '/send/text').map((r) => r.body);
	assert.deepEqual(replies, [{ number: '5511977776666@s.whatsapp.net', text: 'Hi Maria, you wrote: Oi' }], 'the reply sent by the action node');

	const refused = await post(registration.url, delivery('forged-token'));
	assert.equal(refused.status, 401, `delivery with a wrong token: ${refused.status} ${refused.text}`);
	await new Promise((resolve) => setTimeout(resolve, 1000));
	const after = await n8n.listExecutions(server, workflowId);
	assert.equal(after.length, 1, `executions after a forged delivery: ${after.length}`);

	from = uazapi.requests.length;
	await n8n.deactivateWorkflowLive(server, workflowId);
	assert.deepEqual(await waitForRequests(() => webhookPosts(uazapi, from)), [{ action: 'delete', id: registered.id, url: registration.url }], 'deactivation');
	assert.deepEqual(uazapi.state.webhooks, [other], 'webhooks left on the instance');
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

/** Starts n8n once, runs `alsoInServer(server)` (e.g. Send and Wait) and the trigger check per mode (workflows: from triggerWorkflow, imported), stops n8n. Returns [{ name, error? }]. */
async function runTriggerCases({ env, doubles: { uazapi, proxy }, workflows, modes, step, badTokenWorkflow, alsoInServer, skipTrigger = false }) {
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
	} finally {
		await server.stop();
	}
	return results;
}

module.exports = { packageHasTrigger, triggerWorkflow, runTriggerCases, waitForExecutions, waitForRequests };
