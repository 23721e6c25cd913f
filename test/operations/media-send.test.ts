import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { sentMessage } from '../doubles/responders/send';
import { QR_PNG } from '../doubles/responders/state';
import type { RecordedRequest } from '../doubles/responders/types';
import type { Mode } from '../engine/rig';
import { expectSuccess, jsonOf, MODES, useRig } from '../engine/rig';

const rig = useRig();

const PNG = QR_PNG;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** An item as a previous node (Read File, HTTP Request) hands it over in n8n's default in-memory mode. */
function fileItem(bytes: Buffer, mimeType: string, fileName?: string, property = 'data'): INodeExecutionData {
	return { json: {}, binary: { [property]: { data: bytes.toString('base64'), mimeType, ...(fileName ? { fileName } : {}) } } };
}

/** Records what the double answered to /send/media, so outputs can be compared with it exactly. */
function recordAnswers(): IDataObject[] {
	const answers: IDataObject[] = [];
	rig.uazapi.reply('POST /send/media', (request: RecordedRequest, state) => {
		const body = sentMessage(request, state);
		answers.push(body);
		return { status: 200, body };
	});
	return answers;
}

const media = (operation: string, parameters: IDataObject = {}) => ({
	resource: 'media',
	operation,
	phoneNumber: '+55 (11) 99999-8888',
	...parameters,
});

async function expectRefused(mode: Mode, run: Awaited<ReturnType<typeof rig.run>>, message: string, description?: string) {
	expect(run.error?.message).toBe(message);
	if (description !== undefined) expect(run.error?.description).toBe(description);
	expect(rig.sent(mode)).toEqual([]);
	expect(rig.proxy.requests).toEqual([]);
}

describe.each(MODES)('Media sends (%s)', (mode) => {
	describe('Send Image', () => {
		test('a URL with a caption: type image, the caption as text, the number normalized', async () => {
			const answers = recordAnswers();
			const run = await rig.run(mode, {
				parameters: media('sendImage', { mediaUrl: 'https://cdn.example.com/menu/today.jpg', caption: 'Our menu today' }),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{
					method: 'POST',
					path: '/send/media',
					body: {
						number: '5511999998888',
						type: 'image',
						file: 'https://cdn.example.com/menu/today.jpg',
						text: 'Our menu today',
					},
				},
			]);
			expect(jsonOf(run)).toEqual(answers);
			expect(jsonOf(run)[0]).toMatchObject({ messageType: 'ImageMessage', chatid: '5511999998888@s.whatsapp.net' });
			expect(run.outputs[0][0].pairedItem).toEqual({ item: 0 });
		});

		test('a PNG from a previous node arrives as raw base64 with its MIME type', async () => {
			const answers = recordAnswers();
			const run = await rig.run(mode, {
				parameters: media('sendImage', { mediaSource: 'binary', binaryPropertyName: 'data' }),
				items: [fileItem(PNG, 'image/png', 'chart.png')],
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{
					method: 'POST',
					path: '/send/media',
					body: { number: '5511999998888', type: 'image', file: PNG.toString('base64'), mimetype: 'image/png' },
				},
			]);
			expect(jsonOf(run)).toEqual(answers);
		});

		test('a data URI is sent as raw base64 plus its MIME type', async () => {
			const run = await rig.run(mode, {
				parameters: media('sendImage', { mediaUrl: `data:image/png;base64,${PNG.toString('base64')}` }),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{
					method: 'POST',
					path: '/send/media',
					body: { number: '5511999998888', type: 'image', file: PNG.toString('base64'), mimetype: 'image/png' },
				},
			]);
		});

		test('a binary of unknown type (octet-stream) is sent without a MIME type, for Uazapi to detect', async () => {
			const run = await rig.run(mode, {
				parameters: media('sendImage', { mediaSource: 'binary', binaryPropertyName: 'photo' }),
				items: [fileItem(PNG, 'application/octet-stream', 'upload', 'photo')],
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/send/media', body: { number: '5511999998888', type: 'image', file: PNG.toString('base64') } },
			]);
		});

		test('Send Options reach the body; items are read one by one and sent in input order', async () => {
			rig.uazapi.latency = (request) => ((request.body as { number: string }).number.endsWith('01') ? 150 : 0);
			const run = await rig.run(mode, {
				parameters: media('sendImage', {
					phoneNumber: '={{ $json.phone }}',
					mediaUrl: '={{ $json.url }}',
					caption: '={{ $json.caption }}',
					additionalFields: { delay: 2, replyToMessageId: '3EB0C0FFEE', trackId: 'order-77', markChatAsRead: true },
				}),
				items: [
					{ json: { phone: '5511900000001', url: 'https://cdn.example.com/1.jpg', caption: 'First' } },
					{ json: { phone: '5511900000002', url: 'https://cdn.example.com/2.jpg', caption: '' } },
				],
			});
			expectSuccess(run);
			const options = { delay: 2000, replyid: '3EB0C0FFEE', track_id: 'order-77', readchat: true };
			expect(rig.sent(mode)).toEqual([
				{
					method: 'POST',
					path: '/send/media',
					body: { number: '5511900000001', type: 'image', file: 'https://cdn.example.com/1.jpg', text: 'First', ...options },
				},
				{
					method: 'POST',
					path: '/send/media',
					body: { number: '5511900000002', type: 'image', file: 'https://cdn.example.com/2.jpg', ...options },
				},
			]);
			expect(run.outputs[0].map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
			expect(jsonOf(run).map((json) => json.chatid)).toEqual(['5511900000001@s.whatsapp.net', '5511900000002@s.whatsapp.net']);
		});
	});

	describe('Send Document', () => {
		test('a PDF from a previous node: base64, MIME type, and the binary file name as docName', async () => {
			const answers = recordAnswers();
			const run = await rig.run(mode, {
				parameters: media('sendDocument', { mediaSource: 'binary', binaryPropertyName: 'invoice' }),
				items: [fileItem(PDF, 'application/pdf', 'invoice-2026-11.pdf', 'invoice')],
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{
					method: 'POST',
					path: '/send/media',
					body: {
						number: '5511999998888',
						type: 'document',
						file: PDF.toString('base64'),
						mimetype: 'application/pdf',
						docName: 'invoice-2026-11.pdf',
					},
				},
			]);
			expect(jsonOf(run)).toEqual(answers);
			expect(jsonOf(run)[0].messageType).toBe('DocumentMessage');
		});

		test('a 3 MB file travels whole (serialised without copying its base64 into a JSON string), with a file name that JSON escapes', async () => {
			const bytes = Buffer.alloc(3 * 1024 * 1024);
			for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 251;
			const run = await rig.run(mode, {
				parameters: media('sendDocument', { mediaSource: 'binary', filename: 'Relatório "São Paulo" \\ € 👍.pdf' }),
				items: [fileItem(bytes, 'application/pdf', 'big.pdf')],
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{
					method: 'POST',
					path: '/send/media',
					body: {
						number: '5511999998888',
						type: 'document',
						docName: 'Relatório "São Paulo" \\ € 👍.pdf',
						file: bytes.toString('base64'),
						mimetype: 'application/pdf',
					},
				},
			]);
			expect(jsonOf(run)[0].messageType).toBe('DocumentMessage');
		});

		test('a typed File Name wins over the binary file name', async () => {
			const run = await rig.run(mode, {
				parameters: media('sendDocument', { mediaSource: 'binary', filename: 'Invoice November.pdf' }),
				items: [fileItem(PDF, 'application/pdf', 'tmp-8841.pdf')],
			});
			expectSuccess(run);
			expect((rig.sent(mode)[0].body as IDataObject).docName).toBe('Invoice November.pdf');
		});

		test('a URL is sent as it is; docName only when typed, never a caption', async () => {
			const run = await rig.run(mode, {
				parameters: media('sendDocument', {
					phoneNumber: '={{ $json.phone }}',
					mediaUrl: 'https://files.example.com/price-list.xlsx',
					filename: '={{ $json.name }}',
					caption: 'ignored: documents have no caption field here',
				}),
				items: [{ json: { phone: '5511900000001', name: 'Prices.xlsx' } }, { json: { phone: '5511900000002', name: '' } }],
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{
					method: 'POST',
					path: '/send/media',
					body: {
						number: '5511900000001',
						type: 'document',
						file: 'https://files.example.com/price-list.xlsx',
						docName: 'Prices.xlsx',
					},
				},
				{
					method: 'POST',
					path: '/send/media',
					body: { number: '5511900000002', type: 'document', file: 'https://files.example.com/price-list.xlsx' },
				},
			]);
		});
	});

	describe('Send Audio', () => {
		test.each([
			[undefined, 'audio'],
			['audio', 'audio'],
			['ptt', 'ptt'],
			['myaudio', 'myaudio'],
		])('Send As %s → type %s', async (audioType, type) => {
			const answers = recordAnswers();
			const run = await rig.run(mode, {
				parameters: media('sendAudio', {
					mediaUrl: 'https://cdn.example.com/voice.ogg',
					...(audioType ? { audioType } : {}),
				}),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/send/media', body: { number: '5511999998888', type, file: 'https://cdn.example.com/voice.ogg' } },
			]);
			expect(jsonOf(run)).toEqual(answers);
			expect(jsonOf(run)[0].messageType).toBe('AudioMessage');
		});

		test('a voice note from binary data keeps the OGG MIME type', async () => {
			const ogg = Buffer.from('OggS\u0000\u0002voice');
			const run = await rig.run(mode, {
				parameters: media('sendAudio', { mediaSource: 'binary', audioType: 'ptt' }),
				items: [fileItem(ogg, 'audio/ogg; codecs=opus', 'note.ogg')],
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{
					method: 'POST',
					path: '/send/media',
					body: { number: '5511999998888', type: 'ptt', file: ogg.toString('base64'), mimetype: 'audio/ogg; codecs=opus' },
				},
			]);
		});
	});

	describe('Send Video', () => {
		test('a video with its caption as text', async () => {
			const answers = recordAnswers();
			const run = await rig.run(mode, {
				parameters: media('sendVideo', { mediaUrl: 'https://cdn.example.com/clip.mp4', caption: 'Watch this' }),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{
					method: 'POST',
					path: '/send/media',
					body: { number: '5511999998888', type: 'video', file: 'https://cdn.example.com/clip.mp4', text: 'Watch this' },
				},
			]);
			expect(jsonOf(run)).toEqual(answers);
			expect(jsonOf(run)[0].messageType).toBe('VideoMessage');
		});

		test('a round video note (ptv) has no caption', async () => {
			const run = await rig.run(mode, {
				parameters: media('sendVideo', {
					videoType: 'ptv',
					mediaUrl: 'https://cdn.example.com/hello.mp4',
					mimeType: 'video/mp4',
					caption: 'left over from Video',
				}),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{
					method: 'POST',
					path: '/send/media',
					body: { number: '5511999998888', type: 'ptv', file: 'https://cdn.example.com/hello.mp4', mimetype: 'video/mp4' },
				},
			]);
		});
	});

	describe('Send Sticker', () => {
		test('a WEBP image as a sticker, to a group', async () => {
			const answers = recordAnswers();
			const webp = Buffer.from('RIFF\u0010\u0000\u0000\u0000WEBPVP8 sticker');
			const run = await rig.run(mode, {
				parameters: media('sendSticker', {
					phoneNumber: '120363012345678901@g.us',
					mediaSource: 'binary',
					additionalFields: { mentionUsers: 'everyone' },
				}),
				items: [fileItem(webp, 'image/webp', 'smile.webp')],
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{
					method: 'POST',
					path: '/send/media',
					body: {
						number: '120363012345678901@g.us',
						type: 'sticker',
						file: webp.toString('base64'),
						mimetype: 'image/webp',
						mentions: 'all',
					},
				},
			]);
			expect(jsonOf(run)).toEqual(answers);
			expect(jsonOf(run)[0]).toMatchObject({ messageType: 'StickerMessage', isGroup: true });
		});
	});

	describe('bad input is refused before any request', () => {
		test('a binary property the item does not have', async () => {
			const run = await rig.run(mode, {
				parameters: media('sendImage', { mediaSource: 'binary', binaryPropertyName: 'image' }),
				items: [fileItem(PNG, 'image/png', 'chart.png', 'data')],
			});
			await expectRefused(
				mode,
				run,
				'Input Binary Field names the binary property "image", which the input item does not have (item 0)',
				'The item has these binary properties: data.',
			);
		});

		test('an item without any binary data', async () => {
			const run = await rig.run(mode, {
				parameters: media('sendDocument', { mediaSource: 'binary' }),
				items: [{ json: { name: 'no file here' } }],
			});
			await expectRefused(
				mode,
				run,
				'Input Binary Field names the binary property "data", which the input item does not have (item 0)',
				'The item has no binary data. Add a node before this one that reads or downloads the file.',
			);
		});

		test('an empty URL', async () => {
			const run = await rig.run(mode, { parameters: media('sendVideo', { mediaUrl: '  ' }) });
			await expectRefused(
				mode,
				run,
				'Media URL or Base64 is empty (item 0)',
				'Give a public URL of the file, or its content as base64.',
			);
		});

		test('a value that is neither a URL nor base64', async () => {
			const run = await rig.run(mode, { parameters: media('sendImage', { mediaUrl: 'www.example.com/photo.jpg' }) });
			await expectRefused(
				mode,
				run,
				'Media URL or Base64 is neither a URL nor base64 (item 0)',
				'A URL must start with http:// or https:// and have no spaces. Base64 may only contain letters, digits, +, / and = at the end, in groups of 4.',
			);
		});

		test('a data URI that is not base64', async () => {
			const run = await rig.run(mode, { parameters: media('sendImage', { mediaUrl: 'data:image/svg+xml,<svg/>' }) });
			await expectRefused(
				mode,
				run,
				'Media URL or Base64 is a data URI that is not base64 (expected data:<type>;base64,…) (item 0)',
			);
		});

		test('an empty file', async () => {
			const run = await rig.run(mode, {
				parameters: media('sendDocument', { mediaSource: 'binary' }),
				items: [fileItem(Buffer.alloc(0), 'application/pdf', 'empty.pdf')],
			});
			await expectRefused(mode, run, 'Input Binary Field holds an empty file (0 bytes) (item 0)');
		});

		test('a PDF sent as an image', async () => {
			const run = await rig.run(mode, {
				parameters: media('sendImage', { mediaSource: 'binary' }),
				items: [fileItem(PDF, 'application/pdf', 'invoice.pdf')],
			});
			await expectRefused(
				mode,
				run,
				'Input Binary Field holds a file of type application/pdf, but this operation sends an image (image/…) (item 0)',
				'To send any other file, use Send Document.',
			);
		});

		test('a typed MIME Type that does not fit the operation', async () => {
			const run = await rig.run(mode, {
				parameters: media('sendAudio', { mediaUrl: 'https://cdn.example.com/file', mimeType: 'video/mp4' }),
			});
			await expectRefused(
				mode,
				run,
				'MIME Type is video/mp4, but this operation sends an audio file (audio/…) (item 0)',
			);
		});

		test('a MIME Type that is not one', async () => {
			const run = await rig.run(mode, {
				parameters: media('sendImage', { mediaUrl: 'https://cdn.example.com/a.jpg', mimeType: 'jpeg' }),
			});
			await expectRefused(mode, run, 'MIME Type is not a MIME type: "jpeg" (item 0)', 'Example: image/jpeg, application/pdf.');
		});

		test('a phone number with letters', async () => {
			const run = await rig.run(mode, {
				parameters: media('sendSticker', { phoneNumber: 'call me', mediaUrl: 'https://cdn.example.com/s.webp' }),
			});
			await expectRefused(mode, run, 'Phone Number may only contain digits: "call me" (item 0)');
		});

		test('with Continue On Fail the bad item becomes an error item and the good one is sent', async () => {
			const run = await rig.run(mode, {
				parameters: media('sendImage', { mediaSource: 'binary', binaryPropertyName: 'photo' }),
				items: [{ json: {} }, fileItem(PNG, 'image/png', 'ok.png', 'photo')],
				continueOnFail: true,
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{
					method: 'POST',
					path: '/send/media',
					body: { number: '5511999998888', type: 'image', file: PNG.toString('base64'), mimetype: 'image/png' },
				},
			]);
			const [failed, sent] = run.outputs[0];
			expect(failed.json).toEqual({
				error: 'Input Binary Field names the binary property "photo", which the input item does not have (item 0)',
			});
			expect(failed.pairedItem).toEqual({ item: 0 });
			expect(sent.json.messageType).toBe('ImageMessage');
			expect(sent.pairedItem).toEqual({ item: 1 });
		});
	});
});
