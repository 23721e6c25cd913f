import { groupObject, groupResponders, groupsOf, INVITE_LINK, participant, TEAM_GROUP } from './group';
import type { Group } from './group';
import type { DoubleState } from './state';
import type { Reply, Responders } from './types';

/** A group this account is not in yet, reachable through OTHER_INVITE_CODE. */
export const OTHER_GROUP = '120363000000000077@g.us';
export const OTHER_INVITE_CODE = 'IYnl5Zg9bUcJD32rJrDzO7';
export const TEAM_INVITE_CODE = INVITE_LINK.split('/').pop() as string;
/** Who has asked to join Team Chat when a test starts (as POST /group/info's request_participants says). */
export const PENDING_REQUEST = '5511955556666@s.whatsapp.net';

interface Invites {
	/** invite code → group JID */
	codes: Map<string, string>;
	/** group JID → people waiting for approval */
	pending: Map<string, string[]>;
	other: Group;
}

const invitesByState = new WeakMap<DoubleState, Invites>();

const OTHER_OWNER = '5511977778888';

/** The group behind OTHER_INVITE_CODE, owned by someone else, before this account joins. */
export function otherGroup(): Group {
	const owner = `${OTHER_OWNER}@s.whatsapp.net`;
	const group = groupObject({ owner: OTHER_OWNER } as DoubleState, OTHER_GROUP, 'Neighbours', []);
	return { ...group, OwnerJID: owner, OwnerPN: owner, NameSetBy: owner };
}

function invitesOf(state: DoubleState): Invites {
	let invites = invitesByState.get(state);
	if (!invites) {
		invites = {
			codes: new Map([
				[TEAM_INVITE_CODE, TEAM_GROUP],
				[OTHER_INVITE_CODE, OTHER_GROUP],
			]),
			pending: new Map([[TEAM_GROUP, [PENDING_REQUEST]]]),
			other: otherGroup(),
		};
		invitesByState.set(state, invites);
	}
	return invites;
}

/** Uazapi takes the code or the whole link. */
const codeOf = (invitecode: string) => invitecode.replace(/^https?:\/\/chat\.whatsapp\.com\//i, '');

function groupOfCode(state: DoubleState, invitecode: string): Group | undefined {
	const jid = invitesOf(state).codes.get(codeOf(invitecode));
	if (!jid) return undefined;
	return groupsOf(state).get(jid) ?? (jid === OTHER_GROUP ? invitesOf(state).other : undefined);
}

const userJid = (number: string) => (number.includes('@') ? number : `${number}@s.whatsapp.net`);
const updateParticipants = groupResponders['POST /group/updateParticipants'];

export const groupMoreResponders: Responders = {
	'POST /group/list': (req, state) => {
		const body = (req.body ?? {}) as { limit?: number; pageSize?: number; offset?: number; search?: string; noParticipants?: boolean };
		const size = Math.min(body.limit ?? body.pageSize ?? 50, 1000);
		const offset = body.offset ?? 0;
		const search = body.search?.toLowerCase();
		const all = [...groupsOf(state).values()]
			.filter((group) => !search || `${group.Name} ${group.JID}`.toLowerCase().includes(search))
			.map((group) => (body.noParticipants ? { ...group, Participants: [] } : group));
		const groups = all.slice(offset, offset + size);
		return {
			status: 200,
			body: {
				groups,
				pagination: {
					totalRecords: all.length,
					pageSize: size,
					currentPage: Math.floor(offset / size) + 1,
					totalPages: Math.ceil(all.length / size),
					hasNextPage: offset + groups.length < all.length,
					hasPreviousPage: offset > 0,
				},
			},
		};
	},
	'POST /group/inviteInfo': (req, state) => {
		const group = groupOfCode(state, String((req.body as { invitecode: string }).invitecode));
		if (!group) return { status: 404, body: { error: 'Group invite link is invalid or has expired' } };
		return { status: 200, body: group };
	},
	'POST /group/join': (req, state) => {
		const group = groupOfCode(state, String((req.body as { invitecode: string }).invitecode));
		if (!group) return { status: 400, body: { error: 'Invalid invite code' } };
		if (groupsOf(state).has(group.JID)) return { status: 403, body: { error: 'Unable to join group' } };
		group.Participants.push(participant(state.owner));
		groupsOf(state).set(group.JID, group);
		return { status: 200, body: { response: 'Group join successful', group, needs_refresh: false } };
	},
	'POST /group/resetInviteCode': (req, state) => {
		const { groupjid } = req.body as { groupjid: string };
		const group = groupsOf(state).get(groupjid);
		if (!group) return { status: 400, body: { error: 'Could not parse Group JID' } };
		const { codes } = invitesOf(state);
		for (const [code, jid] of codes) if (jid === groupjid) codes.delete(code);
		const code = `NewCode${String(state.nextId++).padStart(15, '0')}`;
		codes.set(code, groupjid);
		return { status: 200, body: { InviteLink: `https://chat.whatsapp.com/${code}`, group, needs_refresh: false } };
	},
	// Join requests: approve lets the person in, reject drops the request; anyone who did not ask fails with 404.
	'POST /group/updateParticipants': (req, state): Reply | Promise<Reply> => {
		const { groupjid, action, participants } = req.body as { groupjid: string; action: string; participants: string[] };
		if (action !== 'approve' && action !== 'reject') return updateParticipants(req, state);
		const group = groupsOf(state).get(groupjid);
		if (!group) return { status: 404, body: { error: 'Group not found' } };
		const waiting = invitesOf(state).pending.get(groupjid) ?? [];
		const groupUpdated = participants.map((number) => {
			const jid = userJid(number);
			const index = waiting.indexOf(jid);
			if (index < 0) return { JID: jid, Error: 404 };
			waiting.splice(index, 1);
			if (action === 'approve') group.Participants.push(participant(jid));
			return { JID: jid, Error: 0 };
		});
		return { status: 200, body: { groupUpdated, group, needs_refresh: false } };
	},
};
