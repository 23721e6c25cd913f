import { describeResource } from '../../shared/operation';
import { searchQuickReplies } from '../../shared/quickReplies';
import { clearAsyncQueue } from './clearAsyncQueue';
import { deleteMessage } from './deleteMessage';
import { editMessage } from './editMessage';
import { getAsyncQueue } from './getAsyncQueue';
import { getMessages } from './getMessages';
import { markAsRead } from './markAsRead';
import { reactToMessage } from './reactToMessage';
import { removeReaction } from './removeReaction';
import { requestLocation } from './requestLocation';
import { requestPayment } from './requestPayment';
import { sendCarousel } from './sendCarousel';
import { sendList } from './sendList';
import { sendLocation } from './sendLocation';
import { sendPixButton } from './sendPixButton';
import { sendPoll } from './sendPoll';
import { sendPresence } from './sendPresence';
import { sendQuickReply } from './sendQuickReply';
import { sendStatus } from './sendStatus';
import { sendTemplate } from './sendTemplate';
import { sendText } from './sendText';

export const messageDescription = describeResource(
	'message',
	[
		sendText,
		sendTemplate,
		sendQuickReply,
		sendList,
		sendPoll,
		sendLocation,
		getMessages,
		markAsRead,
		sendCarousel,
		requestLocation,
		requestPayment,
		sendPixButton,
		sendStatus,
		sendPresence,
		reactToMessage,
		removeReaction,
		editMessage,
		deleteMessage,
		getAsyncQueue,
		clearAsyncQueue,
	],
	'sendText',
);

export const messageListSearch = { searchQuickReplies };
