import { channelOperation, phoneParameter } from './channelField';
import { personNumberProperty } from '../../shared/descriptions';

export const inviteAdmin = channelOperation({
	name: 'Invite Admin',
	value: 'inviteAdmin',
	action: 'Invite an admin to a channel',
	description: 'Invites a person to become an admin of the channel; they accept in WhatsApp. Only the channel owner can do this.',
	path: '/newsletter/admin/invite',
	extra: [personNumberProperty],
	body() {
		return { phone: phoneParameter(this) };
	},
});
