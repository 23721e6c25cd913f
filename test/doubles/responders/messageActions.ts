import { sentMessage } from './send';
import type { DoubleState } from './state';
import { nextId } from './state';
import type { RecordedRequest, Responders } from './types';

const INSTANCE_ID = 'r183e2ef9597845';
const notFound = { status: 404, body: { error: 'Message not found' } };

/** A stored message by the ID /message/edit and /message/delete take: owner:ID, or the bare ID (the owner added). */
function findMessage(state: DoubleState, id: string) {
	const full = id.includes(':') ? id : `${state.owner}:${id}`;
	return state.messages.find((m) => m.id === full);
}

/** The /send/* answer of the interactive sends, with their own confirmation text (contract examples). */
function interactive(confirmation: string) {
	return (request: RecordedRequest, state: DoubleState) => {
		const answer = sentMessage(request, state);
		const queued = (request.body as { async?: boolean }).async;
		return {
			status: 200,
			body: {
				...answer,
				messageType: 'InteractiveMessage',
				response: { ...answer.response, message: queued ? answer.response.message : confirmation },
			},
		};
	};
}

export const messageActionResponders: Responders = {
	// The spec's react example names the message by its bare ID, in the chat given as a JID.
	'POST /message/react': (req, state) => {
		const { number, text, id } = req.body as { number: string; text: string; id: string };
		const target = state.messages.find((m) => m.messageid === id && m.chatid === number);
		if (!target) return notFound;
		target.reaction = text;
		const messageid = nextId(state, '3EB0');
		return {
			status: 200,
			body: {
				id: `${state.owner}:${messageid}`,
				messageid,
				content: { text, key: { id } },
				messageTimestamp: 1770000000000 + state.nextId,
				messageType: 'reaction',
				status: 'Pending',
				owner: state.owner,
			},
		};
	},
	'POST /message/edit': (req, state) => {
		const { id, text } = req.body as { id: string; text: string };
		const target = findMessage(state, id);
		if (!target) return notFound;
		if (target.fromMe !== true) return { status: 400, body: { error: 'Only messages sent by this instance can be edited' } };
		target.text = text;
		const messageid = nextId(state, '3EB0');
		return {
			status: 200,
			body: {
				id: `${state.owner}:${messageid}`,
				messageid,
				content: text,
				messageTimestamp: 1770000000000 + state.nextId,
				messageType: 'text',
				status: 'Pending',
				owner: state.owner,
			},
		};
	},
	'POST /message/delete': (req, state) => {
		const { id } = req.body as { id: string };
		const target = findMessage(state, id);
		if (!target) return notFound;
		target.status = 'Deleted';
		return { status: 200, body: { timestamp: new Date(1770000000000 + state.nextId++ * 1000).toISOString(), id: target.id } };
	},
	'POST /message/presence': () => ({ status: 200, body: { response: 'Chat presence sent successfully' } }),
	'POST /send/status': (req, state) => {
		const body = req.body as Record<string, unknown>;
		return {
			status: 200,
			body: {
				Id: nextId(state, '3EB0'),
				content: { type: body.type, text: typeof body.text === 'string' ? body.text : '' },
				messageTimestamp: 1770000000000 + state.nextId,
				status: body.async ? 'Queued' : 'Pending',
			},
		};
	},
	'POST /send/carousel': interactive('Carousel sent successfully'),
	'POST /send/location-button': interactive('Location sent successfully'),
	'POST /send/request-payment': interactive('Payment request sent successfully'),
	'POST /send/pix-button': interactive('PIX button sent successfully'),
	// The async queue: the stored messages still Queued.
	'GET /message/async': (_req, state) => {
		const pending = state.messages.filter((m) => m.status === 'Queued').length;
		return {
			status: 200,
			body: {
				response: 'Async queue status',
				instanceId: INSTANCE_ID,
				queue: {
					status: pending ? 'queued' : 'idle',
					pending,
					processingNow: false,
					acceptingNewMessages: true,
					sessionReady: true,
					resetting: false,
				},
			},
		};
	},
	'DELETE /message/async': (_req, state) => {
		const queued = state.messages.filter((m) => m.status === 'Queued');
		for (const message of queued) message.status = 'Canceled';
		return {
			status: 200,
			body: {
				response: 'Async queue cleared',
				instanceId: INSTANCE_ID,
				stats: {
					trackedJobsCleared: queued.length,
					bufferedJobsMarkedCanceled: 0,
					drainedChannelJobs: 0,
					clearedOverflowJobs: 0,
					persistedQueuedCanceled: queued.length,
				},
			},
		};
	},
};
