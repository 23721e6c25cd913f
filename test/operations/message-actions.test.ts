import type { IDataObject } from 'n8n-workflow';

import { chatHistory } from '../doubles/responders/message';
import { nextId } from '../doubles/responders/state';
import type { DoubleState } from '../doubles/responders/state';
import type { Mode } from '../engine/rig';
import { expectSuccess, jsonOf, MODES, useRig } from '../engine/rig';

const rig = useRig();

const OWNER = '5511988887777';
const USER_CHAT = '5511900000001@s.whatsapp.net';
const GROUP_CHAT = '120363012345678901@g.us';
// The IDs the double hands out, in order, within one test.
const nth = (n: number) => nextId({ nextId: n } as DoubleState, '3EB0');
const EVP = '123e4567-e89b-12d3-a456-426614174000';

async function expectRefused(mode: Mode, parameters: IDataObject, message: string) {
	const run = await rig.run(mode, { parameters });
	expect(run.error?.message).toBe(message);
	expect(rig.sent(mode)).toEqual([]);
}

/** The double's answer to the n-th interactive send of a test. */
function interactiveAnswer(n: number, chatid: string, text: string, confirmation: string, extra: IDataObject = {}) {
	const messageid = nth(n);
	return {
		id: `${OWNER}:${messageid}`,
		messageid,
		chatid,
		sender: `${OWNER}@s.whatsapp.net`,
		senderName: 'My Business',
		isGroup: chatid.endsWith('@g.us'),
		fromMe: true,
		messageType: 'InteractiveMessage',
		source: 'api',
		messageTimestamp: 1770000000000 + n + 1,
		status: 'Sent',
		text,
		quoted: '',
		owner: OWNER,
		wasSentByApi: true,
		track_source: '',
		track_id: '',
		fileURL: '',
		response: { status: 'success', message: confirmation },
		...extra,
	};
}

describe.each(MODES)('Message · reactions, edits, deletions (%s)', (mode) => {
	beforeEach(() => {
		rig.uazapi.state.messages = [
			...chatHistory(rig.uazapi.state, USER_CHAT, 2),
			...chatHistory(rig.uazapi.state, GROUP_CHAT, 1, { messageid: '3EB0AAAA000000000001', fromMe: true, text: 'Meeting at 10' }),
		];
	});

	describe('React to Message', () => {
		const base = { resource: 'message', operation: 'reactToMessage' };

		test('sends POST /message/react: the chat as a JID, the bare message ID, the emoji', async () => {
			const run = await rig.run(mode, {
				parameters: { ...base, phoneNumber: '+55 11 90000-0001', messageId: `${OWNER}:3A00000000000002`, reaction: ' 👍 ' },
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/message/react', body: { number: USER_CHAT, text: '👍', id: '3A00000000000002' } },
			]);
			expect(jsonOf(run)).toEqual([
				{
					id: `${OWNER}:${nth(1)}`,
					messageid: nth(1),
					content: { text: '👍', key: { id: '3A00000000000002' } },
					messageTimestamp: 1770000000002,
					messageType: 'reaction',
					status: 'Pending',
					owner: OWNER,
				},
			]);
			expect(run.outputs[0][0].pairedItem).toEqual({ item: 0 });
			expect(rig.uazapi.state.messages[1].reaction).toBe('👍');
		});

		test('takes emoji with skin tones, joiners and keycaps', async () => {
			for (const reaction of ['👍🏽', '❤️', '👨‍👩‍👧', '1️⃣']) {
				const run = await rig.run(mode, { parameters: { ...base, phoneNumber: GROUP_CHAT, messageId: '3EB0AAAA000000000001', reaction } });
				expectSuccess(run);
			}
			expect(rig.sent(mode).map((r) => (r.body as IDataObject).text)).toEqual(['👍🏽', '❤️', '👨‍👩‍👧', '1️⃣']);
		});

		test('an unknown message is "Message not found"', async () => {
			const run = await rig.run(mode, { parameters: { ...base, phoneNumber: USER_CHAT, messageId: '3A99999999999999', reaction: '👍' } });
			expect(run.error?.message).toBe('Message not found');
			expect(run.error?.httpCode).toBe('404');
		});

		test('refuses an empty reaction, text, a bad chat and a bad message ID before any request', async () => {
			const ok = { ...base, phoneNumber: USER_CHAT, messageId: '3A00000000000001', reaction: '👍' };
			await expectRefused(mode, { ...ok, reaction: '  ' }, 'Reaction is empty (item 0)');
			await expectRefused(mode, { ...ok, reaction: 'ok' }, 'Reaction must be an emoji, not text: "ok" (item 0)');
			await expectRefused(mode, { ...ok, phoneNumber: 'my chat' }, 'Chat may only contain digits: "my chat" (item 0)');
			await expectRefused(mode, { ...ok, messageId: `${OWNER}:` }, `Message ID has no message ID after the ":": "${OWNER}:" (item 0)`);
			await expectRefused(mode, { ...ok, messageId: '3A0 0001' }, 'Message ID contains spaces: "3A0 0001" (item 0)');
			await expectRefused(mode, { ...ok, messageId: ' ' }, 'Message ID is empty (item 0)');
		});
	});

	describe('Remove Reaction', () => {
		test('sends an empty reaction to POST /message/react', async () => {
			rig.uazapi.state.messages[0].reaction = '❤️';
			const run = await rig.run(mode, {
				parameters: { resource: 'message', operation: 'removeReaction', phoneNumber: '5511900000001', messageId: '3A00000000000001' },
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/message/react', body: { number: USER_CHAT, text: '', id: '3A00000000000001' } }]);
			expect(jsonOf(run)).toEqual([
				{
					id: `${OWNER}:${nth(1)}`,
					messageid: nth(1),
					content: { text: '', key: { id: '3A00000000000001' } },
					messageTimestamp: 1770000000002,
					messageType: 'reaction',
					status: 'Pending',
					owner: OWNER,
				},
			]);
			expect(rig.uazapi.state.messages[0].reaction).toBe('');
		});

		test('refuses a group ID with letters before any request', async () => {
			await expectRefused(
				mode,
				{ resource: 'message', operation: 'removeReaction', phoneNumber: 'abc@g.us', messageId: '3A00000000000001' },
				'Chat is not a WhatsApp ID: "abc@g.us" (expected a number or an ID ending in @s.whatsapp.net, @g.us, @lid, @newsletter) (item 0)',
			);
		});
	});

	describe('Edit Message', () => {
		const base = { resource: 'message', operation: 'editMessage' };

		test('sends POST /message/edit with the ID as given and the new text exactly as written', async () => {
			const text = 'Meeting at *11*, not 10 ';
			const run = await rig.run(mode, { parameters: { ...base, messageId: ` ${OWNER}:3EB0AAAA000000000001 `, messageText: text } });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/message/edit', body: { id: `${OWNER}:3EB0AAAA000000000001`, text } }]);
			expect(jsonOf(run)).toEqual([
				{
					id: `${OWNER}:${nth(1)}`,
					messageid: nth(1),
					content: text,
					messageTimestamp: 1770000000002,
					messageType: 'text',
					status: 'Pending',
					owner: OWNER,
				},
			]);
			expect(rig.uazapi.state.messages[2].text).toBe(text);
		});

		test('a bare ID is sent bare (Uazapi adds the owner)', async () => {
			const run = await rig.run(mode, { parameters: { ...base, messageId: '3EB0AAAA000000000001', messageText: 'Fixed' } });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/message/edit', body: { id: '3EB0AAAA000000000001', text: 'Fixed' } }]);
		});

		test("someone else's message: Uazapi's refusal is shown", async () => {
			const run = await rig.run(mode, { parameters: { ...base, messageId: '3A00000000000001', messageText: 'Fixed' } });
			expect(run.error?.httpCode).toBe('400');
			expect(String(run.error?.description)).toContain('Only messages sent by this instance can be edited');
		});

		test('refuses an empty text and an empty ID before any request', async () => {
			await expectRefused(mode, { ...base, messageId: '3EB0AAAA000000000001', messageText: ' \n ' }, 'Message is empty (item 0)');
			await expectRefused(mode, { ...base, messageId: ' ', messageText: 'Fixed' }, 'Message ID is empty (item 0)');
		});
	});

	describe('Delete Message', () => {
		const base = { resource: 'message', operation: 'deleteMessage' };

		test('sends POST /message/delete with the ID; the message is deleted', async () => {
			const run = await rig.run(mode, { parameters: { ...base, messageId: '3A00000000000001' } });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/message/delete', body: { id: '3A00000000000001' } }]);
			expect(jsonOf(run)).toEqual([{ timestamp: '2026-02-02T02:40:01.000Z', id: `${OWNER}:3A00000000000001` }]);
			expect(rig.uazapi.state.messages[0].status).toBe('Deleted');
		});

		test('one item per input item, in order', async () => {
			const run = await rig.run(mode, {
				parameters: { ...base, messageId: '={{ $json.id }}' },
				items: [{ json: { id: `${OWNER}:3A00000000000002` } }, { json: { id: '3EB0AAAA000000000001' } }],
			});
			expectSuccess(run);
			expect(rig.sent(mode).map((r) => r.body)).toEqual([{ id: `${OWNER}:3A00000000000002` }, { id: '3EB0AAAA000000000001' }]);
			expect(jsonOf(run).map((j) => j.id)).toEqual([`${OWNER}:3A00000000000002`, `${OWNER}:3EB0AAAA000000000001`]);
			expect(run.outputs[0].map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		});

		test('an unknown message is "Message not found"', async () => {
			const run = await rig.run(mode, { parameters: { ...base, messageId: 'NOPE' } });
			expect(run.error?.message).toBe('Message not found');
		});

		test('refuses an ID with spaces before any request', async () => {
			await expectRefused(mode, { ...base, messageId: '3A 01' }, 'Message ID contains spaces: "3A 01" (item 0)');
		});
	});
});

describe.each(MODES)('Message · Send Presence (%s)', (mode) => {
	const base = { resource: 'message', operation: 'sendPresence' };
	const answer = [{ response: 'Chat presence sent successfully' }];

	test('typing for 30 seconds: presence composing, delay in milliseconds', async () => {
		const run = await rig.run(mode, { parameters: { ...base, phoneNumber: '+55 11 90000-0001', presence: 'composing', duration: 30 } });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			{ method: 'POST', path: '/message/presence', body: { number: '5511900000001', presence: 'composing', delay: 30000 } },
		]);
		expect(jsonOf(run)).toEqual(answer);
	});

	test('recording without a duration sends no delay (Uazapi: at most 5 minutes)', async () => {
		const run = await rig.run(mode, { parameters: { ...base, phoneNumber: GROUP_CHAT, presence: 'recording' } });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/message/presence', body: { number: GROUP_CHAT, presence: 'recording' } }]);
	});

	test('paused ignores a duration left from before', async () => {
		const run = await rig.run(mode, { parameters: { ...base, phoneNumber: '5511900000001', presence: 'paused', duration: 20 } });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/message/presence', body: { number: '5511900000001', presence: 'paused' } }]);
		expect(jsonOf(run)).toEqual(answer);
	});

	test('refuses a duration over 5 minutes, another presence and a bad number before any request', async () => {
		await expectRefused(mode, { ...base, phoneNumber: '5511900000001', duration: '={{ 301 }}' }, 'Duration (Seconds) must be from 0 to 300: 301 (item 0)');
		await expectRefused(
			mode,
			{ ...base, phoneNumber: '5511900000001', presence: '={{ "available" }}' },
			'Presence is not one of Typing, Recording Audio or Stop: "available" (item 0)',
		);
		await expectRefused(mode, { ...base, phoneNumber: '011 9000' }, 'Phone Number starts with 0: "011 9000" (write it in international form with the country code, e.g. 5511999999999) (item 0)');
	});
});

describe.each(MODES)('Message · Send Status (%s)', (mode) => {
	const base = { resource: 'message', operation: 'sendStatus' };

	test('a text status with background colour and font', async () => {
		const run = await rig.run(mode, {
			parameters: { ...base, statusType: 'text', statusText: 'New arrivals!', statusStyle: { backgroundColor: 7, font: 1 } },
		});
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			{ method: 'POST', path: '/send/status', body: { type: 'text', text: 'New arrivals!', background_color: 7, font: 1 } },
		]);
		expect(jsonOf(run)).toEqual([
			{ Id: nth(1), content: { type: 'text', text: 'New arrivals!' }, messageTimestamp: 1770000000002, status: 'Pending' },
		]);
	});

	test('an image by URL with a caption, MIME type and Send Options', async () => {
		const run = await rig.run(mode, {
			parameters: {
				...base,
				statusType: 'image',
				mediaUrl: 'https://example.com/new.jpg',
				mimeType: 'image/jpeg',
				statusText: 'Fresh',
				additionalFields: { async: true, forwarded: false, trackId: 'story-1', trackSource: 'n8n' },
			},
		});
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			{
				method: 'POST',
				path: '/send/status',
				body: {
					type: 'image',
					file: 'https://example.com/new.jpg',
					mimetype: 'image/jpeg',
					text: 'Fresh',
					async: true,
					forward: false,
					track_id: 'story-1',
					track_source: 'n8n',
				},
			},
		]);
		expect(jsonOf(run)).toEqual([{ Id: nth(1), content: { type: 'image', text: 'Fresh' }, messageTimestamp: 1770000000002, status: 'Queued' }]);
	});

	test('a voice note from a binary property travels as base64, without a caption', async () => {
		const bytes = Buffer.from('OggS-voice');
		const run = await rig.run(mode, {
			parameters: { ...base, statusType: 'ptt', mediaSource: 'binary', binaryPropertyName: 'data', statusText: 'ignored' },
			items: [{ json: {}, binary: { data: { data: bytes.toString('base64'), mimeType: 'audio/ogg', fileName: 'v.ogg' } } }],
		});
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			{ method: 'POST', path: '/send/status', body: { type: 'ptt', file: bytes.toString('base64'), mimetype: 'audio/ogg' } },
		]);
	});

	test('refuses an empty text, a text over 656 characters, a bad colour and a video that is an image', async () => {
		await expectRefused(mode, { ...base, statusText: '  ' }, 'Text is empty (item 0)');
		await expectRefused(mode, { ...base, statusText: 'x'.repeat(657) }, 'Text is longer than 656 characters (657) (item 0)');
		await expectRefused(mode, { ...base, statusText: 'Hi', statusStyle: { backgroundColor: 20 } }, 'Background Color must be a whole number from 1 to 19: 20 (item 0)');
		await expectRefused(
			mode,
			{ ...base, statusType: 'video', mediaUrl: 'https://example.com/a.jpg', mimeType: 'image/jpeg' },
			'MIME Type is image/jpeg, but this operation sends a video (video/…) (item 0)',
		);
		await expectRefused(mode, { ...base, statusType: 'image', mediaUrl: ' ' }, 'Media URL or Base64 is empty (item 0)');
	});
});

describe.each(MODES)('Message · Send Carousel (%s)', (mode) => {
	const base = { resource: 'message', operation: 'sendCarousel' };
	const card = (text: string, buttons: IDataObject[], image?: string) => ({ text, ...(image ? { image } : {}), buttons: { button: buttons } });

	test('sends POST /send/carousel with cards, images and every kind of button', async () => {
		const run = await rig.run(mode, {
			parameters: {
				...base,
				phoneNumber: '5511900000001',
				messageText: 'Our products',
				cards: {
					card: [
						card(
							'Shoes',
							[
								{ type: 'reply', text: 'Buy', value: 'buy shoes' },
								{ type: 'url', text: 'See more', value: 'https://shop.example.com/shoes' },
							],
							'https://shop.example.com/shoes.jpg',
						),
						card('Help', [
							{ type: 'call', text: 'Call us', value: '+55 11 3333-4444' },
							{ type: 'copy', text: 'Coupon', value: 'SAVE10' },
						]),
					],
				},
				additionalFields: { forwarded: true },
			},
		});
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			{
				method: 'POST',
				path: '/send/carousel',
				body: {
					number: '5511900000001',
					text: 'Our products',
					carousel: [
						{
							text: 'Shoes',
							image: 'https://shop.example.com/shoes.jpg',
							buttons: [
								{ id: 'buy shoes', text: 'Buy', type: 'REPLY' },
								{ id: 'https://shop.example.com/shoes', text: 'See more', type: 'URL' },
							],
						},
						{
							text: 'Help',
							buttons: [
								{ id: '551133334444', text: 'Call us', type: 'CALL' },
								{ id: 'SAVE10', text: 'Coupon', type: 'COPY' },
							],
						},
					],
					forward: true,
				},
			},
		]);
		expect(jsonOf(run)).toEqual([interactiveAnswer(1, USER_CHAT, 'Our products', 'Carousel sent successfully')]);
	});

	test('refuses no cards, a card without buttons or text, and bad button values before any request', async () => {
		const ok = { ...base, phoneNumber: '5511900000001', messageText: 'Our products' };
		const reply = { type: 'reply', text: 'Buy', value: 'buy' };
		await expectRefused(mode, ok, 'Cards is empty (item 0)');
		await expectRefused(mode, { ...ok, cards: { card: [card('Shoes', [])] } }, 'Card 1 Buttons is empty (item 0)');
		await expectRefused(mode, { ...ok, cards: { card: [card('Shoes', [reply]), card(' ', [reply])] } }, 'Card 2 Text is empty (item 0)');
		await expectRefused(
			mode,
			{ ...ok, cards: { card: [card('Shoes', [reply, { type: 'url', text: 'Site', value: 'shop.example.com' }])] } },
			'Card 1 Button 2 Value is not a link: "shop.example.com" (item 0)',
		);
		await expectRefused(
			mode,
			{ ...ok, cards: { card: [card('Shoes', [{ type: 'call', text: 'Call', value: 'office' }])] } },
			'Card 1 Button 1 Value may only contain digits: "office" (item 0)',
		);
		await expectRefused(mode, { ...ok, cards: { card: [card('Shoes', [{ type: 'reply', text: '', value: 'x' }])] } }, 'Card 1 Button 1 Text is empty (item 0)');
	});
});

describe.each(MODES)('Message · Request Location (%s)', (mode) => {
	const base = { resource: 'message', operation: 'requestLocation' };

	test('sends POST /send/location-button with the text and the Send Options it accepts (no Forwarded label)', async () => {
		const run = await rig.run(mode, {
			parameters: {
				...base,
				phoneNumber: '5511900000001',
				messageText: 'Where should we deliver?',
				additionalFields: { delay: 1, forwarded: true, trackId: 'order-9' },
			},
		});
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			{
				method: 'POST',
				path: '/send/location-button',
				body: { number: '5511900000001', text: 'Where should we deliver?', delay: 1000, track_id: 'order-9' },
			},
		]);
		expect(jsonOf(run)).toEqual([
			interactiveAnswer(1, USER_CHAT, 'Where should we deliver?', 'Location sent successfully', { track_id: 'order-9' }),
		]);
	});

	test('refuses an empty text before any request', async () => {
		await expectRefused(mode, { ...base, phoneNumber: '5511900000001', messageText: ' ' }, 'Message is empty (item 0)');
	});
});

describe.each(MODES)('Message · Request Payment (%s)', (mode) => {
	const base = { resource: 'message', operation: 'requestPayment' };

	test('sends POST /send/request-payment with the amount and only the details that were set', async () => {
		const run = await rig.run(mode, {
			parameters: {
				...base,
				phoneNumber: '5511900000001',
				amount: 199.9,
				paymentDetails: {
					title: 'Order details',
					itemName: 'Gold plan',
					invoiceNumber: 'PED-123',
					pixKey: '123.456.789-09',
					pixType: 'CPF',
					pixName: ' Shop ',
					paymentLink: 'https://pay.example.com/checkout/abc',
					fileUrl: 'https://cdn.example.com/boleto-123.pdf',
					fileName: 'boleto-123.pdf',
					footer: '',
				},
				additionalFields: { forwarded: true, async: false },
			},
		});
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			{
				method: 'POST',
				path: '/send/request-payment',
				body: {
					number: '5511900000001',
					amount: 199.9,
					title: 'Order details',
					itemName: 'Gold plan',
					invoiceNumber: 'PED-123',
					pixName: 'Shop',
					fileName: 'boleto-123.pdf',
					paymentLink: 'https://pay.example.com/checkout/abc',
					fileUrl: 'https://cdn.example.com/boleto-123.pdf',
					pixKey: '12345678909',
					pixType: 'CPF',
					async: false,
				},
			},
		]);
		expect(jsonOf(run)).toEqual([interactiveAnswer(1, USER_CHAT, '', 'Payment request sent successfully')]);
	});

	test('a PIX key without a type goes as Uazapi\'s default (EVP), the type left out', async () => {
		const run = await rig.run(mode, { parameters: { ...base, phoneNumber: '5511900000001', amount: 10, paymentDetails: { pixKey: EVP } } });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/send/request-payment', body: { number: '5511900000001', amount: 10, pixKey: EVP } }]);
	});

	test('refuses a zero amount, fractions of cents, a type without key, a bad CPF and an http link', async () => {
		const ok = { ...base, phoneNumber: '5511900000001', amount: 10 };
		await expectRefused(mode, { ...ok, amount: 0 }, 'Amount must be a positive amount: 0 (item 0)');
		await expectRefused(mode, { ...ok, amount: 1.234 }, 'Amount has more than 2 decimal places: 1.234 (item 0)');
		await expectRefused(mode, { ...ok, paymentDetails: { pixType: 'EMAIL' } }, 'PIX Key is empty, but a PIX Key Type is set (item 0)');
		await expectRefused(mode, { ...ok, paymentDetails: { pixType: 'CPF', pixKey: '123' } }, 'PIX Key is not a CPF (11 digits): "123" (item 0)');
		await expectRefused(
			mode,
			{ ...ok, paymentDetails: { paymentLink: 'http://pay.example.com' } },
			'Payment Link is not an https:// link: "http://pay.example.com" (item 0)',
		);
	});
});

describe.each(MODES)('Message · Send PIX Button (%s)', (mode) => {
	const base = { resource: 'message', operation: 'sendPixButton' };

	test('sends POST /send/pix-button with type, key and name, and the Send Options it accepts', async () => {
		const run = await rig.run(mode, {
			parameters: {
				...base,
				phoneNumber: GROUP_CHAT,
				pixType: 'EVP',
				pixKey: ` ${EVP} `,
				pixName: 'Shop',
				additionalFields: { forwarded: false, markChatAsRead: true },
			},
		});
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			{ method: 'POST', path: '/send/pix-button', body: { number: GROUP_CHAT, pixType: 'EVP', pixKey: EVP, pixName: 'Shop', readchat: true } },
		]);
		expect(jsonOf(run)).toEqual([interactiveAnswer(1, GROUP_CHAT, '', 'PIX button sent successfully')]);
	});

	test('a CNPJ key is sent as its digits; an empty name is left out', async () => {
		const run = await rig.run(mode, { parameters: { ...base, phoneNumber: '5511900000001', pixType: 'CNPJ', pixKey: '12.345.678/0001-95' } });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			{ method: 'POST', path: '/send/pix-button', body: { number: '5511900000001', pixType: 'CNPJ', pixKey: '12345678000195' } },
		]);
	});

	test('refuses keys that do not fit their type before any request', async () => {
		const ok = { ...base, phoneNumber: '5511900000001' };
		await expectRefused(mode, { ...ok, pixType: 'EVP', pixKey: 'abc' }, 'PIX Key is not a random PIX key (EVP): "abc" (item 0)');
		await expectRefused(mode, { ...ok, pixType: 'EMAIL', pixKey: 'shop.example.com' }, 'PIX Key is not an email address: "shop.example.com" (item 0)');
		await expectRefused(mode, { ...ok, pixType: 'PHONE', pixKey: 'call me' }, 'PIX Key is not a phone number: "call me" (item 0)');
		await expectRefused(mode, { ...ok, pixType: 'EVP', pixKey: ' ' }, 'PIX Key is empty (item 0)');
	});
});

describe.each(MODES)('Message · async queue (%s)', (mode) => {
	beforeEach(() => {
		rig.uazapi.state.messages = chatHistory(rig.uazapi.state, USER_CHAT, 3, { fromMe: true, status: 'Queued' });
		rig.uazapi.state.messages[0].status = 'Sent';
	});

	test('Get Async Queue: GET /message/async, the summary as one item', async () => {
		const run = await rig.run(mode, { parameters: { resource: 'message', operation: 'getAsyncQueue' } });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'GET', path: '/message/async' }]);
		expect(jsonOf(run)).toEqual([
			{
				response: 'Async queue status',
				instanceId: 'r183e2ef9597845',
				queue: { status: 'queued', pending: 2, processingNow: false, acceptingNewMessages: true, sessionReady: true, resetting: false },
			},
		]);
	});

	test('Clear Async Queue: DELETE /message/async cancels what waits; the queue is then idle', async () => {
		const run = await rig.run(mode, { parameters: { resource: 'message', operation: 'clearAsyncQueue' } });
		expectSuccess(run);
		expect(jsonOf(run)).toEqual([
			{
				response: 'Async queue cleared',
				instanceId: 'r183e2ef9597845',
				stats: { trackedJobsCleared: 2, bufferedJobsMarkedCanceled: 0, drainedChannelJobs: 0, clearedOverflowJobs: 0, persistedQueuedCanceled: 2 },
			},
		]);
		expect(rig.uazapi.state.messages.map((m) => m.status)).toEqual(['Sent', 'Canceled', 'Canceled']);
		const after = await rig.run(mode, { parameters: { resource: 'message', operation: 'getAsyncQueue' } });
		expect(rig.sent(mode)).toEqual([
			{ method: 'DELETE', path: '/message/async' },
			{ method: 'GET', path: '/message/async' },
		]);
		expect((jsonOf(after)[0].queue as IDataObject).status).toBe('idle');
	});

	test('Clear Async Queue: a 409 says the queue could not be drained', async () => {
		rig.uazapi.reply('DELETE /message/async', { status: 409, body: { error: 'queue did not drain', instanceId: 'r183e2ef9597845', stats: {} } });
		const run = await rig.run(mode, { parameters: { resource: 'message', operation: 'clearAsyncQueue' } });
		expect(run.error?.message).toBe('The async queue could not be cleared right now');
	});
});
