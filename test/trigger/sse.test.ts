import { backoffDelay, SseParser } from '../../nodes/UazapiTrigger/sse';

describe('SseParser', () => {
	test('events, comments (keep-alives), ids and named events', () => {
		const parser = new SseParser();
		expect(parser.push(': keep-alive\n\n')).toEqual([]);
		expect(parser.push('id: 5\nevent: messages\ndata: {"a":1}\n\n')).toEqual([{ event: 'messages', data: '{"a":1}', id: '5' }]);
		expect(parser.push('data: x\n\n')).toEqual([{ event: 'message', data: 'x', id: '5' }]);
		expect(parser.lastEventId).toBe('5');
	});

	test('chunks cut anywhere, CRLF and CR line endings, several data lines', () => {
		const parser = new SseParser();
		const text = 'data: line one\r\ndata: line two\r\n\r\ndata:three\r\rdata: four\n\n';
		const events = [...text].flatMap((char) => parser.push(char));
		expect(events.map((event) => event.data)).toEqual(['line one\nline two', 'three', 'four']);
	});

	test('a field without a colon has an empty value; unknown fields, a non-numeric retry and an id with NUL are ignored', () => {
		const parser = new SseParser();
		expect(parser.push('id: 3\ndata\n\n')).toEqual([{ event: 'message', data: '', id: '3' }]);
		expect(parser.push('id: 4\u0000\nretry: soon\nfoo: bar\ndata: x\n\n')).toEqual([{ event: 'message', data: 'x', id: '3' }]);
		expect(parser.retryMs).toBeUndefined();
		// "data:" with no space keeps everything after the colon; only one leading space is dropped.
		expect(parser.push('data:  two spaces\n\n')).toEqual([{ event: 'message', data: ' two spaces', id: '3' }]);
	});

	test('retry sets the reconnection time; an event without data is not dispatched; reset drops a half event', () => {
		const parser = new SseParser();
		expect(parser.push('retry: 2500\nevent: ping\n\n')).toEqual([]);
		expect(parser.retryMs).toBe(2500);
		parser.push('id: 9\ndata: half');
		parser.reset();
		expect(parser.push('\n\ndata: whole\n\n')).toEqual([{ event: 'message', data: 'whole', id: '9' }]);
	});
});

describe('backoffDelay', () => {
	test('doubles from the first delay up to the cap', () => {
		expect([1, 2, 3, 4, 5, 6, 7, 100].map((attempt) => backoffDelay(attempt))).toEqual([
			1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000,
		]);
		// The server's retry: time is the first wait.
		expect([1, 2, 3].map((attempt) => backoffDelay(attempt, 250))).toEqual([250, 500, 1000]);
	});
});
