import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { PHOTO_JPEG } from '../doubles/files';
import { TEAM_GROUP } from '../doubles/responders/group';
import { chatHistory, quickReply } from '../doubles/responders/message';
import type { UazapiDouble } from '../doubles/uazapi';

/**
 * One run of an operation for its output schema: the node's parameters (resource and operation are
 * added from the table's keys), optional input items, and what the Uazapi double must hold first.
 */
export interface Sample {
	parameters?: IDataObject;
	items?: INodeExecutionData[];
	arrange?: (uazapi: UazapiDouble) => void;
}

/**
 * Sample parameters for every operation, by resource and operation value. `npm run schemas` runs each
 * through the node against the Uazapi double and writes the JSON Schema of the items it produced to
 * nodes/Uazapi/__schema__, where the n8n editor finds it (the schema preview of a node not yet run).
 * Several samples of one operation (e.g. one per variant) are merged into one schema.
 * A new operation needs an entry here; test/schemas/schemas.test.ts fails until it has one and its schema.
 */
export const SAMPLES: Record<string, Record<string, Sample | Sample[]>> = {
	message: {
		sendText: { parameters: { phoneNumber: '5511900000001', messageText: 'Hello' } },
		sendTemplate: {
			parameters: { phoneNumber: '5511900000001', templateName: { __rl: true, mode: 'list', value: 'rb9da9c03637452' } },
			arrange: (uazapi) => {
				uazapi.state.quickReplies = [quickReply({ id: 'rb9da9c03637452', shortCut: 'greeting', type: 'text', text: 'Hello!' })];
			},
		},
		sendQuickReply: {
			parameters: {
				phoneNumber: '5511900000001',
				messageText: 'How can we help?',
				buttons: { button: [{ type: 'reply', text: 'Sales', id: 'sales' }] },
			},
		},
		sendList: {
			parameters: {
				phoneNumber: '5511900000001',
				messageText: 'Our menu',
				listButton: 'See options',
				listItems: { item: [{ section: 'Pizzas', title: 'Margherita', id: 'p1', description: 'Tomato, basil' }] },
			},
		},
		sendPoll: {
			parameters: { phoneNumber: '5511900000001', messageText: 'Which day?', pollOptions: { option: [{ text: 'Monday' }, { text: 'Friday' }] } },
		},
		sendLocation: { parameters: { phoneNumber: '5511900000001', latitude: -23.5505, longitude: -46.6333, locationName: 'Our shop' } },
		getMessages: {
			parameters: { phoneNumber: '5511900000001', returnAll: true },
			arrange: (uazapi) => {
				uazapi.state.messages = chatHistory(uazapi.state, '5511900000001@s.whatsapp.net', 2);
			},
		},
		markAsRead: [
			{
				parameters: { readScope: 'messages', messageId: '3A00000000000001' },
				arrange: (uazapi) => {
					uazapi.state.messages = chatHistory(uazapi.state, '5511900000001@s.whatsapp.net', 1);
				},
			},
			{ parameters: { readScope: 'chat', phoneNumber: '5511900000001' } },
		],
		// Message actions (reactions, edits, deletions, presence, status, interactive sends, async queue).
		reactToMessage: {
			parameters: { phoneNumber: '5511900000001', messageId: '3A00000000000001', reaction: '👍' },
			arrange: (uazapi) => {
				uazapi.state.messages = chatHistory(uazapi.state, '5511900000001@s.whatsapp.net', 1);
			},
		},
		removeReaction: {
			parameters: { phoneNumber: '5511900000001', messageId: '3A00000000000001' },
			arrange: (uazapi) => {
				uazapi.state.messages = chatHistory(uazapi.state, '5511900000001@s.whatsapp.net', 1);
			},
		},
		editMessage: {
			parameters: { messageId: '3A00000000000001', messageText: 'Fixed text' },
			arrange: (uazapi) => {
				uazapi.state.messages = chatHistory(uazapi.state, '5511900000001@s.whatsapp.net', 1, { fromMe: true });
			},
		},
		deleteMessage: {
			parameters: { messageId: '3A00000000000001' },
			arrange: (uazapi) => {
				uazapi.state.messages = chatHistory(uazapi.state, '5511900000001@s.whatsapp.net', 1);
			},
		},
		sendPresence: { parameters: { phoneNumber: '5511900000001', presence: 'composing', duration: 10 } },
		sendStatus: [
			{ parameters: { statusType: 'text', statusText: 'New arrivals!', statusStyle: { backgroundColor: 7 } } },
			{ parameters: { statusType: 'image', mediaUrl: 'https://cdn.example.com/today.jpg', statusText: 'Menu' } },
		],
		sendCarousel: {
			parameters: {
				phoneNumber: '5511900000001',
				messageText: 'Our products',
				cards: { card: [{ text: 'Shoes', image: 'https://cdn.example.com/shoes.jpg', buttons: { button: [{ type: 'reply', text: 'Buy', value: 'buy' }] } }] },
			},
		},
		requestLocation: { parameters: { phoneNumber: '5511900000001', messageText: 'Where should we deliver?' } },
		requestPayment: { parameters: { phoneNumber: '5511900000001', amount: 199.9, paymentDetails: { pixKey: '123e4567-e89b-12d3-a456-426614174000' } } },
		sendPixButton: { parameters: { phoneNumber: '5511900000001', pixType: 'EVP', pixKey: '123e4567-e89b-12d3-a456-426614174000' } },
		getAsyncQueue: {},
		clearAsyncQueue: {},
	},
	media: {
		sendImage: { parameters: { phoneNumber: '5511999998888', mediaUrl: 'https://cdn.example.com/today.jpg', caption: 'Menu' } },
		sendDocument: { parameters: { phoneNumber: '5511999998888', mediaUrl: 'https://cdn.example.com/invoice.pdf', filename: 'invoice.pdf' } },
		sendAudio: { parameters: { phoneNumber: '5511999998888', mediaUrl: 'https://cdn.example.com/hello.ogg', audioType: 'ptt' } },
		sendVideo: { parameters: { phoneNumber: '5511999998888', mediaUrl: 'https://cdn.example.com/clip.mp4' } },
		sendSticker: { parameters: { phoneNumber: '5511999998888', mediaUrl: 'https://cdn.example.com/s.webp' } },
		uploadMedia: {
			parameters: { mediaSource: 'binary', binaryPropertyName: 'data' },
			items: [{ json: {}, binary: { data: { data: PHOTO_JPEG.toString('base64'), mimeType: 'image/jpeg', fileName: 'photo.jpg' } } }],
		},
		getMediaUrl: { parameters: { mediaId: '3A5F0C2B9D1E4F60A7B8' } },
	},
	contact: {
		sendContact: { parameters: { phoneNumber: '5511988881234', contactName: 'Maria', contactNumber: '5511999999999' } },
		getContactInfo: { parameters: { phoneNumber: '5511999999999' } },
		checkNumber: { parameters: { phoneNumber: '5511999999995, 5511900000000' } },
		getProfilePhoto: { parameters: { phoneNumber: '5511999999999' } },
		blockContact: { parameters: { phoneNumber: '5511999999999' } },
		unblockContact: { parameters: { phoneNumber: '5511999999999' } },
	},
	group: {
		createGroup: { parameters: { groupName: 'Sales Team', participants: '5511955556666' } },
		getGroupInfo: { parameters: { groupId: TEAM_GROUP } },
		updateGroup: { parameters: { groupId: TEAM_GROUP, updateField: 'name', groupName: 'Team' } },
		// The second person fails (already in the group / not in it), so `reason` shows as text.
		addParticipant: { parameters: { groupId: TEAM_GROUP, participants: '5511955556666, 5511933334444' } },
		removeParticipant: { parameters: { groupId: TEAM_GROUP, participants: '5511933334444, 5511900000404' } },
		promoteAdmin: { parameters: { groupId: TEAM_GROUP, participants: '5511933334444, 5511900000404' } },
		demoteAdmin: { parameters: { groupId: TEAM_GROUP, participants: '5511911112222, 5511900000404' } },
		leaveGroup: { parameters: { groupId: TEAM_GROUP } },
	},
	instance: {
		getStatus: {},
		getQrCode: [{}, { parameters: { pairingPhoneNumber: '5511988887777' } }],
		restartInstance: {},
		logout: {},
		setProfile: { parameters: { profileField: 'name', profileName: 'My Business' } },
		getChats: { parameters: { returnAll: true } },
	},
	webhook: {
		setWebhook: { parameters: { webhookUrl: 'https://hooks.example.com/wa', events: ['messages'] } },
		getWebhook: {
			arrange: (uazapi) => {
				uazapi.state.webhooks = [webhook()];
			},
		},
		deleteWebhook: {
			parameters: { webhookId: { __rl: true, mode: 'id', value: 'wh-1' } },
			arrange: (uazapi) => {
				uazapi.state.webhooks = [webhook()];
			},
		},
	},
	call: {
		make: { parameters: { phoneNumber: '5511900000001', ringSeconds: 15 } },
		reject: { parameters: { phoneNumber: '5511900000001', callId: 'ABEiGmo8oqkAcAKrBYQAAAAA_1' } },
	},
};

function webhook() {
	return {
		id: 'wh-1',
		enabled: true,
		url: 'https://hooks.example.com/wa',
		events: ['messages'],
		excludeMessages: ['wasSentByApi'],
		addUrlEvents: false,
		addUrlTypesMessages: false,
	};
}
