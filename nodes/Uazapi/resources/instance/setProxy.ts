import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { invalidInput, requiredText, textParameter } from '../../shared/validation';

const SCHEMES = ['http:', 'https:', 'socks5:'];

const fields: INodeProperties[] = [
	{
		displayName: 'Proxy URL',
		name: 'proxyUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'http://203.0.113.7:3128',
		description:
			'The proxy the instance connects to WhatsApp through: http://, https:// or socks5:// with host and port. Put the login in Username and Password, not here.',
	},
	{
		displayName: 'Username',
		name: 'proxyUsername',
		type: 'string',
		default: '',
		description: "The proxy's username, if it needs a login",
	},
	{
		displayName: 'Password',
		name: 'proxyPassword',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description: "The proxy's password, if it needs a login. It is never shown in outputs or errors.",
	},
];

/** Proxy URL + login → the one `proxy_url` Uazapi takes (http://user:password@host:port). */
function proxyUrlOf(context: IExecuteSingleFunctions): string {
	const text = requiredText(context, 'proxyUrl', 'Proxy URL');
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		throw invalidInput(context, 'Proxy URL', 'is not a URL', 'Write it as http://host:port, https://host:port or socks5://host:port.');
	}
	if (!SCHEMES.includes(url.protocol) || !url.hostname) {
		throw invalidInput(context, 'Proxy URL', `must start with http://, https:// or socks5:// and name a host`, 'Example: http://203.0.113.7:3128');
	}
	if (url.username || url.password) {
		throw invalidInput(context, 'Proxy URL', 'contains a login', 'Put the login in Username and Password instead, so the password stays hidden.');
	}
	const username = textParameter(context, 'proxyUsername', 'Username');
	const password = textParameter(context, 'proxyPassword', 'Password', { trim: false });
	if (password && !username) throw invalidInput(context, 'Username', 'is empty', 'A proxy password needs its username.');
	if (username) {
		url.username = encodeURIComponent(username);
		if (password) url.password = encodeURIComponent(password);
	}
	// new URL adds a "/" after a bare host; Uazapi takes host:port.
	return url.pathname === '/' && !text.endsWith('/') ? url.href.replace(/\/$/, '') : url.href;
}

async function buildProxy(this: IExecuteSingleFunctions, request: RequestOptions) {
	return { ...request, body: { enable: true, proxy_url: proxyUrlOf(this) } };
}

export const setProxy = defineOperation({
	resource: 'instance',
	name: 'Set Proxy',
	value: 'setProxy',
	action: 'Set the proxy',
	description: 'Connects the instance to WhatsApp through a proxy of your own (Uazapi tests it first; the connection may restart)',
	method: 'POST',
	path: '/instance/proxy',
	fields,
	prepare: buildProxy,
	secrets(this: IExecuteSingleFunctions) {
		return [String(this.getNodeParameter('proxyPassword', '') ?? '')];
	},
});
