import type { IDataObject, IExecutePaginationFunctions, INodeExecutionData } from 'n8n-workflow';

import { returnAllOrLimit } from '../../shared/descriptions';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { uazapiRequest } from '../../shared/transport';
import { limitParameter } from '../../shared/validation';

// /contacts/list takes pages of up to 1000 contacts.
const PAGE_SIZE = 1000;

/**
 * /contacts/list names the contact `contact_name` where GET /contacts says `contactName`: one operation
 * gives its items one shape, GET /contacts's.
 */
function asContact(entry: IDataObject): IDataObject {
	if (!('contact_name' in entry) || 'contactName' in entry) return entry;
	const { contact_name: contactName, ...rest } = entry;
	return { jid: rest.jid, contactName, ...rest };
}

/** Return All: GET /contacts, the whole address book at once. Limit: pages of POST /contacts/list. */
async function getContacts(this: IExecutePaginationFunctions, request: RequestOptions): Promise<INodeExecutionData[]> {
	const concern = { subject: 'instance' as const };
	if (this.getNodeParameter('returnAll', false)) {
		const all = await uazapiRequest(this, { method: 'GET', path: '/contacts', concern }, request);
		return (Array.isArray(all) ? (all as IDataObject[]) : []).map((json) => ({ json }));
	}
	const limit = limitParameter(this);
	const contacts: IDataObject[] = [];
	while (contacts.length < limit) {
		const size = Math.min(PAGE_SIZE, limit - contacts.length);
		const body = { limit: size, offset: contacts.length };
		const answer = (await uazapiRequest(this, { method: 'POST', path: '/contacts/list', body, concern }, request)) as IDataObject;
		const page = Array.isArray(answer?.contacts) ? (answer.contacts as IDataObject[]) : [];
		contacts.push(...page.map(asContact));
		const more = (answer?.pagination as IDataObject | undefined)?.hasNextPage === true;
		if (!more || page.length === 0) break;
	}
	return contacts.slice(0, limit).map((json) => ({ json }));
}

export const getManyContacts = defineOperation({
	resource: 'contact',
	name: 'Get Many',
	value: 'getMany',
	action: 'Get many contacts',
	description: "Lists the contacts of the phone's address book that are on WhatsApp: one item per contact",
	method: 'GET',
	path: '/contacts',
	endpoints: ['GET /contacts', 'POST /contacts/list'],
	fields: returnAllOrLimit(),
	run: getContacts,
});
