import type { IDataObject } from 'n8n-workflow';

import { groupObject, groupsOf, TEAM_GROUP } from '../doubles/responders/group';
import type { DoubleState } from '../doubles/responders/state';
import { runListSearch } from '../engine/listSearch';
import type { Mode } from '../engine/rig';
import { expectSuccess, jsonOf, MODES, useRig } from '../engine/rig';

const rig = useRig();

const community = (operation: string, parameters: IDataObject = {}) => ({ resource: 'community', operation, ...parameters });
const picked = (value: string) => ({ __rl: true, mode: 'list', value });
const account = { owner: '5511988887777' } as DoubleState;
const COMMUNITY = '120363800000000001@g.us';
const communityGroup = (name: string) => ({ ...groupObject(account, COMMUNITY, name, []), IsParent: true, IsAnnounce: true });

async function expectRefused(mode: Mode, parameters: IDataObject, message: string) {
	const run = await rig.run(mode, { parameters });
	expect(run.error?.message).toBe(message);
	expect(rig.sent(mode)).toEqual([]);
}

describe.each(MODES)('Community (%s)', (mode) => {
	test('Create sends the trimmed name and outputs the new community', async () => {
		const run = await rig.run(mode, { parameters: community('createCommunity', { communityName: ' Neighbourhood ' }) });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/community/create', body: { name: 'Neighbourhood' } }]);
		expect(jsonOf(run)).toEqual([{ group: communityGroup('Neighbourhood'), failed: [] }]);
	});

	test('Create refuses an empty name before sending', async () => {
		await expectRefused(mode, community('createCommunity', { communityName: '  ' }), 'Community Name is empty (item 0)');
	});

	test('the community picker lists only communities', async () => {
		await rig.run(mode, { parameters: community('createCommunity', { communityName: 'Neighbourhood' }) });
		const result = await runListSearch('searchCommunities', { credentials: rig.credentials(mode) });
		expect(result).toEqual({ results: [{ name: 'Neighbourhood', value: COMMUNITY }] });
	});

	test('Add Groups links the groups, one item per group; Remove Groups unlinks them', async () => {
		await rig.run(mode, { parameters: community('createCommunity', { communityName: 'Neighbourhood' }) });
		const run = await rig.run(mode, {
			parameters: community('addGroups', { communityId: picked(COMMUNITY), groupIds: '120363153742561022, 120363000000000099@g.us' }),
		});
		expectSuccess(run);
		expect(rig.sent(mode).slice(1)).toEqual([
			{
				method: 'POST',
				path: '/community/editgroups',
				body: { community: COMMUNITY, action: 'add', groupjids: [TEAM_GROUP, '120363000000000099@g.us'] },
			},
		]);
		expect(jsonOf(run)).toEqual([
			{ communityId: COMMUNITY, action: 'add', groupId: TEAM_GROUP, success: true },
			{ communityId: COMMUNITY, action: 'add', groupId: '120363000000000099@g.us', success: false },
		]);
		expect(groupsOf(rig.uazapi.state).get(TEAM_GROUP)?.LinkedParentJID).toBe(COMMUNITY);

		const removed = await rig.run(mode, {
			parameters: community('removeGroups', { communityId: picked(COMMUNITY), groupIds: '={{ $json.groups }}' }),
			items: [{ json: { groups: [TEAM_GROUP] } }],
		});
		expectSuccess(removed);
		expect(rig.sent(mode).slice(2)).toEqual([
			{ method: 'POST', path: '/community/editgroups', body: { community: COMMUNITY, action: 'remove', groupjids: [TEAM_GROUP] } },
		]);
		expect(jsonOf(removed)).toEqual([{ communityId: COMMUNITY, action: 'remove', groupId: TEAM_GROUP, success: true }]);
		expect(groupsOf(rig.uazapi.state).get(TEAM_GROUP)?.LinkedParentJID).toBe('');
	});

	test('when no group could be changed the item fails and says why', async () => {
		await rig.run(mode, { parameters: community('createCommunity', { communityName: 'Neighbourhood' }) });
		const run = await rig.run(mode, { parameters: community('removeGroups', { communityId: picked(COMMUNITY), groupIds: TEAM_GROUP }) });
		expect(run.error?.message).toBe('No group was removed from the community');
	});

	test.each([
		[{ groupIds: ' , ' }, 'Groups is empty (item 0)'],
		[{ groupIds: '5511999999999@s.whatsapp.net' }, 'Groups is not a group ID: "5511999999999@s.whatsapp.net" (a group ID ends in @g.us) (item 0)'],
		[{ groupIds: '5511999999999-1500000000' }, 'Groups holds an old-style group ID a community cannot take: "5511999999999-1500000000" (item 0)'],
		[{ communityId: picked('abc') }, 'Community is not a community ID: "abc" (a community ID has only digits, e.g. 120363012345678901@g.us) (item 0)'],
	])('refuses bad input before sending: %#', async (bad, message) => {
		await expectRefused(mode, community('addGroups', { communityId: picked(COMMUNITY), groupIds: TEAM_GROUP, ...bad }), message);
	});
});
