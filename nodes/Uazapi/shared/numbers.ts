const JID_SUFFIXES = ['@s.whatsapp.net', '@g.us', '@lid', '@newsletter'];
const MIN_DIGITS = 8;
const MAX_DIGITS = 15;

export class NumberFormatError extends Error {}

/**
 * What people type → what Uazapi accepts: international digits without "+", spaces, dashes, dots or
 * parentheses; WhatsApp IDs (JIDs) are kept as they are. Throws NumberFormatError with the reason.
 */
export function toUazapiNumber(input: unknown): string {
	const text = String(input ?? '').trim();
	if (!text) throw new NumberFormatError('is empty');
	if (text.includes('@')) {
		const suffix = JID_SUFFIXES.find((s) => text.toLowerCase().endsWith(s));
		const local = suffix ? text.slice(0, -suffix.length) : '';
		if (!suffix || !/^[0-9][0-9-]*(:[0-9]+)?$/.test(local)) {
			throw new NumberFormatError(
				`is not a WhatsApp ID: "${text}" (expected a number or an ID ending in ${JID_SUFFIXES.join(', ')})`,
			);
		}
		return local + suffix;
	}
	const digits = text.replace(/[\s+\-.()]/g, '');
	if (!/^[0-9]+$/.test(digits)) {
		throw new NumberFormatError(`may only contain digits: "${text}"`);
	}
	if (digits.length < MIN_DIGITS) {
		throw new NumberFormatError(`has too few digits (${digits.length}): include the country code, e.g. 5511999999999`);
	}
	if (digits.length > MAX_DIGITS) {
		throw new NumberFormatError(`has too many digits (${digits.length}): at most ${MAX_DIGITS} are possible`);
	}
	return digits;
}

/** A list typed as "a, b; c" or given as an array by an expression → the separate entries. */
export function splitList(input: unknown): string[] {
	const parts = Array.isArray(input) ? input.map(String) : String(input ?? '').split(/[,;\n]/);
	return parts.map((part) => part.trim()).filter(Boolean);
}
