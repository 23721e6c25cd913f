'use strict';
// Message → Send and Wait in a running n8n (`n8n start`): a Webhook node starts a workflow whose Uazapi node asks
// and waits; the Uazapi double delivers answers the way Uazapi would (to every webhook registered on the instance)
// and the execution must resume exactly once with the right output, or keep waiting for deliveries that are not
// the answer. Also: the time-out path, a cancelled execution, nothing left registered afterwards, and the
// "Human review" tool variant n8n derives from the node.
const assert = require('node:assert/strict');

const n8n = require('./n8n-cli');
const { doubles, SEND_AND_WAIT_TYPE: NODE_TYPE } = require('./paths');

const { UAZAPI_TOKEN } = require(`${doubles}/uazapi`);

const CHAT = '5511977776666@s.whatsapp.net';
const GROUP = '120363012345678901@g.us';
const APPROVER = '5511955554444';
const OWNER = '5511988887777';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function sendAndWaitWorkflow(mode, credential) {
	const body = (field) => `={{ $json.body.${field} }}`;
	return {
		id: `e2eWait${mode}`,
		name: `Uazapi e2e send and wait (${mode})`,
		active: false,
		settings: { executionOrder: 'v1' },
		connections: {
			Start: { main: [[{ node: 'Ask', type: 'main', index: 0 }]] },
			Ask: { main: [[{ node: 'Answered', type: 'main', index: 0 }]] },
		},
		nodes: [
			{
				id: `start-${mode}`,
				name: 'Start',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId: `5e2e0000-0000-4000-8000-0000000001${mode === 'proxy' ? '1' : '2'}`,
				parameters: { httpMethod: 'POST', path: `e2e-wait-${mode}`, responseMode: 'onReceived', options: {} },
			},
			{
				id: `ask-${mode}`,
				name: 'Ask',
				type: NODE_TYPE,
				typeVersion: 1,
				position: [240, 0],
				parameters: {
					resource: 'message',
					operation: 'sendAndWait',
					phoneNumber: body('to'),
					message: body('question'),
					responseType: body('responseType'),
					approvalOptions: { values: { approvalType: body('approvalType'), approveLabel: 'Approve', disapproveLabel: 'Decline' } },
					choiceType: body('choiceType'),
					multipleChoice: body('multiple'),
					choices: { choice: [{ label: 'Monday', id: 'mon' }, { label: 'Tuesday', id: 'tue' }, { label: 'Wednesday', id: 'wed' }] },
					approvers: body('approvers'),
					limitWaitTime: '={{ $json.body.limitSeconds > 0 }}',
					limitType: 'afterTimeInterval',
					resumeAmount: body('limitSeconds'),
					resumeUnit: 'seconds',
				},
				credentials: { uazapiApi: credential },
			},
			{ id: `answered-${mode}`, name: 'Answered', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [480, 0], parameters: {} },
		],
	};
}

let counter = 0;
/** When a delivered message was sent: the double's message clock once set, so its message history keeps the order of events. */
let messageTime = () => Date.now();

/** A `messages` delivery as Uazapi sends it (API.md §9.4), from Maria in the question's chat unless told. */
function delivery(fields, { token = UAZAPI_TOKEN } = {}) {
	counter += 1;
	const messageid = `AC98WAIT${counter}`;
	return {
		EventType: 'messages',
		BaseUrl: 'https://example.uazapi.com',
		instanceName: 'my-instance',
		owner: OWNER,
		token,
		chat: { wa_chatid: fields.chatid ?? CHAT, name: 'Maria' },
		message: {
			id: `${OWNER}:${messageid}`,
			messageid,
			chatid: CHAT,
			sender: CHAT,
			senderName: 'Maria',
			fromMe: false,
			isGroup: false,
			type: 'text',
			messageType: 'Conversation',
			text: '',
			quoted: '',
			buttonOrListid: '',
			vote: '',
			messageTimestamp: messageTime(),
			wasSentByApi: false,
			...fields,
		},
	};
}

const button = (id, quoted, extra = {}, token = UAZAPI_TOKEN) =>
	delivery({ messageType: 'ButtonsResponseMessage', buttonOrListid: id, vote: id, quoted, ...extra }, { token });

/** The temporary webhooks on the instance (ours carry `waitQuestion`), with their question. */
function waiting(uazapi) {
	return uazapi.state.webhooks
		.filter((w) => w.url.includes('waitQuestion='))
		.map((w) => ({ ...w, question: new URL(w.url).searchParams.get('waitQuestion'), path: new URL(w.url).pathname }));
}

async function until(what, check, timeoutMs = 30_000) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await check();
		if (value) return value;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await sleep(200);
	}
}

async function execution(server, id) {
	return await n8n.getExecution(server, id);
}

/** Starts the workflow; resolves with the new waiting execution's ID and, if any, its temporary webhook. */
async function ask(ctx, body, { webhook = true } = {}) {
	const { server, uazapi, workflowId, mode } = ctx;
	const known = new Set((await n8n.listExecutions(server, workflowId)).map((e) => e.id));
	const before = new Set(waiting(uazapi).map((w) => w.id));
	const res = await fetch(`${server.url}/webhook/e2e-wait-${mode}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ to: CHAT, question: 'Pay invoice 42?', responseType: 'approval', approvalType: 'double', choiceType: 'list', multiple: false, approvers: '', limitSeconds: 0, ...body }),
		signal: AbortSignal.timeout(15_000),
	});
	assert.equal(res.status, 200, `starting the workflow: ${res.status} ${await res.text()}`);
	const executionId = await until('the execution to wait', async () => {
		const fresh = (await n8n.listExecutions(server, workflowId)).filter((e) => !known.has(e.id));
		if (fresh.some((e) => e.status === 'error' || e.status === 'success')) {
			const failed = fresh.find((e) => e.status === 'error' || e.status === 'success');
			const { data } = await execution(server, failed.id);
			throw new Error(`the execution ended instead of waiting: ${failed.status} ${JSON.stringify(data.resultData.error ?? data.resultData.runData.Ask)}`);
		}
		return fresh.find((e) => e.status === 'waiting')?.id;
	});
	if (!webhook) return { executionId };
	const registered = waiting(uazapi).filter((w) => !before.has(w.id));
	assert.equal(registered.length, 1, `temporary webhooks added: ${JSON.stringify(registered)}`);
	assert.ok(registered[0].path.endsWith(`/${executionId}/ask-${mode}`), `the webhook ${registered[0].url} is not execution ${executionId}'s resume URL`);
	return { executionId, webhook: registered[0] };
}

async function status(server, id) {
	return (await execution(server, id)).status;
}

/** The execution resumed exactly once: finished, Ask ran once with this output, Answered got it. */
async function expectAnswered(ctx, executionId, expected) {
	const { server } = ctx;
	await until(`execution ${executionId} to finish`, async () => ['success', 'error'].includes(await status(server, executionId)));
	const { data, status: final } = await execution(server, executionId);
	assert.equal(final, 'success', `execution ${executionId}: ${final} ${JSON.stringify(data.resultData.error)}`);
	const asks = data.resultData.runData.Ask;
	assert.equal(asks.length, 1, `Ask ran ${asks.length} times`);
	const output = asks[0].data.main[0].map((item) => item.json);
	assert.deepEqual(output, [expected], 'the output of Send and Wait');
	assert.equal(data.resultData.runData.Answered.length, 1, 'Answered ran once');
	assert.deepEqual(data.resultData.runData.Answered[0].data.main[0].map((item) => item.json), [expected], 'the next node got the answer');
	assert.ok(!JSON.stringify(data).includes(UAZAPI_TOKEN), 'the instance token appears in the execution data');
}

/** Deliveries that are not the answer: each is acknowledged and ignored, and the execution still waits. */
async function expectIgnored(ctx, executionId, payload, reason) {
	const results = await ctx.uazapi.deliver(payload);
	assert.ok(results.length >= 1, 'the double delivered to no webhook');
	for (const result of results) {
		assert.equal(result.status, 200, `delivery: ${result.status} ${result.body}`);
		if (result.url.includes(`/${executionId}/`)) assert.deepEqual(JSON.parse(result.body), { received: true, ignored: reason }, 'the answer to an ignored delivery');
	}
	await sleep(300);
	assert.equal(await status(ctx.server, executionId), 'waiting', `execution ${executionId} after a delivery that is not the answer (${reason})`);
}

async function answer(ctx, payload) {
	const results = await ctx.uazapi.deliver(payload);
	for (const result of results) assert.equal(result.status, 200, `delivery: ${result.status} ${result.body}`);
	return results;
}

const by = (number, name = 'Maria', chat = CHAT) => ({ chatId: chat, number, name });
function output(fields, payload, question, who = by('5511977776666')) {
	const { number, name, chatId } = who;
	return { ...fields, number, name, answeredAt: new Date(payload.message.messageTimestamp).toISOString(), chatId, questionMessageId: question, answerMessageId: payload.message.messageid, timedOut: false };
}

async function checkSendAndWait(ctx) {
	const { server, uazapi } = ctx;
	const other = { id: 'wh-not-ours', enabled: true, url: 'https://example.com/other', events: ['chats'], excludeMessages: [], addUrlEvents: false, addUrlTypesMessages: false };
	uazapi.state.webhooks = [other];

	// Started first, checked last: a wait with a 3-second limit (n8n's wait tracker resumes it within about a
	// minute), and a wait that is cancelled.
	const timedOut = await ask(ctx, { responseType: 'freeText', limitSeconds: 3, to: '5511900000003' });
	const cancelled = await ask(ctx, { to: '5511900000004' });
	await n8n.rest(server, 'POST', `/executions/${cancelled.executionId}/stop`);
	await until('the cancelled execution to stop', async () => (await status(server, cancelled.executionId)) !== 'waiting');
	const staleIds = [timedOut.webhook.id, cancelled.webhook.id];
	assert.deepEqual(waiting(uazapi).map((w) => w.id).sort(), [...staleIds].sort(), 'temporary webhooks after a cancellation');
	const deletes = () => uazapi.requests.filter((r) => r.path === '/webhook' && r.body?.action === 'delete').map((r) => r.body.id);

	// Approval: unrelated messages, another question's button and a forged delivery leave it waiting.
	const approval = await ask(ctx, {});
	const q = approval.webhook.question;
	const sentMenu = uazapi.requests.filter((r) => r.path === '/send/menu').pop().body;
	assert.deepEqual(sentMenu, { number: CHAT, type: 'button', text: 'Pay invoice 42?', choices: ['Approve|approve', 'Decline|decline'] }, 'the question');
	await expectIgnored(ctx, approval.executionId, delivery({ text: 'hello' }), 'not an answer to the question');
	await expectIgnored(ctx, approval.executionId, button('approve', q, { chatid: '5511900000099@s.whatsapp.net' }), 'another chat');
	await expectIgnored(ctx, approval.executionId, button('approve', 'SOMEOTHERMESSAGE'), 'not an answer to the question');
	const forged = await fetch(approval.webhook.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(button('approve', q, {}, 'forged-token')) });
	assert.equal(forged.status, 401, `a delivery with a wrong token: ${forged.status}`);
	const unsigned = await fetch(approval.webhook.url.replace(/signature=[^&]+/, 'signature=0000'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(button('approve', q)) });
	assert.equal(unsigned.status, 401, `a delivery to the URL without its signature: ${unsigned.status}`);
	assert.equal(await status(server, approval.executionId), 'waiting', 'after forged deliveries');
	const approve = button('approve', q);
	await answer(ctx, approve);
	await expectAnswered(ctx, approval.executionId, output({ approved: true }, approve, q));
	assert.ok(!waiting(uazapi).some((w) => w.id === approval.webhook.id), 'the temporary webhook is still registered after the answer');
	// The same answer again, straight to the old URL: n8n does not resume a finished execution.
	const again = await fetch(approval.webhook.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(approve) });
	assert.notEqual(again.status, 500, 'a second delivery');
	await expectAnswered(ctx, approval.executionId, output({ approved: true }, approve, q));

	// A group with an approver: another member's tap is ignored; the approver (hidden behind a @lid) declines.
	const group = await ask(ctx, { to: GROUP, approvers: `+${APPROVER}` });
	const gq = group.webhook.question;
	const inGroup = (sender) => button('decline', gq, { chatid: GROUP, isGroup: true, groupName: 'Team', ...sender });
	await expectIgnored(ctx, group.executionId, inGroup({ sender: '5511966665555@s.whatsapp.net', senderName: 'Ze' }), 'not from an approver');
	const decline = inGroup({ sender: '138401042923712@lid', sender_pn: `${APPROVER}@s.whatsapp.net`, senderName: 'Boss' });
	await answer(ctx, decline);
	await expectAnswered(ctx, group.executionId, output({ approved: false }, decline, gq, by(APPROVER, 'Boss', GROUP)));

	// Choice: a list reply, and a multiple-choice poll vote.
	const list = await ask(ctx, { responseType: 'choice', choiceType: 'list' });
	const pick = delivery({ messageType: 'ListResponseMessage', buttonOrListid: 'tue', vote: 'Tuesday', quoted: list.webhook.question });
	await answer(ctx, pick);
	await expectAnswered(ctx, list.executionId, output({ selected: [{ id: 'tue', label: 'Tuesday' }], choice: 'tue' }, pick, list.webhook.question));
	const poll = await ask(ctx, { responseType: 'choice', choiceType: 'poll', multiple: true });
	const vote = delivery({ messageType: 'PollUpdateMessage', type: 'poll', vote: 'Monday, Wednesday', quoted: poll.webhook.question });
	await answer(ctx, vote);
	const both = [{ id: 'mon', label: 'Monday' }, { id: 'wed', label: 'Wednesday' }];
	await expectAnswered(ctx, poll.executionId, output({ selected: both, choice: 'mon' }, vote, poll.webhook.question));

	// Free text, three executions waiting on one chat: each plain reply answers the newest question still open,
	// delivered to every waiting execution at once (as Uazapi does); a reply that quotes a question answers that one.
	const first = await ask(ctx, { responseType: 'freeText', question: 'Your name?' });
	const second = await ask(ctx, { responseType: 'freeText', question: 'Your city?' });
	const third = await ask(ctx, { responseType: 'freeText', question: 'Your street?' });
	assert.deepEqual(
		uazapi.requests.filter((r) => r.path === '/send/text').slice(-1)[0].body,
		{ number: CHAT, text: 'Your street?', track_source: 'n8n-send-and-wait', track_id: third.executionId },
		'a free-text question is tagged in the message history with its execution',
	);
	const toOnly = async (payload, answering, others, reason) => {
		const results = await answer(ctx, payload);
		const ignoring = results.filter((r) => others.some((o) => r.url.includes(`/${o.executionId}/`)));
		assert.equal(ignoring.length, others.length, 'a delivery to every waiting execution');
		for (const r of ignoring) assert.deepEqual(JSON.parse(r.body), { received: true, ignored: reason }, `${r.url.split('?')[0]} ignores "${payload.message.text}"`);
		await expectAnswered(ctx, answering.executionId, output({ text: payload.message.text }, payload, answering.webhook.question));
		for (const o of others) assert.equal(await status(server, o.executionId), 'waiting', `execution ${o.executionId} still waits`);
	};
	const name = delivery({ messageType: 'ExtendedTextMessage', text: 'Maria', quoted: first.webhook.question });
	await toOnly(name, first, [second, third], 'a reply to another message');
	const street = delivery({ text: 'Rua Aurora' });
	await toOnly(street, third, [second], 'answers a newer question in the chat');
	// The newest question is answered and its webhook gone; its answer in the history leaves the next reply to the one before.
	const city = delivery({ text: 'Recife' });
	await answer(ctx, city);
	await expectAnswered(ctx, second.executionId, output({ text: 'Recife' }, city, second.webhook.question));

	// Link: a GET (a link preview, or the person opening it) shows a page and does not answer; its POST does.
	const link = await ask(ctx, { responseType: 'link' }, { webhook: false });
	const text = uazapi.requests.filter((r) => r.path === '/send/text').pop().body.text;
	const approveUrl = text.split('\n').find((line) => line.startsWith('Approve: ')).slice('Approve: '.length);
	assert.ok(approveUrl.includes(`/${link.executionId}/ask-${ctx.mode}?answer=approve&signature=`), `approve link ${approveUrl}`);
	const page = await fetch(approveUrl);
	const html = await page.text();
	assert.equal(page.status, 200, `GET of the link: ${page.status}`);
	assert.match(html, /<form method="post">/, 'the link page has a form that POSTs');
	await sleep(300);
	assert.equal(await status(server, link.executionId), 'waiting', 'after a GET of the link');
	const posted = await fetch(approveUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'answer=approve' });
	assert.equal(posted.status, 200, `POST of the link page: ${posted.status}`);
	await until('the link answer', async () => (await status(server, link.executionId)) === 'success');
	const linked = (await execution(server, link.executionId)).data.resultData.runData.Ask[0].data.main[0][0].json;
	assert.deepEqual({ ...linked, answeredAt: 'x' }, { approved: true, answeredAt: 'x', via: 'link', timedOut: false }, 'the link answer');

	// The time-out: the input item with timedOut: true.
	await until('the time-out', async () => (await status(server, timedOut.executionId)) === 'success', 120_000);
	const { data } = await execution(server, timedOut.executionId);
	const out = data.resultData.runData.Ask[0].data.main[0].map((item) => item.json);
	assert.equal(out.length, 1, 'time-out items');
	assert.equal(out[0].timedOut, true, 'the time-out item is marked');
	assert.equal(out[0].body.responseType, 'freeText', 'the time-out item is the input item');
	assert.equal(data.resultData.runData.Answered[0].data.main[0][0].json.timedOut, true, 'the next node got the time-out item');

	// The timed-out and the cancelled execution's webhooks were removed by the Send and Wait runs after them
	// (the cancelled one at once: n8n answers 409 for it; the timed-out one once its limit had passed).
	for (const id of staleIds) assert.equal(deletes().filter((deleted) => deleted === id).length, 1, `stale webhook ${id} deleted once`);
	const last = await ask(ctx, {});
	assert.deepEqual(waiting(uazapi).map((w) => w.id), [last.webhook.id], 'temporary webhooks while the last question waits');
	const approveLast = button('approve', last.webhook.question);
	await answer(ctx, approveLast);
	await expectAnswered(ctx, last.executionId, output({ approved: true }, approveLast, last.webhook.question));
	assert.deepEqual(uazapi.state.webhooks, [other], 'webhooks left on the instance');
}

/** n8n derives a "Human review" tool from nodes with webhooks and a sendAndWait operation. */
async function checkHumanReviewTool(server) {
	server.headers ??= await n8n.restLogin(server);
	const res = await fetch(`${server.url}/types/nodes.json`, { headers: server.headers });
	assert.equal(res.status, 200, `/types/nodes.json: ${res.status}`);
	const types = await res.json();
	const hitl = types.find((type) => type.name === `${NODE_TYPE}HitlTool`);
	assert.ok(hitl, `n8n lists no ${NODE_TYPE}HitlTool`);
	assert.deepEqual(hitl.outputs.map((o) => o.displayName ?? o), ['Human review'], 'its output');
	const names = hitl.properties.map((p) => p.name);
	for (const name of ['message', 'phoneNumber', 'approvalOptions', 'responseType']) assert.ok(names.includes(name), `the tool has no ${name}`);
	return hitl;
}

/**
 * Activates a workflow whose Webhook node starts it. n8n 2.41 queues the activation (publication): wait until it
 * is published; 2.8.4 activates within the call and has no publication status (404).
 */
async function activate(server, workflowId) {
	await n8n.activateWorkflowLive(server, workflowId);
	try {
		await n8n.publicationStatus(server, workflowId);
	} catch (error) {
		if (/: 404 /.test(error.message)) return;
		throw error;
	}
	await until('the workflow to be published', async () => (await n8n.publicationStatus(server, workflowId)).status === 'published', 60_000);
}

/** examples/approval-before-send.json: an order arrives, the manager confirms in WhatsApp, the customer is told. */
async function checkApprovalExample({ server, uazapi, workflow }) {
	uazapi.state.webhooks = [];
	await activate(server, workflow.id);
	const path = workflow.nodes.find((node) => node.type === 'n8n-nodes-base.webhook').parameters.path;
	const order = { order: 'A-1001', customerName: 'Maria', customerPhone: '5511977776666', total: 'R$ 120,00' };
	await until('the example\'s webhook', async () => {
		const res = await fetch(`${server.url}/webhook/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(order) });
		return res.status === 200;
	}, 60_000);
	const [webhook] = await until('the question', async () => (waiting(uazapi).length ? waiting(uazapi) : undefined));
	// n8n refuses deliveries (409) until it has saved the execution as waiting, a moment after the question.
	await until('the execution to wait', async () => (await n8n.listExecutions(server, workflow.id)).some((e) => e.status === 'waiting'));
	const question = uazapi.requests.find((r) => r.path === '/send/menu').body;
	assert.deepEqual(
		question,
		{ number: '5511955554444', type: 'button', text: 'New order A-1001 from Maria: R$ 120,00. Confirm it?', choices: ['Confirm|approve', 'Reject|decline'] },
		'the question to the manager',
	);
	await answer({ uazapi }, button('approve', webhook.question, { chatid: '5511955554444@s.whatsapp.net', sender: '5511955554444@s.whatsapp.net' }));
	const sent = await until('the confirmation', async () => uazapi.requests.find((r) => r.path === '/send/text'));
	assert.deepEqual(sent.body, { number: '5511977776666', text: 'Hi Maria, your order A-1001 is confirmed.' }, 'the confirmation to the customer');
	assert.deepEqual(uazapi.state.webhooks, [], 'webhooks left on the instance');
	await n8n.deactivateWorkflowLive(server, workflow.id);
}

/** Runs the checks per mode in a running n8n (workflows from sendAndWaitWorkflow, imported). Returns [{ name, error? }]. */
async function runSendAndWaitCases({ server, doubles: { uazapi, proxy }, workflows, modes, step, examples = [] }) {
	const results = [];
	try {
		await step('Human review tool', () => checkHumanReviewTool(server));
		results.push({ name: 'n8n lists the Human review tool of the node' });
	} catch (error) {
		console.log('failed');
		results.push({ name: 'n8n lists the Human review tool of the node', error });
	}
	messageTime = () => uazapi.messageTime();
	for (const [index, mode] of modes.entries()) {
		uazapi.reset();
		proxy.reset();
		const workflowId = workflows[index].id;
		const name = `${mode}: Send and Wait (approval, group approvers, list, poll, free text ×3 on one chat, link, time-out, cancel, clean-up)`;
		try {
			await activate(server, workflowId);
			await step(`send and wait (${mode})`, () => checkSendAndWait({ server, uazapi, workflowId, mode }));
			const violations = [...proxy.violations, ...uazapi.violations];
			assert.deepEqual(violations, [], 'contract violations');
			results.push({ name });
		} catch (error) {
			console.log(`failed: ${error.message.split('\n')[0]}${error.cause ? ` (${error.cause.message ?? error.cause})` : ''}`);
			results.push({ name, error });
		}
	}
	for (const workflow of examples) {
		uazapi.reset();
		proxy.reset();
		const name = `example ${workflow.id} (approval in WhatsApp, then a send)`;
		try {
			await step(name, () => checkApprovalExample({ server, uazapi, workflow }));
			assert.deepEqual([...proxy.violations, ...uazapi.violations], [], 'contract violations');
			results.push({ name });
		} catch (error) {
			console.log(`failed: ${error.message.split('\n')[0]}${error.cause ? ` (${error.cause.message ?? error.cause})` : ''}`);
			results.push({ name, error });
		}
	}
	return results;
}

module.exports = { sendAndWaitWorkflow, runSendAndWaitCases, checkHumanReviewTool, button, waiting, output, expectAnswered };
