import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { requiredText } from '../../shared/validation';
import { entryId, knowledgeLocator } from './lists';

const fields: INodeProperties[] = [
	knowledgeLocator('The knowledge entry to update. Empty: a new entry is created.'),
	{ displayName: 'Title', name: 'title', type: 'string', default: '', required: true, description: 'Title that names the entry' },
	{
		displayName: 'Content',
		name: 'content',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		required: true,
		description: 'What the AI agents may use to answer: plain text, a public URL of a file, or a file in Base64',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add field',
		default: {},
		options: [
			{ displayName: 'Active', name: 'active', type: 'boolean', default: true, description: 'Whether the agents use the entry' },
			{
				displayName: 'File Type',
				name: 'fileType',
				type: 'options',
				options: [
					{ name: 'CSV', value: 'csv' },
					{ name: 'HTML', value: 'html' },
					{ name: 'PDF', value: 'pdf' },
					{ name: 'Text', value: 'txt' },
				],
				default: 'pdf',
				description: 'Type of the file in Content, where Uazapi cannot tell it from the URL',
			},
		],
	},
];

async function prepare(this: IExecuteSingleFunctions, request: RequestOptions) {
	const id = entryId(this, 'knowledgeId', 'Knowledge Entry', false);
	// Uazapi spells the title "tittle".
	const knowledge: IDataObject = { tittle: requiredText(this, 'title', 'Title'), content: requiredText(this, 'content', 'Content') };
	const extra = this.getNodeParameter('additionalFields', {}) as IDataObject;
	if (extra.active !== undefined) knowledge.active = extra.active;
	const body: IDataObject = id ? { id, knowledge } : { knowledge };
	if (extra.fileType) body.fileType = extra.fileType;
	return { ...request, body };
}

export const createOrUpdateKnowledge = defineOperation({
	resource: 'agent',
	name: 'Create or Update Knowledge Entry',
	value: 'createOrUpdateKnowledge',
	action: 'Create or update a knowledge entry',
	description:
		'Adds an entry (text, or a PDF, CSV, TXT or HTML file by URL or Base64) to the knowledge base of the AI agents, or updates one when an entry is chosen. Outputs the entry.',
	method: 'POST',
	path: '/knowledge/edit',
	meanings: { 404: { message: 'Knowledge entry not found', description: 'No knowledge entry of this instance has this ID. Pick one from the list.' } },
	fields,
	prepare,
});
