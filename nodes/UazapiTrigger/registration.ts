import type { IDataObject, IHookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { callUazapi } from '../Uazapi/shared/response';

interface UazapiWebhook {
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

function asWebhooks(answer: unknown): UazapiWebhook[] {
	return Array.isArray(answer) ? (answer as UazapiWebhook[]).filter((w) => w && typeof w === 'object') : [];
}

async function listWebhooks(context: IHookFunctions): Promise<UazapiWebhook[]> {
	return asWebhooks(await callUazapi(context, { method: 'GET', path: '/webhook', subject: 'webhook' }));
}

function settings(context: IHookFunctions) {
	return {
		events: context.getNodeParameter('events', []) as string[],
		excludeMessages: context.getNodeParameter('excludeMessages', []) as string[],
	};
}

const sameSet = (a: string[] = [], b: string[] = []) =>
	a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/** This trigger's own Uazapi webhook: the remembered ID, still pointing at this trigger's URL. */
function findOwn(context: IHookFunctions, webhooks: UazapiWebhook[], url: string): UazapiWebhook | undefined {
	const id = registered(context)[url];
	return id ? webhooks.find((webhook) => webhook.id === id && webhook.url === url) : undefined;
}

async function deleteOwn(context: IHookFunctions, webhook: UazapiWebhook): Promise<void> {
	// The contract requires `url` on every POST /webhook, delete included.
	await callUazapi(context, {
		method: 'POST',
		path: '/webhook',
		body: { action: 'delete', id: webhook.id, url: webhook.url },
		subject: 'webhook',
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
 * someone else is never overwritten, and remembers its ID.
 */
export async function registerOwnWebhook(this: IHookFunctions): Promise<boolean> {
	const url = ownUrl(this);
	const before = await listWebhooks(this);
	// Our earlier registration with other settings: replace it rather than receive every event twice.
	const previous = findOwn(this, before, url);
	if (previous) await deleteOwn(this, previous);
	const known = new Set(before.map((webhook) => webhook.id));
	const body: IDataObject = { action: 'add', url, enabled: true, ...settings(this) };
	const after = asWebhooks(await callUazapi(this, { method: 'POST', path: '/webhook', body, subject: 'webhook' }));
	const created = after.filter((webhook) => webhook.url === url && !known.has(webhook.id)).pop();
	if (!created) {
		throw new NodeOperationError(this.getNode(), 'Uazapi did not confirm the new webhook', {
			description: 'The answer to POST /webhook did not list a new webhook for this trigger. Try activating again.',
		});
	}
	remember(this, url, created.id);
	return true;
}

/** Deletes exactly the webhook this trigger registered, and only while it still points at this trigger. */
export async function deleteOwnWebhook(this: IHookFunctions): Promise<boolean> {
	const url = ownUrl(this);
	if (!registered(this)[url]) return true;
	try {
		const own = findOwn(this, await listWebhooks(this), url);
		if (own) await deleteOwn(this, own);
	} catch {
		// Keep the ID: the next activation finds the webhook again instead of adding a second one.
		return false;
	}
	remember(this, url, undefined);
	return true;
}
