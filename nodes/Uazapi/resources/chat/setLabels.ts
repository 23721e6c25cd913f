import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { splitList } from '../../shared/numbers';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { invalidInput } from '../../shared/validation';
import { labelIdParameter, labelProperty } from '../label/labelField';
import { chatJidParameter, chatProperty } from './chatField';

const fields: INodeProperties[] = [
	chatProperty,
	{
		displayName: 'Change',
		name: 'labelChange',
		type: 'options',
		options: [
			{ name: 'Add a Label', value: 'add', description: 'Adds one label; the chat keeps its other labels' },
			{ name: 'Remove a Label', value: 'remove', description: 'Removes one label; the chat keeps its other labels' },
			{ name: 'Set All Labels', value: 'set', description: 'The chat gets exactly these labels; others are removed' },
		],
		default: 'add',
		description: 'How the chat’s labels change',
	},
	{
		...labelProperty('labelId', 'The label to add or remove: pick it from the list, or give its ID'),
		displayOptions: { show: { labelChange: ['add', 'remove'] } },
	},
	{
		displayName: 'Label Names or IDs',
		name: 'labelIds',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getLabels' },
		default: [],
		description:
			'The labels the chat gets; none removes all its labels. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: { show: { labelChange: ['set'] } },
	},
];

async function buildLabelsRequest(this: IExecuteSingleFunctions, request: RequestOptions) {
	const number = chatJidParameter(this);
	const change = String(this.getNodeParameter('labelChange', 'add'));
	if (change === 'set') {
		const labelids = splitList(this.getNodeParameter('labelIds', []));
		const bad = labelids.find((id) => /\s/.test(id));
		if (bad) throw invalidInput(this, 'Label Names or IDs', `has an entry that is not a label ID: "${bad}"`);
		return { ...request, body: { number, labelids } };
	}
	if (change !== 'add' && change !== 'remove') {
		throw invalidInput(this, 'Change', `must be add, remove or set, not "${change}"`);
	}
	const id = labelIdParameter(this, 'labelId', 'Label');
	return { ...request, body: { number, [change === 'add' ? 'add_labelid' : 'remove_labelid']: id } };
}

export const setChatLabels = defineOperation({
	resource: 'chat',
	name: 'Set Labels',
	value: 'setLabels',
	action: 'Set the labels of a chat',
	description: 'Adds a label to a chat, removes one, or sets all its labels (WhatsApp Business)',
	method: 'POST',
	path: '/chat/labels',
	subject: 'chat',
	fields,
	prepare: buildLabelsRequest,
});
