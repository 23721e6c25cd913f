import { testCredential } from '../engine/harness';
import { everythingShown, expectSuccess, jsonOf, MODES, SECRETS, useRig } from '../engine/rig';

const rig = useRig();
const getStatus = { resource: 'instance', operation: 'getStatus' };
const CLOSED_PORT_URL = 'http://127.0.0.1:9';

function expectNoSecret(text: string) {
	for (const secret of SECRETS) expect(text).not.toContain(secret);
}

describe.each(MODES)('Uazapi errors become actionable messages (%s)', (mode) => {
	test.each([
		[401, { error: 'Invalid token' }, 'Uazapi refused the instance token', 'Check "Instance Token" in the Uazapi credential: copy it from the instance in the Uazapi panel. Uazapi said: "Invalid token".'],
		[401, { error: 'No session' }, 'The WhatsApp instance is not connected', 'Connect it first: Instance → Get QR Code, then scan the code with WhatsApp. Uazapi said: "No session".'],
		[404, { error: 'client not found' }, 'Instance not found', 'Check "Server URL" and "Instance Token" in the Uazapi credential. Uazapi said: "client not found".'],
		[413, { error: 'File size exceeds limit' }, 'The file is too large for Uazapi', 'Send a smaller file, or compress it first. Uazapi said: "File size exceeds limit".'],
		[429, { error: 'Rate limit exceeded' }, 'Uazapi is rate limiting this instance', 'Too many requests in a short time. Add a delay in "Send Options", send one by one with a pause ("Delivery"), or use fewer items per run. Uazapi said: "Rate limit exceeded".'],
		[500, { error: 'WhatsApp client is not connected' }, 'Uazapi or WhatsApp is unavailable', 'The Uazapi server failed (HTTP 500). Try again later; if it persists, check the instance in the Uazapi panel. Uazapi said: "WhatsApp client is not connected".'],
	])('HTTP %i %j', async (status, body, message, description) => {
		rig.uazapi.reply('GET /instance/status', { status, body });
		const run = await rig.run(mode, { parameters: getStatus });
		expect(run.error).toMatchObject({ name: 'NodeApiError', message, description, httpCode: String(status) });
		expect(rig.sent(mode)).toEqual([{ method: 'GET', path: '/instance/status' }]);
		expectNoSecret(everythingShown(run));
	});

	test('a wrong instance token is refused by Uazapi and named as such', async () => {
		const run = await rig.run(mode, { parameters: getStatus, credentials: rig.credentials(mode, { apiToken: 'wrong-token-123' }) });
		expect(run.error).toMatchObject({ message: 'Uazapi refused the instance token', httpCode: '401' });
		expect(rig.uazapi.requests).toEqual([]);
		expectNoSecret(everythingShown(run));
		expect(everythingShown(run)).not.toContain('wrong-token-123');
	});

	test('a server that refuses the connection is named, with the field to check', async () => {
		const credentials =
			mode === 'proxy' ? rig.credentials(mode, { proxyUrl: CLOSED_PORT_URL }) : rig.credentials(mode, { apiUrl: CLOSED_PORT_URL });
		const run = await rig.run(mode, { parameters: getStatus, credentials });
		expect(run.error).toMatchObject(
			mode === 'proxy'
				? { message: 'The n8n Tools proxy refused the connection', description: 'Check "Proxy URL" in the Uazapi credential and that the server is online (ECONNREFUSED).' }
				: { message: 'Your Uazapi server refused the connection', description: 'Check "Server URL" in the Uazapi credential and that the server is online (ECONNREFUSED).' },
		);
		expectNoSecret(everythingShown(run));
	});

	test('a server that never answers times out with a clear message', async () => {
		rig.uazapi.reply('GET /instance/status', { hang: true });
		rig.proxy.upstreamTimeoutMs = 60_000;
		const run = await rig.run(mode, { parameters: { ...getStatus, requestOptions: { timeout: 300 } } });
		const server = mode === 'proxy' ? 'The n8n Tools proxy' : 'Your Uazapi server';
		expect(run.error).toMatchObject({ message: `${server} did not answer within 0.3 s` });
		expectNoSecret(everythingShown(run));
	});

	test('an answer that is not JSON is refused', async () => {
		rig.uazapi.reply('GET /instance/status', { status: 200, body: '<html><body>Welcome to nginx</body></html>' });
		const run = await rig.run(mode, { parameters: getStatus });
		expect(run.error).toMatchObject({
			message: 'The server did not answer with JSON',
			description: `Check ${mode === 'proxy' ? '"Proxy URL"' : '"Server URL"'} in the Uazapi credential: it should point to the Uazapi API, not to a web page.`,
		});
	});

	test('a 404 page that is not JSON points at the address in the credential, not at the instance', async () => {
		rig.uazapi.reply('GET /instance/status', { status: 404, body: '404 page not found' });
		const run = await rig.run(mode, { parameters: getStatus });
		expect(run.error).toMatchObject({
			message: 'No Uazapi API at this address (HTTP 404)',
			description: `Check ${mode === 'proxy' ? '"Proxy URL" and "Server URL"' : '"Server URL"'} in the Uazapi credential: use the server's base address, without a path. Uazapi said: "404 page not found".`,
			httpCode: '404',
		});
		expect(rig.sent(mode)).toEqual([{ method: 'GET', path: '/instance/status' }]);
	});

	test('Continue On Fail: a bad item becomes an error item, the others go on, item links hold', async () => {
		const run = await rig.run(mode, {
			parameters: { resource: 'instance', operation: 'setProfile', profileField: 'name', profileName: '={{ $json.name }}' },
			items: [{ json: { name: 'First' } }, { json: { name: 'A name that is far too long for WhatsApp' } }, { json: { name: 'Third' } }],
			continueOnFail: true,
		});
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			{ method: 'POST', path: '/profile/name', body: { name: 'First' } },
			{ method: 'POST', path: '/profile/name', body: { name: 'Third' } },
		]);
		expect(jsonOf(run)).toEqual([
			{ success: true, message: 'Profile name updated successfully', profile: { name: 'First', updated_at: 1770000000 } },
			{ error: 'Profile Name is longer than 25 characters (40) (item 1)' },
			{ success: true, message: 'Profile name updated successfully', profile: { name: 'Third', updated_at: 1770000000 } },
		]);
		expect(run.outputs[0].map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});

	test('Continue On Fail with the error output: a server failure goes to the error output, linked to its item', async () => {
		rig.uazapi.reply('POST /profile/name', (request) =>
			(request.body as { name: string }).name === 'Second'
				? { status: 500, body: { error: 'Failed to update profile' } }
				: { status: 200, body: { success: true } },
		);
		const run = await rig.run(mode, {
			parameters: { resource: 'instance', operation: 'setProfile', profileField: 'name', profileName: '={{ $json.name }}' },
			items: [{ json: { name: 'First' } }, { json: { name: 'Second' } }, { json: { name: 'Third' } }],
			onError: 'continueErrorOutput',
		});
		expectSuccess(run);
		expect(run.outputs[0].map((item) => [item.json, item.pairedItem])).toEqual([
			[{ success: true }, { item: 0 }],
			[{ success: true }, { item: 2 }],
		]);
		expect(run.outputs[1].map((item) => [item.json, item.pairedItem])).toEqual([[{ error: 'Uazapi or WhatsApp is unavailable' }, { item: 1 }]]);
		expectNoSecret(everythingShown(run));
	});
});

describe('The proxy’s own failures', () => {
	test('a missing API key is refused before any request, naming the credential field', async () => {
		const run = await rig.run('proxy', { parameters: getStatus, credentials: rig.credentials('proxy', { n8nToolsApiKey: '' }) });
		expect(run.error).toMatchObject({
			message: 'The Uazapi credential\'s "n8n Tools API Key" is empty',
			description: 'Your n8n Tools account shows it.',
		});
		expect(rig.proxy.requests).toEqual([]);
		expect(rig.uazapi.requests).toEqual([]);
	});

	test('a wrong API key (403) is named as the API key', async () => {
		const run = await rig.run('proxy', { parameters: getStatus, credentials: rig.credentials('proxy', { n8nToolsApiKey: 'wrong-key-456' }) });
		expect(run.error).toMatchObject({ message: 'The n8n Tools proxy refused the API key', httpCode: '403' });
		expect(everythingShown(run)).not.toContain('wrong-key-456');
	});

	test('an unreachable Uazapi server behind the proxy (502) says so', async () => {
		const run = await rig.run('proxy', { parameters: getStatus, credentials: rig.credentials('proxy', { apiUrl: CLOSED_PORT_URL }) });
		expect(run.error).toMatchObject({
			message: 'The n8n Tools proxy could not reach your Uazapi server',
			httpCode: '502',
		});
		expect(String(run.error!.description)).toMatch(/^Check "Server URL" in the Uazapi credential and that the server is online\. Uazapi said: "Bad gateway: connect ECONNREFUSED/);
	});

	test('a 403 of Uazapi passed through the proxy is not blamed on the API key', async () => {
		rig.uazapi.reply('GET /instance/status', { status: 403, body: { error: 'You are not an admin of this group' } });
		const run = await rig.run('proxy', { parameters: getStatus });
		expect(run.error).toMatchObject({
			message: 'Uazapi does not allow this action',
			description:
				'This WhatsApp account may need to be a group admin, or the action is restricted for this account. Uazapi said: "You are not an admin of this group".',
			httpCode: '403',
		});
	});

	test.each([
		[401, { error: 'Unauthorized' }, ' Uazapi said: "Unauthorized".'],
		[403, { error: 'Forbidden' }, ' Uazapi said: "Forbidden".'],
		[401, {}, ''],
	])('a bare %i %j from the proxy names both the API key and the token', async (status, body, said) => {
		rig.proxy.replyInstead({ status, body });
		const run = await rig.run('proxy', { parameters: getStatus });
		expect(run.error).toMatchObject({
			message: `The request was refused (HTTP ${status})`,
			description: `Check "n8n Tools API Key" (your n8n Tools account shows it) and "Instance Token" (the instance in the Uazapi panel) in the Uazapi credential.${said}`,
			httpCode: String(status),
		});
		expect(rig.uazapi.requests).toEqual([]);
		expectNoSecret(everythingShown(run));
	});

	test('a proxy timeout (504) says so', async () => {
		rig.proxy.replyInstead({ status: 504, body: { error: 'Upstream timeout' } });
		const run = await rig.run('proxy', { parameters: getStatus });
		expect(run.error).toMatchObject({ message: 'The n8n Tools proxy timed out waiting for your Uazapi server', httpCode: '504' });
	});
});

// n8n 2.8's credential tester reads `error.cause.response.status` to apply the credential's rules,
// but its NodeApiError no longer keeps an Error as `cause`, so 2.8 shows its own per-status texts.
// The rules still speak on n8n versions that keep the cause. What users of 2.8 see is asserted here:
// three distinct messages for a wrong token, a wrong API key and an unreachable server.
describe('Credential test (as n8n 2.8 runs it)', () => {
	test.each(MODES)('passes with good credentials (%s), through the chosen connection', async (mode) => {
		expect(await testCredential(rig.credentials(mode))).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(rig.sent(mode)).toEqual([{ method: 'GET', path: '/instance/status' }]);
	});

	test.each(MODES)('names a wrong token as an authorization failure (%s)', async (mode) => {
		const result = await testCredential(rig.credentials(mode, { apiToken: 'nope-1234' }));
		expect(result).toEqual({ status: 'Error', message: 'Authorization failed - please check your credentials' });
		// n8n retries a 401 once after re-authenticating: the retry must travel the same way, unchanged.
		expect(rig.uazapi.requests).toEqual([]);
		if (mode === 'proxy') expect(rig.proxy.requests.map((r) => r.envelope.endpoint)).toEqual(['/instance/status', '/instance/status']);
	});

	test('names a wrong API key as forbidden', async () => {
		const result = await testCredential(rig.credentials('proxy', { n8nToolsApiKey: 'nope-1234' }));
		expect(result).toEqual({ status: 'Error', message: 'Forbidden - perhaps check your credentials?' });
	});

	test('names an unreachable server behind the proxy as a bad gateway', async () => {
		const result = await testCredential(rig.credentials('proxy', { apiUrl: CLOSED_PORT_URL }));
		expect(result).toEqual({ status: 'Error', message: 'Bad gateway - the service failed to handle your request' });
	});

	test('names an unreachable server in direct mode as offline', async () => {
		const result = await testCredential(rig.credentials('direct', { apiUrl: CLOSED_PORT_URL }));
		expect(result).toEqual({ status: 'Error', message: 'The service refused the connection - perhaps it is offline' });
	});
});

describe.each(MODES)('Refused input is the node’s own error (%s)', (mode) => {
	test('a bad phone number is shown as a NodeOperationError of the item, with no HTTP code, and nothing is sent', async () => {
		const run = await rig.run(mode, {
			parameters: { resource: 'message', operation: 'sendText', phoneNumber: '={{ $json.phone }}', messageText: 'Hi' },
			items: [{ json: { phone: '5511900000001' } }, { json: { phone: 'call me' } }],
		});
		expect(run.error).toMatchObject({ name: 'NodeOperationError', message: 'Phone Number may only contain digits: "call me" (item 1)' });
		expect(run.error?.httpCode ?? null).toBeNull();
		expect(JSON.stringify(run.error)).not.toContain('none');
		expect(rig.sent(mode)).toEqual([]);
	});
});
