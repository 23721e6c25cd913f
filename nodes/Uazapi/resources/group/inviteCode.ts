import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { invalidInput } from '../../shared/validation';

const FIELD = 'Invite Link or Code';
// WhatsApp invite codes are 22 letters and digits today; the contract allows 10 to 50 characters.
const CODE = /^[A-Za-z0-9_-]{10,50}$/;
const LINK = /^(?:https?:\/\/)?(?:www\.)?chat\.whatsapp\.com\/(?:invite\/)?([^/?#\s]+)\/?(?:[?#].*)?$/i;

export const inviteCodeProperty: INodeProperties = {
	displayName: FIELD,
	name: 'inviteCode',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'https://chat.whatsapp.com/IYnl5Zg9bUcJD32rJrDzO7',
	description: 'The group invite link (https://chat.whatsapp.com/…) or only the code at its end',
};

/** A full chat.whatsapp.com link or the bare code → the bare invite code; anything else is refused. */
export function toInviteCode(input: unknown): string {
	const text = String(input ?? '').trim();
	if (!text) throw new Error('is empty');
	const link = LINK.exec(text);
	const code = link ? link[1] : text;
	if (!link && /[/:.]/.test(text)) {
		throw new Error(`is not a WhatsApp group invite link: "${text}" (it starts with https://chat.whatsapp.com/)`);
	}
	if (!CODE.test(code)) {
		throw new Error(`is not a WhatsApp invite code: "${code}" (a code has 10 to 50 letters and digits)`);
	}
	return code;
}

/** The invite code of the current item. */
export function inviteCodeParameter(context: IExecuteSingleFunctions): string {
	try {
		return toInviteCode(context.getNodeParameter('inviteCode', ''));
	} catch (error) {
		throw invalidInput(context, FIELD, (error as Error).message, 'Paste the invite link, e.g. https://chat.whatsapp.com/IYnl5Zg9bUcJD32rJrDzO7, or its code.');
	}
}
