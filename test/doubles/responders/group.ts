import { lidOf } from './contact';
import type { DoubleState } from './state';
import type { Reply, Responders } from './types';

/** A participant as Uazapi returns it (PascalCase, like every group object). */
export interface Participant {
	JID: string;
	LID: string;
	PhoneNumber: string;
	IsAdmin: boolean;
	IsSuperAdmin: boolean;
	DisplayName: string;
	Error: number;
}

export interface Group {
	JID: string;
	OwnerJID: string;
	OwnerPN: string;
	Name: string;
	NameSetAt: string;
	NameSetBy: string;
	Topic: string;
	TopicID: string;
	TopicSetAt: string;
	TopicSetBy: string;
	TopicDeleted: boolean;
	IsLocked: boolean;
	IsAnnounce: boolean;
	IsEphemeral: boolean;
	DisappearingTimer: number;
	IsIncognito: boolean;
	IsParent: boolean;
	IsJoinApprovalRequired: boolean;
	LinkedParentJID: string;
	IsDefaultSubGroup: boolean;
	GroupCreated: string;
	CreatorCountryCode: string;
	ParticipantVersionID: string;
	Participants: Participant[];
	MemberAddMode: 'admin_add' | 'all_member_add';
	AddressingMode: 'pn' | 'lid';
	OwnerCanSendMessage: boolean;
	OwnerIsAdmin: boolean;
	DefaultSubGroupId: string;
}

export const TEAM_GROUP = '120363153742561022@g.us';
export const INVITE_LINK = 'https://chat.whatsapp.com/KxYz12AbCdE3fGh4IjKl5m';
/** Adding a number that ends in 403 fails the way WhatsApp refuses people whose privacy settings forbid it. */
const PRIVATE_NUMBER = /403$/;

const userJid = (number: string) => (number.includes('@') ? number : `${number}@s.whatsapp.net`);

export function participant(number: string, role: 'member' | 'admin' | 'owner' = 'member'): Participant {
	const jid = userJid(number);
	return {
		JID: jid,
		LID: lidOf(jid),
		PhoneNumber: jid,
		IsAdmin: role !== 'member',
		IsSuperAdmin: role === 'owner',
		DisplayName: '',
		Error: 0,
	};
}

export function groupObject(state: DoubleState, jid: string, name: string, members: Participant[]): Group {
	const owner = `${state.owner}@s.whatsapp.net`;
	return {
		JID: jid,
		OwnerJID: owner,
		OwnerPN: owner,
		Name: name,
		NameSetAt: '2026-01-15T12:00:00Z',
		NameSetBy: owner,
		Topic: '',
		TopicID: '',
		TopicSetAt: '0001-01-01T00:00:00Z',
		TopicSetBy: '',
		TopicDeleted: false,
		IsLocked: false,
		IsAnnounce: false,
		IsEphemeral: false,
		DisappearingTimer: 0,
		IsIncognito: false,
		IsParent: false,
		IsJoinApprovalRequired: false,
		LinkedParentJID: '',
		IsDefaultSubGroup: false,
		GroupCreated: '2026-01-15T12:00:00Z',
		CreatorCountryCode: '55',
		ParticipantVersionID: '1737000000000000',
		Participants: [participant(state.owner, 'owner'), ...members],
		MemberAddMode: 'admin_add',
		AddressingMode: 'pn',
		OwnerCanSendMessage: true,
		OwnerIsAdmin: true,
		DefaultSubGroupId: '',
	};
}

// The groups of the account, per test (a new state object per test resets them).
const groupsByState = new WeakMap<DoubleState, Map<string, Group>>();

export function groupsOf(state: DoubleState): Map<string, Group> {
	let groups = groupsByState.get(state);
	if (!groups) {
		groups = new Map([
			[
				TEAM_GROUP,
				groupObject(state, TEAM_GROUP, 'Team Chat', [participant('5511911112222', 'admin'), participant('5511933334444')]),
			],
		]);
		groupsByState.set(state, groups);
	}
	return groups;
}

const notFound: Reply = { status: 404, body: { error: 'Group not found' } };

/** The /group/update* answers: the change applied to the group, then `{response, group, needs_refresh}`. */
function groupUpdate(response: string | ((body: Record<string, unknown>) => string), apply: (group: Group, body: Record<string, unknown>) => void) {
	return (req: { body: unknown }, state: DoubleState): Reply => {
		const body = req.body as Record<string, unknown>;
		const group = groupsOf(state).get(String(body.groupjid));
		if (!group) return notFound;
		apply(group, body);
		return { status: 200, body: { response: typeof response === 'string' ? response : response(body), group, needs_refresh: false } };
	};
}

export const groupResponders: Responders = {
	'GET /group/list': (req, state) => {
		const withoutParticipants = req.query.noparticipants === 'true';
		const groups = [...groupsOf(state).values()].map((group) => (withoutParticipants ? { ...group, Participants: [] } : group));
		return { status: 200, body: { groups } };
	},
	'POST /group/create': (req, state) => {
		const { name, participants } = req.body as { name: string; participants: string[] };
		const jid = `120363${String(900000000000 + state.nextId++)}@g.us`;
		const members = participants.map((number) => ({ ...participant(number), Error: PRIVATE_NUMBER.test(number) ? 403 : 0 }));
		const group = groupObject(state, jid, name, members.filter((member) => member.Error === 0));
		groupsOf(state).set(jid, group);
		return { status: 200, body: { ...group, Participants: [participant(state.owner, 'owner'), ...members] } };
	},
	'POST /group/info': (req, state) => {
		const body = req.body as { groupjid: string; getInviteLink?: boolean; getRequestsParticipants?: boolean };
		const group = groupsOf(state).get(body.groupjid);
		if (!group) return notFound;
		return {
			status: 200,
			body: {
				...group,
				...(body.getInviteLink ? { invite_link: INVITE_LINK } : {}),
				...(body.getRequestsParticipants ? { request_participants: '5511955556666@s.whatsapp.net' } : {}),
			},
		};
	},
	'POST /group/updateName': groupUpdate('Group name updated successfully', (group, body) => {
		group.Name = String(body.name);
	}),
	'POST /group/updateDescription': groupUpdate('Group description updated successfully', (group, body) => {
		group.Topic = String(body.description);
	}),
	'POST /group/updateImage': groupUpdate(
		(body) => (body.image === 'remove' || body.image === 'delete' ? 'Group image removed successfully' : 'Group image updated successfully'),
		() => {},
	),
	'POST /group/updateAnnounce': groupUpdate('Group announce setting updated successfully', (group, body) => {
		group.IsAnnounce = Boolean(body.announce);
	}),
	'POST /group/updateLocked': groupUpdate('Group locked setting updated successfully', (group, body) => {
		group.IsLocked = Boolean(body.locked);
	}),
	'POST /group/updateParticipants': (req, state) => {
		const { groupjid, action, participants } = req.body as { groupjid: string; action: string; participants: string[] };
		const group = groupsOf(state).get(groupjid);
		if (!group) return notFound;
		const groupUpdated = participants.map((number) => {
			const jid = userJid(number);
			const index = group.Participants.findIndex((member) => member.JID === jid || member.LID === jid);
			let error = 0;
			if (action === 'add') {
				if (index >= 0) error = 409;
				else if (PRIVATE_NUMBER.test(jid.split('@')[0])) error = 403;
				else group.Participants.push(participant(jid));
			} else if (index < 0) {
				error = 404;
			} else if (action === 'remove') {
				group.Participants.splice(index, 1);
			} else {
				group.Participants[index].IsAdmin = action === 'promote';
			}
			return { JID: jid, Error: error };
		});
		return { status: 200, body: { groupUpdated, group, needs_refresh: false } };
	},
	'POST /group/leave': (req, state) => {
		const { groupjid } = req.body as { groupjid: string };
		if (!groupsOf(state).delete(groupjid)) return notFound;
		return { status: 200, body: { response: 'Group leave successful' } };
	},
};
