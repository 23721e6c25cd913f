import type { IDataObject, IHookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { UazapiContext } from '../Uazapi/shared/transport';
import { uazapiRequest } from '../Uazapi/shared/transport';

export interface UazapiWebhook {
	id: string;
	url: string;
	enabled?: boolean;
	events?: string[];
	excludeMessages?: string[];
}

// Static data key: n8n webhook URL → ID of the Uazapi webhook this trigger registered for it.
// Keyed by URL because the test URL and the production URL are registered separately.
const REGISTERED = 'uazapiWebhooks';

function ownUrl(context: IHookFunctions): string {
	const url = context.getNodeWebhookUrl('default');
	if (!url) throw new NodeOperationError(context.getNode(), 'n8n did not give this trigger a webhook URL');
	return url;
}

function registered(context: IHookFunctions): Record<string, string> {
	const data = context.getWorkflowStaticData('node');
	return { ...((data[REGISTERED] as Record<string, string> | undefined) ?? {}) };
}

function remember(context: IHookFunctions, url: string, id: string | undefined): void {
	const data = context.getWorkflowStaticData('node');
	const next = registered(context);
	if (id) next[url] = id;
	else delete next[url];
	data[REGISTERED] = next;
}

export function asWebhooks(answer: unknown): UazapiWebhook[] {
	return Array.isArray(answer) ? (answer as UazapiWebhook[]).filter((w) => w && typeof w === 'object') : [];
}

/** The instance's webhooks (every one, whoever added it). */
export async function listWebhooks(context: UazapiContext): Promise<UazapiWebhook[]> {
	return asWebhooks(await uazapiRequest(context, { method: 'GET', path: '/webhook', concern: { subject: 'webhook' } }));
}

function settings(context: IHookFunctions) {
	return {
		events: context.getNodeParameter('events', []) as string[],
		excludeMessages: context.getNodeParameter('excludeMessages', []) as string[],
	};
}

const sameSet = (a: string[] = [], b: string[] = []) =>
	a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/** This trigger's registered Uazapi webhook: the remembered ID, still pointing at this trigger's URL. */
function findOwn(context: IHookFunctions, webhooks: UazapiWebhook[], url: string): UazapiWebhook | undefined {
	const id = registered(context)[url];
	return id ? webhooks.find((webhook) => webhook.id === id && webhook.url === url) : undefined;
}

/** Deletes exactly this webhook of the instance, by its ID. */
export async function deleteWebhook(context: UazapiContext, webhook: UazapiWebhook): Promise<void> {
	// The contract requires `url` on every POST /webhook, delete included.
	await uazapiRequest(context, {
		method: 'POST',
		path: '/webhook',
		body: { action: 'delete', id: webhook.id, url: webhook.url },
		concern: { subject: 'webhook' },
	});
}

/** True when this trigger's webhook is registered with the current settings. */
export async function ownWebhookExists(this: IHookFunctions): Promise<boolean> {
	const url = ownUrl(this);
	if (!registered(this)[url]) return false;
	const own = findOwn(this, await listWebhooks(this), url);
	if (!own) {
		// Deleted on the server, or re-pointed elsewhere by someone: no longer ours.
		remember(this, url, undefined);
		return false;
	}
	const wanted = settings(this);
	return (
		own.enabled === true &&
		sameSet(own.events, wanted.events) &&
		sameSet(own.excludeMessages, wanted.excludeMessages)
	);
}

/**
 * Adds this trigger's webhook beside any others (advanced mode, `action: "add"`), so a webhook set by
 * someone else is never overwritten, and remembers its ID. A webhook whose URL is this trigger's own
 * n8n URL (which holds the node's unique webhook ID) can only be this trigger's: an earlier
 * registration with other settings, or one whose confirmation got lost. Those are removed first, so
 * events never arrive twice.
 */
export async function registerOwnWebhook(this: IHookFunctions): Promise<boolean> {
	const url = ownUrl(this);
	const before = await listWebhooks(this);
	for (const stale of before.filter((webhook) => webhook.url === url)) await deleteWebhook(this, stale);
	const known = new Set(before.map((webhook) => webhook.id));
	const isNew = (webhook: UazapiWebhook) => webhook.url === url && !known.has(webhook.id);
	const body: IDataObject = { action: 'add', url, enabled: true, ...settings(this) };
	const answer = asWebhooks(await uazapiRequest(this, { method: 'POST', path: '/webhook', body, concern: { subject: 'webhook' } }));
	// The answer should list it; if not, ask again rather than add another one on the next try.
	const created = answer.find(isNew) ?? (await listWebhooks(this)).find(isNew);
	if (!created) {
		throw new NodeOperationError(this.getNode(), 'Uazapi did not confirm the new webhook', {
			description: 'Uazapi does not list a webhook for this trigger after adding it. Try activating again.',
		});
	}
	remember(this, url, created.id);
	return true;
}

/**
 * Deletes the webhooks of this trigger: the one it registered, while it still points at this trigger,
 * and any other with this trigger's own URL. Webhooks pointing anywhere else are left alone.
 */
export async function deleteOwnWebhook(this: IHookFunctions): Promise<boolean> {
	const url = ownUrl(this);
	try {
		const webhooks = await listWebhooks(this);
		for (const own of webhooks.filter((webhook) => webhook.url === url)) await deleteWebhook(this, own);
	} catch {
		// Keep the ID: the next activation finds the webhook again instead of adding a second one.
		return false;
	}
	remember(this, url, undefined);
	return true;
}
