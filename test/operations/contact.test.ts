import type { IDataObject } from 'n8n-workflow';

import { FileDouble, PHOTO_JPEG } from '../doubles/files';
import { lidOf, photoUrlOf } from '../doubles/responders/contact';
import type { Mode } from '../engine/rig';
import { expectSuccess, jsonOf, MODES, useRig } from '../engine/rig';

const rig = useRig();
const files = new FileDouble();

beforeAll(async () => {
	await files.start();
});
afterEach(() => files.reset());
afterAll(async () => {
	await files.stop();
});

const contact = (operation: string, parameters: IDataObject = {}) => ({
	resource: 'contact',
	operation,
	...parameters,
});

/** The /chat/details record the double answers for 5511999999999 (see responders/contact.ts). */
const mariaDetails = (picture: Record<string, string>) => ({
	id: 'r999999',
	wa_fastid: '5511988887777:5511999999999',
	wa_chatid: '5511999999999@s.whatsapp.net',
	wa_chatlid: lidOf('5511999999999'),
	wa_name: 'Maria Silva',
	wa_contactName: 'Maria',
	name: 'Maria Silva',
	phone: '+5511999999999',
	owner: '5511988887777',
	wa_isGroup: false,
	wa_isBlocked: false,
	wa_archived: false,
	lead_name: '',
	lead_status: '',
	common_groups: 'Team Chat(120363153742561022@g.us)',
	...picture,
});

async function expectRefused(mode: Mode, parameters: IDataObject, message: string) {
	const run = await rig.run(mode, { parameters });
	expect(run.error?.message).toBe(message);
	expect(rig.sent(mode)).toEqual([]);
}

describe.each(MODES)('Contact (%s)', (mode) => {
	describe('Send Contact', () => {
		test('sends the card to /send/contact with every number normalized, the details and the send options', async () => {
			const run = await rig.run(mode, {
				parameters: contact('sendContact', {
					phoneNumber: '+55 (11) 98888-1234',
					contactName: ' Maria Silva ',
					contactNumber: '+55 11 99999-9999, 5511888888888@s.whatsapp.net',
					contactDetails: { organization: 'Acme', email: 'maria@acme.com', url: 'https://acme.com' },
					additionalFields: { delay: 2, trackSource: 'n8n', trackId: 'lead-42' },
				}),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{
					method: 'POST',
					path: '/send/contact',
					body: {
						number: '5511988881234',
						fullName: 'Maria Silva',
						phoneNumber: '5511999999999,5511888888888',
						organization: 'Acme',
						email: 'maria@acme.com',
						url: 'https://acme.com',
						delay: 2000,
						track_source: 'n8n',
						track_id: 'lead-42',
					},
				},
			]);
			expect(jsonOf(run)).toEqual([
				{
					id: '5511988887777:3EB0F201E11EF1A953C3',
					messageid: '3EB0F201E11EF1A953C3',
					chatid: '5511988881234@s.whatsapp.net',
					sender: '5511988887777@s.whatsapp.net',
					senderName: 'My Business',
					isGroup: false,
					fromMe: true,
					messageType: 'ContactMessage',
					source: 'api',
					messageTimestamp: 1770000000002,
					status: 'Sent',
					text: '',
					quoted: '',
					owner: '5511988887777',
					wasSentByApi: true,
					track_source: 'n8n',
					track_id: 'lead-42',
					fileURL: '',
					response: { status: 'success', message: 'Message sent successfully' },
				},
			]);
			expect(run.outputs[0][0].pairedItem).toEqual({ item: 0 });
		});

		test('sends only the required fields when no detail or option is set, and one card per item with its own values', async () => {
			const run = await rig.run(mode, {
				parameters: contact('sendContact', {
					phoneNumber: '={{ $json.to }}',
					contactName: '={{ $json.name }}',
					contactNumber: '={{ $json.numbers }}',
				}),
				items: [
					{ json: { to: '120363153742561022@g.us', name: 'First', numbers: ['5511999999999'] } },
					{ json: { to: '5511988881234', name: 'Second', numbers: ['5511977776666', '+55 11 96666-5555'] } },
				],
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{
					method: 'POST',
					path: '/send/contact',
					body: { number: '120363153742561022@g.us', fullName: 'First', phoneNumber: '5511999999999' },
				},
				{
					method: 'POST',
					path: '/send/contact',
					body: { number: '5511988881234', fullName: 'Second', phoneNumber: '5511977776666,5511966665555' },
				},
			]);
			expect(jsonOf(run).map((item) => item.chatid)).toEqual(['120363153742561022@g.us', '5511988881234@s.whatsapp.net']);
			expect(run.outputs[0].map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		});

		test('runs a 1.0.5 workflow unchanged: no name field (the first number is used) and its Additional Fields', async () => {
			const run = await rig.run(mode, {
				parameters: contact('sendContact', {
					phoneNumber: '5511988881234',
					contactNumber: '5511999999999,5511888888888',
					additionalFields: { replyToMessageId: '3EB0AABBCCDD', delay: 1, mentionUsers: '' },
				}),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{
					method: 'POST',
					path: '/send/contact',
					body: {
						number: '5511988881234',
						fullName: '+5511999999999',
						phoneNumber: '5511999999999,5511888888888',
						replyid: '3EB0AABBCCDD',
						delay: 1000,
					},
				},
			]);
			expect(jsonOf(run)).toHaveLength(1);
			expect(jsonOf(run)[0]).toMatchObject({ chatid: '5511988881234@s.whatsapp.net', quoted: '3EB0AABBCCDD', messageType: 'ContactMessage' });
		});

		test.each([
			[{ contactNumber: '55 11 9999-ABCD' }, 'Contact Phone Numbers may only contain digits: "55 11 9999-ABCD" (item 0)'],
			[{ contactNumber: '123456789012345@lid' }, 'Contact Phone Numbers must be phone numbers: "123456789012345@lid" is not (item 0)'],
			[{ contactNumber: ' , ' }, 'Contact Phone Numbers is empty (item 0)'],
			[{ phoneNumber: 'maria' }, 'Phone Number may only contain digits: "maria" (item 0)'],
			[{ contactDetails: { email: 'maria at acme' } }, 'Email is not an email address: "maria at acme" (item 0)'],
		])('refuses bad input before sending: %p', async (bad, message) => {
			await expectRefused(
				mode,
				contact('sendContact', { phoneNumber: '5511988881234', contactName: 'Maria', contactNumber: '5511999999999', ...bad }),
				message,
			);
		});
	});

	describe('Get Contact Info', () => {
		test('asks /chat/details for the number and outputs the chat record', async () => {
			const run = await rig.run(mode, { parameters: contact('getContactInfo', { phoneNumber: '+55 11 99999-9999' }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/chat/details', body: { number: '5511999999999' } }]);
			expect(jsonOf(run)).toEqual([mariaDetails({ image: photoUrlOf('5511999999999', false) })]);
		});

		test('takes a WhatsApp ID and the preview-size picture option', async () => {
			const run = await rig.run(mode, {
				parameters: contact('getContactInfo', {
					phoneNumber: '5511999999999@s.whatsapp.net',
					contactInfoOptions: { previewPicture: true },
				}),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/chat/details', body: { number: '5511999999999@s.whatsapp.net', preview: true } },
			]);
			expect(jsonOf(run)).toEqual([mariaDetails({ imagePreview: photoUrlOf('5511999999999', true) })]);
		});

		test('refuses a number with letters before sending', async () => {
			await expectRefused(mode, contact('getContactInfo', { phoneNumber: '5511abc' }), 'Phone Number may only contain digits: "5511abc" (item 0)');
		});
	});

	describe('Check Number', () => {
		test('checks several numbers in one request and outputs one item per number', async () => {
			const run = await rig.run(mode, {
				parameters: contact('checkNumber', { phoneNumber: '+55 11 99999-9995, 5511900000000; 5511988881234' }),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/chat/check', body: { numbers: ['5511999999995', '5511900000000', '5511988881234'] } },
			]);
			expect(jsonOf(run)).toEqual([
				{
					query: '5511999999995',
					isInWhatsapp: true,
					jid: '5511999999995@s.whatsapp.net',
					lid: lidOf('5511999999995'),
					verifiedName: 'Acme Store',
					groupName: '',
					error: '',
				},
				{ query: '5511900000000', isInWhatsapp: false, jid: '', lid: '', verifiedName: '', groupName: '', error: '' },
				{
					query: '5511988881234',
					isInWhatsapp: true,
					jid: '5511988881234@s.whatsapp.net',
					lid: lidOf('5511988881234'),
					verifiedName: '',
					groupName: '',
					error: '',
				},
			]);
			expect(run.outputs[0].map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }, { item: 0 }]);
		});

		test('takes an array from an expression, and fills keys Uazapi leaves out', async () => {
			rig.uazapi.reply('POST /chat/check', { status: 200, body: [{ query: '5511900000000', isInWhatsapp: false }] });
			const run = await rig.run(mode, {
				parameters: contact('checkNumber', { phoneNumber: '={{ $json.numbers }}' }),
				items: [{ json: { numbers: ['5511900000000'] } }],
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/chat/check', body: { numbers: ['5511900000000'] } }]);
			expect(jsonOf(run)).toEqual([{ query: '5511900000000', isInWhatsapp: false, jid: '', lid: '', verifiedName: '' }]);
		});

		test('with Continue On Fail, a bad item becomes an error item and the others are checked', async () => {
			const run = await rig.run(mode, {
				parameters: contact('checkNumber', { phoneNumber: '={{ $json.number }}' }),
				items: [{ json: { number: 'not a number' } }, { json: { number: '5511988881234' } }],
				continueOnFail: true,
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/chat/check', body: { numbers: ['5511988881234'] } }]);
			expect(jsonOf(run)).toEqual([
				{ error: 'Phone Numbers may only contain digits: "not a number" (item 0)' },
				{
					query: '5511988881234',
					isInWhatsapp: true,
					jid: '5511988881234@s.whatsapp.net',
					lid: lidOf('5511988881234'),
					verifiedName: '',
					groupName: '',
					error: '',
				},
			]);
			expect(run.outputs[0].map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		});

		test('refuses an empty list before sending', async () => {
			await expectRefused(mode, contact('checkNumber', { phoneNumber: ' ,, ' }), 'Phone Numbers is empty (item 0)');
		});
	});

	describe('Get Profile Photo', () => {
		test('outputs the full-size photo URL', async () => {
			const run = await rig.run(mode, { parameters: contact('getProfilePhoto', { phoneNumber: '5511999999999' }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/chat/details', body: { number: '5511999999999', preview: false } }]);
			expect(jsonOf(run)).toEqual([
				{ jid: '5511999999999@s.whatsapp.net', hasPhoto: true, photoUrl: photoUrlOf('5511999999999', false), size: 'full' },
			]);
			expect(run.outputs[0][0].binary).toBeUndefined();
		});

		test('outputs the preview URL and downloads the photo as binary data', async () => {
			const url = files.serve('/v/t61/5511999999999_preview.jpg', PHOTO_JPEG, 'image/jpeg');
			rig.uazapi.reply('POST /chat/details', {
				status: 200,
				body: { ...mariaDetails({}), imagePreview: url },
			});
			const run = await rig.run(mode, {
				parameters: contact('getProfilePhoto', {
					phoneNumber: '5511999999999',
					photoSize: 'preview',
					downloadPhoto: true,
					binaryPropertyName: 'photo',
				}),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/chat/details', body: { number: '5511999999999', preview: true } }]);
			expect(files.requested).toEqual(['/v/t61/5511999999999_preview.jpg']);
			expect(jsonOf(run)).toEqual([{ jid: '5511999999999@s.whatsapp.net', hasPhoto: true, photoUrl: url, size: 'preview' }]);
			const photo = run.outputs[0][0].binary?.photo;
			expect(photo).toMatchObject({ mimeType: 'image/jpeg', fileName: '5511999999999.jpg', fileExtension: 'jpg' });
			expect(Buffer.from(photo!.data, 'base64')).toEqual(PHOTO_JPEG);
		});

		test('a contact without a photo yields an empty result, even when downloading', async () => {
			const run = await rig.run(mode, {
				parameters: contact('getProfilePhoto', { phoneNumber: '5511922221111', downloadPhoto: true }),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/chat/details', body: { number: '5511922221111', preview: false } }]);
			expect(jsonOf(run)).toEqual([{ jid: '5511922221111@s.whatsapp.net', hasPhoto: false, photoUrl: null, size: 'full' }]);
			expect(run.outputs[0][0].binary).toBeUndefined();
			expect(files.requested).toEqual([]);
		});

		test('an expired photo link fails with a clear message', async () => {
			rig.uazapi.reply('POST /chat/details', { status: 200, body: { ...mariaDetails({}), image: `${files.url}/gone.jpg` } });
			const run = await rig.run(mode, {
				parameters: contact('getProfilePhoto', { phoneNumber: '5511999999999', downloadPhoto: true }),
			});
			expect(run.error).toMatchObject({
				message: 'The profile photo is no longer available',
				description: 'WhatsApp photo links expire after a while: run the node again for a fresh link.',
				httpCode: '404',
			});
			expect(files.requested).toEqual(['/gone.jpg']);
		});
	});

	describe('Block / Unblock Contact', () => {
		test('Block Contact sends block: true and outputs the block list', async () => {
			const run = await rig.run(mode, { parameters: contact('blockContact', { phoneNumber: '+55 11 99999-9999' }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/chat/block', body: { number: '5511999999999', block: true } }]);
			expect(jsonOf(run)).toEqual([
				{ response: 'Blocked successfully', blockList: ['5511777777777@s.whatsapp.net', '5511999999999@s.whatsapp.net'] },
			]);
		});

		test('Unblock Contact sends block: false and outputs the block list', async () => {
			const run = await rig.run(mode, {
				parameters: contact('unblockContact', { phoneNumber: '5511777777777@s.whatsapp.net' }),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/chat/block', body: { number: '5511777777777@s.whatsapp.net', block: false } },
			]);
			expect(jsonOf(run)).toEqual([{ response: 'Unblocked successfully', blockList: [] }]);
		});

		test('refuses a group ID before sending', async () => {
			await expectRefused(
				mode,
				contact('blockContact', { phoneNumber: '120363153742561022@g.us' }),
				'Phone Number must be a contact, not a group or channel: "120363153742561022@g.us" (item 0)',
			);
		});
	});
});
