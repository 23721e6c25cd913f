import type { IDataObject } from 'n8n-workflow';

import { PHOTO_JPEG } from '../doubles/files';
import type { Group } from '../doubles/responders/group';
import { groupObject, INVITE_LINK, participant, TEAM_GROUP } from '../doubles/responders/group';
import type { DoubleState } from '../doubles/responders/state';
import { runListSearch } from '../engine/listSearch';
import type { Mode } from '../engine/rig';
import { expectSuccess, jsonOf, MODES, useRig } from '../engine/rig';

const rig = useRig();

const group = (operation: string, parameters: IDataObject = {}) => ({ resource: 'group', operation, ...parameters });
const picked = (value: string) => ({ __rl: true, mode: 'list', value });
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

const account = { owner: '5511988887777' } as DoubleState;
/** The group the double starts with (responders/group.ts), after `change`. */
function teamGroup(change: (g: Group) => void = () => {}): Group {
	const g = groupObject(account, TEAM_GROUP, 'Team Chat', [participant('5511911112222', 'admin'), participant('5511933334444')]);
	change(g);
	return g;
}

async function expectRefused(mode: Mode, parameters: IDataObject, message: string, items?: Parameters<typeof rig.run>[1]['items']) {
	const run = await rig.run(mode, { parameters, items });
	expect(run.error?.message).toBe(message);
	expect(rig.sent(mode)).toEqual([]);
}

const jpegItem = { json: {}, binary: { data: { data: PHOTO_JPEG.toString('base64'), mimeType: 'image/jpeg', fileName: 'team.jpg' } } };

describe.each(MODES)('Group (%s)', (mode) => {
	describe('Create', () => {
		test('creates the group with the participants as plain digits and outputs the new group', async () => {
			const run = await rig.run(mode, {
				parameters: group('createGroup', {
					groupName: ' Sales Team ',
					participants: '+55 11 95555-6666, 5511933334444@s.whatsapp.net; 5511955556666',
				}),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/group/create', body: { name: 'Sales Team', participants: ['5511955556666', '5511933334444'] } },
			]);
			expect(jsonOf(run)).toEqual([
				groupObject(account, '120363900000000001@g.us', 'Sales Team', [participant('5511955556666'), participant('5511933334444')]),
			]);
		});

		test('takes the participants as an array from an expression', async () => {
			const run = await rig.run(mode, {
				parameters: group('createGroup', { groupName: '={{ $json.name }}', participants: '={{ $json.people }}' }),
				items: [{ json: { name: 'Project X', people: ['5511955556666', '+55 11 94444-3333'] } }],
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/group/create', body: { name: 'Project X', participants: ['5511955556666', '5511944443333'] } },
			]);
			expect(jsonOf(run).map((g) => g.JID)).toEqual(['120363900000000001@g.us']);
		});

		const fiftyOne = Array.from({ length: 51 }, (_, i) => `55119000${String(i).padStart(5, '0')}`).join(',');
		test.each([
			[{ participants: fiftyOne }, 'Participants has 51 numbers; at most 50 are allowed (item 0)'],
			[{ groupName: 'x'.repeat(101) }, 'Group Name is longer than 100 characters (101) (item 0)'],
			[{ groupName: '   ' }, 'Group Name is empty (item 0)'],
			[{ participants: ' , ' }, 'Participants is empty (item 0)'],
			[{ participants: '5511955556666, 55119abc' }, 'Participants may only contain digits: "55119abc" (item 0)'],
			[
				{ participants: '123456789012345@lid' },
				'Participants must be phone numbers to create a group: "123456789012345@lid" is a hidden ID (@lid) (item 0)',
			],
			[{ participants: TEAM_GROUP }, `Participants must be people, not a group or channel: "${TEAM_GROUP}" (item 0)`],
		])('refuses bad input before sending: %#', async (bad, message) => {
			await expectRefused(mode, group('createGroup', { groupName: 'Sales Team', participants: '5511955556666', ...bad }), message);
		});
	});

	describe('Group picker', () => {
		test('lists the groups of the account from GET /group/list, without participants', async () => {
			const result = await runListSearch('searchGroups', { credentials: rig.credentials(mode) });
			expect(rig.sent(mode)).toEqual([{ method: 'GET', path: '/group/list', query: { noparticipants: 'true' } }]);
			expect(result).toEqual({ results: [{ name: 'Team Chat', value: TEAM_GROUP }] });
		});

		test('filters by name or ID, and names a group without a name by its ID', async () => {
			rig.uazapi.reply('GET /group/list', {
				status: 200,
				body: {
					groups: [
						{ ...teamGroup(), Participants: [] },
						{ ...teamGroup(), JID: '120363000000000042@g.us', Name: 'Sales', Participants: [] },
						{ ...teamGroup(), JID: '120363000000000043@g.us', Name: '', Participants: [] },
					],
				},
			});
			expect(await runListSearch('searchGroups', { credentials: rig.credentials(mode), filter: 'SAL' })).toEqual({
				results: [{ name: 'Sales', value: '120363000000000042@g.us' }],
			});
			expect(await runListSearch('searchGroups', { credentials: rig.credentials(mode), filter: '43' })).toEqual({
				results: [{ name: '120363000000000043@g.us', value: '120363000000000043@g.us' }],
			});
		});
	});

	describe('Get Info', () => {
		test('asks /group/info for a group picked from the list, with every option', async () => {
			const run = await rig.run(mode, {
				parameters: group('getGroupInfo', {
					groupId: picked(TEAM_GROUP),
					groupInfoOptions: { getInviteLink: true, getRequestsParticipants: true, force: true },
				}),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{
					method: 'POST',
					path: '/group/info',
					body: { groupjid: TEAM_GROUP, getInviteLink: true, getRequestsParticipants: true, force: true },
				},
			]);
			expect(jsonOf(run)).toEqual([
				{ ...teamGroup(), invite_link: INVITE_LINK, request_participants: '5511955556666@s.whatsapp.net' },
			]);
		});

		test('takes the plain string of a 1.0.5 workflow (a bare group ID) and sends only what was set', async () => {
			const run = await rig.run(mode, {
				parameters: group('getGroupInfo', { groupId: '120363153742561022', groupInfoOptions: { force: false } }),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/group/info', body: { groupjid: TEAM_GROUP, force: false } }]);
			expect(jsonOf(run)).toEqual([teamGroup()]);
		});

		test('takes a JID typed by ID, in any case', async () => {
			const run = await rig.run(mode, { parameters: group('getGroupInfo', { groupId: byId(' 120363153742561022@G.US ') }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/group/info', body: { groupjid: TEAM_GROUP } }]);
		});

		test.each([
			['5511999999999@s.whatsapp.net', 'Group is not a group ID: "5511999999999@s.whatsapp.net" (a group ID ends in @g.us) (item 0)'],
			['5511abc', 'Group is not a group ID: "5511abc" (a group ID has only digits, e.g. 120363012345678901@g.us) (item 0)'],
		])('refuses %p before sending', async (groupId, message) => {
			await expectRefused(mode, group('getGroupInfo', { groupId: byId(groupId) }), message);
		});

		test('refuses an ID that an expression left empty', async () => {
			await expectRefused(mode, group('getGroupInfo', { groupId: byId('={{ $json.id }}') }), 'Group is empty (item 0)', [
				{ json: { id: '' } },
			]);
		});

		test('an unknown group fails with "Group not found" and what to check', async () => {
			const run = await rig.run(mode, { parameters: group('getGroupInfo', { groupId: byId('120363000000000000') }) });
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/group/info', body: { groupjid: '120363000000000000@g.us' } }]);
			expect(run.error).toMatchObject({
				message: 'Group not found',
				description:
					'Check the group ID, and that this WhatsApp account is still a member of the group. Uazapi said: "Group not found".',
				httpCode: '404',
			});
		});
	});

	describe('Update', () => {
		const updated = (response: string, change: (g: Group) => void = () => {}) => [
			{ response, group: teamGroup(change), needs_refresh: false },
		];

		test('Name → /group/updateName', async () => {
			const run = await rig.run(mode, {
				parameters: group('updateGroup', { groupId: picked(TEAM_GROUP), updateField: 'name', groupName: ' Team Chat 2026 ' }),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/group/updateName', body: { groupjid: TEAM_GROUP, name: 'Team Chat 2026' } },
			]);
			expect(jsonOf(run)).toEqual(updated('Group name updated successfully', (g) => (g.Name = 'Team Chat 2026')));
		});

		test('Description → /group/updateDescription', async () => {
			const run = await rig.run(mode, {
				parameters: group('updateGroup', { groupId: picked(TEAM_GROUP), updateField: 'description', groupDescription: 'Only work topics' }),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/group/updateDescription', body: { groupjid: TEAM_GROUP, description: 'Only work topics' } },
			]);
			expect(jsonOf(run)).toEqual(updated('Group description updated successfully', (g) => (g.Topic = 'Only work topics')));
		});

		test('Picture from a URL → /group/updateImage', async () => {
			const run = await rig.run(mode, {
				parameters: group('updateGroup', {
					groupId: picked(TEAM_GROUP),
					updateField: 'picture',
					pictureSource: 'url',
					pictureUrl: 'https://example.com/team.jpg',
				}),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/group/updateImage', body: { groupjid: TEAM_GROUP, image: 'https://example.com/team.jpg' } },
			]);
			expect(jsonOf(run)).toEqual(updated('Group image updated successfully'));
		});

		test('Picture from a binary property → a JPEG data URI', async () => {
			const run = await rig.run(mode, {
				parameters: group('updateGroup', { groupId: picked(TEAM_GROUP), updateField: 'picture', pictureSource: 'binary' }),
				items: [jpegItem],
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{
					method: 'POST',
					path: '/group/updateImage',
					body: { groupjid: TEAM_GROUP, image: `data:image/jpeg;base64,${PHOTO_JPEG.toString('base64')}` },
				},
			]);
		});

		test('Remove Picture → image "remove"', async () => {
			const run = await rig.run(mode, {
				parameters: group('updateGroup', { groupId: picked(TEAM_GROUP), updateField: 'picture', pictureSource: 'remove' }),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/group/updateImage', body: { groupjid: TEAM_GROUP, image: 'remove' } }]);
			expect(jsonOf(run)).toEqual(updated('Group image removed successfully'));
		});

		test('Only Admins Can Send Messages → /group/updateAnnounce', async () => {
			const run = await rig.run(mode, {
				parameters: group('updateGroup', { groupId: picked(TEAM_GROUP), updateField: 'announce', onlyAdminsCanSend: true }),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/group/updateAnnounce', body: { groupjid: TEAM_GROUP, announce: true } }]);
			expect(jsonOf(run)).toEqual(updated('Group announce setting updated successfully', (g) => (g.IsAnnounce = true)));
		});

		test('Only Admins Can Edit Group Info → /group/updateLocked (false sent as false)', async () => {
			const run = await rig.run(mode, {
				parameters: group('updateGroup', { groupId: picked(TEAM_GROUP), updateField: 'locked', onlyAdminsCanEditInfo: false }),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/group/updateLocked', body: { groupjid: TEAM_GROUP, locked: false } }]);
			expect(jsonOf(run)).toEqual(updated('Group locked setting updated successfully'));
		});

		test.each([
			[{ updateField: 'name', groupName: 'x'.repeat(26) }, 'Group Name is longer than 25 characters (26) (item 0)'],
			[{ updateField: 'description', groupDescription: 'x'.repeat(513) }, 'Description is longer than 512 characters (513) (item 0)'],
			[{ updateField: 'description', groupDescription: ' ' }, 'Description is empty (item 0)'],
			[{ updateField: 'picture', pictureSource: 'url', pictureUrl: '={{ $json.missing }}' }, 'Picture URL is empty (item 0)'],
			[
				{ updateField: 'name', groupName: 'Fine', groupId: byId('5511999999999@s.whatsapp.net') },
				'Group is not a group ID: "5511999999999@s.whatsapp.net" (a group ID ends in @g.us) (item 0)',
			],
		])('refuses bad input before sending: %#', async (bad, message) => {
			await expectRefused(mode, group('updateGroup', { groupId: picked(TEAM_GROUP), ...bad }), message);
		});

		test('refuses a picture that is not a JPEG, and a missing binary property', async () => {
			const parameters = group('updateGroup', { groupId: picked(TEAM_GROUP), updateField: 'picture', pictureSource: 'binary' });
			const png = { json: {}, binary: { data: { data: 'iVBORw0KGgo=', mimeType: 'image/png', fileName: 'team.png' } } };
			await expectRefused(mode, parameters, 'Input Binary Field must hold a JPEG image, not image/png (item 0)', [png]);
			await expectRefused(
				mode,
				{ ...parameters, binaryPropertyName: 'photo' },
				'Input Binary Field names the binary property "photo", which the input item does not have (item 0)',
				[jpegItem],
			);
		});
	});

	describe('Participants', () => {
		test('Add reports each person: one item per participant with success and reason', async () => {
			const run = await rig.run(mode, {
				parameters: group('addParticipant', {
					groupId: picked(TEAM_GROUP),
					participants: '5511955556666, +55 11 91111-2222, 5511900000403',
				}),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{
					method: 'POST',
					path: '/group/updateParticipants',
					body: { groupjid: TEAM_GROUP, action: 'add', participants: ['5511955556666', '5511911112222', '5511900000403'] },
				},
			]);
			const base = { groupId: TEAM_GROUP, action: 'add' };
			expect(jsonOf(run)).toEqual([
				{ ...base, participant: '5511955556666@s.whatsapp.net', success: true, errorCode: 0, reason: null },
				{
					...base,
					participant: '5511911112222@s.whatsapp.net',
					success: false,
					errorCode: 409,
					reason: 'They are already a member of the group',
				},
				{
					...base,
					participant: '5511900000403@s.whatsapp.net',
					success: false,
					errorCode: 403,
					reason: 'Their privacy settings do not allow being added to groups: send them the invite link instead',
				},
			]);
			expect(run.outputs[0].map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }, { item: 0 }]);
		});

		test('when every participant failed, the item fails and says why for each', async () => {
			const run = await rig.run(mode, {
				parameters: group('addParticipant', { groupId: picked(TEAM_GROUP), participants: '5511911112222, 5511900000403' }),
			});
			expect(rig.sent(mode)).toEqual([
				{
					method: 'POST',
					path: '/group/updateParticipants',
					body: { groupjid: TEAM_GROUP, action: 'add', participants: ['5511911112222', '5511900000403'] },
				},
			]);
			expect(run.error).toMatchObject({
				message: 'No participant was added',
				description:
					'5511911112222@s.whatsapp.net: They are already a member of the group\n' +
					'5511900000403@s.whatsapp.net: Their privacy settings do not allow being added to groups: send them the invite link instead',
			});
		});

		test('with Continue On Fail, an item where everyone failed becomes an error item and the next goes on', async () => {
			const run = await rig.run(mode, {
				parameters: group('removeParticipant', { groupId: picked(TEAM_GROUP), participants: '={{ $json.who }}' }),
				items: [{ json: { who: '5511977778888' } }, { json: { who: '5511933334444' } }],
				continueOnFail: true,
			});
			expectSuccess(run);
			expect(rig.sent(mode).map((request) => (request.body as IDataObject).participants)).toEqual([
				['5511977778888'],
				['5511933334444'],
			]);
			expect(jsonOf(run)).toEqual([
				{ error: 'No participant was removed' },
				{
					groupId: TEAM_GROUP,
					action: 'remove',
					participant: '5511933334444@s.whatsapp.net',
					success: true,
					errorCode: 0,
					reason: null,
				},
			]);
			expect(run.outputs[0].map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		});

		test.each([
			['promoteAdmin', 'promote'],
			['demoteAdmin', 'demote'],
			['removeParticipant', 'remove'],
		])('%s sends action "%s" with WhatsApp IDs kept as they are', async (operation, action) => {
			const run = await rig.run(mode, {
				parameters: group(operation, { groupId: '120363153742561022@g.us', participants: '5511933334444@s.whatsapp.net' }),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{
					method: 'POST',
					path: '/group/updateParticipants',
					body: { groupjid: TEAM_GROUP, action, participants: ['5511933334444@s.whatsapp.net'] },
				},
			]);
			expect(jsonOf(run)).toEqual([
				{ groupId: TEAM_GROUP, action, participant: '5511933334444@s.whatsapp.net', success: true, errorCode: 0, reason: null },
			]);
		});

		test('a person who is not in the group is reported as such', async () => {
			const run = await rig.run(mode, {
				parameters: group('promoteAdmin', { groupId: picked(TEAM_GROUP), participants: '5511933334444, 5511977778888' }),
			});
			expectSuccess(run);
			expect(jsonOf(run).map(({ success, reason }) => ({ success, reason }))).toEqual([
				{ success: true, reason: null },
				{ success: false, reason: 'They are not a member of this group' },
			]);
		});

		test.each([
			[{ participants: '={{ $json.people }}' }, 'Participants is empty (item 0)'],
			[{ participants: TEAM_GROUP }, `Participants must be people, not a group or channel: "${TEAM_GROUP}" (item 0)`],
			[
				{ groupId: byId('+55 11 9999-9999') },
				'Group is a phone number, not a group ID: "+55 11 9999-9999" (a group ID looks like 120363012345678901@g.us) (item 0)',
			],
		])('refuses bad input before sending: %#', async (bad, message) => {
			await expectRefused(mode, group('addParticipant', { groupId: picked(TEAM_GROUP), participants: '5511955556666', ...bad }), message);
		});
	});

	describe('Leave', () => {
		test('leaves the group with /group/leave', async () => {
			const run = await rig.run(mode, { parameters: group('leaveGroup', { groupId: picked(TEAM_GROUP) }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/group/leave', body: { groupjid: TEAM_GROUP } }]);
			expect(jsonOf(run)).toEqual([{ response: 'Group leave successful' }]);
		});

		test('refuses a contact ID before sending', async () => {
			await expectRefused(
				mode,
				group('leaveGroup', { groupId: '5511999999999@s.whatsapp.net' }),
				'Group is not a group ID: "5511999999999@s.whatsapp.net" (a group ID ends in @g.us) (item 0)',
			);
		});
	});
});
