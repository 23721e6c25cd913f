import { chatResponders } from './chat';
import { adminResponders } from './admin';
import { agentResponders } from './agent';
import { channelResponders } from './channel';
import { campaignResponders } from './campaign';
import { chatwootResponders } from './chatwoot';
import { callResponders } from './call';
import { businessResponders } from './business';
import { communityResponders } from './community';
import { contactResponders } from './contact';
import { contactBookResponders } from './contactBook';
import { groupResponders } from './group';
import { groupMoreResponders } from './groupMore';
import { instanceResponders } from './instance';
import { labelResponders } from './label';
import { instanceSettingsResponders } from './instanceSettings';
import { mediaResponders } from './media';
import { messageResponders } from './message';
import { quickReplyResponders } from './quickReply';
import { messageActionResponders } from './messageActions';
import { sendResponders } from './send';
import type { Responders } from './types';
import { webhookResponders } from './webhook';

/** How the double answers each operation when a test does not say otherwise. */
export const defaultResponders: Responders = {
	...adminResponders,
	...agentResponders,
	...channelResponders,
	...callResponders,
	...contactResponders,
	...groupResponders,
	...groupMoreResponders,
	...instanceResponders,
	...mediaResponders,
	...messageResponders,
	...messageActionResponders,
	...sendResponders,
	...webhookResponders,
	...chatResponders,
	...contactBookResponders,
	...labelResponders,
	...quickReplyResponders,
	...instanceSettingsResponders,
	...campaignResponders,
	...chatwootResponders,
	...communityResponders,
	...businessResponders,
};
