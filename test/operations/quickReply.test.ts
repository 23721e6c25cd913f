import type { IDataObject } from 'n8n-workflow';

import { quickReply } from '../doubles/responders/message';
import { nextId } from '../doubles/responders/state';
import type { Mode } from '../engine/rig';
import { expectSuccess, jsonOf, MODES, useRig } from '../engine/rig';

const rig = useRig();

const reply = (operation: string, parameters: IDataObject = {}) => ({ resource: 'quickReply', operation, ...parameters });
const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const fromList = (value: string) => ({ __rl: true, mode: 'list', value });

const GREETING = quickReply({ id: 'rb9da9c03637452', shortCut: 'greeting', type: 'text', text: 'Hello {{name}}!' });
const PRICES = quickReply({ id: 'rc1', shortCut: 'prices', type: 'document', file: 'https://cdn.example.com/p.pdf', docName: 'prices.pdf', text: 'Our prices' });
const FROM_PHONE = quickReply({ id: 'rw1', shortCut: 'away', type: 'text', text: 'Away', onWhatsApp: true });

async function expectRefused(mode: Mode, parameters: IDataObject, message: string) {
	const run = await rig.run(mode, { parameters });
	expect(run.error?.message).toBe(message);
	expect(rig.sent(mode)).toEqual([]);
}

describe.each(MODES)('Quick Reply (%s)', (mode) => {
	beforeEach(() => {
		rig.uazapi.state.quickReplies = [{ ...GREETING }, { ...PRICES }, { ...FROM_PHONE }];
	});

	test('Get Many outputs one item per quick reply', async () => {
		const run = await rig.run(mode, { parameters: reply('getMany') });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'GET', path: '/quickreply/showall' }]);
		expect(jsonOf(run)).toEqual([GREETING, PRICES, FROM_PHONE]);
	});

	describe('Create', () => {
		test('saves a text quick reply without the media fields', async () => {
			const run = await rig.run(mode, { parameters: reply('create', { shortCut: ' thanks ', type: 'text', text: 'Thank you!' }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/quickreply/edit', body: { shortCut: 'thanks', type: 'text', text: 'Thank you!' } },
			]);
			const created = quickReply({
				id: nextId({ nextId: 1 } as never, 'r').toLowerCase(),
				shortCut: 'thanks',
				type: 'text',
				text: 'Thank you!',
				created: '2026-01-12T12:00:00Z',
				updated: '2026-01-12T12:00:00Z',
			});
			expect(jsonOf(run)).toEqual([{ message: 'Operação concluída com sucesso', quickReplies: [GREETING, PRICES, FROM_PHONE, created] }]);
		});

		test('saves a document with its caption and file name', async () => {
			const run = await rig.run(mode, {
				parameters: reply('create', { shortCut: 'menu', type: 'document', text: 'Menu', file: 'https://cdn.example.com/m.pdf', docName: 'menu.pdf' }),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{
					method: 'POST',
					path: '/quickreply/edit',
					body: { shortCut: 'menu', type: 'document', file: 'https://cdn.example.com/m.pdf', text: 'Menu', docName: 'menu.pdf' },
				},
			]);
		});

		test.each([
			[{ shortCut: 'a b', type: 'text', text: 'x' }, 'Shortcut may not contain spaces: "a b" (item 0)'],
			[{ shortCut: 'x', type: 'text', text: '={{ " " }}' }, 'Text is empty (item 0)'],
			[{ shortCut: 'x', type: 'image', file: '={{ "" }}' }, 'File is empty (item 0)'],
		])('refuses %j before any request', async (parameters, message) => {
			await expectRefused(mode, reply('create', parameters), message);
		});
	});

	describe('Update', () => {
		test('sends the saved quick reply with the changes (the API replaces it whole)', async () => {
			const run = await rig.run(mode, { parameters: reply('update', { quickReply: fromList('rc1'), quickReplyFields: { text: 'New prices' } }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'GET', path: '/quickreply/showall' },
				{
					method: 'POST',
					path: '/quickreply/edit',
					body: { id: 'rc1', shortCut: 'prices', type: 'document', file: 'https://cdn.example.com/p.pdf', text: 'New prices', docName: 'prices.pdf' },
				},
			]);
			expect(jsonOf(run)).toEqual([
				{
					message: 'Operação concluída com sucesso',
					quickReplies: [GREETING, { ...PRICES, text: 'New prices', updated: '2026-01-12T12:00:00Z' }, FROM_PHONE],
				},
			]);
		});

		test('finds the quick reply by its shortcut, and turns it into a text', async () => {
			const run = await rig.run(mode, { parameters: reply('update', { quickReply: byId('prices'), quickReplyFields: { type: 'text' } }) });
			expectSuccess(run);
			expect(rig.sent(mode)[1]).toEqual({ method: 'POST', path: '/quickreply/edit', body: { id: 'rc1', shortCut: 'prices', type: 'text', text: 'Our prices' } });
		});

		test('refuses one that comes from WhatsApp, and one that does not exist, without changing anything', async () => {
			const fromPhone = await rig.run(mode, { parameters: reply('update', { quickReply: byId('away'), quickReplyFields: { text: 'x' } }) });
			expect(fromPhone.error?.message).toBe('Quick reply "away" comes from WhatsApp and cannot be changed here (item 0)');
			const missing = await rig.run(mode, { parameters: reply('update', { quickReply: byId('nope'), quickReplyFields: { text: 'x' } }) });
			expect(missing.error?.message).toBe('Quick reply not found: "nope" (item 0)');
			expect(rig.sent(mode)).toEqual([
				{ method: 'GET', path: '/quickreply/showall' },
				{ method: 'GET', path: '/quickreply/showall' },
			]);
		});

		test('refuses an update without changes before any request', async () => {
			await expectRefused(mode, reply('update', { quickReply: byId('greeting'), quickReplyFields: {} }), 'Update Fields is empty (item 0)');
		});
	});

	describe('Delete', () => {
		test('deletes with the shortcut and type the API asks for', async () => {
			const run = await rig.run(mode, { parameters: reply('delete', { quickReply: fromList('rb9da9c03637452') }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'GET', path: '/quickreply/showall' },
				{ method: 'POST', path: '/quickreply/edit', body: { id: 'rb9da9c03637452', delete: true, shortCut: 'greeting', type: 'text' } },
			]);
			expect(jsonOf(run)).toEqual([{ message: 'Operação concluída com sucesso', quickReplies: [PRICES, FROM_PHONE] }]);
		});

		test('refuses an empty quick reply before any request', async () => {
			await expectRefused(mode, reply('delete', { quickReply: byId('={{ "" }}') }), 'Quick Reply is empty (item 0)');
		});
	});
});
