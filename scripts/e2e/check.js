'use strict';
// Assertions of the e2e run: what reached the doubles and what the nodes output, per case.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const { doubles } = require('./paths');

const { ADMIN_TOKEN, UAZAPI_TOKEN } = require(`${doubles}/uazapi`);
const { PROXY_API_KEY } = require(`${doubles}/proxy`);
const { findOperation } = require(`${doubles}/contract`);

/** Admin endpoints are signed with the server's admin token, every other one with the instance token. */
const isAdmin = (method, path) => !!findOperation(method, path)?.security.includes('admintoken');

const INSTANCE_ID = 'r183e2ef9597845';

/** The Uazapi double's requests as [{method, path, body?, query?}]. */
function reachedUazapi(uazapi) {
	return uazapi.requests.map((r) => {
		if (isAdmin(r.method, r.path)) {
			assert.equal(r.headers.admintoken, ADMIN_TOKEN, `${r.method} ${r.path} reached Uazapi without the admin token`);
			assert.equal(r.headers.token, undefined, `${r.method} ${r.path} reached Uazapi with the instance token`);
		} else {
			assert.equal(r.headers.token, UAZAPI_TOKEN, `${r.method} ${r.path} reached Uazapi without the instance token`);
		}
		assert.equal(r.headers['x-api-key'], undefined, `${r.method} ${r.path} reached Uazapi with the proxy API key`);
		const entry = { method: r.method, path: r.path };
		if (r.body !== undefined) entry.body = r.body;
		if (Object.keys(r.query).length) entry.query = r.query;
		return entry;
	});
}

/**
 * The Uazapi requests the node sent, in order, after checking how they travelled: in proxy mode each one is
 * an envelope POSTed to the proxy with the API key and forwarded unchanged; in direct mode the proxy saw nothing.
 */
function sentRequests(mode, { uazapi, proxy }) {
	const reached = reachedUazapi(uazapi);
	if (mode === 'direct') {
		assert.deepEqual(proxy.requests, [], 'direct mode: the proxy received requests');
		return reached;
	}
	const enveloped = proxy.requests.map(({ headers, envelope }) => {
		assert.equal(headers['x-api-key'], PROXY_API_KEY, 'proxy request without the API key');
		assert.equal(headers.token, undefined, 'proxy request carries the instance token as a header');
		const expected = {
			service: 'uazapi',
			method: envelope.method,
			endpoint: envelope.endpoint,
			baseUrl: uazapi.url,
			headers: isAdmin(envelope.method, envelope.endpoint)
				? { admintoken: ADMIN_TOKEN, 'Content-Type': 'application/json' }
				: { token: UAZAPI_TOKEN, Authorization: `Bearer ${UAZAPI_TOKEN}`, 'Content-Type': 'application/json' },
			instanceId: isAdmin(envelope.method, envelope.endpoint) ? '' : INSTANCE_ID,
		};
		if ('body' in envelope) expected.body = envelope.body;
		if ('queryParams' in envelope) expected.queryParams = envelope.queryParams;
		assert.deepEqual(envelope, expected, 'proxy envelope');
		const entry = { method: envelope.method, path: envelope.endpoint };
		if ('body' in envelope) entry.body = envelope.body;
		if ('queryParams' in envelope) entry.query = envelope.queryParams;
		return entry;
	});
	assert.deepEqual(reached, enveloped, 'proxy mode: what reached Uazapi differs from what the proxy received');
	return enveloped;
}

/** The items a node put on each output in its (only) run: [[success items], [error items]?]. */
function outputsOf(run, nodeName) {
	const runs = run.data.resultData.runData[nodeName];
	assert.ok(runs, `node "${nodeName}" did not run`);
	assert.equal(runs.length, 1, `node "${nodeName}" ran ${runs.length} times`);
	assert.equal(runs[0].error, undefined, `node "${nodeName}" failed: ${runs[0].error?.message}`);
	return runs[0].data?.main ?? [];
}

/** The bytes of a binary property of a run: inline, or in n8n's file storage ("filesystem-v2:<path>", n8n's default). */
function binaryBytes(binary, userFolder) {
	if (!binary.id) return Buffer.from(binary.data, 'base64');
	const [mode, relative] = binary.id.split(/:(.*)/s);
	assert.equal(mode, 'filesystem-v2', `binary data mode of ${binary.id}`);
	const candidates = ['storage', 'binaryData'].map((folder) => path.join(userFolder, '.n8n', folder, relative));
	const file = candidates.find((candidate) => fs.existsSync(candidate));
	assert.ok(file, `binary file of ${binary.id} not found in ${candidates.join(' or ')}`);
	return fs.readFileSync(file);
}

function checkBinary(actual, expected, userFolder) {
	for (const [property, { bytes, ...meta }] of Object.entries(expected)) {
		const binary = actual?.[property];
		assert.ok(binary, `no binary property "${property}"`);
		assert.deepEqual(
			{ mimeType: binary.mimeType, fileName: binary.fileName, fileExtension: binary.fileExtension },
			meta,
			`binary property "${property}"`,
		);
		assert.deepEqual(binaryBytes(binary, userFolder), bytes, `bytes of binary property "${property}"`);
	}
}

/**
 * Checks each case of one run; returns [{ name, error? }]. The requests are split between cases in case
 * order (branches run one after the other), so a case that sends too much or too little fails itself and
 * the ones after it.
 */
function checkCases(cases, run, sent, userFolder, context) {
	const results = [];
	let offset = 0;
	// An expected output may be a function of the run's context (e.g. a link to the Uazapi double).
	const expected = (value) => (typeof value === 'function' ? value(context) : value);
	for (const testCase of cases) {
		try {
			const mine = sent.slice(offset, offset + testCase.requests.length);
			offset += testCase.requests.length;
			assert.deepEqual(mine, testCase.requests, 'requests that reached Uazapi');
			const [success = [], failure = []] = outputsOf(run, testCase.name);
			assert.deepEqual(success.map((item) => item.json), expected(testCase.output), 'success output items');
			assert.deepEqual(failure.map((item) => item.json), expected(testCase.errorOutput) ?? [], 'error output items');
			// By default every output item links to input item 0 (the Manual Trigger's one item).
			const paired = testCase.pairedItems ?? {};
			success.forEach((item, i) => assert.deepEqual(item.pairedItem, { item: paired.output?.[i] ?? 0 }, `pairedItem of output item ${i}`));
			failure.forEach((item, i) => assert.deepEqual(item.pairedItem, { item: paired.errorOutput?.[i] ?? 0 }, `pairedItem of error item ${i}`));
			if (testCase.binary) checkBinary(success[0]?.binary, testCase.binary, userFolder);
			results.push({ name: testCase.name });
		} catch (error) {
			results.push({ name: testCase.name, error });
		}
	}
	if (offset !== sent.length) {
		results.push({ name: 'no other request', error: new Error(`unexpected requests after the last case: ${JSON.stringify(sent.slice(offset))}`) });
	}
	return results;
}

module.exports = { sentRequests, checkCases, INSTANCE_ID };
