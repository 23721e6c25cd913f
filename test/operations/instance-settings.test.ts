import type { IDataObject } from 'n8n-workflow';

import { TEST_TIME } from '../doubles/responders/instanceSettings';
import type { NodeRun } from '../engine/harness';
import type { Mode } from '../engine/rig';
import { everythingShown, expectSuccess, jsonOf, MODES, SECRETS, useRig } from '../engine/rig';

const rig = useRig();

const INSTANCE = {
	id: 'r183e2ef9597845',
	status: 'connected',
	name: 'my-instance',
	profileName: 'My Business',
	owner: '5511988887777',
	isBusiness: true,
};

const PRIVACY = { groupadd: 'contacts', last: 'contacts', status: 'contacts', profile: 'contacts', readreceipts: 'all', online: 'all', calladd: 'all' };

/** What a person sees of a run: its output items and its error's texts (not the node's own parameters). */
function shown(run: NodeRun): string {
	const error = run.error ? { message: run.error.message, description: run.error.description, messages: run.error.messages } : {};
	return JSON.stringify({ outputs: run.outputs, error });
}

async function expectRefused(mode: Mode, parameters: IDataObject, message: string) {
	const run = await rig.run(mode, { parameters: { resource: 'instance', ...parameters } });
	expect(run.error?.message).toBe(message);
	expect(rig.sent(mode)).toEqual([]);
}

describe.each(MODES)('Instance settings (%s)', (mode) => {
	test('Rename sends the new name and outputs the instance without its token', async () => {
		const run = await rig.run(mode, { parameters: { resource: 'instance', operation: 'renameInstance', instanceName: ' Sales team ' } });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/instance/updateInstanceName', body: { name: 'Sales team' } }]);
		expect(jsonOf(run)).toEqual([{ ...INSTANCE, name: 'Sales team' }]);
	});

	test('Rename refuses an empty name before any request', async () => {
		await expectRefused(mode, { operation: 'renameInstance', instanceName: '  ' }, 'New Name is empty (item 0)');
	});

	test('Delete sends DELETE /instance', async () => {
		const run = await rig.run(mode, { parameters: { resource: 'instance', operation: 'deleteInstance' } });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'DELETE', path: '/instance' }]);
		expect(jsonOf(run)).toEqual([
			{
				response: 'Instance Deleted',
				info: 'O dispositivo foi desconectado com sucesso e a instância foi removida do banco de dados.',
			},
		]);
	});

	test('Set Privacy sends only the settings added; Get Privacy reads them back', async () => {
		const set = await rig.run(mode, {
			parameters: { resource: 'instance', operation: 'setPrivacy', privacySettings: { last: 'none', readreceipts: 'none' } },
		});
		expectSuccess(set);
		const get = await rig.run(mode, { parameters: { resource: 'instance', operation: 'getPrivacy' } });
		expectSuccess(get);
		expect(rig.sent(mode)).toEqual([
			{ method: 'POST', path: '/instance/privacy', body: { last: 'none', readreceipts: 'none' } },
			{ method: 'GET', path: '/instance/privacy' },
		]);
		const changed = { ...PRIVACY, last: 'none', readreceipts: 'none' };
		expect(jsonOf(set)).toEqual([changed]);
		expect(jsonOf(get)).toEqual([changed]);
	});

	test('Set Privacy refuses an empty set of settings', async () => {
		await expectRefused(mode, { operation: 'setPrivacy', privacySettings: {} }, 'Privacy Settings is empty (item 0)');
	});

	test.each([
		['available', 'available'],
		['unavailable', 'unavailable'],
	])('Set Presence %s', async (presence, sent) => {
		const run = await rig.run(mode, { parameters: { resource: 'instance', operation: 'setPresence', presence } });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/instance/presence', body: { presence: sent } }]);
		expect(jsonOf(run)).toEqual([{ response: 'Presence updated successfully' }]);
	});

	test('Set Presence refuses another value from an expression', async () => {
		await expectRefused(mode, { operation: 'setPresence', presence: '={{ "away" }}' }, 'Presence is not "available" or "unavailable": "away" (item 0)');
	});

	test('Set Message Queue Delay sends both delays', async () => {
		const run = await rig.run(mode, { parameters: { resource: 'instance', operation: 'setMessageDelay', msgDelayMin: 1, msgDelayMax: 4 } });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			{ method: 'POST', path: '/instance/updateDelaySettings', body: { msg_delay_min: 1, msg_delay_max: 4 } },
		]);
		expect(jsonOf(run)).toEqual([{ instance: { ...INSTANCE, msg_delay_min: 1, msg_delay_max: 4 } }]);
	});

	test.each([
		[{ msgDelayMin: 5, msgDelayMax: 2 }, 'Maximum Delay (Seconds) (2) is less than the minimum (5) (item 0)'],
		[{ msgDelayMin: -1, msgDelayMax: 2 }, 'Minimum Delay (Seconds) must be at least 0, not -1 (item 0)'],
		[{ msgDelayMin: 0, msgDelayMax: 1.5 }, 'Maximum Delay (Seconds) must be a whole number, not 1.5 (item 0)'],
	])('Set Message Queue Delay refuses %o', async (delays, message) => {
		await expectRefused(mode, { operation: 'setMessageDelay', ...delays }, message);
	});

	test('Chatbot Settings sends only what was added and never shows the OpenAI key', async () => {
		const key = 'sk-live-abcdefghijklmnop1234';
		const run = await rig.run(mode, {
			parameters: {
				resource: 'instance',
				operation: 'updateChatbotSettings',
				chatbotSettings: { chatbot_enabled: true, openai_apikey: key, chatbot_stopConversation: 'stop', chatbot_stopMinutes: 30 },
			},
		});
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			{
				method: 'POST',
				path: '/instance/updatechatbotsettings',
				body: { chatbot_enabled: true, openai_apikey: key, chatbot_stopConversation: 'stop', chatbot_stopMinutes: 30 },
			},
		]);
		expect(jsonOf(run)).toEqual([{ ...INSTANCE, chatbot_enabled: true, chatbot_stopConversation: 'stop', chatbot_stopMinutes: 30 }]);
		expect(everythingShown(run)).not.toContain(key);
	});

	test('Chatbot Settings masks the OpenAI key in an error that quotes it', async () => {
		const key = 'sk-live-abcdefghijklmnop1234';
		rig.uazapi.reply('POST /instance/updatechatbotsettings', { status: 500, body: { error: `invalid key ${key}` } });
		const run = await rig.run(mode, {
			parameters: { resource: 'instance', operation: 'updateChatbotSettings', chatbotSettings: { openai_apikey: key } },
		});
		expect(run.error).toBeDefined();
		expect(String(run.error?.description)).toContain('invalid key ***');
		expect(shown(run)).not.toContain(key);
	});

	test('Chatbot Settings refuses an empty set of settings', async () => {
		await expectRefused(mode, { operation: 'updateChatbotSettings', chatbotSettings: { chatbot_stopConversation: ' ' } }, 'Settings is empty (item 0)');
	});

	test('Set Proxy builds the proxy URL with the login; the password never shows, Get and Remove follow', async () => {
		const password = 'p@ss:w0rd-secret';
		const set = await rig.run(mode, {
			parameters: {
				resource: 'instance',
				operation: 'setProxy',
				proxyUrl: 'http://203.0.113.7:3128',
				proxyUsername: 'alice',
				proxyPassword: password,
			},
		});
		expectSuccess(set);
		const get = await rig.run(mode, { parameters: { resource: 'instance', operation: 'getProxy' } });
		const remove = await rig.run(mode, { parameters: { resource: 'instance', operation: 'removeProxy' } });
		expectSuccess(get);
		expectSuccess(remove);
		expect(rig.sent(mode)).toEqual([
			{ method: 'POST', path: '/instance/proxy', body: { enable: true, proxy_url: 'http://alice:p%40ss%3Aw0rd-secret@203.0.113.7:3128' } },
			{ method: 'GET', path: '/instance/proxy' },
			{ method: 'DELETE', path: '/instance/proxy' },
		]);
		const proxy = { enabled: true, proxy_url: 'http://alice:***@203.0.113.7:3128', last_test_at: TEST_TIME, last_test_error: '', validation_error: false };
		expect(jsonOf(set)).toEqual([{ details: 'Proxy configurado', proxy, restart_requested: true }]);
		expect(jsonOf(get)).toEqual([proxy]);
		expect(jsonOf(remove)).toEqual([{ details: 'Proxy removido', proxy: { enabled: false }, restart_requested: true }]);
		expect(everythingShown(set)).not.toContain('w0rd-secret');
	});

	test('Set Proxy masks the password when Uazapi echoes the URL unmasked, in outputs and in errors', async () => {
		const password = 'hunter2-proxy';
		rig.uazapi.reply('POST /instance/proxy', (req) => ({ status: 200, body: { details: 'Proxy configurado', proxy: { enabled: true, proxy_url: (req.body as IDataObject).proxy_url } } }));
		const parameters = { resource: 'instance', operation: 'setProxy', proxyUrl: 'socks5://proxy.example.com:1080', proxyUsername: 'bob', proxyPassword: password };
		const ok = await rig.run(mode, { parameters });
		expectSuccess(ok);
		expect(jsonOf(ok)).toEqual([{ details: 'Proxy configurado', proxy: { enabled: true, proxy_url: 'socks5://bob:***@proxy.example.com:1080' } }]);
		rig.uazapi.reply('POST /instance/proxy', (req) => ({ status: 400, body: { error: `Falha ao validar proxy: ${String((req.body as IDataObject).proxy_url)}` } }));
		const failed = await rig.run(mode, { parameters });
		expect(failed.error).toBeDefined();
		for (const run of [ok, failed]) {
			expect(shown(run)).not.toContain(password);
			for (const secret of SECRETS) expect(everythingShown(run)).not.toContain(secret);
		}
	});

	test.each([
		[{ proxyUrl: '  ' }, 'Proxy URL is empty (item 0)'],
		[{ proxyUrl: 'not a url' }, 'Proxy URL is not a URL (item 0)'],
		[{ proxyUrl: 'ftp://203.0.113.7:21' }, 'Proxy URL must start with http://, https:// or socks5:// and name a host (item 0)'],
		[{ proxyUrl: 'http://u:secret@203.0.113.7:3128' }, 'Proxy URL contains a login (item 0)'],
		[{ proxyUrl: 'http://203.0.113.7:3128', proxyPassword: 'lonely-password' }, 'Username is empty (item 0)'],
	])('Set Proxy refuses %o before any request', async (fields, message) => {
		await expectRefused(mode, { operation: 'setProxy', ...fields }, message);
	});
});

