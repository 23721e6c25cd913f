import { captionField, captionOf, defineMediaSend } from './sendMedia';

export const sendImage = defineMediaSend({
	name: 'Send Image',
	value: 'sendImage',
	action: 'Send an image',
	description: 'Sends an image (JPEG preferred) with an optional caption',
	kind: 'image',
	fields: [captionField],
	body() {
		return { type: 'image', ...captionOf(this) };
	},
});
