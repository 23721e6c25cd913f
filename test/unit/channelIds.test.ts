import { ChannelIdError, toChannelInviteCode, toChannelJid } from '../../nodes/Uazapi/shared/channelIds';

describe('toChannelJid', () => {
	test.each([
		['a bare channel ID', '120363123456789012', '120363123456789012@newsletter'],
		['a full channel JID', '120363123456789012@newsletter', '120363123456789012@newsletter'],
		['spaces and an upper-case suffix', '  120363123456789012@NewsLetter ', '120363123456789012@newsletter'],
		['a number given by an expression', String(120363123456789012n), '120363123456789012@newsletter'],
	])('%s', (_, input, expected) => {
		expect(toChannelJid(input)).toBe(expected);
	});

	test.each([
		['empty', '  ', 'is empty'],
		['undefined', undefined, 'is empty'],
		['a phone number', '+5511999999999'.slice(1), 'looks like a phone number, not a channel ID: "5511999999999" (a channel ID looks like 120363123456789012@newsletter)'],
		['a group ID', '120363012345678901@g.us', 'is a group ID, not a channel ID: "120363012345678901@g.us"'],
		['a person\'s JID', '5511999999999@s.whatsapp.net', 'is a person\'s ID, not a channel ID: "5511999999999@s.whatsapp.net"'],
		['a LID', '123456789012345@lid', 'is a person\'s ID, not a channel ID: "123456789012345@lid"'],
		['another suffix', '120363123456789012@broadcast', 'is not a channel ID: "120363123456789012@broadcast" (a channel ID ends in @newsletter)'],
		['letters', '120363abc@newsletter', 'is not a channel ID: "120363abc@newsletter" (a channel ID has only digits, e.g. 120363123456789012@newsletter)'],
		[
			'an invite link',
			'https://whatsapp.com/channel/0029VaAbCdEfGhIjKlMnOp12',
			'is an invite link, not a channel ID: "https://whatsapp.com/channel/0029VaAbCdEfGhIjKlMnOp12" (use Channel → Get by Invite Link to find its ID)',
		],
	])('refuses %s', (_, input, message) => {
		expect(() => toChannelJid(input)).toThrow(new ChannelIdError(message));
	});
});

describe('toChannelInviteCode', () => {
	test.each([
		['the code', 'AbCdEfGhIjKlMn', 'AbCdEfGhIjKlMn'],
		['a full link', 'https://whatsapp.com/channel/0029VaAbCdEfGhIjKlMnOp12', '0029VaAbCdEfGhIjKlMnOp12'],
		['a link with www, a trailing slash and a query', ' https://www.whatsapp.com/channel/0029VaAbCd/?utm=x ', '0029VaAbCd'],
		['a link without a scheme', 'whatsapp.com/channel/0029VaAbCd', '0029VaAbCd'],
	])('%s', (_, input, expected) => {
		expect(toChannelInviteCode(input)).toBe(expected);
	});

	test.each([
		['empty', '', 'is empty'],
		[
			'a group invite link',
			'https://chat.whatsapp.com/KxYz12AbCdE3fGh4IjKl5m',
			'is a group invite link, not a channel link: "https://chat.whatsapp.com/KxYz12AbCdE3fGh4IjKl5m"',
		],
		[
			'another site',
			'https://example.com/channel/abc',
			'is not a channel invite link or code: "https://example.com/channel/abc" (e.g. https://whatsapp.com/channel/0029VaAbCdEfGhIjKlMnOp12)',
		],
		['a code with spaces', 'abc def', 'is not a channel invite link or code: "abc def" (e.g. https://whatsapp.com/channel/0029VaAbCdEfGhIjKlMnOp12)'],
	])('refuses %s', (_, input, message) => {
		expect(() => toChannelInviteCode(input)).toThrow(new ChannelIdError(message));
	});
});
