import { channelOperation, phoneParameter, phoneProperty } from './channelField';

export const removeAdmin = channelOperation({
	name: 'Remove Admin',
	value: 'removeAdmin',
	action: 'Remove an admin from a channel',
	description: 'Removes a person from the admins of the channel. Only the channel owner can do this.',
	path: '/newsletter/admin/remove',
	extra: [phoneProperty('Phone number of the admin to remove, with country code')],
	body() {
		return { phone: phoneParameter(this) };
	},
});
