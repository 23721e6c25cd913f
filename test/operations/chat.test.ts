import type { IDataObject } from 'n8n-workflow';

import { labelObject } from '../doubles/responders/label';
import { runListSearch } from '../engine/listSearch';
import type { Mode } from '../engine/rig';
import { expectSuccess, jsonOf, MODES, useRig } from '../engine/rig';

const rig = useRig();

const chat = (operation: string, parameters: IDataObject = {}) => ({ resource: 'chat', operation, ...parameters });
const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const fromList = (value: string) => ({ __rl: true, mode: 'list', value });

const FIRST = '5511900000001@s.whatsapp.net';
const GROUP = '120363153742561022@g.us';

async function expectRefused(mode: Mode, parameters: IDataObject, message: string, items?: Parameters<typeof rig.run>[1]['items']) {
	const run = await rig.run(mode, { parameters, items });
	expect(run.error?.message).toBe(message);
	expect(rig.sent(mode)).toEqual([]);
}

describe.each(MODES)('Chat (%s)', (mode) => {
	describe('Get Many', () => {
		test('sends the filters to /chat/find and outputs one item per chat, up to the limit', async () => {
			const run = await rig.run(mode, {
				parameters: chat('getMany', { limit: 2, filters: { wa_archived: false, wa_label: ' 5 ' }, chatOptions: { sort: 'name' } }),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/chat/find', body: { wa_archived: false, wa_label: '5', sort: 'name', limit: 2, offset: 0 } },
			]);
			expect(jsonOf(run)).toEqual(rig.uazapi.state.chats.slice(0, 2));
			expect(run.outputs[0].map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
		});

		test('Return All follows the pages', async () => {
			rig.uazapi.state.chats.push(...Array.from({ length: 100 }, (_, i) => ({ id: `x${i}`, wa_chatid: `5521${String(i).padStart(8, '0')}@s.whatsapp.net` })));
			const run = await rig.run(mode, { parameters: chat('getMany', { returnAll: true }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/chat/find', body: { limit: 100, offset: 0 } },
				{ method: 'POST', path: '/chat/find', body: { limit: 100, offset: 100 } },
			]);
			expect(jsonOf(run)).toHaveLength(107);
		});
	});

	describe('Chat picker', () => {
		test('lists the latest chats by name and number; a filter searches names and IDs', async () => {
			const all = await runListSearch('searchChats', { credentials: rig.credentials(mode) });
			expect(all.results.slice(0, 2)).toEqual([
				{ name: 'Contact 1 (5511900000001)', value: FIRST },
				{ name: 'Contact 2 (5511900000002)', value: '5511900000002@s.whatsapp.net' },
			]);
			const some = await runListSearch('searchChats', { credentials: rig.credentials(mode), filter: 'contact 7' });
			expect(some.results).toEqual([{ name: 'Contact 7 (5511900000007)', value: '5511900000007@s.whatsapp.net' }]);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/chat/find', body: { sort: '-wa_lastMsgTimestamp', limit: 100 } },
				{
					method: 'POST',
					path: '/chat/find',
					body: { sort: '-wa_lastMsgTimestamp', limit: 100, operator: 'OR', name: 'contact 7', wa_chatid: 'contact 7' },
				},
			]);
		});
	});

	describe.each([
		['archive', '/chat/archive', { archive: true }, { response: 'Chat updated successfully' }, { wa_archived: true }],
		['unarchive', '/chat/archive', { archive: false }, { response: 'Chat updated successfully' }, { wa_archived: false }],
		['pin', '/chat/pin', { pin: true }, { response: 'Chat pinned' }, { wa_isPinned: true }],
		['unpin', '/chat/pin', { pin: false }, { response: 'Chat unpinned' }, { wa_isPinned: false }],
		['unmute', '/chat/mute', { muteEndTime: 0 }, { response: 'Chat mute settings updated successfully' }, { wa_muteEndTime: 0 }],
		['markRead', '/chat/read', { read: true }, { response: 'Chat read status updated successfully' }, { wa_unreadCount: 0 }],
		['markUnread', '/chat/read', { read: false }, { response: 'Chat read status updated successfully' }, { wa_unreadCount: 1 }],
	])('%s', (operation, path, fields, answer, effect) => {
		test(`sends the chat ID to ${path} and outputs Uazapi's answer`, async () => {
			const run = await rig.run(mode, { parameters: chat(operation, { chat: byId('+55 11 90000-0003') }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path, body: { number: '5511900000003@s.whatsapp.net', ...fields } }]);
			expect(jsonOf(run)).toEqual([answer]);
			expect(rig.uazapi.state.chats[2]).toMatchObject(effect);
		});
	});

	describe('chat rules', () => {
		test.each([
			[byId('={{ $json.missing }}'), 'Chat is empty (item 0)'],
			[byId('5511abc'), 'Chat may only contain digits: "5511abc" (item 0)'],
			[byId('team@example.com'), 'Chat is not a WhatsApp ID: "team@example.com" (expected a number or an ID ending in @s.whatsapp.net, @g.us, @lid, @newsletter) (item 0)'],
		])('refuses %j before any request', async (value, message) => {
			await expectRefused(mode, chat('archive', { chat: value }), message);
		});

		test('takes a chat picked from the list, a group ID, and one chat per item', async () => {
			rig.uazapi.state.chats.push({ id: 'g1', wa_chatid: GROUP, wa_isGroup: true, name: 'Team Chat' });
			const run = await rig.run(mode, {
				parameters: chat('pin', { chat: fromList('={{ $json.chat }}') }),
				items: [{ json: { chat: FIRST } }, { json: { chat: GROUP } }],
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/chat/pin', body: { number: FIRST, pin: true } },
				{ method: 'POST', path: '/chat/pin', body: { number: GROUP, pin: true } },
			]);
			expect(run.outputs[0].map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		});
	});

	describe('Mute', () => {
		test.each([
			[8, 8],
			[168, 168],
			[-1, -1],
		])('mutes for %s as muteEndTime %s', async (duration, muteEndTime) => {
			const run = await rig.run(mode, { parameters: chat('mute', { chat: byId(FIRST), muteDuration: duration }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/chat/mute', body: { number: FIRST, muteEndTime } }]);
			expect(jsonOf(run)).toEqual([{ response: 'Chat mute settings updated successfully' }]);
		});

		test('refuses a duration WhatsApp does not offer', async () => {
			await expectRefused(
				mode,
				chat('mute', { chat: byId(FIRST), muteDuration: '={{ 24 }}' }),
				'Duration must be 8 (hours), 168 (a week) or -1 (always), not "24" (item 0)',
			);
		});
	});

	describe('Delete', () => {
		test('sends only the chosen deletions as true and outputs what Uazapi did', async () => {
			const run = await rig.run(mode, {
				parameters: chat('delete', { chat: byId(FIRST), deleteScope: ['deleteChatWhatsApp', 'deleteChatDB'] }),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/chat/delete', body: { number: FIRST, deleteChatWhatsApp: true, deleteChatDB: true } },
			]);
			expect(jsonOf(run)).toEqual([
				{ response: 'Chat deletion process completed', actions: ['Chat deleted from WhatsApp', 'Chat deleted from database'], errors: [] },
			]);
			expect(rig.uazapi.state.chats.map((entry) => entry.wa_chatid)).not.toContain(FIRST);
		});

		test('refuses when nothing is chosen', async () => {
			await expectRefused(mode, chat('delete', { chat: byId(FIRST), deleteScope: '={{ [] }}' }), 'Delete is empty (item 0)');
		});

		test('says which chat was not found', async () => {
			const run = await rig.run(mode, { parameters: chat('delete', { chat: byId('5511955554444'), deleteScope: ['clearChatWhatsApp'] }) });
			expect(run.error?.message).toMatch(/chat/i);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/chat/delete', body: { number: '5511955554444@s.whatsapp.net', clearChatWhatsApp: true } },
			]);
		});
	});

	describe('Set Labels', () => {
		test('adds one label, removes one, and sets them all', async () => {
			const add = await rig.run(mode, { parameters: chat('setLabels', { chat: byId(FIRST), labelChange: 'add', labelId: fromList('1') }) });
			expectSuccess(add);
			expect(jsonOf(add)).toEqual([{ response: 'Label added to chat' }]);
			const set = await rig.run(mode, { parameters: chat('setLabels', { chat: byId(FIRST), labelChange: 'set', labelIds: ['5'] }) });
			expectSuccess(set);
			expect(jsonOf(set)).toEqual([{ response: 'Labels updated successfully', editions: ['Added label 5 to chat', 'Removed label 1 from chat'] }]);
			const remove = await rig.run(mode, { parameters: chat('setLabels', { chat: byId(FIRST), labelChange: 'remove', labelId: byId('5') }) });
			expectSuccess(remove);
			expect(jsonOf(remove)).toEqual([{ response: 'Label removed from chat' }]);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/chat/labels', body: { number: FIRST, add_labelid: '1' } },
				{ method: 'POST', path: '/chat/labels', body: { number: FIRST, labelids: ['5'] } },
				{ method: 'POST', path: '/chat/labels', body: { number: FIRST, remove_labelid: '5' } },
			]);
			expect(rig.uazapi.state.chats[0].wa_label).toEqual([]);
		});

		test('sets no labels at all (removes every label), and takes labels from an expression', async () => {
			const run = await rig.run(mode, {
				parameters: chat('setLabels', { chat: byId(FIRST), labelChange: 'set', labelIds: '={{ $json.labels }}' }),
				items: [{ json: { labels: [] } }, { json: { labels: '1, 5' } }],
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/chat/labels', body: { number: FIRST, labelids: [] } },
				{ method: 'POST', path: '/chat/labels', body: { number: FIRST, labelids: ['1', '5'] } },
			]);
		});

		test('refuses an empty label for add or remove', async () => {
			await expectRefused(mode, chat('setLabels', { chat: byId(FIRST), labelChange: 'remove', labelId: byId(' ') }), 'Label is empty (item 0)');
		});

		test('the label pickers list the labels by name', async () => {
			rig.uazapi.reply('GET /labels', { status: 200, body: [labelObject({ owner: '1' }, '7', 'Urgent', 3), labelObject({ owner: '1' }, '2', 'Archive', 0)] });
			const search = await runListSearch('searchLabels', { credentials: rig.credentials(mode), filter: 'urg' });
			expect(search).toEqual({ results: [{ name: 'Urgent', value: '7' }] });
			expect(rig.sent(mode)).toEqual([{ method: 'GET', path: '/labels' }]);
		});
	});

	describe('Edit Lead', () => {
		test('sends only the fields added, typed as Uazapi takes them, and outputs the chat', async () => {
			const run = await rig.run(mode, {
				parameters: chat('editLead', {
					chat: byId('5511900000002'),
					leadFields: {
						lead_status: ' qualified ',
						lead_tags: 'vip, support',
						lead_isTicketOpen: false,
						lead_kanbanOrder: 1000,
						lead_email: 'ana@example.com',
						chatbot_disableUntil: '2026-01-01T00:00:00Z',
						lead_assignedAttendant_id: '',
					},
					customLeadFields: { field: [{ key: 'lead_field03', value: 'São Paulo' }] },
				}),
			});
			expectSuccess(run);
			const body = {
				id: '5511900000002@s.whatsapp.net',
				lead_status: 'qualified',
				lead_tags: ['vip', 'support'],
				lead_isTicketOpen: false,
				lead_kanbanOrder: 1000,
				lead_email: 'ana@example.com',
				chatbot_disableUntil: 1767225600,
				lead_assignedAttendant_id: '',
				lead_field03: 'São Paulo',
			};
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/chat/editLead', body }]);
			const { id: _id, ...fields } = body;
			expect(jsonOf(run)).toEqual([
				{ ...rig.uazapi.state.chats[1], ...fields, wa_fastid: '5511988887777:5511900000002' },
			]);
			expect(jsonOf(run)[0]).toMatchObject({ id: 'r000002', name: 'Contact 2', lead_status: 'qualified' });
		});

		test.each([
			[{ leadFields: {} }, 'Update Fields is empty (item 0)'],
			[{ leadFields: { lead_email: 'not-an-email' } }, 'Email is not an email address: "not-an-email" (item 0)'],
			[{ leadFields: { lead_kanbanOrder: 1.5 } }, 'Kanban Order must be a whole number, not 1.5 (item 0)'],
			[
				{ customLeadFields: { field: [{ key: 'lead_field01', value: 'a' }, { key: 'lead_field01', value: 'b' }] } },
				'Custom Fields has lead_field01 twice (item 0)',
			],
		])('refuses %j before any request', async (fields, message) => {
			await expectRefused(mode, chat('editLead', { chat: byId(FIRST), ...fields }), message);
		});
	});

	describe('Set Lead Field Names', () => {
		test('sends the names by field and outputs the instance without its secrets', async () => {
			const run = await rig.run(mode, {
				parameters: chat('setLeadFieldNames', {
					leadFieldNames: { field: [{ key: 'lead_field01', name: ' city ' }, { key: 'lead_field20', name: 'score' }] },
				}),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/instance/updateFieldsMap', body: { lead_field01: 'city', lead_field20: 'score' } },
			]);
			expect(jsonOf(run)).toEqual([
				{
					id: 'r183e2ef9597845',
					status: 'connected',
					name: 'my-instance',
					profileName: 'My Business',
					owner: '5511988887777',
					isBusiness: true,
					fieldsMap: { lead_field01: 'city', lead_field20: 'score' },
				},
			]);
		});

		test.each([
			[{}, 'Field Names is empty (item 0)'],
			[{ field: [{ key: 'lead_field01', name: 'x'.repeat(256) }] }, 'Field Names has a name longer than 255 characters (lead_field01) (item 0)'],
			[{ field: [{ key: 'lead_field21', name: 'x' }] }, 'Field Names has an unknown field "lead_field21" (item 0)'],
		])('refuses %j before any request', async (leadFieldNames, message) => {
			await expectRefused(mode, chat('setLeadFieldNames', { leadFieldNames }), message);
		});
	});
});
