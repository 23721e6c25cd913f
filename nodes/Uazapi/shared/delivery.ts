import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';

/**
 * n8n's declarative engine starts every item's request at once. WhatsApp messages must reach a chat
 * in input order, so send operations wait for their turn here. By default (In Order per Chat) an item
 * is sent once the previous item to the same chat has been answered (or has failed), and messages to
 * different chats travel together, at most `chatsAtOnce` at a time.
 */
export const DEFAULT_CHATS_AT_ONCE = 10;

export const deliveryProperty: INodeProperties = {
	displayName: 'Delivery',
	name: 'delivery',
	type: 'collection',
	placeholder: 'Add option',
	default: {},
	description:
		'How several items are sent. By default, in input order per chat: one by one to the same chat, up to 10 chats at once. If a send fails (without Continue On Fail), no new message starts; messages to other chats already in flight finish, and the error lists every item delivered.',
	options: [
		{
			displayName: 'Mode',
			name: 'mode',
			type: 'options',
			options: [
				{
					name: 'In Order per Chat',
					value: 'perChat',
					description:
						'Messages to the same chat go one by one in input order; messages to different chats go at the same time (up to "Chats at Once")',
				},
				{
					name: 'One by One, in Input Order',
					value: 'sequential',
					description: 'Each message waits until the previous one was answered, whatever its chat',
				},
				{
					name: 'In Batches',
					value: 'batches',
					description: 'Send a batch at once, wait for it to finish, then the next batch (order inside a batch is not guaranteed)',
				},
				{
					name: 'All at Once',
					value: 'parallel',
					description: 'Fastest; messages to the same chat may arrive out of order',
				},
			],
			default: 'perChat',
		},
		{
			displayName: 'Chats at Once',
			name: 'chatsAtOnce',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: DEFAULT_CHATS_AT_ONCE,
			description: 'With Mode "In Order per Chat": at most this many messages are in flight at once, each to a different chat',
		},
		{
			displayName: 'Items per Batch',
			name: 'batchSize',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 10,
			description: 'With Mode "In Batches": how many messages are sent at once',
		},
		{
			displayName: 'Pause (Milliseconds)',
			name: 'pauseMs',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
			description:
				'How many milliseconds to wait after a message (or a batch) was answered before sending the next one (1000 = 1 second); In Order per Chat: the next one to the same chat. Helps against rate limits.',
		},
	],
};

type Mode = 'perChat' | 'sequential' | 'batches' | 'parallel';

interface Settings {
	mode: Mode;
	/** Items sent together in the sequential modes (1: one by one). */
	batchSize: number;
	pauseMs: number;
	/** In Order per Chat: most messages in flight at once. */
	chatsAtOnce: number;
}

const whole = (value: unknown, fallback: number, min: number) => Math.max(min, Math.floor(Number(value)) || fallback);

function settingsOf(context: IExecuteSingleFunctions): Settings {
	const { mode, batchSize, pauseMs, chatsAtOnce } = context.getNodeParameter('delivery', {}) as IDataObject;
	const chosen: Mode = mode === 'parallel' || mode === 'batches' || mode === 'sequential' ? mode : 'perChat';
	return {
		mode: chosen,
		batchSize: chosen === 'batches' ? whole(batchSize, 1, 1) : 1,
		pauseMs: Math.max(0, Number(pauseMs) || 0),
		chatsAtOnce: whole(chatsAtOnce, DEFAULT_CHATS_AT_ONCE, 1),
	};
}

/**
 * The chat a request goes to, the same however the number was written: Uazapi's `number` (already
 * normalised: digits, or a JID) in JID form. Requests without a number (a status, editing or deleting a
 * message by its ID) share one chat, so they keep their input order among themselves.
 */
export function chatOf(body: unknown): string {
	const number = (body as IDataObject | undefined)?.number;
	if (typeof number !== 'string' || !number) return '';
	return number.includes('@') ? number.toLowerCase() : `${number}@s.whatsapp.net`;
}

/** An item that was refused before sending, and why. */
interface Refusal {
	itemIndex: number;
	message: string;
}

type Signal = { promise: Promise<void>; resolve: () => void };

function signal(map: Map<number, Signal>, itemIndex: number): Signal {
	let entry = map.get(itemIndex);
	if (!entry) {
		let resolve!: () => void;
		const promise = new Promise<void>((r) => (resolve = r));
		entry = { promise, resolve };
		map.set(itemIndex, entry);
	}
	return entry;
}

class Run {
	/** The first item (by index) that failed without Continue On Fail: no send starts after it. */
	stoppedAt?: number;

	/** The first item whose input was refused (without Continue On Fail): then nothing is sent. */
	refused?: Refusal;

	/** Items already delivered, with the message ID Uazapi gave each. */
	readonly delivered: Array<{ itemIndex: number; messageId?: string }> = [];

	/** Items whose request is on its way (from their send to their answer). */
	readonly sending = new Set<number>();

	private settings?: Settings;

	/** Resolved when an item is done with its turn (answered, failed, refused or held back). */
	private readonly settled = new Map<number, Signal>();

	/** Resolved when an item's request has been answered or has failed. */
	private readonly finished = new Map<number, Signal>();

	private readonly checked = new Map<number, Signal>();

	private readonly gates = new Map<number, Promise<void>>();

	private allChecked?: Promise<void>;

	/** In Order per Chat: each item's chat (known once checked), and the item before it in that chat. */
	private readonly chats = new Map<number, string>();

	private previous?: Map<number, number>;

	/** In Order per Chat: messages in flight, and the items waiting for a free place (lowest index first). */
	private active = 0;

	private readonly queue: Array<{ itemIndex: number; go: () => void }> = [];

	constructor(readonly itemCount: number) {}

	/** Delivery is a policy of the node run, read once (from the first item that asks). */
	settingsFrom(context: IExecuteSingleFunctions): Settings {
		this.settings ??= settingsOf(context);
		return this.settings;
	}

	settlement(itemIndex: number) {
		return signal(this.settled, itemIndex);
	}

	finish(itemIndex: number) {
		this.sending.delete(itemIndex);
		signal(this.finished, itemIndex).resolve();
	}

	check(itemIndex: number, chat?: string) {
		if (chat !== undefined) this.chats.set(itemIndex, chat);
		return signal(this.checked, itemIndex);
	}

	stop(itemIndex: number) {
		if (this.stoppedAt === undefined || itemIndex < this.stoppedAt) this.stoppedAt = itemIndex;
	}

	/** Resolves once every item of the run has been checked (its input validated, its request built). */
	everyItemChecked(): Promise<void> {
		this.allChecked ??= Promise.all(Array.from({ length: this.itemCount }, (_, i) => this.check(i).promise)).then(() => undefined);
		return this.allChecked;
	}

	/** Resolves when every item of the previous batch has settled, plus the pause. Shared by the batch. */
	gate(batch: number, { batchSize, pauseMs }: Settings): Promise<void> {
		let gate = this.gates.get(batch);
		if (!gate) {
			const previous = [];
			for (let i = (batch - 1) * batchSize; i < batch * batchSize; i++) {
				previous.push(this.settlement(i).promise);
			}
			gate = Promise.all(previous).then(async () => (pauseMs > 0 ? await sleep(pauseMs) : undefined));
			this.gates.set(batch, gate);
		}
		return gate;
	}

	/** The item before this one with the same chat (once every item was checked). */
	previousInChat(itemIndex: number): number | undefined {
		if (!this.previous) {
			this.previous = new Map();
			const last = new Map<string, number>();
			for (let i = 0; i < this.itemCount; i++) {
				// A refused item sends nothing: it has no chat and is nobody's predecessor.
				const chat = this.chats.get(i);
				if (chat === undefined) continue;
				const before = last.get(chat);
				if (before !== undefined) this.previous.set(i, before);
				last.set(chat, i);
			}
		}
		return this.previous.get(itemIndex);
	}

	/** Waits for a place among the messages in flight; places go to the lowest waiting item first. */
	async place(itemIndex: number, limit: number): Promise<void> {
		if (this.active < limit && !this.queue.length) {
			this.active++;
			return;
		}
		await new Promise<void>((go) => {
			const at = this.queue.findIndex((waiting) => waiting.itemIndex > itemIndex);
			this.queue.splice(at < 0 ? this.queue.length : at, 0, { itemIndex, go });
			this.pump(limit);
		});
	}

	/** Hands a free place on (the place of an item that was answered or failed). */
	leave(limit: number) {
		this.active--;
		this.pump(limit);
	}

	private pump(limit: number) {
		while (this.active < limit && this.queue.length) {
			this.active++;
			this.queue.shift()!.go();
		}
	}

	/** Waits until every other request on its way has been answered (or has failed). */
	async othersAnswered(itemIndex: number): Promise<void> {
		const others = [...this.sending].filter((other) => other !== itemIndex);
		await Promise.all(others.map((other) => signal(this.finished, other).promise));
	}

	/** "Already delivered: items 0, 1 and 2 (message IDs …)…", for the error of a failed item. */
	deliveredSummary(mode: Mode): string {
		const perChat = mode === 'perChat';
		if (!this.delivered.length) return perChat ? 'No item was delivered.' : 'Nothing was delivered before it.';
		const entries = [...this.delivered].sort((a, b) => a.itemIndex - b.itemIndex);
		const items = entries.map((entry) => entry.itemIndex).join(', ');
		const ids = entries.map((entry) => entry.messageId).filter(Boolean);
		const resume = perChat
			? 'No other item was delivered: to resume, run again with only the items not listed here.'
			: 'To resume, run again from the item after the last one delivered.';
		return `Already delivered: item${entries.length > 1 ? 's' : ''} ${items}${ids.length ? ` (message IDs ${ids.join(', ')})` : ''}. ${resume}`;
	}
}

// One Run per node execution: every item of a run shares the same execute data object.
const runs = new WeakMap<object, Run>();

export interface Turn {
	/**
	 * This item's input was checked (`refusal`: it was refused), so the run knows whether to send at all;
	 * `body`: the request it will send, whose recipient is its chat.
	 */
	checked(refusal?: Error, body?: unknown): void;
	/**
	 * Waits until this item may be sent: in an ordered mode, after every item was checked and its
	 * predecessors (the previous items, or In Order per Chat the previous item of its chat) were answered.
	 * False: not to be sent, since another item was refused or failed (without Continue On Fail), which
	 * fails the run with its own error. Throws for an item held back behind an earlier failed item.
	 */
	wait(): Promise<boolean>;
	/** Records what was delivered (the items made from Uazapi's answer). */
	delivered(items: INodeExecutionData[]): void;
	/** Lets the next items go; `failed`: this item failed and the run does not continue on failures. */
	settle(failed: boolean): void;
	/**
	 * This item failed at Uazapi: no further send starts; once the requests still on their way were
	 * answered, says what the run delivered, for its error description.
	 */
	deliveredBefore(): Promise<string | undefined>;
}

function itemCountOf(context: IExecuteSingleFunctions): number {
	const main = context.getExecuteData().data?.main?.[0];
	return Array.isArray(main) ? main.length : context.getItemIndex() + 1;
}

function messageIdOf(items: INodeExecutionData[]): string | undefined {
	const json = items[0]?.json as IDataObject | undefined;
	const id = json?.messageid ?? json?.id;
	return typeof id === 'string' && id ? id : undefined;
}

/** This item's place in the run's delivery order. Settle it in every case, or later items wait forever. */
export function turnOf(context: IExecuteSingleFunctions): Turn {
	const key = context.getExecuteData();
	let run = runs.get(key);
	if (!run) {
		run = new Run(itemCountOf(context));
		runs.set(key, run);
	}
	const current = run;
	const itemIndex = context.getItemIndex();
	let placed = false;

	/** Held back after a failure: later items fail with "Not sent", earlier ones (other chats) output nothing. */
	const heldBack = (): boolean => {
		const failed = current.stoppedAt;
		if (failed === undefined || failed === itemIndex) return false;
		if (failed > itemIndex) return true;
		throw new NodeOperationError(context.getNode(), `Not sent: item ${failed} failed before this one`, {
			itemIndex,
			description: `Messages go out in input order, so after a failure the rest are held back. ${current.deliveredSummary(current.settingsFrom(context).mode)} To send every item whatever fails, set the node to continue on fail (Settings → On Error).`,
		});
	};

	return {
		checked(refusal, body) {
			if (refusal && !context.continueOnFail() && (!current.refused || itemIndex < current.refused.itemIndex)) {
				current.refused = { itemIndex, message: refusal.message };
			}
			current.check(itemIndex, refusal ? undefined : chatOf(body)).resolve();
		},
		async wait() {
			const settings = current.settingsFrom(context);
			if (settings.mode === 'parallel') return true;
			await current.everyItemChecked();
			// The refused item fails with its own error; the others are simply not sent.
			if (current.refused) return false;
			if (settings.mode === 'perChat') {
				const before = current.previousInChat(itemIndex);
				if (before !== undefined) {
					await current.settlement(before).promise;
					if (settings.pauseMs > 0 && !heldBack()) await sleep(settings.pauseMs);
				}
				if (heldBack()) return false;
				await current.place(itemIndex, settings.chatsAtOnce);
				placed = true;
			} else {
				const batch = Math.floor(itemIndex / settings.batchSize);
				if (batch > 0) await current.gate(batch, settings);
			}
			if (heldBack()) return false;
			current.sending.add(itemIndex);
			return true;
		},
		delivered(items) {
			current.delivered.push({ itemIndex, messageId: messageIdOf(items) });
			current.finish(itemIndex);
		},
		settle(failed) {
			if (failed) current.stop(itemIndex);
			current.finish(itemIndex);
			if (placed) {
				placed = false;
				current.leave(current.settingsFrom(context).chatsAtOnce);
			}
			current.settlement(itemIndex).resolve();
		},
		async deliveredBefore() {
			const { mode } = current.settingsFrom(context);
			if (mode === 'parallel' || context.continueOnFail()) return undefined;
			current.stop(itemIndex);
			current.finish(itemIndex);
			if (mode !== 'perChat' && itemIndex === 0) return undefined;
			if (mode === 'perChat' && current.itemCount < 2) return undefined;
			await current.othersAnswered(itemIndex);
			return current.deliveredSummary(mode);
		},
	};
}
