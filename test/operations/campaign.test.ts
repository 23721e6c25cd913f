import type { IDataObject } from 'n8n-workflow';

import { campaignId, campaignsOf, CREATED, seedCampaign } from '../doubles/responders/campaign';
import type { Mode } from '../engine/rig';
import { expectSuccess, jsonOf, MODES, useRig } from '../engine/rig';

const rig = useRig();


const PACING = { delayMin: 10, delayMax: 30, startMode: 'minutes', startInMinutes: 5 };

async function expectRefused(mode: Mode, parameters: IDataObject, message: string, items?: IDataObject[]) {
	const run = await rig.run(mode, {
		parameters: { resource: 'campaign', ...parameters },
		items: items?.map((json) => ({ json })),
	});
	expect(run.error?.message).toBe(message);
	expect(rig.sent(mode)).toEqual([]);
}

describe.each(MODES)('Campaign (%s)', (mode) => {
	describe('Create Simple Campaign', () => {
		const base = { resource: 'campaign', operation: 'createSimpleCampaign', ...PACING };

		test('from a list: numbers cleaned up and sent once each, with name, delays and start', async () => {
			const run = await rig.run(mode, {
				parameters: {
					...base,
					campaignName: 'January offer',
					phoneNumbers: '+55 11 90000-0001, 5511900000002\n5511900000001',
					messageType: 'text',
					campaignText: 'Hello!',
				},
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{
					method: 'POST',
					path: '/sender/simple',
					body: {
						numbers: ['5511900000001', '5511900000002'],
						type: 'text',
						text: 'Hello!',
						delayMin: 10,
						delayMax: 30,
						scheduled_for: 5,
						folder: 'January offer',
					},
				},
			]);
			expect(jsonOf(run)).toEqual([{ folder_id: campaignId(1, 'January offer'), count: 2, status: 'queued' }]);
		});

		test('one per input item: all items make one campaign, sent by the first item', async () => {
			const run = await rig.run(mode, {
				parameters: {
					...base,
					recipientSource: 'items',
					recipientNumber: '={{ $json.phone }}',
					messageType: 'image',
					campaignText: 'New menu',
					fileUrl: 'https://example.com/menu.jpg',
					startMode: 'dateTime',
					startAt: '2030-01-01T10:00:00.000Z',
				},
				items: [{ json: { phone: '5511900000001' } }, { json: { phone: '+55 11 90000-0002' } }, { json: { phone: '5511900000003' } }],
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{
					method: 'POST',
					path: '/sender/simple',
					body: {
						numbers: ['5511900000001', '5511900000002', '5511900000003'],
						type: 'image',
						file: 'https://example.com/menu.jpg',
						text: 'New menu',
						delayMin: 10,
						delayMax: 30,
						scheduled_for: Date.parse('2030-01-01T10:00:00.000Z'),
					},
				},
			]);
			expect(jsonOf(run)).toEqual([{ folder_id: campaignId(1, ''), count: 3, status: 'queued' }]);
			expect(run.outputs[0].map((item) => item.pairedItem)).toEqual([{ item: 0 }]);
		});

		test('one per input item: a bad number in any item refuses the campaign, naming that item', async () => {
			await expectRefused(
				mode,
				{ ...base, recipientSource: 'items', recipientNumber: '={{ $json.phone }}', campaignText: 'Hi' },
				'Recipient Number may only contain digits: "55 11 CALL-ME" (item 2)',
				[{ phone: '5511900000001' }, { phone: '5511900000002' }, { phone: '55 11 CALL-ME' }],
			);
		});

		test.each([
			[{ phoneNumbers: ' , ' }, 'Phone Numbers is empty (item 0)'],
			[{ phoneNumbers: '5511900000001, 12ab' }, 'Phone Numbers may only contain digits: "12ab" (item 0)'],
			[{ campaignText: '  ' }, 'Text is empty (item 0)'],
			[{ messageType: 'document', fileUrl: '' }, 'File URL is empty (item 0)'],
			[{ messageType: 'video', fileUrl: 'file:///tmp/x.mp4' }, 'File URL is not an http(s) link: "file:///tmp/x.mp4" (item 0)'],
			[{ delayMin: 30, delayMax: 10 }, 'Maximum Delay (Seconds) (10) is less than the minimum (30) (item 0)'],
			[{ delayMin: 0 }, 'Minimum Delay (Seconds) must be at least 1, not 0 (item 0)'],
			[{ startMode: 'dateTime', startAt: '2001-01-01T00:00:00Z' }, 'Start At is in the past: "2001-01-01T00:00:00Z" (item 0)'],
		])('refuses %o before any request', async (fields, message) => {
			await expectRefused(mode, { ...base, phoneNumbers: '5511900000001', campaignText: 'Hi', ...fields }, message);
		});
	});

	describe('Create Advanced Campaign', () => {
		const base = { resource: 'campaign', operation: 'createAdvancedCampaign', ...PACING };

		test('from a list: each recipient gets its own message', async () => {
			const run = await rig.run(mode, {
				parameters: {
					...base,
					campaignName: 'Invoices',
					messages: {
						message: [
							{ recipientNumber: '+55 11 90000-0001', messageType: 'text', campaignText: 'Hi Ana' },
							{
								recipientNumber: '5511900000002',
								messageType: 'document',
								campaignText: 'Your invoice',
								fileUrl: 'https://example.com/inv-2.pdf',
								documentName: 'invoice.pdf',
							},
						],
					},
				},
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{
					method: 'POST',
					path: '/sender/advanced',
					body: {
						messages: [
							{ number: '5511900000001', type: 'text', text: 'Hi Ana' },
							{ number: '5511900000002', type: 'document', file: 'https://example.com/inv-2.pdf', text: 'Your invoice', docName: 'invoice.pdf' },
						],
						delayMin: 10,
						delayMax: 30,
						scheduled_for: 5,
						info: 'Invoices',
					},
				},
			]);
			expect(jsonOf(run)).toEqual([{ folder_id: campaignId(1, 'Invoices'), count: 2, status: 'queued' }]);
		});

		test('one per input item: every item is one message of one campaign', async () => {
			const run = await rig.run(mode, {
				parameters: {
					...base,
					recipientSource: 'items',
					recipientNumber: '={{ $json.phone }}',
					messageType: '={{ $json.kind }}',
					campaignText: '=Hi {{ $json.name }}',
					fileUrl: '={{ $json.file }}',
				},
				items: [
					{ json: { phone: '5511900000001', name: 'Ana', kind: 'text' } },
					{ json: { phone: '5511900000002', name: 'Bruno', kind: 'ptt', file: 'https://example.com/hello.ogg' } },
				],
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{
					method: 'POST',
					path: '/sender/advanced',
					body: {
						messages: [
							{ number: '5511900000001', type: 'text', text: 'Hi Ana' },
							{ number: '5511900000002', type: 'ptt', file: 'https://example.com/hello.ogg' },
						],
						delayMin: 10,
						delayMax: 30,
						scheduled_for: 5,
					},
				},
			]);
			expect(jsonOf(run)).toEqual([{ folder_id: campaignId(1, ''), count: 2, status: 'queued' }]);
			expect(run.outputs[0].map((item) => item.pairedItem)).toEqual([{ item: 0 }]);
		});

		test('refuses a list entry without a file, naming the entry', async () => {
			await expectRefused(
				mode,
				{ ...base, messages: { message: [{ recipientNumber: '5511900000001', messageType: 'image', fileUrl: '' }] } },
				'File URL of message 1 is empty (item 0)',
			);
		});

		test('refuses an empty list', async () => {
			await expectRefused(mode, { ...base, messages: {} }, 'Messages is empty (item 0)');
		});
	});

	describe('Manage campaigns', () => {
		test('Control pauses a campaign picked by ID; Get Many shows it paused', async () => {
			const id = seedCampaign(rig.uazapi.state, 'January offer', 2);
			const control = await rig.run(mode, {
				parameters: { resource: 'campaign', operation: 'controlCampaign', campaignId: { __rl: true, mode: 'id', value: id }, campaignAction: 'stop' },
			});
			expectSuccess(control);
			const list = await rig.run(mode, { parameters: { resource: 'campaign', operation: 'getCampaigns', returnAll: true } });
			expectSuccess(list);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/sender/edit', body: { folder_id: id, action: 'stop' } },
				{ method: 'GET', path: '/sender/listfolders' },
			]);
			expect(jsonOf(control)).toEqual([{ status: 'paused' }]);
			expect(jsonOf(list)).toEqual([
				{
					id,
					info: 'January offer',
					status: 'paused',
					scheduled_for: 1,
					delayMin: 10000,
					delayMax: 30000,
					log_delivered: 0,
					log_failed: 0,
					log_played: 0,
					log_read: 0,
					log_sucess: 0,
					log_total: 2,
					owner: '5511988887777',
					created: CREATED,
					updated: CREATED,
				},
			]);
		});

		test('Control deletes and resumes; an empty campaign is refused', async () => {
			const id = seedCampaign(rig.uazapi.state, 'A', 1);
			const resume = await rig.run(mode, {
				parameters: { resource: 'campaign', operation: 'controlCampaign', campaignId: { __rl: true, mode: 'id', value: id }, campaignAction: 'continue' },
			});
			const remove = await rig.run(mode, {
				parameters: { resource: 'campaign', operation: 'controlCampaign', campaignId: { __rl: true, mode: 'list', value: id }, campaignAction: 'delete' },
			});
			expect(jsonOf(resume)).toEqual([{ status: 'scheduled', message: 'Folder resumed successfully' }]);
			expect(jsonOf(remove)).toEqual([{ status: 'deleting', message: 'Folder deletion has been initiated' }]);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/sender/edit', body: { folder_id: id, action: 'continue' } },
				{ method: 'POST', path: '/sender/edit', body: { folder_id: id, action: 'delete' } },
			]);
			expect(campaignsOf(rig.uazapi.state)).toEqual([]);
		});

		test('Control refuses an empty campaign before any request', async () => {
			await expectRefused(
				mode,
				{ operation: 'controlCampaign', campaignId: { __rl: true, mode: 'id', value: ' ' }, campaignAction: 'stop' },
				'Campaign is empty (item 0)',
			);
		});

		test('Get Many: Limit keeps the newest; the Status filter travels as a query', async () => {
			seedCampaign(rig.uazapi.state, 'Old', 1);
			const newest = seedCampaign(rig.uazapi.state, 'New', 1);
			const run = await rig.run(mode, {
				parameters: { resource: 'campaign', operation: 'getCampaigns', limit: 1, campaignFilters: { status: 'Active' } },
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'GET', path: '/sender/listfolders', query: { status: 'Active' } }]);
			expect(jsonOf(run).map((folder) => [folder.id, folder.info])).toEqual([[newest, 'New']]);
		});

		test('the campaign list search names campaigns by name and status', async () => {
			const id = seedCampaign(rig.uazapi.state, 'January offer', 1);
			expect(await rig.listSearch(mode, 'searchCampaigns', { filter: 'january' })).toEqual({
				results: [{ name: 'January offer (scheduled)', value: id }],
			});
		});

		test('Get Messages: Limit asks for one page of that size, with the status filter', async () => {
			const id = seedCampaign(rig.uazapi.state, 'A', 5);
			const run = await rig.run(mode, {
				parameters: {
					resource: 'campaign',
					operation: 'getCampaignMessages',
					campaignId: { __rl: true, mode: 'id', value: id },
					limit: 2,
					messageFilters: { messageStatus: 'Scheduled' },
				},
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/sender/listmessages', body: { folder_id: id, messageStatus: 'Scheduled', page: 1, pageSize: 2 } },
			]);
			expect(jsonOf(run)).toEqual(
				[1, 2].map((n) => ({
					id: `${id}-${n}`,
					chatid: `55119${String(n).padStart(8, '0')}@s.whatsapp.net`,
					messageType: 'text',
					text: 'Hi',
					fileURL: '',
					status: 'Scheduled',
					send_folder_id: id,
					owner: '5511988887777',
				})),
			);
		});

		test('Get Messages: Return All follows the pages', async () => {
			const id = seedCampaign(rig.uazapi.state, 'Big', 1203);
			const run = await rig.run(mode, {
				parameters: { resource: 'campaign', operation: 'getCampaignMessages', campaignId: { __rl: true, mode: 'id', value: id }, returnAll: true },
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/sender/listmessages', body: { folder_id: id, page: 1, pageSize: 1000 } },
				{ method: 'POST', path: '/sender/listmessages', body: { folder_id: id, page: 2, pageSize: 1000 } },
			]);
			const ids = jsonOf(run).map((message) => message.id);
			expect(ids).toHaveLength(1203);
			expect(new Set(ids).size).toBe(1203);
			expect(ids[1202]).toBe(`${id}-1203`);
		});

		test('Clear Sent Messages sends the hours to keep', async () => {
			const run = await rig.run(mode, { parameters: { resource: 'campaign', operation: 'clearSentMessages', keepHours: 24 } });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/sender/cleardone', body: { hours: 24 } }]);
			expect(jsonOf(run)).toEqual([{ status: 'cleanup started' }]);
		});

		test('Clear Sent Messages refuses a negative number of hours', async () => {
			await expectRefused(mode, { operation: 'clearSentMessages', keepHours: -1 }, 'Keep the Last (Hours) must be at least 0, not -1 (item 0)');
		});

		test('Clear the Whole Queue deletes every campaign', async () => {
			seedCampaign(rig.uazapi.state, 'A', 2);
			seedCampaign(rig.uazapi.state, 'B', 3);
			const run = await rig.run(mode, { parameters: { resource: 'campaign', operation: 'clearQueue' } });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'DELETE', path: '/sender/clearall' }]);
			expect(jsonOf(run)).toEqual([{ status: 'processed', messages_deleted: 5, folders_deleted: 2 }]);
			expect(campaignsOf(rig.uazapi.state)).toEqual([]);
		});
	});
});
