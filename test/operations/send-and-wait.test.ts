import type { IDataObject } from 'n8n-workflow';
import { WAIT_INDEFINITELY } from 'n8n-workflow';

import type { Mode } from '../engine/rig';
import { MODES, useRig } from '../engine/rig';

const rig = useRig();
const SEND_AND_WAIT = 'n8n-nodes-n8ntools-uazapi.n8nToolsUazapiSendAndWait';
const urlOf = (sent: { body?: unknown }) => String((sent.body as IDataObject).url);

// The double's first message ID of a test, its chat and time (see test/doubles/responders/send.ts).
const QUESTION_ID = '3EB0F201E11EF1A953C3';
const NUMBER = '5511999999999';
const CHAT = `${NUMBER}@s.whatsapp.net`;
// The harness runs execution "exec-test", node "uazapi-node", with this waiting-webhook base.
const RESUME_BASE = 'http://127.0.0.1/webhook-waiting/exec-test/uazapi-node';

const base = { resource: 'message', operation: 'sendAndWait', phoneNumber: NUMBER, message: 'Pay invoice 42?' };

/** The temporary webhook's URL: the signed resume URL with the question. */
function waitingUrl(url: unknown, expires: string | RegExp = '0') {
	const parsed = new URL(String(url));
	expect(`${parsed.origin}${parsed.pathname}`).toBe(RESUME_BASE);
	expect(parsed.searchParams.get('waitChat')).toBe(CHAT);
	expect(parsed.searchParams.get('waitQuestion')).toBe(QUESTION_ID);
	expect(parsed.searchParams.get('waitSince')).toMatch(/^17700000000\d\d$/);
	expect(parsed.searchParams.get('waitUntil')).toMatch(expires);
	expect(parsed.searchParams.get('signature')).toMatch(/^[0-9a-f]{64}$/);
}

function addBody(sent: IDataObject | undefined) {
	return {
		action: 'add',
		url: expect.any(String),
		enabled: true,
		events: ['messages'],
		excludeMessages: ['wasSentByApi'],
		addUrlEvents: false,
		addUrlTypesMessages: false,
		...sent,
	};
}

function waitingState(run: Awaited<ReturnType<typeof rig.run>>) {
	const data = run.run.data;
	return { waitTill: data.waitTill, stack: data.executionData?.nodeExecutionStack[0]?.data.main[0] };
}

describe.each(MODES)('Send and Wait (%s): the question, the temporary webhook, the wait', (mode: Mode) => {
	test('Approval with approve and decline: buttons, then a webhook for the answer, then waiting indefinitely', async () => {
		const run = await rig.run(mode, { nodeType: SEND_AND_WAIT,
			parameters: {
				...base,
				responseType: 'approval',
				approvalOptions: { values: { approvalType: 'double', approveLabel: 'Pay', disapproveLabel: 'Hold' } },
			},
			items: [{ json: { invoice: 42 } }],
		});
		expect(run.error).toBeUndefined();
		const sent = rig.sent(mode);
		expect(sent).toEqual([
			{ method: 'GET', path: '/webhook' },
			{ method: 'POST', path: '/send/menu', body: { number: NUMBER, type: 'button', text: 'Pay invoice 42?', choices: ['Pay|approve', 'Hold|decline'] } },
			{ method: 'POST', path: '/webhook', body: addBody(undefined) },
		]);
		waitingUrl((sent[2].body as IDataObject).url);
		const state = waitingState(run);
		expect(new Date(state.waitTill as Date).getTime()).toBe(WAIT_INDEFINITELY.getTime());
		// What n8n passes on if the wait ends without an answer.
		expect(state.stack).toEqual([{ json: { invoice: 42, timedOut: true }, pairedItem: { item: 0 } }]);
		expect(rig.uazapi.state.webhooks.map((w) => w.url)).toEqual([(sent[2].body as IDataObject).url]);
	});

	test('Free Text with a time limit: a plain text question, waiting until the limit', async () => {
		const before = Date.now();
		const run = await rig.run(mode, { nodeType: SEND_AND_WAIT,
			parameters: { ...base, responseType: 'freeText', limitWaitTime: true, limitType: 'afterTimeInterval', resumeAmount: 2, resumeUnit: 'hours' },
		});
		expect(run.error).toBeUndefined();
		const sent = rig.sent(mode);
		expect(sent.slice(0, 2)).toEqual([
			{ method: 'GET', path: '/webhook' },
			// Tagged in Uazapi's message history with the execution that asks (how waiting executions find each other's questions).
			{ method: 'POST', path: '/send/text', body: { number: NUMBER, text: 'Pay invoice 42?', track_source: 'n8n-send-and-wait', track_id: 'exec-test' } },
		]);
		const until = new Date(waitingState(run).waitTill as Date).getTime();
		expect(until).toBeGreaterThanOrEqual(before + 2 * 3_600_000);
		expect(until).toBeLessThanOrEqual(Date.now() + 2 * 3_600_000);
		waitingUrl((sent[2].body as IDataObject).url, String(until));
	});

	test('Choice as a list and as a multiple-choice poll', async () => {
		const choices = { choice: [{ label: 'Monday', id: 'mon' }, { label: 'Tuesday' }] };
		await rig.run(mode, { nodeType: SEND_AND_WAIT, parameters: { ...base, responseType: 'choice', choiceType: 'list', listButton: 'Days', choices } });
		expect(rig.sent(mode)[1]).toEqual({
			method: 'POST',
			path: '/send/menu',
			body: { number: NUMBER, type: 'list', text: 'Pay invoice 42?', choices: ['Monday|mon', 'Tuesday|Tuesday'], listButton: 'Days' },
		});
		rig.uazapi.reset();
		rig.proxy.reset();
		await rig.run(mode, { nodeType: SEND_AND_WAIT, parameters: { ...base, responseType: 'choice', choiceType: 'poll', multipleChoice: true, choices } });
		expect(rig.sent(mode)[1]).toEqual({
			method: 'POST',
			path: '/send/menu',
			body: { number: NUMBER, type: 'poll', text: 'Pay invoice 42?', choices: ['Monday', 'Tuesday'], selectableCount: 2 },
		});
	});

	test('Link: signed approve and decline links in a text, and no webhook at Uazapi', async () => {
		const run = await rig.run(mode, { nodeType: SEND_AND_WAIT,
			parameters: { ...base, responseType: 'link', approvalOptions: { values: { approvalType: 'double' } } },
		});
		expect(run.error).toBeUndefined();
		const sent = rig.sent(mode);
		expect(sent.map((s) => `${s.method} ${s.path}`)).toEqual(['GET /webhook', 'POST /send/text']);
		const [question, approve, decline] = String((sent[1].body as IDataObject).text).split('\n').filter(Boolean);
		expect(question).toBe('Pay invoice 42?');
		expect(approve).toMatch(new RegExp(`^Approve: ${RESUME_BASE}\\?answer=approve&signature=[0-9a-f]{64}$`));
		expect(decline).toMatch(new RegExp(`^Decline: ${RESUME_BASE}\\?answer=decline&signature=[0-9a-f]{64}$`));
		expect((sent[1].body as IDataObject).linkPreview).toBe(false);
	});

	test('Stale temporary webhooks of this n8n are removed first; the instance\'s others are left alone', async () => {
		const webhook = (id: string, url: string) => ({ id, url, enabled: true, events: ['messages'], excludeMessages: [], addUrlEvents: false, addUrlTypesMessages: false });
		const waiting = (execution: string, until: number) =>
			`http://127.0.0.1/webhook-waiting/${execution}/n1?waitChat=${CHAT}&waitQuestion=OLD&waitSince=1&waitUntil=${until}&signature=x`;
		const waitingUrls = { expired: waiting('e1', Date.now() - 1000) };
		rig.uazapi.state.webhooks = [
			webhook('w-other', 'https://example.com/hook'),
			webhook('w-expired', waitingUrls.expired),
			// No time limit: n8n is asked whether the execution still waits; unreachable (no n8n here), it is kept.
			webhook('w-unknown', waiting('e4', 0)),
			webhook('w-later', waiting('e2', Date.now() + 3_600_000)),
			webhook('w-elsewhere', `https://other-n8n.example/webhook-waiting/e3/n1?waitQuestion=OLD&waitUntil=1`),
		];
		await rig.run(mode, { nodeType: SEND_AND_WAIT, parameters: { ...base, responseType: 'freeText' } });
		const sent = rig.sent(mode);
		expect(sent.slice(0, 2)).toEqual([
			{ method: 'GET', path: '/webhook' },
			{ method: 'POST', path: '/webhook', body: { action: 'delete', id: 'w-expired', url: urlOf(sent[1]) } },
		]);
		expect(urlOf(sent[1])).toBe(waitingUrls.expired);
		expect(rig.uazapi.state.webhooks.map((w) => w.id)).toEqual(['w-other', 'w-unknown', 'w-later', 'w-elsewhere', expect.any(String)]);
	});
});

describe('Send and Wait: bad input is refused before any request', () => {
	test.each([
		[{ phoneNumber: '12' }, expect.stringMatching(/^Phone Number has too few digits .* \(item 0\)$/)],
		[{ message: ' ' }, 'Message is empty (item 0)'],
		[{ approvers: '5511999999999, abc' }, 'Only Answers From "abc" may only contain digits: "abc" (item 0)'],
		[{ responseType: 'choice', choices: { choice: [{ label: 'Only one' }] } }, 'Options has 1 option(s); add at least 2 (item 0)'],
		[{ responseType: 'choice', choices: { choice: [{ label: 'A|B' }, { label: 'C' }] } }, expect.stringContaining('Option 1 Label contains "|"')],
		[{ limitWaitTime: true, limitType: 'atSpecifiedTime', maxDateAndTime: 'soon' }, 'Max Date and Time is not a date and time (item 0)'],
	])('%j', async (parameters, message) => {
		const run = await rig.run('direct', { nodeType: SEND_AND_WAIT, parameters: { ...base, ...parameters } });
		expect(run.error?.message).toEqual(message);
		expect(rig.sent('direct')).toEqual([]);
	});
});
