import type { IDataObject } from 'n8n-workflow';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { Webhook } from '../doubles/responders/state';
import { UAZAPI_TOKEN } from '../doubles/uazapi';
import type { Rig, Sent } from '../engine/rig';
import { TriggerHost } from '../engine/trigger-harness';

/** A webhook payload from test/fixtures/webhooks, carrying `token` (the instance token unless told otherwise; null: none). */
export function fixture(name: string, token: string | null = UAZAPI_TOKEN): IDataObject {
	const payload = JSON.parse(readFileSync(path.join(__dirname, '..', 'fixtures', 'webhooks', `${name}.json`), 'utf8')) as IDataObject;
	if (token === null) delete payload.token;
	else payload.token = token;
	return payload;
}

/** A webhook someone else (here: a Chatwoot integration) set on the instance. */
export const FOREIGN_WEBHOOK: Webhook = {
	id: 'wh-chatwoot-1',
	enabled: true,
	url: 'https://chatwoot.example.com/webhooks/whatsapp',
	events: ['messages', 'messages_update'],
	excludeMessages: [],
	addUrlEvents: false,
	addUrlTypesMessages: false,
};

/** Starts a TriggerHost for the test file; forgets its setup and static data after each test. */
export function useTriggerHost(): TriggerHost {
	const host = new TriggerHost();
	beforeAll(async () => {
		await host.start();
	});
	afterEach(() => host.reset());
	afterAll(async () => {
		await host.stop();
	});
	return host;
}

/** The requests sent since `rig.sent(mode)` had `from` entries. */
export function sentSince(rig: Rig, mode: 'proxy' | 'direct', from: number): Sent[] {
	return rig.sent(mode).slice(from);
}
