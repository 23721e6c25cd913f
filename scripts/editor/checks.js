'use strict';
/* global document */
// The checks of `npm run test:editor`, in the order they run. Each pushes { name, ok, problems, screenshot? } to
// context.results; a check that throws is one failed result (run.js). context: { editor, playground, plan, results }.
const { NODE_TYPE, TRIGGER_TYPE } = require('../e2e/paths');
const { ADD_FIRST_STEP } = require('./editor');

const SEND_AND_WAIT_TYPE = 'n8n-nodes-n8ntools-uazapi.n8nToolsUazapiSendAndWait';
/** What no field, value or placeholder may show. */
const BROKEN_TEXT = /\bundefined\b|\[object \w+\]|\bNaN\b/;
const PICKER_TIMEOUT_MS = 30_000;

async function record(context, name, fn) {
	const { editor, results } = context;
	const consoleFrom = editor.console.length;
	const started = Date.now();
	const problems = [];
	try {
		await fn(problems);
	} catch (error) {
		problems.push(error.message.split('\n')[0]);
	}
	for (const { text } of editor.consoleErrorsSince(consoleFrom)) problems.push(`browser console error: ${text.slice(0, 300)}`);
	const ok = problems.length === 0;
	results.push({ name, ok, problems, screenshot: ok ? undefined : await editor.screenshot(name) });
	console.log(`  ${ok ? '✓' : '✗'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
	return ok;
}

/** The workflow of most checks: Manual Trigger → Uazapi, with the simulator's instance and admin credentials. */
function uazapiWorkflow(credentials, parameters) {
	const credential = ({ id, name }) => ({ id, name });
	return {
		nodes: [
			{ id: 'manual', name: 'Manual', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{
				id: 'uazapi',
				name: 'Uazapi',
				type: NODE_TYPE,
				typeVersion: 1,
				position: [300, 0],
				parameters,
				credentials: { uazapiApi: credential(credentials.direct), uazapiAdminApi: credential(credentials.admin) },
			},
		],
		connections: { Manual: { main: [[{ node: 'Uazapi', type: 'main', index: 0 }]] } },
	};
}

/** The node panel search: "Uazapi" lists the node (icon, actions) and, for a first step, both triggers. */
const nodeCreator = {
	name: 'node panel search',
	async run(context) {
		const { editor } = context;
		const { page } = editor;
		const items = async () =>
			await page.evaluate(() =>
				[...document.querySelectorAll('[data-test-id="node-creator"] [data-test-id="item-iterator-item"]')].map((item) => {
					const img = item.querySelector('img');
					return {
						type: (item.getAttribute('data-keyboard-nav-id') ?? '').replace(/-[0-9a-f-]{36}$/, ''),
						name: item.querySelector('[data-test-id="node-creator-item-name"]')?.innerText.trim() ?? item.innerText.trim().split('\n')[0],
						icon: img ? { src: img.getAttribute('src'), loaded: img.complete && img.naturalWidth > 0 } : undefined,
					};
				}),
			);
		const search = async () => {
			await page.locator('[data-test-id="node-creator-search-bar"] input, [data-test-id="node-creator-search-bar"]').first().fill('Uazapi');
		};
		const iconProblems = (listed, type) => {
			const item = listed.find((i) => i.type === type);
			const name = type.split('.')[1];
			if (!item) return [`${name} is not listed (listed: ${listed.map((i) => `${i.name} (${i.type})`).join(', ') || 'nothing'})`];
			if (!item.icon?.src?.includes('n8n-nodes-n8ntools-uazapi')) return [`"${name}" has no icon of the package (${item.icon?.src})`];
			if (!item.icon.loaded) return [`"${name}": its icon ${item.icon.src} did not load`];
			return [];
		};

		// A new workflow: the first step is a trigger, so the search lists the triggers.
		const empty = await editor.createWorkflow('Editor: node panel', [], {});
		await editor.openWorkflow(empty, { empty: true });
		await record(context, 'node panel: "Uazapi" lists the triggers with their icon', async (problems) => {
			await page.locator(ADD_FIRST_STEP).first().click();
			await search();
			await page.waitForFunction(() => document.querySelectorAll('[data-test-id="node-creator"] [data-test-id="item-iterator-item"]').length > 0);
			await page.waitForTimeout(500); // the icons' <img> finish loading
			const listed = await items();
			// n8n lists the Uazapi Trigger under the node's entry "Uazapi" (one entry per app).
			const entry = listed.find((i) => i.name === 'Uazapi');
			problems.push(...iconProblems(listed, entry?.type ?? TRIGGER_TYPE));
			if (problems.length) return;
			await page.locator('[data-test-id="node-creator"] [data-test-id="node-creator-item-name"]').getByText('Uazapi', { exact: true }).click();
			const details = page.locator('[data-test-id="node-creator"]');
			await details.getByText('Starts the workflow when WhatsApp events arrive from Uazapi').first().waitFor();
		});
		await page.keyboard.press('Escape');

		// After a step: the node itself, and its actions.
		const [manual] = uazapiWorkflow(context.playground.credentials, {}).nodes;
		const id = await editor.createWorkflow('Editor: node panel, next step', [manual]);
		await editor.openWorkflow(id);
		await record(context, 'node panel: "Uazapi" lists the node with its icon and its actions', async (problems) => {
			await page.locator('[data-test-id="node-creator-plus-button"]').click();
			await search();
			await page.waitForFunction(() => document.querySelectorAll('[data-test-id="node-creator"] [data-test-id="item-iterator-item"]').length > 0);
			await page.waitForTimeout(500);
			const listed = await items();
			// The node and its trigger are one entry, "Uazapi" (n8n merges a node with its trigger).
			const entry = listed.find((i) => i.name === 'Uazapi');
			if (!entry) problems.push(`"Uazapi" is not listed (listed: ${listed.map((i) => i.name).join(', ')})`);
			else problems.push(...iconProblems(listed, entry.type));
			// The Send and Wait node is a node type of its own (docs/ARCHITECTURE.md), listed beside it.
			problems.push(...iconProblems(listed, SEND_AND_WAIT_TYPE));
			if (problems.length) return;
			await page.locator('[data-test-id="node-creator"] [data-test-id="node-creator-item-name"]').getByText('Uazapi', { exact: true }).click();
			// Its details list every action: "Actions (<count>)" and their sentence-case names.
			const count = walkPlanSize();
			await page.locator('[data-test-id="node-creator"]').getByText(/^Actions \(\d+\)$/).first().waitFor();
			const text = await page.locator('[data-test-id="node-creator"]').innerText();
			const shown = Number(text.match(/Actions \((\d+)\)/)?.[1]);
			if (shown !== count) problems.push(`the node's details list ${shown} actions; the node has ${count} operations`);
			for (const action of ['Create an instance', 'Get many instances']) {
				if (!text.includes(action)) problems.push(`action "${action}" is not listed`);
			}
			if (BROKEN_TEXT.test(text)) problems.push(`the node's details show "${text.match(BROKEN_TEXT)[0]}"`);
		});
		await page.keyboard.press('Escape');
	},
};

/** The number of operations of the built node (all of them, whatever EDITOR_ONLY walks). */
function walkPlanSize() {
	return require('./plan').walkPlan().length;
}

/** The problems of one panel: labels, required marks, texts. */
function panelProblems(panel, step) {
	if (!panel) return ['the node panel is not open'];
	const problems = [];
	for (const field of step.fields.filter((f) => !f.displayName?.trim())) problems.push(`field "${field.name}" has no label (empty displayName)`);
	const expected = ['Resource', 'Operation', ...step.fields.map((f) => f.displayName).filter((label) => label?.trim())];
	const labels = panel.items.flatMap((i) => i.labels);
	for (const label of expected) if (!labels.includes(label)) problems.push(`field "${label}" is not shown`);
	for (const item of panel.items) {
		if (!item.labels.length && !item.notice) problems.push(`a field without a label: "${item.text}"`);
		for (const label of item.labels) {
			if (!expected.includes(label) && label !== 'Credential to connect with') problems.push(`field "${label}" is shown, but the node's description does not show it here`);
		}
	}
	for (const field of step.fields.filter((f) => f.required && f.empty)) {
		const item = panel.items.find((i) => i.labels.includes(field.displayName));
		if (item && !item.asterisk && !item.issue) problems.push(`required field "${field.displayName}" is not marked (no * and no issue)`);
	}
	const broken = [panel.text, ...panel.inputs].find((text) => BROKEN_TEXT.test(text));
	if (broken) problems.push(`the panel shows "${broken.match(BROKEN_TEXT)[0]}": ${JSON.stringify(broken.slice(0, 200))}`);
	return problems;
}

/** Opens a list-search picker and waits for its answer; returns problems. */
async function listPicker(editor, field) {
	const { page } = editor;
	const from = editor.responses.length;
	const locator = page.locator(`[data-test-id="resource-locator-${field.name}"]`);
	await locator.locator('[data-test-id="rlc-input"]').click();
	const answered = () => editor.responses.slice(from).some((r) => r.url.includes('resource-locator-results'));
	const deadline = Date.now() + PICKER_TIMEOUT_MS;
	while (!answered() && Date.now() < deadline) await page.waitForTimeout(100);
	const problems = [];
	const answers = editor.responses.slice(from).filter((r) => r.url.includes('resource-locator-results'));
	if (!answers.length) problems.push(`picker "${field.displayName}" did not ask n8n for its list within ${PICKER_TIMEOUT_MS / 1000} s`);
	for (const r of answers) if (r.status !== 200) problems.push(`picker "${field.displayName}": n8n answered ${r.status}: ${r.body.slice(0, 300)}`);
	if (answers.length && !problems.length) {
		// The list, or n8n's "no results" text: the dropdown must show something and no error.
		await page.waitForTimeout(200);
		const shown = await page.evaluate(() => {
			const search = document.querySelector('[data-test-id="rlc-search"]');
			const dropdown = search?.closest('[role="dialog"], .el-popper, [data-test-id="resource-locator-dropdown"]') ?? search?.parentElement?.parentElement?.parentElement;
			return { items: document.querySelectorAll('[data-test-id="rlc-item"]').length, text: dropdown?.innerText ?? '' };
		});
		if (/error|could not|failed/i.test(shown.text)) problems.push(`picker "${field.displayName}" shows: ${shown.text.slice(0, 200)}`);
	}
	await editor.closeDropdown();
	return problems;
}

/** A loadOptions field loads when shown: its answer must come, with 200. */
async function optionsPicker(editor, field, from) {
	const answers = () => editor.responses.slice(from).filter((r) => /\/dynamic-node-parameters\/options/.test(r.url));
	const deadline = Date.now() + PICKER_TIMEOUT_MS;
	while (!answers().length && Date.now() < deadline) await editor.page.waitForTimeout(100);
	if (!answers().length) return [`"${field.displayName}" did not load its options within ${PICKER_TIMEOUT_MS / 1000} s`];
	return answers()
		.filter((r) => r.status !== 200)
		.map((r) => `"${field.displayName}": loading its options failed (${r.status}): ${r.body.slice(0, 300)}`);
}

/** Connects the simulated instance (it starts disconnected): Get QR Code, then a status check. */
async function connectSimulator(url, token) {
	const headers = { token, 'content-type': 'application/json' };
	for (const [method, path, body] of [['POST', '/instance/connect', '{}'], ['GET', '/instance/status', undefined]]) {
		const res = await fetch(`${url}${path}`, { method, headers, body, signal: AbortSignal.timeout(10_000) });
		if (!res.ok) throw new Error(`simulator ${method} ${path}: ${res.status}`);
	}
}

/** Every resource × operation, switched in one node panel. */
const walk = {
	name: 'every operation panel',
	async run(context) {
		const { editor, plan, playground: p } = context;
		// As if its QR code had been scanned: pickers that need the instance's own number (products) can load.
		if (p.uazapi) await connectSimulator(p.uazapi.url, p.credentials.direct.data.apiToken);
		const first = plan[0];
		const { nodes, connections } = uazapiWorkflow(context.playground.credentials, { resource: first.resource.value, operation: first.operation.value });
		await editor.openWorkflow(await editor.createWorkflow('Editor: every operation', nodes, connections));
		await editor.openNode('Uazapi');
		for (const step of plan) {
			const title = `${step.resource.name} → ${step.operation.name}`;
			await record(context, `panel ${title}`, async (problems) => {
				const from = editor.responses.length;
				await editor.selectOption('resource', step.resource.name);
				await editor.selectOption('operation', step.operation.name);
				// The panel re-renders after the pick: wait until it shows exactly this operation's fields (no field of the
				// previous operation left), or give up after a while and report what differs.
				let found = [];
				for (const deadline = Date.now() + 10_000; ; ) {
					found = panelProblems(await editor.readPanel(), step);
					if (!found.length || Date.now() > deadline) break;
					await editor.page.waitForTimeout(100);
				}
				problems.push(...found);
				await editor.panelShot(`${step.resource.value}-${step.operation.value}`, title);
				for (const field of step.fields.filter((f) => f.picker === 'list')) problems.push(...(await listPicker(editor, field)));
				for (const field of step.fields.filter((f) => f.picker === 'options')) problems.push(...(await optionsPicker(editor, field, from)));
			});
		}
	},
};


/** Executes the open node from its panel ("Execute step") and returns the output panel's text in the JSON view. */
async function executeStep(editor) {
	const { page } = editor;
	await page.locator('[data-test-id="node-execute-button"]').click();
	const output = page.locator('[data-test-id="output-panel"]');
	// Items or an error: both show the item count ("1 item") above them.
	await page.waitForFunction(() => /\b\d+ items?\b/.test(document.querySelector('[data-test-id="output-panel"]')?.innerText ?? ''), null, {
		timeout: 120_000,
	});
	// An error output has no display-mode switch (n8n 2.41 keeps a hidden one).
	const json = output.locator('[data-test-id="ndv-run-data-display-mode"]').getByText('JSON', { exact: true });
	if (await json.first().isVisible().catch(() => false)) await json.first().click();
	await page.waitForTimeout(300);
	return await output.innerText();
}

/** A few operations executed from the editor: output items shown, the binary QR code shown as an image, an error. */
const execute = {
	name: 'operations executed from the editor',
	async run(context) {
		const { editor, playground: p } = context;
		const { page } = editor;
		const requests = () => p.uazapi?.requests ?? [];
		const open = async (name, parameters) => {
			const { nodes, connections } = uazapiWorkflow(p.credentials, parameters);
			await editor.openWorkflow(await editor.createWorkflow(name, nodes, connections));
			await editor.openNode('Uazapi');
		};
		await record(context, 'execute Instance → Get Status: the output panel shows its item', async (problems) => {
			await open('Editor: Get Status', { resource: 'instance', operation: 'getStatus' });
			const from = requests().length;
			const text = await executeStep(editor);
			for (const key of ['"instance"', '"status"', '"connected"']) if (!text.includes(key)) problems.push(`the output panel does not show ${key}: ${text.slice(0, 300)}`);
			const sent = requests().slice(from).map((r) => `${r.method} ${r.path}`);
			if (p.uazapi && JSON.stringify(sent) !== JSON.stringify(['GET /instance/status'])) problems.push(`the simulator received ${JSON.stringify(sent)}`);
		});
		await record(context, 'execute Message → Send Text: the request and the output item', async (problems) => {
			await open('Editor: Send Text', { resource: 'message', operation: 'sendText', phoneNumber: '5511999990001', messageText: 'Hello from the editor' });
			const from = requests().length;
			const text = await executeStep(editor);
			for (const key of ['"messageid"', '"Hello from the editor"']) if (!text.includes(key)) problems.push(`the output panel does not show ${key}: ${text.slice(0, 300)}`);
			const sent = requests().slice(from).map((r) => ({ method: r.method, path: r.path, body: r.body }));
			const expected = [{ method: 'POST', path: '/send/text', body: { number: '5511999990001', text: 'Hello from the editor' } }];
			if (p.uazapi && JSON.stringify(sent) !== JSON.stringify(expected)) problems.push(`the simulator received ${JSON.stringify(sent)}, not ${JSON.stringify(expected)}`);
		});
		await record(context, 'execute Message → Send Text with a bad number: the error names the field, nothing is sent', async (problems) => {
			await open('Editor: Send Text error', { resource: 'message', operation: 'sendText', phoneNumber: 'not a number', messageText: 'Hello' });
			const from = requests().length;
			const text = await executeStep(editor);
			if (!/Phone Number/.test(text)) problems.push(`the error does not name "Phone Number": ${text.slice(0, 300)}`);
			if (requests().length !== from) problems.push(`${requests().length - from} request(s) reached the simulator`);
		});
		await record(context, 'execute Instance → Get QR Code: the binary QR code is shown as an image', async (problems) => {
			await open('Editor: Get QR Code', { resource: 'instance', operation: 'getQrCode' });
			await executeStep(editor);
			const output = page.locator('[data-test-id="output-panel"]');
			const binary = output.locator('[data-test-id="ndv-run-data-display-mode"]').getByText('Binary', { exact: true });
			if (await binary.count()) await binary.first().click();
			await output.locator('[data-test-id="ndv-view-binary-data"]').first().click();
			const image = page.locator('img[src*="binary-data"], img[src^="data:image"], img[src^="blob:"]').first();
			await image.waitFor({ timeout: 60_000 });
			const loaded = await image.evaluate((img) => img.complete && img.naturalWidth > 0);
			if (!loaded) problems.push(`the QR code image did not load (${await image.getAttribute('src')})`);
		});
	},
};

/** The credential dialog, opened from the node panel: its test passes with the right token and names the field with a wrong one. */
const credentialDialog = {
	name: 'credential dialog',
	async run(context) {
		const { editor, playground: p } = context;
		const { page } = editor;
		const { nodes, connections } = uazapiWorkflow(p.credentials, { resource: 'instance', operation: 'getStatus' });
		await editor.openWorkflow(await editor.createWorkflow('Editor: credential', nodes, connections));
		await editor.openNode('Uazapi');
		const modal = page.locator('[data-test-id="editCredential-modal"]');
		const token = modal.locator('[data-test-id="parameter-input-apiToken"] input');
		// Saving runs the credential's test with the token typed. The dialog also tests the stored credential when it
		// opens, and that test's "Connection tested successfully" could end the first step before its own save had
		// finished; the next click on Save, during that save, was then ignored (seen twice in full runs: the wrong token
		// typed, "Save" still shown). So each step waits for the test of the token it typed, clicking Save again if none
		// comes.
		const saveAndWait = async (typed, text) => {
			const withToken = (r) => r.url().includes('/rest/credentials/test') && (r.request().postData() ?? '').includes(JSON.stringify(typed));
			for (let attempt = 1; ; attempt++) {
				const tested = page.waitForResponse(withToken, { timeout: 30_000 });
				await modal.locator('[data-test-id="credential-save-button"]').click();
				if (await tested.then(() => true).catch(() => false)) break;
				if (attempt === 3) throw new Error('saving the credential did not run its test (3 clicks on Save)');
			}
			await modal.getByText(text).first().waitFor({ timeout: 120_000 });
		};
		await record(context, 'credential dialog: the test passes with the right token', async () => {
			await page.locator('[data-test-id="credential-edit-button"]').click();
			await modal.waitFor();
			// Saving runs the credential's test (GET /instance/status through the credential).
			await token.fill(p.credentials.direct.data.apiToken);
			await saveAndWait(p.credentials.direct.data.apiToken, /Connection tested successfully/i);
		});
		await record(context, 'credential dialog: a wrong token fails the test', async (problems) => {
			await token.fill('wrong-token');
			// n8n shows "Couldn't connect with these settings"; "More details" opens the credential's own message.
			// (2.41 shows the credential's own message for the 401 behind "More details"; 2.8.4 shows its own
			// "Authorization failed - please check your credentials" at once, whatever the credential's rules say.)
			await saveAndWait('wrong-token', /Couldn.t connect with these settings/);
			const details = modal.getByText('More details');
			if (await details.count()) await details.first().click();
			await modal.getByText(/Refused: check "Instance Token"|Authorization failed - please check your credentials/).first().waitFor();
			const text = await modal.innerText();
			if (text.includes('wrong-token')) problems.push('the dialog shows the token');
			await token.fill(p.credentials.direct.data.apiToken);
			await saveAndWait(p.credentials.direct.data.apiToken, /Connection tested successfully/i);
		});
	},
};

module.exports = { all: [nodeCreator, execute, credentialDialog, walk], uazapiWorkflow, panelProblems, record, BROKEN_TEXT, TRIGGER_TYPE, SEND_AND_WAIT_TYPE };
