import { describeResource } from '../../shared/operation';
import { createQuickReply } from './createQuickReply';
import { deleteQuickReplyOperation } from './deleteQuickReply';
import { getManyQuickReplies } from './getMany';
import { updateQuickReplyOperation } from './updateQuickReply';

export const quickReplyDescription = describeResource(
	'quickReply',
	[getManyQuickReplies, createQuickReply, updateQuickReplyOperation, deleteQuickReplyOperation],
	'getMany',
);
