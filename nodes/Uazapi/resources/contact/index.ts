import { describeResource } from '../../shared/operation';
import { blockContact, unblockContact } from './blockContact';
import { checkNumber } from './checkNumber';
import { getContactInfo } from './getContactInfo';
import { getProfilePhoto } from './getProfilePhoto';
import { sendContact } from './sendContact';

export const contactDescription = describeResource(
	'contact',
	[sendContact, getContactInfo, checkNumber, getProfilePhoto, blockContact, unblockContact],
	'sendContact',
);
