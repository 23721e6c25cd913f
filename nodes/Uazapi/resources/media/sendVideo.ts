import { captionField, captionOf, defineMediaSend } from './sendMedia';

export const sendVideo = defineMediaSend({
	name: 'Send Video',
	value: 'sendVideo',
	action: 'Send a video',
	description: 'Sends an MP4 video with an optional caption, or a round video note',
	kind: 'video',
	fields: [
		{
			displayName: 'Send As',
			name: 'videoType',
			type: 'options',
			options: [
				{ name: 'Video', value: 'video' },
				{ name: 'Round Video Note', value: 'ptv', description: 'A short circular video, like a video message' },
			],
			default: 'video',
		},
		{ ...captionField, displayOptions: { show: { videoType: ['video'] } } },
	],
	body() {
		const type = String(this.getNodeParameter('videoType', 'video'));
		// A round video note has no caption.
		return type === 'ptv' ? { type } : { type, ...captionOf(this) };
	},
});
