import type { IDataObject } from 'n8n-workflow';

import { chatHistory, quickReply } from '../doubles/responders/message';
import { sentMessage } from '../doubles/responders/send';
import type { RecordedRequest } from '../doubles/responders/types';
import type { Mode } from '../engine/rig';
import { expectSuccess, jsonOf, MODES, useRig } from '../engine/rig';

const rig = useRig();

const OWNER = '5511988887777';
// The IDs the double hands out to the 1st, 2nd, 3rd… message sent in a test.
const SENT_IDS = ['3EB0F201E11EF1A953C3', '3EB0FCD4923629B823F5', '3EB097BDA822666827D7'];

/** The double's answer to the n-th send of a test (1-based): the stored Message plus `response`. */
function sendAnswer(
	n: number,
	fields: { chatid: string; messageType: string; text?: string; queued?: boolean; quoted?: string; track_source?: string; track_id?: string; fileURL?: string },
) {
	const messageid = SENT_IDS[n - 1];
	const { queued = false, fileURL = '' } = fields;
	return {
		id: `${OWNER}:${messageid}`,
		messageid,
		chatid: fields.chatid,
		sender: `${OWNER}@s.whatsapp.net`,
		senderName: 'My Business',
		isGroup: fields.chatid.endsWith('@g.us'),
		fromMe: true,
		messageType: fields.messageType,
		source: 'api',
		messageTimestamp: 1770000000000 + n + 1,
		status: queued ? 'Queued' : 'Sent',
		text: fields.text ?? '',
		quoted: fields.quoted ?? '',
		owner: OWNER,
		wasSentByApi: true,
		track_source: fields.track_source ?? '',
		track_id: fields.track_id ?? '',
		fileURL,
		response: {
			status: 'success',
			message: queued ? 'Message queued successfully' : 'Message sent successfully',
			...(fileURL ? { fileUrl: fileURL } : {}),
		},
	};
}

const USER_CHAT = '5511900000001@s.whatsapp.net';
const GROUP_CHAT = '120363012345678901@g.us';

/** A bad-input run: the node fails with this message, and nothing went over the wire. */
async function expectRefused(mode: Mode, parameters: IDataObject, message: string, description?: string) {
	const run = await rig.run(mode, { parameters });
	expect(run.error?.message).toBe(message);
	if (description !== undefined) expect(run.error?.description).toBe(description);
	expect(rig.sent(mode)).toEqual([]);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(MODES)('Message (%s)', (mode) => {
	describe('Send Text', () => {
		const base = { resource: 'message', operation: 'sendText' };

		test('sends POST /send/text with the normalized number and the text exactly as written', async () => {
			const text = '  Hello *there*,\n{{name}} – see you!  ';
			const run = await rig.run(mode, { parameters: { ...base, phoneNumber: '+55 (11) 90000-0001', messageText: text } });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/send/text', body: { number: '5511900000001', text } }]);
			expect(jsonOf(run)).toEqual([sendAnswer(1, { chatid: USER_CHAT, messageType: 'ExtendedTextMessage', text })]);
			expect(run.outputs[0][0].pairedItem).toEqual({ item: 0 });
		});

		test('is the default operation of the default resource', async () => {
			const run = await rig.run(mode, { parameters: { phoneNumber: GROUP_CHAT, messageText: 'Hi group' } });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/send/text', body: { number: GROUP_CHAT, text: 'Hi group' } }]);
			expect(jsonOf(run)).toEqual([sendAnswer(1, { chatid: GROUP_CHAT, messageType: 'ExtendedTextMessage', text: 'Hi group' })]);
		});

		test('sends every Send Option that was set, in the API form', async () => {
			const run = await rig.run(mode, {
				parameters: {
					...base,
					phoneNumber: GROUP_CHAT,
					messageText: 'Meeting at 10',
					additionalFields: {
						delay: 2.5,
						disableLinkPreview: true,
						markChatAsRead: false,
						markMessagesAsRead: true,
						mentionUsers: '+55 11 90000-0002, 5511900000003',
						replyToMessageId: '3A00000000000042',
						async: true,
						forwarded: false,
						trackId: 'order-17',
						trackSource: 'n8n',
					},
				},
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{
					method: 'POST',
					path: '/send/text',
					body: {
						number: GROUP_CHAT,
						text: 'Meeting at 10',
						delay: 2500,
						linkPreview: false,
						readchat: false,
						readmessages: true,
						mentions: '5511900000002,5511900000003',
						replyid: '3A00000000000042',
						async: true,
						forward: false,
						track_id: 'order-17',
						track_source: 'n8n',
					},
				},
			]);
			expect(jsonOf(run)).toEqual([
				sendAnswer(1, {
					chatid: GROUP_CHAT,
					messageType: 'ExtendedTextMessage',
					text: 'Meeting at 10',
					queued: true,
					quoted: '3A00000000000042',
					track_id: 'order-17',
					track_source: 'n8n',
				}),
			]);
		});

		// A literally empty required field is refused by n8n itself; bad input arrives through expressions.
		test.each([
			['empty', '={{ "" }}'],
			['only spaces and line breaks', '={{ "  \\n " }}'],
		])('refuses a text that is %s before any request', async (_case, messageText) => {
			await expectRefused(
				mode,
				{ ...base, phoneNumber: '5511900000001', messageText },
				'Message is empty (item 0)',
				'WhatsApp does not deliver empty messages.',
			);
		});

		test('refuses a number with letters, naming the field and the item', async () => {
			const run = await rig.run(mode, {
				parameters: { ...base, phoneNumber: '={{ $json.phone }}', messageText: 'Hi' },
				items: [{ json: { phone: '5511900000001' } }, { json: { phone: '55 11 9abc-0002' } }],
			});
			expect(run.error?.message).toBe('Phone Number may only contain digits: "55 11 9abc-0002" (item 1)');
			// Item 1 is checked in its turn, so item 0 went out before it.
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/send/text', body: { number: '5511900000001', text: 'Hi' } }]);
		});

		test('refuses a bad mention before any request', async () => {
			await expectRefused(
				mode,
				{ ...base, phoneNumber: '5511900000001', messageText: 'Hi', additionalFields: { mentionUsers: 'John' } },
				'Mention Users may only contain digits: "John" (item 0)',
			);
		});

		test('with Continue On Fail, a bad item becomes an error item linked to it and the others are sent', async () => {
			const run = await rig.run(mode, {
				parameters: { ...base, phoneNumber: '={{ $json.phone }}', messageText: '={{ $json.text }}' },
				items: [
					{ json: { phone: '5511900000001', text: 'one' } },
					{ json: { phone: '5511900000002', text: '' } },
					{ json: { phone: '5511900000003', text: 'three' } },
				],
				continueOnFail: true,
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/send/text', body: { number: '5511900000001', text: 'one' } },
				{ method: 'POST', path: '/send/text', body: { number: '5511900000003', text: 'three' } },
			]);
			expect(jsonOf(run)).toEqual([
				sendAnswer(1, { chatid: USER_CHAT, messageType: 'ExtendedTextMessage', text: 'one' }),
				{ error: 'Message is empty (item 1)' },
				sendAnswer(2, { chatid: '5511900000003@s.whatsapp.net', messageType: 'ExtendedTextMessage', text: 'three' }),
			]);
			expect(run.outputs[0].map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		});

		test('a 429 from Uazapi says how to slow down', async () => {
			rig.uazapi.reply('POST /send/text', { status: 429, body: { error: 'Rate limit exceeded' } });
			const run = await rig.run(mode, { parameters: { ...base, phoneNumber: '5511900000001', messageText: 'Hi' } });
			expect(run.error?.message).toBe('Uazapi is rate limiting this instance');
			expect(run.error?.description).toBe(
				'Too many requests in a short time. Add a delay in "Send Options", send one by one with a pause ("Delivery"), or use fewer items per run. Uazapi said: "Rate limit exceeded".',
			);
			expect(run.error?.httpCode).toBe('429');
		});
	});

	describe('Delivery order', () => {
		const fiftyItems = Array.from({ length: 50 }, (_, i) => ({ json: { text: `Message ${i + 1}` } }));
		const parameters = { resource: 'message', operation: 'sendText', phoneNumber: '5511900000001', messageText: '={{ $json.text }}' };
		const arrived = () => rig.uazapi.requests.map((request) => (request.body as { text: string }).text);

		test('by default, 50 messages to one chat arrive in input order even with random latency', async () => {
			// Each message must reach Uazapi only after the previous one was answered: only that keeps the
			// order when the network delays requests differently.
			const arrivals: number[] = [];
			const answers: number[] = [];
			rig.uazapi.latency = () => {
				const delay = Math.floor(Math.random() * 15);
				arrivals.push(Date.now());
				answers.push(Date.now() + delay);
				return delay;
			};
			const run = await rig.run(mode, { parameters, items: fiftyItems });
			expectSuccess(run);
			expect(arrived()).toEqual(fiftyItems.map((item) => item.json.text));
			const early = arrivals.slice(1).filter((arrival, i) => arrival < answers[i]);
			expect(early).toEqual([]);
			expect(rig.sent(mode)).toHaveLength(50);
			expect(jsonOf(run).map((json) => json.text)).toEqual(fiftyItems.map((item) => item.json.text));
			expect(run.outputs[0].map((item) => item.pairedItem)).toEqual(fiftyItems.map((_, item) => ({ item })));
		});

		test('a failed item does not stall the rest; its error item keeps pairedItem 3', async () => {
			rig.uazapi.latency = () => Math.floor(Math.random() * 10);
			rig.uazapi.reply('POST /send/text', (request: RecordedRequest, state) =>
				(request.body as { text: string }).text === 'Message 4'
					? { status: 500, body: { error: 'WhatsApp client is not connected' } }
					: { status: 200, body: sentMessage(request, state) },
			);
			const run = await rig.run(mode, { parameters, items: fiftyItems, continueOnFail: true });
			expectSuccess(run);
			expect(arrived()).toEqual(fiftyItems.map((item) => item.json.text));
			const output = jsonOf(run);
			expect(output).toHaveLength(50);
			expect(output[3]).toEqual({ error: 'Uazapi or WhatsApp is unavailable' });
			expect(run.outputs[0][3].pairedItem).toEqual({ item: 3 });
			expect(output.filter((_, i) => i !== 3).map((json) => json.text)).toEqual(
				fiftyItems.filter((_, i) => i !== 3).map((item) => item.json.text),
			);
			expect(run.outputs[0].map((item) => item.pairedItem)).toEqual(fiftyItems.map((_, item) => ({ item })));
		});

		/** Answers sends after `ms`, counting how many were waiting for an answer at once. */
		function measureConcurrency(ms: number) {
			const seen = { maxInFlight: 0, inFlight: 0, starts: [] as number[], ends: [] as number[] };
			rig.uazapi.reply('POST /send/text', async (request, state) => {
				seen.starts.push(Date.now());
				seen.maxInFlight = Math.max(seen.maxInFlight, ++seen.inFlight);
				await sleep(ms);
				seen.inFlight--;
				seen.ends.push(Date.now());
				return { status: 200, body: sentMessage(request, state) };
			});
			return seen;
		}

		test('one by one, never two messages in flight', async () => {
			const seen = measureConcurrency(20);
			const run = await rig.run(mode, { parameters, items: fiftyItems.slice(0, 8) });
			expectSuccess(run);
			expect(seen.maxInFlight).toBe(1);
		});

		test('"All at Once" sends concurrently', async () => {
			const seen = measureConcurrency(100);
			const run = await rig.run(mode, { parameters: { ...parameters, delivery: { mode: 'parallel' } }, items: fiftyItems.slice(0, 8) });
			expectSuccess(run);
			expect(seen.maxInFlight).toBeGreaterThan(1);
			expect(rig.sent(mode)).toHaveLength(8);
			expect(run.outputs[0].map((item) => item.pairedItem)).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((item) => ({ item })));
		});

		test('"In Batches" sends a batch at once, then pauses before the next batch', async () => {
			const seen = measureConcurrency(40);
			const run = await rig.run(mode, {
				parameters: { ...parameters, delivery: { mode: 'batches', batchSize: 3, pauseMs: 150 } },
				items: fiftyItems.slice(0, 7),
			});
			expectSuccess(run);
			expect(seen.maxInFlight).toBe(3);
			// Batches [0,1,2] [3,4,5] [6]: each starts after the previous one was answered plus the pause.
			for (const [previousEnd, nextStart] of [
				[2, 3],
				[5, 6],
			]) {
				const lastAnswerOfBatch = Math.max(...seen.ends.slice(previousEnd - 2, previousEnd + 1));
				expect(seen.starts[nextStart] - lastAnswerOfBatch).toBeGreaterThanOrEqual(140);
			}
			expect(jsonOf(run).map((json) => json.text)).toEqual(fiftyItems.slice(0, 7).map((item) => item.json.text));
		});
	});
});
