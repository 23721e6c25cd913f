import type { INodeProperties, INodePropertyOptions, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { adminDescription, adminListSearch } from './resources/admin';
import { agentDescription, agentListSearch } from './resources/agent';
import { businessDescription, businessListSearch } from './resources/business';
import { callDescription } from './resources/call';
import { campaignDescription, campaignListSearch } from './resources/campaign';
import { channelDescription, channelListSearch } from './resources/channel';
import { chatDescription, chatListSearch } from './resources/chat';
import { chatwootDescription } from './resources/chatwoot';
import { communityDescription, communityListSearch } from './resources/community';
import { contactDescription } from './resources/contact';
import { groupDescription, groupListSearch } from './resources/group';
import { instanceDescription } from './resources/instance';
import { labelDescription, labelListSearch, labelLoadOptions } from './resources/label';
import { mediaDescription } from './resources/media';
import { messageDescription, messageListSearch } from './resources/message';
import { quickReplyDescription } from './resources/quickReply';
import { webhookDescription, webhookListSearch } from './resources/webhook';

const resource: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'Admin', value: 'admin' },
		{ name: 'AI Agent', value: 'agent' },
		{ name: 'Business', value: 'business' },
		{ name: 'Call', value: 'call' },
		{ name: 'Campaign', value: 'campaign' },
		{ name: 'Channel', value: 'channel' },
		{ name: 'Chat', value: 'chat' },
		{ name: 'Chatwoot', value: 'chatwoot' },
		{ name: 'Community', value: 'community' },
		{ name: 'Contact', value: 'contact' },
		{ name: 'Group', value: 'group' },
		{ name: 'Instance', value: 'instance' },
		{ name: 'Label', value: 'label' },
		{ name: 'Media', value: 'media' },
		{ name: 'Message', value: 'message' },
		{ name: 'Quick Reply', value: 'quickReply' },
		{ name: 'Webhook', value: 'webhook' },
	],
	default: 'message',
};

// Which credential a run uses, for n8n's RoutingNode (it picks among several credentials by an
// `authentication` parameter): derived from the resource, never shown, never stored (always its default).
// A 1.0.5 workflow has no such parameter and gets the instance credential, as before. Each has its one
// value as `options`: when the resource changes, the editor drops a value that is not among the options
// of the parameter now shown (removeMismatchedOptionValues), so the other default takes its place.
const authentication: INodeProperties[] = [
	{
		displayName: 'Authentication',
		name: 'authentication',
		type: 'hidden',
		options: [{ name: 'Instance Token', value: 'instanceToken' }],
		default: 'instanceToken',
		displayOptions: { hide: { resource: ['admin'] } },
	},
	{
		displayName: 'Authentication',
		name: 'authentication',
		type: 'hidden',
		options: [{ name: 'Admin Token', value: 'adminToken' }],
		default: 'adminToken',
		displayOptions: { show: { resource: ['admin'] } },
	},
];

const properties: INodeProperties[] = [
	resource,
	...authentication,
	...messageDescription,
	...mediaDescription,
	...contactDescription,
	...groupDescription,
	...instanceDescription,
	...webhookDescription,
	...chatDescription,
	...labelDescription,
	...quickReplyDescription,
	...adminDescription,
	...agentDescription,
	...channelDescription,
	...campaignDescription,
	...chatwootDescription,
	...callDescription,
	...businessDescription,
	...communityDescription,
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
		credentials: [
			{ name: 'uazapiApi', required: true, displayOptions: { show: { authentication: ['instanceToken'] } } },
			{ name: 'uazapiAdminApi', required: true, displayOptions: { show: { authentication: ['adminToken'] } } },
		],
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
			...chatListSearch,
			...labelListSearch,
			...adminListSearch,
			...agentListSearch,
			...channelListSearch,
			...campaignListSearch,
			...businessListSearch,
			...communityListSearch,
		},
		loadOptions: { ...labelLoadOptions },
	};
}
