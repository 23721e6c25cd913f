import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { invalidInput, requiredText } from '../../shared/validation';
import { agentLocator } from './lists';

const percent = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	typeOptions: { minValue: 0, maxValue: 100 },
	default: 50,
	description: `${description} (0–100)`,
});

const count = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	typeOptions: { minValue: 0 },
	default: 0,
	description,
});

const fields: INodeProperties[] = [
	agentLocator('The agent to update. Empty: a new agent is created.'),
	{ displayName: 'Name', name: 'agentName', type: 'string', default: '', required: true, description: 'Name of the agent in conversations' },
	{
		displayName: 'Provider',
		name: 'provider',
		type: 'options',
		options: [
			{ name: 'Anthropic (Claude)', value: 'anthropic' },
			{ name: 'Custom', value: 'custom' },
			{ name: 'DeepSeek', value: 'deepseek' },
			{ name: 'Gemini', value: 'gemini' },
			{ name: 'OpenAI', value: 'openai' },
		],
		default: 'openai',
		description: 'The LLM provider the agent uses',
	},
	{ displayName: 'Model', name: 'model', type: 'string', default: '', required: true, placeholder: 'gpt-4o-mini', description: "The provider's model name" },
	{
		displayName: 'LLM API Key',
		name: 'llmApiKey',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		required: true,
		description: "The provider's API key; masked in outputs and errors",
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add field',
		default: {},
		options: [
			{ displayName: 'Base Prompt', name: 'basePrompt', type: 'string', typeOptions: { rows: 4 }, default: '', description: "Instructions that set the agent's behaviour" },
			count('Context Max Messages', 'contextMaxMessages', 'Most messages of the conversation given to the model'),
			count('Context Min Messages', 'contextMinMessages', 'Fewest messages before the conversation is given as context'),
			count('Context Time Window (Hours)', 'contextTimeWindow_hours', 'How far back the conversation context goes, in hours'),
			percent('Diversity Level', 'diversityLevel', 'How varied the answers are'),
			percent('Frequency Penalty', 'frequencyPenalty', 'Penalty for repeated words'),
			count('Max Message Length', 'maxMessageLength', 'Longest message the agent sends, in characters'),
			count('Max Tokens', 'maxTokens', 'Most tokens per answer'),
			percent('Presence Penalty', 'presencePenalty', 'Penalty for staying on one topic'),
			{ displayName: 'Read Messages', name: 'readMessages', type: 'boolean', default: false, description: 'Whether the agent marks messages as read when it answers' },
			{ displayName: 'Sign Messages', name: 'signMessages', type: 'boolean', default: false, description: "Whether the agent's messages carry its name" },
			percent('Temperature', 'temperature', 'How creative the answers are'),
			count('Typing Delay (Seconds)', 'typingDelay_seconds', 'Simulated typing time before each answer, in seconds'),
		],
	},
];

const PERCENT_FIELDS: Record<string, string> = {
	temperature: 'Temperature',
	diversityLevel: 'Diversity Level',
	frequencyPenalty: 'Frequency Penalty',
	presencePenalty: 'Presence Penalty',
};

async function prepare(this: IExecuteSingleFunctions, request: RequestOptions) {
	const id = String(this.getNodeParameter('agentId', '', { extractValue: true }) ?? '').trim();
	if (/\s/.test(id)) throw invalidInput(this, 'Agent', `is not an agent ID: "${id}"`);
	const agent: IDataObject = {
		name: requiredText(this, 'agentName', 'Name'),
		provider: this.getNodeParameter('provider', 'openai') as string,
		model: requiredText(this, 'model', 'Model'),
		apikey: requiredText(this, 'llmApiKey', 'LLM API Key'),
	};
	const extra = this.getNodeParameter('additionalFields', {}) as IDataObject;
	for (const [key, value] of Object.entries(extra)) {
		if (typeof value === 'number') {
			const label = PERCENT_FIELDS[key];
			if (!Number.isInteger(value) || value < 0 || (label && value > 100)) {
				throw invalidInput(this, label ?? key, `must be a whole number${label ? ' from 0 to 100' : ' of 0 or more'} (got ${value})`);
			}
		}
		if (key === 'basePrompt' && !String(value).trim()) continue;
		agent[key] = value;
	}
	const body: IDataObject = id ? { id, agent } : { agent };
	return { ...request, body };
}

export const createOrUpdateAgent = defineOperation({
	resource: 'agent',
	name: 'Create or Update Agent',
	value: 'createOrUpdateAgent',
	action: 'Create or update an AI agent',
	description: "Creates an AI agent of Uazapi's built-in chatbot, or updates one when an agent is chosen. Outputs the agent (without its API key).",
	method: 'POST',
	path: '/agent/edit',
	fields,
	prepare,
	secrets() {
		return [String(this.getNodeParameter('llmApiKey', '') ?? '')];
	},
});
