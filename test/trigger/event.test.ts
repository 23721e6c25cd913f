import { eventItem, mediaKindOf, messageKindOf, passesFilters, senderNumberOf } from '../../nodes/UazapiTrigger/event';

describe('messageKindOf', () => {
	test.each([
		[{ messageType: 'Conversation', type: 'text' }, 'text'],
		[{ messageType: 'ExtendedTextMessage', type: 'text' }, 'text'],
		[{ messageType: 'ImageMessage', type: 'media', mediaType: 'image' }, 'media'],
		[{ messageType: 'VideoMessage', type: 'media', mediaType: 'gif' }, 'media'],
		[{ messageType: 'AudioMessage', type: 'media', mediaType: 'ptt' }, 'media'],
		[{ messageType: 'DocumentMessage', type: 'media', mediaType: 'document' }, 'media'],
		[{ messageType: 'StickerMessage', type: 'media', mediaType: 'user_created_sticker' }, 'media'],
		[{ messageType: 'ReactionMessage', type: 'reaction', text: '👍' }, 'reaction'],
		[{ messageType: 'PollCreationMessageV3', type: 'poll' }, 'poll'],
		[{ messageType: 'PollUpdateMessage', type: 'poll', vote: 'Sol' }, 'pollVote'],
		[{ messageType: 'ButtonsResponseMessage', type: 'text' }, 'buttonReply'],
		[{ messageType: 'ListResponseMessage', type: 'media', mediaType: 'list_response' }, 'listReply'],
		[{ messageType: 'LocationMessage', type: 'media', mediaType: 'location' }, 'location'],
		[{ messageType: 'ContactMessage', type: 'media', mediaType: 'vcard' }, 'contact'],
		[{ messageType: 'ProtocolMessage', type: '' }, 'other'],
	])('%j → %s', (message, kind) => {
		expect(messageKindOf(message)).toBe(kind);
	});
});

describe('mediaKindOf: only real files', () => {
	test.each([
		['image', 'image'],
		['video', 'video'],
		['gif', 'gif'],
		['audio', 'audio'],
		['ptt', 'voice'],
		['document', 'document'],
		['1p_sticker', 'sticker'],
		['user_created_sticker', 'sticker'],
		['sticker', 'sticker'],
		['location', ''],
		['vcard', ''],
		['list_response', ''],
		['', ''],
	])('mediaType %j → %j', (mediaType, kind) => {
		expect(mediaKindOf({ mediaType })).toBe(kind);
	});
});

describe('senderNumberOf', () => {
	test.each([
		[{ sender: '138401042923712@lid', sender_pn: '5521987654321@s.whatsapp.net' }, '5521987654321'],
		[{ sender: '5521987654321@s.whatsapp.net', sender_pn: '' }, '5521987654321'],
		[{ sender: '5521987654321:12@s.whatsapp.net' }, '5521987654321'],
		[{ sender: '138401042923712@lid', sender_pn: '' }, ''],
		[{ sender: '', sender_pn: '5521987654321@s.whatsapp.net' }, '5521987654321'],
		[{}, ''],
	])('%j → %j', (message, number) => {
		expect(senderNumberOf(message)).toBe(number);
	});
});

describe('eventItem', () => {
	test('a timestamp in seconds is read as seconds; a missing one gives an empty date', () => {
		expect(eventItem({ EventType: 'messages', message: { messageTimestamp: 1770146178 } }).timestamp).toBe('2026-02-03T19:16:18.000Z');
		expect(eventItem({ EventType: 'messages', message: {} }).timestamp).toBe('');
	});

	test('an event without a message keeps its payload under raw', () => {
		const payload = { EventType: 'presence', owner: '5511988887777', event: { Chat: '5521987654321@s.whatsapp.net' } };
		expect(eventItem(payload)).toEqual({ event: 'presence', raw: payload });
	});

	test('groupName is empty outside groups (Uazapi says "Unknown" there)', () => {
		expect(eventItem({ EventType: 'messages', message: { isGroup: false, groupName: 'Unknown' } }).groupName).toBe('');
	});
});

describe('passesFilters', () => {
	const direct = { messageKind: 'text', fromMe: false, isGroup: false };
	const own = { messageKind: 'text', fromMe: true, isGroup: false };
	const group = { messageKind: 'media', fromMe: false, isGroup: true };

	test('no filters: everything passes', () => {
		for (const item of [direct, own, group]) expect(passesFilters(item, {})).toBe(true);
	});

	test('filters combine', () => {
		const filters = { onlyFromOthers: true, chats: 'groups' as const, messageKinds: ['media'] };
		expect([direct, own, group].map((item) => passesFilters(item, filters))).toEqual([false, false, true]);
	});

	test('chats "all" and an empty kind list filter nothing', () => {
		expect(passesFilters(group, { chats: 'all', messageKinds: [] })).toBe(true);
	});

	test('items of other events always pass', () => {
		expect(passesFilters({ event: 'connection' }, { chats: 'groups', onlyFromOthers: true, messageKinds: ['text'] })).toBe(true);
	});
});
