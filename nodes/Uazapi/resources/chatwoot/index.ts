import { describeResource } from '../../shared/operation';
import { getConfig } from './getConfig';
import { updateConfig } from './updateConfig';

export const chatwootDescription = describeResource('chatwoot', [getConfig, updateConfig], 'getConfig');
