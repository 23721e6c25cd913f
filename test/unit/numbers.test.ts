import { NumberFormatError, splitList, toChatJid, toPhoneDigits, toUazapiNumber } from '../../nodes/Uazapi/shared/numbers';

describe('toUazapiNumber accepts what people type', () => {
	test.each([
		['plain digits', '5511999999999', '5511999999999'],
		['leading +', '+5511999999999', '5511999999999'],
		['spaces', '55 11 99999 9999', '5511999999999'],
		['+ and spaces', '+55 11 99999 9999', '5511999999999'],
		['dashes', '55-11-99999-9999', '5511999999999'],
		['dots', '55.11.99999.9999', '5511999999999'],
		['parentheses', '+55 (11) 99999-9999', '5511999999999'],
		['surrounding whitespace and tabs', ' \t+1 (415) 555-2671 \n', '14155552671'],
		['non-breaking spaces', '+49\u00a030\u00a0901820', '4930901820'],
		['00 international prefix', '0055 11 99999-9999', '5511999999999'],
		['a number given as a number', 5511999999999, '5511999999999'],
		['8 digits, the shortest accepted', '12345678', '12345678'],
		['15 digits, the longest accepted', '123456789012345', '123456789012345'],
	])('%s: %j → %s', (_case, input, expected) => {
		expect(toUazapiNumber(input)).toBe(expected);
	});
});

describe('toUazapiNumber keeps WhatsApp IDs (JIDs)', () => {
	test.each([
		['user JID', '5511999999999@s.whatsapp.net', '5511999999999@s.whatsapp.net'],
		['group JID', '120363012345678901@g.us', '120363012345678901@g.us'],
		['old-style group JID with a dash', '5511999999999-1600000000@g.us', '5511999999999-1600000000@g.us'],
		['LID', '123456789012345@lid', '123456789012345@lid'],
		['channel', '120363123456789012@newsletter', '120363123456789012@newsletter'],
		['a user JID with a device suffix, which is dropped', '5511999999999:12@s.whatsapp.net', '5511999999999@s.whatsapp.net'],
		['a @c.us ID with a device suffix', '5511999999999:3@c.us', '5511999999999@s.whatsapp.net'],
		['upper-case suffix is written in lower case', '5511999999999@S.WHATSAPP.NET', '5511999999999@s.whatsapp.net'],
		['surrounding whitespace', '  120363012345678901@g.us ', '120363012345678901@g.us'],
		['the @c.us form of other WhatsApp libraries', '5511999999999@c.us', '5511999999999@s.whatsapp.net'],
	])('%s: %s', (_case, input, expected) => {
		expect(toUazapiNumber(input)).toBe(expected);
	});
});

describe('toUazapiNumber refuses what cannot be a number, saying why', () => {
	test.each([
		['empty', '', 'is empty'],
		['only spaces', '   ', 'is empty'],
		['undefined', undefined, 'is empty'],
		['null', null, 'is empty'],
		['letters', '5511abc99999', 'may only contain digits: "5511abc99999"'],
		['a name', 'John', 'may only contain digits: "John"'],
		['a + in the middle', '55+11999999999', 'may only contain digits: "55+11999999999"'],
		['two + signs', '++5511999999999', 'may only contain digits: "++5511999999999"'],
		['too few digits', '12345', 'has too few digits (5): include the country code, e.g. 5511999999999'],
		['too few digits after formatting', '(11) 9999', 'has too few digits (6): include the country code, e.g. 5511999999999'],
		['too many digits', '1234567890123456', 'has too many digits (16): at most 15 are possible'],
		[
			'a national number with a trunk 0',
			'011 99999-9999',
			'starts with 0: "011 99999-9999" (write it in international form with the country code, e.g. 5511999999999)',
		],
		[
			'an unknown JID suffix',
			'5511999999999@example.com',
			'is not a WhatsApp ID: "5511999999999@example.com" (expected a number or an ID ending in @s.whatsapp.net, @g.us, @lid, @newsletter)',
		],
		[
			'letters before a JID suffix',
			'john@s.whatsapp.net',
			'is not a WhatsApp ID: "john@s.whatsapp.net" (expected a number or an ID ending in @s.whatsapp.net, @g.us, @lid, @newsletter)',
		],
		[
			'a JID without its local part',
			'@g.us',
			'is not a WhatsApp ID: "@g.us" (expected a number or an ID ending in @s.whatsapp.net, @g.us, @lid, @newsletter)',
		],
		[
			'a formatted number before a JID suffix',
			'+55 11 99999-9999@s.whatsapp.net',
			'is not a WhatsApp ID: "+55 11 99999-9999@s.whatsapp.net" (expected a number or an ID ending in @s.whatsapp.net, @g.us, @lid, @newsletter)',
		],
	])('%s: %j', (_case, input, reason) => {
		let thrown: unknown;
		try {
			toUazapiNumber(input);
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(NumberFormatError);
		expect((thrown as Error).message).toBe(reason);
	});
});

describe('toChatJid: the chat ID form that /message/find and /chat/read take', () => {
	test.each([
		['+55 (11) 99999-9999', '5511999999999@s.whatsapp.net'],
		['5511999999999@s.whatsapp.net', '5511999999999@s.whatsapp.net'],
		['120363012345678901@g.us', '120363012345678901@g.us'],
		['123456789012345@lid', '123456789012345@lid'],
		['5511999999999@c.us', '5511999999999@s.whatsapp.net'],
	])('%s → %s', (input, expected) => {
		expect(toChatJid(input)).toBe(expected);
	});

	test('refuses what toUazapiNumber refuses', () => {
		expect(() => toChatJid('abc')).toThrow(new NumberFormatError('may only contain digits: "abc"'));
	});
});

describe('toPhoneDigits: the phone number of a person, as digits (what mentions take)', () => {
	test.each([
		['digits typed loosely', '+55 (11) 99999-9999', '5511999999999'],
		['a user JID', '5511999999999@s.whatsapp.net', '5511999999999'],
		['a user JID with a device suffix', '5511999999999:12@s.whatsapp.net', '5511999999999'],
		['the @c.us form', '5511999999999@c.us', '5511999999999'],
	])('%s: %s → %s', (_case, input, expected) => {
		expect(toPhoneDigits(input)).toBe(expected);
	});

	test.each([
		[
			'a LID',
			'123456789012345@lid',
			'is a LID, not a phone number: "123456789012345@lid" (WhatsApp hides some senders behind a LID; use the trigger\'s senderNumber)',
		],
		['a group', '120363012345678901@g.us', 'must be a person\'s phone number, not a group or channel ID: "120363012345678901@g.us"'],
		[
			'a channel',
			'120363123456789012@newsletter',
			'must be a person\'s phone number, not a group or channel ID: "120363123456789012@newsletter"',
		],
		['a user JID with a dash', '5511-99999999@s.whatsapp.net', 'may only contain digits: "5511-99999999@s.whatsapp.net"'],
		['what toUazapiNumber refuses', 'John', 'may only contain digits: "John"'],
	])('refuses %s: %s', (_case, input, reason) => {
		expect(() => toPhoneDigits(input)).toThrow(new NumberFormatError(reason));
	});
});

describe('splitList', () => {
	test.each([
		['a, b; c\nd', ['a', 'b', 'c', 'd']],
		[' a ,, ;b ', ['a', 'b']],
		[['x', ' y ', ''], ['x', 'y']],
		['', []],
		[undefined, []],
	])('%j → %j', (input, expected) => {
		expect(splitList(input)).toEqual(expected);
	});
});
