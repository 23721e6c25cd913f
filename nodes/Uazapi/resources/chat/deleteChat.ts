import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { invalidInput } from '../../shared/validation';
import { chatJidParameter, chatProperty } from './chatField';

const SCOPES = ['deleteChatWhatsApp', 'clearChatWhatsApp', 'deleteChatDB', 'deleteMessagesDB'];

const scopeProperty: INodeProperties = {
	displayName: 'Delete',
	name: 'deleteScope',
	type: 'multiOptions',
	options: [
		{
			name: 'Chat on WhatsApp',
			value: 'deleteChatWhatsApp',
			description: 'Deletes the chat from WhatsApp (a group chat is only cleared)',
		},
		{
			name: 'Messages on WhatsApp',
			value: 'clearChatWhatsApp',
			description: 'Clears the conversation on WhatsApp but keeps the chat (wins over deleting it)',
		},
		{ name: 'Chat in Uazapi', value: 'deleteChatDB', description: "Deletes the chat from Uazapi's database" },
		{ name: 'Messages in Uazapi', value: 'deleteMessagesDB', description: "Deletes the chat's messages from Uazapi's database" },
	],
	default: ['deleteChatWhatsApp'],
	required: true,
	description: 'What to delete; this cannot be undone',
};

async function buildDeleteRequest(this: IExecuteSingleFunctions, request: RequestOptions) {
	const number = chatJidParameter(this);
	const raw = this.getNodeParameter('deleteScope', []) as unknown;
	const scopes = Array.isArray(raw) ? raw.map(String) : String(raw ?? '').split(',').map((s) => s.trim()).filter(Boolean);
	if (!scopes.length) {
		throw invalidInput(this, 'Delete', 'is empty', 'Choose what to delete: the chat or its messages, on WhatsApp or in Uazapi.');
	}
	const unknown = scopes.find((scope) => !SCOPES.includes(scope));
	if (unknown) throw invalidInput(this, 'Delete', `has an unknown choice "${unknown}"`, `Choose among ${SCOPES.join(', ')}.`);
	return { ...request, body: { number, ...Object.fromEntries(scopes.map((scope) => [scope, true])) } };
}

export const deleteChat = defineOperation({
	resource: 'chat',
	name: 'Delete',
	value: 'delete',
	action: 'Delete a chat',
	description: 'Permanently deletes a chat or clears its messages, on WhatsApp and/or in Uazapi. This cannot be undone.',
	method: 'POST',
	path: '/chat/delete',
	subject: 'chat',
	fields: [chatProperty, scopeProperty],
	prepare: buildDeleteRequest,
});
