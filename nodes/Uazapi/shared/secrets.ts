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

/** Every form a secret can take inside a text: plain, JSON-escaped, URL-encoded, base64. */
function formsOf(secret: string): string[] {
	const forms = new Set([
		secret,
		JSON.stringify(secret).slice(1, -1),
		encodeURIComponent(secret),
		Buffer.from(secret).toString('base64'),
		Buffer.from(secret).toString('base64').replace(/=+$/, ''),
	]);
	return [...forms].filter((form) => form.length >= 4).sort((a, b) => b.length - a.length);
}

/** The secrets worth masking: strings of 4 or more characters (shorter ones would mask ordinary text). */
export function usableSecrets(values: unknown[]): string[] {
	return values.filter((value): value is string => typeof value === 'string' && value.trim().length >= 4);
}

/** Masks every secret, in each of its forms. Mask before cutting a text short, never after. */
export function redactSecrets(text: string, secrets: string[]): string {
	let result = text;
	for (const secret of secrets) {
		for (const form of formsOf(secret)) result = result.split(form).join(MASK);
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
