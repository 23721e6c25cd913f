import { createHash } from 'node:crypto';

import type { DoubleState } from './state';
import type { Responders } from './types';

/** A campaign ("folder") of the bulk sender, with its queued messages. */
export interface Campaign {
	folder: Record<string, unknown>;
	messages: Array<Record<string, unknown>>;
}

const CAMPAIGNS = new WeakMap<DoubleState, Campaign[]>();
const CREATED_COUNT = new WeakMap<DoubleState, number>();

/**
 * The ID of the n-th campaign created on the double (1, 2, …) with this name. Its own sequence, not the
 * shared ID counter, so a test (or an e2e case) knows it whatever other operations ran before.
 */
export function campaignId(n: number, info: string): string {
	return `r${createHash('sha1').update(`${n}:${info}`).digest('hex').slice(0, 14)}`;
}

/** The campaigns of one test, newest first. */
export function campaignsOf(state: DoubleState): Campaign[] {
	let campaigns = CAMPAIGNS.get(state);
	if (!campaigns) CAMPAIGNS.set(state, (campaigns = []));
	return campaigns;
}

export const CREATED = '2026-02-02T10:00:00Z';

type Queued = { number: string; type: string; text?: string; file?: string; docName?: string };

function queue(state: DoubleState, body: Record<string, unknown>, info: string, queued: Queued[], fixedId?: string) {
	const n = (CREATED_COUNT.get(state) ?? 0) + 1;
	CREATED_COUNT.set(state, n);
	const id = fixedId ?? campaignId(n, info);
	const messages = queued.map((message, index) => ({
		id: `${id}-${index + 1}`,
		chatid: message.number.includes('@') ? message.number : `${message.number}@s.whatsapp.net`,
		messageType: message.type,
		text: message.text ?? '',
		fileURL: message.file ?? '',
		status: 'Scheduled',
		send_folder_id: id,
		owner: state.owner,
	}));
	const folder = {
		id,
		info,
		status: 'scheduled',
		scheduled_for: body.scheduled_for,
		// Uazapi keeps the delays in milliseconds.
		delayMin: Number(body.delayMin ?? 0) * 1000,
		delayMax: Number(body.delayMax ?? 0) * 1000,
		log_delivered: 0,
		log_failed: 0,
		log_played: 0,
		log_read: 0,
		log_sucess: 0,
		log_total: messages.length,
		owner: state.owner,
		created: CREATED,
		updated: CREATED,
	};
	campaignsOf(state).unshift({ folder, messages });
	return { status: 200, body: { folder_id: id, count: messages.length, status: 'queued' } };
}

export const campaignResponders: Responders = {
	'POST /sender/simple': (req, state) => {
		const body = req.body as Record<string, unknown> & { numbers: string[] };
		const { numbers, type, text, file, docName } = body as unknown as { numbers: string[] } & Queued;
		return queue(
			state,
			body,
			String(body.folder ?? body.info ?? ''),
			numbers.map((number) => ({ number, type, text, file, docName })),
		);
	},
	'POST /sender/advanced': (req, state) => {
		const body = req.body as Record<string, unknown> & { messages: Queued[] };
		return queue(state, body, String(body.info ?? ''), body.messages);
	},
	'POST /sender/edit': (req, state) => {
		const { folder_id: id, action } = req.body as { folder_id: string; action: string };
		const campaigns = campaignsOf(state);
		const index = campaigns.findIndex((c) => c.folder.id === id);
		if (index < 0) return { status: 400, body: { error: 'folder not found' } };
		const campaign = campaigns[index];
		if (action === 'stop') {
			campaign.folder.status = 'paused';
			return { status: 200, body: { status: 'paused' } };
		}
		if (action === 'continue') {
			campaign.folder.status = 'scheduled';
			return { status: 200, body: { status: 'scheduled', message: 'Folder resumed successfully' } };
		}
		campaigns.splice(index, 1);
		return { status: 200, body: { status: 'deleting', message: 'Folder deletion has been initiated' } };
	},
	'POST /sender/cleardone': () => ({ status: 200, body: { status: 'cleanup started' } }),
	'DELETE /sender/clearall': (_req, state) => {
		const campaigns = campaignsOf(state);
		const messages = campaigns.reduce((sum, c) => sum + c.messages.length, 0);
		const folders = campaigns.length;
		campaigns.length = 0;
		return { status: 200, body: { status: 'processed', messages_deleted: messages, folders_deleted: folders } };
	},
	'GET /sender/listfolders': (_req, state) => ({ status: 200, body: campaignsOf(state).map((c) => c.folder) }),
	'POST /sender/listmessages': (req, state) => {
		const body = req.body as { folder_id: string; messageStatus?: string; page?: number; pageSize?: number };
		const campaign = campaignsOf(state).find((c) => c.folder.id === body.folder_id);
		if (!campaign) return { status: 400, body: { error: 'folder not found' } };
		const page = body.page ?? 1;
		const pageSize = body.pageSize ?? 1000;
		const matching = campaign.messages.filter((m) => !body.messageStatus || m.status === body.messageStatus);
		return {
			status: 200,
			body: {
				messages: matching.slice((page - 1) * pageSize, page * pageSize),
				pagination: { total: matching.length, page, pageSize, lastPage: Math.max(1, Math.ceil(matching.length / pageSize)) },
			},
		};
	},
};

/** A campaign already on the server: `count` scheduled text messages to 5511900000001, 5511900000002, … */
export function seedCampaign(state: DoubleState, info: string, count: number, id?: string): string {
	const numbers = Array.from({ length: count }, (_, i) => `55119${String(i + 1).padStart(8, '0')}`);
	const reply = queue(state, { delayMin: 10, delayMax: 30, scheduled_for: 1 }, info, numbers.map((number) => ({ number, type: 'text', text: 'Hi' })), id);
	return (reply.body as { folder_id: string }).folder_id;
}
