import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { UAZAPI_TOKEN } from '../doubles/uazapi';
import type { Mode } from '../engine/rig';
import { MODES, useRig } from '../engine/rig';
import { fixture, sentSince, useTriggerHost } from './helpers';

const rig = useRig();
const host = useTriggerHost();

// Bytes that are not a valid image on purpose: the node must pass the file through unchanged.
const IMAGE_BYTES = Buffer.from('\xff\xd8\xff\xe0 fake jpeg bytes for the trigger test \xff\xd9', 'latin1');
const VOICE_BYTES = Buffer.from('ID3 fake mp3 bytes of a voice note', 'latin1');

async function activated(mode: Mode, options: IDataObject, credentials: IDataObject = {}) {
	host.configure({ parameters: { options }, credentials: rig.credentials(mode, credentials as ICredentialDataDecryptedObject) });
	await host.activate();
	return rig.sent(mode).length;
}

describe.each(MODES)('Uazapi Trigger media download (%s)', (mode) => {
	test('image: downloads through /message/download, fetches the file link and attaches the bytes', async () => {
		const from = await activated(mode, { downloadMedia: true });
		const fileURL = rig.uazapi.storeFile('AC0C273EABCDC416379E99BE2A3CA149.jpg', IMAGE_BYTES, 'image/jpeg');
		rig.uazapi.reply('POST /message/download', { status: 200, body: { fileURL, mimetype: 'image/jpeg' } });

		const { status, items } = await host.deliver(fixture('image'));

		expect(status).toBe(200);
		expect(sentSince(rig, mode, from)).toEqual([
			{ method: 'POST', path: '/message/download', body: { id: 'AC0C273EABCDC416379E99BE2A3CA149', return_link: true } },
		]);
		expect(rig.uazapi.fileRequests.map((r) => r.path)).toEqual(['/files/AC0C273EABCDC416379E99BE2A3CA149.jpg']);
		expect(items).toHaveLength(1);
		const binary = items![0].binary!.data;
		expect(Buffer.from(binary.data, 'base64')).toEqual(IMAGE_BYTES);
		expect(binary).toMatchObject({
			mimeType: 'image/jpeg',
			fileName: 'AC0C273EABCDC416379E99BE2A3CA149.jpg',
			fileExtension: 'jpg',
			fileType: 'image',
		});
		expect(items![0].json).toMatchObject({ messageKind: 'media', mediaKind: 'image', text: 'Segue a foto' });
		expect(items![0].json.mediaError).toBeUndefined();
	});

	test('voice note into a chosen binary property; a base64 answer needs no second fetch', async () => {
		const from = await activated(mode, { downloadMedia: true, binaryPropertyName: 'audio' });
		rig.uazapi.reply('POST /message/download', {
			status: 200,
			body: { mimetype: 'audio/mpeg', base64Data: VOICE_BYTES.toString('base64') },
		});

		const { items } = await host.deliver(fixture('voice-note'));

		expect(sentSince(rig, mode, from)).toEqual([
			{ method: 'POST', path: '/message/download', body: { id: 'ACF6ADA647ACF0091AFEFB3DF199AB99', return_link: true } },
		]);
		expect(rig.uazapi.fileRequests).toEqual([]);
		expect(Object.keys(items![0].binary!)).toEqual(['audio']);
		expect(Buffer.from(items![0].binary!.audio.data, 'base64')).toEqual(VOICE_BYTES);
		expect(items![0].binary!.audio.mimeType).toBe('audio/mpeg');
		expect(items![0].json).toMatchObject({ messageKind: 'media', mediaKind: 'voice' });
	});

	test.each([
		['location (mediaType "location")', 'location', 'location'],
		['list reply (mediaType "list_response")', 'list-reply', 'listReply'],
		['text', 'text-lid', 'text'],
	])('%s carries no file: nothing is downloaded', async (_label, name, kind) => {
		const from = await activated(mode, { downloadMedia: true });
		const { items } = await host.deliver(fixture(name));
		expect(sentSince(rig, mode, from)).toEqual([]);
		expect(items![0].json).toMatchObject({ messageKind: kind, mediaKind: '' });
		expect(items![0].binary).toBeUndefined();
	});

	test('without Download Media, an image arrives without a download', async () => {
		const from = await activated(mode, {});
		const { items } = await host.deliver(fixture('image'));
		expect(sentSince(rig, mode, from)).toEqual([]);
		expect(items![0].binary).toBeUndefined();
	});

	test('a failed download still starts the workflow; the item says why the file is missing', async () => {
		await activated(mode, { downloadMedia: true });
		rig.uazapi.reply('POST /message/download', { status: 404, body: { error: 'Message not found' } });

		const { status, items } = await host.deliver(fixture('image'));

		expect(status).toBe(200);
		expect(items).toHaveLength(1);
		expect(items![0].binary).toBeUndefined();
		expect(items![0].json).toMatchObject({ messageid: 'AC0C273EABCDC416379E99BE2A3CA149', mediaError: 'Message not found' });
		expect(JSON.stringify(items)).not.toContain(UAZAPI_TOKEN);
	});

	describe('Transcribe Voice Notes', () => {
		const OPENAI_KEY = 'sk-test-openai-9c2e7a1f4b6d8e0a';
		// The double's received voice note (its transcript is known).
		const voiceNote = () => {
			const payload = fixture('voice-note');
			(payload.message as IDataObject).messageid = '3A77D1E0F2C3B4A59687';
			return payload;
		};

		test('the transcript comes into the item, with the credential\'s OpenAI key, masked everywhere', async () => {
			const from = await activated(mode, { transcribeVoiceNotes: true }, { openAiApiKey: OPENAI_KEY });
			const { status, items } = await host.deliver(voiceNote());
			expect(status).toBe(200);
			expect(sentSince(rig, mode, from)).toEqual([
				{
					method: 'POST',
					path: '/message/download',
					body: { id: '3A77D1E0F2C3B4A59687', return_link: false, transcribe: true, openai_apikey: OPENAI_KEY },
				},
			]);
			expect(items![0].json).toMatchObject({ mediaKind: 'voice', transcription: 'Hi, can we talk tomorrow at 10?' });
			expect(items![0].binary).toBeUndefined();
			expect(JSON.stringify(items)).not.toContain(OPENAI_KEY);
		});

		test('with Download Media too, one request gives the file and the transcript', async () => {
			const from = await activated(mode, { transcribeVoiceNotes: true, downloadMedia: true }, { openAiApiKey: OPENAI_KEY });
			const { items } = await host.deliver(voiceNote());
			expect(sentSince(rig, mode, from)).toHaveLength(1);
			expect(items![0].json.transcription).toBe('Hi, can we talk tomorrow at 10?');
			expect(items![0].binary!.data.mimeType).toBe('audio/mpeg');
		});

		test('without a key anywhere the workflow still starts; the item says why there is no transcript', async () => {
			const from = await activated(mode, { transcribeVoiceNotes: true });
			const { items } = await host.deliver(voiceNote());
			expect((sentSince(rig, mode, from)[0].body as IDataObject).openai_apikey).toBeUndefined();
			expect(items).toHaveLength(1);
			expect(items![0].json.transcriptionError).toMatch(/OpenAI API key not configured/);
		});

		test('a failure that echoes the key shows it masked', async () => {
			await activated(mode, { transcribeVoiceNotes: true }, { openAiApiKey: OPENAI_KEY });
			rig.uazapi.reply('POST /message/download', { status: 400, body: { error: `invalid key ${OPENAI_KEY}` } });
			const { items } = await host.deliver(voiceNote());
			expect(items![0].json.transcriptionError).toBeDefined();
			expect(JSON.stringify(items)).not.toContain(OPENAI_KEY);
		});

		test('messages that are not audio are not transcribed', async () => {
			const from = await activated(mode, { transcribeVoiceNotes: true }, { openAiApiKey: OPENAI_KEY });
			for (const name of ['text-lid', 'image']) expect((await host.deliver(fixture(name))).items![0].json.transcription).toBeUndefined();
			expect(sentSince(rig, mode, from)).toEqual([]);
		});
	});
});
