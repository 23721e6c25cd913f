import { describeResource } from '../../shared/operation';
import { createGroup } from './createGroup';
import { getGroupInfo } from './getGroupInfo';
import { getGroups } from './getGroups';
import { getInviteInfo } from './getInviteInfo';
import { searchGroups } from './groupField';
import { joinGroup } from './joinGroup';
import { leaveGroup } from './leaveGroup';
import { resetInviteLink } from './resetInviteLink';
import { updateGroup } from './updateGroup';
import {
	addParticipant,
	approveRequests,
	demoteAdmin,
	promoteAdmin,
	rejectRequests,
	removeParticipant,
} from './updateParticipants';

export const groupDescription = describeResource(
	'group',
	[
		createGroup,
		getGroupInfo,
		updateGroup,
		addParticipant,
		removeParticipant,
		promoteAdmin,
		demoteAdmin,
		leaveGroup,
		getGroups,
		getInviteInfo,
		joinGroup,
		resetInviteLink,
		approveRequests,
		rejectRequests,
	],
	'createGroup',
);

export const groupListSearch = { searchGroups };
