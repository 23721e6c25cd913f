import type { IDataObject } from 'n8n-workflow';

import type { Expected } from '../../nodes/Uazapi/shared/waiting/answer';
import { judge } from '../../nodes/Uazapi/shared/waiting/answer';
import type { Question } from '../../nodes/Uazapi/shared/waiting/question';

const QUESTION: Question = { chatId: '5511900000001@s.whatsapp.net', messageId: '3EB0QUESTION', sentAt: 1770000000000, expires: 0 };
const GROUP_QUESTION: Question = { ...QUESTION, chatId: '120363012345678901@g.us' };

const expected = (overrides: Partial<Expected> = {}): Expected => ({
	responseType: 'approval',
	approvers: [],
	decline: true,
	choiceType: 'list',
	options: [
		{ id: 'mon', label: 'Monday' },
		{ id: 'tue', label: 'Tuesday' },
		{ id: 'wed', label: 'Wed, early' },
	],
	multiple: false,
	...overrides,
});

/** A Uazapi `messages` delivery (API.md §9.4) with the message fields given. */
function delivery(message: IDataObject): IDataObject {
	return {
		EventType: 'messages',
		token: 'not-checked-here',
		message: {
			messageid: 'AC98ANSWER',
			chatid: '5511900000001@s.whatsapp.net',
			sender: '5511900000001@s.whatsapp.net',
			senderName: 'Ana',
			fromMe: false,
			isGroup: false,
			messageTimestamp: 1770000060000,
			quoted: '',
			text: '',
			...message,
		},
	};
}

const ANSWER = {
	number: '5511900000001',
	name: 'Ana',
	answeredAt: '2026-02-02T02:41:00.000Z',
	chatId: '5511900000001@s.whatsapp.net',
	questionMessageId: '3EB0QUESTION',
	answerMessageId: 'AC98ANSWER',
	timedOut: false,
};

const button = (id: string, quoted = '3EB0QUESTION') => delivery({ messageType: 'ButtonsResponseMessage', buttonOrListid: id, vote: id, quoted });

describe('judge: which deliveries answer the question', () => {
	test('approval: the approve and decline buttons that quote the question', () => {
		expect(judge(button('approve'), QUESTION, expected())).toEqual({ output: { approved: true, ...ANSWER } });
		expect(judge(button('decline'), QUESTION, expected())).toEqual({ output: { approved: false, ...ANSWER } });
		expect(judge(button('decline'), QUESTION, expected({ decline: false }))).toEqual({ ignored: 'not an answer to the question' });
	});

	test.each([
		['a button of another question', button('approve', '3EB0OTHER'), 'not an answer to the question'],
		['a text', delivery({ messageType: 'Conversation', text: 'yes' }), 'not an answer to the question'],
		['another chat', delivery({ chatid: '5511900000002@s.whatsapp.net', messageType: 'ButtonsResponseMessage', buttonOrListid: 'approve', quoted: '3EB0QUESTION' }), 'another chat'],
		['the instance itself', delivery({ fromMe: true, messageType: 'ButtonsResponseMessage', buttonOrListid: 'approve', quoted: '3EB0QUESTION' }), 'sent by the instance'],
		['another event', { EventType: 'messages_update', message: { chatid: QUESTION.chatId } }, 'not a message'],
	])('approval ignores %s', (_name, payload, reason) => {
		expect(judge(payload, QUESTION, expected())).toEqual({ ignored: reason });
	});

	test('in a group, only the approvers count (a @lid sender by its sender_pn)', () => {
		const inGroup = (sender: IDataObject) =>
			delivery({ chatid: GROUP_QUESTION.chatId, isGroup: true, messageType: 'ButtonsResponseMessage', buttonOrListid: 'approve', quoted: '3EB0QUESTION', ...sender });
		const approvers = expected({ approvers: ['5511900000009'] });
		expect(judge(inGroup({ sender: '5511900000001@s.whatsapp.net' }), GROUP_QUESTION, approvers)).toEqual({ ignored: 'not from an approver' });
		expect(judge(inGroup({ sender: '1384@lid', sender_pn: '5511900000009@s.whatsapp.net' }), GROUP_QUESTION, approvers)).toEqual({
			output: { approved: true, ...ANSWER, number: '5511900000009', chatId: GROUP_QUESTION.chatId },
		});
	});

	test('choice: a list reply by its ID, a poll vote by its labels', () => {
		const list = delivery({ messageType: 'ListResponseMessage', buttonOrListid: 'tue', vote: 'Tuesday', quoted: '3EB0QUESTION' });
		expect(judge(list, QUESTION, expected({ responseType: 'choice' }))).toEqual({
			output: { selected: [{ id: 'tue', label: 'Tuesday' }], choice: 'tue', ...ANSWER },
		});
		const vote = (text: string) => delivery({ messageType: 'PollUpdateMessage', type: 'poll', vote: text, quoted: '3EB0QUESTION' });
		const poll = expected({ responseType: 'choice', choiceType: 'poll', multiple: true });
		expect(judge(vote('Monday, Wed, early'), QUESTION, poll)).toEqual({
			output: { selected: [{ id: 'mon', label: 'Monday' }, { id: 'wed', label: 'Wed, early' }], choice: 'mon', ...ANSWER },
		});
		expect(judge(vote('Monday, Tuesday'), QUESTION, { ...poll, multiple: false })).toMatchObject({ output: { selected: [{ id: 'mon', label: 'Monday' }] } });
		expect(judge(vote('Wed, early'), QUESTION, poll)).toEqual({ output: { selected: [{ id: 'wed', label: 'Wed, early' }], choice: 'wed', ...ANSWER } });
		expect(judge(vote('Monday, Tuesday'), QUESTION, poll)).toEqual({
			output: { selected: [{ id: 'mon', label: 'Monday' }, { id: 'tue', label: 'Tuesday' }], choice: 'mon', ...ANSWER },
		});
		expect(judge(vote(''), QUESTION, poll)).toEqual({ ignored: 'no option chosen' });
		const keyed = delivery({ messageType: 'PollUpdateMessage', vote: 'Monday', content: { pollCreationMessageKey: { ID: '3EB0QUESTION' } } });
		expect(judge(keyed, QUESTION, poll)).toMatchObject({ output: { choice: 'mon' } });
		expect(judge({ ...vote('Monday'), message: { ...(vote('Monday').message as IDataObject), quoted: '3EB0OTHER' } }, QUESTION, poll)).toEqual({
			ignored: 'not an answer to the question',
		});
	});

	test('free text: a text after the question that quotes nothing else', () => {
		const free = expected({ responseType: 'freeText' });
		expect(judge(delivery({ messageType: 'Conversation', text: 'Go ahead' }), QUESTION, free)).toEqual({ output: { text: 'Go ahead', ...ANSWER } });
		expect(judge(delivery({ messageType: 'ExtendedTextMessage', text: 'Yes', quoted: '3EB0QUESTION' }), QUESTION, free)).toEqual({
			output: { text: 'Yes', ...ANSWER },
		});
		expect(judge(delivery({ messageType: 'Conversation', text: 'x', quoted: '3EB0OTHER' }), QUESTION, free)).toEqual({ ignored: 'a reply to another message' });
		expect(judge(delivery({ messageType: 'Conversation', text: 'x', messageTimestamp: 1769999999000 }), QUESTION, free)).toEqual({
			ignored: 'older than the question',
		});
		expect(judge(delivery({ messageType: 'ImageMessage', mediaType: 'image' }), QUESTION, free)).toEqual({ ignored: 'not an answer to the question' });
	});
});
