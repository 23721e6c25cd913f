'use strict';
// The Uazapi credential outside our node: n8n's HTTP Request node with Authentication "Predefined Credential
// Type" → "Uazapi API", in both connection modes.
//
// This is also the node's "Custom API Call": n8n (LoadNodesAndCredentials.injectCustomApiCallOptions) adds a
// "Custom API Call" choice (__CUSTOM_API_CALL__) to the resource/operation options of a node whose credential has
// `authenticate`, as ours does; picking it, the editor shows the notice "Use the HTTP Request node to make a custom
// API call. We'll take care of the <node> auth for you." (nodeSettings.useTheHttpRequestNode): the call is an HTTP
// Request node with Authentication "Predefined Credential Type" and Credential Type "Uazapi API", at the
// typeVersion the editor adds (its defaultVersion, read from the installed n8n-nodes-base). That is this node.
//
// The HTTP Request node signs its requests through the credential's `authenticate` with the legacy request
// options (`uri`, not `url`). Until the transport handles that (the lead's change), these cases fail with
// "Cannot read properties of undefined (reading 'startsWith')".
//
// Cases (each an HTTP Request node on its own branch, onError: continueErrorOutput so all of them run):
//   GET  <Server URL>/instance/status
//   POST <Server URL>/chat/check with a JSON body the contract accepts
//   proxy only: GET on another host (not under Server URL) → the node fails with a clear error, nothing is sent
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

/** The HTTP Request typeVersion the editor of the installed n8n adds (its defaultVersion): see httpRequestVersion(). */
const FALLBACK_VERSION = 4.4;

/** The defaultVersion of n8n-nodes-base's HTTP Request in an n8n install (what a new node in the editor gets). */
function httpRequestVersion(cacheDir) {
	// Read, not required: the file belongs to another n8n (maybe for another Node) and pulls in half of it.
	const file = path.join(cacheDir, 'node_modules', 'n8n-nodes-base', 'dist', 'nodes', 'HttpRequest', 'HttpRequest.node.js');
	const match = /defaultVersion:\s*([\d.]+)/.exec(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
	return match ? Number(match[1]) : FALLBACK_VERSION;
}

const NUMBER = '5511977776666';

function httpCases(mode, { uazapiUrl }) {
	const otherHost = uazapiUrl.replace('127.0.0.1', 'localhost');
	const cases = [
		{
			name: 'HTTP Request: GET /instance/status',
			parameters: { method: 'GET', url: `${uazapiUrl}/instance/status` },
			requests: [{ method: 'GET', path: '/instance/status' }],
			check(items) {
				assert.equal(items.length, 1, 'one output item');
				assert.equal(items[0].status?.connected, true, `the status answer: ${JSON.stringify(items[0])}`);
			},
		},
		{
			name: 'HTTP Request: POST /chat/check',
			parameters: {
				method: 'POST',
				url: `${uazapiUrl}/chat/check`,
				sendBody: true,
				specifyBody: 'json',
				jsonBody: JSON.stringify({ numbers: [NUMBER] }),
			},
			requests: [{ method: 'POST', path: '/chat/check', body: { numbers: [NUMBER] } }],
			check(items) {
				assert.deepEqual(
					items.map((json) => [json.query, json.isInWhatsapp]),
					[[NUMBER, true]],
					`the check answer: ${JSON.stringify(items)}`,
				);
			},
		},
	];
	if (mode === 'proxy') {
		cases.push({
			name: 'HTTP Request: URL on another host (proxy)',
			parameters: { method: 'GET', url: `${otherHost}/webhook` },
			requests: [],
			fails: true,
		});
	}
	return cases;
}

/** One workflow per mode: Manual Trigger → one HTTP Request node per case, branches run top to bottom. */
function httpRequestWorkflow(mode, credential, { uazapiUrl, typeVersion }) {
	const nodes = [{ id: 'start', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} }];
	const targets = [];
	httpCases(mode, { uazapiUrl }).forEach((testCase, row) => {
		nodes.push({
			id: `h${row}`,
			name: testCase.name,
			type: 'n8n-nodes-base.httpRequest',
			typeVersion,
			position: [250, 200 * row],
			parameters: {
				...testCase.parameters,
				authentication: 'predefinedCredentialType',
				nodeCredentialType: 'uazapiApi',
				options: {},
			},
			credentials: { uazapiApi: credential },
			onError: 'continueErrorOutput',
		});
		targets.push({ node: testCase.name, type: 'main', index: 0 });
	});
	return {
		id: `e2eHttp${mode}`,
		name: `Uazapi e2e HTTP Request (${mode})`,
		active: false,
		nodes,
		connections: { Start: { main: [targets] } },
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

/** The error message of a node run: a thrown error, or the item on its error output. */
function errorOf(runs) {
	if (runs[0].error) return runs[0].error.message ?? JSON.stringify(runs[0].error);
	const failed = runs[0].data?.main?.[1]?.[0]?.json;
	if (!failed) return undefined;
	return typeof failed.error === 'string' ? failed.error : (failed.error?.message ?? failed.message ?? JSON.stringify(failed));
}

/**
 * Checks a run of httpRequestWorkflow: each case's node output and that exactly its requests reached the doubles.
 * sent: what the node sent, from check.sentRequests (which already asserted how it travelled: the proxy envelope
 * with x-api-key, or direct with the `token` header). Returns [{ name, error? }].
 */
function checkHttpRequest(mode, run, sentOrError, { uazapiUrl }) {
	const results = [];
	for (const testCase of httpCases(mode, { uazapiUrl })) {
		try {
			if (sentOrError instanceof Error) throw sentOrError;
			const runs = run.data.resultData.runData[testCase.name];
			assert.ok(runs?.length, `node "${testCase.name}" did not run`);
			const message = errorOf(runs);
			if (testCase.fails) {
				assert.ok(message, 'the node did not fail');
				assert.doesNotMatch(message, /Cannot read properties|undefined/, `not a clear error: ${message}`);
				assert.match(message, /Server URL/, `the error does not name the credential's "Server URL": ${message}`);
			} else {
				assert.equal(message, undefined, `the node failed: ${message}`);
				testCase.check((runs[0].data?.main?.[0] ?? []).map((item) => item.json));
			}
			for (const expected of testCase.requests) {
				const matching = sentOrError.filter((request) => request.method === expected.method && request.path === expected.path);
				assert.deepEqual(matching, [expected], `what reached Uazapi for ${expected.method} ${expected.path}`);
			}
			results.push({ name: testCase.name });
		} catch (error) {
			results.push({ name: testCase.name, error });
		}
	}
	if (!(sentOrError instanceof Error)) {
		const expected = httpCases(mode, { uazapiUrl }).flatMap((testCase) => testCase.requests);
		const others = sentOrError.filter((request) => !expected.some((e) => e.method === request.method && e.path === request.path));
		if (others.length) results.push({ name: 'HTTP Request: no other request', error: new Error(`unexpected requests: ${JSON.stringify(others)}`) });
	}
	return results;
}

module.exports = { httpRequestWorkflow, checkHttpRequest, httpRequestVersion };
