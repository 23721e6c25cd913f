import type { INodeProperties, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { contactDescription } from './resources/contact';
import { groupDescription, groupListSearch } from './resources/group';
import { instanceDescription } from './resources/instance';
import { mediaDescription } from './resources/media';
import { messageDescription, messageListSearch } from './resources/message';
import { webhookDescription, webhookListSearch } from './resources/webhook';

const resource: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'Contact', value: 'contact' },
		{ name: 'Group', value: 'group' },
		{ name: 'Instance', value: 'instance' },
		{ name: 'Media', value: 'media' },
		{ name: 'Message', value: 'message' },
		{ name: 'Webhook', value: 'webhook' },
	],
	default: 'message',
};

export class N8nToolsUazapi implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Uazapi',
		name: 'n8nToolsUazapi',
		icon: { light: 'file:../../icons/uazapi.svg', dark: 'file:../../icons/uazapi.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Send and manage WhatsApp messages, groups and contacts with Uazapi',
		defaults: { name: 'Uazapi' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'uazapiApi', required: true }],
		requestDefaults: {
			headers: { Accept: 'application/json' },
			json: true,
			ignoreHttpStatusErrors: true,
		},
		properties: [
			resource,
			...messageDescription,
			...mediaDescription,
			...contactDescription,
			...groupDescription,
			...instanceDescription,
			...webhookDescription,
		],
	};

	methods = {
		listSearch: { ...messageListSearch, ...groupListSearch, ...webhookListSearch },
	};
}
