import type { IDataObject } from 'n8n-workflow';

import { labelObject } from '../doubles/responders/label';
import { runListSearch } from '../engine/listSearch';
import type { Mode } from '../engine/rig';
import { expectSuccess, jsonOf, MODES, useRig } from '../engine/rig';

const rig = useRig();

const label = (operation: string, parameters: IDataObject = {}) => ({ resource: 'label', operation, ...parameters });
const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const fromList = (value: string) => ({ __rl: true, mode: 'list', value });
const OWNER = { owner: '5511988887777' };

async function expectRefused(mode: Mode, parameters: IDataObject, message: string) {
	const run = await rig.run(mode, { parameters });
	expect(run.error?.message).toBe(message);
	expect(rig.sent(mode)).toEqual([]);
}

describe.each(MODES)('Label (%s)', (mode) => {
	test('Get Many outputs one item per label', async () => {
		const run = await rig.run(mode, { parameters: label('getMany') });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'GET', path: '/labels' }]);
		expect(jsonOf(run)).toEqual([labelObject(OWNER, '1', 'New customer', 1), labelObject(OWNER, '5', 'Paid', 5)]);
		expect(run.outputs[0].map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
	});

	describe('Create', () => {
		test('gives the new label the next free ID and outputs it; Get Many then lists it', async () => {
			const run = await rig.run(mode, { parameters: label('create', { labelName: ' VIP ', labelOptions: { color: 2 } }) });
			expectSuccess(run);
			expect(jsonOf(run)).toEqual([{ response: 'Label edited', labelid: '6', name: 'VIP', color: 2 }]);
			const list = await rig.run(mode, { parameters: label('getMany') });
			expect(jsonOf(list)).toContainEqual(labelObject(OWNER, '6', 'VIP', 2));
			expect(rig.sent(mode)).toEqual([
				{ method: 'GET', path: '/labels' },
				{ method: 'POST', path: '/label/edit', body: { labelid: '6', name: 'VIP', color: 2 } },
				{ method: 'GET', path: '/labels' },
			]);
		});

		test('uses the ID the user gave, without looking at the labels, and sends no color unless set', async () => {
			const run = await rig.run(mode, { parameters: label('create', { labelName: 'Lead', labelOptions: { labelId: '40' } }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/label/edit', body: { labelid: '40', name: 'Lead' } }]);
			expect(jsonOf(run)).toEqual([{ response: 'Label edited', labelid: '40', name: 'Lead' }]);
		});

		test.each([
			[{ labelName: '={{ "  " }}' }, 'Name is empty (item 0)'],
			[{ labelName: 'Lead', labelOptions: { labelId: 'abc' } }, 'Label ID must be a number, not "abc" (item 0)'],
			[{ labelName: 'Lead', labelOptions: { color: '={{ 20 }}' } }, 'Color must be a color index from 0 to 19, not "20" (item 0)'],
		])('refuses %j before any request', async (parameters, message) => {
			await expectRefused(mode, label('create', parameters), message);
		});
	});

	describe('Update', () => {
		test('sends only the changes and the label changes', async () => {
			const run = await rig.run(mode, { parameters: label('update', { label: fromList('5'), labelFields: { name: 'Paid in full' } }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/label/edit', body: { labelid: '5', name: 'Paid in full' } }]);
			expect(jsonOf(run)).toEqual([{ response: 'Label edited' }]);
			const list = await rig.run(mode, { parameters: label('getMany') });
			expect(jsonOf(list)[1]).toMatchObject({ labelid: '5', name: 'Paid in full', color: 5 });
		});

		test.each([
			[{ label: byId('5'), labelFields: {} }, 'Update Fields is empty (item 0)'],
			[{ label: byId('5'), labelFields: { name: ' ' } }, 'Name is empty (item 0)'],
			[{ label: byId('={{ "" }}'), labelFields: { color: 3 } }, 'Label is empty (item 0)'],
		])('refuses %j before any request', async (parameters, message) => {
			await expectRefused(mode, label('update', parameters), message);
		});
	});

	describe('Delete', () => {
		test('deletes the label', async () => {
			const run = await rig.run(mode, { parameters: label('delete', { label: byId('1') }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/label/edit', body: { labelid: '1', delete: true } }]);
			expect(jsonOf(run)).toEqual([{ response: 'Label edited' }]);
			const list = await rig.run(mode, { parameters: label('getMany') });
			expect(jsonOf(list)).toEqual([labelObject(OWNER, '5', 'Paid', 5)]);
		});

		test('refuses a label ID with spaces before any request', async () => {
			await expectRefused(mode, label('delete', { label: byId('new customer') }), 'Label is not a label ID: "new customer" (item 0)');
		});
	});

	test('the label picker lists the labels by name, sorted', async () => {
		const result = await runListSearch('searchLabels', { credentials: rig.credentials(mode) });
		expect(result).toEqual({ results: [{ name: 'New customer', value: '1' }, { name: 'Paid', value: '5' }] });
		expect(rig.sent(mode)).toEqual([{ method: 'GET', path: '/labels' }]);
	});
});
