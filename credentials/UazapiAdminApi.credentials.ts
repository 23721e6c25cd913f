import type { IAuthenticate, ICredentialTestRequest, ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

import { DEFAULT_PROXY_URL, readAdminCredentials } from '../nodes/Uazapi/shared/credentials';
import { authenticateRequest } from '../nodes/Uazapi/shared/transport';

export class UazapiAdminApi implements ICredentialType {
	name = 'uazapiAdminApi';

	displayName = 'Uazapi Admin API';

	icon: Icon = { light: 'file:../icons/uazapi.svg', dark: 'file:../icons/uazapi.dark.svg' };

	documentationUrl = 'https://docs.uazapi.com';

	properties: INodeProperties[] = [
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
		{
			displayName: 'Admin Token',
			name: 'adminToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				"The server's admin token (not an instance token): it creates and lists instances and sets the global webhook. Only the Admin resource uses it.",
		},
	];

	// The same transport as the instance credential; the token travels in the `admintoken` header.
	authenticate: IAuthenticate = async (credentials, requestOptions) =>
		authenticateRequest(credentials, requestOptions, readAdminCredentials);

	test: ICredentialTestRequest = {
		request: { method: 'GET', url: '/instance/all' },
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message: 'Refused: check "Admin Token" (the server\'s admin token, not an instance token) and, through the proxy, "n8n Tools API Key".',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message: 'Forbidden: check "Admin Token" and, through the proxy, "n8n Tools API Key" (your n8n Tools account shows it).',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 502,
					message: 'The n8n Tools proxy could not reach your Uazapi server. Check "Server URL" and that the server is online.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 504,
					message: 'The n8n Tools proxy timed out waiting for your Uazapi server. Check "Server URL" and that the server is online.',
				},
			},
		],
	};
}
