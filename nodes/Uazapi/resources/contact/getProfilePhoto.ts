import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { phoneNumberProperty } from '../../shared/descriptions';
import { downloadFile } from '../../shared/transport';
import { baseMimeType } from '../../shared/mimeTypes';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { numberParameter } from '../../shared/validation';

const fields: INodeProperties[] = [
	phoneNumberProperty(),
	{
		displayName: 'Size',
		name: 'photoSize',
		type: 'options',
		options: [
			{ name: 'Full Size', value: 'full' },
			{ name: 'Preview', value: 'preview', description: 'A small thumbnail' },
		],
		default: 'full',
	},
	{
		displayName: 'Download Photo',
		name: 'downloadPhoto',
		type: 'boolean',
		default: false,
		description: 'Whether to also return the photo as binary data, not only its URL',
	},
	{
		displayName: 'Put Photo in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		description: 'Name of the binary property that receives the photo',
		displayOptions: { show: { downloadPhoto: [true] } },
	},
];

async function buildPhotoRequest(this: IExecuteSingleFunctions, request: RequestOptions) {
	const preview = this.getNodeParameter('photoSize', 'full') === 'preview';
	return { ...request, body: { number: numberParameter(this, 'phoneNumber', 'Phone Number'), preview } };
}

async function download(context: IExecuteSingleFunctions, url: string, jid: string) {
	const file = await downloadFile(context, url, {
		name: 'profile photo',
		goneHint: 'WhatsApp photo links expire after a while: run the node again for a fresh link.',
	});
	const mimeType = baseMimeType(file.contentType ?? 'image/jpeg') || 'image/jpeg';
	const fileName = `${jid.split('@')[0] || 'profile-photo'}.jpg`;
	return await context.helpers.prepareBinaryData(file.bytes, fileName, mimeType);
}

/** The chat record → the photo's URL (null when the contact has none or hides it), optionally the file. */
async function photoOutput(this: IExecuteSingleFunctions, items: INodeExecutionData[]) {
	const preview = this.getNodeParameter('photoSize', 'full') === 'preview';
	const downloadPhoto = this.getNodeParameter('downloadPhoto', false) as boolean;
	return await Promise.all(
		items.map(async (item) => {
			const chat = item.json as IDataObject;
			const url = String((preview ? chat.imagePreview : chat.image) ?? '').trim();
			const jid = String(chat.wa_chatid ?? '');
			const json: IDataObject = { jid, hasPhoto: Boolean(url), photoUrl: url || null, size: preview ? 'preview' : 'full' };
			if (!url || !downloadPhoto) return { json };
			const propertyName = String(this.getNodeParameter('binaryPropertyName', 'data'));
			return { json, binary: { [propertyName]: await download(this, url, jid) } };
		}),
	);
}

export const getProfilePhoto = defineOperation({
	resource: 'contact',
	name: 'Get Profile Photo',
	value: 'getProfilePhoto',
	action: 'Get a profile photo',
	description: 'Gets the URL of a contact’s (or group’s) profile photo, optionally the photo itself',
	method: 'POST',
	path: '/chat/details',
	subject: 'chat',
	fields,
	prepare: buildPhotoRequest,
	output: [photoOutput],
});
