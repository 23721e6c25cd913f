import { describeResource } from '../../shared/operation';
import { makeCall } from './makeCall';
import { rejectCall } from './rejectCall';

export const callDescription = describeResource('call', [makeCall, rejectCall], 'make');
