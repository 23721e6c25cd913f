import { sameSecret } from '../../nodes/Uazapi/shared/secrets';

const TOKEN = 'uaz-token-7f3a9c1e5b2d';

describe('sameSecret (the trigger’s token check)', () => {
	test.each([
		['the same token', TOKEN, true],
		['a shorter prefix', TOKEN.slice(0, 5), false],
		['one character short', TOKEN.slice(0, -1), false],
		['one character more', `${TOKEN}x`, false],
		['much longer, starting with the token', TOKEN.repeat(10), false],
		['an empty string', '', false],
		['the same length, last character different', `${TOKEN.slice(0, -1)}e`, false],
		['a number', 42, false],
		['undefined', undefined, false],
	])('%s', (_label, given, same) => {
		expect(sameSecret(given, TOKEN)).toBe(same);
	});

	test('an empty expected token matches nothing, not even an empty one', () => {
		expect(sameSecret('', '')).toBe(false);
	});

	// Constant time: the work depends on the longer length only, never on where (or whether) the texts differ.
	test.each([
		['equal', TOKEN],
		['differing at the first character', `X${TOKEN.slice(1)}`],
		['a 1-character token', 'u'],
		['a prefix of half the length', TOKEN.slice(0, 11)],
		['differing at the last character', `${TOKEN.slice(0, -1)}e`],
	])('reads every character of the longer text once whatever the length: %s', (_label, given) => {
		const reads = jest.spyOn(String.prototype, 'charCodeAt');
		try {
			sameSecret(given, TOKEN);
			expect(reads).toHaveBeenCalledTimes(2 * Math.max(given.length, TOKEN.length));
		} finally {
			reads.mockRestore();
		}
	});
});
