'use strict';
// The Send and Wait scenario of queue mode: the question goes out from a worker, the answer arrives at the webhook
// process (the execution's resume URL), and the resumed execution runs on a worker again.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const n8n = require('../e2e/n8n-cli');
const { sendAndWaitWorkflow, button, waiting, output, expectAnswered } = require('../e2e/send-and-wait');
const { post } = require('../e2e/trigger');
const { CREDENTIAL } = require('./scenarios');

const NAME = 'Send and Wait: the answer, delivered through the webhook process, resumes the execution on a worker';
const CHAT = '5511977776666@s.whatsapp.net';

/** Whether the package has the Send and Wait node (package.json's n8n section). */
function present(root) {
	const { n8n: section } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
	return section.nodes.some((file) => file.includes('SendAndWait'));
}

function workflows() {
	return [sendAndWaitWorkflow('direct', CREDENTIAL)];
}

async function until(what, check, timeoutMs = 120_000) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await check();
		if (value) return value;
		assert.ok(Date.now() < deadline, `timed out after ${timeoutMs / 1000} s waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

async function run({ cluster, uazapi, log }) {
	const { main, webhook } = cluster;
	uazapi.reset();
	const [workflow] = workflows();
	await n8n.activateWorkflowLive(main.server, workflow.id);
	const question = { to: CHAT, question: 'Pay invoice 42?', responseType: 'approval', approvalType: 'double', choiceType: 'list', multiple: false, approvers: '', limitSeconds: 0 };
	// The production webhook is served by the webhook process once main has stored it (2.41 publishes in the background).
	const started = await until('the webhook process to serve the workflow', async () => {
		const answer = await post(`${webhook.url}/webhook/e2e-wait-direct`, question);
		return answer.status === 404 ? undefined : answer;
	}, 60_000);
	assert.equal(started.status, 200, `starting the workflow: ${started.status} ${started.text}`);

	const executionId = await until('the execution to wait', async () => {
		const executions = await n8n.listExecutions(main.server, workflow.id);
		const ended = executions.find((e) => e.status === 'error' || e.status === 'success');
		assert.ok(!ended, `the execution ended instead of waiting: ${ended?.status}`);
		return executions.find((e) => e.status === 'waiting')?.id;
	});
	const menus = uazapi.requests.filter((r) => r.path === '/send/menu').map((r) => r.body);
	assert.deepEqual(menus, [{ number: CHAT, type: 'button', text: 'Pay invoice 42?', choices: ['Approve|approve', 'Decline|decline'] }], 'the question');
	const registered = waiting(uazapi);
	assert.equal(registered.length, 1, `temporary webhooks: ${JSON.stringify(registered)}`);
	assert.ok(registered[0].url.startsWith(`${webhook.url}/`), `the resume URL ${registered[0].url} is not on the webhook process (${webhook.url})`);
	assert.ok(registered[0].path.endsWith(`/${executionId}/ask-direct`), `the webhook ${registered[0].url} is not execution ${executionId}'s resume URL`);

	const q = registered[0].question;
	const approve = button('approve', q);
	const delivered = await uazapi.deliver(approve);
	assert.deepEqual(delivered.map((d) => d.status), [200], `the answer's delivery: ${JSON.stringify(delivered)}`);
	await expectAnswered({ server: main.server }, executionId, output({ approved: true }, approve, q));
	assert.deepEqual(waiting(uazapi), [], 'the temporary webhook is still registered after the answer');

	const ranBy = await until('the workers to log the resumed execution', async () => {
		const names = cluster.ranBy(executionId);
		return names.length > 0 && names;
	}, 30_000);
	assert.ok(ranBy.every((name) => name.startsWith('worker')), `execution ${executionId} ran on ${ranBy.join(', ')}`);
	await n8n.deactivateWorkflowLive(main.server, workflow.id);
	log(`execution ${executionId}: asked and resumed on ${ranBy.join(' and ')}; the answer went through the webhook process`);
}

module.exports = { NAME, present, workflows, run };
