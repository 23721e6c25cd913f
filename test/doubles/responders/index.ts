import { businessResponders } from './business';
import { communityResponders } from './community';
import { contactResponders } from './contact';
import { groupResponders } from './group';
import { groupMoreResponders } from './groupMore';
import { instanceResponders } from './instance';
import { mediaResponders } from './media';
import { messageResponders } from './message';
import { sendResponders } from './send';
import type { Responders } from './types';
import { webhookResponders } from './webhook';

/** How the double answers each operation when a test does not say otherwise. */
export const defaultResponders: Responders = {
	...contactResponders,
	...groupResponders,
	...groupMoreResponders,
	...instanceResponders,
	...mediaResponders,
	...messageResponders,
	...sendResponders,
	...webhookResponders,
	...communityResponders,
	...businessResponders,
};
