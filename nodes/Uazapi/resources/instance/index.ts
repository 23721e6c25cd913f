import { describeResource } from '../../shared/operation';
import { getChats } from './getChats';
import { getQrCode } from './getQrCode';
import { getStatus } from './getStatus';
import { logout } from './logout';
import { restartInstance } from './restartInstance';
import { setProfile } from './setProfile';

export const instanceDescription = describeResource(
	'instance',
	[getStatus, getQrCode, restartInstance, logout, setProfile, getChats],
	'getStatus',
);
