import { describeResource } from '../../shared/operation';
import { deleteInstance } from './deleteInstance';
import { getChats } from './getChats';
import { getPrivacy } from './getPrivacy';
import { getProxy } from './getProxy';
import { getQrCode } from './getQrCode';
import { getStatus } from './getStatus';
import { logout } from './logout';
import { removeProxy } from './removeProxy';
import { renameInstance } from './renameInstance';
import { restartInstance } from './restartInstance';
import { setMessageDelay } from './setMessageDelay';
import { setPresence } from './setPresence';
import { setPrivacy } from './setPrivacy';
import { setProfile } from './setProfile';
import { setProxy } from './setProxy';
import { updateChatbotSettings } from './updateChatbotSettings';

export const instanceDescription = describeResource(
	'instance',
	[
		getStatus,
		getQrCode,
		restartInstance,
		logout,
		setProfile,
		getChats,
		renameInstance,
		deleteInstance,
		getPrivacy,
		setPrivacy,
		setPresence,
		setMessageDelay,
		updateChatbotSettings,
		getProxy,
		setProxy,
		removeProxy,
	],
	'getStatus',
);
