import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { splitArray } from '../../shared/response';
import { asNumberValue, invalidInput, textValue } from '../../shared/validation';
import { channelOperation } from './channelField';
import { asServerId } from './postField';

const fields: INodeProperties[] = [
	{
		displayName: 'Options',
		name: 'postUpdatesOptions',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'After Server ID',
				name: 'afterid',
				type: 'string',
				default: '',
				placeholder: '12345',
				description: 'Only updates of posts after the post with this server ID (serverid)',
			},
			{
				displayName: 'Max Updates',
				name: 'count',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 50,
				description: 'The most updates to return',
			},
			{
				displayName: 'Since',
				name: 'since',
				type: 'dateTime',
				default: '',
				description: 'Only updates since this moment',
			},
		],
	},
];

export const getPostUpdates = channelOperation({
	name: 'Get Post Updates',
	value: 'getPostUpdates',
	action: 'Get post updates of a channel',
	description: 'Gets the current view and reaction counts of recent posts of a channel, one item per post',
	path: '/newsletter/updates',
	extra: fields,
	body() {
		const options = this.getNodeParameter('postUpdatesOptions', {}) as IDataObject;
		const body: IDataObject = {};
		if (options.count !== undefined) {
			body.count = asNumberValue(this, options.count, 'Max Updates', { min: 1, integer: true });
		}
		if (options.afterid !== undefined && textValue(this, options.afterid, 'After Server ID') !== '') body.afterid = asServerId(this, options.afterid, 'After Server ID');
		if (options.since !== undefined && textValue(this, options.since, 'Since') !== '') {
			const time = Date.parse(String(options.since));
			if (Number.isNaN(time)) throw invalidInput(this, 'Since', `is not a date and time: "${options.since}"`);
			body.since = Math.floor(time / 1000);
		}
		return body;
	},
	output: [splitArray('response')],
});
