import type { IDataObject } from 'n8n-workflow';

import { PHOTO_JPEG } from '../doubles/files';
import type { Channel } from '../doubles/responders/channel';
import {
	channelObject,
	channelPosts,
	channelsOf,
	directoryChannels,
	FOLLOWED_CHANNEL,
	FOLLOWED_CHANNEL_INVITE,
	OWN_CHANNEL,
	OWN_CHANNEL_INVITE,
} from '../doubles/responders/channel';
import type { DoubleState } from '../doubles/responders/state';
import { nextId } from '../doubles/responders/state';
import type { RecordedRequest } from '../doubles/responders/types';
import { runListSearch } from '../engine/listSearch';
import type { Mode } from '../engine/rig';
import { expectSuccess, jsonOf, MODES, useRig } from '../engine/rig';

const rig = useRig();

const channel = (operation: string, parameters: IDataObject = {}) => ({ resource: 'channel', operation, ...parameters });
const picked = (value: string) => ({ __rl: true, mode: 'list', value });
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/** The channels the double starts with (responders/channel.ts), after `change`. */
function ownChannel(change: (c: Channel) => void = () => {}): Channel {
	const c = channelObject(OWN_CHANNEL, 'Store News', 'owner', { description: 'Offers and news', invite: OWN_CHANNEL_INVITE, subscribers: 1200 });
	change(c);
	return c;
}
const followedChannel = () => channelObject(FOLLOWED_CHANNEL, 'Daily Tips', 'subscriber', { invite: FOLLOWED_CHANNEL_INVITE, subscribers: 300 });
/** The posts of the own channel by server ID (101–105). */
const post = (serverid: number) => channelPosts().find((p) => p.serverid === serverid)!;
/** The ID the double hands out n-th in a test. */
const nthId = (n: number, prefix: string) => nextId({ nextId: n } as DoubleState, prefix);

async function expectRefused(mode: Mode, parameters: IDataObject, message: string, items?: Parameters<typeof rig.run>[1]['items']) {
	const run = await rig.run(mode, { parameters, items });
	expect(run.error?.message).toBe(message);
	expect(rig.sent(mode)).toEqual([]);
}

describe.each(MODES)('Channel (%s)', (mode) => {
	describe('Channel picker', () => {
		test('lists the channels this account follows or owns from GET /newsletter/list, by name', async () => {
			const result = await runListSearch('searchChannelList', { credentials: rig.credentials(mode) });
			expect(rig.sent(mode)).toEqual([{ method: 'GET', path: '/newsletter/list' }]);
			expect(result).toEqual({
				results: [
					{ name: 'Daily Tips', value: FOLLOWED_CHANNEL },
					{ name: 'Store News', value: OWN_CHANNEL },
				],
			});
		});

		test('filters by name or ID', async () => {
			expect(await runListSearch('searchChannelList', { credentials: rig.credentials(mode), filter: 'store' })).toEqual({
				results: [{ name: 'Store News', value: OWN_CHANNEL }],
			});
			expect(await runListSearch('searchChannelList', { credentials: rig.credentials(mode), filter: '987654' })).toEqual({
				results: [{ name: 'Daily Tips', value: FOLLOWED_CHANNEL }],
			});
		});
	});

	describe('Create', () => {
		test('creates the channel with name, description and picture, and outputs it', async () => {
			const run = await rig.run(mode, {
				parameters: channel('createChannel', {
					channelName: ' Promotions ',
					createChannelOptions: { description: 'Weekly deals', picture: 'https://cdn.example.com/promo.jpg' },
				}),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{
					method: 'POST',
					path: '/newsletter/create',
					body: { name: 'Promotions', description: 'Weekly deals', picture: 'https://cdn.example.com/promo.jpg' },
				},
			]);
			const created = channelObject('120363900000000001@newsletter', 'Promotions', 'owner', { description: 'Weekly deals' });
			created.thread_metadata.picture = { url: 'https://mmg.whatsapp.net/v/t61/channel.jpg', id: '1', type: 'IMAGE', direct_path: '/v/t61/channel.jpg' };
			expect(jsonOf(run)).toEqual([created]);
			expect(run.outputs[0][0].pairedItem).toEqual({ item: 0 });
		});

		test('sends only the name when no option is set (an empty option is not sent)', async () => {
			const run = await rig.run(mode, { parameters: channel('createChannel', { channelName: 'Promotions', createChannelOptions: { description: ' ' } }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/newsletter/create', body: { name: 'Promotions' } }]);
			expect(jsonOf(run)).toEqual([channelObject('120363900000000001@newsletter', 'Promotions', 'owner')]);
		});

		test('refuses an empty name before sending', async () => {
			await expectRefused(mode, channel('createChannel', { channelName: '  ' }), 'Name is empty (item 0)');
		});
	});

	describe('Get Many', () => {
		test('Return All: one item per channel followed or owned', async () => {
			const run = await rig.run(mode, { parameters: channel('getChannels', { returnAll: true }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'GET', path: '/newsletter/list' }]);
			expect(jsonOf(run)).toEqual([ownChannel(), followedChannel()]);
			expect(run.outputs[0].map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
		});

		test('Limit keeps the first channels', async () => {
			const run = await rig.run(mode, { parameters: channel('getChannels', { limit: 1 }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'GET', path: '/newsletter/list' }]);
			expect(jsonOf(run)).toEqual([ownChannel()]);
		});
	});

	describe('Get', () => {
		test('asks /newsletter/info for a channel picked from the list and outputs its details', async () => {
			const run = await rig.run(mode, { parameters: channel('getChannel', { channelId: picked(OWN_CHANNEL) }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/newsletter/info', body: { jid: OWN_CHANNEL } }]);
			expect(jsonOf(run)).toEqual([ownChannel()]);
		});

		test('takes a bare channel ID typed by ID', async () => {
			const run = await rig.run(mode, { parameters: channel('getChannel', { channelId: byId(' 120363987654321098 ') }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/newsletter/info', body: { jid: FOLLOWED_CHANNEL } }]);
			expect(jsonOf(run)).toEqual([followedChannel()]);
		});

		test.each([
			[' ', 'Channel is empty (item 0)'],
			['5511999999999', 'Channel looks like a phone number, not a channel ID: "5511999999999" (a channel ID looks like 120363123456789012@newsletter) (item 0)'],
			['120363012345678901@g.us', 'Channel is a group ID, not a channel ID: "120363012345678901@g.us" (item 0)'],
			['5511999999999@s.whatsapp.net', 'Channel is a person\'s ID, not a channel ID: "5511999999999@s.whatsapp.net" (item 0)'],
		])('refuses %j before sending', async (value, message) => {
			await expectRefused(mode, channel('getChannel', { channelId: byId(value) }), message);
		});
	});

	describe('Get by Invite Link', () => {
		test.each([
			[`https://whatsapp.com/channel/${OWN_CHANNEL_INVITE}`],
			[` ${OWN_CHANNEL_INVITE} `],
		])('sends the code of %j as key and outputs the channel', async (inviteLink) => {
			const run = await rig.run(mode, { parameters: channel('getChannelByLink', { inviteLink }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/newsletter/link', body: { key: OWN_CHANNEL_INVITE } }]);
			expect(jsonOf(run)).toEqual([ownChannel()]);
		});

		test('refuses a group invite link before sending', async () => {
			await expectRefused(
				mode,
				channel('getChannelByLink', { inviteLink: 'https://chat.whatsapp.com/KxYz12AbCdE3fGh4IjKl5m' }),
				'Invite Link is a group invite link, not a channel link: "https://chat.whatsapp.com/KxYz12AbCdE3fGh4IjKl5m" (item 0)',
			);
		});
	});

	describe('Search', () => {
		test('Limit: asks for that many public channels with the filters, one item per channel', async () => {
			const run = await rig.run(mode, {
				parameters: channel('searchChannels', {
					limit: 3,
					channelSearchFilters: { searchText: ' e ', view: 'TRENDING', countryCodes: 'br, pt' },
				}),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{
					method: 'POST',
					path: '/newsletter/search',
					body: { searchText: 'e', view: 'TRENDING', countryCodes: ['BR', 'PT'], limit: 3 },
				},
			]);
			const [, recipes, tech, travel, weather] = directoryChannels();
			expect(jsonOf(run)).toEqual([recipes, tech, travel]);
			expect(jsonOf(run)).not.toContainEqual(weather);
		});

		test('Return All follows the cursor to the last page', async () => {
			// A directory that hands out 2 channels per page, whatever the limit.
			rig.uazapi.reply('POST /newsletter/search', (request: RecordedRequest) => {
				const body = request.body as IDataObject;
				const offset = body.cursor ? Number(body.cursor) : 0;
				const data = directoryChannels().slice(offset, offset + 2);
				return { status: 200, body: { response: { cursor: offset + 2 < 5 ? String(offset + 2) : null, data } } };
			});
			const run = await rig.run(mode, { parameters: channel('searchChannels', { returnAll: true }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/newsletter/search', body: { limit: 50 } },
				{ method: 'POST', path: '/newsletter/search', body: { limit: 50, cursor: '2' } },
				{ method: 'POST', path: '/newsletter/search', body: { limit: 50, cursor: '4' } },
			]);
			expect(jsonOf(run)).toEqual(directoryChannels());
		});

		test('refuses a country that is not a two-letter code before sending', async () => {
			await expectRefused(
				mode,
				channel('searchChannels', { channelSearchFilters: { countryCodes: 'BR, Brazil' } }),
				'Country Codes must be two-letter country codes: "BRAZIL" (item 0)',
			);
		});
	});

	describe('Get Many Posts', () => {
		test('Limit: the newest posts first', async () => {
			const run = await rig.run(mode, { parameters: channel('getPosts', { channelId: picked(OWN_CHANNEL), limit: 2 }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/newsletter/messages', body: { jid: OWN_CHANNEL, count: 2 } }]);
			expect(jsonOf(run)).toEqual([post(105), post(104)]);
		});

		test('Return All pages backwards from the oldest server ID received', async () => {
			channelsOf(rig.uazapi.state).posts.set(OWN_CHANNEL, channelPosts(120));
			const run = await rig.run(mode, { parameters: channel('getPosts', { channelId: picked(OWN_CHANNEL), returnAll: true }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/newsletter/messages', body: { jid: OWN_CHANNEL, count: 100 } },
				{ method: 'POST', path: '/newsletter/messages', body: { jid: OWN_CHANNEL, count: 100, beforeid: 121 } },
			]);
			expect(jsonOf(run)).toEqual(channelPosts(120).reverse());
		});

		test('Before Server ID starts from an older post', async () => {
			const run = await rig.run(mode, {
				parameters: channel('getPosts', { channelId: picked(OWN_CHANNEL), limit: 10, channelPostsOptions: { beforeid: '104' } }),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/newsletter/messages', body: { jid: OWN_CHANNEL, count: 10, beforeid: 104 } }]);
			expect(jsonOf(run)).toEqual([post(103), post(102), post(101)]);
		});

		test('refuses a Before Server ID that is not a number before sending', async () => {
			await expectRefused(
				mode,
				channel('getPosts', { channelId: picked(OWN_CHANNEL), channelPostsOptions: { beforeid: 'abc' } }),
				'Before Server ID must be a post\'s server ID, a whole number from 1: "abc" (item 0)',
			);
		});
	});

	describe('Get Post Updates', () => {
		const counts = (serverid: number) => {
			const { message: _message, ...rest } = post(serverid);
			return rest;
		};

		test('sends only the channel when no option is set; one item per post', async () => {
			const run = await rig.run(mode, { parameters: channel('getPostUpdates', { channelId: picked(OWN_CHANNEL) }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/newsletter/updates', body: { jid: OWN_CHANNEL } }]);
			expect(jsonOf(run)).toEqual([101, 102, 103, 104, 105].map(counts));
		});

		test('Max Updates, After Server ID and Since (in seconds)', async () => {
			const run = await rig.run(mode, {
				parameters: channel('getPostUpdates', {
					channelId: picked(OWN_CHANNEL),
					postUpdatesOptions: { count: 2, afterid: '102', since: '2026-03-24T18:03:00Z' },
				}),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/newsletter/updates', body: { jid: OWN_CHANNEL, count: 2, afterid: 102, since: 1774375380 } },
			]);
			expect(jsonOf(run)).toEqual([counts(104), counts(105)]);
		});
	});

	describe('Posts', () => {
		test('Mark Posts as Viewed sends the server IDs as numbers', async () => {
			const run = await rig.run(mode, { parameters: channel('markPostsViewed', { channelId: picked(OWN_CHANNEL), serverIds: '105, 104' }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/newsletter/viewed', body: { jid: OWN_CHANNEL, serverids: [105, 104] } }]);
			expect(jsonOf(run)).toEqual([{ response: true }]);
		});

		test('React to Post sends the emoji; an empty reaction removes it', async () => {
			const run = await rig.run(mode, {
				parameters: channel('reactToPost', { channelId: picked(FOLLOWED_CHANNEL), serverId: '={{ $json.id }}', reaction: '={{ $json.emoji }}' }),
				items: [{ json: { id: 105, emoji: '🔥' } }, { json: { id: 104, emoji: '' } }],
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/newsletter/reaction', body: { jid: FOLLOWED_CHANNEL, serverid: 105, reaction: '🔥' } },
				{ method: 'POST', path: '/newsletter/reaction', body: { jid: FOLLOWED_CHANNEL, serverid: 104, reaction: '' } },
			]);
			expect(jsonOf(run)).toEqual([{ response: true }, { response: true }]);
			expect(run.outputs[0].map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		});

		test('Edit Post by server ID outputs which post was edited', async () => {
			const run = await rig.run(mode, {
				parameters: channel('editPost', { channelId: picked(OWN_CHANNEL), postId: ' 105 ', postText: 'Updated offer' }),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/newsletter/messages/edit', body: { jid: OWN_CHANNEL, serverid: 105, text: 'Updated offer' } },
			]);
			expect(jsonOf(run)).toEqual([
				{ jid: OWN_CHANNEL, targetmessageid: post(105).messageid, targetserverid: 105, messageid: nthId(1, '3EB0'), serverid: 106 },
			]);
		});

		test('Delete Post by message ID', async () => {
			const run = await rig.run(mode, { parameters: channel('deletePost', { channelId: picked(OWN_CHANNEL), postId: post(103).messageid }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/newsletter/messages/delete', body: { jid: OWN_CHANNEL, messageid: post(103).messageid } },
			]);
			expect(jsonOf(run)).toEqual([
				{ jid: OWN_CHANNEL, targetmessageid: post(103).messageid, targetserverid: 103, messageid: nthId(1, '3EB0'), serverid: 106 },
			]);
			expect(channelsOf(rig.uazapi.state).posts.get(OWN_CHANNEL)!.map((p) => p.serverid)).toEqual([101, 102, 104, 105]);
		});

		test('a post Uazapi does not find is a "Message not found" error', async () => {
			const run = await rig.run(mode, { parameters: channel('deletePost', { channelId: picked(OWN_CHANNEL), postId: '999' }) });
			expect(run.error?.message).toBe('Message not found');
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/newsletter/messages/delete', body: { jid: OWN_CHANNEL, serverid: 999 } }]);
		});

		test.each([
			[channel('markPostsViewed', { serverIds: ' , ' }), 'Server IDs is empty (item 0)'],
			[channel('markPostsViewed', { serverIds: '105, 10x' }), 'Server IDs must be a post\'s server ID, a whole number from 1: "10x" (item 0)'],
			[channel('reactToPost', { serverId: '0', reaction: '🔥' }), 'Server ID must be a post\'s server ID, a whole number from 1: "0" (item 0)'],
			[channel('editPost', { postId: '105', postText: ' ' }), 'Text is empty (item 0)'],
			[channel('editPost', { postId: ' ', postText: 'x' }), 'Post ID is empty (item 0)'],
			[channel('deletePost', { postId: 'owner:3EB0' }), 'Post ID is neither a server ID nor a message ID: "owner:3EB0" (item 0)'],
		])('refuses bad input before sending: %#', async (parameters, message) => {
			await expectRefused(mode, { channelId: picked(OWN_CHANNEL), ...parameters }, message);
		});
	});

	describe('One-call actions on a channel', () => {
		test.each([
			['followChannel', '/newsletter/follow', FOLLOWED_CHANNEL, { response: true }],
			['unfollowChannel', '/newsletter/unfollow', FOLLOWED_CHANNEL, { response: true }],
			['muteChannel', '/newsletter/mute', FOLLOWED_CHANNEL, { response: true }],
			['unmuteChannel', '/newsletter/unmute', FOLLOWED_CHANNEL, { response: true }],
			['subscribeLiveUpdates', '/newsletter/subscribe', FOLLOWED_CHANNEL, { response: '5m0s' }],
			['acceptAdminInvite', '/newsletter/admin/accept', FOLLOWED_CHANNEL, { response: true }],
			['deleteChannel', '/newsletter/delete', OWN_CHANNEL, { response: true }],
		])('%s sends POST %s with the channel', async (operation, path, jid, output) => {
			const run = await rig.run(mode, { parameters: channel(operation, { channelId: picked(jid) }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path, body: { jid } }]);
			expect(jsonOf(run)).toEqual([output]);
		});

		test('the changes show in the channel list: unfollowed and deleted channels are gone, a muted one says so', async () => {
			await rig.run(mode, { parameters: channel('muteChannel', { channelId: picked(FOLLOWED_CHANNEL) }) });
			let run = await rig.run(mode, { parameters: channel('getChannels', { returnAll: true }) });
			expect(jsonOf(run)).toEqual([ownChannel(), { ...followedChannel(), viewer_metadata: { mute: 'on', role: 'subscriber' } }]);
			await rig.run(mode, { parameters: channel('unfollowChannel', { channelId: picked(FOLLOWED_CHANNEL) }) });
			await rig.run(mode, { parameters: channel('deleteChannel', { channelId: picked(OWN_CHANNEL) }) });
			run = await rig.run(mode, { parameters: channel('getChannels', { returnAll: true }) });
			expect(jsonOf(run)).toEqual([]);
		});

		test('a created channel and a followed public channel show in the channel list', async () => {
			await rig.run(mode, { parameters: channel('createChannel', { channelName: 'Promotions' }) });
			const [football] = directoryChannels();
			await rig.run(mode, { parameters: channel('followChannel', { channelId: byId(football.id) }) });
			const run = await rig.run(mode, { parameters: channel('getChannels', { returnAll: true }) });
			expect(jsonOf(run)).toEqual([
				ownChannel(),
				followedChannel(),
				channelObject('120363900000000001@newsletter', 'Promotions', 'owner'),
				{ ...football, viewer_metadata: { mute: 'off', role: 'subscriber' } },
			]);
		});

		test('an owner-only action on a channel this account only follows fails with what WhatsApp said', async () => {
			const run = await rig.run(mode, { parameters: channel('deleteChannel', { channelId: picked(FOLLOWED_CHANNEL) }) });
			expect(run.error?.description).toContain('info query returned status 403: forbidden');
		});
	});

	describe('Update', () => {
		test.each([
			['updateChannelName', '/newsletter/name', { channelName: ' Store News VIP ' }, { name: 'Store News VIP' }],
			['updateChannelDescription', '/newsletter/description', { channelDescription: 'New offers daily' }, { description: 'New offers daily' }],
			['updateChannelDescription', '/newsletter/description', {}, { description: '' }],
			['updateChannelSettings', '/newsletter/settings', { reactionCodes: 'basic' }, { reactionCodes: 'basic' }],
			['updateChannelPicture', '/newsletter/picture', { channelPictureUrl: 'https://cdn.example.com/logo.jpg' }, { picture: 'https://cdn.example.com/logo.jpg' }],
		])('%s sends POST %s', async (operation, path, parameters, body) => {
			const run = await rig.run(mode, { parameters: channel(operation, { channelId: picked(OWN_CHANNEL), ...parameters }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path, body: { jid: OWN_CHANNEL, ...body } }]);
			expect(jsonOf(run)).toEqual([{ response: true }]);
		});

		test('the new name and settings show in Get', async () => {
			await rig.run(mode, { parameters: channel('updateChannelName', { channelId: picked(OWN_CHANNEL), channelName: 'Deals' }) });
			await rig.run(mode, { parameters: channel('updateChannelSettings', { channelId: picked(OWN_CHANNEL), reactionCodes: 'none' }) });
			const run = await rig.run(mode, { parameters: channel('getChannel', { channelId: picked(OWN_CHANNEL) }) });
			expect(jsonOf(run)).toEqual([
				ownChannel((c) => {
					c.thread_metadata.name.text = 'Deals';
					c.thread_metadata.settings.reaction_codes.value = 'NONE';
				}),
			]);
		});

		test('a picture from a binary property is sent as a data URI', async () => {
			const run = await rig.run(mode, {
				parameters: channel('updateChannelPicture', { channelId: picked(OWN_CHANNEL), channelPictureSource: 'binary' }),
				items: [{ json: {}, binary: { data: { data: PHOTO_JPEG.toString('base64'), mimeType: 'image/jpeg', fileName: 'logo.jpg' } } }],
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/newsletter/picture', body: { jid: OWN_CHANNEL, picture: `data:image/jpeg;base64,${PHOTO_JPEG.toString('base64')}` } },
			]);
		});

		test.each([
			[{ operation: 'updateChannelName', channelName: ' ' }, 'Name is empty (item 0)'],
			[{ operation: 'updateChannelPicture', channelPictureUrl: ' ' }, 'Picture URL is empty (item 0)'],
			[{ operation: 'updateChannelPicture', channelPictureSource: 'binary', binaryPropertyName: 'data' }, 'Input Binary Field must hold an image, not application/pdf (item 0)'],
		])('refuses bad input before sending: %#', async (parameters, message) => {
			await expectRefused(mode, { resource: 'channel', channelId: picked(OWN_CHANNEL), ...parameters }, message, [
				{ json: {}, binary: { data: { data: Buffer.from('%PDF-1.4').toString('base64'), mimeType: 'application/pdf' } } },
			]);
		});
	});

	describe('Admins and owner', () => {
		test.each([
			['inviteAdmin', '/newsletter/admin/invite'],
			['removeAdmin', '/newsletter/admin/remove'],
			['revokeAdminInvite', '/newsletter/admin/revoke'],
			['transferOwnership', '/newsletter/owner/transfer'],
		])('%s sends POST %s with the phone number as digits', async (operation, path) => {
			const run = await rig.run(mode, {
				parameters: channel(operation, { channelId: picked(OWN_CHANNEL), phoneNumber: '+55 (11) 99999-8888' }),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path, body: { jid: OWN_CHANNEL, phone: '5511999998888' } }]);
			expect(jsonOf(run)).toEqual([{ response: true }]);
		});

		test('Transfer Ownership sends Leave Admins only when set', async () => {
			const run = await rig.run(mode, {
				parameters: channel('transferOwnership', {
					channelId: picked(OWN_CHANNEL),
					phoneNumber: '5511999998888@s.whatsapp.net',
					transferOptions: { quitAdmin: true },
				}),
			});
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'POST', path: '/newsletter/owner/transfer', body: { jid: OWN_CHANNEL, phone: '5511999998888', quitAdmin: true } },
			]);
			expect(channelsOf(rig.uazapi.state).channels.get(OWN_CHANNEL)!.viewer_metadata.role).toBe('subscriber');
		});

		test.each([
			['5511abc', 'Phone Number may only contain digits: "5511abc" (item 0)'],
			[FOLLOWED_CHANNEL, `Phone Number must be a person's phone number, not a group or channel ID: "${FOLLOWED_CHANNEL}" (item 0)`],
			[' ', 'Phone Number is empty (item 0)'],
		])('refuses %j before sending', async (phoneNumber, message) => {
			await expectRefused(mode, channel('inviteAdmin', { channelId: picked(OWN_CHANNEL), phoneNumber }), message);
		});
	});
});
