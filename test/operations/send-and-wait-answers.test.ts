import { WebhookContext } from 'n8n-core';
import type { ICredentialDataDecryptedObject, IDataObject, INode, IRunExecutionData, IWebhookData, IWorkflowExecuteAdditionalData } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { FixedCredentialsHelper, loadPackage, PackageNodeTypes } from '../engine/harness';
import type { Mode } from '../engine/rig';
import { MODES, useRig } from '../engine/rig';

// The webhook side of Send and Wait in n8n-core's WebhookContext, as n8n's waiting-webhook endpoint runs it for a
// waiting execution (after checking the URL's signature): the execution data the node saved, the request Uazapi
// made to the temporary webhook's URL. What n8n does with the answer (resume, or keep waiting) is checked by the
// e2e in a real n8n (scripts/e2e/send-and-wait.js).

const rig = useRig();
const NODE_TYPE = 'n8n-nodes-n8ntools-uazapi.n8nToolsUazapiSendAndWait';
const NUMBER = '5511999999999';
const CHAT = `${NUMBER}@s.whatsapp.net`;

interface Answered {
	status: number;
	body: unknown;
	workflowData?: unknown;
}

/** Runs the node (it asks and waits), then hands each delivery to its webhook() at the registered URL. */
async function waitingNode(mode: Mode, parameters: IDataObject) {
	const run = await rig.run(mode, { nodeType: NODE_TYPE, parameters: { resource: 'message', operation: 'sendAndWait', phoneNumber: NUMBER, message: 'Ok?', ...parameters } });
	expect(run.error).toBeUndefined();
	const registered = rig.uazapi.state.webhooks[rig.uazapi.state.webhooks.length - 1];
	const url = new URL(registered.url);
	const runExecutionData = JSON.parse(JSON.stringify(run.run.data)) as IRunExecutionData;
	const { nodeTypes, credentialTypes } = await loadPackage();
	const node: INode = {
		id: 'uazapi-node',
		name: 'Uazapi',
		type: NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: { resource: 'message', operation: 'sendAndWait', phoneNumber: NUMBER, message: 'Ok?', ...parameters } as INode['parameters'],
		credentials: { uazapiApi: { id: 'cred-1', name: 'Uazapi account' } },
	};
	const workflow = new Workflow({ id: 'wf-test', nodes: [node], connections: {}, active: false, nodeTypes: new PackageNodeTypes(nodeTypes) });
	const nodeType = workflow.nodeTypes.getByNameAndVersion(NODE_TYPE, 1);

	async function deliver(payload: IDataObject, method = 'POST'): Promise<Answered> {
		const answered: Answered = { status: 200, body: undefined };
		const request = { method, url: `${url.pathname}${url.search}`, originalUrl: `${url.pathname}${url.search}`, query: Object.fromEntries(url.searchParams), body: payload, headers: {} };
		const response = {
			writeHead: (status: number) => (answered.status = status),
			end: (text: string) => (answered.body = JSON.parse(text)),
		};
		const additionalData = {
			credentialsHelper: new FixedCredentialsHelper(credentialTypes, { uazapiApi: rig.credentials(mode) as ICredentialDataDecryptedObject }),
			executionId: 'exec-test',
			webhookWaitingBaseUrl: 'http://127.0.0.1/webhook-waiting',
			httpRequest: request,
			httpResponse: response,
			variables: {},
		} as unknown as IWorkflowExecuteAdditionalData;
		const webhookData = { httpMethod: method, node: node.name, path: node.id, webhookDescription: nodeType.description.webhooks![1], workflowId: workflow.id } as IWebhookData;
		const context = new WebhookContext(workflow, node, additionalData, 'webhook', webhookData, [], runExecutionData);
		const result = await nodeType.webhook!.call(context);
		if (!result.noWebhookResponse) answered.body = result.webhookResponse;
		answered.workflowData = result.workflowData;
		return answered;
	}
	return { deliver, question: url.searchParams.get('waitQuestion')!, webhookId: registered.id };
}

const message = (fields: IDataObject, token = rig.credentials('direct').apiToken) => ({
	EventType: 'messages',
	token,
	message: { messageid: 'AC98A', chatid: CHAT, sender: CHAT, senderName: 'Ana', fromMe: false, messageTimestamp: 1770000100000, quoted: '', ...fields },
});

describe.each(MODES)('Send and Wait (%s): deliveries at the waiting URL', (mode: Mode) => {
	test('a forged token, another message and another question are not the answer; the approval is, and removes the webhook', async () => {
		const waiting = await waitingNode(mode, { responseType: 'approval' });
		const approve = message({ messageType: 'ButtonsResponseMessage', buttonOrListid: 'approve', quoted: waiting.question });

		expect(await waiting.deliver({ ...approve, token: 'forged' })).toEqual({ status: 401, body: { error: 'Invalid or missing instance token' }, workflowData: undefined });
		expect(await waiting.deliver(message({ messageType: 'Conversation', text: 'hi' }))).toEqual({
			status: 200,
			body: { received: true, ignored: 'not an answer to the question' },
			workflowData: undefined,
		});
		expect(await waiting.deliver(message({ messageType: 'ButtonsResponseMessage', buttonOrListid: 'approve', quoted: 'OTHER' }))).toMatchObject({ workflowData: undefined });
		expect(await waiting.deliver({}, 'GET')).toEqual({ status: 200, body: { waiting: true }, workflowData: undefined });
		expect(rig.uazapi.state.webhooks.map((w) => w.id)).toEqual([waiting.webhookId]);
		const before = rig.sent(mode).length;

		expect(await waiting.deliver(approve)).toEqual({
			status: 200,
			body: { received: true },
			workflowData: [
				[
					{
						json: {
							approved: true,
							number: NUMBER,
							name: 'Ana',
							answeredAt: '2026-02-02T02:41:40.000Z',
							chatId: CHAT,
							questionMessageId: waiting.question,
							answerMessageId: 'AC98A',
							timedOut: false,
						},
						pairedItem: { item: 0 },
					},
				],
			],
		});
		const url = rig.sent(mode)[before + 1]?.body as IDataObject;
		expect(rig.sent(mode).slice(before)).toEqual([
			{ method: 'GET', path: '/webhook' },
			{ method: 'POST', path: '/webhook', body: { action: 'delete', id: waiting.webhookId, url: url?.url } },
		]);
		expect(rig.uazapi.state.webhooks).toEqual([]);
	});

	test('free text: a newer question in the same chat takes the unquoted reply', async () => {
		const older = await waitingNode(mode, { responseType: 'freeText' });
		const newer = await waitingNode(mode, { responseType: 'freeText' });
		expect(older.question).not.toBe(newer.question);
		const reply = message({ messageType: 'Conversation', text: 'Recife', messageTimestamp: 1770000900000 });
		expect((await older.deliver(reply)).body).toEqual({ received: true, ignored: 'answers a newer question in the chat' });
		expect((await newer.deliver(reply)).workflowData).toEqual([[expect.objectContaining({ json: expect.objectContaining({ text: 'Recife' }) })]]);
		const quoting = message({ messageType: 'Conversation', text: 'Ana', quoted: older.question, messageTimestamp: 1770000950000 });
		expect((await older.deliver(quoting)).workflowData).toEqual([[expect.objectContaining({ json: expect.objectContaining({ text: 'Ana' }) })]]);
	});

	test("free text: the older question still leaves the reply to the newer one after that one resumed; the next reply is the older one's", async () => {
		const older = await waitingNode(mode, { responseType: 'freeText' });
		const newer = await waitingNode(mode, { responseType: 'freeText' });
		const text = (json: IDataObject) => [[expect.objectContaining({ json: expect.objectContaining(json) })]];
		// Uazapi keeps what it receives: the replies are in the history /message/find reads.
		const city = message({ messageType: 'Conversation', text: 'Recife', messageid: 'AC98B', messageTimestamp: 1770000900000 });
		rig.uazapi.state.messages.push(city.message);
		expect((await newer.deliver(city)).workflowData).toEqual(text({ text: 'Recife', questionMessageId: newer.question }));
		// The newer execution has resumed and removed its webhook: the older one decides from the history alone.
		const before = rig.sent(mode).length;
		expect(await older.deliver(city)).toEqual({ status: 200, body: { received: true, ignored: 'answers a newer question in the chat' }, workflowData: undefined });
		expect(rig.sent(mode).slice(before)).toEqual([{ method: 'POST', path: '/message/find', body: { chatid: CHAT, limit: 100 } }]);
		const name = message({ messageType: 'Conversation', text: 'Ana', messageid: 'AC98C', messageTimestamp: 1770000950000 });
		rig.uazapi.state.messages.push(name.message);
		expect((await older.deliver(name)).workflowData).toEqual(text({ text: 'Ana', questionMessageId: older.question }));
	});

	test('free text: without the history (Uazapi answers 500), the reply is taken', async () => {
		const older = await waitingNode(mode, { responseType: 'freeText' });
		await waitingNode(mode, { responseType: 'freeText' });
		rig.uazapi.reply('POST /message/find', () => ({ status: 500, body: { error: 'database unavailable' } }));
		const reply = message({ messageType: 'Conversation', text: 'Recife', messageTimestamp: 1770000900000 });
		expect((await older.deliver(reply)).workflowData).toEqual([[expect.objectContaining({ json: expect.objectContaining({ text: 'Recife' }) })]]);
	});
});
