import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { PHOTO_JPEG } from '../doubles/files';
import type { Group } from '../doubles/responders/group';
import { groupObject, groupsOf, TEAM_GROUP } from '../doubles/responders/group';
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
		getGroups: { parameters: { returnAll: true } },
		getInviteInfo: { parameters: { inviteCode: 'https://chat.whatsapp.com/IYnl5Zg9bUcJD32rJrDzO7' } },
		joinGroup: { parameters: { inviteCode: 'IYnl5Zg9bUcJD32rJrDzO7' } },
		resetInviteLink: { parameters: { groupId: TEAM_GROUP } },
		// The second person did not ask to join, so `reason` shows as text.
		approveRequests: { parameters: { groupId: TEAM_GROUP, participants: '5511955556666, 5511900000404' } },
		rejectRequests: { parameters: { groupId: TEAM_GROUP, participants: '5511955556666, 5511900000404' } },
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
	community: {
		createCommunity: { parameters: { communityName: 'Neighbourhood' } },
		// The second group does not exist, so it comes out with success false.
		addGroups: {
			parameters: { communityId: '120363800000000001@g.us', groupIds: `${TEAM_GROUP}, 120363000000000099@g.us` },
			arrange: (uazapi) => {
				groupsOf(uazapi.state).set('120363800000000001@g.us', {
					...groupObject(uazapi.state, '120363800000000001@g.us', 'Neighbourhood', []),
					IsParent: true,
				});
			},
		},
		removeGroups: {
			parameters: { communityId: '120363800000000001@g.us', groupIds: `${TEAM_GROUP}, 120363000000000099@g.us` },
			arrange: (uazapi) => {
				groupsOf(uazapi.state).set('120363800000000001@g.us', {
					...groupObject(uazapi.state, '120363800000000001@g.us', 'Neighbourhood', []),
					IsParent: true,
				});
				(groupsOf(uazapi.state).get(TEAM_GROUP) as Group).LinkedParentJID = '120363800000000001@g.us';
			},
		},
	},
	business: {
		getProfile: { parameters: { businessNumber: '5511977776666' } },
		updateProfile: { parameters: { businessProfileFields: { description: 'Electronics', address: 'Rua A, 1', email: 'a@example.com' } } },
		getCategories: {},
		getProducts: { parameters: { businessNumber: '5511977776666', returnAll: false, limit: 2 } },
		getProduct: { parameters: { businessNumber: '5511977776666', productId: '1234567891' } },
		deleteProduct: { parameters: { productId: '1234567891' } },
		showProduct: { parameters: { productId: '1234567891' } },
		hideProduct: { parameters: { productId: '1234567891' } },
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
