import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { sentMessage } from '../doubles/responders/send';
import type { RecordedRequest } from '../doubles/responders/types';
import { expectSuccess, jsonOf, MODES, useRig } from '../engine/rig';

// Delivery "In Order per Chat" (the default of every send): the order per chat, the concurrency across chats
// and its limit are read from what the Uazapi double recorded (which requests waited for an answer together),
// never from timings.

const rig = useRig();

const sendText = { resource: 'message', operation: 'sendText', phoneNumber: '={{ $json.to }}', messageText: '={{ $json.text }}' };

/** The chat a request went to, in JID form (what Uazapi makes of the number). */
function chatAt(request: RecordedRequest): string {
	const number = String((request.body as IDataObject).number);
	return number.includes('@') ? number : `${number}@s.whatsapp.net`;
}

const textOf = (request: RecordedRequest) => String((request.body as IDataObject).text);

/** Items `{to, text: m<i>}`, one per recipient given. */
const itemsTo = (recipients: string[]): INodeExecutionData[] => recipients.map((to, i) => ({ json: { to, text: `m${i}` } }));

/** The texts that reached Uazapi, chat by chat, in their order of arrival. */
function arrivedPerChat(): Record<string, string[]> {
	const chats: Record<string, string[]> = {};
	for (const request of rig.uazapi.requests) (chats[chatAt(request)] ??= []).push(textOf(request));
	return chats;
}

/** The texts of the input items, chat by chat, in input order. */
function inputPerChat(items: INodeExecutionData[], chatOfRecipient: (to: string) => string): Record<string, string[]> {
	const chats: Record<string, string[]> = {};
	for (const item of items) (chats[chatOfRecipient(String(item.json.to))] ??= []).push(String(item.json.text));
	return chats;
}

/** Requests of the same chat never waited for an answer together. */
function expectOneAtATimePerChat() {
	for (const { request, alongside } of rig.uazapi.arrivals) {
		expect(alongside.filter((other) => chatAt(other) === chatAt(request)).map(textOf)).toEqual([]);
	}
}

describe.each(MODES)('Delivery: In Order per Chat (%s)', (mode) => {
	test('by default, each chat gets its messages one by one in input order, while four chats travel together', async () => {
		// Chat A written three ways, a group written two ways: still one chat each.
		const A = ['+55 (11) 90000-0001', '5511900000001@s.whatsapp.net', '005511900000001'];
		const B = '5511900000002';
		const C = '5511900000003:7@s.whatsapp.net';
		const G = ['120363012345678901@g.us', '120363012345678901@G.US'];
		const recipients = [A[0], A[1], B, G[0], A[2], C, C, B, G[1], A[0], B, C, G[0], G[1], A[1], B, C, G[0], B, C];
		const chatOfRecipient = (to: string) =>
			A.includes(to) ? '5511900000001@s.whatsapp.net' : G.includes(to) ? '120363012345678901@g.us' : to === B ? `${B}@s.whatsapp.net` : '5511900000003@s.whatsapp.net';
		const items = itemsTo(recipients);
		// Every answer waits until four requests wait together: the node keeps one message per chat in flight.
		rig.uazapi.holdAnswers(4);
		const run = await rig.run(mode, { parameters: sendText, items });
		expectSuccess(run);
		expect(rig.sent(mode)).toHaveLength(20);
		expect(rig.uazapi.maxInFlight).toBe(4);
		expectOneAtATimePerChat();
		expect(arrivedPerChat()).toEqual(inputPerChat(items, chatOfRecipient));
		// Each wave holds the next message of every chat.
		for (let wave = 0; wave < 5; wave++) {
			const chats = rig.uazapi.requests.slice(wave * 4, wave * 4 + 4).map(chatAt).sort();
			expect(chats).toEqual(['120363012345678901@g.us', '5511900000001@s.whatsapp.net', '5511900000002@s.whatsapp.net', '5511900000003@s.whatsapp.net']);
		}
		expect(jsonOf(run).map((json) => json.text)).toEqual(items.map((item) => item.json.text));
		expect(jsonOf(run).map((json) => json.chatid)).toEqual(recipients.map(chatOfRecipient));
		expect(run.outputs[0].map((item) => item.pairedItem)).toEqual(items.map((_, item) => ({ item })));
	});

	test('at most "Chats at Once" messages are in flight, the lowest items first', async () => {
		const items = itemsTo(Array.from({ length: 12 }, (_, i) => `55119000001${String(i).padStart(2, '0')}`));
		// Held until three wait together (the node keeps three in flight), and 30 ms more: time for a fourth
		// request to show up, were the node to send more than three at once.
		rig.uazapi.holdAnswers(3).latency = () => 30;
		const run = await rig.run(mode, { parameters: { ...sendText, delivery: { chatsAtOnce: 3 } }, items });
		expectSuccess(run);
		expect(rig.uazapi.maxInFlight).toBe(3);
		const waves = [0, 1, 2, 3].map((wave) => rig.uazapi.requests.slice(wave * 3, wave * 3 + 3).map(textOf).sort());
		expect(waves).toEqual([
			['m0', 'm1', 'm2'],
			['m3', 'm4', 'm5'],
			['m6', 'm7', 'm8'],
			['m10', 'm11', 'm9'],
		]);
		expect(jsonOf(run).map((json) => json.text)).toEqual(items.map((item) => item.json.text));
	});

	test('the default limit is 10 chats at once', async () => {
		const items = itemsTo(Array.from({ length: 20 }, (_, i) => `55119000002${String(i).padStart(2, '0')}`));
		rig.uazapi.holdAnswers(10).latency = () => 30;
		const run = await rig.run(mode, { parameters: sendText, items });
		expectSuccess(run);
		expect(rig.uazapi.maxInFlight).toBe(10);
		expect(rig.uazapi.requests.slice(0, 10).map(textOf).sort()).toEqual(['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9']);
	});

	test('with answers at random delays, the limit holds and every chat keeps its order', async () => {
		const chats = Array.from({ length: 10 }, (_, i) => `55119000003${String(i).padStart(2, '0')}`);
		const items = itemsTo(Array.from({ length: 40 }, (_, i) => chats[(i * 7) % 10]));
		rig.uazapi.latency = () => 10 + Math.floor(Math.random() * 30);
		const run = await rig.run(mode, { parameters: { ...sendText, delivery: { mode: 'perChat', chatsAtOnce: 4 } }, items });
		expectSuccess(run);
		expect(rig.uazapi.requests).toHaveLength(40);
		expect(rig.uazapi.maxInFlight).toBeLessThanOrEqual(4);
		expectOneAtATimePerChat();
		expect(arrivedPerChat()).toEqual(inputPerChat(items, (to) => `${to}@s.whatsapp.net`));
		expect(jsonOf(run).map((json) => json.text)).toEqual(items.map((item) => item.json.text));
	});

	test('requests without a chat (Send Status) keep their input order among themselves', async () => {
		rig.uazapi.latency = () => Math.floor(Math.random() * 8);
		const items = [0, 1, 2, 3].map((i) => ({ json: { text: `News ${i}` } }));
		const run = await rig.run(mode, {
			parameters: { resource: 'message', operation: 'sendStatus', statusType: 'text', statusText: '={{ $json.text }}' },
			items,
		});
		expectSuccess(run);
		expect(rig.uazapi.maxInFlight).toBe(1);
		expect(rig.uazapi.requests.map(textOf)).toEqual(['News 0', 'News 1', 'News 2', 'News 3']);
	});

	describe('failures', () => {
		const A = '5511900000011';
		const B = '5511900000012';
		const C = '5511900000013';
		// Item 3 (chat B) fails; A and C travel beside it.
		const recipients = [A, B, C, B, A, C, B, A, C, A];
		const items = itemsTo(recipients);

		/** Fails m3 with a 500; records the message ID of every message answered with success. */
		function failThird() {
			const answered = new Map<string, string>();
			rig.uazapi.latency = () => Math.floor(Math.random() * 6);
			rig.uazapi.reply('POST /send/text', (request, state) => {
				if (textOf(request) === 'm3') return { status: 500, body: { error: 'WhatsApp client is not connected' } };
				const body = sentMessage(request, state);
				answered.set(textOf(request), body.messageid);
				return { status: 200, body };
			});
			return answered;
		}

		test('without Continue On Fail: no later message of that chat is sent, and the error lists exactly what Uazapi accepted', async () => {
			const answered = failThird();
			const run = await rig.run(mode, { parameters: sendText, items });
			expect(run.error).toMatchObject({ message: 'Uazapi or WhatsApp is unavailable', httpCode: '500' });
			expect(run.error?.context).toMatchObject({ itemIndex: 3 });
			const arrived = rig.uazapi.requests.map(textOf);
			// m1 (B) was answered before m3 (B) went out; m6 (B) never goes out.
			expect(arrived).toContain('m1');
			expect(arrived).toContain('m3');
			expect(arrived).not.toContain('m6');
			expectOneAtATimePerChat();
			// Which other chats' messages went out depends on when the failure came back; whatever they are,
			// the error names every one Uazapi accepted (messages still in flight were awaited) and no other.
			const delivered = items.map((_, i) => i).filter((i) => answered.has(`m${i}`));
			expect(delivered).toEqual(expect.arrayContaining([0, 1, 2]));
			const ids = delivered.map((i) => answered.get(`m${i}`));
			expect(run.error?.description).toBe(
				'The Uazapi server failed (HTTP 500). Try again later; if it persists, check the instance in the Uazapi panel. Uazapi said: "WhatsApp client is not connected". ' +
					`Already delivered: items ${delivered.join(', ')} (message IDs ${ids.join(', ')}). No other item was delivered: to resume, run again with only the items not listed here.`,
			);
			// Every request but m3 was answered with success, so the list is also every other arrival.
			expect(arrived.filter((text) => text !== 'm3').sort()).toEqual(delivered.map((i) => `m${i}`).sort());
			expect(run.outputs).toEqual([]);
		});

		test('with Continue On Fail: every item is sent once, the failed one is an error item paired to it, each chat in order', async () => {
			failThird();
			const run = await rig.run(mode, { parameters: sendText, items, continueOnFail: true });
			expectSuccess(run);
			expect(rig.uazapi.requests.map(textOf).sort()).toEqual(items.map((item) => String(item.json.text)).sort());
			expectOneAtATimePerChat();
			expect(arrivedPerChat()).toEqual(inputPerChat(items, (to) => `${to}@s.whatsapp.net`));
			const output = jsonOf(run);
			expect(output[3]).toEqual({ error: 'Uazapi or WhatsApp is unavailable' });
			expect(output.filter((_, i) => i !== 3).map((json) => json.text)).toEqual(items.filter((_, i) => i !== 3).map((item) => item.json.text));
			expect(run.outputs[0].map((item) => item.pairedItem)).toEqual(items.map((_, item) => ({ item })));
		});

		test('bad input in any item: nothing is sent, the refused item names itself', async () => {
			const bad = items.map((item, i) => (i === 7 ? { json: { ...item.json, to: '55 11 9abc' } } : item));
			const run = await rig.run(mode, { parameters: sendText, items: bad });
			expect(run.error?.message).toBe('Phone Number may only contain digits: "55 11 9abc" (item 7)');
			expect(rig.uazapi.requests).toEqual([]);
			expect(rig.sent(mode)).toEqual([]);
		});

		test('bad input with Continue On Fail: the refused item is an error item; its chat goes on in order', async () => {
			const bad = items.map((item, i) => (i === 4 ? { json: { ...item.json, text: '' } } : item));
			const run = await rig.run(mode, { parameters: sendText, items: bad, continueOnFail: true });
			expectSuccess(run);
			expect(jsonOf(run)[4]).toEqual({ error: 'Message is empty (item 4)' });
			expect(rig.uazapi.requests).toHaveLength(9);
			expectOneAtATimePerChat();
			expect(arrivedPerChat()[`${A}@s.whatsapp.net`]).toEqual(['m0', 'm7', 'm9']);
			expect(run.outputs[0].map((item) => item.pairedItem)).toEqual(items.map((_, item) => ({ item })));
		});
	});
});
