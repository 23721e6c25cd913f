import type { IDataObject, IExecuteSingleFunctions, ILoadOptionsFunctions, INodeListSearchResult, INodeProperties } from 'n8n-workflow';

import { GroupIdError, toGroupJid } from '../../shared/groupIds';
import { uazapiRequest } from '../../shared/transport';
import { invalidInput } from '../../shared/validation';

/** The community an operation acts on: picked from the account's communities or typed. */
export const communityIdProperty: INodeProperties = {
	displayName: 'Community',
	name: 'communityId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The community: pick it from the list, or give its ID (the ID of its main group, …@g.us)',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchCommunities', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: '120363153742561022@g.us',
			hint: 'The community ID, with or without @g.us',
		},
	],
};

/** The community JID (`…@g.us`) of the current item. */
export function communityJidParameter(context: IExecuteSingleFunctions): string {
	const id = context.getNodeParameter('communityId', '', { extractValue: true });
	try {
		return toGroupJid(id);
	} catch (error) {
		const hint = 'Pick the community from the list, or enter its ID (e.g. 120363153742561022@g.us).';
		throw invalidInput(context, 'Community', (error as GroupIdError).message.replace(/group ID/g, 'community ID'), hint);
	}
}

/** Communities are the account's groups marked IsParent. */
export async function searchCommunities(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const answer = (await uazapiRequest(this, {
		method: 'GET',
		path: '/group/list',
		qs: { noparticipants: 'true' },
		concern: { subject: 'group' },
	})) as IDataObject;
	const groups = Array.isArray(answer?.groups) ? (answer.groups as IDataObject[]) : [];
	const wanted = filter?.trim().toLowerCase();
	const results = groups
		.filter((group) => group.IsParent === true)
		.map((group) => ({ name: String(group.Name || group.JID), value: String(group.JID) }))
		.filter((entry) => !wanted || `${entry.name} ${entry.value}`.toLowerCase().includes(wanted))
		.sort((a, b) => a.name.localeCompare(b.name));
	return { results };
}
