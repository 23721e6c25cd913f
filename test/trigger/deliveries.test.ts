import type { IDataObject } from 'n8n-workflow';

import { PROXY_API_KEY } from '../doubles/proxy';
import { UAZAPI_TOKEN } from '../doubles/uazapi';
import type { Mode } from '../engine/rig';
import { MODES, useRig } from '../engine/rig';
import type { UrlKind } from '../engine/trigger-harness';
import { fixture, useTriggerHost } from './helpers';

const rig = useRig();
const host = useTriggerHost();

/** The fixture as it must appear under `raw`: whole, without the token. */
function rawOf(name: string): IDataObject {
	const payload = fixture(name);
	delete payload.token;
	return payload;
}

const NO_MESSAGE_FIELDS = { quotedMessageId: '', choiceId: '', choiceText: '', pollVote: '', targetMessageId: '' };

async function activated(mode: Mode, parameters: IDataObject = {}, kind: UrlKind = 'production') {
	host.configure({ parameters, credentials: rig.credentials(mode) });
	await host.activate(kind);
	// Uazapi delivers to the URL the trigger registered.
	expect(rig.uazapi.state.webhooks.map((webhook) => webhook.url)).toEqual([host.webhookUrl(kind)]);
}

describe.each(MODES)('Uazapi Trigger deliveries (%s)', (mode) => {
	describe('authenticity', () => {
		test.each([
			['a wrong token', 'forged-token-1234567890'],
			['the token of another instance', `${UAZAPI_TOKEN}x`],
			['the n8n Tools API key instead of the token', PROXY_API_KEY],
			['an empty token', ''],
		])('a delivery with %s is rejected with 401 and starts nothing', async (_label, token) => {
			await activated(mode);
			const sentBefore = rig.sent(mode).length;

			const delivery = await host.deliver(fixture('text-lid', token));

			expect(delivery).toEqual({ status: 401, body: { error: 'Invalid or missing instance token' }, items: undefined });
			expect(rig.sent(mode)).toHaveLength(sentBefore);
		});

		test('a delivery without a token is rejected with 401 and starts nothing', async () => {
			await activated(mode);
			const delivery = await host.deliver(fixture('text-lid', null));
			expect(delivery).toEqual({ status: 401, body: { error: 'Invalid or missing instance token' }, items: undefined });
		});

		test('a body that is not a Uazapi event (no token at all) is rejected', async () => {
			await activated(mode);
			expect((await host.deliver({ hello: 'world' })).status).toBe(401);
		});

		test('the token is nowhere in the emitted item', async () => {
			await activated(mode, { events: ['messages', 'connection'] });
			for (const name of ['text-lid', 'image', 'connection']) {
				const delivery = await host.deliver(fixture(name));
				expect(delivery.status).toBe(200);
				expect(JSON.stringify(delivery.items)).not.toContain(UAZAPI_TOKEN);
				expect(JSON.stringify(delivery.items)).not.toContain('"token"');
			}
		});
	});

	describe('items', () => {
		test('text from a sender hidden behind a @lid: the number comes from sender_pn', async () => {
			await activated(mode);
			const delivery = await host.deliver(fixture('text-lid'));
			expect(delivery.status).toBe(200);
			expect(delivery.body).toEqual({ received: true });
			expect(delivery.items).toEqual([
				{
					json: {
						event: 'messages',
						messageid: 'AC98212CD4909DE6799E78D93A824A3F',
						id: '5511988887777:AC98212CD4909DE6799E78D93A824A3F',
						chatId: '5521987654321@s.whatsapp.net',
						senderNumber: '5521987654321',
						senderName: 'Ana Souza',
						fromMe: false,
						isGroup: false,
						groupName: '',
						text: 'Oi, tudo bem?',
						messageKind: 'text',
						mediaKind: '',
						...NO_MESSAGE_FIELDS,
						timestamp: '2026-02-03T19:16:18.000Z',
						raw: rawOf('text-lid'),
					},
					pairedItem: { item: 0 },
				},
			]);
		});

		test('image: kind media, media kind image, the caption as text', async () => {
			await activated(mode);
			const { items } = await host.deliver(fixture('image'));
			expect(items!.map((item) => item.json)).toEqual([
				{
					event: 'messages',
					messageid: 'AC0C273EABCDC416379E99BE2A3CA149',
					id: '5511988887777:AC0C273EABCDC416379E99BE2A3CA149',
					chatId: '5521987654321@s.whatsapp.net',
					senderNumber: '5521987654321',
					senderName: 'Ana Souza',
					fromMe: false,
					isGroup: false,
					groupName: '',
					text: 'Segue a foto',
					messageKind: 'media',
					mediaKind: 'image',
					...NO_MESSAGE_FIELDS,
					timestamp: '2026-02-03T19:16:40.000Z',
					raw: rawOf('image'),
				},
			]);
			expect(items![0].binary).toBeUndefined();
		});

		test('group message replying to another: group name, participant number, quoted ID', async () => {
			await activated(mode);
			const { items } = await host.deliver(fixture('group-text'));
			expect(items!.map((item) => item.json)).toEqual([
				{
					event: 'messages',
					messageid: 'AC399F128CAF89629C0DFC9FFF373BB2',
					id: '5511988887777:AC399F128CAF89629C0DFC9FFF373BB2',
					chatId: '120363324913602723@g.us',
					senderNumber: '5531912345678',
					senderName: 'Bruno Lima',
					fromMe: false,
					isGroup: true,
					groupName: 'Equipe Vendas',
					text: 'Pedido 1234 saiu para entrega',
					messageKind: 'text',
					mediaKind: '',
					...NO_MESSAGE_FIELDS,
					quotedMessageId: '3EB0C431C26A1916E0A7',
					timestamp: '2026-02-03T19:21:40.000Z',
					raw: rawOf('group-text'),
				},
			]);
		});

		test('button reply: the chosen button ID and label, the menu message as quoted', async () => {
			await activated(mode);
			const { items } = await host.deliver(fixture('button-reply'));
			expect(items![0].json).toEqual({
				event: 'messages',
				messageid: 'AC1B2C3D4E5F60718293A4B5C6D7E8F9',
				id: '5511988887777:AC1B2C3D4E5F60718293A4B5C6D7E8F9',
				chatId: '5521987654321@s.whatsapp.net',
				senderNumber: '5521987654321',
				senderName: 'Ana Souza',
				fromMe: false,
				isGroup: false,
				groupName: '',
				text: '',
				messageKind: 'buttonReply',
				mediaKind: '',
				quotedMessageId: '3EB0A1B2C3D4E5F60718',
				choiceId: 'confirm_yes',
				choiceText: 'Sim, confirmar',
				pollVote: '',
				targetMessageId: '',
				timestamp: '2026-02-03T19:23:20.000Z',
				raw: rawOf('button-reply'),
			});
		});

		test('list reply (mediaType list_response) is a list reply, not media', async () => {
			await activated(mode);
			const { items } = await host.deliver(fixture('list-reply'));
			expect(items![0].json).toMatchObject({
				messageKind: 'listReply',
				mediaKind: '',
				choiceId: 'fones',
				choiceText: 'Fones',
				pollVote: '',
				quotedMessageId: '3EB00EB51811DEDC4195E4',
			});
		});

		test('poll vote in a group: the chosen options, the poll as quoted', async () => {
			await activated(mode);
			const { items } = await host.deliver(fixture('poll-vote'));
			expect(items![0].json).toEqual({
				event: 'messages',
				messageid: 'AC6EB1279A013B155991F60945091906',
				id: '5511988887777:AC6EB1279A013B155991F60945091906',
				chatId: '120363324913602723@g.us',
				senderNumber: '5531912345678',
				senderName: 'Bruno Lima',
				fromMe: false,
				isGroup: true,
				groupName: 'Equipe Vendas',
				text: '',
				messageKind: 'pollVote',
				mediaKind: '',
				quotedMessageId: 'AC58464952493CC08690DC6CD0A7D119',
				choiceId: '',
				choiceText: '',
				pollVote: 'Sol, Lua',
				targetMessageId: '',
				timestamp: '2026-02-03T19:26:40.000Z',
				raw: rawOf('poll-vote'),
			});
		});

		test('connection event: status and reason at the top, the payload under raw', async () => {
			await activated(mode, { events: ['connection'] });
			const { status, items } = await host.deliver(fixture('connection'));
			expect(status).toBe(200);
			expect(items!.map((item) => item.json)).toEqual([
				{
					event: 'connection',
					connectionStatus: 'disconnected',
					disconnectReason: '401: logged out from another device',
					raw: rawOf('connection'),
				},
			]);
		});

		test('a delivery on the test URL ("Listen for test event") produces the same item', async () => {
			await activated(mode, {}, 'test');
			const { status, items } = await host.deliver(fixture('text-lid'), 'test');
			expect(status).toBe(200);
			expect(items![0].json).toMatchObject({ messageid: 'AC98212CD4909DE6799E78D93A824A3F', senderNumber: '5521987654321' });
		});
	});

	describe('filters', () => {
		const ignored = (reason: string) => ({ status: 200, body: { received: true, ignored: reason }, items: undefined });

		test('an event that is not selected starts nothing', async () => {
			await activated(mode, { events: ['messages'] });
			expect(await host.deliver(fixture('connection'))).toEqual(ignored('event not selected in the trigger'));
		});

		test('Only From Others drops messages sent by this account and keeps the others', async () => {
			await activated(mode, { messageFilters: { onlyFromOthers: true } });
			expect(await host.deliver(fixture('text-from-me'))).toEqual(ignored('message filtered out by the trigger'));
			expect((await host.deliver(fixture('text-lid'))).items).toHaveLength(1);
		});

		test('without Only From Others, a message from this account is emitted as fromMe with its own number', async () => {
			await activated(mode);
			const { items } = await host.deliver(fixture('text-from-me'));
			expect(items![0].json).toMatchObject({ fromMe: true, senderNumber: '5511988887777', chatId: '5521987654321@s.whatsapp.net' });
		});

		test('Only Groups', async () => {
			await activated(mode, { messageFilters: { chats: 'groups' } });
			expect(await host.deliver(fixture('text-lid'))).toEqual(ignored('message filtered out by the trigger'));
			expect((await host.deliver(fixture('group-text'))).items).toHaveLength(1);
		});

		test('Only Direct Chats', async () => {
			await activated(mode, { messageFilters: { chats: 'direct' } });
			expect(await host.deliver(fixture('group-text'))).toEqual(ignored('message filtered out by the trigger'));
			expect((await host.deliver(fixture('text-lid'))).items).toHaveLength(1);
		});

		test('Message Kinds keeps only the chosen kinds', async () => {
			await activated(mode, { messageFilters: { messageKinds: ['pollVote', 'buttonReply'] } });
			expect(await host.deliver(fixture('text-lid'))).toEqual(ignored('message filtered out by the trigger'));
			expect(await host.deliver(fixture('image'))).toEqual(ignored('message filtered out by the trigger'));
			expect(await host.deliver(fixture('list-reply'))).toEqual(ignored('message filtered out by the trigger'));
			expect((await host.deliver(fixture('poll-vote'))).items).toHaveLength(1);
			expect((await host.deliver(fixture('button-reply'))).items).toHaveLength(1);
		});

		test('message filters do not hold back other events', async () => {
			await activated(mode, {
				events: ['messages', 'connection'],
				messageFilters: { chats: 'groups', onlyFromOthers: true, messageKinds: ['text'] },
			});
			expect((await host.deliver(fixture('connection'))).items).toHaveLength(1);
		});
	});

	describe('duplicates and acknowledgement', () => {
		const duplicate = { status: 200, body: { received: true, ignored: 'duplicate of an event already received' }, items: undefined };

		test('a delivery that starts the workflow is answered with a small JSON acknowledgement', async () => {
			await activated(mode);
			const delivery = await host.deliver(fixture('text-lid'));
			expect(delivery.status).toBe(200);
			expect(delivery.body).toEqual({ received: true });
		});

		test('the same message delivered again (a retry) starts the workflow once', async () => {
			await activated(mode, { events: ['messages', 'messages_update', 'connection', 'call'] });
			for (const name of ['text-lid', 'image', 'deleted', 'connection', 'call-offer']) {
				expect((await host.deliver(fixture(name))).items).toHaveLength(1);
				expect(await host.deliver(fixture(name))).toEqual(duplicate);
			}
		});

		test('other messages, and other updates of the same message, are not duplicates', async () => {
			await activated(mode, { events: ['messages', 'messages_update'] });
			const first = fixture('text-lid');
			const other = fixture('text-lid');
			(other.message as IDataObject).id = 'owner:ANOTHER';
			(other.message as IDataObject).messageid = 'ANOTHER';
			const read = fixture('deleted');
			(read.message as IDataObject).status = 'Read';
			for (const payload of [first, other, fixture('deleted'), read]) expect((await host.deliver(payload)).items).toHaveLength(1);
		});

		test('the memory is capped at the last 500 events', async () => {
			await activated(mode);
			for (let index = 0; index < 501; index++) {
				const payload = fixture('text-lid');
				(payload.message as IDataObject).id = `owner:M${index}`;
				const delivery = await host.deliver(payload);
				if (index % 100 === 0) expect(delivery.items).toHaveLength(1);
			}
			const recent = host.savedStaticData;
			expect(JSON.stringify(recent).length).toBeLessThan(20_000);
			const oldest = fixture('text-lid');
			(oldest.message as IDataObject).id = 'owner:M0';
			// M0 was forgotten (501 keys, 500 kept); M500 is still known.
			expect((await host.deliver(oldest)).items).toHaveLength(1);
			const newest = fixture('text-lid');
			(newest.message as IDataObject).id = 'owner:M500';
			expect(await host.deliver(newest)).toEqual(duplicate);
			// 502 deliveries, each a workflow run: 10–20 s here, over 30 s on a loaded machine.
		}, 120_000);
	});
});
