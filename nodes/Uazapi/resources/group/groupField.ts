import type { IDataObject, IExecuteSingleFunctions, ILoadOptionsFunctions, INodeListSearchResult, INodeProperties } from 'n8n-workflow';

import { GroupIdError, toGroupJid } from '../../shared/groupIds';
import { uazapiRequest } from '../../shared/transport';
import { invalidInput } from '../../shared/validation';

/** The group an operation acts on: picked from the account's groups or typed (1.0.5 name `groupId`). */
export const groupIdProperty: INodeProperties = {
	displayName: 'Group',
	name: 'groupId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The group: pick it from the list, or give its ID with or without @g.us',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchGroups', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: '120363012345678901@g.us',
			hint: 'The group ID, with or without @g.us',
		},
	],
};

/** The group JID (`…@g.us`) of the current item. A plain string from a 1.0.5 workflow works too. */
export function groupJidParameter(context: IExecuteSingleFunctions): string {
	const value = context.getNodeParameter('groupId', '', { extractValue: true }) as unknown;
	const id = value && typeof value === 'object' ? (value as IDataObject).value : value;
	try {
		return toGroupJid(id);
	} catch (error) {
		const hint = 'Pick the group from the list, or enter its ID (e.g. 120363012345678901@g.us).';
		throw invalidInput(context, 'Group', (error as GroupIdError).message, hint);
	}
}

export async function searchGroups(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const answer = (await uazapiRequest(this, {
		method: 'GET',
		path: '/group/list',
		qs: { noparticipants: 'true' },
		concern: { subject: 'group' },
	})) as IDataObject;
	const groups = Array.isArray(answer?.groups) ? (answer.groups as IDataObject[]) : [];
	const wanted = filter?.trim().toLowerCase();
	const results = groups
		.map((group) => ({ name: String(group.Name || group.JID), value: String(group.JID) }))
		.filter((entry) => !wanted || `${entry.name} ${entry.value}`.toLowerCase().includes(wanted))
		.sort((a, b) => a.name.localeCompare(b.name));
	return { results };
}
