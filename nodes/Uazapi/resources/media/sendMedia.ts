import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { deliveryProperty } from '../../shared/delivery';
import { phoneNumberProperty } from '../../shared/descriptions';
import type { Operation, RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { sendOptionFields, sendOptionsProperty } from '../../shared/sendOptions';
import { numberParameter, textParameter } from '../../shared/validation';
import type { MediaFile, MediaKind } from './mediaSource';
import { mediaSourceFields, readMediaSource } from './mediaSource';

export const captionField: INodeProperties = {
	displayName: 'Caption',
	name: 'caption',
	type: 'string',
	typeOptions: { rows: 2 },
	default: '',
	description: 'Text shown under the media',
};

interface MediaSend {
	name: string;
	value: string;
	action: string;
	description: string;
	kind: MediaKind;
	/** This operation's own fields, shown between the file and the Send Options. */
	fields?: INodeProperties[];
	/** The body fields that set the kind of message (`type`, caption `text`, `docName`…). */
	body: (this: IExecuteSingleFunctions, media: MediaFile) => IDataObject;
}

/** One of the media send operations: POST /send/media with the file inline. */
export function defineMediaSend(spec: MediaSend): Operation {
	async function buildMediaRequest(this: IExecuteSingleFunctions, request: RequestOptions) {
		const number = numberParameter(this, 'phoneNumber', 'Phone Number');
		const media = await readMediaSource(this, spec.kind);
		const body: IDataObject = { number, ...spec.body.call(this, media), file: media.file };
		if (media.mimetype) body.mimetype = media.mimetype;
		return { ...request, body: { ...body, ...sendOptionFields(this, '/send/media') } };
	}

	return defineOperation({
		resource: 'media',
		name: spec.name,
		value: spec.value,
		action: spec.action,
		description: spec.description,
		method: 'POST',
		path: '/send/media',
		subject: 'chat',
		delivery: true,
		fields: [phoneNumberProperty(), ...mediaSourceFields, ...(spec.fields ?? []), sendOptionsProperty, deliveryProperty],
		prepare: buildMediaRequest,
	});
}

/** The caption, when given: the API's field for it is `text`. */
export function captionOf(context: IExecuteSingleFunctions): IDataObject {
	const caption = textParameter(context, 'caption', 'Caption', { trim: false });
	return caption.trim() ? { text: caption } : {};
}
