import type { IDataObject } from 'n8n-workflow';

// Keys whose values are secrets wherever they appear in a Uazapi answer or payload (the Instance
// object carries its token, webhook payloads the instance token, agents and Chatwoot their keys).
const SECRET_KEYS = new Set([
	'token',
	'apitoken',
	'admintoken',
	'openai_apikey',
	'apikey',
	'x-api-key',
	'proxy_password',
	'chatwoot_token',
]);

const MASK = '***';

// Every string of every answer is masked: the forms of a secret are worked out once, not per string.
const knownForms = new Map<string, string[]>();

/** Every form a secret can take inside a text: plain, JSON-escaped, URL-encoded, base64. */
function formsOf(secret: string): string[] {
	let forms = knownForms.get(secret);
	if (!forms) {
		forms = computeForms(secret);
		// A long-running n8n sees few credentials; the bound only guards against a leak.
		if (knownForms.size > 100) knownForms.clear();
		knownForms.set(secret, forms);
	}
	return forms;
}

function computeForms(secret: string): string[] {
	const forms = new Set([
		secret,
		JSON.stringify(secret).slice(1, -1),
		encodeURIComponent(secret),
		Buffer.from(secret).toString('base64'),
		Buffer.from(secret).toString('base64').replace(/=+$/, ''),
	]);
	return [...forms].filter((form) => form.length >= 4).sort((a, b) => b.length - a.length);
}

/**
 * The secrets worth masking, trimmed (they travel trimmed): strings of 4 or more characters (shorter ones
 * would mask ordinary text).
 */
export function usableSecrets(values: unknown[]): string[] {
	const trimmed = values.map((value) => (typeof value === 'string' ? value.trim() : ''));
	return [...new Set(trimmed.filter((value) => value.length >= 4))];
}

/** Masks every secret, in each of its forms. Mask before cutting a text short, never after. */
export function redactSecrets(text: string, secrets: string[]): string {
	let result = text;
	for (const secret of secrets) {
		for (const form of formsOf(secret)) if (result.includes(form)) result = result.split(form).join(MASK);
	}
	return result;
}

export function isSecretKey(key: string): boolean {
	return SECRET_KEYS.has(key.toLowerCase());
}

/** A deep copy without any secret: secret keys dropped, secrets in keys and values masked. */
export function withoutSecrets<T>(value: T, secrets: string[]): T {
	const clean = (node: unknown): unknown => {
		if (typeof node === 'string') return secrets.length ? redactSecrets(node, secrets) : node;
		if (Array.isArray(node)) return node.map(clean);
		if (node && typeof node === 'object' && !Buffer.isBuffer(node)) {
			const out: IDataObject = {};
			for (const [key, child] of Object.entries(node)) {
				if (isSecretKey(key)) continue;
				out[secrets.length ? redactSecrets(key, secrets) : key] = clean(child) as IDataObject;
			}
			return out;
		}
		return node;
	};
	return clean(value) as T;
}

/**
 * Compares without stopping at the first difference or at a length mismatch, so timing reveals
 * neither the token nor its length (the loop runs over the longer of the two).
 */
export function sameSecret(given: unknown, expected: unknown): boolean {
	if (typeof given !== 'string' || typeof expected !== 'string' || !expected) return false;
	const length = Math.max(given.length, expected.length);
	let difference = given.length ^ expected.length;
	for (let i = 0; i < length; i++) difference |= (given.charCodeAt(i) | 0) ^ (expected.charCodeAt(i) | 0);
	return difference === 0;
}
