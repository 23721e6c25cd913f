import { describeResource } from '../../shared/operation';
import { searchQuickReplies } from '../../shared/quickReplies';
import { getMessages } from './getMessages';
import { markAsRead } from './markAsRead';
import { sendList } from './sendList';
import { sendLocation } from './sendLocation';
import { sendPoll } from './sendPoll';
import { sendQuickReply } from './sendQuickReply';
import { sendTemplate } from './sendTemplate';
import { sendText } from './sendText';

export const messageDescription = describeResource(
	'message',
	[sendText, sendTemplate, sendQuickReply, sendList, sendPoll, sendLocation, getMessages, markAsRead],
	'sendText',
);

export const messageListSearch = { searchQuickReplies };
