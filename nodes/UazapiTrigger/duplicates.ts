import type { IDataObject } from 'n8n-workflow';
import { createHash } from 'node:crypto';

/** How many recent event keys a trigger remembers (in the workflow's static data). */
export const RECENT_KEYS = 500;

// Static data key: the hashed keys of the last RECENT_KEYS events that started the workflow, oldest first.
const RECENT = 'uazapiRecentEvents';

const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/** JSON with sorted keys: the same payload always gives the same text. */
function stable(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
	if (value && typeof value === 'object') {
		const object = value as IDataObject;
		return `{${Object.keys(object)
			.sort()
			.map((key) => `${JSON.stringify(key)}:${stable(object[key])}`)
			.join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

/**
 * What makes an event the same event when Uazapi delivers it again (a retry):
 * - `messages`: the message's ID (an edit or a reaction is a new message with its own ID);
 * - `messages_update`: the message's ID and its new status (Delivered, Read, Deleted are distinct updates);
 * - `call`: the call's ID and what happened (offer, terminate…);
 * - anything else (connection, groups, presence…): the whole payload, without the token.
 */
export function eventKey(payload: IDataObject): string {
	const event = text(payload.EventType);
	const message = payload.message as IDataObject | undefined;
	const messageId = message && typeof message === 'object' ? text(message.id) || text(message.messageid) : '';
	let key: string;
	if (messageId && event === 'messages_update') key = `${event}|${messageId}|${text(message!.status)}|${text(message!.edited)}`;
	else if (messageId) key = `${event}|${messageId}`;
	else {
		const call = (payload.event ?? {}) as IDataObject;
		const callId = event === 'call' ? text(call.CallID) || text(call.callId) || text(call.id) : '';
		const { token: _token, ...rest } = payload;
		key = callId ? `${event}|${callId}|${text(payload.type)}` : `${event}|${stable(rest)}`;
	}
	return createHash('sha256').update(key).digest('base64url').slice(0, 22);
}

/**
 * Whether this event key was seen recently; remembers it when not. The memory is the workflow's static
 * data: n8n saves it after executions of an active workflow only, per workflow, capped at RECENT_KEYS.
 */
export function seenBefore(staticData: IDataObject, key: string): boolean {
	const recent = Array.isArray(staticData[RECENT]) ? (staticData[RECENT] as string[]) : [];
	if (recent.includes(key)) return true;
	staticData[RECENT] = [...recent, key].slice(-RECENT_KEYS);
	return false;
}
