import type { IDataObject } from 'n8n-workflow';

import { BUSINESS_PROFILE, businessOf, CATEGORIES, product } from '../doubles/responders/business';
import { runListSearch } from '../engine/listSearch';
import type { Mode } from '../engine/rig';
import { expectSuccess, jsonOf, MODES, useRig } from '../engine/rig';

const rig = useRig();

const business = (operation: string, parameters: IDataObject = {}) => ({ resource: 'business', operation, ...parameters });
const picked = (value: string) => ({ __rl: true, mode: 'list', value });
const SHOP = '5511977776666@s.whatsapp.net';
const allProducts = Array.from({ length: 12 }, (_, i) => product(i + 1));

async function expectRefused(mode: Mode, parameters: IDataObject, message: string) {
	const run = await rig.run(mode, { parameters });
	expect(run.error?.message).toBe(message);
	expect(rig.sent(mode)).toEqual([]);
}

describe.each(MODES)('Business (%s)', (mode) => {
	test("Get Profile of this account asks for the account's own JID and outputs the profile", async () => {
		const run = await rig.run(mode, { parameters: business('getProfile') });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			{ method: 'GET', path: '/instance/status' },
			{ method: 'POST', path: '/business/get/profile', body: { jid: '5511988887777@s.whatsapp.net' } },
		]);
		expect(jsonOf(run)).toEqual([BUSINESS_PROFILE]);
	});

	test('Get Profile of this account on a disconnected instance says to connect it', async () => {
		rig.uazapi.reply('GET /instance/status', {
			status: 200,
			body: { instance: { status: 'disconnected' }, status: { connected: false, loggedIn: false, jid: null } },
		});
		const run = await rig.run(mode, { parameters: business('getProfile') });
		expect(run.error).toMatchObject({
			message: 'The number of this WhatsApp account is not known',
			description: 'The instance is not connected to WhatsApp. Connect it, or enter the Business Number.',
		});
		expect(rig.sent(mode)).toEqual([{ method: 'GET', path: '/instance/status' }]);
	});

	test('the product picker reads the Business Number and pages with the cursor', async () => {
		const result = await runListSearch('searchProducts', { credentials: rig.credentials(mode), parameters: { resource: 'business', operation: 'getProduct', businessNumber: '5511977776666' } });
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/business/catalog/list', body: { jid: SHOP } }]);
		expect(result.results).toHaveLength(10);
		expect(result.results[0]).toEqual({ name: 'Product 1', value: '1234567891' });
	});

	test('Get Many Products outputs items linked to their input item', async () => {
		const run = await rig.run(mode, {
			parameters: business('getProducts', { businessNumber: '={{ $json.shop }}', returnAll: false, limit: 2 }),
			items: [{ json: { shop: SHOP } }, { json: { shop: '5511966665555' } }],
		});
		expectSuccess(run);
		expect(rig.sent(mode).map((request) => request.body)).toEqual([{ jid: SHOP }, { jid: '5511966665555@s.whatsapp.net' }]);
		expect(run.outputs[0].map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }, { item: 1 }, { item: 1 }]);
	});

	test('Get Profile of another business sends its JID', async () => {
		const run = await rig.run(mode, { parameters: business('getProfile', { businessNumber: '+55 11 97777-6666' }) });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/business/get/profile', body: { jid: SHOP } }]);
	});

	test('Update Profile sends only the fields added, and Get Profile then shows them', async () => {
		const run = await rig.run(mode, {
			parameters: business('updateProfile', { businessProfileFields: { email: ' sales@example.com ', address: 'Av. Principal, 456' } }),
		});
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			{ method: 'POST', path: '/business/update/profile', body: { address: 'Av. Principal, 456', email: 'sales@example.com' } },
		]);
		expect(jsonOf(run)).toEqual([{ response: { address: { status: 'updated' }, email: { status: 'updated' } }, updated: 2, failed: 0 }]);
		const profile = await rig.run(mode, { parameters: business('getProfile') });
		expect(jsonOf(profile)).toEqual([{ ...BUSINESS_PROFILE, address: 'Av. Principal, 456', email: 'sales@example.com' }]);
	});

	test('Update Profile fails when no field could be changed (207)', async () => {
		rig.uazapi.reply('POST /business/update/profile', {
			status: 207,
			body: { response: { address: { status: 'error', error: 'upstream unavailable' } }, updated: 0, failed: 1 },
		});
		const run = await rig.run(mode, { parameters: business('updateProfile', { businessProfileFields: { address: 'Somewhere' } }) });
		expect(run.error).toMatchObject({ message: 'The business profile was not updated', description: 'address: upstream unavailable' });
	});

	test.each([
		[{}, 'Update Fields is empty (item 0)'],
		[{ email: 'not-an-email' }, 'Email is not an email address: "not-an-email" (item 0)'],
		[{ description: '  ' }, 'Description is empty (item 0)'],
	])('Update Profile refuses bad input before sending: %#', async (fields, message) => {
		await expectRefused(mode, business('updateProfile', { businessProfileFields: fields }), message);
	});

	test('Get Categories outputs one item per category', async () => {
		const run = await rig.run(mode, { parameters: business('getCategories') });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'GET', path: '/business/get/categories' }]);
		expect(jsonOf(run)).toEqual(CATEGORIES);
	});

	test('Get Many Products with Return All follows the cursor, one item per product', async () => {
		const run = await rig.run(mode, { parameters: business('getProducts', { businessNumber: SHOP, returnAll: true }) });
		expectSuccess(run);
		const cursor = Buffer.from('CURSOR_10').toString('base64');
		expect(rig.sent(mode)).toEqual([
			{ method: 'POST', path: '/business/catalog/list', body: { jid: SHOP } },
			{ method: 'POST', path: '/business/catalog/list', body: { jid: SHOP, cursor } },
		]);
		expect(jsonOf(run)).toEqual(allProducts);
	});

	test('Get Many Products with a Limit stops at the limit', async () => {
		const run = await rig.run(mode, { parameters: business('getProducts', { businessNumber: '5511977776666', returnAll: false, limit: 3 }) });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/business/catalog/list', body: { jid: SHOP } }]);
		expect(jsonOf(run)).toEqual(allProducts.slice(0, 3));
	});

	test.each([
		[{ businessNumber: '  ' }, 'Business Number is empty (item 0)'],
		[{ businessNumber: '55119abc' }, 'Business Number may only contain digits: "55119abc" (item 0)'],
		[{ businessNumber: '120363153742561022@g.us' }, 'Business Number must be a person\'s number, not a group, channel or hidden ID: "120363153742561022@g.us" (item 0)'],
	])('Get Many Products refuses bad input before sending: %#', async (bad, message) => {
		await expectRefused(mode, business('getProducts', { returnAll: true, ...bad }), message);
	});

	test('Get Product sends the catalog and product ID and outputs the product', async () => {
		const run = await rig.run(mode, { parameters: business('getProduct', { businessNumber: SHOP, productId: picked('1234567891') }) });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/business/catalog/info', body: { jid: SHOP, id: '1234567891' } }]);
		expect(jsonOf(run)).toEqual([{ id: '1234567891', name: 'Product 1', description: 'Description of product 1', price: '1001', currency: 'BRL' }]);
	});

	test('Get Product refuses a product ID that is not digits', async () => {
		await expectRefused(
			mode,
			business('getProduct', { businessNumber: SHOP, productId: picked('sku-1') }),
			'Product is not a product ID: "sku-1" (a product ID has only digits) (item 0)',
		);
	});

	test('Hide, Show and Delete Product act on the product and say what happened', async () => {
		const hide = await rig.run(mode, { parameters: business('hideProduct', { productId: picked('1234567892') }) });
		expectSuccess(hide);
		expect(jsonOf(hide)).toEqual([{ productId: '1234567892', hidden: true, response: 'Product hidden' }]);
		expect(businessOf(rig.uazapi.state).products[1].IsHidden).toBe(true);
		const show = await rig.run(mode, { parameters: business('showProduct', { productId: picked('1234567892') }) });
		expect(jsonOf(show)).toEqual([{ productId: '1234567892', hidden: false, response: 'Product shown' }]);
		const remove = await rig.run(mode, { parameters: business('deleteProduct', { productId: picked('1234567892') }) });
		expect(jsonOf(remove)).toEqual([{ productId: '1234567892', deleted: true, response: 'Deleted product' }]);
		expect(rig.sent(mode)).toEqual([
			{ method: 'POST', path: '/business/catalog/hide', body: { id: '1234567892' } },
			{ method: 'POST', path: '/business/catalog/show', body: { id: '1234567892' } },
			{ method: 'POST', path: '/business/catalog/delete', body: { id: '1234567892' } },
		]);
		expect(businessOf(rig.uazapi.state).products.map((entry) => entry.ID)).not.toContain('1234567892');
	});

	test('the product picker lists the own catalog when no Business Number is set', async () => {
		const result = await runListSearch('searchProducts', { credentials: rig.credentials(mode), filter: 'product 1' });
		expect(rig.sent(mode)).toEqual([
			{ method: 'GET', path: '/instance/status' },
			{ method: 'POST', path: '/business/catalog/list', body: { jid: '5511988887777@s.whatsapp.net' } },
		]);
		expect(result).toEqual({
			results: [
				{ name: 'Product 1', value: '1234567891' },
				{ name: 'Product 10', value: '1234567900' },
			],
			paginationToken: Buffer.from('CURSOR_10').toString('base64'),
		});
	});
});
