import type {
	IDataObject,
	IExecutePaginationFunctions,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodeProperties,
} from 'n8n-workflow';

import { UazapiError } from '../../shared/errors';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import type { UazapiContext } from '../../shared/transport';
import { uazapiRequest } from '../../shared/transport';
import { invalidInput, textParameter } from '../../shared/validation';

const fields: INodeProperties[] = [
	{
		displayName: 'Webhook',
		name: 'webhookId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		description: "The webhook to delete. Empty: the instance's only webhook (as in version 1 of this node).",
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchWebhooks', searchable: true },
			},
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: '123e4567-e89b-12d3-a456-426614174000' },
		],
	},
];

async function listWebhooks(context: UazapiContext, travel?: RequestOptions): Promise<IDataObject[]> {
	const answer = await uazapiRequest(context, { method: 'GET', path: '/webhook', concern: { subject: 'webhook' } }, travel);
	return Array.isArray(answer) ? (answer as IDataObject[]) : [];
}

export async function searchWebhooks(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const webhooks = await listWebhooks(this);
	const results = webhooks
		.map((webhook) => ({
			name: `${String(webhook.url)} (${((webhook.events as string[]) ?? []).join(', ') || 'no events'})`,
			value: String(webhook.id),
		}))
		.filter((entry) => !filter || entry.name.toLowerCase().includes(filter.toLowerCase()));
	return { results };
}

// The contract requires `url` on every POST /webhook, so the webhook is looked up first: that also
// gives a clear "not found" instead of a silent no-op.
async function deleteById(this: IExecutePaginationFunctions, request: RequestOptions) {
	const id = textParameter(this, 'webhookId', 'Webhook', { extractValue: true });
	const webhooks = await listWebhooks(this, request);
	// A 1.0.5 workflow has no Webhook field: it meant the instance's one webhook.
	const webhook = id ? webhooks.find((entry) => entry.id === id) : webhooks.length === 1 ? webhooks[0] : undefined;
	if (!id && !webhook) {
		throw invalidInput(this, 'Webhook', 'is empty', `Pick one of the ${webhooks.length} webhooks of this instance from the list, or enter its ID.`);
	}
	if (!webhook) {
		throw new UazapiError(
			this.getNode(),
			{ message: 'Webhook not found', description: `No webhook of this instance has the ID "${id}". Use Webhook → Get to list them.` },
			{ httpCode: '404', itemIndex: this.getItemIndex() },
		);
	}
	await uazapiRequest(
		this,
		{ method: 'POST', path: '/webhook', body: { action: 'delete', id: webhook.id, url: webhook.url }, concern: { subject: 'webhook' } },
		request,
	);
	return [{ json: { deleted: true, id: webhook.id, url: webhook.url } as IDataObject }];
}

export const deleteWebhook = defineOperation({
	resource: 'webhook',
	name: 'Delete',
	value: 'deleteWebhook',
	action: 'Delete a webhook',
	description: 'Removes one webhook of the instance',
	method: 'POST',
	path: '/webhook',
	endpoints: ['GET /webhook', 'POST /webhook'],
	subject: 'webhook',
	fields,
	run: deleteById,
});
