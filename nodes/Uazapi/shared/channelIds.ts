const CHANNEL_SUFFIX = '@newsletter';
// A phone number has at most 15 digits; channel IDs are longer (120363…, 18 digits).
const MAX_PHONE_DIGITS = 15;
const PERSON_SUFFIXES = ['@s.whatsapp.net', '@c.us', '@lid'];
const INVITE_LINK = /^(?:https?:\/\/)?(?:www\.)?whatsapp\.com\/channel\/([A-Za-z0-9_-]+)\/?(?:[?#].*)?$/i;
const INVITE_CODE = /^[A-Za-z0-9_-]+$/;

export class ChannelIdError extends Error {}

/**
 * A channel ID as people paste it (bare "120363…" or "120363…@newsletter") → the channel JID Uazapi
 * takes in `jid`. A phone number, a person's or group's ID, or an invite link throws ChannelIdError
 * with the reason.
 */
export function toChannelJid(input: unknown): string {
	const text = String(input ?? '').trim();
	if (!text) throw new ChannelIdError('is empty');
	if (/whatsapp\.com\//i.test(text)) {
		throw new ChannelIdError(`is an invite link, not a channel ID: "${text}" (use Channel → Get by Invite Link to find its ID)`);
	}
	const at = text.indexOf('@');
	const suffix = at >= 0 ? text.slice(at).toLowerCase() : '';
	if (suffix === '@g.us') throw new ChannelIdError(`is a group ID, not a channel ID: "${text}"`);
	if (PERSON_SUFFIXES.includes(suffix)) throw new ChannelIdError(`is a person's ID, not a channel ID: "${text}"`);
	if (at >= 0 && suffix !== CHANNEL_SUFFIX) {
		throw new ChannelIdError(`is not a channel ID: "${text}" (a channel ID ends in ${CHANNEL_SUFFIX})`);
	}
	const local = at >= 0 ? text.slice(0, at) : text;
	if (!/^[0-9]+$/.test(local)) {
		throw new ChannelIdError(`is not a channel ID: "${text}" (a channel ID has only digits, e.g. 120363123456789012@newsletter)`);
	}
	if (at < 0 && local.length <= MAX_PHONE_DIGITS) {
		throw new ChannelIdError(`looks like a phone number, not a channel ID: "${text}" (a channel ID looks like 120363123456789012@newsletter)`);
	}
	return local + CHANNEL_SUFFIX;
}

/** A channel invite link (https://whatsapp.com/channel/<code>) or its code → the code `/newsletter/link` takes as `key`. */
export function toChannelInviteCode(input: unknown): string {
	const text = String(input ?? '').trim();
	if (!text) throw new ChannelIdError('is empty');
	if (/chat\.whatsapp\.com/i.test(text)) {
		throw new ChannelIdError(`is a group invite link, not a channel link: "${text}"`);
	}
	const link = INVITE_LINK.exec(text);
	if (link) return link[1];
	if (/[/:.]/.test(text) || !INVITE_CODE.test(text)) {
		throw new ChannelIdError(`is not a channel invite link or code: "${text}" (e.g. https://whatsapp.com/channel/0029VaAbCdEfGhIjKlMnOp12)`);
	}
	return text;
}
