import { describeResource } from '../../shared/operation';
import { deleteWebhook, searchWebhooks } from './deleteWebhook';
import { getDeliveryErrors } from './getDeliveryErrors';
import { getWebhook } from './getWebhook';
import { setWebhook } from './setWebhook';

export const webhookDescription = describeResource('webhook', [setWebhook, getWebhook, deleteWebhook, getDeliveryErrors], 'setWebhook');

export const webhookListSearch = { searchWebhooks };
