import type { IDataObject } from 'n8n-workflow';

import { OWN_CHANNEL } from '../doubles/responders/channel';
import { sentMessage } from '../doubles/responders/send';
import type { RecordedRequest } from '../doubles/responders/types';
import { expectSuccess, jsonOf, MODES, useRig } from '../engine/rig';

// Posting to a channel is a send with the channel ID as the recipient: /send/text and /send/media
// are the endpoints that take a …@newsletter `number` (docs/API.md §1.5).
const rig = useRig();

/** Records what the double answered to `route`, so outputs can be compared with it exactly. */
function recordAnswers(route: string): IDataObject[] {
	const answers: IDataObject[] = [];
	rig.uazapi.reply(route, (request: RecordedRequest, state) => {
		const body = sentMessage(request, state);
		answers.push(body);
		return { status: 200, body };
	});
	return answers;
}

describe.each(MODES)('Posting to a channel (%s)', (mode) => {
	test('Message → Send Text posts to the channel: its ID reaches /send/text as the number', async () => {
		const answers = recordAnswers('POST /send/text');
		const run = await rig.run(mode, {
			parameters: { resource: 'message', operation: 'sendText', phoneNumber: ` ${OWN_CHANNEL} `, messageText: 'New offers today!' },
		});
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/send/text', body: { number: OWN_CHANNEL, text: 'New offers today!' } }]);
		expect(jsonOf(run)).toEqual(answers);
		expect(jsonOf(run)[0]).toMatchObject({ chatid: OWN_CHANNEL, isGroup: false, messageType: 'ExtendedTextMessage' });
		expect(run.outputs[0][0].pairedItem).toEqual({ item: 0 });
	});

	test('a channel ID typed with an upper-case suffix is sent in the form Uazapi knows', async () => {
		const answers = recordAnswers('POST /send/text');
		const run = await rig.run(mode, {
			parameters: { resource: 'message', operation: 'sendText', phoneNumber: '120363123456789012@NEWSLETTER', messageText: 'Hi' },
		});
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/send/text', body: { number: OWN_CHANNEL, text: 'Hi' } }]);
		expect(jsonOf(run)).toEqual(answers);
	});

	test('Media → Send Image posts an image with its caption to the channel', async () => {
		const answers = recordAnswers('POST /send/media');
		const run = await rig.run(mode, {
			parameters: {
				resource: 'media',
				operation: 'sendImage',
				phoneNumber: OWN_CHANNEL,
				mediaUrl: 'https://cdn.example.com/offers.jpg',
				caption: 'This week',
			},
		});
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			{
				method: 'POST',
				path: '/send/media',
				body: { number: OWN_CHANNEL, type: 'image', file: 'https://cdn.example.com/offers.jpg', text: 'This week' },
			},
		]);
		expect(jsonOf(run)).toEqual(answers);
		expect(jsonOf(run)[0]).toMatchObject({ chatid: OWN_CHANNEL, messageType: 'ImageMessage' });
	});

	test('a channel ID with letters is refused before sending, naming the field', async () => {
		const run = await rig.run(mode, {
			parameters: { resource: 'message', operation: 'sendText', phoneNumber: '120363abc@newsletter', messageText: 'Hi' },
		});
		expect(run.error?.message).toBe(
			'Phone Number is not a WhatsApp ID: "120363abc@newsletter" (expected a number or an ID ending in @s.whatsapp.net, @g.us, @lid, @newsletter) (item 0)',
		);
		expect(rig.sent(mode)).toEqual([]);
	});
});
