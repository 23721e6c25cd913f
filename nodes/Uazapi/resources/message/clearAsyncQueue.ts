import type { INodeProperties } from 'n8n-workflow';

import { defineOperation } from '../../shared/operation';

const fields: INodeProperties[] = [
	{
		displayName:
			'This cancels every message still waiting in the queue (sent with "Send Through Queue"). They are marked Canceled and will not be sent.',
		name: 'clearQueueNotice',
		type: 'notice',
		default: '',
	},
];

export const clearAsyncQueue = defineOperation({
	resource: 'message',
	name: 'Clear Async Queue',
	value: 'clearAsyncQueue',
	action: 'Clear the async send queue',
	description: 'Cancels all messages still waiting in the async send queue. Destructive: they will not be sent.',
	method: 'DELETE',
	path: '/message/async',
	fields,
	meanings: {
		409: {
			message: 'The async queue could not be cleared right now',
			description: 'Uazapi could not drain the queue in time (it may be reconnecting). Try again in a moment.',
		},
	},
});
