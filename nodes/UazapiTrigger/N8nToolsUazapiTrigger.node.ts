import type {
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import type { NodeApiError } from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { CREDENTIAL, storedCredentials } from '../Uazapi/shared/credentials';
import { sameSecret } from '../Uazapi/shared/secrets';
import { eventOutput } from './pipeline';
import { eventProperties } from './properties';
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
					'On activation (and while listening for a test event) this trigger adds its own webhook to the Uazapi instance, and removes exactly that one on deactivation. Webhooks set up by others are left alone. Uazapi must reach this n8n\'s URL: without a public URL, use the Uazapi Stream Trigger (events over Uazapi\'s event stream, Direct connection).',
				name: 'notice',
				type: 'notice',
				default: '',
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

		const outcome = await eventOutput(this, body, credentials);
		if ('ignored' in outcome) return { webhookResponse: { received: true, ignored: outcome.ignored } };
		return { workflowData: [[outcome.output]], webhookResponse: ACKNOWLEDGEMENT };
	}
}
