import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { invalidInput } from '../../shared/validation';
import { campaignIdParameter, campaignIdProperty } from './common';

const ACTIONS = ['stop', 'continue', 'delete'];

const fields: INodeProperties[] = [
	campaignIdProperty,
	{
		displayName: 'Action',
		name: 'campaignAction',
		type: 'options',
		options: [
			{ name: 'Pause', value: 'stop', description: 'Stops sending; messages already sent are not affected' },
			{ name: 'Resume', value: 'continue', description: 'Continues a paused campaign (not one that is done)' },
			{
				name: 'Delete',
				value: 'delete',
				description: 'Destructive: removes the campaign and its messages not sent yet; sent ones stay in the history',
			},
		],
		default: 'stop',
		description: 'What to do with the campaign',
	},
];

async function buildControl(this: IExecuteSingleFunctions, request: RequestOptions) {
	const folderId = campaignIdParameter(this);
	const action = String(this.getNodeParameter('campaignAction', 'stop'));
	if (!ACTIONS.includes(action)) throw invalidInput(this, 'Action', `is not one of ${ACTIONS.join(', ')}: "${action}"`);
	return { ...request, body: { folder_id: folderId, action } };
}

export const controlCampaign = defineOperation({
	resource: 'campaign',
	name: 'Control',
	value: 'controlCampaign',
	action: 'Pause, resume or delete a campaign',
	description: 'Pauses or resumes a campaign, or deletes it with its unsent messages (destructive)',
	method: 'POST',
	path: '/sender/edit',
	fields,
	prepare: buildControl,
});
