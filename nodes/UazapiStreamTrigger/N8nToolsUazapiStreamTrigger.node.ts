import type { INodeType, INodeTypeDescription, ITriggerFunctions, ITriggerResponse } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { CREDENTIAL } from '../Uazapi/shared/credentials';
import { eventProperties } from '../UazapiTrigger/properties';
import { listenToStream } from '../UazapiTrigger/stream';

/**
 * The Uazapi Trigger's sibling without a webhook: it keeps Uazapi's event stream (GET /sse) open instead.
 * A separate node type, because n8n decides per node type how a trigger receives events: a node with
 * `webhooks` and `trigger` would have trigger() run again when a test-URL delivery executes (manual mode).
 */
export class N8nToolsUazapiStreamTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Uazapi Stream Trigger',
		name: 'n8nToolsUazapiStreamTrigger',
		icon: { light: 'file:../../icons/uazapi.svg', dark: 'file:../../icons/uazapi.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{($parameter["events"] || []).join(", ")}}',
		description: 'Starts the workflow on WhatsApp events from Uazapi, over its event stream: no public n8n URL needed',
		defaults: { name: 'Uazapi Stream Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CREDENTIAL, required: true }],
		properties: [
			{
				displayName:
					'Receives events over one connection to Uazapi\'s event stream (GET /sse) that n8n opens and keeps open while the workflow is active: no public n8n URL and no webhook needed. It needs the credential\'s Connection set to Direct: the n8n Tools proxy carries requests and answers, not streams. With a public n8n URL, the Uazapi Trigger (webhooks) is the lighter choice.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			...eventProperties,
		],
	};

	async trigger(this: ITriggerFunctions): Promise<ITriggerResponse> {
		return await listenToStream(this);
	}
}
