import { UAZAPI_TOKEN, UazapiDouble } from '../doubles/uazapi';

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

	test('without simulate, the double is always connected', async () => {
		const plain = await new UazapiDouble().start();
		try {
			expect((await call(plain, 'GET', '/instance/status')).instance.status).toBe('connected');
		} finally {
			await plain.stop();
		}
	});
});
