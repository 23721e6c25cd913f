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

	test('without simulate, the double is always connected', async () => {
		const plain = await new UazapiDouble().start();
		try {
			expect((await call(plain, 'GET', '/instance/status')).instance.status).toBe('connected');
		} finally {
			await plain.stop();
		}
	});
});
