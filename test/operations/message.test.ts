import type { IDataObject } from 'n8n-workflow';

import { chatHistory, quickReply } from '../doubles/responders/message';
import { sentMessage } from '../doubles/responders/send';
import type { RecordedRequest } from '../doubles/responders/types';
import type { Mode } from '../engine/rig';
import { expectSuccess, jsonOf, MODES, SECRETS, useRig } from '../engine/rig';

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

		test('in expression mode, a Uazapi placeholder written as the description says reaches Uazapi intact', async () => {
			const run = await rig.run(mode, {
				parameters: { ...base, phoneNumber: '5511900000001', messageText: '=Order {{ $json.order }} is ready, {{ "{{" }}first_name}}!' },
				items: [{ json: { order: 17 } }],
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/send/text', body: { number: '5511900000001', text: 'Order 17 is ready, {{first_name}}!' } },
			]);
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
						replyToMessageId: '5511988887777:3A00000000000042',
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
						replyid: '5511988887777:3A00000000000042',
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
			// Every item is checked before the first is sent: item 0 did not go out either.
			expect(rig.sent(mode)).toEqual([]);
		});

		test('without Continue On Fail, bad input in one item sends nothing at all (a rerun sends nothing twice)', async () => {
			const run = await rig.run(mode, {
				parameters: { ...base, phoneNumber: '={{ $json.phone }}', messageText: 'Hi' },
				items: ['5511900000001', '55 11 9abc-0002', '5511900000003', '5511900000004'].map((phone) => ({ json: { phone } })),
			});
			expect(run.error).toMatchObject({ message: 'Phone Number may only contain digits: "55 11 9abc-0002" (item 1)' });
			expect(rig.sent(mode)).toEqual([]);
		});

		test('one by one: without Continue On Fail, a server failure holds back the rest too', async () => {
			rig.uazapi.reply('POST /send/text', (request: RecordedRequest, state) =>
				(request.body as { number: string }).number === '5511900000002'
					? { status: 500, body: { error: 'WhatsApp client is not connected' } }
					: { status: 200, body: sentMessage(request, state) },
			);
			const run = await rig.run(mode, {
				parameters: { ...base, phoneNumber: '={{ $json.phone }}', messageText: 'Hi', delivery: { mode: 'sequential' } },
				items: ['5511900000001', '5511900000002', '5511900000003'].map((phone) => ({ json: { phone } })),
			});
			expect(run.error).toMatchObject({
				message: 'Uazapi or WhatsApp is unavailable',
				httpCode: '500',
				description:
					'The Uazapi server failed (HTTP 500). Try again later; if it persists, check the instance in the Uazapi panel. Uazapi said: "WhatsApp client is not connected". ' +
					`Already delivered: item 0 (message IDs ${SENT_IDS[0]}). To resume, run again from the item after the last one delivered.`,
			});
			expect(rig.sent(mode).map((sent) => (sent.body as { number: string }).number)).toEqual(['5511900000001', '5511900000002']);
		});

		test('refuses a bad mention before any request', async () => {
			await expectRefused(
				mode,
				{ ...base, phoneNumber: '5511900000001', messageText: 'Hi', additionalFields: { mentionUsers: 'John' } },
				'Mention Users may only contain digits: "John" (item 0)',
			);
		});

		test.each([
			['={{ 301 }}', 'Delay (Seconds) must be between 0 and 300, not 301 (item 0)'],
			['={{ -1 }}', 'Delay (Seconds) must be between 0 and 300, not -1 (item 0)'],
			['={{ "soon" }}', 'Delay (Seconds) is not a number: "soon" (item 0)'],
			['={{ null }}', 'Delay (Seconds) is not a number: null (item 0)'],
			['={{ [] }}', 'Delay (Seconds) is not a number: an array (item 0)'],
			['={{ true }}', 'Delay (Seconds) is not a number: a boolean (item 0)'],
		])('refuses a delay of %s before any request', async (delay, message) => {
			await expectRefused(mode, { ...base, phoneNumber: '5511900000001', messageText: 'Hi', additionalFields: { delay } }, message);
		});

		test('mentions people given by their WhatsApp ID as their phone numbers', async () => {
			const run = await rig.run(mode, {
				parameters: {
					...base,
					phoneNumber: GROUP_CHAT,
					messageText: 'Hi both',
					additionalFields: { mentionUsers: '5511900000002@s.whatsapp.net, 5511900000003:12@s.whatsapp.net' },
				},
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/send/text', body: { number: GROUP_CHAT, text: 'Hi both', mentions: '5511900000002,5511900000003' } },
			]);
		});

		test.each([
			[
				'a LID',
				'5511900000002, 123456789012345@lid',
				'Mention Users is a LID, not a phone number: "123456789012345@lid" (WhatsApp hides some senders behind a LID; use the trigger\'s senderNumber) (item 1)',
			],
			[
				'a group',
				'5511900000002, 120363012345678901@g.us',
				'Mention Users must be a person\'s phone number, not a group or channel ID: "120363012345678901@g.us" (item 1)',
			],
			[
				'a channel',
				'120363123456789012@newsletter',
				'Mention Users must be a person\'s phone number, not a group or channel ID: "120363123456789012@newsletter" (item 1)',
			],
		])('refuses a mention that is %s before its request, naming the field and the item', async (_case, mentionUsers, message) => {
			const run = await rig.run(mode, {
				parameters: { ...base, phoneNumber: GROUP_CHAT, messageText: 'Hi', additionalFields: { mentionUsers: '={{ $json.mentions }}' } },
				items: [{ json: { mentions: 'everyone' } }, { json: { mentions: mentionUsers } }],
			});
			expect(run.error?.message).toBe(message);
			// Every item is checked before the first is sent: item 0 (everyone) did not go out either.
			expect(rig.sent(mode)).toEqual([]);
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

		/**
		 * Answers sends after `ms`, counting how many were waiting for an answer at once. With a `gate`, a send is
		 * held until `gate.size` are waiting (or all `gate.total` arrived), so a batch sent at once is seen as one
		 * however slowly the machine runs.
		 */
		function measureConcurrency(ms: number, gate?: { size: number; total: number }) {
			const seen = { maxInFlight: 0, inFlight: 0, starts: [] as number[], ends: [] as number[] };
			let waiting: Array<() => void> = [];
			rig.uazapi.reply('POST /send/text', async (request, state) => {
				seen.starts.push(Date.now());
				seen.maxInFlight = Math.max(seen.maxInFlight, ++seen.inFlight);
				if (gate) {
					const held = new Promise<void>((resolve) => waiting.push(resolve));
					if (seen.inFlight >= gate.size || seen.starts.length === gate.total) {
						waiting.forEach((release) => release());
						waiting = [];
					}
					await held;
				}
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
			const seen = measureConcurrency(0, { size: 2, total: 8 });
			const run = await rig.run(mode, { parameters: { ...parameters, delivery: { mode: 'parallel' } }, items: fiftyItems.slice(0, 8) });
			expectSuccess(run);
			expect(seen.maxInFlight).toBeGreaterThan(1);
			expect(rig.sent(mode)).toHaveLength(8);
			expect(run.outputs[0].map((item) => item.pairedItem)).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((item) => ({ item })));
		});

		test('"In Batches" sends a batch at once, then pauses before the next batch', async () => {
			const seen = measureConcurrency(40, { size: 3, total: 7 });
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

describe.each(MODES)('Message · Send Template (%s)', (mode) => {
	const base = { resource: 'message', operation: 'sendTemplate', phoneNumber: '5511900000001' };
	const SAVED = () => [
		quickReply({ id: 'rb9da9c03637452', shortCut: 'greeting', type: 'text', text: 'Hello {{name}}! How can we help?' }),
		quickReply({
			id: 'rc2f1e7a0b9d311',
			shortCut: 'catalog',
			type: 'document',
			text: 'Our catalog, {{first_name}}',
			file: 'https://files.example.test/catalog.pdf',
			docName: 'catalog-2026.pdf',
		}),
		quickReply({ id: 'rd4a8c2e1f0b722', shortCut: 'voice-hello', type: 'ptt', text: 'ignored for audio', file: 'https://files.example.test/hello.ogg' }),
		quickReply({ id: 're5b9d3f2a1c833', shortCut: 'broken', type: 'image', text: 'no file' }),
	];
	const SHOWALL = { method: 'GET', path: '/quickreply/showall' };

	beforeEach(() => {
		rig.uazapi.state.quickReplies = SAVED();
	});

	test('a text quick reply picked from the list goes out with /send/text, placeholders left for Uazapi', async () => {
		const run = await rig.run(mode, {
			parameters: { ...base, templateName: { __rl: true, mode: 'list', value: 'rb9da9c03637452', cachedResultName: 'greeting (text)' } },
		});
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			SHOWALL,
			{ method: 'POST', path: '/send/text', body: { number: '5511900000001', text: 'Hello {{name}}! How can we help?' } },
		]);
		expect(jsonOf(run)).toEqual([
			sendAnswer(1, { chatid: USER_CHAT, messageType: 'ExtendedTextMessage', text: 'Hello {{name}}! How can we help?' }),
		]);
	});

	test('a document quick reply, found by its shortcut, goes out with /send/media and the Send Options', async () => {
		const run = await rig.run(mode, {
			parameters: {
				...base,
				templateName: { __rl: true, mode: 'id', value: 'Catalog' },
				additionalFields: { trackSource: 'n8n', forwarded: true, delay: 1 },
			},
		});
		expectSuccess(run);
		const body = {
			number: '5511900000001',
			type: 'document',
			file: 'https://files.example.test/catalog.pdf',
			text: 'Our catalog, {{first_name}}',
			docName: 'catalog-2026.pdf',
			delay: 1000,
			forward: true,
			track_source: 'n8n',
		};
		expect(rig.sent(mode)).toEqual([SHOWALL, { method: 'POST', path: '/send/media', body }]);
		expect(jsonOf(run)).toEqual([
			sendAnswer(1, {
				chatid: USER_CHAT,
				messageType: 'DocumentMessage',
				text: 'Our catalog, {{first_name}}',
				track_source: 'n8n',
				fileURL: `https://files.example.test/${SENT_IDS[0]}`,
			}),
		]);
	});

	test('an audio quick reply is sent without a caption, by ID given as a plain value', async () => {
		const run = await rig.run(mode, { parameters: { ...base, templateName: 'rd4a8c2e1f0b722' } });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			SHOWALL,
			{ method: 'POST', path: '/send/media', body: { number: '5511900000001', type: 'ptt', file: 'https://files.example.test/hello.ogg' } },
		]);
		expect(jsonOf(run)).toEqual([
			sendAnswer(1, { chatid: USER_CHAT, messageType: 'AudioMessage', fileURL: `https://files.example.test/${SENT_IDS[0]}` }),
		]);
	});

	test('an unknown quick reply is a clear "not found" error and nothing is sent', async () => {
		const run = await rig.run(mode, { parameters: { ...base, templateName: { __rl: true, mode: 'id', value: 'promo' } } });
		expect(run.error?.message).toBe('Quick reply not found: "promo" (item 0)');
		expect(run.error?.description).toBe(
			'No saved quick reply has this ID or shortcut. Saved quick replies: greeting, catalog, voice-hello, broken.',
		);
		expect(rig.sent(mode)).toEqual([SHOWALL]);
	});

	test('a quick reply without its file is refused and nothing is sent', async () => {
		const run = await rig.run(mode, { parameters: { ...base, templateName: { __rl: true, mode: 'id', value: 'broken' } } });
		expect(run.error?.message).toBe('Quick reply "broken" cannot be sent: it has no file (item 0)');
		expect(rig.sent(mode)).toEqual([SHOWALL]);
	});

	test('an instance without quick replies says so', async () => {
		rig.uazapi.state.quickReplies = [];
		const run = await rig.run(mode, { parameters: { ...base, templateName: { __rl: true, mode: 'id', value: 'greeting' } } });
		expect(run.error?.message).toBe('Quick reply not found: "greeting" (item 0)');
		expect(run.error?.description).toBe(
			'This instance has no saved quick replies. Create them in the Uazapi panel or with WhatsApp Business.',
		);
	});

	test('refuses an empty template and a bad number before any request (not even the list)', async () => {
		await expectRefused(
			mode,
			{ ...base, templateName: { __rl: true, mode: 'id', value: '={{ "" }}' } },
			'Template is empty (item 0)',
			'Pick a saved quick reply from the list, or enter its ID or shortcut.',
		);
		await expectRefused(
			mode,
			{ ...base, phoneNumber: '={{ "call me" }}', templateName: { __rl: true, mode: 'id', value: 'greeting' } },
			'Phone Number may only contain digits: "call me" (item 0)',
		);
	});

	test('several items: the saved quick replies are looked up once per run, the sends go out in order', async () => {
		const run = await rig.run(mode, {
			parameters: { ...base, phoneNumber: '={{ $json.phone }}', templateName: { __rl: true, mode: 'id', value: 'greeting' } },
			items: [{ json: { phone: '5511900000001' } }, { json: { phone: '5511900000002' } }],
		});
		expectSuccess(run);
		const text = 'Hello {{name}}! How can we help?';
		expect(rig.sent(mode)).toEqual([
			SHOWALL,
			{ method: 'POST', path: '/send/text', body: { number: '5511900000001', text } },
			{ method: 'POST', path: '/send/text', body: { number: '5511900000002', text } },
		]);
		expect(run.outputs[0].map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});
});

describe.each(MODES)('Message · Send Quick Reply (%s)', (mode) => {
	const base = { resource: 'message', operation: 'sendQuickReply', phoneNumber: '5511900000001', messageText: 'How can we help?' };
	const button = (fields: IDataObject) => ({ buttons: { button: [fields] } });

	test('sends POST /send/menu type button with every kind of button, footer and image', async () => {
		const run = await rig.run(mode, {
			parameters: {
				...base,
				buttons: {
					button: [
						{ type: 'reply', text: 'Support', id: 'support' },
						{ type: 'reply', text: 'Just browsing' },
						{ type: 'url', text: 'Our site', url: 'https://example.com/shop' },
						{ type: 'call', text: 'Call us', phone: '+55 (11) 3333-4444' },
						{ type: 'copy', text: 'Coupon', code: 'SAVE20' },
					],
				},
				footerText: 'Reply any time',
				imageButton: 'https://example.com/banner.jpg',
				// "Show as Forwarded" does not exist for menus: it must not reach /send/menu.
				additionalFields: { forwarded: true, trackId: 'menu-1' },
			},
		});
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			{
				method: 'POST',
				path: '/send/menu',
				body: {
					number: '5511900000001',
					type: 'button',
					text: 'How can we help?',
					choices: ['Support|support', 'Just browsing', 'Our site|https://example.com/shop', 'Call us|call:+551133334444', 'Coupon|copy:SAVE20'],
					footerText: 'Reply any time',
					imageButton: 'https://example.com/banner.jpg',
					track_id: 'menu-1',
				},
			},
		]);
		expect(jsonOf(run)).toEqual([
			sendAnswer(1, { chatid: USER_CHAT, messageType: 'ButtonsMessage', text: 'How can we help?', track_id: 'menu-1' }),
		]);
	});

	test('buttons saved by 1.0.5 ({text, id} without a type) are reply buttons', async () => {
		const run = await rig.run(mode, { parameters: { ...base, buttons: { button: [{ text: 'Yes', id: 'y' }, { text: 'No', id: 'n' }] } } });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			{ method: 'POST', path: '/send/menu', body: { number: '5511900000001', type: 'button', text: 'How can we help?', choices: ['Yes|y', 'No|n'] } },
		]);
	});

	test.each([
		['no buttons', { buttons: {} }, 'Buttons is empty (item 0)'],
		['an empty button list', { buttons: { button: [] } }, 'Buttons is empty (item 0)'],
		['a button without text', button({ type: 'reply', text: '  ', id: 'x' }), 'Button 1 Text is empty (item 0)'],
		['a label with the | separator', button({ type: 'reply', text: 'Yes|No' }), 'Button 1 Text contains "|" or a line break: "Yes|No" (item 0)'],
		['a reply ID that looks like a link', button({ type: 'reply', text: 'Go', id: 'https://x.test' }), 'Button 1 ID starts like a link, call or copy button: "https://x.test" (item 0)'],
		['a URL that is not http(s)', button({ type: 'url', text: 'Site', url: 'example.com' }), 'Button 1 URL is not an http(s) URL: "example.com" (item 0)'],
		['a call number with letters', button({ type: 'call', text: 'Call', phone: '0800-FLOWERS' }), 'Button 1 Phone Number may only contain digits: "0800-FLOWERS" (item 0)'],
		['a call number that is a group', button({ type: 'call', text: 'Call', phone: GROUP_CHAT }), `Button 1 Phone Number must be a phone number, not a WhatsApp ID: "${GROUP_CHAT}" (item 0)`],
		['a copy button without code', button({ type: 'copy', text: 'Coupon', code: '' }), 'Button 1 Code is empty (item 0)'],
		['an empty message', { messageText: '={{ "" }}', ...button({ text: 'Yes' }) }, 'Message is empty (item 0)'],
	])('refuses %s before any request', async (_case, parameters, message) => {
		await expectRefused(mode, { ...base, ...parameters }, message);
	});
});

describe.each(MODES)('Message · Send List (%s)', (mode) => {
	const base = { resource: 'message', operation: 'sendList', phoneNumber: GROUP_CHAT, messageText: 'Our menu', listButton: 'See options' };
	const items = (...item: IDataObject[]) => ({ listItems: { item } });

	test('sends POST /send/menu type list with sections, rows "Title|id|description" and footer', async () => {
		const run = await rig.run(mode, {
			parameters: {
				...base,
				...items(
					{ section: 'Pizzas', title: 'Margherita', id: 'p1', description: 'Tomato, basil' },
					{ title: 'Pepperoni', id: 'p2' },
					{ section: 'Pizzas', title: 'Four cheese', description: 'Creamy' },
					{ section: 'Drinks', title: 'Water', id: 'd1' },
				),
				footerText: 'Open until 23:00',
				additionalFields: { replyToMessageId: '3A00000000000001', async: false },
			},
		});
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			{
				method: 'POST',
				path: '/send/menu',
				body: {
					number: GROUP_CHAT,
					type: 'list',
					text: 'Our menu',
					choices: ['[Pizzas]', 'Margherita|p1|Tomato, basil', 'Pepperoni|p2', 'Four cheese|Four cheese|Creamy', '[Drinks]', 'Water|d1'],
					listButton: 'See options',
					footerText: 'Open until 23:00',
					replyid: '3A00000000000001',
					async: false,
				},
			},
		]);
		expect(jsonOf(run)).toEqual([
			sendAnswer(1, { chatid: GROUP_CHAT, messageType: 'ListMessage', text: 'Our menu', quoted: '3A00000000000001' }),
		]);
	});

	test('rows saved by 1.0.5 ({title, description, id}, no sections) are sent without section headers', async () => {
		const run = await rig.run(mode, { parameters: { ...base, ...items({ title: 'A', description: 'first', id: 'a' }, { title: 'B', description: '', id: 'b' }) } });
		expectSuccess(run);
		expect((rig.sent(mode)[0].body as IDataObject).choices).toEqual(['A|a|first', 'B|b']);
	});

	test.each([
		['no items', { listItems: {} }, 'Items is empty (item 0)'],
		['an item without title', items({ title: '', id: 'x' }), 'Item 1 Title is empty (item 0)'],
		['a title written like a section', items({ title: '[Drinks]' }), 'Item 1 Title is written like a section heading: "[Drinks]" (item 0)'],
		['an ID with the | separator', items({ title: 'A', id: 'a|b' }), 'Item 1 ID contains "|" or a line break: "a|b" (item 0)'],
		['an empty list button', { listButton: '={{ " " }}', ...items({ title: 'A' }) }, 'List Button is empty (item 0)'],
		['a bad number', { phoneNumber: '={{ "abc" }}', ...items({ title: 'A' }) }, 'Phone Number may only contain digits: "abc" (item 0)'],
	])('refuses %s before any request', async (_case, parameters, message) => {
		await expectRefused(mode, { ...base, ...parameters }, message);
	});
});

describe.each(MODES)('Message · Send Poll (%s)', (mode) => {
	const base = { resource: 'message', operation: 'sendPoll', phoneNumber: GROUP_CHAT, messageText: 'Which day?' };
	const options = (...texts: string[]) => ({ pollOptions: { option: texts.map((text) => ({ text })) } });

	test('sends POST /send/menu type poll with plain options and how many may be chosen', async () => {
		const run = await rig.run(mode, { parameters: { ...base, ...options('Monday', ' Tuesday ', 'Friday'), selectableCount: 2, additionalFields: { mentionUsers: 'everyone' } } });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			{
				method: 'POST',
				path: '/send/menu',
				body: { number: GROUP_CHAT, type: 'poll', text: 'Which day?', choices: ['Monday', 'Tuesday', 'Friday'], selectableCount: 2, mentions: 'all' },
			},
		]);
		expect(jsonOf(run)).toEqual([sendAnswer(1, { chatid: GROUP_CHAT, messageType: 'PollCreationMessageV3', text: 'Which day?' })]);
	});

	test.each([
		['a single option', options('Yes'), 'Options has 1 options (item 0)'],
		['13 options', options(...Array.from({ length: 13 }, (_, i) => `Option ${i + 1}`)), 'Options has 13 options (item 0)'],
		['an empty option', options('Yes', ''), 'Option 2 is empty (item 0)'],
		['the same option twice', options('Yes', 'No', 'Yes'), 'Options lists "Yes" twice (item 0)'],
		['more choices allowed than options', { ...options('Yes', 'No'), selectableCount: 3 }, 'Selectable Options must be a whole number from 1 to 2 (the number of options), not 3 (item 0)'],
		['an empty question', { messageText: '={{ "" }}', ...options('Yes', 'No') }, 'Message is empty (item 0)'],
	])('refuses %s before any request', async (_case, parameters, message) => {
		await expectRefused(mode, { ...base, ...parameters }, message);
	});
});

describe.each(MODES)('Message · Send Location (%s)', (mode) => {
	const base = { resource: 'message', operation: 'sendLocation', phoneNumber: '5511900000001' };

	test('sends POST /send/location with coordinates, name and address', async () => {
		const run = await rig.run(mode, {
			parameters: { ...base, latitude: -23.5505, longitude: -46.6333, locationName: 'Our shop', address: 'Av. Paulista, 1000', additionalFields: { markChatAsRead: true } },
		});
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			{
				method: 'POST',
				path: '/send/location',
				body: { number: '5511900000001', latitude: -23.5505, longitude: -46.6333, name: 'Our shop', address: 'Av. Paulista, 1000', readchat: true },
			},
		]);
		expect(jsonOf(run)).toEqual([sendAnswer(1, { chatid: USER_CHAT, messageType: 'LocationMessage' })]);
	});

	test('takes coordinates given as text by an expression, and the edges of the ranges', async () => {
		const run = await rig.run(mode, { parameters: { ...base, latitude: '={{ "-90" }}', longitude: '={{ "180" }}' } });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/send/location', body: { number: '5511900000001', latitude: -90, longitude: 180 } }]);
	});

	test.each([
		['latitude 200', { latitude: 200, longitude: 10 }, 'Latitude must be between -90 and 90, not 200 (item 0)'],
		['latitude -90.5', { latitude: -90.5, longitude: 10 }, 'Latitude must be between -90 and 90, not -90.5 (item 0)'],
		['longitude 181', { latitude: 10, longitude: 181 }, 'Longitude must be between -180 and 180, not 181 (item 0)'],
		['a latitude that is not a number', { latitude: '={{ "north" }}', longitude: 10 }, 'Latitude is not a number: "north" (item 0)'],
		['an empty longitude', { latitude: 10, longitude: '={{ "" }}' }, 'Longitude is not a number: "" (item 0)'],
		['a bad number', { phoneNumber: '={{ "123" }}', latitude: 1, longitude: 1 }, 'Phone Number has too few digits (3): include the country code, e.g. 5511999999999 (item 0)'],
	])('refuses %s before any request', async (_case, parameters, message) => {
		await expectRefused(mode, { ...base, ...parameters }, message);
	});
});

describe.each(MODES)('Message · Get Messages (%s)', (mode) => {
	const base = { resource: 'message', operation: 'getMessages' };

	test('Return All follows nextOffset/hasMore across three pages, one item per message, newest first', async () => {
		rig.uazapi.state.messages = [
			...chatHistory(rig.uazapi.state, USER_CHAT, 250),
			...chatHistory(rig.uazapi.state, GROUP_CHAT, 3).map((message) => ({ ...message, messageid: `G${String(message.messageid)}`, id: `x:G${String(message.messageid)}` })),
		];
		const run = await rig.run(mode, { parameters: { ...base, phoneNumber: '+55 11 90000-0001', returnAll: true } });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([0, 100, 200].map((offset) => ({ method: 'POST', path: '/message/find', body: { chatid: USER_CHAT, limit: 100, offset } })));
		const output = jsonOf(run);
		expect(output).toHaveLength(250);
		expect(output.map((json) => json.text)).toEqual(Array.from({ length: 250 }, (_, i) => `Message ${250 - i}`));
		expect(output[0]).toEqual({
			id: `${OWNER}:3A00000000000250`,
			messageid: '3A00000000000250',
			chatid: USER_CHAT,
			sender: USER_CHAT,
			sender_pn: USER_CHAT,
			senderName: 'Contact 01',
			isGroup: false,
			fromMe: false,
			messageType: 'Conversation',
			source: 'android',
			messageTimestamp: 1770000250000,
			status: 'Delivered',
			text: 'Message 250',
			quoted: '',
			edited: '',
			reaction: '',
			vote: '',
			buttonOrListid: '',
			owner: OWNER,
			wasSentByApi: false,
			fileURL: '',
			track_source: '',
			track_id: '',
		});
		expect(run.outputs[0].every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	test('Limit asks for just that many, in a group chat', async () => {
		rig.uazapi.state.messages = chatHistory(rig.uazapi.state, GROUP_CHAT, 30);
		const run = await rig.run(mode, { parameters: { ...base, phoneNumber: GROUP_CHAT, limit: 5 } });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/message/find', body: { chatid: GROUP_CHAT, limit: 5, offset: 0 } }]);
		expect(jsonOf(run).map((json) => json.text)).toEqual(['Message 30', 'Message 29', 'Message 28', 'Message 27', 'Message 26']);
	});

	test('filters by message ID (sent as typed, in the full owner:ID form) and tracking fields, across all chats', async () => {
		rig.uazapi.state.messages = [
			...chatHistory(rig.uazapi.state, USER_CHAT, 3),
			...chatHistory(rig.uazapi.state, GROUP_CHAT, 2, { track_source: 'n8n', track_id: 'order-17' }).map((message) => ({
				...message,
				id: `${OWNER}:G${String(message.messageid)}`,
				messageid: `G${String(message.messageid)}`,
			})),
		];
		const run = await rig.run(mode, {
			parameters: {
				...base,
				returnAll: true,
				messageFilters: { trackSource: 'n8n', trackId: ' order-17 ', messageId: ` ${OWNER}:G3A00000000000002 ` },
			},
		});
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			{
				method: 'POST',
				path: '/message/find',
				body: { id: `${OWNER}:G3A00000000000002`, track_source: 'n8n', track_id: 'order-17', limit: 100, offset: 0 },
			},
		]);
		expect(jsonOf(run).map((json) => [json.messageid, json.chatid, json.text])).toEqual([['G3A00000000000002', GROUP_CHAT, 'Message 2']]);
	});

	test('no messages: no items', async () => {
		const run = await rig.run(mode, { parameters: { ...base, returnAll: true, messageFilters: { trackId: 'nothing' } } });
		expectSuccess(run);
		expect(jsonOf(run)).toEqual([]);
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/message/find', body: { track_id: 'nothing', limit: 100, offset: 0 } }]);
	});

	test('an unknown chat is "Chat not found"', async () => {
		const run = await rig.run(mode, { parameters: { ...base, phoneNumber: '5511977776666' } });
		expect(run.error?.message).toBe('Chat not found');
		expect(run.error?.description).toBe(
			'Check the number or chat ID: the chat must exist on this WhatsApp account. Uazapi said: "Chat not found".',
		);
		expect(run.error?.httpCode).toBe('404');
	});

	test('refuses a chat with letters before any request', async () => {
		await expectRefused(mode, { ...base, phoneNumber: 'my group' }, 'Chat may only contain digits: "my group" (item 0)');
	});
});

describe.each(MODES)('Message · Mark as Read (%s)', (mode) => {
	const base = { resource: 'message', operation: 'markAsRead' };

	beforeEach(() => {
		rig.uazapi.state.messages = chatHistory(rig.uazapi.state, USER_CHAT, 3);
	});

	test('marks messages given as a comma-separated list with POST /message/markread', async () => {
		const run = await rig.run(mode, { parameters: { ...base, messageId: '3A00000000000001, 3A00000000000003,,' } });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/message/markread', body: { id: ['3A00000000000001', '3A00000000000003'] } }]);
		expect(jsonOf(run)).toEqual([
			{
				results: [
					{ message_id: '3A00000000000001', status: 'success' },
					{ message_id: '3A00000000000003', status: 'success' },
				],
			},
		]);
	});

	test('takes an array of IDs from an expression (1.0.5 style: operation defaults to messages)', async () => {
		const run = await rig.run(mode, { parameters: { ...base, messageId: '={{ $json.ids }}' }, items: [{ json: { ids: ['3A00000000000002', 'UNKNOWN'] } }] });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/message/markread', body: { id: ['3A00000000000002', 'UNKNOWN'] } }]);
		expect(jsonOf(run)).toEqual([
			{
				results: [
					{ message_id: '3A00000000000002', status: 'success' },
					{ message_id: 'UNKNOWN', status: 'error', error: 'Message not found' },
				],
			},
		]);
	});

	test('sends the bare ID of a message given in the owner:ID form (the id field of the trigger or Get Messages)', async () => {
		const run = await rig.run(mode, { parameters: { ...base, messageId: `${OWNER}:3A00000000000001, 3A00000000000002` } });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/message/markread', body: { id: ['3A00000000000001', '3A00000000000002'] } }]);
		expect(jsonOf(run)).toEqual([
			{
				results: [
					{ message_id: '3A00000000000001', status: 'success' },
					{ message_id: '3A00000000000002', status: 'success' },
				],
			},
		]);
	});

	test('marks a whole chat with POST /chat/read, the number in JID form', async () => {
		const run = await rig.run(mode, { parameters: { ...base, readScope: 'chat', phoneNumber: '+55 11 90000-0003' } });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/chat/read', body: { number: '5511900000003@s.whatsapp.net', read: true } }]);
		expect(jsonOf(run)).toEqual([{ response: 'Chat read status updated successfully' }]);
		expect(rig.uazapi.state.chats[2].wa_unreadCount).toBe(0);
	});

	test('an unknown chat is "Chat not found", not "Message not found"', async () => {
		const run = await rig.run(mode, { parameters: { ...base, readScope: 'chat', phoneNumber: '5511977776666' } });
		expect(run.error?.message).toBe('Chat not found');
		expect(run.error?.httpCode).toBe('404');
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/chat/read', body: { number: '5511977776666@s.whatsapp.net', read: true } }]);
	});

	test.each([
		['no message ID', { messageId: '={{ " , " }}' }, 'Message IDs is empty (item 0)'],
		['an owner with no message ID after it', { messageId: `3A00000000000001, ${OWNER}:` }, `Message IDs has no message ID after the ":": "${OWNER}:" (item 0)`],
		['a chat with letters', { readScope: 'chat', phoneNumber: '={{ "family" }}' }, 'Chat may only contain digits: "family" (item 0)'],
	])('refuses %s before any request', async (_case, parameters, message) => {
		await expectRefused(mode, { ...base, ...parameters }, message);
	});
});

describe.each(MODES)('Message · quick reply list (%s)', (mode) => {
	beforeEach(() => {
		rig.uazapi.state.quickReplies = [
			quickReply({ id: 'rb9da9c03637452', shortCut: 'greeting', type: 'text', text: 'Hello {{name}}!' }),
			quickReply({ id: 'rc2f1e7a0b9d311', shortCut: 'catalog', type: 'document', text: 'Our catalog', file: 'https://files.example.test/c.pdf' }),
			quickReply({ id: 'rd4a8c2e1f0b722', shortCut: 'price', type: '', text: 'Prices: see the catalog' }),
		];
	});
	const parameters = { resource: 'message', operation: 'sendTemplate' };

	test('lists the saved quick replies from GET /quickreply/showall, their IDs as values', async () => {
		const result = await rig.listSearch(mode, 'searchQuickReplies', { parameters });
		expect(result).toEqual({
			results: [
				{ name: 'greeting (text)', value: 'rb9da9c03637452' },
				{ name: 'catalog (document)', value: 'rc2f1e7a0b9d311' },
				{ name: 'price (text)', value: 'rd4a8c2e1f0b722' },
			],
		});
		expect(rig.sent(mode)).toEqual([{ method: 'GET', path: '/quickreply/showall' }]);
	});

	test('the search matches the shortcut or the text, ignoring case', async () => {
		expect(await rig.listSearch(mode, 'searchQuickReplies', { parameters, filter: 'CATALOG' })).toEqual({
			results: [
				{ name: 'catalog (document)', value: 'rc2f1e7a0b9d311' },
				{ name: 'price (text)', value: 'rd4a8c2e1f0b722' },
			],
		});
	});

	test('a refused token is explained, without the token', async () => {
		rig.uazapi.reply('GET /quickreply/showall', { status: 401, body: { error: 'Invalid token' } });
		const error = await rig.listSearch(mode, 'searchQuickReplies', { parameters }).catch((thrown: Error) => thrown);
		expect(error).toMatchObject({
			message: 'Uazapi refused the instance token',
			description: 'Check "Instance Token" in the Uazapi credential: copy it from the instance in the Uazapi panel. Uazapi said: "Invalid token".',
		});
		for (const secret of SECRETS) expect(JSON.stringify({ ...(error as object), message: (error as Error).message })).not.toContain(secret);
	});
});
