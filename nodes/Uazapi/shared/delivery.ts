import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';

/**
 * n8n's declarative engine starts every item's request at once. WhatsApp messages must reach a chat
 * in input order, so send operations wait for their turn here: by default an item is sent only when
 * the previous one has been answered (or has failed), so a failure never stalls the rest.
 */
export const deliveryProperty: INodeProperties = {
	displayName: 'Delivery',
	name: 'delivery',
	type: 'collection',
	placeholder: 'Add option',
	default: {},
	description: 'How several items are sent. By default, one by one in input order.',
	options: [
		{
			displayName: 'Mode',
			name: 'mode',
			type: 'options',
			options: [
				{
					name: 'One by One, in Input Order',
					value: 'sequential',
					description: 'Each message waits until the previous one was answered',
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
			default: 'sequential',
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
				'How many milliseconds to wait after a message (or a batch) was answered before sending the next one (1000 = 1 second). Helps against rate limits.',
		},
	],
};

interface Settings {
	batchSize: number;
	pauseMs: number;
}

function settingsOf(context: IExecuteSingleFunctions): Settings | undefined {
	const { mode = 'sequential', batchSize = 10, pauseMs = 0 } = context.getNodeParameter(
		'delivery',
		{},
	) as IDataObject;
	if (mode === 'parallel') return undefined;
	return {
		batchSize: mode === 'batches' ? Math.max(1, Number(batchSize) || 1) : 1,
		pauseMs: Math.max(0, Number(pauseMs) || 0),
	};
}

/** An item that was refused before sending, and why. */
interface Refusal {
	itemIndex: number;
	message: string;
}

class Run {
	/** The first item (by index) that failed without Continue On Fail: later items are held back. */
	stoppedAt?: number;

	/** The first item whose input was refused (without Continue On Fail): then nothing is sent. */
	refused?: Refusal;

	/** Items already delivered, with the message ID Uazapi gave each. */
	readonly delivered: Array<{ itemIndex: number; messageId?: string }> = [];

	private settings?: Settings | 'parallel';

	private readonly settled = new Map<number, { promise: Promise<void>; resolve: () => void }>();

	private readonly checked = new Map<number, { promise: Promise<void>; resolve: () => void }>();

	private readonly gates = new Map<number, Promise<void>>();

	private allChecked?: Promise<void>;

	constructor(private readonly itemCount: number) {}

	/** Delivery is a policy of the node run, read once (from the first item that asks). */
	settingsFrom(context: IExecuteSingleFunctions): Settings | undefined {
		this.settings ??= settingsOf(context) ?? 'parallel';
		return this.settings === 'parallel' ? undefined : this.settings;
	}

	settlement(itemIndex: number) {
		return signal(this.settled, itemIndex);
	}

	check(itemIndex: number) {
		return signal(this.checked, itemIndex);
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

	/** "Items 0, 1 and 2 were already delivered (message IDs …)", or nothing. */
	deliveredSummary(): string {
		if (!this.delivered.length) return 'Nothing was delivered before it.';
		const entries = [...this.delivered].sort((a, b) => a.itemIndex - b.itemIndex);
		const items = entries.map((entry) => entry.itemIndex).join(', ');
		const ids = entries.map((entry) => entry.messageId).filter(Boolean);
		return `Already delivered: item${entries.length > 1 ? 's' : ''} ${items}${ids.length ? ` (message IDs ${ids.join(', ')})` : ''}. To resume, run again from the item after the last one delivered.`;
	}
}

function signal(map: Map<number, { promise: Promise<void>; resolve: () => void }>, itemIndex: number) {
	let entry = map.get(itemIndex);
	if (!entry) {
		let resolve!: () => void;
		const promise = new Promise<void>((r) => (resolve = r));
		entry = { promise, resolve };
		map.set(itemIndex, entry);
	}
	return entry;
}

// One Run per node execution: every item of a run shares the same execute data object.
const runs = new WeakMap<object, Run>();

export interface Turn {
	/** This item's input was checked (`refusal`: it was refused), so the run knows whether to send at all. */
	checked(refusal?: Error): void;
	/**
	 * Waits until this item may be sent: in an ordered mode, after every item was checked and the
	 * previous ones were answered. False: not to be sent, since another item was refused (without
	 * Continue On Fail), which fails the run with its own error. Throws when an earlier item failed.
	 */
	wait(): Promise<boolean>;
	/** Records what was delivered (the items made from Uazapi's answer). */
	delivered(items: INodeExecutionData[]): void;
	/** Lets the next items go; `failed`: this item failed and the run does not continue on failures. */
	settle(failed: boolean): void;
	/** What was delivered before this item failed, for its error description. */
	deliveredBefore(): string | undefined;
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
	const { resolve } = current.settlement(itemIndex);
	const ordered = () => current.settingsFrom(context) !== undefined;
	return {
		checked(refusal) {
			if (refusal && !context.continueOnFail() && (!current.refused || itemIndex < current.refused.itemIndex)) {
				current.refused = { itemIndex, message: refusal.message };
			}
			current.check(itemIndex).resolve();
		},
		async wait() {
			const settings = current.settingsFrom(context);
			if (!settings) return true;
			await current.everyItemChecked();
			// The refused item fails with its own error; the others are simply not sent.
			if (current.refused) return false;
			const batch = Math.floor(itemIndex / settings.batchSize);
			if (batch > 0) await current.gate(batch, settings);
			if (current.stoppedAt !== undefined && current.stoppedAt < itemIndex) {
				throw new NodeOperationError(context.getNode(), `Not sent: item ${current.stoppedAt} failed before this one`, {
					itemIndex,
					description: `Messages go out in input order, so after a failure the rest are held back. ${current.deliveredSummary()} To send every item whatever fails, set the node to continue on fail (Settings → On Error).`,
				});
			}
			return true;
		},
		delivered(items) {
			current.delivered.push({ itemIndex, messageId: messageIdOf(items) });
		},
		settle(failed) {
			if (failed && (current.stoppedAt === undefined || itemIndex < current.stoppedAt)) current.stoppedAt = itemIndex;
			resolve();
		},
		deliveredBefore() {
			return itemIndex > 0 && ordered() && !context.continueOnFail() ? current.deliveredSummary() : undefined;
		},
	};
}
