import { channelOperation, unwrapResponse } from './channelField';
import { postIdProperty, postParameter } from './postField';

export const deletePost = channelOperation({
	name: 'Delete Post',
	value: 'deletePost',
	action: 'Delete a channel post',
	description: 'Deletes a recent post of the channel for all followers; it cannot be undone. Only the channel owner or an admin can do this.',
	path: '/newsletter/messages/delete',
	subject: 'message',
	extra: [postIdProperty],
	body() {
		return postParameter(this);
	},
	output: [unwrapResponse],
});
