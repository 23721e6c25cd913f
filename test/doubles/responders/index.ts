import { campaignResponders } from './campaign';
import { chatwootResponders } from './chatwoot';
import { contactResponders } from './contact';
import { groupResponders } from './group';
import { instanceResponders } from './instance';
import { instanceSettingsResponders } from './instanceSettings';
import { mediaResponders } from './media';
import { messageResponders } from './message';
import { sendResponders } from './send';
import type { Responders } from './types';
import { webhookResponders } from './webhook';

/** How the double answers each operation when a test does not say otherwise. */
export const defaultResponders: Responders = {
	...contactResponders,
	...groupResponders,
	...instanceResponders,
	...mediaResponders,
	...messageResponders,
	...sendResponders,
	...webhookResponders,
	...instanceSettingsResponders,
	...campaignResponders,
	...chatwootResponders,
};
