import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import { callItem, eventItem, mediaKindOf, messageKindOf, passesFilters, senderNumberOf } from '../../nodes/UazapiTrigger/event';

const webhook = (name: string) =>
	JSON.parse(readFileSync(path.join(__dirname, '..', 'fixtures', 'webhooks', `${name}.json`), 'utf8')) as IDataObject;

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
		[{ messageType: 'ExtendedTextMessage', type: 'text', edited: '3EB0F1E2D3C4B5A69788' }, 'edit'],
		[{ messageType: 'ProtocolMessage', content: { type: 'MESSAGE_EDIT', key: { ID: '3EB0' } } }, 'edit'],
		[{ messageType: 'ProtocolMessage', content: { protocolMessage: { type: 0, key: { id: '3EB0' } } } }, 'deletion'],
		[{ messageType: 'ExtendedTextMessage', type: 'text', status: 'Deleted' }, 'deletion'],
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

describe('reactions, edits and deletions name the message they are about', () => {
	test('a reaction: the emoji as text, the message reacted to as targetMessageId', () => {
		const item = eventItem(webhook('reaction'));
		expect(item).toMatchObject({
			event: 'messages',
			messageid: 'AC1F0E2D3C4B5A697887766554433221',
			chatId: '5521987654321@s.whatsapp.net',
			senderNumber: '5521987654321',
			text: '❤️',
			messageKind: 'reaction',
			targetMessageId: '3EB0F1E2D3C4B5A69788',
			quotedMessageId: '',
			timestamp: '2026-02-03T19:18:20.000Z',
		});
	});

	test('an edit: the new text, the original message as targetMessageId', () => {
		expect(eventItem(webhook('edit'))).toMatchObject({
			messageKind: 'edit',
			text: 'Oi, tudo bem? Sou a Ana',
			targetMessageId: 'AC98212CD4909DE6799E78D93A824A3F',
		});
	});

	test('a deletion (messages_update, status Deleted): the deleted message is the target', () => {
		expect(eventItem(webhook('deleted'))).toMatchObject({
			event: 'messages_update',
			messageKind: 'deletion',
			messageid: 'AC98212CD4909DE6799E78D93A824A3F',
			targetMessageId: 'AC98212CD4909DE6799E78D93A824A3F',
		});
	});

	test('a deletion by another person (a REVOKE protocol message) names the message it deletes', () => {
		const message = { messageid: 'AC00', messageType: 'ProtocolMessage', content: { type: 0, key: { ID: '3EB0DELETED' } } };
		expect(eventItem({ EventType: 'messages', message })).toMatchObject({ messageKind: 'deletion', targetMessageId: '3EB0DELETED' });
	});

	test('other messages have an empty targetMessageId', () => {
		expect(eventItem(webhook('text-lid')).targetMessageId).toBe('');
	});

	test('the kinds can be filtered on', () => {
		const kinds = ['reaction', 'edit', 'deletion'];
		const items = ['reaction', 'edit', 'deleted', 'text-lid'].map((name) => eventItem(webhook(name)));
		expect(items.map((item) => passesFilters(item, { messageKinds: ['edit', 'deletion'] }))).toEqual([false, true, true, false]);
		expect(items.map((item) => item.messageKind)).toEqual([...kinds, 'text']);
	});
});

describe('call events', () => {
	test('an incoming call: its ID, the caller\'s number (behind a LID: from the PN field), what happened', () => {
		const payload = webhook('call-offer');
		delete payload.token;
		expect(eventItem(payload)).toEqual({
			event: 'call',
			callId: 'ABEiGmo8oqkAcAKrBYQAAAAA_1',
			callerNumber: '5521987654321',
			callStatus: 'CallOffer',
			isVideo: false,
			timestamp: '2026-02-03T19:30:00.000Z',
			raw: payload,
		});
	});

	test('a call from a phone JID in lower-case fields, timestamp in seconds', () => {
		const payload = { EventType: 'call', event: { callId: 'C1', from: '5521987654321:3@s.whatsapp.net', timestamp: 1770146178, type: 'terminate' } };
		expect(callItem(payload)).toEqual({
			event: 'call',
			callId: 'C1',
			callerNumber: '5521987654321',
			callStatus: 'terminate',
			isVideo: false,
			timestamp: '2026-02-03T19:16:18.000Z',
			raw: payload,
		});
	});

	test('call items pass the message filters (they are not messages)', () => {
		expect(passesFilters(eventItem(webhook('call-offer')), { onlyFromOthers: true, messageKinds: ['text'] })).toBe(true);
	});
});
