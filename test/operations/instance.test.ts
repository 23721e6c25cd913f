import { QR_PNG } from '../doubles/responders/state';
import { expectSuccess, jsonOf, MODES, useRig } from '../engine/rig';

const rig = useRig();

const INSTANCE = {
	id: 'r183e2ef9597845',
	name: 'my-instance',
	profileName: 'My Business',
	owner: '5511988887777',
	isBusiness: true,
};

describe.each(MODES)('Instance (%s)', (mode) => {
	test('Get Status sends GET /instance/status and outputs the status without secrets', async () => {
		const run = await rig.run(mode, { parameters: { resource: 'instance', operation: 'getStatus' } });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'GET', path: '/instance/status' }]);
		expect(jsonOf(run)).toEqual([
			{
				instance: { ...INSTANCE, status: 'connected' },
				status: { connected: true, loggedIn: true, jid: { user: '5511988887777', agent: 0, device: 0, server: 's.whatsapp.net' } },
			},
		]);
	});

	test('Get QR Code connects without a body and returns the QR as data URI and PNG binary', async () => {
		const run = await rig.run(mode, { parameters: { resource: 'instance', operation: 'getQrCode' } });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/instance/connect' }]);
		const dataUri = `data:image/png;base64,${QR_PNG.toString('base64')}`;
		expect(jsonOf(run)).toEqual([
			{
				connected: false,
				loggedIn: false,
				jid: null,
				instance: { ...INSTANCE, status: 'connecting', qrcode: dataUri, paircode: '' },
				qrCode: dataUri,
				pairingCode: null,
			},
		]);
		const binary = run.outputs[0][0].binary!.data;
		expect(binary).toMatchObject({ mimeType: 'image/png', fileName: 'qr-code.png', fileExtension: 'png' });
		expect(Buffer.from(binary.data, 'base64')).toEqual(QR_PNG);
	});

	test('Get QR Code with a phone number asks for a pairing code', async () => {
		const run = await rig.run(mode, {
			parameters: { resource: 'instance', operation: 'getQrCode', pairingPhoneNumber: '+55 (11) 99999-0000', binaryPropertyName: 'qr' },
		});
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/instance/connect', body: { phone: '5511999990000' } }]);
		expect(jsonOf(run)).toEqual([
			{
				connected: false,
				loggedIn: false,
				jid: null,
				instance: { ...INSTANCE, status: 'connecting', qrcode: '', paircode: 'ABCD-1234' },
				qrCode: null,
				pairingCode: 'ABCD-1234',
			},
		]);
		expect(run.outputs[0][0].binary).toBeUndefined();
	});

	test('Get QR Code refuses a pairing number with letters before any request', async () => {
		const run = await rig.run(mode, {
			parameters: { resource: 'instance', operation: 'getQrCode', pairingPhoneNumber: '55 11 CALL-ME' },
		});
		expect(run.error).toMatchObject({
			message: 'Phone Number for Pairing Code may only contain digits: "55 11 CALL-ME" (item 0)',
		});
		expect(rig.sent(mode)).toEqual([]);
	});

	test('Restart resets only this instance', async () => {
		const run = await rig.run(mode, { parameters: { resource: 'instance', operation: 'restartInstance' } });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/instance/reset' }]);
		expect(jsonOf(run)).toEqual([
			{ response: 'Instance reset started', resetting: true, instanceId: 'r183e2ef9597845', queuedRecoveryAttempted: false },
		]);
	});

	test.each([
		[
			'getQrCode',
			'POST /instance/connect',
			429,
			'Instance limit reached',
			'The Uazapi server has reached its limit of connected instances',
			'Disconnect an instance you no longer use (Instance → Logout), or raise the limit of your Uazapi plan or server.',
		],
		[
			'restartInstance',
			'POST /instance/reset',
			403,
			'Blocked by reconnection policy',
			'Uazapi did not allow a restart now',
			"The server's reconnection policy blocks it (too many restarts in a short time). Wait a few minutes and try again.",
		],
		[
			'restartInstance',
			'POST /instance/reset',
			409,
			'Instance cannot be recovered by reset',
			'A restart cannot recover this session',
			'Connect the instance again: Instance → Get QR Code, then scan the code with WhatsApp.',
		],
	])('%s: HTTP %s %i says what it means for this operation', async (operation, route, status, said, message, description) => {
		rig.uazapi.reply(route, { status, body: { error: said } });
		const run = await rig.run(mode, { parameters: { resource: 'instance', operation } });
		expect(run.error).toMatchObject({ message, description: `${description} Uazapi said: "${said}".`, httpCode: String(status) });
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: route.split(' ')[1] }]);
	});

	test('Set Profile: HTTP 403 is a WhatsApp limit on profile changes, not a group matter', async () => {
		rig.uazapi.reply('POST /profile/name', { status: 403, body: { error: 'Profile change limit reached' } });
		const run = await rig.run(mode, {
			parameters: { resource: 'instance', operation: 'setProfile', profileField: 'name', profileName: 'Acme' },
		});
		expect(run.error).toMatchObject({
			message: 'WhatsApp did not allow this profile change',
			description:
				'WhatsApp limits how often the profile can change, and some accounts are restricted. Try again later. Uazapi said: "Profile change limit reached".',
			httpCode: '403',
		});
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/profile/name', body: { name: 'Acme' } }]);
	});

	test('Logout disconnects the instance', async () => {
		const run = await rig.run(mode, { parameters: { resource: 'instance', operation: 'logout' } });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/instance/disconnect' }]);
		expect(jsonOf(run)).toEqual([
			{ instance: { ...INSTANCE, status: 'disconnected' }, response: 'Disconnected', info: 'Session ended' },
		]);
	});

	test('Set Profile changes the name', async () => {
		const run = await rig.run(mode, {
			parameters: { resource: 'instance', operation: 'setProfile', profileField: 'name', profileName: ' Acme Support ' },
		});
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/profile/name', body: { name: 'Acme Support' } }]);
		expect(jsonOf(run)).toEqual([
			{ success: true, message: 'Profile name updated successfully', profile: { name: 'Acme Support', updated_at: 1770000000 } },
		]);
	});

	test('Set Profile refuses a name longer than 25 characters before any request', async () => {
		const run = await rig.run(mode, {
			parameters: { resource: 'instance', operation: 'setProfile', profileField: 'name', profileName: 'A'.repeat(26) },
		});
		expect(run.error).toMatchObject({ message: 'Profile Name is longer than 25 characters (26) (item 0)' });
		expect(rig.sent(mode)).toEqual([]);
	});

	test('Set Profile sets the picture from a URL', async () => {
		const run = await rig.run(mode, {
			parameters: {
				resource: 'instance',
				operation: 'setProfile',
				profileField: 'picture',
				pictureSource: 'url',
				pictureUrl: 'https://example.com/me.jpg',
			},
		});
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/profile/image', body: { image: 'https://example.com/me.jpg' } }]);
		expect(jsonOf(run)).toEqual([
			{
				success: true,
				message: 'Profile image updated successfully',
				profile: { image_updated: true, image_removed: false, updated_at: 1770000000 },
			},
		]);
	});

	test('Set Profile sets the picture from a binary property as a data URI', async () => {
		const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
		const run = await rig.run(mode, {
			parameters: { resource: 'instance', operation: 'setProfile', profileField: 'picture', pictureSource: 'binary', binaryPropertyName: 'photo' },
			items: [{ json: {}, binary: { photo: { data: jpeg.toString('base64'), mimeType: 'image/jpeg', fileName: 'me.jpg' } } }],
		});
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			{ method: 'POST', path: '/profile/image', body: { image: `data:image/jpeg;base64,${jpeg.toString('base64')}` } },
		]);
	});

	test('Set Profile names the missing binary property and the item', async () => {
		const run = await rig.run(mode, {
			parameters: { resource: 'instance', operation: 'setProfile', profileField: 'picture', pictureSource: 'binary', binaryPropertyName: 'photo' },
			items: [{ json: {}, binary: { data: { data: 'AAAA', mimeType: 'image/jpeg' } } }],
		});
		expect(run.error).toMatchObject({
			message: 'Input Binary Field names the binary property "photo", which the input item does not have (item 0)',
			description: 'The item has these binary properties: data.',
		});
		expect(rig.sent(mode)).toEqual([]);
	});

	test('Set Profile removes the picture', async () => {
		const run = await rig.run(mode, {
			parameters: { resource: 'instance', operation: 'setProfile', profileField: 'picture', pictureSource: 'remove' },
		});
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/profile/image', body: { image: 'remove' } }]);
		expect(jsonOf(run)[0].profile).toEqual({ image_updated: true, image_removed: true, updated_at: 1770000000 });
	});

	test('Get Chats with a limit sends the filters and outputs one item per chat', async () => {
		const run = await rig.run(mode, {
			parameters: {
				resource: 'instance',
				operation: 'getChats',
				returnAll: false,
				limit: 3,
				filters: { wa_isGroup: false, name: ' Contact ', lead_status: '' },
				chatOptions: { operator: 'OR', sort: 'name' },
			},
		});
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			{
				method: 'POST',
				path: '/chat/find',
				body: { wa_isGroup: false, name: 'Contact', operator: 'OR', sort: 'name', limit: 3, offset: 0 },
			},
		]);
		expect(jsonOf(run)).toEqual(rig.uazapi.state.chats.slice(0, 3));
		expect(run.outputs[0].map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }, { item: 0 }]);
	});

	test('Get Chats with Return All follows the pages until the last one', async () => {
		rig.uazapi.state.chats.push(
			...Array.from({ length: 200 }, (_, i) => ({ id: `x${i}`, wa_chatid: `5521${String(i).padStart(8, '0')}@s.whatsapp.net` })),
		);
		const run = await rig.run(mode, { parameters: { resource: 'instance', operation: 'getChats', returnAll: true } });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			{ method: 'POST', path: '/chat/find', body: { limit: 100, offset: 0 } },
			{ method: 'POST', path: '/chat/find', body: { limit: 100, offset: 100 } },
			{ method: 'POST', path: '/chat/find', body: { limit: 100, offset: 200 } },
		]);
		expect(jsonOf(run)).toEqual(rig.uazapi.state.chats);
		expect(jsonOf(run)).toHaveLength(207);
	});
});

describe('Get Chats against a server that ignores the offset', () => {
	test('stops when a page repeats instead of looping forever', async () => {
		const chats = [{ wa_chatid: '5511900000001@s.whatsapp.net' }, { wa_chatid: '5511900000002@s.whatsapp.net' }];
		rig.uazapi.reply('POST /chat/find', { status: 200, body: { chats, pagination: { hasNextPage: true } } });
		const run = await rig.run('direct', { parameters: { resource: 'instance', operation: 'getChats', returnAll: true } });
		expectSuccess(run);
		expect(jsonOf(run)).toEqual(chats);
		expect(rig.sent('direct')).toEqual([
			{ method: 'POST', path: '/chat/find', body: { limit: 100, offset: 0 } },
			{ method: 'POST', path: '/chat/find', body: { limit: 100, offset: 2 } },
		]);
	});
});

describe('Set Profile picture from a binary property', () => {
	test('refuses a file that is not a JPEG, before any request', async () => {
		const run = await rig.run('direct', {
			parameters: { resource: 'instance', operation: 'setProfile', profileField: 'picture', pictureSource: 'binary' },
			items: [{ json: {}, binary: { data: { data: QR_PNG.toString('base64'), mimeType: 'image/png', fileName: 'me.png' } } }],
		});
		expect(run.error).toMatchObject({
			message: 'Input Binary Field must hold a JPEG image, not image/png (item 0)',
			description: 'WhatsApp profile and group pictures are JPEG images of at most 640×640.',
		});
		expect(rig.sent('direct')).toEqual([]);
	});
});
