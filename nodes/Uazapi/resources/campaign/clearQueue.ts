import { defineOperation } from '../../shared/operation';

export const clearQueue = defineOperation({
	resource: 'campaign',
	name: 'Clear the Whole Queue',
	value: 'clearQueue',
	action: 'Clear the whole campaign queue',
	description: 'Destructive and cannot be undone: deletes every campaign and all their messages, pending and sent',
	method: 'DELETE',
	path: '/sender/clearall',
});
