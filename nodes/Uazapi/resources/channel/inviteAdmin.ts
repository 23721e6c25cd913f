import { channelOperation, phoneParameter, phoneProperty } from './channelField';

export const inviteAdmin = channelOperation({
	name: 'Invite Admin',
	value: 'inviteAdmin',
	action: 'Invite an admin to a channel',
	description: 'Invites a person to become an admin of the channel; they accept in WhatsApp. Only the channel owner can do this.',
	path: '/newsletter/admin/invite',
	extra: [phoneProperty('Phone number of the person to invite, with country code')],
	body() {
		return { phone: phoneParameter(this) };
	},
});
