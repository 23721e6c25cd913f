import type { Responders } from './types';
import { instanceObject, QR_PNG } from './state';

export const instanceResponders: Responders = {
	'GET /instance/status': (_req, state) => ({
		status: 200,
		body: {
			instance: instanceObject(state, 'connected'),
			status: { connected: true, loggedIn: true, jid: { user: state.owner, agent: 0, device: 0, server: 's.whatsapp.net' } },
		},
	}),
	'POST /instance/connect': (req, state) => {
		const phone = (req.body as { phone?: string } | undefined)?.phone;
		return {
			status: 200,
			body: {
				connected: false,
				loggedIn: false,
				jid: null,
				instance: instanceObject(state, 'connecting', {
					qrcode: phone ? '' : `data:image/png;base64,${QR_PNG.toString('base64')}`,
					paircode: phone ? 'ABCD-1234' : '',
				}),
			},
		};
	},
	'POST /instance/reset': () => ({
		status: 200,
		body: { response: 'Instance reset started', resetting: true, instanceId: 'r183e2ef9597845', queuedRecoveryAttempted: false },
	}),
	'POST /instance/disconnect': (_req, state) => ({
		status: 200,
		body: { instance: instanceObject(state, 'disconnected'), response: 'Disconnected', info: 'Session ended' },
	}),
	'POST /profile/name': (req) => ({
		status: 200,
		body: {
			success: true,
			message: 'Profile name updated successfully',
			profile: { name: (req.body as { name: string }).name, updated_at: 1770000000 },
		},
	}),
	'POST /profile/image': (req) => ({
		status: 200,
		body: {
			success: true,
			message: 'Profile image updated successfully',
			profile: { image_updated: true, image_removed: (req.body as { image: string }).image === 'remove', updated_at: 1770000000 },
		},
	}),
	'POST /chat/find': (req, state) => {
		const body = (req.body ?? {}) as { limit?: number; offset?: number };
		const limit = body.limit ?? 20;
		const offset = body.offset ?? 0;
		const chats = state.chats.slice(offset, offset + limit);
		const total = state.chats.length;
		return {
			status: 200,
			body: {
				chats,
				totalChatsStats: { total },
				pagination: {
					totalRecords: total,
					currentPage: Math.floor(offset / limit) + 1,
					totalPages: Math.ceil(total / limit),
					pageSize: limit,
					hasNextPage: offset + chats.length < total,
					hasPreviousPage: offset > 0,
				},
			},
		};
	},
};
