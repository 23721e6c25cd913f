import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { splitList } from '../../shared/numbers';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { asNumberValue, asText, invalidInput, textValue } from '../../shared/validation';
import { chatJidParameter, chatProperty } from './chatField';
import { LEAD_FIELD_KEYS, leadFieldOptions } from './leadFields';

const TEXT_FIELDS: Record<string, string> = {
	lead_name: 'Name',
	lead_fullName: 'Full Name',
	lead_personalid: 'Personal ID',
	lead_status: 'Status',
	lead_notes: 'Notes',
	lead_assignedAttendant_id: 'Assigned Attendant ID',
};

const fields: INodeProperties[] = [
	chatProperty,
	{
		displayName: 'Update Fields',
		name: 'leadFields',
		type: 'collection',
		placeholder: 'Add field',
		default: {},
		description: 'The lead (CRM) fields Uazapi keeps for this chat; only the fields added here change',
		options: [
			{
				displayName: 'Assigned Attendant ID',
				name: 'lead_assignedAttendant_id',
				type: 'string',
				default: '',
				description: 'The attendant the lead is assigned to; leave empty to remove the assignment',
			},
			{
				displayName: 'Chatbot Paused Until',
				name: 'chatbot_disableUntil',
				type: 'dateTime',
				default: '',
				description: "Uazapi's chatbot does not answer this chat until this time; a past time turns it back on",
			},
			{ displayName: 'Email', name: 'lead_email', type: 'string', placeholder: 'name@email.com', default: '', description: "The lead's email address" },
			{ displayName: 'Full Name', name: 'lead_fullName', type: 'string', default: '', description: "The lead's full name" },
			{
				displayName: 'Kanban Order',
				name: 'lead_kanbanOrder',
				type: 'number',
				typeOptions: { numberPrecision: 0 },
				default: 0,
				description: "The card's position on the kanban board: higher values come first",
			},
			{ displayName: 'Name', name: 'lead_name', type: 'string', default: '', description: "The lead's name" },
			{ displayName: 'Notes', name: 'lead_notes', type: 'string', typeOptions: { rows: 3 }, default: '', description: 'Notes about the lead' },
			{
				displayName: 'Personal ID',
				name: 'lead_personalid',
				type: 'string',
				default: '',
				description: "The lead's identity document number (e.g. CPF or CNPJ)",
			},
			{ displayName: 'Status', name: 'lead_status', type: 'string', default: '', description: 'The lead’s status in the sales funnel, e.g. qualified' },
			{
				displayName: 'Tags',
				name: 'lead_tags',
				type: 'string',
				default: '',
				placeholder: 'vip, support',
				description: 'The lead’s tags, separated by commas (they replace the current ones; new tags are created). Leave empty to remove all tags.',
			},
			{
				displayName: 'Ticket Open',
				name: 'lead_isTicketOpen',
				type: 'boolean',
				default: true,
				description: 'Whether the lead’s ticket is open (being handled) or closed (resolved)',
			},
		],
	},
	{
		displayName: 'Custom Fields',
		name: 'customLeadFields',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add custom field',
		default: {},
		description: 'Values of the 20 custom lead fields (name them with Chat → Set Lead Field Names)',
		options: [
			{
				displayName: 'Field',
				name: 'field',
				values: [
					{ displayName: 'Field', name: 'key', type: 'options', options: leadFieldOptions, default: 'lead_field01', description: 'Which custom field' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '', description: 'Its value for this lead' },
				],
			},
		],
	},
];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

async function buildLeadRequest(this: IExecuteSingleFunctions, request: RequestOptions) {
	const id = chatJidParameter(this);
	const given = this.getNodeParameter('leadFields', {}) as IDataObject;
	const custom = ((this.getNodeParameter('customLeadFields', {}) as IDataObject).field ?? []) as IDataObject[];
	const body: IDataObject = { id };
	for (const [key, value] of Object.entries(given)) {
		if (key in TEXT_FIELDS) body[key] = textValue(this, value, TEXT_FIELDS[key]);
		else if (key === 'lead_email') {
			const email = textValue(this, value, 'Email');
			if (!EMAIL.test(email)) throw invalidInput(this, 'Email', `is not an email address: "${email}"`);
			body.lead_email = email;
		} else if (key === 'lead_tags') body.lead_tags = splitList(value);
		else if (key === 'lead_isTicketOpen') body.lead_isTicketOpen = value === true || value === 'true';
		else if (key === 'lead_kanbanOrder') {
			body.lead_kanbanOrder = asNumberValue(this, value, 'Kanban Order', { integer: true });
		} else if (key === 'chatbot_disableUntil') {
			const time = Date.parse(textValue(this, value, 'Chatbot Paused Until'));
			if (Number.isNaN(time)) throw invalidInput(this, 'Chatbot Paused Until', `is not a date and time: "${String(value)}"`);
			body.chatbot_disableUntil = Math.max(0, Math.floor(time / 1000));
		}
	}
	for (const entry of custom) {
		const key = String(entry.key ?? '');
		if (!LEAD_FIELD_KEYS.includes(key)) throw invalidInput(this, 'Custom Fields', `has an unknown field "${key}"`);
		if (key in body) throw invalidInput(this, 'Custom Fields', `has ${key} twice`);
		body[key] = asText(this, entry.value, 'Custom Fields');
	}
	if (Object.keys(body).length === 1) {
		throw invalidInput(this, 'Update Fields', 'is empty', 'Add at least one lead field or custom field to change.');
	}
	return { ...request, body };
}

export const editLead = defineOperation({
	resource: 'chat',
	name: 'Edit Lead',
	value: 'editLead',
	action: 'Edit the lead fields of a chat',
	description: 'Changes the lead (CRM) fields Uazapi keeps for a chat: status, tags, attendant, custom fields…; outputs the chat',
	method: 'POST',
	path: '/chat/editLead',
	subject: 'chat',
	fields,
	prepare: buildLeadRequest,
});
