import { channelOperation, phoneParameter, phoneProperty } from './channelField';

export const revokeAdminInvite = channelOperation({
	name: 'Revoke Admin Invite',
	value: 'revokeAdminInvite',
	action: 'Revoke an admin invite to a channel',
	description: 'Withdraws a pending invitation to become an admin of the channel. Only the channel owner can do this.',
	path: '/newsletter/admin/revoke',
	extra: [phoneProperty('Phone number of the person who was invited, with country code')],
	body() {
		return { phone: phoneParameter(this) };
	},
});
