import { GroupIdError, toGroupJid } from '../../nodes/Uazapi/shared/groupIds';

describe('toGroupJid', () => {
	test.each([
		['120363012345678901', '120363012345678901@g.us'],
		['120363012345678901@g.us', '120363012345678901@g.us'],
		['  120363012345678901@G.US ', '120363012345678901@g.us'],
		['5511999999999-1612345678', '5511999999999-1612345678@g.us'],
		['5511999999999-1612345678@g.us', '5511999999999-1612345678@g.us'],
	])('%s → %s', (input, expected) => {
		expect(toGroupJid(input)).toBe(expected);
	});

	test.each([
		['', 'is empty'],
		[undefined, 'is empty'],
		['5511999999999@s.whatsapp.net', 'is not a group ID: "5511999999999@s.whatsapp.net" (a group ID ends in @g.us)'],
		['123456789012345@lid', 'is not a group ID: "123456789012345@lid" (a group ID ends in @g.us)'],
		['55119999abc', 'is not a group ID: "55119999abc" (a group ID has only digits, e.g. 120363012345678901@g.us)'],
		['abc@g.us', 'is not a group ID: "abc@g.us" (a group ID has only digits, e.g. 120363012345678901@g.us)'],
		['https://chat.whatsapp.com/AbCdEf123', 'is an invite link, not a group ID: "https://chat.whatsapp.com/AbCdEf123"'],
	])('refuses %p', (input, message) => {
		expect(() => toGroupJid(input)).toThrow(GroupIdError);
		expect(() => toGroupJid(input)).toThrow(message);
	});
});
