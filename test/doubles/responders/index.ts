import { callResponders } from './call';
import { contactResponders } from './contact';
import { groupResponders } from './group';
import { instanceResponders } from './instance';
import { mediaResponders } from './media';
import { messageResponders } from './message';
import { messageActionResponders } from './messageActions';
import { sendResponders } from './send';
import type { Responders } from './types';
import { webhookResponders } from './webhook';

/** How the double answers each operation when a test does not say otherwise. */
export const defaultResponders: Responders = {
	...callResponders,
	...contactResponders,
	...groupResponders,
	...instanceResponders,
	...mediaResponders,
	...messageResponders,
	...messageActionResponders,
	...sendResponders,
	...webhookResponders,
};
