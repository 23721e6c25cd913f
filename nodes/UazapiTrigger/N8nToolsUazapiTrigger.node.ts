import type {
	IDataObject,
	IHookFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import type { NodeApiError } from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { CREDENTIAL, secretsOf, storedCredentials } from '../Uazapi/shared/credentials';
import { sameSecret, withoutSecrets } from '../Uazapi/shared/secrets';
import { eventsProperty, excludeMessagesProperty } from '../Uazapi/shared/webhooks';
import type { MessageFilters } from './event';
import { eventItem, MESSAGE_KINDS, passesFilters } from './event';
import { eventKey, seenBefore } from './duplicates';
import { downloadMedia } from './media';
import { deleteOwnWebhook, ownWebhookExists, registerOwnWebhook } from './registration';

/** The answer to a delivery that starts the workflow. */
const ACKNOWLEDGEMENT = { received: true };

export class N8nToolsUazapiTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Uazapi Trigger',
		name: 'n8nToolsUazapiTrigger',
		icon: { light: 'file:../../icons/uazapi.svg', dark: 'file:../../icons/uazapi.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{($parameter["events"] || []).join(", ")}}',
		description: 'Starts the workflow when WhatsApp events arrive from Uazapi',
		defaults: { name: 'Uazapi Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CREDENTIAL, required: true }],
		// responseData '' (not n8n's default 'firstEntryJson', sent as that literal text): n8n then answers with
		// the webhookResponse that webhook() returns, a small JSON acknowledgement.
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', responseData: '', path: 'webhook' }],
		properties: [
			{
				displayName:
					'On activation (and while listening for a test event) this trigger adds its own webhook to the Uazapi instance, and removes exactly that one on deactivation. Webhooks set up by others are left alone.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			eventsProperty('The Uazapi events that start the workflow'),
			excludeMessagesProperty,
			{
				displayName: 'Message Filters',
				name: 'messageFilters',
				type: 'collection',
				placeholder: 'Add filter',
				default: {},
				description: 'Applied to message events; other events always start the workflow',
				options: [
					{
						displayName: 'Chats',
						name: 'chats',
						type: 'options',
						options: [
							{ name: 'All Chats', value: 'all' },
							{ name: 'Only Groups', value: 'groups' },
							{ name: 'Only Direct Chats', value: 'direct' },
						],
						default: 'all',
					},
					{
						displayName: 'Message Kinds',
						name: 'messageKinds',
						type: 'multiOptions',
						options: MESSAGE_KINDS,
						default: [],
						description: 'Only these kinds of message start the workflow. Empty means all kinds.',
					},
					{
						displayName: 'Only From Others',
						name: 'onlyFromOthers',
						type: 'boolean',
						default: false,
						description: 'Whether to ignore messages sent by this WhatsApp account (from any device)',
					},
				],
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add option',
				default: {},
				options: [
					{
						displayName: 'Download Media',
						name: 'downloadMedia',
						type: 'boolean',
						default: false,
						description:
							'Whether to download the file of image, video, GIF, audio, voice note, document and sticker messages and attach it as binary data',
					},
					{
						displayName: 'Put Media in Field',
						name: 'binaryPropertyName',
						type: 'string',
						default: 'data',
						description: 'With Download Media: the binary property that receives the file',
					},
				],
			},
		],
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await ownWebhookExists.call(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				let failure: NodeApiError | NodeOperationError | undefined;
				try {
					return await registerOwnWebhook.call(this);
				} catch (error) {
					failure = error as NodeApiError;
				}
				// Newer n8n shows an activation error by its message alone: the hint (which credential field
				// to fix) goes into the message too.
				const hint = failure.description && !failure.message.includes(failure.description) ? ` ${failure.description}` : '';
				throw new NodeOperationError(this.getNode(), `${failure.message}.${hint}`, { description: failure.description ?? undefined });
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return await deleteOwnWebhook.call(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const body = this.getBodyData();
		const credentials = await storedCredentials(this);
		// Every Uazapi delivery carries the instance token: anything else is not from this instance.
		if (!sameSecret(body.token, credentials.apiToken)) {
			const response = this.getResponseObject();
			response.writeHead(401, { 'Content-Type': 'application/json' });
			response.end(JSON.stringify({ error: 'Invalid or missing instance token' }));
			return { noWebhookResponse: true };
		}

		const events = this.getNodeParameter('events', []) as string[];
		if (!events.includes(String(body.EventType))) {
			return { webhookResponse: { received: true, ignored: 'event not selected in the trigger' } };
		}
		const item = eventItem(withoutSecrets(body, secretsOf(credentials)));
		const filters = this.getNodeParameter('messageFilters', {}) as MessageFilters;
		if (!passesFilters(item, filters)) {
			return { webhookResponse: { received: true, ignored: 'message filtered out by the trigger' } };
		}

		// A retry of an event that already started the workflow starts nothing.
		if (seenBefore(this.getWorkflowStaticData('node'), eventKey(body))) {
			return { webhookResponse: { received: true, ignored: 'duplicate of an event already received' } };
		}

		const output: INodeExecutionData = { json: item };
		const options = this.getNodeParameter('options', {}) as IDataObject;
		if (options.downloadMedia === true && item.mediaKind) {
			const property = String(options.binaryPropertyName || 'data').trim() || 'data';
			try {
				output.binary = { [property]: await downloadMedia(this, (item.raw as IDataObject).message as IDataObject) };
			} catch (error) {
				// The event still starts the workflow; the item says why the file is missing.
				item.mediaError = String((error as Error).message ?? error);
			}
		}
		return { workflowData: [[output]], webhookResponse: ACKNOWLEDGEMENT };
	}
}
