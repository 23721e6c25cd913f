import { channelOperation, phoneParameter } from './channelField';
import { personNumberProperty } from '../../shared/descriptions';

export const revokeAdminInvite = channelOperation({
	name: 'Revoke Admin Invite',
	value: 'revokeAdminInvite',
	action: 'Revoke an admin invite to a channel',
	description: 'Withdraws a pending invitation to become an admin of the channel. Only the channel owner can do this.',
	path: '/newsletter/admin/revoke',
	extra: [personNumberProperty],
	body() {
		return { phone: phoneParameter(this) };
	},
});
