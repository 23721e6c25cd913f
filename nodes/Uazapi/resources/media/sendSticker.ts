import { defineMediaSend } from './sendMedia';

export const sendSticker = defineMediaSend({
	name: 'Send Sticker',
	value: 'sendSticker',
	action: 'Send a sticker',
	description: 'Sends an image as a sticker (WEBP works best)',
	kind: 'sticker',
	body() {
		return { type: 'sticker' };
	},
});
