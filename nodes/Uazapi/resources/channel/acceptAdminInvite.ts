import { channelOperation } from './channelField';

export const acceptAdminInvite = channelOperation({
	name: 'Accept Admin Invite',
	value: 'acceptAdminInvite',
	action: 'Accept an admin invite to a channel',
	description: 'This WhatsApp account accepts its pending invitation to become an admin of the channel',
	path: '/newsletter/admin/accept',
});
