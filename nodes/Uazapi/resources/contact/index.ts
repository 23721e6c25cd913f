import { describeResource } from '../../shared/operation';
import { addContact, removeContact } from './addressBook';
import { blockContact, unblockContact } from './blockContact';
import { checkNumber } from './checkNumber';
import { getBlockedContacts } from './getBlocked';
import { getContactInfo } from './getContactInfo';
import { getManyContacts } from './getManyContacts';
import { getProfilePhoto } from './getProfilePhoto';
import { sendContact } from './sendContact';

export const contactDescription = describeResource(
	'contact',
	[
		sendContact,
		getContactInfo,
		checkNumber,
		getProfilePhoto,
		blockContact,
		unblockContact,
		getManyContacts,
		addContact,
		removeContact,
		getBlockedContacts,
	],
	'sendContact',
);
