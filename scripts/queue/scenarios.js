'use strict';
// The queue-mode scenarios. Each gets ctx = { cluster, uazapi, step, log } (cluster: prepareCluster's, started) and
// throws on the first failed check.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const n8n = require('../e2e/n8n-cli');
const { root, doubles, NODE_TYPE, TRIGGER_TYPE } = require('../e2e/paths');
const { triggerWorkflow, activateTrigger, checkDeliveries, checkForgedDelivery, deactivateTrigger, waitForExecutions, webhookPosts, post, delivery } = require('../e2e/trigger');

const { UAZAPI_TOKEN } = require(`${doubles}/uazapi`);

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

/** Uazapi Trigger with Download Media → Send Image of the downloaded file (its binary property) back to the chat. */
function mediaFlow() {
	const workflow = triggerWorkflow('direct', CREDENTIAL, { id: 'queueMedia', webhookNumber: 4 });
	workflow.name = 'Uazapi queue: media in and out';
	workflow.nodes[0].parameters = { events: ['messages'], options: { downloadMedia: true } };
	workflow.nodes[1].parameters = { resource: 'media', operation: 'sendImage', phoneNumber: '={{ $json.chatId }}', mediaSource: 'binary', binaryPropertyName: 'data' };
	return workflow;
}

/** The workflows the scenarios need, imported before n8n starts. */
function workflows() {
	return [bulkWorkflow(), triggerFlow(), mediaFlow()];
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
	// When each send reached the double (a latency hook that adds none), for the figures printed below.
	const arrivals = [];
	uazapi.latency = (request) => {
		if (request.path === '/send/text') arrivals.push(Date.now());
		return 0;
	};
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
	const executions = await waitForExecutions(main.server, workflow.id, 1, 900_000);
	assert.equal(executions.length, 1, `executions of the bulk workflow: ${executions.length}`);
	const [execution] = executions;
	if (execution.status !== 'success') {
		const { data } = await n8n.getExecution(main.server, execution.id);
		const error = data.resultData.error;
		const sent = uazapi.requests.filter((r) => r.path === '/send/text').length;
		throw new Error(`bulk execution ${execution.id}: ${execution.status}, ${sent} sends reached Uazapi; ${error?.node?.name ?? ''}: ${error?.message} ${error?.description ?? ''}\n${error?.stack ?? ''}`);
	}
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
	const sending = (arrivals[arrivals.length - 1] - arrivals[0]) / 1000;
	log(
		`execution ${execution.id} on ${describe(perWorker)}; ${BULK_COUNT} sends in order at the double; first send ${((arrivals[0] - t0) / 1000).toFixed(1)} s after ` +
			`the webhook answered, first to last in ${sending.toFixed(1)} s (${((sending * 1000) / (BULK_COUNT - 1)).toFixed(1)} ms apart); execution finished after ${seconds} s`,
	);
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
		const again = await checkDeliveries({ server: main.server, uazapi, workflowId, url: registered.url, numbers: [7], before: deliveries.length });
		assertRanOnWorkers(cluster, again);
		// A late second registration would still show in the check over the whole scenario, at its end.
		assert.deepEqual(webhookPosts(uazapi, from), [], 'POST /webhook after the restart of main');
		const ours = uazapi.state.webhooks.filter((w) => w.url === registered.url);
		assert.deepEqual(ours.map((w) => w.id), [registered.id], 'the trigger\'s webhooks at Uazapi after the restart');
		// n8n 2.8.4 runs the trigger's checkExists at start (GET /webhook); 2.41 keeps stored webhook registrations as they are.
		const checked = uazapi.requests.slice(from).some((r) => r.method === 'GET' && r.path === '/webhook');
		log(checked ? 'main checked the webhook at start (GET /webhook) and kept it' : 'main did not call Uazapi at start (the webhook registration is kept in the database)');
	});

	await step('deactivate from main: exactly that webhook deleted, the URL no longer starts executions', async () => {
		await deactivateTrigger({ server: main.server, uazapi, workflowId, registered });
		const after = await post(registered.url, delivery('whatever', 8));
		assert.equal(after.status, 404, `a delivery after deactivation: ${after.status} ${after.text}`);
	});
	// Over the whole scenario (deliveries on the webhook process and workers, the restart of main included).
	assert.deepEqual(webhookPosts(uazapi, 0).map((body) => body.action), ['add', 'delete'], 'webhook registrations and deletions at Uazapi');
	assert.deepEqual(uazapi.violations, [], 'contract violations');
}

// Bytes that are not a valid image on purpose: they must pass through unchanged.
const IMAGE_BYTES = Buffer.from('\xff\xd8\xff\xe0 fake jpeg bytes for the queue-mode test \xff\xd9', 'latin1');

/**
 * Binary data across processes: the trigger downloads a received image in the webhook process (its webhook() runs
 * there); the execution, on a worker, sends that file back with Send Image. n8n keeps binary data in the database in
 * queue mode (N8N_DEFAULT_BINARY_DATA_MODE's default there): the item's binary data carries a `database:` id, and the
 * bytes that reach Uazapi are the received ones.
 */
async function binaryData({ cluster, uazapi, log }) {
	const { main, webhook } = cluster;
	const workflowId = mediaFlow().id;
	uazapi.reset();
	const registered = await activateTrigger({ server: main.server, uazapi, workflowId, webhookBase: webhook.url });
	const fileURL = uazapi.storeFile('AC0C273EABCDC416379E99BE2A3CA149.jpg', IMAGE_BYTES, 'image/jpeg');
	uazapi.reply('POST /message/download', { status: 200, body: { fileURL, mimetype: 'image/jpeg' } });
	const payload = JSON.parse(fs.readFileSync(path.join(root, 'test', 'fixtures', 'webhooks', 'image.json'), 'utf8'));
	const accepted = await post(registered.url, { ...payload, token: UAZAPI_TOKEN });
	assert.equal(accepted.status, 200, `image delivery: ${accepted.status} ${accepted.text}`);
	const executions = await waitForExecutions(main.server, workflowId, 1, 60_000);
	assert.equal(executions.length, 1, `executions after one image delivery: ${executions.length}`);
	assert.equal(executions[0].status, 'success', `execution status ${executions[0].status}`);
	const perWorker = assertRanOnWorkers(cluster, executions);

	const { data } = await n8n.getExecution(main.server, executions[0].id);
	const [item] = data.resultData.runData['Uazapi Trigger'][0].data.main[0];
	const binary = item.binary?.data;
	assert.ok(binary, 'the trigger item has no binary property "data"');
	assert.match(String(binary.id), /^database:/, `the trigger's binary data is not in the database: id ${binary.id}`);
	assert.equal(binary.data, 'database', 'the binary data is a reference, not inline');
	assert.equal(binary.mimeType, 'image/jpeg');
	assert.equal(uazapi.fileRequests.length, 1, `file downloads: ${uazapi.fileRequests.length}`);
	const sends = uazapi.requests.filter((r) => r.path === '/send/media').map((r) => r.body);
	assert.equal(sends.length, 1, `POST /send/media: ${sends.length}`);
	assert.equal(sends[0].number, '5521987654321@s.whatsapp.net');
	assert.equal(sends[0].type, 'image');
	assert.ok(Buffer.from(sends[0].file, 'base64').equals(IMAGE_BYTES), 'the file sent is not the file received');
	await deactivateTrigger({ server: main.server, uazapi, workflowId, registered });
	assert.deepEqual(uazapi.violations, [], 'contract violations');
	log(`image downloaded by the trigger, stored as ${binary.id.split(':')[0]}:…, sent back by ${describe(perWorker)} with the same ${IMAGE_BYTES.length} bytes`);
}

module.exports = { workflows, bulkSends, trigger, binaryData, CREDENTIAL, TRIGGER_TYPE };
