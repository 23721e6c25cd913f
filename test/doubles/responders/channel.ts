import type { DoubleState } from './state';
import { nextId } from './state';
import type { Reply, Responders } from './types';

/** A post of a channel, as /newsletter/messages lists it. */
export interface ChannelPost {
	messageid: string;
	serverid: number;
	type: string;
	timestamp: string;
	viewsCount: number;
	reactionCounts: Record<string, number>;
	message: Record<string, unknown>;
}

/** A channel's metadata as WhatsApp (whatsmeow's NewsletterMetadata) gives it and Uazapi passes on. */
export interface Channel {
	id: string;
	state: { type: string };
	thread_metadata: {
		creation_time: string;
		invite: string;
		name: { text: string; id: string; update_time: string };
		description: { text: string; id: string; update_time: string };
		subscribers_count: string;
		verification: string;
		picture: { url: string; id: string; type: string; direct_path: string } | null;
		preview: { url: string; id: string; type: string; direct_path: string } | null;
		settings: { reaction_codes: { value: string } };
	};
	viewer_metadata: { mute: 'on' | 'off'; role: 'owner' | 'admin' | 'subscriber' | 'guest' };
}

/** The channel this account owns in the double. */
export const OWN_CHANNEL = '120363123456789012@newsletter';
export const OWN_CHANNEL_INVITE = '0029VaAbCdEfGhIjKlMnOp12';
/** A channel this account follows, without admin rights. */
export const FOLLOWED_CHANNEL = '120363987654321098@newsletter';
export const FOLLOWED_CHANNEL_INVITE = '0029VbQrStUvWxYz01234567';

export function channelObject(
	jid: string,
	name: string,
	role: Channel['viewer_metadata']['role'],
	extra: { description?: string; invite?: string; subscribers?: number } = {},
): Channel {
	return {
		id: jid,
		state: { type: 'active' },
		thread_metadata: {
			creation_time: '1737000000',
			invite: extra.invite ?? `INV${jid.slice(6, 18)}`,
			name: { text: name, id: '1737000000000001', update_time: '1737000000000001' },
			description: { text: extra.description ?? '', id: '1737000000000002', update_time: '1737000000000002' },
			subscribers_count: String(extra.subscribers ?? 0),
			verification: 'unverified',
			picture: null,
			preview: null,
			settings: { reaction_codes: { value: 'ALL' } },
		},
		viewer_metadata: { mute: 'off', role },
	};
}

/** The posts the double's own channel starts with: server IDs 101–105, 105 the newest. */
export function channelPosts(count = 5): ChannelPost[] {
	return Array.from({ length: count }, (_, i) => ({
		messageid: `3EB0C0FFEE${String(101 + i).padStart(10, '0')}`,
		serverid: 101 + i,
		type: 'text',
		timestamp: `2026-03-24T18:${String(i).padStart(2, '0')}:00Z`,
		viewsCount: 1000 + i * 10,
		reactionCounts: { '👍': i },
		message: { conversation: `Post ${101 + i}` },
	}));
}

/** The public channels of the double's WhatsApp directory (/newsletter/search). */
export function directoryChannels(): Channel[] {
	return ['Football Daily', 'Recipes', 'Tech News', 'Travel Deals', 'Weather BR'].map((name, i) =>
		channelObject(`1203632000000000${String(i + 1).padStart(2, '0')}@newsletter`, name, 'guest', { subscribers: 5000 - i * 100 }),
	);
}

interface Channels {
	channels: Map<string, Channel>;
	posts: Map<string, ChannelPost[]>;
}

const channelsByState = new WeakMap<DoubleState, Channels>();

/** The channels and posts the account sees, per test (a new state object per test resets them). */
export function channelsOf(state: DoubleState): Channels {
	let kept = channelsByState.get(state);
	if (!kept) {
		kept = {
			channels: new Map([
				[OWN_CHANNEL, channelObject(OWN_CHANNEL, 'Store News', 'owner', { description: 'Offers and news', invite: OWN_CHANNEL_INVITE, subscribers: 1200 })],
				[FOLLOWED_CHANNEL, channelObject(FOLLOWED_CHANNEL, 'Daily Tips', 'subscriber', { invite: FOLLOWED_CHANNEL_INVITE, subscribers: 300 })],
			]),
			posts: new Map([[OWN_CHANNEL, channelPosts()]]),
		};
		channelsByState.set(state, kept);
	}
	return kept;
}

type Body = Record<string, unknown>;
// Uazapi turns WhatsApp's refusals into a 500 with WhatsApp's text.
const unknownChannel: Reply = { status: 500, body: { error: 'failed to get newsletter info: info query returned status 404: item-not-found' } };
const notAllowed: Reply = { status: 500, body: { error: 'info query returned status 403: forbidden' } };

const jidOf = (body: Body) => String(body.jid ?? (body.id ? `${body.id}@newsletter` : ''));

/** A call on one channel: finds it, checks this account's role, applies `act`. */
function onChannel(act: (channel: Channel, body: Body, kept: Channels) => Reply | unknown, roles?: Array<Channel['viewer_metadata']['role']>) {
	return (req: { body: unknown }, state: DoubleState): Reply => {
		const body = (req.body ?? {}) as Body;
		const kept = channelsOf(state);
		const channel = kept.channels.get(jidOf(body));
		if (!channel) return unknownChannel;
		if (roles && !roles.includes(channel.viewer_metadata.role)) return notAllowed;
		const result = act(channel, body, kept);
		return result && typeof result === 'object' && 'status' in result ? (result as Reply) : { status: 200, body: { response: result ?? true } };
	};
}

const OWNER = ['owner'] as Array<Channel['viewer_metadata']['role']>;
const ADMINS = ['owner', 'admin'] as Array<Channel['viewer_metadata']['role']>;

function findPost(kept: Channels, channel: Channel, body: Body): ChannelPost | undefined {
	const posts = kept.posts.get(channel.id) ?? [];
	return posts.find((post) => (body.messageid ? post.messageid === body.messageid : post.serverid === body.serverid));
}

/** The answer of /newsletter/messages/edit and /delete: which post, and the ID of the edit or revoke sent. */
function postChange(state: DoubleState, kept: Channels, channel: Channel, post: ChannelPost) {
	const posts = kept.posts.get(channel.id) ?? [];
	return {
		jid: channel.id,
		targetmessageid: post.messageid,
		targetserverid: post.serverid,
		messageid: nextId(state, '3EB0'),
		serverid: Math.max(0, ...posts.map((p) => p.serverid)) + 1,
	};
}

const postNotFound: Reply = { status: 404, body: { error: 'message not found in recent newsletter messages' } };

export const channelResponders: Responders = {
	'POST /newsletter/create': (req, state) => {
		const body = req.body as Body;
		const jid = `120363${String(900000000000 + state.nextId++)}@newsletter`;
		const channel = channelObject(jid, String(body.name), 'owner', { description: String(body.description ?? '') });
		if (body.picture) channel.thread_metadata.picture = { url: 'https://mmg.whatsapp.net/v/t61/channel.jpg', id: '1', type: 'IMAGE', direct_path: '/v/t61/channel.jpg' };
		channelsOf(state).channels.set(jid, channel);
		return { status: 200, body: { response: channel } };
	},
	'GET /newsletter/list': (_req, state) => ({
		status: 200,
		body: { response: [...channelsOf(state).channels.values()].filter((c) => c.viewer_metadata.role !== 'guest') },
	}),
	'POST /newsletter/info': onChannel((channel) => channel),
	'POST /newsletter/link': (req, state) => {
		const key = String((req.body as Body).key);
		const all = [...channelsOf(state).channels.values(), ...directoryChannels()];
		const channel = all.find((c) => c.thread_metadata.invite === key);
		return channel ? { status: 200, body: { response: channel } } : unknownChannel;
	},
	'POST /newsletter/subscribe': onChannel(() => '5m0s'),
	'POST /newsletter/messages': onChannel((channel, body, kept) => {
		const before = Number(body.beforeid ?? Infinity);
		const posts = [...(kept.posts.get(channel.id) ?? [])].reverse().filter((post) => post.serverid < before);
		return posts.slice(0, Number(body.count ?? 50));
	}),
	'POST /newsletter/updates': onChannel((channel, body, kept) => {
		const after = Number(body.afterid ?? 0);
		const since = Number(body.since ?? 0) * (Number(body.since ?? 0) > 1e12 ? 1 : 1000);
		return [...(kept.posts.get(channel.id) ?? [])]
			.filter((post) => post.serverid > after && Date.parse(post.timestamp) >= since)
			.slice(0, Number(body.count ?? 50))
			.map(({ messageid, serverid, type, timestamp, viewsCount, reactionCounts }) => ({ messageid, serverid, type, timestamp, viewsCount, reactionCounts }));
	}),
	'POST /newsletter/messages/edit': (req, state) =>
		onChannel((channel, body, kept) => {
			const post = findPost(kept, channel, body);
			if (!post) return postNotFound;
			post.message = { conversation: String(body.text) };
			return postChange(state, kept, channel, post);
		}, ADMINS)(req, state),
	'POST /newsletter/messages/delete': (req, state) =>
		onChannel((channel, body, kept) => {
			const post = findPost(kept, channel, body);
			if (!post) return postNotFound;
			const change = postChange(state, kept, channel, post);
			kept.posts.set(channel.id, (kept.posts.get(channel.id) ?? []).filter((p) => p !== post));
			return change;
		}, ADMINS)(req, state),
	'POST /newsletter/viewed': onChannel((channel, body, kept) => {
		for (const post of kept.posts.get(channel.id) ?? []) if ((body.serverids as number[]).includes(post.serverid)) post.viewsCount++;
	}),
	'POST /newsletter/reaction': onChannel((channel, body, kept) => {
		const post = (kept.posts.get(channel.id) ?? []).find((p) => p.serverid === body.serverid);
		if (post && body.reaction) post.reactionCounts[String(body.reaction)] = (post.reactionCounts[String(body.reaction)] ?? 0) + 1;
	}),
	'POST /newsletter/follow': (req, state) => {
		// A public channel from the directory becomes one of the account's channels.
		const { channels } = channelsOf(state);
		const listed = directoryChannels().find((c) => c.id === jidOf(req.body as Body));
		if (listed && !channels.has(listed.id)) channels.set(listed.id, listed);
		return onChannel((channel) => {
			if (channel.viewer_metadata.role === 'guest') channel.viewer_metadata.role = 'subscriber';
		})(req, state);
	},
	'POST /newsletter/unfollow': onChannel((channel) => {
		channel.viewer_metadata.role = 'guest';
	}),
	'POST /newsletter/mute': onChannel((channel) => {
		channel.viewer_metadata.mute = 'on';
	}),
	'POST /newsletter/unmute': onChannel((channel) => {
		channel.viewer_metadata.mute = 'off';
	}),
	'POST /newsletter/delete': onChannel((channel, _body, kept) => {
		kept.channels.delete(channel.id);
	}, OWNER),
	'POST /newsletter/picture': onChannel((channel) => {
		channel.thread_metadata.picture = { url: 'https://mmg.whatsapp.net/v/t61/channel.jpg', id: '2', type: 'IMAGE', direct_path: '/v/t61/channel.jpg' };
	}, ADMINS),
	'POST /newsletter/name': onChannel((channel, body) => {
		channel.thread_metadata.name.text = String(body.name);
	}, ADMINS),
	'POST /newsletter/description': onChannel((channel, body) => {
		channel.thread_metadata.description.text = String(body.description ?? '');
	}, ADMINS),
	'POST /newsletter/settings': onChannel((channel, body) => {
		channel.thread_metadata.settings.reaction_codes.value = String(body.reactionCodes).toUpperCase();
	}, ADMINS),
	'POST /newsletter/search': (req) => {
		const body = (req.body ?? {}) as Body;
		const text = String(body.searchText ?? '').toLowerCase();
		const found = directoryChannels().filter((c) => c.thread_metadata.name.text.toLowerCase().includes(text));
		const offset = body.cursor ? Number(Buffer.from(String(body.cursor), 'base64').toString().split(':')[1]) : 0;
		const limit = Number(body.limit ?? 20);
		const data = found.slice(offset, offset + limit);
		const more = offset + limit < found.length;
		return { status: 200, body: { response: { cursor: more ? Buffer.from(`offset:${offset + limit}`).toString('base64') : null, data } } };
	},
	'POST /newsletter/admin/invite': onChannel(() => true, OWNER),
	'POST /newsletter/admin/accept': onChannel((channel) => {
		channel.viewer_metadata.role = 'admin';
	}),
	'POST /newsletter/admin/remove': onChannel(() => true, OWNER),
	'POST /newsletter/admin/revoke': onChannel(() => true, OWNER),
	'POST /newsletter/owner/transfer': onChannel((channel, body) => {
		channel.viewer_metadata.role = body.quitAdmin ? 'subscriber' : 'admin';
	}, OWNER),
};
