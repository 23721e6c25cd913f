import { describeResource } from '../../shared/operation';
import { archiveChat, unarchiveChat } from './archiveChat';
import { searchChats } from './chatField';
import { deleteChat } from './deleteChat';
import { editLead } from './editLead';
import { getManyChats } from './getMany';
import { markChatRead, markChatUnread } from './markChat';
import { muteChat, unmuteChat } from './muteChat';
import { pinChat, unpinChat } from './pinChat';
import { setChatLabels } from './setLabels';
import { setLeadFieldNames } from './setLeadFieldNames';

export const chatDescription = describeResource(
	'chat',
	[
		getManyChats,
		archiveChat,
		unarchiveChat,
		pinChat,
		unpinChat,
		muteChat,
		unmuteChat,
		markChatRead,
		markChatUnread,
		setChatLabels,
		editLead,
		setLeadFieldNames,
		deleteChat,
	],
	'getMany',
);

export const chatListSearch = { searchChats };
