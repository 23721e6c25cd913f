import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { Connection } from './credentials';
import { redactSecrets } from './secrets';

/** What a 404 is about, so the message can say which thing was not found. */
export type Subject = 'instance' | 'chat' | 'message' | 'group' | 'webhook' | 'quick reply';

export interface Explanation {
	message: string;
	description: string;
}

/** What a status means for one operation, where Uazapi gives it a meaning of its own. */
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
	/** Masked in what the server said. */
	secrets?: string[];
}

const NOT_FOUND_HINT: Record<Subject, string> = {
	instance: 'Check "Server URL" and "Instance Token" in the Uazapi credential.',
	chat: 'Check the number or chat ID: the chat must exist on this WhatsApp account.',
	message: 'Check the message ID. Uazapi keeps messages for about 7 days.',
	group: 'Check the group ID, and that this WhatsApp account is still a member of the group.',
	webhook: 'Check the webhook ID: use Webhook → Get to list the webhooks of this instance.',
	'quick reply': 'Check the quick reply name or ID: use the list of saved quick replies.',
};

const SERVER_TEXT_LIMIT = 300;

/** What the server said, secrets masked first (a text cut short could keep part of a secret). */
function serverText(body: unknown, secrets: string[]): string {
	let said = '';
	if (typeof body === 'string') said = body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
	else if (body && typeof body === 'object') {
		const { error, message, response } = body as Record<string, unknown>;
		said = [error, message, response].find((candidate): candidate is string => typeof candidate === 'string' && !!candidate) ?? '';
	}
	const masked = redactSecrets(said, secrets);
	return masked.length > SERVER_TEXT_LIMIT ? `${masked.slice(0, SERVER_TEXT_LIMIT)}…` : masked;
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

/** The error table (docs/ARCHITECTURE.md, "Errors"): an HTTP failure → a message a person can act on. */
export function explainFailure({ status, body, connection, subject, meanings, secrets = [] }: Failure): Explanation {
	const said = serverText(body, secrets);
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
	EPIPE: 'closed the connection',
	EHOSTUNREACH: 'is unreachable',
	ENETUNREACH: 'is unreachable',
	ETIMEDOUT: 'did not answer in time',
	ECONNABORTED: 'did not answer in time',
	EPROTO: 'failed the TLS handshake',
	CERT_HAS_EXPIRED: 'has an expired TLS certificate',
	DEPTH_ZERO_SELF_SIGNED_CERT: 'has a self-signed TLS certificate',
	SELF_SIGNED_CERT_IN_CHAIN: 'has a self-signed TLS certificate',
	UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'has a TLS certificate that cannot be verified',
	ERR_STREAM_PREMATURE_CLOSE: 'cut the answer off before it was complete',
	ABORTED: 'cut the answer off before it was complete',
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
			if (/stream has been aborted|aborted|premature close|socket hang up/i.test(text)) return 'ABORTED';
			if (/timeout|timed out/i.test(text)) return 'ETIMEDOUT';
		}
		current = current.cause as Record<string, unknown> | undefined;
	}
	return undefined;
}

const serverOf = (connection: Connection) => (connection === 'proxy' ? 'The n8n Tools proxy' : 'Your Uazapi server');
const urlFieldOf = (connection: Connection) => (connection === 'proxy' ? '"Proxy URL"' : '"Server URL"');

/**
 * A request that never got a whole HTTP answer: say which server and what to check. `deadlineMs`:
 * the answer did not arrive in time.
 */
export function explainNetworkFailure(error: unknown, connection: Connection, deadlineMs?: number): Explanation {
	const server = serverOf(connection);
	const field = urlFieldOf(connection);
	if (deadlineMs !== undefined) {
		return {
			message: `${server} did not answer within ${deadlineMs / 1000} s`,
			description: `Check ${field} in the Uazapi credential and that the server is online. A slow server: raise the timeout in the node's Request Options.`,
		};
	}
	const code = networkCode(error);
	if (!code) {
		return {
			message: `The request to ${connection === 'proxy' ? 'the n8n Tools proxy' : 'your Uazapi server'} failed`,
			description: `${String((error as Error)?.message ?? error)}. Check ${field} in the Uazapi credential and that the server is online.`,
		};
	}
	const shown = code === 'ABORTED' ? 'connection cut' : code;
	return {
		message: `${server} ${NETWORK_CODES[code]}`,
		description: `Check ${field} in the Uazapi credential and that the server is online (${shown}).`,
	};
}

/** Where a redirect points, as a full address (a relative Location is read against `from`), without query or user info. */
function redirectTarget(location: unknown, from: string | undefined): string {
	if (typeof location !== 'string' || !location.trim()) return '';
	try {
		const url = new URL(location.trim(), from);
		return `${url.origin}${url.pathname}`;
	} catch {
		return location.split('?')[0];
	}
}

/**
 * A 3xx answer: never followed, since the request carries the token or the API key. `from`: the address
 * asked for, to name a relative Location in full.
 */
export function explainRedirect(connection: Connection, location: unknown, from?: string): Explanation {
	const field = urlFieldOf(connection);
	const target = redirectTarget(location, from);
	const where = target ? ` to ${target}` : '';
	return {
		message: `${serverOf(connection)} redirected the request${where}`,
		description: `Requests carry your token, so redirects are not followed. Put the final address into ${field} of the Uazapi credential (for example https:// instead of http://).`,
	};
}

/** An error of this node: texts without secrets, item index set, shown as a Uazapi API error. */
export class UazapiError extends NodeApiError {
	constructor(node: INode, explanation: Explanation, details: { httpCode?: string; itemIndex?: number; secrets?: string[] }) {
		const message = redactSecrets(explanation.message, details.secrets ?? []);
		const description = redactSecrets(explanation.description, details.secrets ?? []);
		super(node, { message } as JsonObject, {
			message,
			description,
			httpCode: details.httpCode ?? 'none',
			itemIndex: details.itemIndex,
		});
		// n8n (its error view, its serialisation) knows the error by this name.
		this.name = 'NodeApiError';
	}
}

/**
 * RoutingNode turns every error that is not a NodeApiError into one, so a refusal of bad input would be
 * shown as coming from the API ("From Uazapi", "Error code: none"). This carries a NodeOperationError
 * through it with what n8n shows and stores unchanged: its name, message, description and item, and no
 * HTTP code.
 */
export class InputRefusal extends NodeApiError {
	constructor(refusal: NodeOperationError) {
		super(refusal.node, { message: refusal.message } as JsonObject, {
			message: refusal.message,
			description: refusal.description ?? undefined,
			itemIndex: refusal.context.itemIndex as number | undefined,
			level: 'warning',
		});
		this.name = 'NodeOperationError';
		this.httpCode = null;
	}
}

/** What the dispatcher throws: refusals keep their face through RoutingNode (see InputRefusal). */
export function throwable(error: NodeApiError | NodeOperationError): NodeApiError {
	return error instanceof NodeOperationError ? new InputRefusal(error) : error;
}

/**
 * A trigger's failure as n8n reports it while activating or after emitError: n8n (2.8 and 2.41) keeps only the
 * error's message there, so the hint (which credential field to fix) goes into the message too.
 */
export function activationError(node: INode, error: unknown): NodeOperationError {
	const { message, description } = error as { message?: string; description?: string | null };
	const text = String(message ?? error).replace(/\.$/, '');
	const hint = description && !text.includes(description) ? ` ${description}` : '';
	return new NodeOperationError(node, `${text}.${hint}`, { description: description ?? undefined });
}
