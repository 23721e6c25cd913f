import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodeProperties,
} from 'n8n-workflow';

import { explainFailure, uazapiError } from '../../shared/errors';
import { defineOperation } from '../../shared/operation';
import { callUazapi, CREDENTIAL } from '../../shared/response';
import { connectionOf } from '../../shared/transport';
import { invalidInput } from '../../shared/validation';

const fields: INodeProperties[] = [
	{
		displayName: 'Webhook',
		name: 'webhookId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
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

export async function searchWebhooks(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const webhooks = ((await callUazapi(this, { method: 'GET', path: '/webhook', subject: 'webhook' })) ?? []) as IDataObject[];
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
async function deleteById(this: IExecutePaginationFunctions, requestData: DeclarativeRestApiSettings.ResultOptions) {
	const id = String(this.getNodeParameter('webhookId', '', { extractValue: true }) ?? '').trim();
	if (!id) throw invalidInput(this, 'Webhook', 'is empty', 'Pick a webhook from the list or enter its ID.');
	const webhooks = ((await callUazapi(this, { method: 'GET', path: '/webhook', subject: 'webhook' })) ?? []) as IDataObject[];
	const webhook = webhooks.find((entry) => entry.id === id);
	if (!webhook) {
		const credentials = await this.getCredentials(CREDENTIAL);
		throw uazapiError(
			this.getNode(),
			explainFailure({ status: 404, body: { error: `No webhook with ID ${id}` }, connection: connectionOf(credentials), subject: 'webhook' }),
			{ httpCode: '404', itemIndex: this.getItemIndex(), credentials },
		);
	}
	await this.makeRoutingRequest({
		...requestData,
		options: { ...requestData.options, body: { action: 'delete', id, url: webhook.url } },
	});
	return [{ json: { deleted: true, id, url: webhook.url } as IDataObject }];
}

export const deleteWebhook = defineOperation({
	resource: 'webhook',
	name: 'Delete',
	value: 'deleteWebhook',
	action: 'Delete a webhook',
	description: 'Removes one webhook of the instance',
	method: 'POST',
	path: '/webhook',
	subject: 'webhook',
	fields,
	run: deleteById,
});
