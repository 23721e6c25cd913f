import type { IDataObject, IWebhookFunctions, IWebhookResponseData, IWebhookDescription } from 'n8n-workflow';

import { isoDate, messageKindOf, senderNumberOf } from '../../../UazapiTrigger/event';
import { storedCredentials } from '../credentials';
import { sameSecret } from '../secrets';
import type { ChoiceOption, ParameterSource, Question } from './question';
import { uazapiRequest } from '../transport';
import { APPROVE_ID, DECLINE_ID, FREE_TEXT_TRACK_SOURCE, approvalLabels, approversOf, choiceOptions, questionOf } from './question';
import { removeWaitingWebhooksOf } from './registration';

/**
 * The waiting webhooks of Send and Wait, as n8n's own send-and-wait nodes declare them: n8n routes
 * `<webhook-waiting base>/<execution ID>/<node ID>` to the waiting node (`restartWebhook`).
 */
export const SEND_AND_WAIT_WEBHOOKS: IWebhookDescription[] = [
	{ name: 'default', httpMethod: 'GET', responseMode: 'onReceived', responseData: '', path: '={{ $nodeId }}', restartWebhook: true, isFullPath: true },
	{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', responseData: '', path: '={{ $nodeId }}', restartWebhook: true, isFullPath: true },
];

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export type Verdict = { output: IDataObject } | { ignored: string };

export interface Expected {
	responseType: string;
	approvers: string[];
	decline: boolean;
	choiceType: string;
	options: ChoiceOption[];
	multiple: boolean;
}

export function expectedOf(source: ParameterSource): Expected {
	return {
		responseType: String(source.getNodeParameter('responseType', 'approval')),
		approvers: approversOf(source),
		decline: approvalLabels(source).decline !== undefined,
		choiceType: String(source.getNodeParameter('choiceType', 'list')),
		options: choiceOptions(source),
		multiple: source.getNodeParameter('multipleChoice', false) === true,
	};
}

/** The poll a vote is for: Uazapi's `quoted`, or the poll's key in the vote's content. */
function votedPoll(message: IDataObject): string {
	const content = (message.content ?? {}) as IDataObject;
	const key = (content.pollCreationMessageKey ?? content.PollCreationMessageKey ?? {}) as IDataObject;
	return text(message.quoted) || text(key.ID ?? key.id);
}

/** The options a poll vote names: Uazapi joins the chosen labels with ", " (labels may hold ", " too). */
function votedOptions(vote: string, options: ChoiceOption[]): ChoiceOption[] {
	if (!vote) return [];
	const joined = `, ${vote}, `;
	return options.filter((option) => joined.includes(`, ${option.label}, `));
}

/**
 * Whether a Uazapi delivery answers the question, and the output item if so. Only a message from the
 * question's chat counts, not one the instance sent, and in a group only from the approvers (if set):
 * buttons, list and poll answers must quote the question; free text must come after it and quote
 * nothing else.
 */
export function judge(payload: IDataObject, question: Question, expected: Expected): Verdict {
	const message = payload.message as IDataObject | undefined;
	if (payload.EventType !== 'messages' || !message || typeof message !== 'object') return { ignored: 'not a message' };
	if (message.fromMe === true) return { ignored: 'sent by the instance' };
	if (![text(message.chatid), text(message.chatlid)].includes(question.chatId)) return { ignored: 'another chat' };
	const number = senderNumberOf(message);
	if (expected.approvers.length && !expected.approvers.includes(number)) return { ignored: 'not from an approver' };
	const kind = messageKindOf(message);
	const quoted = text(message.quoted);
	const answer: IDataObject = {
		number,
		name: text(message.senderName),
		answeredAt: isoDate(message.messageTimestamp),
		chatId: text(message.chatid),
		questionMessageId: question.messageId,
		answerMessageId: text(message.messageid),
		timedOut: false,
	};
	const notAnswer = { ignored: 'not an answer to the question' };
	if (expected.responseType === 'approval') {
		if (kind !== 'buttonReply' || quoted !== question.messageId) return notAnswer;
		const id = text(message.buttonOrListid);
		if (id !== APPROVE_ID && !(expected.decline && id === DECLINE_ID)) return notAnswer;
		return { output: { approved: id === APPROVE_ID, ...answer } };
	}
	if (expected.responseType === 'choice') {
		let selected: ChoiceOption[];
		if (expected.choiceType === 'poll') {
			if (kind !== 'pollVote' || votedPoll(message) !== question.messageId) return notAnswer;
			selected = votedOptions(text(message.vote), expected.options);
			if (!expected.multiple) selected = selected.slice(0, 1);
		} else {
			if (kind !== 'listReply' || quoted !== question.messageId) return notAnswer;
			selected = expected.options.filter((option) => option.id === text(message.buttonOrListid));
		}
		if (!selected.length) return { ignored: 'no option chosen' };
		return { output: { selected, choice: selected[0].id, ...answer } };
	}
	if (kind !== 'text') return notAnswer;
	if (quoted && quoted !== question.messageId) return { ignored: 'a reply to another message' };
	if (Number(message.messageTimestamp) < question.sentAt) return { ignored: 'older than the question' };
	return { output: { text: text(message.text), ...answer } };
}

/** How much of the chat's history is read back (the newest messages): enough for any real conversation while waiting. */
const HISTORY_LIMIT = 100;

/**
 * Whether an unquoted text belongs to a newer Free Text question of the chat rather than to `question`:
 * unquoted text answers the newest Free Text question still open when it arrives. Replayed from Uazapi's
 * message history (questions carry FREE_TEXT_TRACK_SOURCE; each later text closes the newest open question,
 * or the one it quotes), so every waiting execution decides alike, whenever it looks and whatever the others
 * have already done. If the history cannot be read, the text is taken.
 */
async function answersNewerQuestion(context: IWebhookFunctions, question: Question, reply: IDataObject): Promise<boolean> {
	let history: IDataObject[];
	try {
		const found = (await uazapiRequest(context, {
			method: 'POST',
			path: '/message/find',
			body: { chatid: question.chatId, limit: HISTORY_LIMIT },
			concern: { subject: 'chat' },
		})) as IDataObject;
		history = Array.isArray(found?.messages) ? (found.messages as IDataObject[]) : [];
	} catch {
		return false;
	}
	const at = Number(reply.messageTimestamp);
	const since = history
		.filter((m) => {
			const time = Number(m.messageTimestamp);
			return time > question.sentAt && time <= at && ![question.messageId, text(reply.messageid)].includes(text(m.messageid));
		})
		.sort((a, b) => Number(a.messageTimestamp) - Number(b.messageTimestamp));
	const open: string[] = [];
	for (const message of since) {
		if (message.fromMe === true) {
			if (message.track_source === FREE_TEXT_TRACK_SOURCE) open.push(text(message.messageid));
		} else if (messageKindOf(message) === 'text') {
			const quoted = text(message.quoted);
			if (!quoted) open.pop();
			else if (open.includes(quoted)) open.splice(open.indexOf(quoted), 1);
		}
	}
	return open.length > 0;
}

/** A small page whose button POSTs the answer: link previews only GET, so they never answer. */
function linkPage(message: string, answer: string, label: string): string {
	const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
	return `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(label)}</title></head><body style="font-family:sans-serif;max-width:32em;margin:3em auto;padding:0 1em"><p>${escape(message)}</p><form method="post"><input type="hidden" name="answer" value="${escape(answer)}"><button type="submit" style="font-size:1.2em;padding:.6em 1.4em">${escape(label)}</button></form></body></html>`;
}

const RECORDED_PAGE =
	'<!doctype html><html><head><meta charset="utf-8"><title>Answer recorded</title></head><body style="font-family:sans-serif;max-width:32em;margin:3em auto;padding:0 1em"><p>Your answer was recorded. This page can be closed.</p></body></html>';

async function linkAnswer(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const request = this.getRequestObject();
	const answer = text((request.query as IDataObject).answer);
	const labels = approvalLabels(this);
	if (answer !== APPROVE_ID && !(labels.decline && answer === DECLINE_ID)) return { webhookResponse: { received: true, ignored: 'not an answer' } };
	if (request.method !== 'POST') {
		const label = answer === APPROVE_ID ? labels.approve : String(labels.decline);
		return { webhookResponse: linkPage(String(this.getNodeParameter('message', '')), answer, label) };
	}
	const output = { approved: answer === APPROVE_ID, answeredAt: new Date().toISOString(), via: 'link', timedOut: false };
	return { webhookResponse: RECORDED_PAGE, workflowData: [[{ json: output, pairedItem: { item: 0 } }]] };
}

/**
 * A request at the waiting execution's URL (n8n checked its signature): an answer resumes the
 * execution (it returns workflowData); anything else leaves it waiting.
 */
export async function sendAndWaitWebhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	if (this.getNodeParameter('responseType', 'approval') === 'link') return await linkAnswer.call(this);
	const request = this.getRequestObject();
	// A GET is the check of removeStaleWaitingWebhooks (or a person opening the URL): still waiting.
	if (request.method !== 'POST') return { webhookResponse: { waiting: true } };
	const question = questionOf(request.query as IDataObject);
	const payload = this.getBodyData();
	const credentials = await storedCredentials(this);
	if (!question || !sameSecret(payload.token, credentials.apiToken)) {
		const response = this.getResponseObject();
		response.writeHead(401, { 'Content-Type': 'application/json' });
		response.end(JSON.stringify({ error: 'Invalid or missing instance token' }));
		return { noWebhookResponse: true };
	}
	const verdict = judge(payload, question, expectedOf(this));
	if ('ignored' in verdict) return { webhookResponse: { received: true, ignored: verdict.ignored } };
	if (verdict.output.text !== undefined && text((payload.message as IDataObject).quoted) !== question.messageId) {
		if (await answersNewerQuestion(this, question, payload.message as IDataObject)) {
			return { webhookResponse: { received: true, ignored: 'answers a newer question in the chat' } };
		}
	}
	try {
		await removeWaitingWebhooksOf(this);
	} catch {
		// The answer counts anyway; the next Send and Wait removes the webhook once this execution is over.
	}
	// The question came from the first input item: the answer is linked to it (for $('Node').item later on).
	return { webhookResponse: { received: true }, workflowData: [[{ json: verdict.output, pairedItem: { item: 0 } }]] };
}
