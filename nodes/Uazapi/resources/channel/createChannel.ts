import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { fileText, requiredText, textValue } from '../../shared/validation';
import { unwrapResponse } from './channelField';

const fields: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'channelName',
		type: 'string',
		default: '',
		required: true,
		description: 'The name of the new channel',
	},
	{
		displayName: 'Options',
		name: 'createChannelOptions',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Description',
				name: 'description',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				description: 'The description of the channel',
			},
			{
				displayName: 'Picture',
				name: 'picture',
				type: 'string',
				default: '',
				placeholder: 'https://example.com/channel.jpg',
				description: 'The channel picture: a public URL, base64 or a data URI of an image of at most 1 MB',
			},
		],
	},
];

async function buildCreateChannel(this: IExecuteSingleFunctions, request: RequestOptions) {
	const options = this.getNodeParameter('createChannelOptions', {}) as IDataObject;
	const body: IDataObject = { name: requiredText(this, 'channelName', 'Name') };
	const description = textValue(this, options.description, 'Description');
	if (description) body.description = description;
	const picture = fileText(this, options.picture, 'Picture');
	if (picture) body.picture = picture;
	return { ...request, body };
}

export const createChannel = defineOperation({
	resource: 'channel',
	name: 'Create',
	value: 'createChannel',
	action: 'Create a channel',
	description: 'Creates a WhatsApp channel owned by this account and outputs it',
	method: 'POST',
	path: '/newsletter/create',
	subject: 'chat',
	slow: true,
	fields,
	prepare: buildCreateChannel,
	output: [unwrapResponse],
});
