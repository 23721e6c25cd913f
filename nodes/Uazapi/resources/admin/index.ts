import { describeResource } from '../../shared/operation';
import { createInstance } from './createInstance';
import { getGlobalWebhook } from './getGlobalWebhook';
import { getGlobalWebhookErrors } from './getGlobalWebhookErrors';
import { getManyInstances, searchInstances } from './getManyInstances';
import { restartServer } from './restartServer';
import { setGlobalWebhook } from './setGlobalWebhook';
import { updateAdminFields } from './updateAdminFields';

export const adminDescription = describeResource(
	'admin',
	[createInstance, getManyInstances, updateAdminFields, getGlobalWebhook, setGlobalWebhook, getGlobalWebhookErrors, restartServer],
	'getManyInstances',
);

export const adminListSearch = { searchInstances };
