'use strict';
// The queue-mode scenarios. Each gets ctx = { cluster, uazapi, step, log } (cluster: prepareCluster's, started) and
// throws on the first failed check.
const assert = require('node:assert/strict');

const n8n = require('../e2e/n8n-cli');
const { NODE_TYPE, TRIGGER_TYPE } = require('../e2e/paths');
const { triggerWorkflow, activateTrigger, checkDeliveries, checkForgedDelivery, deactivateTrigger, waitForExecutions, webhookPosts, post, delivery } = require('../e2e/trigger');

const BULK_COUNT = 1000;
const BULK_CHAT = '5511999990000';
const BULK_PATH = 'uazapi-queue-bulk';
const CREDENTIAL = { id: 'queueCredDirect', name: 'Uazapi queue (direct)' };

/** Webhook (POST, answers at once) → Split Out (one item per message) → Uazapi Send Text, default Delivery mode. */
function bulkWorkflow() {
	return {
		id: 'queueBulk',
		name: 'Uazapi queue: 1,000 ordered sends',
		active: false,
		settings: { executionOrder: 'v1' },
		connections: {
			Webhook: { main: [[{ node: 'One item per message', type: 'main', index: 0 }]] },
			'One item per message': { main: [[{ node: 'Send', type: 'main', index: 0 }]] },
		},
		nodes: [
			{
				id: 'b1',
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId: '5e2e0000-0000-4000-8000-0000000000b1',
				parameters: { httpMethod: 'POST', path: BULK_PATH, responseMode: 'onReceived', options: {} },
			},
			{
				id: 'b2',
				name: 'One item per message',
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				position: [240, 0],
				parameters: { fieldToSplitOut: 'body.messages', options: {} },
			},
			{
				id: 'b3',
				name: 'Send',
				type: NODE_TYPE,
				typeVersion: 1,
				position: [480, 0],
				parameters: { resource: 'message', operation: 'sendText', phoneNumber: '={{ $json.number }}', messageText: '={{ $json.text }}' },
				credentials: { uazapiApi: CREDENTIAL },
			},
		],
	};
}

function triggerFlow() {
	return triggerWorkflow('direct', CREDENTIAL, { id: 'queueTrigger' });
}

/** The workflows the scenarios need, imported before n8n starts. */
function workflows() {
	return [bulkWorkflow(), triggerFlow()];
}

/** Asserts that every execution ran on exactly one worker; returns { workerName: count }. */
function assertRanOnWorkers(cluster, executions) {
	const perWorker = {};
	for (const execution of executions) {
		const ranBy = cluster.ranBy(execution.id);
		assert.equal(ranBy.length, 1, `execution ${execution.id} was run by ${ranBy.length ? ranBy.join(', ') : 'no worker'} (one worker expected)`);
		assert.match(ranBy[0], /^worker /, `execution ${execution.id} ran on ${ranBy[0]}`);
		perWorker[ranBy[0]] = (perWorker[ranBy[0]] ?? 0) + 1;
	}
	return perWorker;
}

const describe = (perWorker) =>
	Object.entries(perWorker)
		.map(([name, count]) => `${name}: ${count}`)
		.join(', ');

/**
 * An activated workflow started through the webhook process sends 1,000 messages to one chat: it runs on a worker,
 * and the 1,000 POST /send/text reach Uazapi exactly once each, in input order.
 */
async function bulkSends({ cluster, uazapi, log }) {
	const { main, webhook } = cluster;
	uazapi.reset();
	const workflow = bulkWorkflow();
	await n8n.activateWorkflowLive(main.server, workflow.id);
	const messages = Array.from({ length: BULK_COUNT }, (_, i) => ({ number: BULK_CHAT, text: `queue message ${i + 1}` }));
	// The production webhook is served by the webhook process once main has stored it (2.41 publishes in the background).
	const url = `${webhook.url}/webhook/${BULK_PATH}`;
	const deadline = Date.now() + 60_000;
	let answer;
	for (;;) {
		answer = await post(url, { messages });
		if (answer.status !== 404 || Date.now() > deadline) break;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	assert.equal(answer.status, 200, `POST ${url}: ${answer.status} ${answer.text}`);
	const t0 = Date.now();
	const executions = await waitForExecutions(main.server, workflow.id, 1, 180_000);
	assert.equal(executions.length, 1, `executions of the bulk workflow: ${executions.length}`);
	const [execution] = executions;
	assert.equal(execution.status, 'success', `bulk execution status ${execution.status}`);
	const seconds = ((Date.now() - t0) / 1000).toFixed(1);

	const sends = uazapi.requests.filter((r) => r.method === 'POST' && r.path === '/send/text');
	assert.equal(sends.length, BULK_COUNT, `POST /send/text at Uazapi: ${sends.length}`);
	const outOfOrder = sends.filter((r, i) => r.body.text !== messages[i].text).length;
	assert.equal(outOfOrder, 0, `${outOfOrder} of ${BULK_COUNT} sends arrived out of input order`);
	assert.deepEqual(
		sends.map((r) => r.body),
		messages,
		'the bodies at Uazapi, in order',
	);
	assert.ok(sends.every((r) => r.headers.token), 'every send carries the instance token');
	const { data } = await n8n.getExecution(main.server, execution.id);
	const items = data.resultData.runData.Send[0].data.main[0];
	assert.equal(items.length, BULK_COUNT, `items out of Send: ${items.length}`);
	const ids = new Set(items.map((item) => item.json.messageid));
	assert.equal(ids.size, BULK_COUNT, `distinct message IDs in the output: ${ids.size}`);
	const perWorker = assertRanOnWorkers(cluster, [execution]);
	await n8n.deactivateWorkflowLive(main.server, workflow.id);
	log(`execution ${execution.id} on ${describe(perWorker)}; ${BULK_COUNT} sends in order at the double; finished ${seconds} s after the webhook answered`);
}

/**
 * The Uazapi Trigger through the whole queue setup: activated from main (exactly one webhook at Uazapi, pointing at
 * the webhook process); deliveries to the webhook process become executions on workers; a forged one is refused;
 * restarting main registers nothing new; deactivation deletes exactly that webhook and the URL stops answering.
 */
async function trigger({ cluster, uazapi, step, log }) {
	const { main, webhook } = cluster;
	const workflowId = triggerFlow().id;
	uazapi.reset();
	const registered = await step('activate the Uazapi Trigger from main: one webhook registered, pointing at the webhook process', () =>
		activateTrigger({ server: main.server, uazapi, workflowId, webhookBase: webhook.url }),
	);

	const deliveries = [1, 2, 3, 4, 5, 6];
	const executions = await step(`${deliveries.length} deliveries to the webhook process → ${deliveries.length} executions, items and replies checked`, () =>
		checkDeliveries({ server: main.server, uazapi, workflowId, url: registered.url, numbers: deliveries }),
	);
	log(`ran on ${describe(assertRanOnWorkers(cluster, executions))}`);

	await step('a forged delivery (wrong token) is refused with 401 and starts nothing', () =>
		checkForgedDelivery({ server: main.server, workflowId, url: registered.url, before: deliveries.length }),
	);

	await step('restart main: no second webhook registered, deliveries still run on workers', async () => {
		const from = uazapi.requests.length;
		await main.stop();
		await main.start();
		// At start, main checks its active triggers (the trigger's checkExists lists the webhooks: GET /webhook).
		const deadline = Date.now() + 60_000;
		const listed = () => uazapi.requests.slice(from).some((r) => r.method === 'GET' && r.path === '/webhook');
		while (!listed() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
		assert.ok(listed(), 'main did not check the trigger\'s webhook (GET /webhook) within 60 s of its restart');
		await new Promise((resolve) => setTimeout(resolve, 1000));
		assert.deepEqual(webhookPosts(uazapi, from), [], 'POST /webhook after the restart of main');
		const ours = uazapi.state.webhooks.filter((w) => w.url === registered.url);
		assert.deepEqual(ours.map((w) => w.id), [registered.id], 'the trigger\'s webhooks at Uazapi after the restart');
		const again = await checkDeliveries({ server: main.server, uazapi, workflowId, url: registered.url, numbers: [7], before: deliveries.length });
		assertRanOnWorkers(cluster, again);
	});

	await step('deactivate from main: exactly that webhook deleted, the URL no longer starts executions', async () => {
		await deactivateTrigger({ server: main.server, uazapi, workflowId, registered });
		const after = await post(registered.url, delivery('whatever', 8));
		assert.equal(after.status, 404, `a delivery after deactivation: ${after.status} ${after.text}`);
	});
	assert.deepEqual(uazapi.violations, [], 'contract violations');
}

module.exports = { workflows, bulkSends, trigger, CREDENTIAL, TRIGGER_TYPE };
