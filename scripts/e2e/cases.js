'use strict';
// The e2e cases: each one is a branch of the workflow that `npm run test:e2e` runs in real n8n, once
// with a proxy-mode credential and once with a direct one. Branches run top to bottom, one after the
// other, against one Uazapi double whose state carries over (Webhook Set, then Get, then Delete).
//
// A case:
//   name        unique node name of the Uazapi node (shown in n8n and in failures)
//   parameters  the Uazapi node's parameters
//   before      optional nodes between the Manual Trigger and the Uazapi node ({ name, type, typeVersion, parameters })
//   onError     optional node setting, e.g. 'continueErrorOutput'
//   requests    exactly what reached Uazapi, in order: [{ method, path, body? }]
//   output      exactly the json of the items on the success output; or ({ uazapiUrl }) => items
//   binary      optional: { <property>: { mimeType, fileName, fileExtension, bytes: Buffer } } of the first item
//   errorOutput optional: exactly the json of the items on the error output (with onError 'continueErrorOutput')
//   pairedItems optional: { output: [i…], errorOutput: [i…] } the input item each output item links to (default 0)
//
// Adding a resource later: append cases here; no other file changes.
const { doubles } = require('./paths');

const { QR_PNG, createState, nextId } = require(`${doubles}/responders/state`);
const { RECEIVED } = require(`${doubles}/responders/media`);
const { lidOf } = require(`${doubles}/responders/contact`);
const { TEAM_GROUP, groupObject, participant } = require(`${doubles}/responders/group`);
const { labelObject } = require(`${doubles}/responders/label`);
const { OWN_CHANNEL, OWN_CHANNEL_INVITE, channelObject, channelPosts } = require(`${doubles}/responders/channel`);
const { campaignId } = require(`${doubles}/responders/campaign`);
const { CHATWOOT_INBOX_WEBHOOK } = require(`${doubles}/responders/chatwoot`);

const OWNER = '5511988887777';
const INSTANCE = { id: 'r183e2ef9597845', name: 'my-instance', profileName: 'My Business', owner: OWNER, isBusiness: true };
const QR_DATA_URI = `data:image/png;base64,${QR_PNG.toString('base64')}`;
// The double hands out deterministic IDs: the first webhook it creates gets this one.
const FIRST_WEBHOOK_ID = nextId(createState('any'), 'wh');
const HOOK_URL = 'https://example.com/whatsapp-events';
// The double's one ID counter (webhooks, sends, download links, groups) goes up across the run: its n-th ID.
const nthId = (n, prefix) => nextId({ nextId: n }, prefix);
// A few bytes that start like a JPEG file; enough for Uazapi's double, which does not decode images.
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
// A received PDF the double can download (responders/media.ts).
const RECEIVED_PDF_ID = '3A1B2C3D4E5F60718293';

/** The double's answer to a send: the stored message (its n-th ID) plus `response`. */
function sendAnswer(n, { chatid, messageType, text = '', fileURL = '' }) {
	const messageid = nthId(n, '3EB0');
	return {
		id: `${OWNER}:${messageid}`,
		messageid,
		chatid,
		sender: `${OWNER}@s.whatsapp.net`,
		senderName: 'My Business',
		isGroup: false,
		fromMe: true,
		messageType,
		source: 'api',
		messageTimestamp: 1770000000000 + n + 1,
		status: 'Sent',
		text,
		quoted: '',
		owner: OWNER,
		wasSentByApi: true,
		track_source: '',
		track_id: '',
		fileURL,
		response: { status: 'success', message: 'Message sent successfully', ...(fileURL ? { fileUrl: fileURL } : {}) },
	};
}

/** A sent message as Uazapi's history keeps it (what /message/find returns): the send's answer without `response`. */
function storedMessage({ response: _response, ...message }) {
	return message;
}

/** Nodes that put `bytes` into the binary property `property` (Set a base64 field, then Convert to File). */
function binaryFile(property, bytes, fileName, mimeType) {
	return [
		{
			name: 'Base64 Field',
			type: 'n8n-nodes-base.set',
			typeVersion: 3.4,
			parameters: {
				assignments: { assignments: [{ id: 'b64', name: 'fileBase64', value: bytes.toString('base64'), type: 'string' }] },
				options: {},
			},
		},
		{
			name: 'Convert to File',
			type: 'n8n-nodes-base.convertToFile',
			typeVersion: 1.1,
			parameters: {
				operation: 'toBinary',
				sourceProperty: 'fileBase64',
				binaryPropertyName: property,
				options: { fileName, mimeType },
			},
		},
	];
}

module.exports = [
	{
		name: 'Instance Get Status',
		parameters: { resource: 'instance', operation: 'getStatus' },
		requests: [{ method: 'GET', path: '/instance/status' }],
		output: [
			{
				instance: { ...INSTANCE, status: 'connected' },
				status: { connected: true, loggedIn: true, jid: { user: OWNER, agent: 0, device: 0, server: 's.whatsapp.net' } },
			},
		],
	},
	{
		name: 'Instance Get QR Code',
		parameters: { resource: 'instance', operation: 'getQrCode' },
		requests: [{ method: 'POST', path: '/instance/connect' }],
		output: [
			{
				connected: false,
				loggedIn: false,
				jid: null,
				instance: { ...INSTANCE, status: 'connecting', qrcode: QR_DATA_URI, paircode: '' },
				qrCode: QR_DATA_URI,
				pairingCode: null,
			},
		],
		binary: { data: { mimeType: 'image/png', fileName: 'qr-code.png', fileExtension: 'png', bytes: QR_PNG } },
	},
	{
		name: 'Instance Set Profile Picture',
		before: binaryFile('photo', JPEG, 'me.jpg', 'image/jpeg'),
		parameters: {
			resource: 'instance',
			operation: 'setProfile',
			profileField: 'picture',
			pictureSource: 'binary',
			binaryPropertyName: 'photo',
		},
		requests: [{ method: 'POST', path: '/profile/image', body: { image: `data:image/jpeg;base64,${JPEG.toString('base64')}` } }],
		output: [
			{
				success: true,
				message: 'Profile image updated successfully',
				profile: { image_updated: true, image_removed: false, updated_at: 1770000000 },
			},
		],
	},
	{
		name: 'Webhook Set',
		parameters: { resource: 'webhook', operation: 'setWebhook', webhookUrl: HOOK_URL, events: ['messages', 'connection'] },
		requests: [
			{
				method: 'POST',
				path: '/webhook',
				body: { url: HOOK_URL, events: ['messages', 'connection'], excludeMessages: ['wasSentByApi'], enabled: true },
			},
		],
		output: [
			{
				id: FIRST_WEBHOOK_ID,
				enabled: true,
				url: HOOK_URL,
				events: ['messages', 'connection'],
				excludeMessages: ['wasSentByApi'],
				addUrlEvents: false,
				addUrlTypesMessages: false,
			},
		],
	},
	{
		name: 'Webhook Get',
		parameters: { resource: 'webhook', operation: 'getWebhook' },
		requests: [{ method: 'GET', path: '/webhook' }],
		output: [
			{
				id: FIRST_WEBHOOK_ID,
				enabled: true,
				url: HOOK_URL,
				events: ['messages', 'connection'],
				excludeMessages: ['wasSentByApi'],
				addUrlEvents: false,
				addUrlTypesMessages: false,
			},
		],
	},
	{
		name: 'Webhook Delete',
		parameters: { resource: 'webhook', operation: 'deleteWebhook', webhookId: { __rl: true, mode: 'id', value: FIRST_WEBHOOK_ID } },
		requests: [
			{ method: 'GET', path: '/webhook' },
			{ method: 'POST', path: '/webhook', body: { action: 'delete', id: FIRST_WEBHOOK_ID, url: HOOK_URL } },
		],
		output: [{ deleted: true, id: FIRST_WEBHOOK_ID, url: HOOK_URL }],
	},
	{
		name: 'Webhook Delete Unknown (error output)',
		parameters: { resource: 'webhook', operation: 'deleteWebhook', webhookId: { __rl: true, mode: 'id', value: 'wh-unknown' } },
		onError: 'continueErrorOutput',
		requests: [{ method: 'GET', path: '/webhook' }],
		output: [],
		errorOutput: [{ error: 'Webhook not found' }],
	},
	{
		name: 'Message Send Text',
		parameters: {
			resource: 'message',
			operation: 'sendText',
			phoneNumber: '+55 11 90000-0001',
			messageText: 'Your order has shipped',
			additionalFields: { delay: 2 },
		},
		requests: [{ method: 'POST', path: '/send/text', body: { number: '5511900000001', text: 'Your order has shipped', delay: 2000 } }],
		// The webhook took ID 1.
		output: [sendAnswer(2, { chatid: '5511900000001@s.whatsapp.net', messageType: 'ExtendedTextMessage', text: 'Your order has shipped' })],
	},
	{
		// The double keeps what it sends, as Uazapi does: the chat holds the message of Message Send Text.
		name: 'Message Get Messages',
		parameters: { resource: 'message', operation: 'getMessages', phoneNumber: '5511900000001', limit: 3 },
		requests: [{ method: 'POST', path: '/message/find', body: { chatid: '5511900000001@s.whatsapp.net', limit: 3, offset: 0 } }],
		output: [storedMessage(sendAnswer(2, { chatid: '5511900000001@s.whatsapp.net', messageType: 'ExtendedTextMessage', text: 'Your order has shipped' }))],
	},
	{
		name: 'Media Send Document',
		before: binaryFile('invoice', PDF, 'invoice-2026-11.pdf', 'application/pdf'),
		parameters: { resource: 'media', operation: 'sendDocument', phoneNumber: '5511900000002', mediaSource: 'binary', binaryPropertyName: 'invoice' },
		requests: [
			{
				method: 'POST',
				path: '/send/media',
				body: {
					number: '5511900000002',
					type: 'document',
					file: PDF.toString('base64'),
					mimetype: 'application/pdf',
					docName: 'invoice-2026-11.pdf',
				},
			},
		],
		output: [
			sendAnswer(3, {
				chatid: '5511900000002@s.whatsapp.net',
				messageType: 'DocumentMessage',
				fileURL: `https://files.example.test/${nthId(3, '3EB0')}`,
			}),
		],
	},
	{
		name: 'Media Get Media URL',
		parameters: { resource: 'media', operation: 'getMediaUrl', mediaId: RECEIVED_PDF_ID, downloadFile: true },
		requests: [{ method: 'POST', path: '/message/download', body: { id: RECEIVED_PDF_ID, return_link: true } }],
		output: ({ uazapiUrl }) => [{ fileURL: `${uazapiUrl}/files/${nthId(4, '')}.pdf`, mimetype: 'application/pdf' }],
		binary: {
			data: { mimeType: 'application/pdf', fileName: `${RECEIVED_PDF_ID}.pdf`, fileExtension: 'pdf', bytes: RECEIVED[RECEIVED_PDF_ID].media.bytes },
		},
	},
	{
		name: 'Contact Check Number',
		parameters: { resource: 'contact', operation: 'checkNumber', phoneNumber: '+55 11 99999-9995, 5511900000000' },
		requests: [{ method: 'POST', path: '/chat/check', body: { numbers: ['5511999999995', '5511900000000'] } }],
		output: [
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
		],
	},
	{
		name: 'Group Create',
		parameters: {
			resource: 'group',
			operation: 'createGroup',
			groupName: ' Sales Team ',
			participants: '+55 11 95555-6666, 5511933334444@s.whatsapp.net',
		},
		requests: [{ method: 'POST', path: '/group/create', body: { name: 'Sales Team', participants: ['5511955556666', '5511933334444'] } }],
		output: [
			groupObject({ owner: OWNER }, `120363${900000000000 + 5}@g.us`, 'Sales Team', [
				participant('5511955556666'),
				participant('5511933334444'),
			]),
		],
	},
	{
		// Two items: the first adds someone; for the second nobody could be added, so it goes to the error output.
		name: 'Group Add Participant (second item to error output)',
		before: [
			{
				name: 'People',
				type: 'n8n-nodes-base.set',
				typeVersion: 3.4,
				parameters: {
					assignments: { assignments: [{ id: 'who', name: 'who', value: '["5511955556666", "5511900000403"]', type: 'array' }] },
					options: {},
				},
			},
			{ name: 'One Item Each', type: 'n8n-nodes-base.splitOut', typeVersion: 1, parameters: { fieldToSplitOut: 'who', options: {} } },
		],
		parameters: {
			resource: 'group',
			operation: 'addParticipant',
			groupId: { __rl: true, mode: 'id', value: TEAM_GROUP },
			participants: '={{ $json.who }}',
		},
		onError: 'continueErrorOutput',
		requests: ['5511955556666', '5511900000403'].map((number) => ({
			method: 'POST',
			path: '/group/updateParticipants',
			body: { groupjid: TEAM_GROUP, action: 'add', participants: [number] },
		})),
		output: [
			{ groupId: TEAM_GROUP, action: 'add', participant: '5511955556666@s.whatsapp.net', success: true, errorCode: 0, reason: null },
		],
		errorOutput: [{ error: 'No participant was added' }],
		pairedItems: { output: [0], errorOutput: [1] },
	},
	{
		name: 'Chat Pin',
		parameters: { resource: 'chat', operation: 'pin', chat: { __rl: true, mode: 'id', value: '5511900000001' } },
		requests: [{ method: 'POST', path: '/chat/pin', body: { number: '5511900000001@s.whatsapp.net', pin: true } }],
		output: [{ response: 'Chat pinned' }],
	},
	{
		// The double starts with labels 1 and 5: the new label gets the next free ID.
		name: 'Label Create',
		parameters: { resource: 'label', operation: 'create', labelName: 'VIP', labelOptions: { color: 2 } },
		requests: [
			{ method: 'GET', path: '/labels' },
			{ method: 'POST', path: '/label/edit', body: { labelid: '6', name: 'VIP', color: 2 } },
		],
		output: [{ response: 'Label edited', labelid: '6', name: 'VIP', color: 2 }],
	},
	{
		name: 'Label Get Many',
		parameters: { resource: 'label', operation: 'getMany' },
		requests: [{ method: 'GET', path: '/labels' }],
		output: [
			labelObject({ owner: OWNER }, '1', 'New customer', 1),
			labelObject({ owner: OWNER }, '5', 'Paid', 5),
			labelObject({ owner: OWNER }, '6', 'VIP', 2),
		],
	},
	{
		name: 'Quick Reply Delete Unknown (error output)',
		parameters: { resource: 'quickReply', operation: 'delete', quickReply: { __rl: true, mode: 'id', value: 'greeting' } },
		onError: 'continueErrorOutput',
		requests: [{ method: 'GET', path: '/quickreply/showall' }],
		output: [],
		errorOutput: [{ error: 'Quick reply not found: "greeting" (item 0)' }],
	},
	// Admin resource: needs the Uazapi Admin API credential (admintoken) beside the instance one.
	{
		name: 'Admin Get Many Instances',
		parameters: { resource: 'admin', operation: 'getManyInstances' },
		requests: [{ method: 'GET', path: '/instance/all' }],
		output: [
			{ id: INSTANCE.id, status: 'connected', name: INSTANCE.name, profileName: INSTANCE.profileName, owner: OWNER, isBusiness: true, adminField01: 'client-42', created: '2026-01-01T12:00:00.000Z' },
			{
				id: 'r283e2ef9597846',
				name: 'instance-2',
				status: 'disconnected',
				lastDisconnect: '2026-01-02T12:00:00.000Z',
				lastDisconnectReason: 'manual disconnect',
				created: '2026-01-02T12:00:00.000Z',
			},
		],
	},
	{
		name: 'AI Agent Get Many Agents',
		parameters: { resource: 'agent', operation: 'getManyAgents' },
		requests: [{ method: 'GET', path: '/agent/list' }],
		output: [],
	},
	{
		name: 'Channel Get',
		parameters: { resource: 'channel', operation: 'getChannel', channelId: { __rl: true, mode: 'id', value: '120363123456789012' } },
		requests: [{ method: 'POST', path: '/newsletter/info', body: { jid: OWN_CHANNEL } }],
		output: [channelObject(OWN_CHANNEL, 'Store News', 'owner', { description: 'Offers and news', invite: OWN_CHANNEL_INVITE, subscribers: 1200 })],
	},
	{
		name: 'Channel Get Many Posts',
		parameters: { resource: 'channel', operation: 'getPosts', channelId: { __rl: true, mode: 'id', value: OWN_CHANNEL }, limit: 2 },
		requests: [{ method: 'POST', path: '/newsletter/messages', body: { jid: OWN_CHANNEL, count: 2 } }],
		output: channelPosts().reverse().slice(0, 2),
	},
	// Campaign: all input items make one campaign (the first item sends it, the others output nothing).
	{
		name: 'Campaign Create Simple From Items',
		before: [
			{
				name: 'Recipients',
				type: 'n8n-nodes-base.set',
				typeVersion: 3.4,
				parameters: {
					assignments: { assignments: [{ id: 'who', name: 'who', value: '["+55 11 95555-6666", "5511900000403"]', type: 'array' }] },
					options: {},
				},
			},
			{ name: 'One Recipient Each', type: 'n8n-nodes-base.splitOut', typeVersion: 1, parameters: { fieldToSplitOut: 'who', options: {} } },
		],
		parameters: {
			resource: 'campaign',
			operation: 'createSimpleCampaign',
			campaignName: 'e2e campaign',
			recipientSource: 'items',
			recipientNumber: '={{ $json.who }}',
			messageType: 'text',
			campaignText: 'Hello from n8n',
			delayMin: 10,
			delayMax: 30,
			startMode: 'minutes',
			startInMinutes: 5,
		},
		requests: [
			{
				method: 'POST',
				path: '/sender/simple',
				body: {
					numbers: ['5511955556666', '5511900000403'],
					type: 'text',
					text: 'Hello from n8n',
					delayMin: 10,
					delayMax: 30,
					scheduled_for: 5,
					folder: 'e2e campaign',
				},
			},
		],
		output: [{ folder_id: campaignId(1, 'e2e campaign'), count: 2, status: 'queued' }],
	},
	{
		name: 'Campaign Clear Whole Queue',
		parameters: { resource: 'campaign', operation: 'clearQueue' },
		requests: [{ method: 'DELETE', path: '/sender/clearall' }],
		output: [{ status: 'processed', messages_deleted: 2, folders_deleted: 1 }],
	},
	// Chatwoot: the access token travels to Uazapi but never shows in an output.
	{
		name: 'Chatwoot Update Configuration',
		parameters: {
			resource: 'chatwoot',
			operation: 'updateConfig',
			chatwootEnabled: true,
			chatwootUrl: 'https://app.chatwoot.com',
			chatwootAccessToken: 'e2e-chatwoot-token',
			chatwootAccountId: 1,
			chatwootInboxId: 5,
		},
		requests: [
			{
				method: 'PUT',
				path: '/chatwoot/config',
				body: { enabled: true, url: 'https://app.chatwoot.com', access_token: 'e2e-chatwoot-token', account_id: 1, inbox_id: 5 },
			},
		],
		output: [
			{
				message: 'Chatwoot config updated successfully, put this URL in Chatwoot inbox webhook settings:',
				chatwoot_inbox_webhook_url: CHATWOOT_INBOX_WEBHOOK,
			},
		],
	},
	{
		name: 'Chatwoot Get Configuration',
		parameters: { resource: 'chatwoot', operation: 'getConfig' },
		requests: [{ method: 'GET', path: '/chatwoot/config' }],
		output: [
			{
				chatwoot_enabled: true,
				chatwoot_url: 'https://app.chatwoot.com',
				chatwoot_account_id: 1,
				chatwoot_inbox_id: 5,
				chatwoot_ignore_groups: false,
				chatwoot_sign_messages: false,
				chatwoot_create_new_conversation: false,
			},
		],
	},
	{
		name: 'Message Send Presence',
		parameters: { resource: 'message', operation: 'sendPresence', phoneNumber: '5511900000001', presence: 'composing', duration: 5 },
		requests: [{ method: 'POST', path: '/message/presence', body: { number: '5511900000001', presence: 'composing', delay: 5000 } }],
		output: [{ response: 'Chat presence sent successfully' }],
	},
	{
		name: 'Call Make',
		parameters: { resource: 'call', operation: 'make', phoneNumber: '+55 11 90000-0001', ringSeconds: 15 },
		requests: [{ method: 'POST', path: '/call/make', body: { number: '5511900000001', call_duration: 15 } }],
		output: [{ response: 'Call successful' }],
	},
	{
		name: 'Call Reject',
		parameters: { resource: 'call', operation: 'reject', phoneNumber: '5521987654321', callId: 'ABEiGmo8oqkAcAKrBYQAAAAA_1' },
		requests: [{ method: 'POST', path: '/call/reject', body: { number: '5521987654321', id: 'ABEiGmo8oqkAcAKrBYQAAAAA_1' } }],
		output: [{ response: 'Call rejected' }],
	},
	{
		// Team Chat is a group, not a community: Uazapi refuses (400), the item goes to the error output.
		name: 'Community Add Groups (not a community)',
		parameters: {
			resource: 'community',
			operation: 'addGroups',
			communityId: { __rl: true, mode: 'id', value: TEAM_GROUP },
			groupIds: '120363000000000099@g.us',
		},
		onError: 'continueErrorOutput',
		requests: [
			{ method: 'POST', path: '/community/editgroups', body: { community: TEAM_GROUP, action: 'add', groupjids: ['120363000000000099@g.us'] } },
		],
		output: [],
		errorOutput: [{ error: 'Uazapi rejected the request' }],
	},
	{
		name: 'Business Get Categories',
		parameters: { resource: 'business', operation: 'getCategories' },
		requests: [{ method: 'GET', path: '/business/get/categories' }],
		output: [
			{ id: '1223524174334504', localized_display_name: 'Shopping & retail' },
			{ id: '629412378414563', localized_display_name: 'Education' },
		],
	},
	{
		name: 'AI Agent Delete Function (unknown)',
		parameters: { resource: 'agent', operation: 'deleteFunction', functionId: { __rl: true, mode: 'id', value: 'fn-missing' } },
		onError: 'continueErrorOutput',
		requests: [{ method: 'GET', path: '/function/list' }],
		output: [],
		errorOutput: [{ error: 'Function not found' }],
	},
];
