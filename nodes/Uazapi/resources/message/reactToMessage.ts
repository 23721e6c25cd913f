import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { toChatJid } from '../../shared/numbers';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { asBareMessageId, invalidInput, numberParameter, textParameter } from '../../shared/validation';
import { messageIdField, messageIdParameter } from './messageActions';

export const reactionChatField: INodeProperties = {
	displayName: 'Chat',
	name: 'phoneNumber',
	type: 'string',
	default: '',
	required: true,
	placeholder: '5511999999999 or 120363012345678901@g.us',
	description: 'Number, WhatsApp ID or group ID of the chat the message is in',
};

const REACTION_ID_HELP =
	'The message to react to. Either form works: the trigger\'s messageid, or its ID field (owner:ID); the bare ID is sent.';

const fields: INodeProperties[] = [
	reactionChatField,
	messageIdField(REACTION_ID_HELP),
	{
		displayName: 'Reaction',
		name: 'reaction',
		type: 'string',
		default: '',
		required: true,
		placeholder: '👍',
		description: 'One emoji. To take a reaction back, use Remove Reaction.',
	},
];

/** The body of /message/react: the chat as a JID, the bare message ID, the emoji ('' removes). */
export function reactionBody(context: IExecuteSingleFunctions, emoji: string) {
	const number = toChatJid(numberParameter(context, 'phoneNumber', 'Chat'));
	const id = asBareMessageId(context, messageIdParameter(context), 'Message ID');
	return { number, text: emoji, id };
}

async function buildReaction(this: IExecuteSingleFunctions, request: RequestOptions) {
	const emoji = textParameter(this, 'reaction', 'Reaction');
	if (!emoji) throw invalidInput(this, 'Reaction', 'is empty', 'Give one emoji, e.g. 👍. To take a reaction back, use Remove Reaction.');
	if (/[\p{L}\p{N}]/u.test(emoji.replace(/[0-9#*]\uFE0F?\u20E3/gu, ''))) {
		throw invalidInput(this, 'Reaction', `must be an emoji, not text: "${emoji}"`, 'WhatsApp reactions are single emoji such as 👍 or ❤️.');
	}
	return { ...request, body: reactionBody(this, emoji) };
}

export const reactToMessage = defineOperation({
	resource: 'message',
	name: 'React to Message',
	value: 'reactToMessage',
	action: 'React to a message',
	description: 'Adds an emoji reaction to a message (replacing your earlier reaction to it)',
	method: 'POST',
	path: '/message/react',
	subject: 'message',
	fields,
	prepare: buildReaction,
	delivery: true,
});
