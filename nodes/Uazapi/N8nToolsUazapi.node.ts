import type { INodeProperties, INodePropertyOptions, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { businessDescription, businessListSearch } from './resources/business';
import { communityDescription, communityListSearch } from './resources/community';
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
		{ name: 'Business', value: 'business' },
		{ name: 'Community', value: 'community' },
		{ name: 'Contact', value: 'contact' },
		{ name: 'Group', value: 'group' },
		{ name: 'Instance', value: 'instance' },
		{ name: 'Media', value: 'media' },
		{ name: 'Message', value: 'message' },
		{ name: 'Webhook', value: 'webhook' },
	],
	default: 'message',
};

const properties: INodeProperties[] = [
	resource,
	...messageDescription,
	...mediaDescription,
	...contactDescription,
	...groupDescription,
	...instanceDescription,
	...webhookDescription,
	...communityDescription,
	...businessDescription,
];

/**
 * The canvas subtitle, "Message: Send Text": the names the user picked, looked up by the editor from a
 * table built here from the Resource and Operation options, so it follows every operation added.
 * (Without a subtitle n8n would name only the first resource's operations.)
 */
function readableSubtitle(): string {
	const names: Record<string, string> = {};
	for (const property of properties) {
		const [resourceValue] = (property.name === 'operation' && property.displayOptions?.show?.resource) || [];
		const resourceOption = (resource.options as INodePropertyOptions[]).find((o) => o.value === resourceValue);
		if (!resourceOption) continue;
		for (const option of property.options as INodePropertyOptions[]) {
			names[`${resourceValue}:${option.value}`] = `${resourceOption.name}: ${option.name}`;
		}
	}
	// A flat table, wrapped in parentheses: `}}` inside the braces would end the expression early.
	return `={{ (${JSON.stringify(names)})[$parameter["resource"] + ":" + $parameter["operation"]] || $parameter["operation"] }}`;
}

export class N8nToolsUazapi implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Uazapi',
		name: 'n8nToolsUazapi',
		icon: { light: 'file:../../icons/uazapi.svg', dark: 'file:../../icons/uazapi.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: readableSubtitle(),
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
		properties,
	};

	methods = {
		listSearch: {
			...messageListSearch,
			...groupListSearch,
			...webhookListSearch,
			...communityListSearch,
			...businessListSearch,
		},
	};
}
