import type {
	IAuthenticate,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import { connectionProperties } from './connectionProperties';
import { authenticateRequest } from '../nodes/Uazapi/shared/transport';

export class UazapiApi implements ICredentialType {
	name = 'uazapiApi';

	displayName = 'Uazapi API';

	icon: Icon = { light: 'file:../icons/uazapi.svg', dark: 'file:../icons/uazapi.dark.svg' };

	documentationUrl = 'https://docs.uazapi.com';

	properties: INodeProperties[] = [
		...connectionProperties,
		{
			displayName: 'Instance Token',
			name: 'apiToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The token of the WhatsApp instance (Uazapi panel → instance → token)',
		},
		{
			displayName: 'Instance ID',
			name: 'instanceId',
			type: 'string',
			default: '',
			description: 'The ID or name of the instance on the Uazapi server; the n8n Tools proxy receives it with each request',
			displayOptions: { show: { connection: ['proxy'] } },
		},
		{
			displayName: 'OpenAI API Key (for Audio Transcription)',
			name: 'openAiApiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Optional. Sent with Media → Get Media URL when Transcribe Audio is on; Uazapi transcribes with it. Kept here, encrypted, rather than in the workflow.',
		},
	];

	// Signs this package's requests (a Uazapi path) and those of n8n's HTTP Request node (a URL on the
	// Server URL): the proxy envelope or the direct call, decided by the transport.
	authenticate: IAuthenticate = async (credentials, requestOptions) =>
		authenticateRequest(credentials, requestOptions);

	test: ICredentialTestRequest = {
		request: { method: 'GET', url: '/instance/status' },
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'Refused: check "Instance Token" (copy it from the instance in the Uazapi panel) and, through the proxy, "n8n Tools API Key".',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message:
						'Forbidden: check "n8n Tools API Key" (through the proxy; your n8n Tools account shows it) and "Instance Token".',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message: 'The Uazapi server does not know this instance. Check "Server URL" and "Instance Token".',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 502,
					message:
						'The n8n Tools proxy could not reach your Uazapi server. Check "Server URL" and that the server is online.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 504,
					message:
						'The n8n Tools proxy timed out waiting for your Uazapi server. Check "Server URL" and that the server is online.',
				},
			},
		],
	};
}
