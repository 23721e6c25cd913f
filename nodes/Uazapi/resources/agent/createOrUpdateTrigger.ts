import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { asNumberValue, invalidInput, requiredText } from '../../shared/validation';
import { agentLocator, entryId, triggerLocator } from './lists';

const LEAD_FIELDS = [
	['Name', 'lead_name'],
	['Full Name', 'lead_fullName'],
	['Email', 'lead_email'],
	['Personal ID', 'lead_personalid'],
	['Status', 'lead_status'],
	['Tags', 'lead_tags'],
	['Notes', 'lead_notes'],
	['Ticket Open', 'lead_isTicketOpen'],
	...Array.from({ length: 20 }, (_, i) => [`Custom Field ${String(i + 1).padStart(2, '0')}`, `lead_field${String(i + 1).padStart(2, '0')}`]),
].map(([name, value]) => ({ name, value }));

const LEAD_OPERATORS = [
	['Contains', 'contains'],
	['Equals', 'equals'],
	['Greater Than', 'greater'],
	['Is Empty', 'empty'],
	['Is Not Empty', 'not_empty'],
	['Less Than', 'less'],
	['Not Contains', 'not_contains'],
	['Not Equals', 'not_equals'],
].map(([name, value]) => ({ name, value }));

const fields: INodeProperties[] = [
	triggerLocator('The trigger to update. Empty: a new trigger is created.'),
	{
		displayName: 'Type',
		name: 'triggerType',
		type: 'options',
		options: [
			{ name: 'AI Agent', value: 'agent', description: 'Starts an AI agent' },
			{ name: 'Flow', value: 'flow', description: 'Starts a saved flow' },
			{ name: 'Quick Reply', value: 'quickreply', description: 'Answers with a saved quick reply' },
		],
		default: 'agent',
		description: 'What the trigger starts',
	},
	{
		...agentLocator('The AI agent the trigger starts'),
		required: true,
		displayOptions: { show: { triggerType: ['agent'] } },
	},
	{
		displayName: 'Quick Reply',
		name: 'quickReplyId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: 'The saved quick reply the trigger answers with',
		modes: [
			{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: 'searchQuickReplies', searchable: true } },
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'rb9da9c03637452' },
		],
		displayOptions: { show: { triggerType: ['quickreply'] } },
	},
	{
		displayName: 'Flow ID',
		name: 'flowId',
		type: 'string',
		default: '',
		required: true,
		description: 'ID of the saved flow the trigger starts',
		displayOptions: { show: { triggerType: ['flow'] } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add field',
		default: {},
		options: [
			{ displayName: 'Active', name: 'active', type: 'boolean', default: true, description: 'Whether the trigger runs (Uazapi: active unless set)' },
			{ displayName: 'Ignore Groups', name: 'ignoreGroups', type: 'boolean', default: true, description: 'Whether messages in groups are ignored (Uazapi: ignored unless set)' },
			{ displayName: 'Lead Field', name: 'lead_field', type: 'options', options: LEAD_FIELDS, default: 'lead_status', description: 'Field of the lead the condition looks at' },
			{ displayName: 'Lead Operator', name: 'lead_operator', type: 'options', options: LEAD_OPERATORS, default: 'equals', description: 'How the lead field is compared' },
			{ displayName: 'Lead Value', name: 'lead_value', type: 'string', default: '', description: 'Value the lead field is compared with' },
			{
				displayName: 'Priority',
				name: 'priority',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 0,
				description: 'When several triggers match, only the one with the highest priority runs',
			},
			{
				displayName: 'Response Delay (Seconds)',
				name: 'responseDelay_seconds',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 0,
				description: 'Seconds to wait before answering',
			},
			{
				displayName: 'Words to Start',
				name: 'wordsToStart',
				type: 'string',
				default: '',
				placeholder: 'hi|hello|start',
				description: 'Words or phrases that start the trigger, separated by |. Empty: any message.',
			},
		],
	},
];

const WHOLE_FIELDS: Record<string, string> = { priority: 'Priority', responseDelay_seconds: 'Response Delay (Seconds)' };

async function prepare(this: IExecuteSingleFunctions, request: RequestOptions) {
	const id = entryId(this, 'triggerId', 'Trigger', false);
	const type = this.getNodeParameter('triggerType', 'agent') as string;
	// The contract requires `agent_id` on every trigger, whatever its type: empty for a flow or a quick reply.
	const trigger: IDataObject = { type, agent_id: '' };
	if (type === 'agent') trigger.agent_id = entryId(this, 'agentId', 'Agent', true);
	if (type === 'quickreply') trigger.quickReply_id = entryId(this, 'quickReplyId', 'Quick Reply', true);
	if (type === 'flow') trigger.flow_id = requiredText(this, 'flowId', 'Flow ID');
	const extra = this.getNodeParameter('additionalFields', {}) as IDataObject;
	for (const [key, value] of Object.entries(extra)) {
		if (WHOLE_FIELDS[key]) {
			trigger[key] = asNumberValue(this, value, WHOLE_FIELDS[key], { min: 0, integer: true });
		} else if (typeof value === 'string') {
			if (value.trim()) trigger[key] = value.trim();
		} else {
			trigger[key] = value;
		}
	}
	if (trigger.lead_operator && !trigger.lead_field) {
		throw invalidInput(this, 'Lead Operator', 'needs a Lead Field', 'Add Lead Field, or remove Lead Operator.');
	}
	const body: IDataObject = id ? { id, trigger } : { trigger };
	return { ...request, body };
}

export const createOrUpdateTrigger = defineOperation({
	resource: 'agent',
	name: 'Create or Update Trigger',
	value: 'createOrUpdateTrigger',
	action: 'Create or update a chatbot trigger',
	description:
		'Creates a chatbot trigger (what starts an AI agent, a quick reply or a flow), or updates one when a trigger is chosen. Outputs the trigger.',
	method: 'POST',
	path: '/trigger/edit',
	meanings: { 404: { message: 'Trigger not found', description: 'No trigger of this instance has this ID. Pick one from the list.' } },
	fields,
	prepare,
});
