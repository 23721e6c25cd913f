import { groupObject, groupsOf } from './group';
import type { Responders } from './types';

/** Communities are groups with IsParent; a linked group names its community in LinkedParentJID. */
export const communityResponders: Responders = {
	'POST /community/create': (req, state) => {
		const { name } = req.body as { name: string };
		const jid = `120363${String(800000000000 + state.nextId++)}@g.us`;
		const community = { ...groupObject(state, jid, name, []), IsParent: true, IsAnnounce: true, DefaultSubGroupId: '' };
		groupsOf(state).set(jid, community);
		return { status: 200, body: { group: community, failed: [] } };
	},
	'POST /community/editgroups': (req, state) => {
		const { community, action, groupjids } = req.body as { community: string; action: 'add' | 'remove'; groupjids: string[] };
		const parent = groupsOf(state).get(community);
		if (!parent?.IsParent) return { status: 400, body: { error: 'invalid community JID' } };
		const success: string[] = [];
		const failed: string[] = [];
		for (const jid of groupjids) {
			const group = groupsOf(state).get(jid);
			const can = action === 'add' ? group && !group.IsParent && !group.LinkedParentJID : group?.LinkedParentJID === community;
			if (!group || !can) {
				failed.push(jid);
				continue;
			}
			group.LinkedParentJID = action === 'add' ? community : '';
			success.push(jid);
		}
		return { status: 200, body: { message: 'community updated', success, failed } };
	},
};
