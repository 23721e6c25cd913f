const JID_SUFFIXES = ['@s.whatsapp.net', '@g.us', '@lid', '@newsletter'];
// Other WhatsApp libraries write user IDs as <number>@c.us; Uazapi knows them as @s.whatsapp.net.
const LEGACY_USER_SUFFIX = '@c.us';
const USER_SUFFIX = '@s.whatsapp.net';
const MIN_DIGITS = 8;
const MAX_DIGITS = 15;

export class NumberFormatError extends Error {}

/**
 * What people type → what Uazapi accepts: international digits without "+", spaces, dashes, dots or
 * parentheses; WhatsApp IDs (JIDs) are kept, a person's without its device suffix. Throws NumberFormatError
 * with the reason.
 */
export function toUazapiNumber(input: unknown): string {
	const text = String(input ?? '').trim();
	if (!text) throw new NumberFormatError('is empty');
	if (text.includes('@')) {
		const lower = text.toLowerCase();
		const suffix = lower.endsWith(LEGACY_USER_SUFFIX) ? LEGACY_USER_SUFFIX : JID_SUFFIXES.find((s) => lower.endsWith(s));
		const local = suffix ? text.slice(0, -suffix.length) : '';
		if (!suffix || !/^[0-9][0-9-]*(:[0-9]+)?$/.test(local)) {
			throw new NumberFormatError(
				`is not a WhatsApp ID: "${text}" (expected a number or an ID ending in ${JID_SUFFIXES.join(', ')})`,
			);
		}
		if (suffix !== LEGACY_USER_SUFFIX && suffix !== USER_SUFFIX) return local + suffix;
		// "5511999999999:12@s.whatsapp.net" names one of the person's devices; the chat is the person's.
		return local.replace(/:[0-9]+$/, '') + USER_SUFFIX;
	}
	// "+" only as the international prefix, at the start.
	const formatted = text.replace(/[\s\-.()]/g, '');
	if (!/^\+?[0-9]+$/.test(formatted)) {
		throw new NumberFormatError(`may only contain digits: "${text}"`);
	}
	let digits = formatted.replace(/^\+/, '');
	// "00" is the international prefix outside North America: 0055… is +55…
	if (!formatted.startsWith('+') && digits.startsWith('00')) digits = digits.slice(2);
	// No country code starts with 0: a leading 0 is a national trunk prefix, WhatsApp would not find it.
	if (digits.startsWith('0')) {
		throw new NumberFormatError(
			`starts with 0: "${text}" (write it in international form with the country code, e.g. 5511999999999)`,
		);
	}
	if (digits.length < MIN_DIGITS) {
		throw new NumberFormatError(`has too few digits (${digits.length}): include the country code, e.g. 5511999999999`);
	}
	if (digits.length > MAX_DIGITS) {
		throw new NumberFormatError(`has too many digits (${digits.length}): at most ${MAX_DIGITS} are possible`);
	}
	return digits;
}

/**
 * A number or a person's JID → the phone number as digits (what `mentions` takes). A LID, group or
 * channel ID has no phone number: throws NumberFormatError.
 */
export function toPhoneDigits(input: unknown): string {
	const number = toUazapiNumber(input);
	if (!number.includes('@')) return number;
	const text = String(input).trim();
	if (number.endsWith(USER_SUFFIX)) {
		const digits = number.slice(0, -USER_SUFFIX.length);
		if (!/^[0-9]+$/.test(digits)) throw new NumberFormatError(`may only contain digits: "${text}"`);
		return digits;
	}
	if (number.endsWith('@lid')) {
		throw new NumberFormatError(
			`is a LID, not a phone number: "${text}" (WhatsApp hides some senders behind a LID; use the trigger's senderNumber)`,
		);
	}
	throw new NumberFormatError(`must be a person's phone number, not a group or channel ID: "${text}"`);
}

/** A number or JID → the chat ID form (JID): plain numbers become <digits>@s.whatsapp.net. */
export function toChatJid(input: unknown): string {
	const number = toUazapiNumber(input);
	return number.includes('@') ? number : number + USER_SUFFIX;
}

/** A list typed as "a, b; c" or given as an array by an expression → the separate entries. */
export function splitList(input: unknown): string[] {
	const parts = Array.isArray(input) ? input.map(String) : String(input ?? '').split(/[,;\n]/);
	return parts.map((part) => part.trim()).filter(Boolean);
}
