import type { IDataObject } from 'n8n-workflow';

import { MODES, useRig } from '../engine/rig';

/**
 * Values from expressions, refused before any request: one row per bad input. Each row is run through
 * the engine once alone (nothing is sent; the message names the field and the item) and once as the
 * second of two items with Continue On Fail (the bad item becomes an error item linked to it; the good
 * one is sent).
 */
const rig = useRig();

const OBJ = '{a:1}';
const ARR = '[1,2]';
const textKinds: Array<[string, string]> = [
	[OBJ, 'an object'],
	[ARR, 'an array'],
];
const numberKinds: Array<[string, string]> = [
	['null', 'null'],
	['[]', 'an array'],
	['true', 'a boolean'],
	['"abc"', '"abc"'],
];
const badFiles: Array<[string, string]> = [
	['"myfile"', 'is neither a URL nor base64'],
	['"data:image/png;base64,!!!"', 'is a data URI whose content is not valid base64'],
	['"https://example.com/my file.jpg"', 'is a URL with spaces (encode them as %20)'],
];

/** [label, parameters for a value (an expression body), a bad value, a good value, the message for item 0]. */
type Row = [string, (value: string) => IDataObject, string, string, string];
const rows: Row[] = [];
const expr = (value: string) => `={{ ${value} }}`;

function textRows(label: string, build: (value: string) => IDataObject, field: string, good = '"Hi"') {
	for (const [bad, kind] of textKinds) rows.push([`${label}: ${field} ${bad}`, build, bad, good, `${field} must be text, but the expression gave ${kind} (item 0)`]);
}
function numberRows(label: string, build: (value: string) => IDataObject, field: string, good: string, kinds = numberKinds) {
	for (const [bad, given] of kinds) rows.push([`${label}: ${field} ${bad}`, build, bad, good, `${field} is not a number: ${given} (item 0)`]);
}
function fileRows(label: string, build: (value: string) => IDataObject, field: string, good: string, objects = true) {
	for (const [bad, problem] of badFiles) rows.push([`${label}: ${field} ${bad}`, build, bad, good, `${field} ${problem} (item 0)`]);
	if (objects) textRows(label, build, field, good);
}

const PHOTO_URL = '"https://cdn.example.com/photo.jpg"';
const phone = '5511900000001';

// Message
const sendText = (extra: (v: string) => IDataObject) => (v: string) => ({ resource: 'message', operation: 'sendText', phoneNumber: phone, messageText: 'Hi', ...extra(v) });
textRows('Send Text', sendText((v) => ({ messageText: expr(v) })), 'Message');
numberRows('Send Text', sendText((v) => ({ additionalFields: { delay: expr(v) } })), 'Delay (Seconds)', '0');
for (const [key, field] of [['async', 'Send Through Queue'], ['forwarded', 'Show as Forwarded'], ['markChatAsRead', 'Mark Chat as Read']]) {
	const build = sendText((v) => ({ additionalFields: { [key]: expr(v) } }));
	rows.push([`Send Text: ${field} "maybe"`, build, '"maybe"', 'true', `${field} must be true or false, not "maybe" (item 0)`]);
}
const chats = (v: string) => ({ resource: 'chat', operation: 'getMany', returnAll: false, limit: expr(v) });
numberRows('Chat Get Many', chats, 'Limit', '2');
rows.push(['Chat Get Many: Limit 0', chats, '0', '2', 'Limit must be at least 1, not 0 (item 0)']);
const presence = (v: string) => ({ resource: 'message', operation: 'sendPresence', phoneNumber: phone, presence: 'composing', duration: expr(v) });
numberRows('Send Presence', presence, 'Duration (Seconds)', '1');
const payment = (v: string) => ({ resource: 'message', operation: 'requestPayment', phoneNumber: phone, amount: expr(v) });
numberRows('Request Payment', payment, 'Amount', '10');
const paymentText = (v: string) => ({ resource: 'message', operation: 'requestPayment', phoneNumber: phone, amount: 10, paymentDetails: { title: expr(v) } });
textRows('Request Payment', paymentText, 'Title');
for (const [key, field] of [['footer', 'Footer'], ['itemName', 'Item Name'], ['invoiceNumber', 'Invoice Number'], ['text', 'Text']]) {
	textRows('Request Payment', (v) => ({ resource: 'message', operation: 'requestPayment', phoneNumber: phone, amount: 10, paymentDetails: { [key]: expr(v) } }), field);
}
const poll = (extra: (v: string) => IDataObject) => (v: string) => ({
	resource: 'message',
	operation: 'sendPoll',
	phoneNumber: phone,
	messageText: 'Which day?',
	pollOptions: { option: [{ text: 'Mon' }, { text: 'Tue' }] },
	...extra(v),
});
numberRows('Send Poll', poll((v) => ({ selectableCount: expr(v) })), 'Selectable Options', '1');
textRows('Send Poll', poll((v) => ({ messageText: expr(v) })), 'Message');
textRows('Send Poll', poll((v) => ({ pollOptions: { option: [{ text: expr(v) }, { text: 'Tue' }] } })), 'Option 1', '"Mon"');
const status = (extra: (v: string) => IDataObject) => (v: string) => ({ resource: 'message', operation: 'sendStatus', statusType: 'text', statusText: 'News', ...extra(v) });
textRows('Send Status', status((v) => ({ statusText: expr(v) })), 'Text');
numberRows('Send Status', status((v) => ({ statusStyle: { backgroundColor: expr(v) } })), 'Background Color', '2');
fileRows('Send Status', status((v) => ({ statusType: 'image', mediaSource: 'url', mediaUrl: expr(v) })), 'Media URL or Base64', PHOTO_URL, false);

// Media
for (const operation of ['sendImage', 'sendVideo', 'sendDocument', 'sendAudio', 'sendSticker']) {
	const media = (v: string) => ({ resource: 'media', operation, phoneNumber: phone, mediaSource: 'url', mediaUrl: expr(v) });
	const good = operation === 'sendImage' ? PHOTO_URL : `"https://cdn.example.com/file-${operation}"`;
	fileRows(operation, media, 'Media URL or Base64', good);
}
textRows('sendImage', (v) => ({ resource: 'media', operation: 'sendImage', phoneNumber: phone, mediaSource: 'url', mediaUrl: 'https://cdn.example.com/photo.jpg', caption: expr(v) }), 'Caption');

// Group

// Channel
const channel = (v: string) => ({ resource: 'channel', operation: 'createChannel', channelName: 'News', createChannelOptions: { picture: expr(v) } });
fileRows('Create Channel', channel, 'Picture', PHOTO_URL);
textRows('Create Channel', (v) => ({ resource: 'channel', operation: 'createChannel', channelName: 'News', createChannelOptions: { description: expr(v) } }), 'Description');

// Call, campaign, instance
numberRows('Make Call', (v) => ({ resource: 'call', operation: 'make', phoneNumber: phone, ringSeconds: expr(v) }), 'Ring For (Seconds)', '5');
numberRows('Clear Sent Messages', (v) => ({ resource: 'campaign', operation: 'clearSentMessages', keepHours: expr(v) }), 'Keep the Last (Hours)', '24');
numberRows('Set Message Delay', (v) => ({ resource: 'instance', operation: 'setMessageDelay', msgDelayMin: expr(v), msgDelayMax: 4 }), 'Minimum Delay (Seconds)', '1');
numberRows('Set Message Delay', (v) => ({ resource: 'instance', operation: 'setMessageDelay', msgDelayMin: 1, msgDelayMax: expr(v) }), 'Maximum Delay (Seconds)', '4');

describe.each(MODES)('Bad values from expressions are refused before any request (%s)', (mode) => {
	test('the table is large enough', () => {
		expect(rows.length).toBeGreaterThanOrEqual(90);
	});

	test.each(rows)('%s', async (_label, build, bad, good, message) => {
		const alone = await rig.run(mode, { parameters: build(bad) });
		expect(alone.error?.message).toBe(message);
		expect((alone.error?.context as IDataObject | undefined)?.itemIndex ?? 0).toBe(0);
		expect(rig.sent(mode)).toEqual([]);
		if (mode === 'proxy') expect(rig.proxy.requests).toEqual([]);
		rig.uazapi.reset();
		rig.proxy.reset();

		const both = await rig.run(mode, { parameters: build(`($itemIndex === 1 ? ${bad} : ${good})`), items: [{ json: {} }, { json: {} }], continueOnFail: true });
		expect(both.error).toBeUndefined();
		const outputs = both.outputs[0];
		const failed = outputs.filter((item) => item.json.error !== undefined);
		expect(failed.map((item) => [item.json.error, item.pairedItem])).toEqual([[message.replace('(item 0)', '(item 1)'), { item: 1 }]]);
		expect(outputs.filter((item) => item.json.error === undefined).every((item) => (item.pairedItem as unknown as IDataObject).item === 0)).toBe(true);
		expect(rig.sent(mode).length).toBeGreaterThanOrEqual(1);
	});
});
