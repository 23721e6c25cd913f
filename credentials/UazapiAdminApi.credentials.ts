import type { IAuthenticate, ICredentialTestRequest, ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

import { connectionProperties } from './connectionProperties';
import { readAdminCredentials } from '../nodes/Uazapi/shared/credentials';
import { authenticateRequest } from '../nodes/Uazapi/shared/transport';

export class UazapiAdminApi implements ICredentialType {
	name = 'uazapiAdminApi';

	displayName = 'Uazapi Admin API';

	icon: Icon = { light: 'file:../icons/uazapi.svg', dark: 'file:../icons/uazapi.dark.svg' };

	documentationUrl = 'https://docs.uazapi.com';

	properties: INodeProperties[] = [
		...connectionProperties,
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
