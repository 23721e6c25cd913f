import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { deliveryProperty } from '../../shared/delivery';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { sendOptionFields, sendOptionsProperty } from '../../shared/sendOptions';
import { asNumberValue, asText, invalidInput } from '../../shared/validation';
import type { MediaKind } from '../media/mediaSource';
import { mediaSourceFields, readMediaSource } from '../media/mediaSource';
import { PLACEHOLDER_NOTE } from './common';

// POST /send/status: text at most 656 characters, background_color 1–19, font 0–8.
const MAX_TEXT = 656;
const MEDIA_TYPES = ['image', 'video', 'audio', 'ptt'];
const TEXT_HELP = `The text of the status, at most ${MAX_TEXT} characters. ${PLACEHOLDER_NOTE}`;
const KIND_OF: Record<string, MediaKind> = { image: 'image', video: 'video', audio: 'audio', ptt: 'audio' };

const fields: INodeProperties[] = [
	{
		displayName: 'Status Type',
		name: 'statusType',
		type: 'options',
		options: [
			{ name: 'Audio', value: 'audio' },
			{ name: 'Image', value: 'image' },
			{ name: 'Text', value: 'text', description: 'Text on a coloured background' },
			{ name: 'Video', value: 'video' },
			{ name: 'Voice Note', value: 'ptt', description: 'Audio shown as a recorded voice note' },
		],
		default: 'text',
		description: 'What the status (story) shows. Your contacts see it for 24 hours, as WhatsApp\'s privacy settings allow.',
	},
	{
		displayName: 'Text',
		name: 'statusText',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		required: true,
		description: TEXT_HELP,
		displayOptions: { show: { statusType: ['text'] } },
	},
	{
		displayName: 'Caption',
		name: 'statusText',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		description: `Optional text shown with the image or video, at most ${MAX_TEXT} characters`,
		displayOptions: { show: { statusType: ['image', 'video'] } },
	},
	...mediaSourceFields.map((field) => ({
		...field,
		displayOptions: { show: { ...(field.displayOptions?.show ?? {}), statusType: MEDIA_TYPES } },
	})),
	{
		displayName: 'Style',
		name: 'statusStyle',
		type: 'collection',
		placeholder: 'Add style',
		default: {},
		displayOptions: { show: { statusType: ['text'] } },
		options: [
			{
				displayName: 'Background Color',
				name: 'backgroundColor',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 19 },
				default: 19,
				description:
					'1–3 yellow, 4–6 green, 7–9 blue, 10–12 lilac, 13 magenta, 14–15 pink, 16 light brown, 17–19 grey (19 is WhatsApp\'s default)',
			},
			{
				displayName: 'Font',
				name: 'font',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 8 },
				default: 0,
				description: 'Font style: 0 is the default, 1 to 8 are alternatives',
			},
		],
	},
	sendOptionsProperty,
	deliveryProperty,
];

function inRange(context: IExecuteSingleFunctions, value: unknown, field: string, min: number, max: number): number {
	const number = asNumberValue(context, value, field);
	if (!Number.isInteger(number) || number < min || number > max) {
		throw invalidInput(context, field, `must be a whole number from ${min} to ${max}: ${String(value)}`);
	}
	return number;
}

async function buildStatus(this: IExecuteSingleFunctions, request: RequestOptions) {
	const type = String(this.getNodeParameter('statusType', 'text'));
	const field = type === 'text' ? 'Text' : 'Caption';
	const rawText = type === 'audio' || type === 'ptt' ? '' : this.getNodeParameter('statusText', '');
	const text = asText(this, rawText, field);
	if (text.length > MAX_TEXT) throw invalidInput(this, field, `is longer than ${MAX_TEXT} characters (${text.length})`);
	const body: IDataObject = { type };
	if (type === 'text') {
		if (!text.trim()) throw invalidInput(this, 'Text', 'is empty', 'A text status needs its text.');
		body.text = text;
		const style = this.getNodeParameter('statusStyle', {}) as IDataObject;
		if (style.backgroundColor !== undefined) body.background_color = inRange(this, style.backgroundColor, 'Background Color', 1, 19);
		if (style.font !== undefined) body.font = inRange(this, style.font, 'Font', 0, 8);
	} else if (MEDIA_TYPES.includes(type)) {
		const media = await readMediaSource(this, KIND_OF[type]);
		body.file = media.file;
		if (media.mimetype) body.mimetype = media.mimetype;
		if (text.trim()) body.text = text;
	} else {
		throw invalidInput(this, 'Status Type', `is not one of Text, Image, Video, Audio or Voice Note: "${type}"`);
	}
	return { ...request, body: { ...body, ...sendOptionFields(this, '/send/status') } };
}

export const sendStatus = defineOperation({
	resource: 'message',
	name: 'Send Status',
	value: 'sendStatus',
	action: 'Post a status (story)',
	description: 'Posts a WhatsApp status (story): text on a coloured background, an image, a video or audio',
	method: 'POST',
	path: '/send/status',
	fields,
	prepare: buildStatus,
	delivery: true,
	slow: true,
});
