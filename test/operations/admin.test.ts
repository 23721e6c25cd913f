import type { IDataObject } from 'n8n-workflow';

import { adminState } from '../doubles/responders/admin';
import { ADMIN_TOKEN, UAZAPI_TOKEN } from '../doubles/uazapi';
import type { Mode } from '../engine/rig';
import { everythingShown, expectSuccess, jsonOf, MODES, useRig } from '../engine/rig';
import { testCredential } from '../engine/harness';

const rig = useRig();

const admin = (operation: string, parameters: IDataObject = {}) => ({ resource: 'admin', operation, ...parameters });

async function expectRefused(mode: Mode, parameters: IDataObject, message: string) {
	const run = await rig.run(mode, { parameters });
	expect(run.error?.message).toBe(message);
	expect(rig.sent(mode)).toEqual([]);
}

describe.each(MODES)('Admin (%s)', (mode) => {
	test('Create Instance sends the name and the fields set, and outputs the new token as instanceToken', async () => {
		const run = await rig.run(mode, {
			parameters: admin('createInstance', { instanceName: ' sales-team ', additionalFields: { adminField01: 'client-7' } }),
		});
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/instance/create', body: { name: 'sales-team', adminField01: 'client-7' } }]);
		const created = adminState(rig.uazapi.state).instances[2];
		const { token, ...instance } = created;
		expect(jsonOf(run)).toEqual([
			{
				response: 'Instance created successfully',
				instance,
				connected: false,
				loggedIn: false,
				name: 'sales-team',
				info: 'The instance is disconnected: connect it with its token.',
				instanceToken: token,
			},
		]);
		expect(run.outputs[0][0].pairedItem).toEqual({ item: 0 });
		expect(everythingShown(run)).not.toContain(ADMIN_TOKEN);
	});

	test('Create Instance refuses an empty name before any request', async () => {
		await expectRefused(mode, admin('createInstance', { instanceName: '  ' }), 'Instance Name is empty (item 0)');
	});

	test('Get Many Instances: one item per instance, without tokens', async () => {
		const run = await rig.run(mode, { parameters: admin('getManyInstances') });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'GET', path: '/instance/all' }]);
		const expected = adminState(rig.uazapi.state).instances.map(({ token: _token, openai_apikey: _key, ...rest }) => rest);
		expect(jsonOf(run)).toEqual(expected);
		expect(everythingShown(run)).not.toContain(UAZAPI_TOKEN);
		expect(everythingShown(run)).not.toContain('def456-other-instance-token');
	});

	test('Update Admin Fields sends only the fields set, and outputs the instance', async () => {
		const run = await rig.run(mode, {
			parameters: admin('updateAdminFields', {
				instanceId: { __rl: true, mode: 'id', value: 'r283e2ef9597846' },
				updateFields: { adminField02: 'plan-gold' },
			}),
		});
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			{ method: 'POST', path: '/instance/updateAdminFields', body: { id: 'r283e2ef9597846', adminField02: 'plan-gold' } },
		]);
		expect(jsonOf(run)).toEqual([
			{
				id: 'r283e2ef9597846',
				name: 'instance-2',
				status: 'disconnected',
				lastDisconnect: '2026-01-02T12:00:00.000Z',
				lastDisconnectReason: 'manual disconnect',
				created: '2026-01-02T12:00:00.000Z',
				adminField02: 'plan-gold',
			},
		]);
	});

	test.each([
		[{ instanceId: { __rl: true, mode: 'id', value: '  ' }, updateFields: { adminField01: 'x' } }, 'Instance is empty (item 0)'],
		[{ instanceId: { __rl: true, mode: 'id', value: 'r1 r2' }, updateFields: { adminField01: 'x' } }, 'Instance is not an instance ID: "r1 r2" (item 0)'],
		[{ instanceId: { __rl: true, mode: 'id', value: 'r283e2ef9597846' }, updateFields: {} }, 'Update Fields is empty (item 0)'],
	])('Update Admin Fields refuses bad input before any request (%#)', async (parameters, message) => {
		await expectRefused(mode, admin('updateAdminFields', parameters), message);
	});

	test('the Instance picker lists the instances of the server', async () => {
		const result = await rig.listSearch(mode, 'searchInstances', { parameters: { resource: 'admin', operation: 'updateAdminFields' }, filter: 'instance-2' });
		expect(rig.sent(mode)).toEqual([{ method: 'GET', path: '/instance/all' }]);
		expect(result).toEqual({ results: [{ name: 'instance-2 (disconnected)', value: 'r283e2ef9597846' }] });
	});

	test('Set Global Webhook sends url, events and exclusions; Get Global Webhook reads it back', async () => {
		const set = await rig.run(mode, {
			parameters: admin('setGlobalWebhook', {
				webhookUrl: 'https://hooks.example.com/all',
				events: ['messages', 'connection'],
				webhookOptions: { addUrlEvents: true },
			}),
		});
		expectSuccess(set);
		const body = { url: 'https://hooks.example.com/all', events: ['messages', 'connection'], excludeMessages: ['wasSentByApi'], addUrlEvents: true };
		const stored = { id: 'global', enabled: true, ...body, addUrlTypesMessages: false };
		expect(jsonOf(set)).toEqual([stored]);
		const get = await rig.run(mode, { parameters: admin('getGlobalWebhook') });
		expectSuccess(get);
		expect(rig.sent(mode)).toEqual([
			{ method: 'POST', path: '/globalwebhook', body },
			{ method: 'GET', path: '/globalwebhook' },
		]);
		expect(jsonOf(get)).toEqual([stored]);
	});

	test.each([
		[{ webhookUrl: '  ', events: ['messages'] }, 'Webhook URL is empty (item 0)'],
		[{ webhookUrl: 'hooks.example.com', events: ['messages'] }, 'Webhook URL is not an http(s) URL: "hooks.example.com" (item 0)'],
		[{ webhookUrl: 'https://hooks.example.com', events: '={{ [] }}' }, 'Events is empty (item 0)'],
	])('Set Global Webhook refuses bad input before any request (%#)', async (parameters, message) => {
		await expectRefused(mode, admin('setGlobalWebhook', parameters), message);
	});

	test('Get Global Webhook Errors: one item per failed delivery, without the instance token of the payload', async () => {
		const failure = {
			created: '2026-03-23T15:08:00Z',
			url: 'https://example.com/global/messages',
			type: 'global',
			event: 'messages',
			message_type: 'text',
			status_code: 502,
			attempts: 3,
			error: 'webhook returned non-success status: 502 Bad Gateway',
		};
		adminState(rig.uazapi.state).webhookErrors = [{ ...failure, payload: { EventType: 'messages', token: 'instance-token-xyz' } }, { ...failure, attempts: 1 }];
		const run = await rig.run(mode, { parameters: admin('getGlobalWebhookErrors') });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'GET', path: '/globalwebhook/errors' }]);
		expect(jsonOf(run)).toEqual([{ ...failure, payload: { EventType: 'messages' } }, { ...failure, attempts: 1 }]);
	});

	test('Restart Server posts /admin/restart without a body and outputs the answer', async () => {
		const run = await rig.run(mode, { parameters: admin('restartServer') });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/admin/restart' }]);
		expect(jsonOf(run)).toEqual([{ message: 'Restart scheduled' }]);
	});

	test('a wrong admin token is a 401 whose texts hold no secret', async () => {
		const run = await rig.run(mode, {
			parameters: admin('getManyInstances'),
			adminCredentials: rig.adminCredentials(mode, { adminToken: 'wrong-admin-token' }),
		});
		expect(run.error?.httpCode).toBe('401');
		expect(everythingShown(run)).not.toContain('wrong-admin-token');
		expect(everythingShown(run)).not.toContain(ADMIN_TOKEN);
	});

	test('an empty Admin Token fails before any request, naming the field', async () => {
		const run = await rig.run(mode, { parameters: admin('getManyInstances'), adminCredentials: rig.adminCredentials(mode, { adminToken: '' }) });
		expect(run.error?.message).toContain('"Admin Token" is empty');
		expect(rig.sent(mode)).toEqual([]);
	});

	test('other resources still use only the instance credential', async () => {
		const run = await rig.run(mode, { parameters: { resource: 'instance', operation: 'getStatus' } });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'GET', path: '/instance/status' }]);
	});

	test('the Uazapi Admin API credential test lists the instances with the admin token', async () => {
		expect(await testCredential(rig.adminCredentials(mode), 'uazapiAdminApi')).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(rig.sent(mode)).toEqual([{ method: 'GET', path: '/instance/all' }]);
		const refused = await testCredential(rig.adminCredentials(mode, { adminToken: UAZAPI_TOKEN }), 'uazapiAdminApi');
		expect(refused.status).toBe('Error');
		rig.uazapi.requests = [];
		rig.proxy.requests = [];
	});
});
