import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { RECEIVED } from '../doubles/responders/media';
import { QR_PNG } from '../doubles/responders/state';
import type { Mode } from '../engine/rig';
import { everythingShown, expectSuccess, jsonOf, MODES, SECRETS, useRig } from '../engine/rig';

const rig = useRig();

const PNG = QR_PNG;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

const IMAGE_ID = '3A5F0C2B9D1E4F60A7B8';
const VOICE_ID = '3A77D1E0F2C3B4A59687';
const PDF_ID = '3A1B2C3D4E5F60718293';
const REPLY_ID = '3A9E8D7C6B5A49382716';
const TEXT_ID = '3A0000000000000000AA';

function fileItem(bytes: Buffer, mimeType: string, fileName?: string, property = 'data'): INodeExecutionData {
	return { json: {}, binary: { [property]: { data: bytes.toString('base64'), mimeType, ...(fileName ? { fileName } : {}) } } };
}

/** The one file the double stored for a download, and the link it handed out. */
function storedFile() {
	const names = Object.keys(rig.uazapi.state.files);
	expect(names).toHaveLength(1);
	return { ...rig.uazapi.state.files[names[0]], url: `${rig.uazapi.url}/files/${names[0]}`, name: names[0] };
}

/** Everything the run shows (outputs, errors, logs) except the node's own parameters, where the user typed the key. */
function shownOutsideParameters(run: Awaited<ReturnType<typeof rig.run>>): string {
	return JSON.stringify(run.run.data, (key, value: unknown) => (key === 'parameters' ? undefined : value));
}

function noRequest(mode: Mode) {
	expect(rig.sent(mode)).toEqual([]);
	expect(rig.proxy.requests).toEqual([]);
	expect(rig.uazapi.fileRequests).toEqual([]);
}

describe.each(MODES)('Upload Media (%s)', (mode) => {
	const upload = (parameters: IDataObject) => ({ resource: 'media', operation: 'uploadMedia', ...parameters });

	test('a PNG from a previous node becomes {file, mimetype, fileName, size}, with no request', async () => {
		const run = await rig.run(mode, {
			parameters: upload({ mediaSource: 'binary', binaryPropertyName: 'chart' }),
			items: [fileItem(PNG, 'image/png', 'chart.png', 'chart')],
		});
		expectSuccess(run);
		noRequest(mode);
		expect(jsonOf(run)).toEqual([{ file: PNG.toString('base64'), mimetype: 'image/png', fileName: 'chart.png', size: PNG.length }]);
		expect(run.outputs[0][0].pairedItem).toEqual({ item: 0 });
	});

	test('a PDF of unknown type gets its MIME type from the file name', async () => {
		const run = await rig.run(mode, {
			parameters: upload({ mediaSource: 'binary' }),
			items: [fileItem(PDF, 'application/octet-stream', 'contract.pdf')],
		});
		expectSuccess(run);
		noRequest(mode);
		expect(jsonOf(run)).toEqual([{ file: PDF.toString('base64'), mimetype: 'application/pdf', fileName: 'contract.pdf', size: PDF.length }]);
	});

	test('a URL stays a URL (not downloaded): name and type from the link, size unknown', async () => {
		const run = await rig.run(mode, {
			parameters: upload({ mediaUrl: '={{ $json.url }}', mimeType: '={{ $json.type }}' }),
			items: [
				{ json: { url: 'https://cdn.example.com/docs/Price%20List.pdf?v=3', type: '' } },
				{ json: { url: 'https://cdn.example.com/media/7731', type: 'video/mp4' } },
			],
		});
		expectSuccess(run);
		noRequest(mode);
		expect(jsonOf(run)).toEqual([
			{ file: 'https://cdn.example.com/docs/Price%20List.pdf?v=3', mimetype: 'application/pdf', fileName: 'Price List.pdf', size: null },
			{ file: 'https://cdn.example.com/media/7731', mimetype: 'video/mp4', fileName: '7731', size: null },
		]);
	});

	test('a data URI becomes raw base64 with its MIME type and size', async () => {
		const run = await rig.run(mode, { parameters: upload({ mediaUrl: `data:image/png;base64,${PNG.toString('base64')}` }) });
		expectSuccess(run);
		noRequest(mode);
		expect(jsonOf(run)).toEqual([{ file: PNG.toString('base64'), mimetype: 'image/png', fileName: null, size: PNG.length }]);
	});

	test('its output feeds a later send: the same file, MIME type and name reach /send/media', async () => {
		const prepared = await rig.run(mode, {
			parameters: upload({ mediaSource: 'binary' }),
			items: [fileItem(PDF, 'application/pdf', 'invoice-2026-11.pdf')],
		});
		expectSuccess(prepared);
		const run = await rig.run(mode, {
			parameters: {
				resource: 'media',
				operation: 'sendDocument',
				phoneNumber: '5511999998888',
				mediaUrl: '={{ $json.file }}',
				mimeType: '={{ $json.mimetype }}',
				filename: '={{ $json.fileName }}',
			},
			items: prepared.outputs[0].map(({ json }) => ({ json })),
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
	});

	test('a missing binary property is refused, naming the field and item', async () => {
		const run = await rig.run(mode, {
			parameters: upload({ mediaSource: 'binary', binaryPropertyName: 'file' }),
			items: [{ json: {} }, fileItem(PNG, 'image/png', 'a.png', 'data')],
		});
		expect(run.error?.message).toBe('Input Binary Field names the binary property "file", which the input item does not have (item 0)');
		noRequest(mode);
	});

	test('an empty URL is refused', async () => {
		// An expression that yields nothing (a literal empty required field stops n8n before the node runs).
		const run = await rig.run(mode, { parameters: upload({ mediaUrl: '={{ $json.url }}' }), items: [{ json: {} }] });
		expect(run.error?.message).toBe('Media URL or Base64 is empty (item 0)');
		noRequest(mode);
	});
});

describe.each(MODES)('Get Media URL (%s)', (mode) => {
	const getMedia = (parameters: IDataObject) => ({ resource: 'media', operation: 'getMediaUrl', ...parameters });

	test('asks for a public link and outputs fileURL and mimetype, without downloading', async () => {
		const run = await rig.run(mode, { parameters: getMedia({ mediaId: ` ${IMAGE_ID} ` }) });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/message/download', body: { id: IMAGE_ID, return_link: true } }]);
		const stored = storedFile();
		expect(stored.name).toMatch(/^[0-9A-F]{16}\.jpg$/);
		expect(jsonOf(run)).toEqual([{ fileURL: stored.url, mimetype: 'image/jpeg' }]);
		expect(run.outputs[0][0].binary).toBeUndefined();
		expect(rig.uazapi.fileRequests).toEqual([]);
	});

	test('Download File attaches the exact bytes served at fileURL, named after the message', async () => {
		const run = await rig.run(mode, { parameters: getMedia({ mediaId: IMAGE_ID, downloadFile: true, binaryPropertyName: 'photo' }) });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/message/download', body: { id: IMAGE_ID, return_link: true } }]);
		const stored = storedFile();
		expect(jsonOf(run)).toEqual([{ fileURL: stored.url, mimetype: 'image/jpeg' }]);
		const { photo } = run.outputs[0][0].binary!;
		expect(Buffer.from(photo.data, 'base64')).toEqual(RECEIVED[IMAGE_ID].media!.bytes);
		expect(photo).toEqual({
			data: RECEIVED[IMAGE_ID].media!.bytes.toString('base64'),
			mimeType: 'image/jpeg',
			fileName: `${IMAGE_ID}.jpg`,
			fileExtension: 'jpg',
			fileType: 'image',
			fileSize: '29 B',
			bytes: 29,
		});
		// The link is fetched directly, once, with no Uazapi token or proxy key.
		expect(rig.uazapi.fileRequests.map((r) => [r.method, r.path])).toEqual([['GET', `/files/${stored.name}`]]);
		expect(rig.uazapi.fileRequests[0].headers.token).toBeUndefined();
		expect(rig.uazapi.fileRequests[0].headers['x-api-key']).toBeUndefined();
		expect(rig.uazapi.fileRequests[0].headers.authorization).toBeUndefined();
	});

	test('a document given by its full owner:ID form: the bare ID is sent and names the file; PDF bytes, .pdf name', async () => {
		const run = await rig.run(mode, { parameters: getMedia({ mediaId: `5511988887777:${PDF_ID}`, downloadFile: true }) });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/message/download', body: { id: PDF_ID, return_link: true } }]);
		const { data } = run.outputs[0][0].binary!;
		expect(Buffer.from(data.data, 'base64')).toEqual(RECEIVED[PDF_ID].media!.bytes);
		expect(data).toMatchObject({ mimeType: 'application/pdf', fileName: `${PDF_ID}.pdf`, fileExtension: 'pdf' });
	});

	test('a voice note as OGG: generate_mp3 false, the OGG bytes, audio/ogg', async () => {
		const run = await rig.run(mode, {
			parameters: getMedia({ mediaId: VOICE_ID, downloadFile: true, mediaOptions: { audioFormat: 'ogg' } }),
		});
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			{ method: 'POST', path: '/message/download', body: { id: VOICE_ID, return_link: true, generate_mp3: false } },
		]);
		const stored = storedFile();
		expect(jsonOf(run)).toEqual([{ fileURL: stored.url, mimetype: 'audio/ogg; codecs=opus' }]);
		const { data } = run.outputs[0][0].binary!;
		expect(Buffer.from(data.data, 'base64')).toEqual(RECEIVED[VOICE_ID].media!.bytes);
		expect(data).toMatchObject({ mimeType: 'audio/ogg', fileName: `${VOICE_ID}.ogg`, fileExtension: 'ogg', fileType: 'audio' });
	});

	test('a voice note as MP3 with transcription: the OpenAI key is sent but never shown', async () => {
		const key = 'sk-proj-Zt81QmWw0aX4';
		const run = await rig.run(mode, {
			parameters: getMedia({
				mediaId: VOICE_ID,
				downloadFile: true,
				mediaOptions: { audioFormat: 'mp3', transcribe: true, openAiApiKey: key },
			}),
		});
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			{
				method: 'POST',
				path: '/message/download',
				body: { id: VOICE_ID, return_link: true, generate_mp3: true, transcribe: true, openai_apikey: key },
			},
		]);
		const stored = storedFile();
		expect(jsonOf(run)).toEqual([{ fileURL: stored.url, mimetype: 'audio/mpeg', transcription: 'Hi, can we talk tomorrow at 10?' }]);
		const { data } = run.outputs[0][0].binary!;
		expect(Buffer.from(data.data, 'base64')).toEqual(RECEIVED[VOICE_ID].media!.mp3);
		expect(data).toMatchObject({ mimeType: 'audio/mpeg', fileName: `${VOICE_ID}.mp3`, fileExtension: 'mp3' });
		expect(shownOutsideParameters(run)).not.toContain(key);
		for (const secret of SECRETS) expect(everythingShown(run)).not.toContain(secret);
	});

	test('an error that echoes the OpenAI key shows it masked', async () => {
		const key = 'sk-proj-Zt81QmWw0aX4';
		rig.uazapi.reply('POST /message/download', { status: 400, body: { error: `OpenAI rejected the key ${key}: invalid_api_key` } });
		const run = await rig.run(mode, {
			parameters: getMedia({ mediaId: VOICE_ID, mediaOptions: { transcribe: true, openAiApiKey: key } }),
		});
		expect(run.error?.message).toBe('Uazapi rejected the request');
		expect(run.error?.description).toBe('Uazapi said: "OpenAI rejected the key ***: invalid_api_key".');
		expect(run.error?.httpCode).toBe('400');
		expect(shownOutsideParameters(run)).not.toContain(key);
	});

	test('transcription without a key uses the one saved on the instance', async () => {
		rig.uazapi.state.openaiKey = 'sk-saved-on-instance';
		const run = await rig.run(mode, { parameters: getMedia({ mediaId: VOICE_ID, mediaOptions: { transcribe: true } }) });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			{ method: 'POST', path: '/message/download', body: { id: VOICE_ID, return_link: true, transcribe: true } },
		]);
		expect(jsonOf(run)[0].transcription).toBe('Hi, can we talk tomorrow at 10?');
	});

	test('transcription uses the credential\'s OpenAI key, never shown (plain, JSON-escaped, URL-encoded, base64)', async () => {
		const key = 'sk-cred+Qm/Ww"0a\\X4=';
		const forms = [key, JSON.stringify(key).slice(1, -1), encodeURIComponent(key), Buffer.from(key).toString('base64')];
		rig.uazapi.reply('POST /message/download', () => ({
			status: 200,
			body: { fileURL: 'https://files.example/a.mp3', mimetype: 'audio/mpeg', transcription: 'Hi', echo: forms.join(' '), [key]: 1 },
		}));
		const run = await rig.run(mode, {
			parameters: getMedia({ mediaId: VOICE_ID, mediaOptions: { transcribe: true } }),
			credentials: rig.credentials(mode, { openAiApiKey: ` ${key} ` }),
		});
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			{ method: 'POST', path: '/message/download', body: { id: VOICE_ID, return_link: true, transcribe: true, openai_apikey: key } },
		]);
		expect(jsonOf(run)).toEqual([{ fileURL: 'https://files.example/a.mp3', mimetype: 'audio/mpeg', transcription: 'Hi', echo: '*** *** *** ***', '***': 1 }]);
		for (const form of forms) expect(everythingShown(run)).not.toContain(form);
	});

	test('the credential\'s OpenAI key is masked in an error, and not sent without transcription', async () => {
		const key = 'sk-cred-Zt81QmWw0aX4';
		rig.uazapi.reply('POST /message/download', { status: 400, body: { error: `OpenAI rejected the key ${key}` } });
		const run = await rig.run(mode, {
			parameters: getMedia({ mediaId: VOICE_ID, mediaOptions: { transcribe: true } }),
			credentials: rig.credentials(mode, { openAiApiKey: key }),
		});
		expect(run.error).toMatchObject({ message: 'Uazapi rejected the request', description: 'Uazapi said: "OpenAI rejected the key ***".' });
		expect(everythingShown(run)).not.toContain(key);
		rig.uazapi.reset();
		rig.proxy.reset();
		const plain = await rig.run(mode, { parameters: getMedia({ mediaId: IMAGE_ID }), credentials: rig.credentials(mode, { openAiApiKey: key }) });
		expectSuccess(plain);
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/message/download', body: { id: IMAGE_ID, return_link: true } }]);
	});

	test('an older workflow\'s OpenAI key node parameter (deprecated) still wins over the credential\'s, masked', async () => {
		const old = 'sk-proj-Old81QmWw0aX4';
		const run = await rig.run(mode, {
			parameters: getMedia({ mediaId: VOICE_ID, mediaOptions: { transcribe: true, openAiApiKey: old } }),
			credentials: rig.credentials(mode, { openAiApiKey: 'sk-cred-Zt81QmWw0aX4' }),
		});
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			{ method: 'POST', path: '/message/download', body: { id: VOICE_ID, return_link: true, transcribe: true, openai_apikey: old } },
		]);
		expect(shownOutsideParameters(run)).not.toContain(old);
	});

	test('Media of Quoted Message fetches the media of the message replied to', async () => {
		const run = await rig.run(mode, {
			parameters: getMedia({ mediaId: REPLY_ID, downloadFile: true, mediaOptions: { downloadQuoted: true } }),
		});
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			{ method: 'POST', path: '/message/download', body: { id: REPLY_ID, return_link: true, download_quoted: true } },
		]);
		expect(Buffer.from(run.outputs[0][0].binary!.data.data, 'base64')).toEqual(RECEIVED[IMAGE_ID].media!.bytes);
		expect(run.outputs[0][0].binary!.data.fileName).toBe(`${REPLY_ID}.jpg`);
	});

	test('one item per input item, each with its own file, paired to its input', async () => {
		const run = await rig.run(mode, {
			parameters: getMedia({ mediaId: '={{ $json.id }}', downloadFile: true }),
			items: [{ json: { id: PDF_ID } }, { json: { id: IMAGE_ID } }],
		});
		expectSuccess(run);
		expect(rig.sent(mode).map((r) => (r.body as IDataObject).id).sort()).toEqual([IMAGE_ID, PDF_ID].sort());
		expect(run.outputs[0].map((item) => [item.pairedItem, item.json.mimetype, item.binary!.data.fileName])).toEqual([
			[{ item: 0 }, 'application/pdf', `${PDF_ID}.pdf`],
			[{ item: 1 }, 'image/jpeg', `${IMAGE_ID}.jpg`],
		]);
	});

	test('an unknown message: "Message not found" with the hint', async () => {
		const run = await rig.run(mode, { parameters: getMedia({ mediaId: '3AFFFFFFFFFFFFFFFFFF' }) });
		expect(run.error?.message).toBe('Message not found');
		expect(run.error?.description).toBe(
			'Check the message ID. Uazapi keeps messages for about 7 days. Uazapi said: "Message not found".',
		);
		expect(run.error?.httpCode).toBe('404');
	});

	test('a message without media: Uazapi\'s own reason', async () => {
		const run = await rig.run(mode, { parameters: getMedia({ mediaId: TEXT_ID, downloadFile: true }) });
		expect(run.error?.message).toBe('Uazapi rejected the request');
		expect(run.error?.description).toBe('Uazapi said: "Unsupported media type or no media found in message".');
		expect(rig.uazapi.fileRequests).toEqual([]);
	});

	test('an expired link: says so and how to get a new one', async () => {
		rig.uazapi.reply('POST /message/download', (request) => ({
			status: 200,
			body: { fileURL: `http://${String(request.headers.host)}/files/gone.jpg`, mimetype: 'image/jpeg' },
		}));
		const run = await rig.run(mode, { parameters: getMedia({ mediaId: IMAGE_ID, downloadFile: true }) });
		expect(run.error?.message).toBe('The media file is no longer available');
		expect(run.error?.description).toBe('Uazapi keeps downloaded files for 2 days. Run Get Media URL again for a new link.');
		expect(run.error?.httpCode).toBe('404');
		expect(rig.uazapi.fileRequests.map((r) => r.path)).toEqual(['/files/gone.jpg']);
	});

	test('an answer without a link cannot be downloaded: clear error, Continue On Fail keeps the item', async () => {
		rig.uazapi.reply('POST /message/download', { status: 200, body: { mimetype: 'image/jpeg' } });
		const run = await rig.run(mode, {
			parameters: getMedia({ mediaId: IMAGE_ID, downloadFile: true }),
			continueOnFail: true,
		});
		expectSuccess(run);
		expect(jsonOf(run)).toEqual([{ error: 'Uazapi returned no file link for this message' }]);
		expect(run.outputs[0][0].pairedItem).toEqual({ item: 0 });
	});

	test.each([
		['={{ $json.id }}', 'Message ID is empty (item 0)'],
		[`${IMAGE_ID}, ${PDF_ID}`, `Message ID must be one message ID: "${IMAGE_ID}, ${PDF_ID}" (item 0)`],
		['5511988887777:', 'Message ID has no message ID after the ":": "5511988887777:" (item 0)'],
	])('bad Message ID %j is refused before any request', async (mediaId, message) => {
		const run = await rig.run(mode, { parameters: getMedia({ mediaId }) });
		expect(run.error?.message).toBe(message);
		noRequest(mode);
	});

	test('an empty output field name is refused before any request', async () => {
		const run = await rig.run(mode, { parameters: getMedia({ mediaId: IMAGE_ID, downloadFile: true, binaryPropertyName: ' ' }) });
		expect(run.error?.message).toBe('Put Output File in Field is empty (item 0)');
		noRequest(mode);
	});
});
