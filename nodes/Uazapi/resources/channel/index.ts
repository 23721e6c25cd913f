import { describeResource } from '../../shared/operation';
import { acceptAdminInvite } from './acceptAdminInvite';
import { searchChannelList } from './channelField';
import { createChannel } from './createChannel';
import { deleteChannel } from './deleteChannel';
import { deletePost } from './deletePost';
import { editPost } from './editPost';
import { followChannel } from './followChannel';
import { getChannel } from './getChannel';
import { getChannelByLink } from './getChannelByLink';
import { getChannels } from './getChannels';
import { getPosts } from './getPosts';
import { getPostUpdates } from './getPostUpdates';
import { inviteAdmin } from './inviteAdmin';
import { markPostsViewed } from './markPostsViewed';
import { muteChannel } from './muteChannel';
import { reactToPost } from './reactToPost';
import { removeAdmin } from './removeAdmin';
import { revokeAdminInvite } from './revokeAdminInvite';
import { searchChannels } from './searchChannels';
import { subscribeLiveUpdates } from './subscribeLiveUpdates';
import { transferOwnership } from './transferOwnership';
import { unfollowChannel } from './unfollowChannel';
import { unmuteChannel } from './unmuteChannel';
import { updateChannelDescription } from './updateChannelDescription';
import { updateChannelName } from './updateChannelName';
import { updateChannelPicture } from './updateChannelPicture';
import { updateChannelSettings } from './updateChannelSettings';

export const channelDescription = describeResource(
	'channel',
	[
		acceptAdminInvite,
		createChannel,
		deleteChannel,
		deletePost,
		editPost,
		followChannel,
		getChannel,
		getChannelByLink,
		getChannels,
		getPosts,
		getPostUpdates,
		inviteAdmin,
		markPostsViewed,
		muteChannel,
		reactToPost,
		removeAdmin,
		revokeAdminInvite,
		searchChannels,
		subscribeLiveUpdates,
		transferOwnership,
		unfollowChannel,
		unmuteChannel,
		updateChannelDescription,
		updateChannelName,
		updateChannelPicture,
		updateChannelSettings,
	],
	'getChannels',
);

export const channelListSearch = { searchChannelList };
