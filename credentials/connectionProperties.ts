import type { INodeProperties } from 'n8n-workflow';

import { DEFAULT_PROXY_URL } from '../nodes/Uazapi/shared/credentials';

/**
 * The fields both credentials (Uazapi API, Uazapi Admin API) start with: how requests travel, and the
 * Uazapi server they go to.
 */
export const connectionProperties: INodeProperties[] = [
	{
		displayName: 'Connection',
		name: 'connection',
		type: 'options',
		options: [
			{
				name: 'n8n Tools Proxy',
				value: 'proxy',
				description: 'Requests travel through the n8n Tools proxy, which needs an n8n Tools API key',
			},
			{
				name: 'Direct',
				value: 'direct',
				description: 'Requests go straight to your Uazapi server',
			},
		],
		default: 'proxy',
	},
	{
		displayName: 'n8n Tools API Key',
		name: 'n8nToolsApiKey',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		required: true,
		description: 'Your n8n Tools API key, from your n8n Tools account',
		displayOptions: { show: { connection: ['proxy'] } },
	},
	{
		displayName: 'Proxy URL',
		name: 'proxyUrl',
		type: 'string',
		default: DEFAULT_PROXY_URL,
		description: 'Address of the n8n Tools proxy. Change it only if n8n Tools asks you to.',
		displayOptions: { show: { connection: ['proxy'] } },
	},
	{
		displayName: 'Server URL',
		name: 'apiUrl',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'https://mycompany.uazapi.com',
		description: 'Base URL of your Uazapi server, without a path',
	},
];
