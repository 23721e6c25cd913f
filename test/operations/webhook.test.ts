import type { Webhook } from '../doubles/responders/state';
import { expectSuccess, jsonOf, MODES, useRig } from '../engine/rig';

const rig = useRig();

const existing = (id: string, url: string): Webhook => ({
	id,
	enabled: true,
	url,
	events: ['messages'],
	excludeMessages: ['wasSentByApi'],
	addUrlEvents: false,
	addUrlTypesMessages: false,
});

describe.each(MODES)('Webhook (%s)', (mode) => {
	test('Set sends url, events, exclude-messages (wasSentByApi by default) and enabled', async () => {
		const run = await rig.run(mode, {
			parameters: { resource: 'webhook', operation: 'setWebhook', webhookUrl: 'https://hooks.example.com/wa', events: ['messages', 'connection'] },
		});
		expectSuccess(run);
		const body = { url: 'https://hooks.example.com/wa', events: ['messages', 'connection'], excludeMessages: ['wasSentByApi'], enabled: true };
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/webhook', body }]);
		expect(jsonOf(run)).toEqual([{ id: rig.uazapi.state.webhooks[0].id, ...body, addUrlEvents: false, addUrlTypesMessages: false }]);
	});

	test('Set can add another webhook, with URL path options', async () => {
		rig.uazapi.state.webhooks.push(existing('wh-chatwoot', 'https://chatwoot.example.com/hook'));
		const run = await rig.run(mode, {
			parameters: {
				resource: 'webhook',
				operation: 'setWebhook',
				webhookUrl: 'https://hooks.example.com/wa',
				events: ['groups'],
				excludeMessages: [],
				enabled: false,
				webhookOptions: { mode: 'add', addUrlEvents: true, addUrlTypesMessages: false },
			},
		});
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			{
				method: 'POST',
				path: '/webhook',
				body: {
					url: 'https://hooks.example.com/wa',
					events: ['groups'],
					excludeMessages: [],
					enabled: false,
					addUrlEvents: true,
					addUrlTypesMessages: false,
					action: 'add',
				},
			},
		]);
		expect(jsonOf(run).map((w) => w.url)).toEqual(['https://chatwoot.example.com/hook', 'https://hooks.example.com/wa']);
	});

	test('Set updates a webhook by ID', async () => {
		rig.uazapi.state.webhooks.push(existing('wh-1', 'https://old.example.com'));
		const run = await rig.run(mode, {
			parameters: {
				resource: 'webhook',
				operation: 'setWebhook',
				webhookUrl: 'https://new.example.com',
				events: ['messages'],
				webhookOptions: { mode: 'update', id: 'wh-1' },
			},
		});
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			{
				method: 'POST',
				path: '/webhook',
				body: { url: 'https://new.example.com', events: ['messages'], excludeMessages: ['wasSentByApi'], enabled: true, action: 'update', id: 'wh-1' },
			},
		]);
		expect(jsonOf(run)).toEqual([{ ...existing('wh-1', 'https://new.example.com') }]);
	});

	test.each([
		[{ webhookUrl: ' ' }, 'Webhook URL is empty (item 0)'],
		[{ webhookUrl: 'hooks.example.com' }, 'Webhook URL is not an http(s) URL: "hooks.example.com" (item 0)'],
		[{ webhookUrl: 'https://a.example.com', events: '={{ [] }}' }, 'Events is empty (item 0)'],
		[{ webhookUrl: 'https://a.example.com', webhookOptions: { mode: 'update' } }, 'Webhook ID is empty (item 0)'],
	])('Set refuses bad input before any request: %j', async (parameters, message) => {
		const run = await rig.run(mode, { parameters: { resource: 'webhook', operation: 'setWebhook', events: ['messages'], ...parameters } });
		expect(run.error).toMatchObject({ message });
		expect(rig.sent(mode)).toEqual([]);
	});

	test('Get outputs one item per webhook', async () => {
		rig.uazapi.state.webhooks.push(existing('wh-1', 'https://a.example.com'), existing('wh-2', 'https://b.example.com'));
		const run = await rig.run(mode, { parameters: { resource: 'webhook', operation: 'getWebhook' } });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'GET', path: '/webhook' }]);
		expect(jsonOf(run)).toEqual([existing('wh-1', 'https://a.example.com'), existing('wh-2', 'https://b.example.com')]);
	});

	test('Get with no webhook outputs no item', async () => {
		const run = await rig.run(mode, { parameters: { resource: 'webhook', operation: 'getWebhook' } });
		expectSuccess(run);
		expect(jsonOf(run)).toEqual([]);
	});

	test('Delete looks the webhook up and deletes exactly that one', async () => {
		rig.uazapi.state.webhooks.push(existing('wh-1', 'https://a.example.com'), existing('wh-2', 'https://b.example.com'));
		const run = await rig.run(mode, {
			parameters: { resource: 'webhook', operation: 'deleteWebhook', webhookId: { __rl: true, mode: 'list', value: 'wh-2' } },
		});
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			{ method: 'GET', path: '/webhook' },
			{ method: 'POST', path: '/webhook', body: { action: 'delete', id: 'wh-2', url: 'https://b.example.com' } },
		]);
		expect(jsonOf(run)).toEqual([{ deleted: true, id: 'wh-2', url: 'https://b.example.com' }]);
		expect(rig.uazapi.state.webhooks.map((w) => w.id)).toEqual(['wh-1']);
	});

	test('Delete of an unknown ID says the webhook was not found, and deletes nothing', async () => {
		rig.uazapi.state.webhooks.push(existing('wh-1', 'https://a.example.com'));
		const run = await rig.run(mode, {
			parameters: { resource: 'webhook', operation: 'deleteWebhook', webhookId: { __rl: true, mode: 'id', value: 'wh-9' } },
		});
		expect(run.error).toMatchObject({
			message: 'Webhook not found',
			description: 'No webhook of this instance has the ID "wh-9". Use Webhook → Get to list them.',
			httpCode: '404',
		});
		expect(rig.sent(mode)).toEqual([{ method: 'GET', path: '/webhook' }]);
	});

	test('Delete without a webhook (a 1.0.5 workflow) deletes the instance\'s only webhook', async () => {
		rig.uazapi.state.webhooks.push(existing('wh-1', 'https://a.example.com'));
		const run = await rig.run(mode, { parameters: { resource: 'webhook', operation: 'deleteWebhook' } });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			{ method: 'GET', path: '/webhook' },
			{ method: 'POST', path: '/webhook', body: { action: 'delete', id: 'wh-1', url: 'https://a.example.com' } },
		]);
		expect(jsonOf(run)).toEqual([{ deleted: true, id: 'wh-1', url: 'https://a.example.com' }]);
	});

	test('Delete without a webhook refuses to guess when the instance has several', async () => {
		rig.uazapi.state.webhooks.push(existing('wh-1', 'https://a.example.com'), existing('wh-2', 'https://b.example.com'));
		const run = await rig.run(mode, { parameters: { resource: 'webhook', operation: 'deleteWebhook', webhookId: '={{ "" }}' } });
		expect(run.error).toMatchObject({
			message: 'Webhook is empty (item 0)',
			description: 'Pick one of the 2 webhooks of this instance from the list, or enter its ID.',
		});
		expect(rig.sent(mode)).toEqual([{ method: 'GET', path: '/webhook' }]);
	});
});
