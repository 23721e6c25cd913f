import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { oncePerRun } from './perRun';
import { usableSecrets } from './secrets';

export const CREDENTIAL = 'uazapiApi';

/** The server's admin credential (Admin resource): the `admintoken` header instead of `token`. */
export const ADMIN_CREDENTIAL = 'uazapiAdminApi';

export const DEFAULT_PROXY_URL = 'https://n8ntools.io/api/v1/proxy/uazapi';

export type Connection = 'proxy' | 'direct';

/** The credential as the transport uses it: trimmed, URLs without a trailing slash. */
export interface UazapiCredentials {
	connection: Connection;
	/** The Uazapi server (Server URL). */
	serverUrl: string;
	token: string;
	/** The header the token travels in: `token` (an instance) or `admintoken` (the server's admin). */
	tokenHeader: 'token' | 'admintoken';
	proxyUrl: string;
	apiKey: string;
	instanceId: string;
	/** Every secret of the credential, to mask wherever text is shown. */
	secrets: string[];
}

/** A credential field that cannot work, found before any request. Its text names the field. */
export class CredentialProblem extends Error {
	/** The problem alone, without the hint. */
	readonly summary: string;

	constructor(
		readonly field: string,
		problem: string,
		readonly hint: string,
	) {
		// Some places (an HTTP Request node, an activation error on newer n8n) show only the message.
		super(`The Uazapi credential's "${field}" ${problem}. ${hint}`);
		this.summary = `The Uazapi credential's "${field}" ${problem}`;
		this.name = 'CredentialProblem';
	}
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, '');

function checkedUrl(value: unknown, field: string, example: string): string {
	const url = withoutTrailingSlash(text(value));
	if (!url) throw new CredentialProblem(field, 'is empty', `Enter it, e.g. ${example}.`);
	if (!/^https?:\/\/[^\s/?#]+/i.test(url) || /\s/.test(url)) {
		throw new CredentialProblem(field, `is not an http(s) address: "${url}"`, `Write it with http:// or https://, e.g. ${example}.`);
	}
	return url;
}

function required(value: unknown, field: string, hint: string): string {
	const secret = text(value);
	if (!secret) throw new CredentialProblem(field, 'is empty', hint);
	return secret;
}

export function connectionOf(data: ICredentialDataDecryptedObject): Connection {
	return data.connection === 'direct' ? 'direct' : 'proxy';
}

/** How requests travel, checked: the part both credentials share. */
function readConnection(data: ICredentialDataDecryptedObject) {
	const connection = connectionOf(data);
	const proxy = connection === 'proxy';
	return {
		connection,
		serverUrl: checkedUrl(data.apiUrl, 'Server URL', 'https://mycompany.uazapi.com'),
		proxyUrl: proxy ? checkedUrl(text(data.proxyUrl) || DEFAULT_PROXY_URL, 'Proxy URL', DEFAULT_PROXY_URL) : '',
		apiKey: proxy ? required(data.n8nToolsApiKey, 'n8n Tools API Key', 'Your n8n Tools account shows it.') : '',
	};
}

/** Reads and checks the stored credential; throws a CredentialProblem naming the field to fix. */
export function readCredentials(data: ICredentialDataDecryptedObject): UazapiCredentials {
	const travel = readConnection(data);
	const token = required(data.apiToken, 'Instance Token', 'Copy it from the instance in the Uazapi panel.');
	return {
		...travel,
		token,
		tokenHeader: 'token',
		instanceId: text(data.instanceId),
		secrets: usableSecrets([token, travel.apiKey, data.apiToken, data.n8nToolsApiKey, data.openAiApiKey]),
	};
}

/** Reads and checks the stored admin credential (Uazapi Admin API). */
export function readAdminCredentials(data: ICredentialDataDecryptedObject): UazapiCredentials {
	const travel = readConnection(data);
	const token = required(data.adminToken, 'Admin Token', "Your Uazapi server's admin token (not an instance token).");
	return {
		...travel,
		token,
		tokenHeader: 'admintoken',
		instanceId: '',
		secrets: usableSecrets([token, travel.apiKey, data.adminToken, data.n8nToolsApiKey]),
	};
}


/** The secrets of stored credential data, whether or not the rest of it is valid. */
export function secretsOf(data: ICredentialDataDecryptedObject | undefined): string[] {
	if (!data) return [];
	return usableSecrets([data.apiToken, data.adminToken, data.n8nToolsApiKey, data.openAiApiKey].map(text));
}

interface CredentialSource {
	getCredentials<T extends object = ICredentialDataDecryptedObject>(type: string, itemIndex?: number): Promise<T>;
	getExecuteData?: () => object;
	getNode?: () => { parameters?: object };
}

/** The credential a node run uses: the admin credential for the Admin resource, the instance's otherwise. */
export function credentialTypeOf(context: CredentialSource): string {
	const parameters = (context.getNode?.().parameters ?? {}) as { resource?: unknown };
	return parameters.resource === 'admin' ? ADMIN_CREDENTIAL : CREDENTIAL;
}

/**
 * The stored credential data of this run (or context), loaded once: n8n reads it from its database and
 * decrypts it on every call.
 */
export async function storedCredentials(context: CredentialSource): Promise<ICredentialDataDecryptedObject> {
	return await oncePerRun(context, 'credentials', async () => await context.getCredentials<ICredentialDataDecryptedObject>(credentialTypeOf(context)));
}
