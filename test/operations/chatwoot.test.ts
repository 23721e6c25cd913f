import type { IDataObject } from 'n8n-workflow';

import { CHATWOOT_INBOX_WEBHOOK, chatwootConfigOf } from '../doubles/responders/chatwoot';
import type { NodeRun } from '../engine/harness';
import type { Mode } from '../engine/rig';
import { expectSuccess, jsonOf, MODES, useRig } from '../engine/rig';

const rig = useRig();

const TOKEN = 'pXXGHHHyJPYHYgWHJHYHgJjj';

const CONFIG = {
	chatwootEnabled: true,
	chatwootUrl: 'https://app.chatwoot.com/',
	chatwootAccessToken: TOKEN,
	chatwootAccountId: 1,
	chatwootInboxId: 5,
};

/** What a person sees of a run: its output items and its error's texts (not the node's own parameters). */
function shown(run: NodeRun): string {
	const error = run.error ? { message: run.error.message, description: run.error.description } : {};
	return JSON.stringify({ outputs: run.outputs, error });
}

async function expectRefused(mode: Mode, parameters: IDataObject, message: string) {
	const run = await rig.run(mode, { parameters: { resource: 'chatwoot', operation: 'updateConfig', ...CONFIG, ...parameters } });
	expect(run.error?.message).toBe(message);
	expect(rig.sent(mode)).toEqual([]);
}

describe.each(MODES)('Chatwoot (%s)', (mode) => {
	test('Update Configuration sends the whole configuration; Get Configuration reads it back without the token', async () => {
		const update = await rig.run(mode, {
			parameters: { resource: 'chatwoot', operation: 'updateConfig', ...CONFIG, chatwootOptions: { ignore_groups: true, sign_messages: true } },
		});
		expectSuccess(update);
		const get = await rig.run(mode, { parameters: { resource: 'chatwoot', operation: 'getConfig' } });
		expectSuccess(get);
		expect(rig.sent(mode)).toEqual([
			{
				method: 'PUT',
				path: '/chatwoot/config',
				body: {
					enabled: true,
					url: 'https://app.chatwoot.com',
					access_token: TOKEN,
					account_id: 1,
					inbox_id: 5,
					ignore_groups: true,
					sign_messages: true,
				},
			},
			{ method: 'GET', path: '/chatwoot/config' },
		]);
		expect(jsonOf(update)).toEqual([
			{
				message: 'Chatwoot config updated successfully, put this URL in Chatwoot inbox webhook settings:',
				chatwoot_inbox_webhook_url: CHATWOOT_INBOX_WEBHOOK,
			},
		]);
		expect(jsonOf(get)).toEqual([
			{
				chatwoot_enabled: true,
				chatwoot_url: 'https://app.chatwoot.com',
				chatwoot_account_id: 1,
				chatwoot_inbox_id: 5,
				chatwoot_ignore_groups: true,
				chatwoot_sign_messages: true,
				chatwoot_create_new_conversation: false,
			},
		]);
		expect(chatwootConfigOf(rig.uazapi.state).chatwoot_access_token).toBe(TOKEN);
		expect(shown(get)).not.toContain(TOKEN);
		expect(shown(update)).not.toContain(TOKEN);
	});

	test('Update Configuration masks the token in an error that quotes it', async () => {
		rig.uazapi.reply('PUT /chatwoot/config', { status: 400, body: { error: `Chatwoot refused token ${TOKEN}` } });
		const run = await rig.run(mode, { parameters: { resource: 'chatwoot', operation: 'updateConfig', ...CONFIG } });
		expect(run.error).toBeDefined();
		expect(String(run.error?.description)).toContain('Chatwoot refused token ***');
		expect(shown(run)).not.toContain(TOKEN);
	});

	test.each([
		[{ chatwootUrl: 'app.chatwoot.com' }, 'Chatwoot URL must start with http:// or https://: "app.chatwoot.com" (item 0)'],
		[{ chatwootAccessToken: '  ' }, 'Access Token is empty (item 0)'],
		[{ chatwootInboxId: 0 }, 'Inbox ID must be at least 1, not 0 (item 0)'],
		[{ chatwootAccountId: 2.5 }, 'Account ID must be a whole number, not 2.5 (item 0)'],
	])('Update Configuration refuses %o before any request', async (fields, message) => {
		await expectRefused(mode, fields, message);
	});
});
