'use strict';
/* global document, window */
// The browser side of the editor test: Debian's chromium through playwright-core, one page on the n8n editor.
// Selectors are n8n's own data-test-id attributes (the ones n8n's end-to-end tests use), seen in 2.8.4 and 2.41.1.
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');

const n8n = require('../e2e/n8n-cli');

/** n8n's own console noise in a machine without internet: not caused by the node or the credential. */
const CONSOLE_NOISE = [
	/Failed to fetch dynamic banners/, // n8n asks its website for banners
	/net::ERR_(NAME_NOT_RESOLVED|FAILED|BLOCKED_BY_CLIENT|INTERNET_DISCONNECTED)/, // outside requests, blocked here
	/status of 401 \(Unauthorized\)/, // the sign-in page checks for a session before logging in
];

// Generous: on a machine shared with other builds, opening a workflow took over a minute.
const ACTION_TIMEOUT_MS = 120_000;
/** The canvas button of an empty workflow that opens the node panel for a first step (its test IDs differ by n8n version). */
const ADD_FIRST_STEP = '[data-test-id="canvas-add-button"], [data-test-id="canvas-plus-button"], [data-test-id="node-creator-plus-button"]';

class Editor {
	static async launch({ executablePath, server, owner, screenshots, montage }) {
		const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
		const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
		// Nothing leaves the machine: n8n's calls to its website (banners, templates, telemetry) are refused here.
		await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort('blockedbyclient'));
		const page = await context.newPage();
		page.setDefaultTimeout(ACTION_TIMEOUT_MS);
		page.setDefaultNavigationTimeout(3 * ACTION_TIMEOUT_MS);
		return new Editor({ browser, page, server, owner, screenshots, montage });
	}

	constructor({ browser, page, server, owner, screenshots, montage }) {
		Object.assign(this, { browser, page, server, owner, screenshots, montageOn: montage });
		this.console = []; // { type, text }
		this.responses = []; // { url, status, body } of n8n's dynamic parameter calls (pickers)
		this.panelShots = []; // { file, title } with EDITOR_MONTAGE=1
		page.on('console', (message) => {
			if (message.type() === 'error') this.console.push({ text: message.text(), url: message.location()?.url });
		});
		page.on('pageerror', (error) => this.console.push({ text: `uncaught: ${error.stack ?? error.message}` }));
		page.on('response', async (response) => {
			if (!response.url().includes('/rest/dynamic-node-parameters/')) return;
			let body = '';
			try {
				body = await response.text();
			} catch {
				// a response the page dropped (navigation)
			}
			this.responses.push({ url: response.url(), status: response.status(), body });
		});
	}

	/** Console errors since `from` (an index into this.console), n8n's own offline noise left out. */
	consoleErrorsSince(from) {
		return this.console.slice(from).filter(({ text }) => !CONSOLE_NOISE.some((noise) => noise.test(text)));
	}

	async login() {
		const { page } = this;
		await page.goto(`${this.server.url}/signin`);
		await page.locator('input[type=email], input[name=emailOrLdapLoginId], input[name=email]').first().fill(this.owner.email);
		await page.locator('input[type=password]').first().fill(this.owner.password);
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => !url.pathname.startsWith('/signin'), { timeout: 3 * ACTION_TIMEOUT_MS });
	}

	/** A workflow created through n8n's REST API (faster than building it in the canvas); returns its id. */
	async createWorkflow(name, nodes, connections = {}) {
		const workflow = await n8n.rest(this.server, 'POST', '/workflows', { name, nodes, connections, active: false, settings: {} });
		return workflow.id;
	}

	/** Opens a workflow in the canvas; ready when its first node shows (an empty one: its add-a-first-step button). */
	async openWorkflow(id, { empty = false } = {}) {
		await this.page.goto(`${this.server.url}/workflow/${id}`);
		await this.page.locator(empty ? ADD_FIRST_STEP : '[data-test-id="canvas-node"]').first().waitFor();
	}

	/** Opens a node's panel (NDV) from the canvas. */
	async openNode(name) {
		await this.page.locator(`[data-test-id="canvas-node"][data-node-name="${name}"]`).dblclick();
		await this.page.locator('[data-test-id="node-parameters"]').waitFor();
	}

	/** Picks `optionName` in the options field `parameter` of the open panel, as a person would (click, click). */
	async selectOption(parameter, optionName) {
		const { page } = this;
		const field = page.locator(`[data-test-id="parameter-input-${parameter}"]`);
		const current = await field.locator('input').first().inputValue();
		if (current === optionName) return;
		await field.click();
		const option = page
			.locator('.el-select-dropdown__item:visible')
			.filter({ has: page.getByText(optionName, { exact: true }) })
			.first();
		await option.click();
		await page.waitForFunction(
			([selector, name]) => document.querySelector(selector)?.querySelector('input')?.value === name,
			[`[data-test-id="parameter-input-${parameter}"]`, optionName],
		);
	}

	/**
	 * What the open panel shows, read from the DOM: the top-level parameter items (label, required mark, issue
	 * mark, text), the texts shown in inputs (values and placeholders) and the panel's visible text.
	 */
	async readPanel() {
		return await this.page.evaluate(() => {
			const panel = document.querySelector('[data-test-id="node-parameters"]');
			if (!panel) return undefined;
			const items = [...panel.querySelectorAll('[data-test-id="parameter-item"]')].filter(
				(item) => !item.parentElement.closest('[data-test-id="parameter-item"]'),
			);
			const visible = (element) => !!element && element.getClientRects().length > 0 && window.getComputedStyle(element).visibility !== 'hidden';
			return {
				text: panel.innerText,
				inputs: [...panel.querySelectorAll('input, textarea')]
					.filter(visible)
					.flatMap((input) => [input.value, input.getAttribute('placeholder') ?? '']),
				items: items.filter(visible).map((item) => {
					// Its own labels (the first item also holds the credential's); the title only, not the Fixed/Expression toggle.
					const labels = [...item.querySelectorAll('[data-test-id="input-label"] label.n8n-input-label')]
						.filter((label) => label.closest('[data-test-id="parameter-item"]') === item && visible(label))
						.map((label) => (label.querySelector('[class*="_title_"]') ?? label).innerText.replace(/\s+/g, ' ').trim());
					const own = [...item.querySelectorAll('[data-test-id="parameter-issues"]')].filter(
						(issue) => issue.closest('[data-test-id="parameter-item"]') === item,
					);
					return {
						labels: labels.map((label) => label.replace(/\s*\*$/, '')),
						asterisk: labels.some((label) => /\*$/.test(label)),
						issue: own.some(visible),
						notice: !!item.querySelector('.notice, [data-test-id="notice"], [role="alert"]'),
						text: item.innerText.replace(/\s+/g, ' ').trim().slice(0, 200),
					};
				}),
			};
		});
	}

	/** Closes an open dropdown (Escape does not close a picker's list) by clicking the panel's Parameters tab. */
	async closeDropdown() {
		await this.page.locator('[data-test-id="ndv"]').getByText('Parameters', { exact: true }).first().click();
	}

	async screenshot(name) {
		const file = path.join(this.screenshots, `${name.replace(/[^A-Za-z0-9._-]+/g, '_')}.png`);
		try {
			await this.page.screenshot({ path: file, timeout: 20_000 });
			return file;
		} catch {
			return undefined;
		}
	}

	/** With EDITOR_MONTAGE=1: a picture of the open panel's parameters, for the montage. */
	async panelShot(name, title) {
		if (!this.montageOn) return;
		const file = path.join(this.screenshots, 'panels', `${name.replace(/[^A-Za-z0-9._-]+/g, '_')}.png`);
		fs.mkdirSync(path.dirname(file), { recursive: true });
		try {
			await this.page.locator('[data-test-id="node-parameters"]').screenshot({ path: file, timeout: 20_000 });
			this.panelShots.push({ file, title });
		} catch {
			// a missing picture is not a failed check
		}
	}

	/** One picture of all panel shots (a grid, drawn by the same browser): <screenshots>/montage.png. */
	async montage() {
		if (!this.panelShots.length) return undefined;
		const html = path.join(this.screenshots, 'panels', 'montage.html');
		const cells = this.panelShots
			.map(({ file, title }) => `<figure><figcaption>${title}</figcaption><img src="${path.basename(file)}"></figure>`)
			.join('\n');
		fs.writeFileSync(
			html,
			`<!doctype html><style>body{margin:8px;font:12px sans-serif;display:grid;grid-template-columns:repeat(8,260px);gap:8px}` +
				`figure{margin:0;border:1px solid #ccc}figcaption{background:#eee;padding:2px 4px}img{width:100%}</style>${cells}`,
		);
		const page = await this.browser.newPage({ viewport: { width: 2200, height: 1000 } });
		try {
			await page.goto(`file://${html}`);
			const file = path.join(this.screenshots, 'montage.png');
			await page.screenshot({ path: file, fullPage: true });
			return file;
		} finally {
			await page.close();
		}
	}

	async close() {
		await this.browser.close().catch(() => undefined);
	}
}

module.exports = { Editor, CONSOLE_NOISE, ADD_FIRST_STEP };
