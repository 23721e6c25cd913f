import type {
	IExecuteFunctions,
	IHookFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	ITriggerFunctions,
	ITriggerResponse,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { CREDENTIAL, storedCredentials } from '../Uazapi/shared/credentials';
import { activationError } from '../Uazapi/shared/errors';
import { sameSecret } from '../Uazapi/shared/secrets';
import { eventOutput, eventSettings } from './pipeline';
import { eventProperties, receiveByProperty } from './properties';
import { deleteOwnWebhook, ownWebhookExists, registerOwnWebhook } from './registration';
import { firstStreamEvent, listenToStream } from './stream';

/** The answer to a delivery that starts the workflow. */
const ACKNOWLEDGEMENT = { received: true };

const STREAM = '={{$parameter["receiveBy"] === "stream"}}';

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
		webhooks: [
			{
				name: 'default',
				// In stream mode the method is empty: n8n then registers no webhook (its WebhookService skips an
				// empty method), so webhookMethods never run and Uazapi gets no webhook.
				httpMethod: '={{$parameter["receiveBy"] === "stream" ? "" : "POST"}}',
				responseMode: 'onReceived',
				// '' (not n8n's default 'firstEntryJson', sent as that literal text): n8n then answers with the
				// webhookResponse that webhook() returns, a small JSON acknowledgement.
				responseData: '',
				path: 'webhook',
				ndvHideUrl: STREAM,
				ndvHideMethod: STREAM,
			},
		],
		properties: [
			receiveByProperty,
			{
				displayName:
					'On activation (and while listening for a test event) this trigger adds its own webhook to the Uazapi instance, and removes exactly that one on deactivation. Webhooks set up by others are left alone. Uazapi must reach this n8n\'s URL: without a public URL, receive events by Event Stream.',
				name: 'notice',
				type: 'notice',
				default: '',
				displayOptions: { show: { receiveBy: ['webhook'] } },
			},
			{
				displayName:
					'While the workflow is active (and while listening for a test event), n8n keeps one connection open to Uazapi\'s event stream (GET /sse): no public n8n URL and no webhook needed. It needs the credential\'s Connection set to Direct: the n8n Tools proxy carries requests and answers, not streams.',
				name: 'streamNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { receiveBy: ['stream'] } },
			},
			...eventProperties,
		],
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await ownWebhookExists.call(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				let failure: unknown;
				try {
					return await registerOwnWebhook.call(this);
				} catch (error) {
					failure = error;
				}
				throw activationError(this.getNode(), failure);
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

		const settings = eventSettings((name, fallback) => this.getNodeParameter(name, fallback));
		const outcome = await eventOutput(this, body, credentials, settings);
		if ('ignored' in outcome) return { webhookResponse: { received: true, ignored: outcome.ignored } };
		return { workflowData: [[outcome.output]], webhookResponse: ACKNOWLEDGEMENT };
	}

	/** While the workflow is active: in stream mode, the connection to Uazapi's event stream; in webhook mode nothing. */
	async trigger(this: ITriggerFunctions): Promise<ITriggerResponse> {
		if (this.getNodeParameter('receiveBy', 'webhook') !== 'stream') return {};
		const settings = eventSettings((name, fallback) => this.getNodeParameter(name, fallback));
		const close = await listenToStream(this, settings, { emit: (item) => this.emit([[item]]), fail: (error) => this.emitError(error) });
		return { closeFunction: close };
	}

	/**
	 * n8n's engine runs execute(), when a node has one, instead of trigger() or passing webhook data through,
	 * in every run of the node: the items of a delivery or of an emitted event pass through. Without it, a
	 * test-URL delivery (a manual run) would call trigger() and wait for an emit that never comes. A manual run
	 * in stream mode ("Listen for test event": no webhook, so n8n starts the run at once) waits for the first
	 * event on the stream.
	 */
	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		if (this.getMode() === 'manual' && this.getNodeParameter('receiveBy', 0, 'webhook') === 'stream') {
			const settings = eventSettings((name, fallback) => this.getNodeParameter(name, 0, fallback));
			return [[await firstStreamEvent(this, settings)]];
		}
		return [this.getInputData()];
	}
}
