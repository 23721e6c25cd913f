import { requiredText } from '../../shared/validation';
import { channelOperation, unwrapResponse } from './channelField';
import { postIdProperty, postParameter } from './postField';

export const editPost = channelOperation({
	name: 'Edit Post',
	value: 'editPost',
	action: 'Edit a channel post',
	description:
		'Changes the text or caption of a recent text, image, video or document post. Only the channel owner or an admin can do this.',
	path: '/newsletter/messages/edit',
	subject: 'message',
	extra: [
		postIdProperty,
		{
			displayName: 'Text',
			name: 'postText',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			required: true,
			description: 'The new text of the post, or the new caption of a media post',
		},
	],
	body() {
		return { ...postParameter(this), text: requiredText(this, 'postText', 'Text') };
	},
	output: [unwrapResponse],
});
