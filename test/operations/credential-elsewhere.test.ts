import { requestWithCredential } from '../engine/harness';
import { everythingShownIn, MODES, SECRETS, useRig } from '../engine/rig';

// n8n's HTTP Request node with "Predefined Credential Type → Uazapi API", and the node's Custom API
// Call (which opens that same HTTP Request node), sign their requests with the credential's
// `authenticate`: a full URL, in the legacy `uri` form (HTTP Request v4) or as `url`.
const rig = useRig();

const LABELS_BODY = { number: '5511900000001', labelids: ['10', '20'] };
const LABELS_ANSWER = { response: 'Labels updated successfully', editions: ['Added label 10 to chat'] };

describe.each(MODES)('The Uazapi credential in n8n’s HTTP Request node (%s)', (mode) => {
	test('GET <Server URL>/group/list?noparticipants=true reaches Uazapi signed, as a path and a query', async () => {
		const answer = await requestWithCredential(rig.credentials(mode), {
			method: 'GET',
			uri: `${rig.uazapi.url}/group/list?noparticipants=true`,
			json: true,
		});
		expect(rig.sent(mode)).toEqual([{ method: 'GET', path: '/group/list', query: { noparticipants: 'true' } }]);
		// n8n's modules live in another realm (test/engine/environment.js): compare by shape, not by constructor.
		expect(Array.isArray((answer as { groups?: unknown }).groups)).toBe(true);
	});

	test('POST <Server URL>/chat/labels with a JSON body (legacy uri form)', async () => {
		rig.uazapi.reply('POST /chat/labels', { status: 200, body: LABELS_ANSWER });
		const answer = await requestWithCredential(rig.credentials(mode), {
			method: 'POST',
			uri: `${rig.uazapi.url}/chat/labels`,
			body: LABELS_BODY,
			json: true,
		});
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/chat/labels', body: LABELS_BODY }]);
		expect(answer).toEqual(LABELS_ANSWER);
	});

	test('POST with `url` and a body given as JSON text (httpRequestWithAuthentication)', async () => {
		rig.uazapi.reply('POST /chat/labels', { status: 200, body: LABELS_ANSWER });
		const answer = await requestWithCredential(
			rig.credentials(mode),
			{ method: 'POST', url: `${rig.uazapi.url}/chat/labels`, body: mode === 'proxy' ? JSON.stringify(LABELS_BODY) : LABELS_BODY, json: true },
			'httpRequestWithAuthentication',
		);
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/chat/labels', body: LABELS_BODY }]);
		expect(answer).toEqual(LABELS_ANSWER);
	});

	test('a Server URL with a trailing slash still matches the request URL', async () => {
		await requestWithCredential(rig.credentials(mode, { apiUrl: `${rig.uazapi.url}///` }), {
			method: 'GET',
			uri: `${rig.uazapi.url}/instance/status`,
			json: true,
		});
		expect(rig.sent(mode)).toEqual([{ method: 'GET', path: '/instance/status' }]);
	});

	test.each([
		['another host', 'http://127.0.0.2:9/instance/status'],
		['another port', 'http://127.0.0.1:9/instance/status'],
		['a look-alike host', 'http://127.0.0.1.example.com/instance/status'],
	])('a URL on %s is refused before anything is sent: the token never leaves for it', async (_, url) => {
		const failure = await requestWithCredential(rig.credentials(mode), { method: 'GET', uri: url, json: true }).then(
		() => new Error('expected a failure'),
		(error: Error) => error,
	);
		expect(String(failure.message)).toContain('The Uazapi credential\'s "Server URL" does not match the address of this request');
		expect(everythingShownIn(failure)).not.toContain(SECRETS[0]);
		expect(rig.proxy.requests).toEqual([]);
		expect(rig.uazapi.requests).toEqual([]);
	});

	test('an empty instance token is refused before anything is sent, naming the field', async () => {
		const failure = await requestWithCredential(rig.credentials(mode, { apiToken: ' ' }), {
			method: 'GET',
			uri: `${rig.uazapi.url}/instance/status`,
			json: true,
		}).then(
		() => new Error('expected a failure'),
		(error: Error) => error,
	);
		expect(String(failure.message)).toBe('The Uazapi credential\'s "Instance Token" is empty. Copy it from the instance in the Uazapi panel.');
		expect(rig.proxy.requests).toEqual([]);
		expect(rig.uazapi.requests).toEqual([]);
	});
});

test('through the proxy, a body that is not JSON is refused with a clear message', async () => {
	const failure = await requestWithCredential(rig.credentials('proxy'), {
		method: 'POST',
		uri: `${rig.uazapi.url}/chat/labels`,
		body: 'number=5511900000001',
		json: false,
	}).then(
		() => new Error('expected a failure'),
		(error: Error) => error,
	);
	expect(String(failure.message)).toContain('carries JSON bodies only');
	expect(rig.proxy.requests).toEqual([]);
});
