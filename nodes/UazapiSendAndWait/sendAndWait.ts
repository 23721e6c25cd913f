import type { IDataObject, IDisplayOptions, IExecuteFunctions, IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, WAIT_INDEFINITELY } from 'n8n-workflow';

import { phoneNumberProperty } from '../Uazapi/shared/descriptions';
import { uazapiRequest } from '../Uazapi/shared/transport';
import { invalidInput, numberParameter, textParameter } from '../Uazapi/shared/validation';
import type { Question } from '../Uazapi/shared/waiting/question';
import { APPROVE_ID, DECLINE_ID, FREE_TEXT_TRACK_SOURCE, approvalLabels, approversOf, choiceOptions } from '../Uazapi/shared/waiting/question';
import { addWaitingWebhook, removeStaleWaitingWebhooks } from '../Uazapi/shared/waiting/registration';
import { choiceLabel, messageText } from '../Uazapi/resources/message/common';

const show = (values: NonNullable<IDisplayOptions['show']>): IDisplayOptions => ({ show: values });

/** The fields of Send and Wait (n8n's names where n8n's Human review tool relies on them). */
export const sendAndWaitFields: INodeProperties[] = [
	{
		displayName:
			'Sends the message, then pauses the workflow until the person answers in WhatsApp (or the time limit passes). While it waits, a temporary webhook of the Uazapi instance points at this n8n; it is removed when the answer arrives. Uazapi must reach this n8n\'s URL.',
		name: 'sendAndWaitNotice',
		type: 'notice',
		default: '',
	},
	phoneNumberProperty('Number with country code, or a group ID such as 120363012345678901@g.us'),
	{
		displayName: 'Message',
		name: 'message',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		required: true,
		description: 'The question the person answers',
	},
	{
		displayName: 'Response Type',
		name: 'responseType',
		type: 'options',
		default: 'approval',
		options: [
			{ name: 'Approval', value: 'approval', description: 'WhatsApp buttons: approve, or approve and decline' },
			{ name: 'Choice', value: 'choice', description: 'A list or a poll of your options' },
			{ name: 'Free Text', value: 'freeText', description: 'The next text message from that chat' },
			{
				name: 'Link',
				value: 'link',
				description: 'Approve and decline links, for WhatsApp clients that show no buttons',
			},
		],
	},
	{
		displayName: 'Approval Options',
		name: 'approvalOptions',
		type: 'fixedCollection',
		placeholder: 'Add option',
		default: {},
		displayOptions: show({ responseType: ['approval', 'link'] }),
		options: [
			{
				displayName: 'Values',
				name: 'values',
				values: [
					{
						displayName: 'Type of Approval',
						name: 'approvalType',
						type: 'options',
						default: 'single',
						options: [
							{ name: 'Approve Only', value: 'single' },
							{ name: 'Approve and Decline', value: 'double' },
						],
					},
					{ displayName: 'Approve Button Label', name: 'approveLabel', type: 'string', default: 'Approve' },
					{
						displayName: 'Decline Button Label',
						name: 'disapproveLabel',
						type: 'string',
						default: 'Decline',
						displayOptions: show({ approvalType: ['double'] }),
					},
				],
			},
		],
	},
	{
		displayName: 'Choice Type',
		name: 'choiceType',
		type: 'options',
		default: 'list',
		displayOptions: show({ responseType: ['choice'] }),
		options: [
			{ name: 'List', value: 'list', description: 'A WhatsApp list: one option' },
			{ name: 'Poll', value: 'poll', description: 'A WhatsApp poll: one or several options' },
		],
	},
	{
		displayName: 'Options',
		name: 'choices',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		default: {},
		placeholder: 'Add option',
		required: true,
		displayOptions: show({ responseType: ['choice'] }),
		options: [
			{
				displayName: 'Option',
				name: 'choice',
				values: [
					{ displayName: 'Label', name: 'label', type: 'string', default: '', description: 'What the person sees' },
					{
						displayName: 'ID',
						name: 'id',
						type: 'string',
						default: '',
						description: 'What the output gives for this option. Empty: the label.',
					},
				],
			},
		],
	},
	{
		displayName: 'Multiple Choice',
		name: 'multipleChoice',
		type: 'boolean',
		default: false,
		description: 'Whether the person may choose several options (polls only)',
		displayOptions: show({ responseType: ['choice'], choiceType: ['poll'] }),
	},
	{
		displayName: 'List Button',
		name: 'listButton',
		type: 'string',
		default: 'Options',
		description: 'The label of the button that opens the list',
		displayOptions: show({ responseType: ['choice'], choiceType: ['list'] }),
	},
	{
		displayName: 'Only Answers From',
		name: 'approvers',
		type: 'string',
		default: '',
		placeholder: '5511999999999, 5511888888888',
		description:
			'Numbers whose answers count, separated by commas (for a group). Empty: anyone in the chat. Answers from others are ignored and the workflow keeps waiting.',
		displayOptions: show({ responseType: ['approval', 'choice', 'freeText'] }),
	},
	{
		displayName: 'Limit Wait Time',
		name: 'limitWaitTime',
		type: 'boolean',
		default: false,
		description:
			'Whether to stop waiting at some point. On time-out the node outputs its input items with timedOut: true (answers have timedOut: false): branch on the timedOut field with an If node.',
	},
	{
		displayName: 'Limit Type',
		name: 'limitType',
		type: 'options',
		default: 'afterTimeInterval',
		displayOptions: show({ limitWaitTime: [true] }),
		options: [
			{ name: 'After Time Interval', value: 'afterTimeInterval', description: 'Waits for a certain amount of time' },
			{ name: 'At Specified Time', value: 'atSpecifiedTime', description: 'Waits until the set date and time' },
		],
	},
	{
		displayName: 'Amount',
		name: 'resumeAmount',
		type: 'number',
		default: 45,
		typeOptions: { minValue: 0, numberPrecision: 2 },
		description: 'The time to wait',
		displayOptions: show({ limitWaitTime: [true], limitType: ['afterTimeInterval'] }),
	},
	{
		displayName: 'Unit',
		name: 'resumeUnit',
		type: 'options',
		default: 'minutes',
		description: 'Unit of the interval value',
		displayOptions: show({ limitWaitTime: [true], limitType: ['afterTimeInterval'] }),
		options: [
			{ name: 'Seconds', value: 'seconds' },
			{ name: 'Minutes', value: 'minutes' },
			{ name: 'Hours', value: 'hours' },
			{ name: 'Days', value: 'days' },
		],
	},
	{
		displayName: 'Max Date and Time',
		name: 'maxDateAndTime',
		type: 'dateTime',
		default: '',
		description: 'Continue execution after the specified date and time',
		displayOptions: show({ limitWaitTime: [true], limitType: ['atSpecifiedTime'] }),
	},
];

/**
 * The first item's view of an execute context, for the per-item input rules (they read parameters of
 * "the item"): Send and Wait asks one question per run, with the first item, as n8n's own nodes do.
 */
function firstItem(context: IExecuteFunctions): IExecuteSingleFunctions {
	return {
		getNode: () => context.getNode(),
		getItemIndex: () => 0,
		getNodeParameter: (name: string, fallback?: unknown, options?: IDataObject) =>
			context.getNodeParameter(name, 0, fallback as never, options as never),
	} as unknown as IExecuteSingleFunctions;
}

const UNIT_MS: Record<string, number> = { seconds: 1_000, minutes: 60_000, hours: 3_600_000, days: 86_400_000 };

/** When waiting ends without an answer (n8n's "wait indefinitely" date when there is no limit). */
function waitTillOf(item: IExecuteSingleFunctions): Date {
	if (!item.getNodeParameter('limitWaitTime', false)) return WAIT_INDEFINITELY;
	if (item.getNodeParameter('limitType', 'afterTimeInterval') === 'afterTimeInterval') {
		const amount = Number(item.getNodeParameter('resumeAmount', 0));
		const unit = String(item.getNodeParameter('resumeUnit', 'minutes'));
		if (!Number.isFinite(amount) || amount < 0) throw invalidInput(item, 'Amount', `is not a positive number: "${amount}"`);
		return new Date(Date.now() + amount * (UNIT_MS[unit] ?? UNIT_MS.minutes));
	}
	const when = new Date(String(item.getNodeParameter('maxDateAndTime', '')));
	if (Number.isNaN(when.getTime())) throw invalidInput(item, 'Max Date and Time', 'is not a date and time');
	return when;
}

/** The question's message: what /send/menu or /send/text gets. */
function questionBody(
	item: IExecuteSingleFunctions,
	links: { approve: string; decline?: string } | undefined,
	executionId: string,
): { path: string; body: IDataObject } {
	const number = numberParameter(item, 'phoneNumber', 'Phone Number');
	const text = messageText(item, 'message', 'Message');
	const responseType = String(item.getNodeParameter('responseType', 'approval'));
	if (responseType === 'approval') {
		const labels = approvalLabels(item, (value, field) => choiceLabel(item, value, field));
		const choices = [`${labels.approve}|${APPROVE_ID}`];
		if (labels.decline) choices.push(`${labels.decline}|${DECLINE_ID}`);
		return { path: '/send/menu', body: { number, type: 'button', text, choices } };
	}
	if (responseType === 'choice') {
		const options = choiceOptions(item, (value, field) => choiceLabel(item, value, field), (field, problem) => invalidInput(item, field, problem));
		if (item.getNodeParameter('choiceType', 'list') === 'poll') {
			const selectableCount = item.getNodeParameter('multipleChoice', false) ? options.length : 1;
			return { path: '/send/menu', body: { number, type: 'poll', text, choices: options.map((o) => o.label), selectableCount } };
		}
		const listButton = textParameter(item, 'listButton', 'List Button') || 'Options';
		return { path: '/send/menu', body: { number, type: 'list', text, choices: options.map((o) => `${o.label}|${o.id}`), listButton } };
	}
	if (responseType === 'link' && links) {
		const labels = approvalLabels(item, (value, field) => choiceLabel(item, value, field));
		const lines = [text, '', `${labels.approve}: ${links.approve}`];
		if (labels.decline && links.decline) lines.push(`${labels.decline}: ${links.decline}`);
		return { path: '/send/text', body: { number, text: lines.join('\n'), linkPreview: false } };
	}
	// Tagged in Uazapi's message history, with the execution that asked: see FREE_TEXT_TRACK_SOURCE.
	return { path: '/send/text', body: { number, text, track_source: FREE_TEXT_TRACK_SOURCE, track_id: executionId } };
}

/**
 * Send and Wait: asks, registers where the answer goes, and puts the execution to wait. The answer
 * arrives at the node's webhook (shared/waiting/answer.ts); docs/ARCHITECTURE.md explains the design.
 */
export async function sendAndWait(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const item = firstItem(this);
	const responseType = String(item.getNodeParameter('responseType', 'approval'));
	const waitTill = waitTillOf(item);
	// n8n 2.8 checks the resume URL's signature only when asked to; newer n8n always does (and has no such call).
	(this as { setSignatureValidationRequired?: () => void }).setSignatureValidationRequired?.();
	let links: { approve: string; decline?: string } | undefined;
	if (responseType === 'link') {
		const labels = approvalLabels(item, (value, field) => choiceLabel(item, value, field));
		links = { approve: this.getSignedResumeUrl({ answer: APPROVE_ID }) };
		if (labels.decline) links.decline = this.getSignedResumeUrl({ answer: DECLINE_ID });
	}
	// Every input rule is checked before anything is sent or removed.
	const { path, body } = questionBody(item, links, this.getExecutionId());
	approversOf(item, item);

	await removeStaleWaitingWebhooks(this);
	const sent = (await uazapiRequest(this, { method: 'POST', path, body, concern: { subject: 'chat' } })) as IDataObject;
	const question: Question = {
		chatId: String(sent?.chatid ?? ''),
		messageId: String(sent?.messageid ?? ''),
		sentAt: Number(sent?.messageTimestamp) || Date.now(),
		expires: waitTill === WAIT_INDEFINITELY ? 0 : waitTill.getTime(),
	};
	if (responseType !== 'link') {
		if (!question.messageId || !question.chatId) {
			throw new NodeOperationError(this.getNode(), 'Uazapi did not give the ID of the question it sent (item 0)', {
				itemIndex: 0,
				description: 'Without it no answer can be matched with the question. Check the instance is connected.',
			});
		}
		await addWaitingWebhook(this, question);
	}

	// When the time limit passes n8n resumes the execution with this node disabled, which passes its
	// input on: that input is made the time-out output (input items + timedOut: true).
	const items = this.getInputData();
	this.getExecuteData().data = {
		main: [items.map((input, index) => ({ ...input, json: { ...input.json, timedOut: true }, pairedItem: { item: index } }))],
	};
	await this.putExecutionToWait(waitTill);
	return [items];
}
