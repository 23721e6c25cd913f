import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { PHOTO_JPEG } from '../doubles/files';
import { adminState } from '../doubles/responders/admin';
import { chatbotState } from '../doubles/responders/agent';
import { FOLLOWED_CHANNEL, OWN_CHANNEL, OWN_CHANNEL_INVITE } from '../doubles/responders/channel';
import { seedCampaign } from '../doubles/responders/campaign';
import { chatwootConfigOf } from '../doubles/responders/chatwoot';
import { instanceSettingsOf, webhookDeliveryError } from '../doubles/responders/instanceSettings';
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

const CHAT = { __rl: true, mode: 'id', value: '5511900000001' };

function savedReplies(uazapi: UazapiDouble) {
	uazapi.state.quickReplies = [quickReply({ id: 'rb9da9c03637452', shortCut: 'greeting', type: 'text', text: 'Hello!' })];
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
		getMany: [{ parameters: { returnAll: true } }, { parameters: { limit: 2 } }],
		addContact: { parameters: { phoneNumber: '5511977776666', contactName: 'Dora Reis' } },
		removeContact: { parameters: { phoneNumber: '5511900000002' } },
		getBlocked: {},
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
		renameInstance: { parameters: { instanceName: 'Sales team' } },
		deleteInstance: {},
		getPrivacy: {},
		setPrivacy: { parameters: { privacySettings: { last: 'none' } } },
		setPresence: { parameters: { presence: 'available' } },
		setMessageDelay: { parameters: { msgDelayMin: 1, msgDelayMax: 4 } },
		updateChatbotSettings: { parameters: { chatbotSettings: { chatbot_enabled: true, chatbot_stopMinutes: 30 } } },
		getProxy: {},
		setProxy: { parameters: { proxyUrl: 'http://203.0.113.7:3128', proxyUsername: 'alice', proxyPassword: 'secret-pass' } },
		removeProxy: {},
	},
	channel: {
		createChannel: { parameters: { channelName: 'Promotions', createChannelOptions: { description: 'Weekly deals' } } },
		getChannels: { parameters: { returnAll: true } },
		getChannel: { parameters: { channelId: OWN_CHANNEL } },
		getChannelByLink: { parameters: { inviteLink: `https://whatsapp.com/channel/${OWN_CHANNEL_INVITE}` } },
		searchChannels: { parameters: { limit: 2 } },
		getPosts: { parameters: { channelId: OWN_CHANNEL, limit: 2 } },
		getPostUpdates: { parameters: { channelId: OWN_CHANNEL } },
		subscribeLiveUpdates: { parameters: { channelId: FOLLOWED_CHANNEL } },
		markPostsViewed: { parameters: { channelId: OWN_CHANNEL, serverIds: '105' } },
		reactToPost: { parameters: { channelId: OWN_CHANNEL, serverId: '105', reaction: '🔥' } },
		editPost: { parameters: { channelId: OWN_CHANNEL, postId: '105', postText: 'Updated' } },
		deletePost: { parameters: { channelId: OWN_CHANNEL, postId: '105' } },
		followChannel: { parameters: { channelId: FOLLOWED_CHANNEL } },
		unfollowChannel: { parameters: { channelId: FOLLOWED_CHANNEL } },
		muteChannel: { parameters: { channelId: FOLLOWED_CHANNEL } },
		unmuteChannel: { parameters: { channelId: FOLLOWED_CHANNEL } },
		deleteChannel: { parameters: { channelId: OWN_CHANNEL } },
		updateChannelPicture: { parameters: { channelId: OWN_CHANNEL, channelPictureUrl: 'https://cdn.example.com/logo.jpg' } },
		updateChannelName: { parameters: { channelId: OWN_CHANNEL, channelName: 'Deals' } },
		updateChannelDescription: { parameters: { channelId: OWN_CHANNEL, channelDescription: 'New offers daily' } },
		updateChannelSettings: { parameters: { channelId: OWN_CHANNEL, reactionCodes: 'basic' } },
		inviteAdmin: { parameters: { channelId: OWN_CHANNEL, phoneNumber: '5511999998888' } },
		acceptAdminInvite: { parameters: { channelId: FOLLOWED_CHANNEL } },
		removeAdmin: { parameters: { channelId: OWN_CHANNEL, phoneNumber: '5511999998888' } },
		revokeAdminInvite: { parameters: { channelId: OWN_CHANNEL, phoneNumber: '5511999998888' } },
		transferOwnership: { parameters: { channelId: OWN_CHANNEL, phoneNumber: '5511999998888' } },
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
		getDeliveryErrors: {
			arrange: (uazapi) => {
				instanceSettingsOf(uazapi.state).webhookErrors = [webhookDeliveryError(uazapi.state)];
			},
		},
	},
	campaign: {
		createSimpleCampaign: {
			parameters: { phoneNumbers: '5511900000001, 5511900000002', campaignText: 'Hello!', delayMin: 10, delayMax: 30 },
		},
		createAdvancedCampaign: {
			parameters: { messages: { message: [{ recipientNumber: '5511900000001', messageType: 'text', campaignText: 'Hi Ana' }] } },
		},
		controlCampaign: {
			parameters: { campaignId: { __rl: true, mode: 'id', value: 'r-seeded' }, campaignAction: 'stop' },
			arrange: (uazapi) => {
				seedCampaign(uazapi.state, 'January offer', 2, 'r-seeded');
			},
		},
		getCampaigns: {
			parameters: { returnAll: true },
			arrange: (uazapi) => {
				seedCampaign(uazapi.state, 'January offer', 2, 'r-seeded');
			},
		},
		getCampaignMessages: {
			parameters: { campaignId: { __rl: true, mode: 'id', value: 'r-seeded' }, returnAll: true },
			arrange: (uazapi) => {
				seedCampaign(uazapi.state, 'January offer', 2, 'r-seeded');
			},
		},
		clearSentMessages: { parameters: { keepHours: 168 } },
		clearQueue: {
			arrange: (uazapi) => {
				seedCampaign(uazapi.state, 'January offer', 2, 'r-seeded');
			},
		},
	},
	chatwoot: {
		getConfig: {
			arrange: (uazapi) => {
				Object.assign(chatwootConfigOf(uazapi.state), {
					chatwoot_enabled: true,
					chatwoot_url: 'https://app.chatwoot.com',
					chatwoot_account_id: 1,
					chatwoot_inbox_id: 5,
					chatwoot_access_token: 'chatwoot-token',
				});
			},
		},
		updateConfig: {
			parameters: {
				chatwootUrl: 'https://app.chatwoot.com',
				chatwootAccessToken: 'chatwoot-token',
				chatwootAccountId: 1,
				chatwootInboxId: 5,
			},
		},
	},
	chat: {
		getMany: { parameters: { returnAll: true } },
		archive: { parameters: { chat: CHAT } },
		unarchive: { parameters: { chat: CHAT } },
		pin: { parameters: { chat: CHAT } },
		unpin: { parameters: { chat: CHAT } },
		mute: { parameters: { chat: CHAT, muteDuration: 8 } },
		unmute: { parameters: { chat: CHAT } },
		markRead: { parameters: { chat: CHAT } },
		markUnread: { parameters: { chat: CHAT } },
		setLabels: [
			{ parameters: { chat: CHAT, labelChange: 'add', labelId: { __rl: true, mode: 'id', value: '1' } } },
			{ parameters: { chat: CHAT, labelChange: 'set', labelIds: ['5'] } },
		],
		editLead: { parameters: { chat: CHAT, leadFields: { lead_status: 'qualified', lead_tags: 'vip' } } },
		setLeadFieldNames: { parameters: { leadFieldNames: { field: [{ key: 'lead_field01', name: 'city' }] } } },
		delete: { parameters: { chat: CHAT, deleteScope: ['deleteChatWhatsApp'] } },
	},
	label: {
		getMany: {},
		create: { parameters: { labelName: 'VIP', labelOptions: { color: 2 } } },
		update: { parameters: { label: { __rl: true, mode: 'id', value: '5' }, labelFields: { name: 'Paid in full' } } },
		delete: { parameters: { label: { __rl: true, mode: 'id', value: '1' } } },
	},
	quickReply: {
		getMany: { arrange: savedReplies },
		create: { parameters: { shortCut: 'thanks', type: 'text', text: 'Thank you!' }, arrange: savedReplies },
		update: { parameters: { quickReply: { __rl: true, mode: 'id', value: 'greeting' }, quickReplyFields: { text: 'Hi!' } }, arrange: savedReplies },
		delete: { parameters: { quickReply: { __rl: true, mode: 'id', value: 'greeting' } }, arrange: savedReplies },
	},
	admin: {
		createInstance: { parameters: { instanceName: 'sales-team', additionalFields: { adminField01: 'client-7' } } },
		getManyInstances: {},
		updateAdminFields: {
			parameters: { instanceId: { __rl: true, mode: 'id', value: 'r283e2ef9597846' }, updateFields: { adminField01: 'client-9' } },
		},
		getGlobalWebhook: {
			arrange: (uazapi) => {
				adminState(uazapi.state).globalWebhook = { ...webhook(), id: 'global' };
			},
		},
		setGlobalWebhook: { parameters: { webhookUrl: 'https://hooks.example.com/all', events: ['messages'] } },
		getGlobalWebhookErrors: {
			arrange: (uazapi) => {
				adminState(uazapi.state).webhookErrors = [
					{
						created: '2026-03-23T15:08:00Z',
						url: 'https://example.com/global/messages',
						type: 'global',
						event: 'messages',
						message_type: 'text',
						status_code: 502,
						attempts: 3,
						error: 'webhook returned non-success status: 502 Bad Gateway',
						payload: { EventType: 'messages' },
					},
				];
			},
		},
		restartServer: {},
	},
	agent: {
		createOrUpdateAgent: {
			parameters: { agentName: 'Sara', provider: 'openai', model: 'gpt-4o-mini', llmApiKey: 'sk-sample-key', additionalFields: { basePrompt: 'Be kind', temperature: 70 } },
		},
		getManyAgents: { arrange: (uazapi) => void chatbotState(uazapi.state).agents.push(SAMPLE_AGENT) },
		deleteAgent: {
			parameters: { agentId: { __rl: true, mode: 'id', value: 'ag-1' } },
			arrange: (uazapi) => void chatbotState(uazapi.state).agents.push(SAMPLE_AGENT),
		},
		getManyTriggers: {
			arrange: (uazapi) =>
				void chatbotState(uazapi.state).triggers.push({ id: 'tr-1', active: true, type: 'agent', agent_id: 'ag-1', ignoreGroups: true, priority: 1, wordsToStart: 'hi|hello', responseDelay_seconds: 2 }),
		},
		getManyKnowledge: {
			arrange: (uazapi) =>
				void chatbotState(uazapi.state).knowledge.push({ id: 'kn-1', active: true, tittle: 'About us', content: 'We sell shoes', isVectorized: true, priority: 0 }),
		},
		getManyFunctions: {
			arrange: (uazapi) =>
				void chatbotState(uazapi.state).functions.push({ id: 'fn-1', name: 'getOrder', description: 'Finds an order', active: true, method: 'GET', endpoint: 'https://api.example.com/orders/{{id}}', parameters: '[]' }),
		},
		createOrUpdateTrigger: {
			parameters: { agentId: { __rl: true, mode: 'id', value: 'ag-1' }, additionalFields: { wordsToStart: 'hi|hello', priority: 1 } },
		},
		deleteTrigger: {
			parameters: { triggerId: { __rl: true, mode: 'id', value: 'tr-1' } },
			arrange: (uazapi) => void chatbotState(uazapi.state).triggers.push({ id: 'tr-1', active: true, type: 'agent', agent_id: 'ag-1' }),
		},
		createOrUpdateKnowledge: {
			parameters: { title: 'About us', content: 'We sell shoes', additionalFields: { active: true } },
		},
		deleteKnowledge: {
			parameters: { knowledgeId: { __rl: true, mode: 'id', value: 'kn-1' } },
			arrange: (uazapi) => void chatbotState(uazapi.state).knowledge.push({ id: 'kn-1', active: true, tittle: 'About us', content: 'We sell shoes' }),
		},
		createOrUpdateFunction: {
			parameters: {
				functionName: 'getOrder',
				functionDescription: 'Finds an order',
				httpMethod: 'GET',
				endpoint: 'https://api.example.com/orders/{{id}}',
				additionalFields: { active: true, parameters: '[{"name": "id", "type": "string", "description": "Order ID", "required": true}]' },
			},
		},
		deleteFunction: {
			parameters: { functionId: { __rl: true, mode: 'id', value: 'fn-1' } },
			arrange: (uazapi) =>
				void chatbotState(uazapi.state).functions.push({ id: 'fn-1', name: 'getOrder', description: 'Finds an order', active: true, method: 'GET', endpoint: 'https://api.example.com/orders/{{id}}' }),
		},
	},
	call: {
		make: { parameters: { phoneNumber: '5511900000001', ringSeconds: 15 } },
		reject: { parameters: { phoneNumber: '5511900000001', callId: 'ABEiGmo8oqkAcAKrBYQAAAAA_1' } },
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

const SAMPLE_AGENT = { id: 'ag-1', name: 'Sara', provider: 'openai', model: 'gpt-4o-mini', apikey: 'sk-sample-key', temperature: 70, owner: '5511988887777' };

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
