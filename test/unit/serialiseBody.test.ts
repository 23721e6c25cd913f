import { serialiseBody } from '../../nodes/Uazapi/shared/transport';

// serialiseBody writes a body holding a large text (a file in base64) into one Buffer, copying the text once.
describe('serialiseBody', () => {
	const base64 = Buffer.alloc(300_000, 7).toString('base64');

	test('a body with a large base64 text: bytes that parse back to the same body, whatever else it holds', () => {
		const body = {
			service: 'uazapi',
			headers: { token: 'a"b\\c', 'Content-Type': 'application/json' },
			body: { number: '5511900000001', text: 'Olá "mundo"\n€ 👍', file: base64, list: [1, null, true, { x: 'ü' }] },
			other: base64,
		};
		const bytes = serialiseBody(body);
		expect(Buffer.isBuffer(bytes)).toBe(true);
		expect(JSON.parse(bytes!.toString('utf8'))).toEqual(body);
		expect(bytes!.toString('utf8')).toBe(JSON.stringify(body));
	});

	test('small bodies, and large texts JSON would escape, travel as before (undefined)', () => {
		expect(serialiseBody({ number: '5511900000001', text: 'Hi' })).toBeUndefined();
		expect(serialiseBody({ text: `${'a'.repeat(70_000)}\n` })).toBeUndefined();
		expect(serialiseBody({ text: `${'a'.repeat(70_000)}"` })).toBeUndefined();
		expect(serialiseBody({ text: `${'a'.repeat(70_000)}é` })).toBeUndefined();
		expect(serialiseBody(undefined)).toBeUndefined();
		expect(serialiseBody('text')).toBeUndefined();
	});

	test('a body whose data contains the internal mark travels as before', () => {
		expect(serialiseBody({ file: base64, text: '\u0000uazapi-large-text\u0000' })).toBeUndefined();
	});
});
