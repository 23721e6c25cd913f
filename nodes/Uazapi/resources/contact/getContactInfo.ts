import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { phoneNumberProperty } from '../../shared/descriptions';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { numberParameter } from '../../shared/validation';

const fields: INodeProperties[] = [
	phoneNumberProperty(),
	{
		displayName: 'Options',
		name: 'contactInfoOptions',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Preview-Size Picture',
				name: 'previewPicture',
				type: 'boolean',
				default: true,
				description: 'Whether to return the small preview of the profile picture (imagePreview) instead of the full-size one (image)',
			},
		],
	},
];

async function buildDetailsRequest(this: IExecuteSingleFunctions, request: RequestOptions) {
	const options = this.getNodeParameter('contactInfoOptions', {}) as IDataObject;
	const body: IDataObject = { number: numberParameter(this, 'phoneNumber', 'Phone Number') };
	if (options.previewPicture !== undefined) body.preview = Boolean(options.previewPicture);
	return { ...request, body };
}

export const getContactInfo = defineOperation({
	resource: 'contact',
	name: 'Get Contact Info',
	value: 'getContactInfo',
	action: 'Get contact info',
	description: 'Gets the name, picture, groups in common and saved lead fields of a contact (or group)',
	method: 'POST',
	path: '/chat/details',
	subject: 'chat',
	fields,
	prepare: buildDetailsRequest,
});
