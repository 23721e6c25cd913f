import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { NumberFormatError, splitList, toPhoneDigits } from '../numbers';
import { invalidInput } from '../validation';

/**
 * `track_source` of every Free Text question: Uazapi keeps it in its message history, where the executions
 * waiting on one chat find each other's questions (answer.ts, `answersNewerQuestion`).
 */
export const FREE_TEXT_TRACK_SOURCE = 'n8n-send-and-wait';

/** The reply-button IDs of an approval (and the `answer` of its links). */
export const APPROVE_ID = 'approve';
export const DECLINE_ID = 'decline';

/** What an answer is matched against; it travels in the signed resume URL Uazapi delivers to. */
export interface Question {
	/** The chat the question went to, as Uazapi names it (`chatid` of the sent message). */
	chatId: string;
	/** The bare ID of the question's message: button, list and poll answers quote it. */
	messageId: string;
	/** When the question was sent (ms): free text must come after it. */
	sentAt: number;
	/** When waiting ends (ms), 0 for no limit: a temporary webhook past it is stale. */
	expires: number;
}

/** The query parameters of the resume URL that carry the question; `waitQuestion` marks our webhooks. */
const KEYS = { chatId: 'waitChat', messageId: 'waitQuestion', sentAt: 'waitSince', expires: 'waitUntil' } as const;

export function questionParameters(question: Question): Record<string, string> {
	return {
		[KEYS.chatId]: question.chatId,
		[KEYS.messageId]: question.messageId,
		[KEYS.sentAt]: String(question.sentAt),
		[KEYS.expires]: String(question.expires),
	};
}

/** The question a resume URL (its query) carries, or undefined when it carries none. */
export function questionOf(query: Record<string, unknown> | URLSearchParams): Question | undefined {
	const get = (key: string) => String((query instanceof URLSearchParams ? query.get(key) : query[key]) ?? '');
	if (!get(KEYS.messageId)) return undefined;
	return {
		chatId: get(KEYS.chatId),
		messageId: get(KEYS.messageId),
		sentAt: Number(get(KEYS.sentAt)) || 0,
		expires: Number(get(KEYS.expires)) || 0,
	};
}

/** Reads a node parameter: an execute context's first item, or the waiting node's webhook context. */
export interface ParameterSource {
	getNodeParameter(name: string, fallback?: unknown): unknown;
}

type Label = (value: unknown, field: string) => string;
const plain: Label = (value) => String(value ?? '').trim();

/** The approval's button labels; `decline` only for Approve and Decline. */
export function approvalLabels(source: ParameterSource, label: Label = plain): { approve: string; decline?: string } {
	const values = (source.getNodeParameter('approvalOptions.values', {}) ?? {}) as IDataObject;
	const approve = label(values.approveLabel ?? 'Approve', 'Approve Button Label');
	if (values.approvalType !== 'double') return { approve };
	return { approve, decline: label(values.disapproveLabel ?? 'Decline', 'Decline Button Label') };
}

export interface ChoiceOption {
	id: string;
	label: string;
}

/** The options of a Choice question: at least two, IDs default to labels, no ID twice. */
export function choiceOptions(source: ParameterSource, label: Label = plain, refuse?: (field: string, problem: string) => Error): ChoiceOption[] {
	const entries = (((source.getNodeParameter('choices', {}) ?? {}) as IDataObject).choice ?? []) as IDataObject[];
	const options = entries.map((entry, index) => {
		const text = label(entry.label, `Option ${index + 1} Label`);
		const id = plain(entry.id, '') ? label(entry.id, `Option ${index + 1} ID`) : text;
		return { id, label: text };
	});
	if (refuse) {
		if (options.length < 2) throw refuse('Options', `has ${options.length} option(s); add at least 2`);
		const ids = new Set<string>();
		for (const option of options) {
			if (ids.has(option.id)) throw refuse('Options', `has the ID "${option.id}" twice`);
			ids.add(option.id);
		}
	}
	return options;
}

/** The numbers whose answers count (digits), empty for anyone; a bad entry is refused when sending. */
export function approversOf(source: ParameterSource, item?: IExecuteSingleFunctions): string[] {
	const entries = splitList(source.getNodeParameter('approvers', ''));
	return entries.map((entry) => {
		try {
			return toPhoneDigits(entry);
		} catch (error) {
			if (item && error instanceof NumberFormatError) throw invalidInput(item, 'Only Answers From', `"${entry}" ${error.message}`);
			return entry;
		}
	});
}
