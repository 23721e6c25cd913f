import type { ICredentialDataDecryptedObject, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { Connection } from './transport';

/** What a 404 is about, so the message can say which thing was not found. */
export type Subject = 'instance' | 'chat' | 'message' | 'group' | 'webhook' | 'quick reply';

export interface Explanation {
	message: string;
	description: string;
}

/** What a status means for one operation, where Uazapi gives it a meaning of its own (API.md §8). */
export type StatusMeanings = Partial<Record<number, Explanation>>;

/** What a failed call was about: the thing a 404 did not find, and the operation's own status meanings. */
export interface Concern {
	subject: Subject;
	meanings?: StatusMeanings;
}

export interface Failure extends Concern {
	status: number;
	body: unknown;
	connection: Connection;
}

const NOT_FOUND_HINT: Record<Subject, string> = {
	instance: 'Check "Server URL" and "Instance Token" in the Uazapi credential.',
	chat: 'Check the number or chat ID: the chat must exist on this WhatsApp account.',
	message: 'Check the message ID. Uazapi keeps messages for about 7 days.',
	group: 'Check the group ID, and that this WhatsApp account is still a member of the group.',
	webhook: 'Check the webhook ID: use Webhook → Get to list the webhooks of this instance.',
	'quick reply': 'Check the quick reply name or ID: use the list of saved quick replies.',
};

function serverText(body: unknown): string {
	if (typeof body === 'string') return body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 300);
	if (body && typeof body === 'object') {
		const { error, message, response } = body as Record<string, unknown>;
		for (const candidate of [error, message, response]) {
			if (typeof candidate === 'string' && candidate) return candidate;
		}
	}
	return '';
}

function mentionsApiKey(text: string): boolean {
	return /api[\s_-]?key/i.test(text);
}

// The proxy's own refusals are not documented: a bare "Unauthorized"/"Forbidden" (or nothing) may
// come from the proxy or from Uazapi, so such an answer names both secrets.
function isBareRefusal(text: string): boolean {
	return /^(unauthori[sz]ed|forbidden|access denied|invalid credentials)?[.!]?$/i.test(text.trim());
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The error table (DESIGN.md §4): an HTTP failure → a message a person can act on. */
export function explainFailure({ status, body, connection, subject, meanings }: Failure): Explanation {
	const said = serverText(body);
	const saidSentence = said ? ` Uazapi said: "${said}".` : '';

	// The proxy passes Uazapi's own 401/403 through; an answer about the API key is the proxy's.
	if (connection === 'proxy' && (status === 401 || status === 403)) {
		if (mentionsApiKey(said)) {
			return {
				message: 'The n8n Tools proxy refused the API key',
				description: 'Check "n8n Tools API Key" in the Uazapi credential (your n8n Tools account shows the key).',
			};
		}
		if (isBareRefusal(said)) {
			return {
				message: `The request was refused (HTTP ${status})`,
				description: `Check "n8n Tools API Key" (your n8n Tools account shows it) and "Instance Token" (the instance in the Uazapi panel) in the Uazapi credential.${saidSentence}`,
			};
		}
	}
	if (connection === 'proxy' && (status === 502 || status === 504)) {
		return {
			message:
				status === 502
					? 'The n8n Tools proxy could not reach your Uazapi server'
					: 'The n8n Tools proxy timed out waiting for your Uazapi server',
			description: `Check "Server URL" in the Uazapi credential and that the server is online.${saidSentence}`,
		};
	}
	const meaning = meanings?.[status];
	if (meaning) return { message: meaning.message, description: `${meaning.description}${saidSentence}` };
	if (status === 401) {
		if (/session|not connected/i.test(said)) {
			return {
				message: 'The WhatsApp instance is not connected',
				description: `Connect it first: Instance → Get QR Code, then scan the code with WhatsApp.${saidSentence}`,
			};
		}
		return {
			message: 'Uazapi refused the instance token',
			description: `Check "Instance Token" in the Uazapi credential: copy it from the instance in the Uazapi panel.${saidSentence}`,
		};
	}
	if (status === 403) {
		return {
			message: 'Uazapi does not allow this action',
			description: `This WhatsApp account may need to be a group admin, or the action is restricted for this account.${saidSentence}`,
		};
	}
	// Uazapi answers a 404 with {"error": ...}; a page that is not JSON means the address is not a Uazapi API.
	if (status === 404 && (typeof body !== 'object' || body === null)) {
		return {
			message: 'No Uazapi API at this address (HTTP 404)',
			description: `Check ${connection === 'proxy' ? '"Proxy URL" and "Server URL"' : '"Server URL"'} in the Uazapi credential: use the server's base address, without a path.${saidSentence}`,
		};
	}
	if (status === 404) {
		return {
			message: `${capitalized(subject)} not found`,
			description: `${NOT_FOUND_HINT[subject]}${saidSentence}`,
		};
	}
	if (status === 409) {
		return {
			message: 'Uazapi could not do this right now (conflict)',
			description: `Wait a moment and try again.${saidSentence}`,
		};
	}
	if (status === 413) {
		return {
			message: 'The file is too large for Uazapi',
			description: `Send a smaller file, or compress it first.${saidSentence}`,
		};
	}
	if (status === 415) {
		return {
			message: 'Uazapi does not support this file format',
			description: `Use a common format: JPEG or PNG images, MP4 video, MP3 or OGG audio, WEBP stickers.${saidSentence}`,
		};
	}
	if (status === 429) {
		return {
			message: 'Uazapi is rate limiting this instance',
			description: `Too many requests in a short time. Add a delay in "Send Options", send one by one with a pause ("Delivery"), or use fewer items per run.${saidSentence}`,
		};
	}
	if (status === 400) {
		return {
			message: 'Uazapi rejected the request',
			description: said ? `Uazapi said: "${said}".` : 'Check the values of this item.',
		};
	}
	if (status >= 500) {
		return {
			message: 'Uazapi or WhatsApp is unavailable',
			description: `The Uazapi server failed (HTTP ${status}). Try again later; if it persists, check the instance in the Uazapi panel.${saidSentence}`,
		};
	}
	return {
		message: `Uazapi answered with HTTP ${status}`,
		description: said ? `Uazapi said: "${said}".` : 'No further details were given.',
	};
}

const NETWORK_CODES: Record<string, string> = {
	ECONNREFUSED: 'refused the connection',
	ENOTFOUND: 'could not be found (DNS)',
	EAI_AGAIN: 'could not be found (DNS)',
	ECONNRESET: 'closed the connection',
	EHOSTUNREACH: 'is unreachable',
	ENETUNREACH: 'is unreachable',
	ETIMEDOUT: 'did not answer in time',
	ECONNABORTED: 'did not answer in time',
};

// n8n wraps a failed request in a NodeApiError that keeps the code in `httpCode` and the original
// text in `messages`; plain errors carry `code` and `message`, sometimes one `cause` deeper.
function networkCode(error: unknown): string | undefined {
	let current = error as Record<string, unknown> | undefined;
	for (let depth = 0; current && depth < 4; depth++) {
		const texts = [current.code, current.httpCode, current.message, ...((current.messages as unknown[]) ?? [])].filter(
			(text): text is string => typeof text === 'string',
		);
		for (const text of texts) {
			const named = Object.keys(NETWORK_CODES).find((code) => text.includes(code));
			if (named) return named;
			if (/timeout|timed out/i.test(text)) return 'ETIMEDOUT';
		}
		current = current.cause as Record<string, unknown> | undefined;
	}
	return undefined;
}

/** A request that never got an HTTP answer: say which server and what to check. */
export function explainNetworkFailure(error: unknown, connection: Connection): Explanation | undefined {
	const code = networkCode(error);
	if (!code) return undefined;
	const server = connection === 'proxy' ? 'The n8n Tools proxy' : 'Your Uazapi server';
	const field = connection === 'proxy' ? '"Proxy URL"' : '"Server URL"';
	return {
		message: `${server} ${NETWORK_CODES[code]}`,
		description: `Check ${field} in the Uazapi credential and that the server is online (${code}).`,
	};
}

/** Removes every secret of the credential from a text before it is shown anywhere. */
export function redactSecrets(text: string, credentials: ICredentialDataDecryptedObject, extra: string[] = []): string {
	let result = text;
	for (const secret of [credentials.apiToken, credentials.n8nToolsApiKey, ...extra]) {
		if (typeof secret === 'string' && secret.length >= 4) result = result.split(secret).join('***');
	}
	return result;
}

export function uazapiError(
	node: INode,
	explanation: Explanation,
	details: { httpCode?: string; itemIndex?: number; credentials: ICredentialDataDecryptedObject },
): NodeApiError {
	const message = redactSecrets(explanation.message, details.credentials);
	const description = redactSecrets(explanation.description, details.credentials);
	const cause: JsonObject = { message };
	const error = new NodeApiError(node, cause, {
		message,
		description,
		httpCode: details.httpCode ?? 'none',
		itemIndex: details.itemIndex,
	});
	explained.add(error);
	return error;
}

const explained = new WeakSet<Error>();

/** True for errors this node already explained (they are passed on as they are). */
export function isExplained(error: unknown): boolean {
	return error instanceof Error && explained.has(error);
}
