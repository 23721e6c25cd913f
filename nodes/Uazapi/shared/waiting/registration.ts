import type { IDataObject, IExecuteFunctions, IWebhookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { UazapiWebhook } from '../../../UazapiTrigger/registration';
import { asWebhooks, deleteWebhook, listWebhooks } from '../../../UazapiTrigger/registration';
import { uazapiRequest } from '../transport';
import type { Question } from './question';
import { questionOf, questionParameters } from './question';

/** How long a check of a waiting URL may take before the webhook is kept as it is. */
const PROBE_TIMEOUT_MS = 10_000;

/** The temporary webhook of a waiting execution: the signed resume URL, carrying the question. */
export function waitingWebhookBody(url: string): IDataObject {
	return {
		action: 'add',
		url,
		enabled: true,
		events: ['messages'],
		// The question itself and every other message sent through the API are never answers.
		excludeMessages: ['wasSentByApi'],
		// Anything appended to the path would break n8n's signature and route.
		addUrlEvents: false,
		addUrlTypesMessages: false,
	};
}

/** Adds the waiting execution's temporary webhook beside the instance's others. */
export async function addWaitingWebhook(context: IExecuteFunctions, question: Question): Promise<void> {
	const url = context.getSignedResumeUrl(questionParameters(question));
	const call = { method: 'POST' as const, path: '/webhook', body: waitingWebhookBody(url), concern: { subject: 'webhook' as const } };
	const answer = asWebhooks(await uazapiRequest(context, call));
	if (answer.some((webhook) => webhook.url === url)) return;
	if ((await listWebhooks(context)).some((webhook) => webhook.url === url)) return;
	throw new NodeOperationError(context.getNode(), 'Uazapi did not confirm the webhook the answer would arrive at (item 0)', {
		itemIndex: 0,
		description: `The question was sent (message ${question.messageId}), but no answer can reach this execution. Run it again.`,
	});
}

/** A webhook of the instance that is a temporary webhook of a Send and Wait of this n8n, with its question. */
function waitingOf(webhook: UazapiWebhook, base: string): { url: URL; question: Question } | undefined {
	if (typeof webhook.url !== 'string' || !webhook.url.startsWith(base)) return undefined;
	let url: URL;
	try {
		url = new URL(webhook.url);
	} catch {
		return undefined;
	}
	const question = questionOf(url.searchParams);
	return question ? { url, question } : undefined;
}

/** This n8n's waiting-webhook base URL, `<base>/` before `<execution ID>/<node ID>`. */
function waitingBaseOf(context: IExecuteFunctions): string {
	const url = new URL(context.getSignedResumeUrl());
	return `${url.origin}${url.pathname.split('/').slice(0, -2).join('/')}/`;
}

/**
 * Whether a waiting URL's execution is over. Asked of n8n itself: the execution, while it waits, has
 * this node answer a GET with `{ waiting: true }`; a finished one gets n8n's "no action required" page,
 * a cancelled or failed one 409, a deleted one 404. Anything else (n8n unreachable from itself): not
 * known, so the webhook is kept.
 */
async function isOver(context: IExecuteFunctions, url: string): Promise<boolean> {
	let response: { statusCode?: number; body?: unknown };
	try {
		response = (await context.helpers.httpRequest({
			method: 'GET',
			url,
			headers: { Accept: 'application/json' },
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: PROBE_TIMEOUT_MS,
		})) as { statusCode?: number; body?: unknown };
	} catch {
		return false;
	}
	const body = response.body as IDataObject | undefined;
	if (body && typeof body === 'object' && body.waiting === true) return false;
	return response.statusCode === 404 || response.statusCode === 409 || response.statusCode === 200;
}

/**
 * n8n tells a node nothing when a waiting execution times out or is cancelled, so each Send and Wait
 * first removes the temporary webhooks of this n8n whose waiting is over: past their time limit, or,
 * without one, whose execution no longer waits. Other webhooks are never touched.
 */
export async function removeStaleWaitingWebhooks(context: IExecuteFunctions): Promise<void> {
	const base = waitingBaseOf(context);
	for (const webhook of await listWebhooks(context)) {
		const waiting = waitingOf(webhook, base);
		if (!waiting) continue;
		const { expires } = waiting.question;
		const stale = expires > 0 ? expires <= Date.now() : await isOver(context, webhook.url);
		if (stale) await deleteWebhook(context, webhook);
	}
}

/** Removes the temporary webhook(s) of the execution a delivery reached (`<execution ID>/<node ID>`). */
export async function removeWaitingWebhooksOf(context: IWebhookFunctions): Promise<void> {
	const request = context.getRequestObject();
	const path = new URL(request.originalUrl ?? request.url, 'http://n8n').pathname;
	const tail = `/${path.split('/').filter(Boolean).slice(-2).join('/')}`;
	for (const webhook of await listWebhooks(context)) {
		let url: URL;
		try {
			url = new URL(webhook.url);
		} catch {
			continue;
		}
		if (url.pathname.endsWith(tail) && questionOf(url.searchParams)) await deleteWebhook(context, webhook);
	}
}

