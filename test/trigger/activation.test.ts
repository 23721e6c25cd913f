import type { IDataObject } from 'n8n-workflow';

import { MODES, useRig } from '../engine/rig';
import { TRIGGER_NAME } from '../engine/trigger-harness';
import { FOREIGN_WEBHOOK, sentSince, useTriggerHost } from './helpers';

const rig = useRig();
const host = useTriggerHost();

const STATIC_KEY = `node:${TRIGGER_NAME}`;

describe.each(MODES)('Uazapi Trigger activation (%s)', (mode) => {
	const setUp = (parameters: IDataObject = {}) => host.configure({ parameters, credentials: rig.credentials(mode) });
	const webhooks = () => rig.uazapi.state.webhooks;

	test('activation adds its own webhook beside the others and remembers its ID; deactivation deletes exactly that one', async () => {
		webhooks().push({ ...FOREIGN_WEBHOOK });
		setUp();
		const url = host.webhookUrl('production');

		expect(await host.activate()).toBe(false);

		const own = webhooks().find((webhook) => webhook.url === url)!;
		expect(rig.sent(mode)).toEqual([
			{ method: 'GET', path: '/webhook' },
			{
				method: 'POST',
				path: '/webhook',
				body: { action: 'add', url, enabled: true, events: ['messages'], excludeMessages: ['wasSentByApi'] },
			},
		]);
		expect(webhooks()).toEqual([
			FOREIGN_WEBHOOK,
			{ id: own.id, enabled: true, url, events: ['messages'], excludeMessages: ['wasSentByApi'], addUrlEvents: false, addUrlTypesMessages: false },
		]);
		expect(own.id).toMatch(/^wh[0-9A-F]{16}$/);
		expect(host.savedStaticData).toEqual({ [STATIC_KEY]: { uazapiWebhooks: { [url]: own.id } } });

		expect(await host.deactivate()).toBe(true);

		expect(sentSince(rig, mode, 2)).toEqual([
			{ method: 'GET', path: '/webhook' },
			{ method: 'POST', path: '/webhook', body: { action: 'delete', id: own.id, url } },
		]);
		expect(webhooks()).toEqual([FOREIGN_WEBHOOK]);
		expect(host.savedStaticData).toEqual({ [STATIC_KEY]: { uazapiWebhooks: {} } });
	});

	test('the chosen events and exclusions are registered as chosen', async () => {
		setUp({ events: ['messages', 'connection', 'groups'], excludeMessages: ['wasSentByApi', 'isGroupYes'] });
		await host.activate();
		expect(rig.sent(mode)[1]).toEqual({
			method: 'POST',
			path: '/webhook',
			body: {
				action: 'add',
				url: host.webhookUrl('production'),
				enabled: true,
				events: ['messages', 'connection', 'groups'],
				excludeMessages: ['wasSentByApi', 'isGroupYes'],
			},
		});
	});

	test('an empty exclusion list is sent as empty (every message is delivered)', async () => {
		setUp({ excludeMessages: [] });
		await host.activate();
		expect((rig.sent(mode)[1].body as IDataObject).excludeMessages).toEqual([]);
	});

	test('when n8n starts again, checkExists recognises its own webhook by URL and ID: nothing is added', async () => {
		webhooks().push({ ...FOREIGN_WEBHOOK });
		setUp();
		await host.activate();
		const before = JSON.parse(JSON.stringify(webhooks()));
		const sentBefore = rig.sent(mode).length;

		expect(await host.activate('production', 'init')).toBe(true);

		expect(sentSince(rig, mode, sentBefore)).toEqual([{ method: 'GET', path: '/webhook' }]);
		expect(webhooks()).toEqual(before);
	});

	test('activate, deactivate, activate again: one webhook of its own, never a pile', async () => {
		setUp();
		const url = host.webhookUrl('production');
		for (let round = 0; round < 3; round++) {
			await host.activate();
			expect(webhooks().filter((webhook) => webhook.url === url)).toHaveLength(1);
			await host.deactivate();
			expect(webhooks()).toEqual([]);
		}
		await host.activate();
		await host.activate('production', 'init');
		expect(webhooks().filter((webhook) => webhook.url === url)).toHaveLength(1);
	});

	test('changed settings: its previous webhook is replaced, not kept beside the new one', async () => {
		webhooks().push({ ...FOREIGN_WEBHOOK });
		setUp();
		const url = host.webhookUrl('production');
		await host.activate();
		const previousId = webhooks()[1].id;
		const sentBefore = rig.sent(mode).length;

		setUp({ events: ['messages', 'connection'] });
		expect(await host.activate('production', 'update')).toBe(false);

		const current = webhooks()[1];
		expect(sentSince(rig, mode, sentBefore)).toEqual([
			{ method: 'GET', path: '/webhook' },
			{ method: 'GET', path: '/webhook' },
			{ method: 'POST', path: '/webhook', body: { action: 'delete', id: previousId, url } },
			{
				method: 'POST',
				path: '/webhook',
				body: { action: 'add', url, enabled: true, events: ['messages', 'connection'], excludeMessages: ['wasSentByApi'] },
			},
		]);
		expect(webhooks()).toEqual([FOREIGN_WEBHOOK, expect.objectContaining({ url, events: ['messages', 'connection'] })]);
		expect(current.id).not.toBe(previousId);
		expect(host.savedStaticData).toEqual({ [STATIC_KEY]: { uazapiWebhooks: { [url]: current.id } } });
	});

	test('its webhook was deleted on the server meanwhile: activation registers a new one', async () => {
		setUp();
		const url = host.webhookUrl('production');
		await host.activate();
		rig.uazapi.state.webhooks = [];

		expect(await host.activate('production', 'init')).toBe(false);

		expect(webhooks()).toEqual([expect.objectContaining({ url, enabled: true })]);
		expect(host.savedStaticData).toEqual({ [STATIC_KEY]: { uazapiWebhooks: { [url]: webhooks()[0].id } } });
	});

	test('someone re-pointed its webhook elsewhere: deactivation leaves that webhook alone', async () => {
		setUp();
		await host.activate();
		const id = webhooks()[0].id;
		webhooks()[0].url = 'https://someone-else.example.com/hook';
		const sentBefore = rig.sent(mode).length;

		expect(await host.deactivate()).toBe(true);

		expect(sentSince(rig, mode, sentBefore)).toEqual([{ method: 'GET', path: '/webhook' }]);
		expect(webhooks()).toEqual([expect.objectContaining({ id, url: 'https://someone-else.example.com/hook' })]);
		expect(host.savedStaticData).toEqual({ [STATIC_KEY]: { uazapiWebhooks: {} } });
	});

	test('deactivation without a webhook of its own only looks, and deletes nothing', async () => {
		webhooks().push({ ...FOREIGN_WEBHOOK });
		setUp();
		expect(await host.deactivate()).toBe(true);
		expect(rig.sent(mode)).toEqual([{ method: 'GET', path: '/webhook' }]);
		expect(webhooks()).toEqual([FOREIGN_WEBHOOK]);
	});

	test('an add whose answer does not list the webhook is found by asking again: retries never pile up webhooks', async () => {
		webhooks().push({ ...FOREIGN_WEBHOOK });
		setUp();
		const url = host.webhookUrl('production');
		// Uazapi saves the webhook, but its answer does not list it.
		rig.uazapi.reply('POST /webhook', (request, state) => {
			const body = request.body as IDataObject;
			state.webhooks.push({ id: 'wh-saved', enabled: true, url: String(body.url), events: body.events as string[], excludeMessages: body.excludeMessages as string[], addUrlEvents: false, addUrlTypesMessages: false });
			return { status: 200, body: {} };
		});
		expect(await host.activate()).toBe(false);
		expect(host.savedStaticData).toEqual({ [STATIC_KEY]: { uazapiWebhooks: { [url]: 'wh-saved' } } });
		expect(rig.sent(mode).map((sent) => sent.method)).toEqual(['GET', 'POST', 'GET']);
		expect(webhooks().map((webhook) => webhook.id)).toEqual([FOREIGN_WEBHOOK.id, 'wh-saved']);
	});

	test('webhooks left with this trigger\'s own URL (a lost confirmation) are replaced on activation and deleted on deactivation', async () => {
		setUp();
		const url = host.webhookUrl('production');
		const leftover = { ...FOREIGN_WEBHOOK, id: 'wh-leftover', url };
		webhooks().push({ ...FOREIGN_WEBHOOK }, leftover);
		await host.activate();
		expect(rig.sent(mode).slice(0, 2)).toEqual([
			{ method: 'GET', path: '/webhook' },
			{ method: 'POST', path: '/webhook', body: { action: 'delete', id: 'wh-leftover', url } },
		]);
		expect(webhooks().filter((webhook) => webhook.url === url)).toHaveLength(1);
		const own = webhooks().find((webhook) => webhook.url === url)!;
		webhooks().push({ ...leftover, id: 'wh-leftover-2' });
		const sentBefore = rig.sent(mode).length;
		expect(await host.deactivate()).toBe(true);
		expect(sentSince(rig, mode, sentBefore)).toEqual([
			{ method: 'GET', path: '/webhook' },
			{ method: 'POST', path: '/webhook', body: { action: 'delete', id: own.id, url } },
			{ method: 'POST', path: '/webhook', body: { action: 'delete', id: 'wh-leftover-2', url } },
		]);
		expect(webhooks()).toEqual([FOREIGN_WEBHOOK]);
	});

	test('"Listen for test event" registers the test URL; its removal leaves the production webhook alone', async () => {
		setUp();
		const production = host.webhookUrl('production');
		const test = host.webhookUrl('test');
		await host.activate('production');
		await host.activate('test');

		expect(rig.sent(mode)[3]).toEqual({
			method: 'POST',
			path: '/webhook',
			body: { action: 'add', url: test, enabled: true, events: ['messages'], excludeMessages: ['wasSentByApi'] },
		});
		expect(webhooks().map((webhook) => webhook.url)).toEqual([production, test]);
		const [productionId, testId] = webhooks().map((webhook) => webhook.id);
		expect(host.savedStaticData).toEqual({
			[STATIC_KEY]: { uazapiWebhooks: { [production]: productionId, [test]: testId } },
		});

		await host.deactivate('test');

		expect(rig.sent(mode).slice(-1)).toEqual([
			{ method: 'POST', path: '/webhook', body: { action: 'delete', id: testId, url: test } },
		]);
		expect(webhooks().map((webhook) => webhook.id)).toEqual([productionId]);
	});

	test('Uazapi fails while activating: the activation fails with the reason', async () => {
		setUp();
		rig.uazapi.reply('POST /webhook', { status: 500, body: { error: 'Could not save webhook' } });
		// Newer n8n shows only the message of an activation error: it carries the hint as well.
		const failure = await host.activate().then(
			() => undefined,
			(error: Error & { description?: string }) => error,
		);
		expect(failure?.message).toBe(
			'Uazapi or WhatsApp is unavailable. The Uazapi server failed (HTTP 500). Try again later; if it persists, check the instance in the Uazapi panel. Uazapi said: "Could not save webhook".',
		);
		expect(failure?.description).toContain('Uazapi said: "Could not save webhook"');
		expect(host.savedStaticData).toEqual({ [STATIC_KEY]: {} });
		expect(rig.uazapi.state.webhooks).toEqual([]);
	});

	test('Uazapi fails while deactivating: the ID is kept, so the next activation finds the webhook instead of adding one', async () => {
		setUp();
		const url = host.webhookUrl('production');
		await host.activate();
		const id = webhooks()[0].id;
		rig.uazapi.reply('POST /webhook', { status: 500, body: { error: 'Could not save webhook' } });

		expect(await host.deactivate()).toBe(false);
		expect(host.savedStaticData).toEqual({ [STATIC_KEY]: { uazapiWebhooks: { [url]: id } } });

		expect(await host.activate()).toBe(true);
		expect(webhooks()).toEqual([expect.objectContaining({ id, url })]);
	});
});
