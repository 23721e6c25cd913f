import type { IDataObject } from 'n8n-workflow';

import type { Group } from '../doubles/responders/group';
import { groupObject, groupsOf, participant, TEAM_GROUP } from '../doubles/responders/group';
import { OTHER_GROUP, OTHER_INVITE_CODE, otherGroup, PENDING_REQUEST } from '../doubles/responders/groupMore';
import type { DoubleState } from '../doubles/responders/state';
import type { Mode } from '../engine/rig';
import { expectSuccess, jsonOf, MODES, useRig } from '../engine/rig';

const rig = useRig();

const group = (operation: string, parameters: IDataObject = {}) => ({ resource: 'group', operation, ...parameters });
const picked = (value: string) => ({ __rl: true, mode: 'list', value });

const account = { owner: '5511988887777' } as DoubleState;
function teamGroup(change: (g: Group) => void = () => {}): Group {
	const g = groupObject(account, TEAM_GROUP, 'Team Chat', [participant('5511911112222', 'admin'), participant('5511933334444')]);
	change(g);
	return g;
}
const extraGroup = (n: number) => groupObject(account, `1203630000000001${String(n).padStart(2, '0')}@g.us`, `Project ${n}`, []);

async function expectRefused(mode: Mode, parameters: IDataObject, message: string) {
	const run = await rig.run(mode, { parameters });
	expect(run.error?.message).toBe(message);
	expect(rig.sent(mode)).toEqual([]);
}

describe.each(MODES)('Group additions (%s)', (mode) => {
	describe('Get Many', () => {
		test('Return All without a search: one GET /group/list, one item per group, options as query', async () => {
			const run = await rig.run(mode, {
				parameters: group('getGroups', { returnAll: true, groupListOptions: { noParticipants: true, force: false } }),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'GET', path: '/group/list', query: { force: 'false', noparticipants: 'true' } },
			]);
			expect(jsonOf(run)).toEqual([{ ...teamGroup(), Participants: [] }]);
		});

		test('a Limit pages through POST /group/list with the search, sending only what was set', async () => {
			for (let n = 1; n <= 4; n++) groupsOf(rig.uazapi.state).set(extraGroup(n).JID, extraGroup(n));
			const run = await rig.run(mode, {
				parameters: group('getGroups', { returnAll: false, limit: 2, groupFilters: { search: ' project ' } }),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/group/list', body: { search: 'project', limit: 2, offset: 0 } }]);
			expect(jsonOf(run)).toEqual([extraGroup(1), extraGroup(2)]);
			expect(run.outputs[0].map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
		});

		test('Return All with a search follows the pages until the last one', async () => {
			for (let n = 1; n <= 3; n++) groupsOf(rig.uazapi.state).set(extraGroup(n).JID, extraGroup(n));
			rig.uazapi.reply('POST /group/list', (req) => {
				const { offset } = req.body as { offset: number };
				const all = [extraGroup(1), extraGroup(2), extraGroup(3)];
				const page = all.slice(offset, offset + 2);
				return { status: 200, body: { groups: page, pagination: { hasNextPage: offset + page.length < all.length } } };
			});
			const run = await rig.run(mode, { parameters: group('getGroups', { returnAll: true, groupFilters: { search: 'Project' } }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/group/list', body: { search: 'Project', limit: 1000, offset: 0 } },
				{ method: 'POST', path: '/group/list', body: { search: 'Project', limit: 1000, offset: 2 } },
			]);
			expect(jsonOf(run).map((g) => g.Name)).toEqual(['Project 1', 'Project 2', 'Project 3']);
		});
	});

	describe('Get Invite Info', () => {
		test.each([
			[`https://chat.whatsapp.com/${OTHER_INVITE_CODE}`],
			[` ${OTHER_INVITE_CODE} `],
			[`chat.whatsapp.com/invite/${OTHER_INVITE_CODE}?lang=en`],
		])('takes a link or the bare code (%s) and sends the code', async (inviteCode) => {
			const run = await rig.run(mode, { parameters: group('getInviteInfo', { inviteCode }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/group/inviteInfo', body: { invitecode: OTHER_INVITE_CODE } }]);
			expect(jsonOf(run)).toEqual([otherGroup()]);
		});

		test('an expired link says so', async () => {
			const run = await rig.run(mode, { parameters: group('getInviteInfo', { inviteCode: 'AAAAAAAAAAAAAAAAAAAAAA' }) });
			expect(run.error?.message).toBe('Invite link not found');
		});

		test.each([
			['  ', 'Invite Link or Code is empty (item 0)'],
			['https://example.com/IYnl5Zg9bUcJD32rJrDzO7', 'Invite Link or Code is not a WhatsApp group invite link: "https://example.com/IYnl5Zg9bUcJD32rJrDzO7" (it starts with https://chat.whatsapp.com/) (item 0)'],
			['abc', 'Invite Link or Code is not a WhatsApp invite code: "abc" (a code has 10 to 50 letters and digits) (item 0)'],
			['IYnl5Zg9 bUcJD32rJrDzO7', 'Invite Link or Code is not a WhatsApp invite code: "IYnl5Zg9 bUcJD32rJrDzO7" (a code has 10 to 50 letters and digits) (item 0)'],
		])('refuses bad input before sending: %#', async (inviteCode, message) => {
			await expectRefused(mode, group('getInviteInfo', { inviteCode }), message);
		});
	});

	describe('Join', () => {
		test('joins with the link, then the group is in the list', async () => {
			const run = await rig.run(mode, { parameters: group('joinGroup', { inviteCode: `https://chat.whatsapp.com/${OTHER_INVITE_CODE}` }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/group/join', body: { invitecode: OTHER_INVITE_CODE } }]);
			const joined = { ...otherGroup(), Participants: [...otherGroup().Participants, participant(account.owner)] };
			expect(jsonOf(run)).toEqual([{ response: 'Group join successful', group: joined, needs_refresh: false }]);
			const list = await rig.run(mode, { parameters: group('getGroups', { returnAll: true }) });
			expect(jsonOf(list).map((g) => g.JID)).toEqual([TEAM_GROUP, OTHER_GROUP]);
		});

		test('a group this account is already in: Uazapi 403 explained', async () => {
			const run = await rig.run(mode, { parameters: group('joinGroup', { inviteCode: 'KxYz12AbCdE3fGh4IjKl5m' }) });
			expect(run.error?.message).toBe('Could not join the group');
		});

		test('refuses an empty code before sending', async () => {
			await expectRefused(mode, group('joinGroup', { inviteCode: '  ' }), 'Invite Link or Code is empty (item 0)');
		});
	});

	describe('Reset Invite Link', () => {
		test('outputs the new link; the old one stops working and the new one leads to the group', async () => {
			const run = await rig.run(mode, { parameters: group('resetInviteLink', { groupId: picked(TEAM_GROUP) }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/group/resetInviteCode', body: { groupjid: TEAM_GROUP } }]);
			const [answer] = jsonOf(run);
			expect(answer).toEqual({ InviteLink: 'https://chat.whatsapp.com/NewCode000000000000001', group: teamGroup(), needs_refresh: false });
			const old = await rig.run(mode, { parameters: group('getInviteInfo', { inviteCode: 'KxYz12AbCdE3fGh4IjKl5m' }) });
			expect(old.error?.message).toBe('Invite link not found');
			const fresh = await rig.run(mode, { parameters: group('getInviteInfo', { inviteCode: String(answer.InviteLink) }) });
			expect(jsonOf(fresh).map((g) => g.JID)).toEqual([TEAM_GROUP]);
		});

		test('refuses an invite link given as the group', async () => {
			await expectRefused(
				mode,
				group('resetInviteLink', { groupId: picked('https://chat.whatsapp.com/KxYz12AbCdE3fGh4IjKl5m') }),
				'Group is an invite link, not a group ID: "https://chat.whatsapp.com/KxYz12AbCdE3fGh4IjKl5m" (item 0)',
			);
		});
	});

	describe('Approve / Reject Join Requests', () => {
		test('approves the person who asked, one item per person with success and reason', async () => {
			const run = await rig.run(mode, {
				parameters: group('approveRequests', { groupId: picked(TEAM_GROUP), participants: '+55 11 95555-6666, 5511900000001' }),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{
					method: 'POST',
					path: '/group/updateParticipants',
					body: { groupjid: TEAM_GROUP, action: 'approve', participants: ['5511955556666', '5511900000001'] },
				},
			]);
			expect(jsonOf(run)).toEqual([
				{ groupId: TEAM_GROUP, action: 'approve', participant: PENDING_REQUEST, success: true, errorCode: 0, reason: null },
				{
					groupId: TEAM_GROUP,
					action: 'approve',
					participant: '5511900000001@s.whatsapp.net',
					success: false,
					errorCode: 404,
					reason: 'They have not asked to join this group',
				},
			]);
		});

		test('rejects a request; when nobody could be rejected the item fails with the reasons', async () => {
			const run = await rig.run(mode, {
				parameters: group('rejectRequests', { groupId: picked(TEAM_GROUP), participants: PENDING_REQUEST }),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/group/updateParticipants', body: { groupjid: TEAM_GROUP, action: 'reject', participants: [PENDING_REQUEST] } },
			]);
			expect(jsonOf(run)).toEqual([
				{ groupId: TEAM_GROUP, action: 'reject', participant: PENDING_REQUEST, success: true, errorCode: 0, reason: null },
			]);
			const again = await rig.run(mode, {
				parameters: group('rejectRequests', { groupId: picked(TEAM_GROUP), participants: PENDING_REQUEST }),
			});
			expect(again.error).toMatchObject({
				message: 'No participant was rejected',
				description: `${PENDING_REQUEST}: They have not asked to join this group`,
			});
		});

		test('refuses a number with letters before sending', async () => {
			await expectRefused(
				mode,
				group('approveRequests', { groupId: picked(TEAM_GROUP), participants: '55119abc' }),
				'Participants may only contain digits: "55119abc" (item 0)',
			);
		});
	});
});
