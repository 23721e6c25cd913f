import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { messageIdField } from './messageActions';
import { reactionBody, reactionChatField } from './reactToMessage';

const fields: INodeProperties[] = [
	reactionChatField,
	messageIdField(
		'The message whose reaction (yours) is taken back. Either form works: the trigger\'s messageid, or its ID field (owner:ID); the bare ID is sent.',
	),
];

async function buildRemoval(this: IExecuteSingleFunctions, request: RequestOptions) {
	// Uazapi removes a reaction when it is given an empty one.
	return { ...request, body: reactionBody(this, '') };
}

export const removeReaction = defineOperation({
	resource: 'message',
	name: 'Remove Reaction',
	value: 'removeReaction',
	action: 'Remove a reaction',
	description: 'Takes back your emoji reaction to a message',
	method: 'POST',
	path: '/message/react',
	subject: 'message',
	fields,
	prepare: buildRemoval,
	delivery: true,
});
