import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { invalidInput } from '../../shared/validation';

const fields: INodeProperties[] = [
	{
		displayName: 'Settings',
		name: 'chatbotSettings',
		type: 'collection',
		placeholder: 'Add setting',
		default: {},
		description: "Settings of Uazapi's built-in chatbot; only the settings you add are sent",
		options: [
			{
				displayName: 'Enabled',
				name: 'chatbot_enabled',
				type: 'boolean',
				default: true,
				description: 'Whether the chatbot answers incoming messages',
			},
			{
				displayName: 'Ignore Groups',
				name: 'chatbot_ignoreGroups',
				type: 'boolean',
				default: true,
				description: 'Whether the chatbot leaves group messages unanswered',
			},
			{
				displayName: 'OpenAI API Key',
				name: 'openai_apikey',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				placeholder: 'sk-…',
				description: 'The OpenAI key the chatbot uses. It is never shown in outputs or errors.',
			},
			{
				displayName: 'Pause After My Message (Minutes)',
				name: 'chatbot_stopWhenYouSendMsg',
				type: 'number',
				typeOptions: { minValue: 0, numberPrecision: 0 },
				default: 0,
				description: 'For how long the chatbot stays quiet in a chat after you write there yourself (outside the API). 0: off.',
			},
			{
				displayName: 'Stop For (Minutes)',
				name: 'chatbot_stopMinutes',
				type: 'number',
				typeOptions: { minValue: 0, numberPrecision: 0 },
				default: 30,
				description: 'For how long the chatbot stays quiet after the stop keyword',
			},
			{
				displayName: 'Stop Keyword',
				name: 'chatbot_stopConversation',
				type: 'string',
				default: '',
				placeholder: 'stop',
				description: 'A word a person can send to stop the chatbot in their chat',
			},
		],
	},
];

const MINUTES = ['chatbot_stopMinutes', 'chatbot_stopWhenYouSendMsg'];

async function buildChatbotSettings(this: IExecuteSingleFunctions, request: RequestOptions) {
	const settings = this.getNodeParameter('chatbotSettings', {}) as IDataObject;
	const body: IDataObject = {};
	for (const [key, value] of Object.entries(settings)) {
		if (typeof value === 'string') {
			if (value.trim()) body[key] = value.trim();
			continue;
		}
		if (MINUTES.includes(key) && (!Number.isInteger(value) || (value as number) < 0)) {
			throw invalidInput(this, key === 'chatbot_stopMinutes' ? 'Stop For (Minutes)' : 'Pause After My Message (Minutes)', `must be a whole number, 0 or more: "${String(value)}"`);
		}
		body[key] = value;
	}
	if (!Object.keys(body).length) throw invalidInput(this, 'Settings', 'is empty', 'Add at least one setting to change.');
	return { ...request, body };
}

export const updateChatbotSettings = defineOperation({
	resource: 'instance',
	name: 'Update Chatbot Settings',
	value: 'updateChatbotSettings',
	action: 'Update the chatbot settings',
	description: "Turns Uazapi's built-in chatbot on or off and sets its OpenAI key, stop keyword and pauses",
	method: 'POST',
	path: '/instance/updatechatbotsettings',
	fields,
	prepare: buildChatbotSettings,
	secrets(this: IExecuteSingleFunctions) {
		return [String((this.getNodeParameter('chatbotSettings', {}) as IDataObject).openai_apikey ?? '')];
	},
});
