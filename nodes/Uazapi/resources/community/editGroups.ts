import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import { UazapiError } from '../../shared/errors';
import { toGroupJid } from '../../shared/groupIds';
import { splitList } from '../../shared/numbers';
import type { RequestOptions } from '../../shared/operation';
import { defineOperation } from '../../shared/operation';
import { invalidInput } from '../../shared/validation';
import { communityIdProperty, communityJidParameter } from './communityField';

type EditAction = 'add' | 'remove';
const FIELD = 'Groups';

function groupJidsParameter(context: IExecuteSingleFunctions): string[] {
	const entries = splitList(context.getNodeParameter('groupIds', ''));
	if (!entries.length) throw invalidInput(context, FIELD, 'is empty', 'Enter at least one group ID, e.g. 120363012345678901@g.us.');
	const jids = entries.map((entry) => {
		let jid: string;
		try {
			jid = toGroupJid(entry);
		} catch (error) {
			throw invalidInput(context, FIELD, (error as Error).message);
		}
		// Communities take only current group IDs (digits); groups from before 2021 cannot join one.
		if (!/^[0-9]+@g\.us$/.test(jid)) throw invalidInput(context, FIELD, `holds an old-style group ID a community cannot take: "${entry}"`);
		return jid;
	});
	return [...new Set(jids)];
}

/** Uazapi answers `{message, success: [jid], failed: [jid]}`: one output item per group. */
function perGroup(action: EditAction) {
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
		const communityId = communityJidParameter(this);
		const answer = (items[0]?.json ?? {}) as IDataObject;
		const listed = (key: string) => (Array.isArray(answer[key]) ? (answer[key] as unknown[]).map(String) : []);
		const failed = new Set(listed('failed'));
		const results = groupJidsParameter(this).map((groupId) => ({
			json: { communityId, action, groupId, success: !failed.has(groupId) } as IDataObject,
		}));
		if (results.length && results.every(({ json }) => !json.success)) {
			throw new UazapiError(
				this.getNode(),
				{
					message: `No group was ${action === 'add' ? 'added to' : 'removed from'} the community`,
					description:
						action === 'add'
							? 'A group can belong to one community only, and this account must be an admin of the community and of the group.'
							: 'Only groups of this community can be removed from it, by an admin of the community.',
				},
				{ itemIndex: this.getItemIndex() },
			);
		}
		return results;
	};
}

function editGroupsOperation(spec: { value: string; name: string; action: string; description: string; apiAction: EditAction }) {
	async function buildEdit(this: IExecuteSingleFunctions, request: RequestOptions) {
		const community = communityJidParameter(this);
		const groupjids = groupJidsParameter(this);
		return { ...request, body: { community, action: spec.apiAction, groupjids } };
	}
	return defineOperation({
		resource: 'community',
		name: spec.name,
		value: spec.value,
		action: spec.action,
		description: spec.description,
		method: 'POST',
		path: '/community/editgroups',
		subject: 'group',
		meanings: { 403: { message: 'Not a community admin', description: 'Only admins of the community can change its groups.' } },
		fields: [
			communityIdProperty,
			{
				displayName: 'Groups',
				name: 'groupIds',
				type: 'string',
				default: '',
				required: true,
				placeholder: '120363324255083289@g.us, 120363308883996631@g.us',
				description: 'Group IDs (with or without @g.us), separated by commas (or an array from an expression)',
			},
		],
		prepare: buildEdit,
		output: [perGroup(spec.apiAction)],
	});
}

export const addGroups = editGroupsOperation({
	value: 'addGroups',
	name: 'Add Groups',
	action: 'Add groups to a community',
	description: 'Links existing groups to a community. Outputs one item per group, with whether it worked.',
	apiAction: 'add',
});

export const removeGroups = editGroupsOperation({
	value: 'removeGroups',
	name: 'Remove Groups',
	action: 'Remove groups from a community',
	description: 'Unlinks groups from a community (the groups themselves stay). Outputs one item per group, with whether it worked.',
	apiAction: 'remove',
});
