/**
 * `npm run demo`: starts the local Uazapi and proxy doubles and runs example workflows through n8n's
 * engine with the built node, printing what reached Uazapi and what the node output.
 */
import type { IDataObject } from 'n8n-workflow';

import { PROXY_API_KEY, ProxyDouble } from '../test/doubles/proxy';
import { UAZAPI_TOKEN, UazapiDouble } from '../test/doubles/uazapi';
import { runNode, shutdownEngine } from '../test/engine/harness';

const examples: Array<{ title: string; connection: 'proxy' | 'direct'; parameters: IDataObject; items?: IDataObject[] }> = [
	{
		title: 'Message → Send Text to two chats, in input order',
		connection: 'proxy',
		parameters: { resource: 'message', operation: 'sendText', phoneNumber: '={{ $json.to }}', messageText: '=Hello {{ $json.name }}!' },
		items: [
			{ to: '+55 (11) 99999-0001', name: 'Ana' },
			{ to: '5511999990002', name: 'Bruno' },
		],
	},
	{
		title: 'Contact → Check Number (one item per number)',
		connection: 'direct',
		parameters: { resource: 'contact', operation: 'checkNumber', phoneNumber: '5511999990001, 5511999990002' },
	},
	{
		title: 'Group → Create Group',
		connection: 'proxy',
		parameters: { resource: 'group', operation: 'createGroup', groupName: 'Demo group', participants: '+55 11 99999-0001, 5511999990002' },
	},
	{ title: 'Instance → Get Status', connection: 'proxy', parameters: { resource: 'instance', operation: 'getStatus' } },
	{
		title: 'Webhook → Set',
		connection: 'direct',
		parameters: { resource: 'webhook', operation: 'setWebhook', webhookUrl: 'https://example.com/wa', events: ['messages'] },
	},
	{ title: 'Instance → Get Chats (limit 2)', connection: 'proxy', parameters: { resource: 'instance', operation: 'getChats', limit: 2 } },
	{
		title: 'Instance → Set Profile with a name that is too long (refused before sending)',
		connection: 'direct',
		parameters: { resource: 'instance', operation: 'setProfile', profileField: 'name', profileName: 'A profile name far longer than WhatsApp allows' },
	},
];

function show(label: string, value: unknown) {
	console.log(`  ${label}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}`);
}

async function main() {
	const uazapi = await new UazapiDouble().start();
	const proxy = await new ProxyDouble().start();
	try {
		for (const example of examples) {
			uazapi.requests = [];
			proxy.requests = [];
			const run = await runNode({
				parameters: example.parameters,
				items: (example.items ?? [{}]).map((json) => ({ json })),
				credentials: {
					connection: example.connection,
					n8nToolsApiKey: PROXY_API_KEY,
					proxyUrl: proxy.url,
					apiUrl: uazapi.url,
					apiToken: UAZAPI_TOKEN,
					instanceId: 'demo',
				},
			});
			console.log(`\n▶ ${example.title} (${example.connection})`);
			if (example.connection === 'proxy') show('proxy envelopes', proxy.requests.map((r) => ({ ...r.envelope, headers: '(token hidden)' })));
			show('reached Uazapi', uazapi.requests.map(({ method, path, body }) => ({ method, path, body })));
			if (run.error) show('error', { message: run.error.message, description: run.error.description });
			else show('output items', (run.outputs[0] ?? []).map((item) => item.json));
		}
		const violations = [...proxy.violations, ...uazapi.violations];
		console.log(violations.length ? `\nContract violations: ${violations.join('\n')}` : '\nEvery request matched the Uazapi contract.');
	} finally {
		await proxy.stop();
		await uazapi.stop();
		await shutdownEngine();
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
