import { bareMessageId } from '../../nodes/Uazapi/shared/messageIds';

describe('bareMessageId', () => {
	test.each([
		['the bare form', '3EB0538DA65A59F6D8A251', '3EB0538DA65A59F6D8A251'],
		['the owner:ID form (a stored message\'s id)', '5511988887777:3EB0538DA65A59F6D8A251', '3EB0538DA65A59F6D8A251'],
		['an owner that is not a number', 'user123:r3EB0538', 'r3EB0538'],
		['nothing after the ":"', '5511988887777:', ''],
	])('%s: %s → %s', (_case, input, expected) => {
		expect(bareMessageId(input)).toBe(expected);
	});
});
