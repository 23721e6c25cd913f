import { defineOperation } from '../../shared/operation';
import { splitArray } from '../../shared/response';

export const getManyQuickReplies = defineOperation({
	resource: 'quickReply',
	name: 'Get Many',
	value: 'getMany',
	action: 'Get many quick replies',
	description: 'Lists the saved quick replies (message templates) of this instance: one item per quick reply',
	method: 'GET',
	path: '/quickreply/showall',
	subject: 'quick reply',
	output: [splitArray()],
});
