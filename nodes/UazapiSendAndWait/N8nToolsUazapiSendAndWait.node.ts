import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { CREDENTIAL } from '../Uazapi/shared/credentials';
import { SEND_AND_WAIT_WEBHOOKS, sendAndWaitWebhook } from '../Uazapi/shared/waiting/answer';
import { sendAndWait, sendAndWaitFields } from './sendAndWait';

/**
 * Message → Send and Wait for Response, as a node type of its own: a node with `webhook()` makes n8n give its
 * declarative operations no input data for expressions ({{ $json }}), so the Uazapi node cannot carry it
 * (docs/ARCHITECTURE.md, "Send and Wait").
 */
export class N8nToolsUazapiSendAndWait implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Uazapi Send and Wait',
		name: 'n8nToolsUazapiSendAndWait',
		icon: { light: 'file:../../icons/uazapi.svg', dark: 'file:../../icons/uazapi.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: 'Send and wait for response',
		description: 'Sends a WhatsApp question with Uazapi and waits for the answer in WhatsApp',
		defaults: { name: 'Uazapi Send and Wait' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CREDENTIAL, required: true }],
		webhooks: SEND_AND_WAIT_WEBHOOKS,
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [{ name: 'Message', value: 'message' }],
				default: 'message',
			},
			{
				displayName: 'Operation',
				name: 'operation',
				type: 'options',
				noDataExpression: true,
				// The value n8n recognises (SEND_AND_WAIT_OPERATION): its Human review tool and its waiting webhooks rely on it.
				options: [
					{
						name: 'Send and Wait for Response',
						value: 'sendAndWait',
						action: 'Send a message and wait for response',
						description: 'Sends a question and pauses the workflow until the person answers in WhatsApp',
					},
				],
				default: 'sendAndWait',
			},
			...sendAndWaitFields,
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await sendAndWait.call(this);
	}

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await sendAndWaitWebhook.call(this);
	}
}
