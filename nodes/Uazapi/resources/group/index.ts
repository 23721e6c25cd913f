import { describeResource } from '../../shared/operation';
import { createGroup } from './createGroup';
import { getGroupInfo } from './getGroupInfo';
import { searchGroups } from './groupField';
import { leaveGroup } from './leaveGroup';
import { updateGroup } from './updateGroup';
import { addParticipant, demoteAdmin, promoteAdmin, removeParticipant } from './updateParticipants';

export const groupDescription = describeResource(
	'group',
	[createGroup, getGroupInfo, updateGroup, addParticipant, removeParticipant, promoteAdmin, demoteAdmin, leaveGroup],
	'createGroup',
);

export const groupListSearch = { searchGroups };
