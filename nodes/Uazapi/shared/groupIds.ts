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
	if (input !== null && typeof input === 'object') throw new GroupIdError(`must be text, but the expression gave ${Array.isArray(input) ? 'an array' : 'an object'}`);
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
	// Phone numbers have at most 15 digits (E.164); group IDs have 18 (120363…).
	if (at < 0 && /^\+?[0-9]{7,15}$/.test(local.replace(/[\s()-]/g, '')) && !/^[0-9]+-[0-9]+$/.test(local)) {
		throw new GroupIdError(`is a phone number, not a group ID: "${text}" (a group ID looks like 120363012345678901@g.us)`);
	}
	if (!GROUP_LOCAL_PART.test(local)) {
		throw new GroupIdError(`is not a group ID: "${text}" (a group ID has only digits, e.g. 120363012345678901@g.us)`);
	}
	return local + GROUP_SUFFIX;
}
