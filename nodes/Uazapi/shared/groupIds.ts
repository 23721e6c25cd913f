const GROUP_SUFFIX = '@g.us';
// Current group IDs are digits (120363…); groups created before 2021 are "<creator number>-<timestamp>".
const GROUP_LOCAL_PART = /^[0-9]+(-[0-9]+)?$/;

export class GroupIdError extends Error {}

/**
 * A group ID as people paste it (bare "120363…" or the full "120363…@g.us") → the group JID Uazapi
 * expects in `groupjid`. Anything else (a contact's JID, a phone number with letters, an invite link)
 * throws GroupIdError with the reason.
 */
export function toGroupJid(input: unknown): string {
	const text = String(input ?? '').trim();
	if (!text) throw new GroupIdError('is empty');
	if (/chat\.whatsapp\.com/i.test(text)) {
		throw new GroupIdError(`is an invite link, not a group ID: "${text}"`);
	}
	const at = text.indexOf('@');
	if (at >= 0 && text.slice(at).toLowerCase() !== GROUP_SUFFIX) {
		throw new GroupIdError(`is not a group ID: "${text}" (a group ID ends in ${GROUP_SUFFIX})`);
	}
	const local = at >= 0 ? text.slice(0, at) : text;
	if (!GROUP_LOCAL_PART.test(local)) {
		throw new GroupIdError(`is not a group ID: "${text}" (a group ID has only digits, e.g. 120363012345678901@g.us)`);
	}
	return local + GROUP_SUFFIX;
}
