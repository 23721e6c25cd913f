import type { IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import { returnAllOrLimit } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { splitArray } from '../../shared/response';
import { limitParameter } from '../../shared/validation';

// Uazapi answers the whole list at once: Limit keeps the first entries.
async function upToLimit(this: IExecuteSingleFunctions, items: INodeExecutionData[]) {
	if (this.getNodeParameter('returnAll', false)) return items;
	return items.slice(0, limitParameter(this));
}

export const getChannels = defineOperation({
	resource: 'channel',
	name: 'Get Many',
	value: 'getChannels',
	action: 'Get many channels',
	description: 'Lists the channels this account follows or owns, one item per channel',
	method: 'GET',
	path: '/newsletter/list',
	subject: 'chat',
	fields: returnAllOrLimit(),
	output: [splitArray('response'), upToLimit],
});
