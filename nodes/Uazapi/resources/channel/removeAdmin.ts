import { channelOperation, phoneParameter } from './channelField';
import { personNumberProperty } from '../../shared/descriptions';

export const removeAdmin = channelOperation({
	name: 'Remove Admin',
	value: 'removeAdmin',
	action: 'Remove an admin from a channel',
	description: 'Removes a person from the admins of the channel. Only the channel owner can do this.',
	path: '/newsletter/admin/remove',
	extra: [personNumberProperty],
	body() {
		return { phone: phoneParameter(this) };
	},
});
