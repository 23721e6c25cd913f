import type { IDataObject } from 'n8n-workflow';

import type { Mode } from '../engine/rig';
import { expectSuccess, jsonOf, MODES, useRig } from '../engine/rig';

const rig = useRig();

const contact = (operation: string, parameters: IDataObject = {}) => ({ resource: 'contact', operation, ...parameters });

const ANA = { jid: '5511900000001@s.whatsapp.net', contactName: 'Ana Souza', contact_FirstName: 'Ana' };
const BRUNO = { jid: '5511900000002@s.whatsapp.net', contactName: 'Bruno Lima', contact_FirstName: 'Bruno' };
const CARLA = { jid: '5511900000003@s.whatsapp.net', contactName: 'Carla Dias', contact_FirstName: 'Carla' };

async function expectRefused(mode: Mode, parameters: IDataObject, message: string) {
	const run = await rig.run(mode, { parameters });
	expect(run.error?.message).toBe(message);
	expect(rig.sent(mode)).toEqual([]);
}

describe.each(MODES)('Contact address book (%s)', (mode) => {
	describe('Get Many', () => {
		test('Return All reads the whole address book from GET /contacts: one item per contact', async () => {
			const run = await rig.run(mode, { parameters: contact('getMany', { returnAll: true }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'GET', path: '/contacts' }]);
			expect(jsonOf(run)).toEqual([ANA, BRUNO, CARLA]);
			expect(run.outputs[0].map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }, { item: 0 }]);
		});

		test('Limit asks /contacts/list for that many, in the same shape as Return All', async () => {
			const run = await rig.run(mode, { parameters: contact('getMany', { limit: 2 }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/contacts/list', body: { limit: 2, offset: 0 } }]);
			expect(jsonOf(run)).toEqual([ANA, BRUNO]);
		});

		test('Limit above a page follows the pages of /contacts/list', async () => {
			rig.uazapi.reply('POST /contacts/list', (req) => {
				const { offset } = req.body as { offset: number };
				const contacts = offset === 0 ? Array.from({ length: 1000 }, (_, i) => ({ jid: `55219${String(i).padStart(8, '0')}@s.whatsapp.net`, contact_name: `C${i}`, contact_FirstName: `C${i}` })) : [{ jid: '5511900000009@s.whatsapp.net', contact_name: 'Last', contact_FirstName: 'Last' }];
				return { status: 200, body: { contacts, pagination: { hasNextPage: offset === 0 } } };
			});
			const run = await rig.run(mode, { parameters: contact('getMany', { limit: 1500 }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/contacts/list', body: { limit: 1000, offset: 0 } },
				{ method: 'POST', path: '/contacts/list', body: { limit: 500, offset: 1000 } },
			]);
			expect(jsonOf(run)).toHaveLength(1001);
			expect(jsonOf(run)[1000]).toEqual({ jid: '5511900000009@s.whatsapp.net', contactName: 'Last', contact_FirstName: 'Last' });
		});
	});

	describe('Add to Address Book', () => {
		test('sends the phone as digits and the name; Get Many then lists the contact', async () => {
			const run = await rig.run(mode, {
				parameters: contact('addContact', { phoneNumber: '+55 11 97777-6666', contactName: ' Dora Reis ' }),
			});
			expectSuccess(run);
			expect(jsonOf(run)).toEqual([
				{
					success: true,
					message: 'Contato adicionado com sucesso',
					contact: { jid: '5511977776666@s.whatsapp.net', name: 'Dora Reis', phone: '5511977776666' },
				},
			]);
			const list = await rig.run(mode, { parameters: contact('getMany', { returnAll: true }) });
			expect(jsonOf(list)).toContainEqual({ jid: '5511977776666@s.whatsapp.net', contactName: 'Dora Reis', contact_FirstName: 'Dora' });
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/contact/add', body: { phone: '5511977776666', name: 'Dora Reis' } },
				{ method: 'GET', path: '/contacts' },
			]);
		});

		test.each([
			[{ phoneNumber: '123456789012345@lid', contactName: 'X' }, /^Phone Number is a LID, not a phone number/],
			[{ phoneNumber: '120363153742561022@g.us', contactName: 'X' }, /^Phone Number must be a person's phone number/],
			[{ phoneNumber: '5511abc', contactName: 'X' }, /^Phone Number may only contain digits/],
			[{ phoneNumber: '5511977776666', contactName: '={{ " " }}' }, /^Name is empty \(item 0\)$/],
		])('refuses %j before any request', async (parameters, message) => {
			const run = await rig.run(mode, { parameters: contact('addContact', parameters) });
			expect(run.error?.message).toMatch(message);
			expect(rig.sent(mode)).toEqual([]);
		});
	});

	describe('Remove From Address Book', () => {
		test('removes by phone digits, a JID works too', async () => {
			const run = await rig.run(mode, { parameters: contact('removeContact', { phoneNumber: '5511900000002@s.whatsapp.net' }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/contact/remove', body: { phone: '5511900000002' } }]);
			expect(jsonOf(run)).toEqual([
				{ success: true, message: 'Contato removido com sucesso', removed_contact: { jid: '5511900000002@s.whatsapp.net', phone: '5511900000002' } },
			]);
		});

		test('refuses a number with letters before any request', async () => {
			await expectRefused(mode, contact('removeContact', { phoneNumber: '55 11 9abc' }), 'Phone Number may only contain digits: "55 11 9abc" (item 0)');
		});
	});

	describe('Get Blocked', () => {
		test('outputs one item per blocked contact, after a block too', async () => {
			await rig.run(mode, { parameters: contact('blockContact', { phoneNumber: '5511999999999' }) });
			const run = await rig.run(mode, { parameters: contact('getBlocked') });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/chat/block', body: { number: '5511999999999', block: true } },
				{ method: 'GET', path: '/chat/blocklist' },
			]);
			expect(jsonOf(run)).toEqual([{ jid: '5511777777777@s.whatsapp.net' }, { jid: '5511999999999@s.whatsapp.net' }]);
		});

		test('outputs nothing when nobody is blocked', async () => {
			rig.uazapi.reply('GET /chat/blocklist', { status: 200, body: { blockList: [] } });
			const run = await rig.run(mode, { parameters: contact('getBlocked') });
			expectSuccess(run);
			expect(jsonOf(run)).toEqual([]);
		});
	});
});
