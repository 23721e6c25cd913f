import { inflateSync } from 'node:zlib';

import { qrModules } from '../doubles/qr-png';
import { SIMULATOR_QR_PNG, SIMULATOR_QUICK_REPLY } from '../doubles/simulator';
import { UAZAPI_TOKEN, UazapiDouble } from '../doubles/uazapi';

/** Width, height and greyscale pixels of an 8-bit greyscale, unfiltered PNG (what qrLikePng writes). */
function decodeGreyPng(png: Buffer) {
	expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
	const chunks: Record<string, Buffer[]> = {};
	for (let at = 8; at < png.length; ) {
		const length = png.readUInt32BE(at);
		const type = png.toString('ascii', at + 4, at + 8);
		(chunks[type] ??= []).push(png.subarray(at + 8, at + 8 + length));
		at += 12 + length;
	}
	const width = chunks.IHDR[0].readUInt32BE(0);
	const height = chunks.IHDR[0].readUInt32BE(4);
	expect([...chunks.IHDR[0].subarray(8)]).toEqual([8, 0, 0, 0, 0]);
	expect(chunks.IEND).toHaveLength(1);
	const raw = inflateSync(Buffer.concat(chunks.IDAT));
	expect(raw).toHaveLength(height * (width + 1));
	const pixel = (x: number, y: number) => raw[y * (width + 1) + 1 + x];
	return { width, height, pixel };
}

async function call(double: UazapiDouble, method: string, path: string) {
	const res = await fetch(`${double.url}${path}`, { method, headers: { token: UAZAPI_TOKEN } });
	return (await res.json()) as { status?: { connected: boolean }; instance: { status: string } };
}

describe('Uazapi double with simulate (npm start)', () => {
	const double = new UazapiDouble(UAZAPI_TOKEN, { simulate: true });
	beforeAll(() => double.start());
	afterAll(() => double.stop());

	test('is disconnected until Get QR Code, connected at the next status check, disconnected after Logout', async () => {
		expect((await call(double, 'GET', '/instance/status')).instance.status).toBe('disconnected');
		expect((await call(double, 'GET', '/instance/status')).status).toEqual({ connected: false, loggedIn: false, jid: null });
		expect((await call(double, 'POST', '/instance/connect')).instance.status).toBe('connecting');
		const connected = await call(double, 'GET', '/instance/status');
		expect([connected.instance.status, connected.status?.connected]).toEqual(['connected', true]);
		expect((await call(double, 'POST', '/instance/disconnect')).instance.status).toBe('disconnected');
		expect((await call(double, 'GET', '/instance/status')).instance.status).toBe('disconnected');
		expect(double.violations).toEqual([]);
	});

	test('keeps sent messages: they show up in Get Messages, their chat in Get Chats', async () => {
		const post = async (path: string, body: object) =>
			(await (
				await fetch(`${double.url}${path}`, {
					method: 'POST',
					headers: { token: UAZAPI_TOKEN, 'content-type': 'application/json' },
					body: JSON.stringify(body),
				})
			).json()) as Record<string, unknown>;
		const sent = await post('/send/text', { number: '5511955554444', text: 'Hello from the simulator' });
		const found = (await post('/message/find', { chatid: '5511955554444@s.whatsapp.net' })) as { messages: Array<Record<string, unknown>> };
		expect(found.messages.map((m) => [m.messageid, m.text])).toEqual([[sent.messageid, 'Hello from the simulator']]);
		const chats = (await post('/chat/find', { wa_chatid: '5511955554444@s.whatsapp.net' })) as { chats: Array<Record<string, unknown>> };
		expect(chats.chats[0]).toMatchObject({ wa_chatid: '5511955554444@s.whatsapp.net', wa_lastMsgTimestamp: sent.messageTimestamp });
		expect(double.violations).toEqual([]);
	});

	test('Get QR Code hands out a PNG that looks like a QR code (not 1×1)', async () => {
		const { instance } = (await call(double, 'POST', '/instance/connect')) as unknown as { instance: { qrcode: string } };
		const png = Buffer.from(instance.qrcode.replace(/^data:image\/png;base64,/, ''), 'base64');
		expect(png).toEqual(SIMULATOR_QR_PNG);
		const { width, height, pixel } = decodeGreyPng(png);
		// 25 modules and a quiet zone of 4 on each side, 8 pixels per module.
		expect([width, height]).toEqual([264, 264]);
		const moduleAt = (row: number, col: number) => pixel((col + 4) * 8 + 4, (row + 4) * 8 + 4) === 0;
		expect(pixel(0, 0)).toBe(0xff); // quiet zone
		for (const [top, left] of [[0, 0], [0, 18], [18, 0]]) {
			// A finder pattern: dark ring, light ring, dark centre.
			expect([moduleAt(top, left), moduleAt(top + 1, left + 1), moduleAt(top + 3, left + 3)]).toEqual([true, false, true]);
		}
		const modules = qrModules('uazapi-simulator');
		for (let row = 0; row < 25; row++) for (let col = 0; col < 25; col++) expect(moduleAt(row, col)).toBe(modules[row][col]);
		const dark = modules.flat().filter(Boolean).length;
		expect(dark / 625).toBeGreaterThan(0.35);
		expect(dark / 625).toBeLessThan(0.65);
	});

	test('has a saved quick reply, so Send Template can be tried; a reset keeps it', async () => {
		const showAll = async () => (await fetch(`${double.url}/quickreply/showall`, { headers: { token: UAZAPI_TOKEN } })).json();
		expect(await showAll()).toEqual([SIMULATOR_QUICK_REPLY]);
		double.reset();
		expect(await showAll()).toEqual([SIMULATOR_QUICK_REPLY]);
		expect(double.violations).toEqual([]);
	});

	test('without simulate, the double is always connected', async () => {
		const plain = await new UazapiDouble().start();
		try {
			expect((await call(plain, 'GET', '/instance/status')).instance.status).toBe('connected');
		} finally {
			await plain.stop();
		}
	});
});
