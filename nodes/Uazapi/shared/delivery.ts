import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
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

class Run {
	/** The first item (by index) that failed without Continue On Fail: later items are held back. */
	stoppedAt?: number;

	private settings?: Settings | 'parallel';

	private readonly settled = new Map<number, { promise: Promise<void>; resolve: () => void }>();

	private readonly gates = new Map<number, Promise<void>>();

	/** Delivery is a policy of the node run, read once (from the first item that asks). */
	settingsFrom(context: IExecuteSingleFunctions): Settings | undefined {
		this.settings ??= settingsOf(context) ?? 'parallel';
		return this.settings === 'parallel' ? undefined : this.settings;
	}

	settlement(itemIndex: number) {
		let entry = this.settled.get(itemIndex);
		if (!entry) {
			let resolve!: () => void;
			const promise = new Promise<void>((r) => (resolve = r));
			entry = { promise, resolve };
			this.settled.set(itemIndex, entry);
		}
		return entry;
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
}

// One Run per node execution: every item of a run shares the same execute data object.
const runs = new WeakMap<object, Run>();

export interface Turn {
	/** Waits until this item may be sent; throws when an earlier item failed (without Continue On Fail). */
	wait(): Promise<void>;
	/** Lets the next items go; `failed`: this item failed and the run does not continue on failures. */
	settle(failed: boolean): void;
}

/** This item's place in the run's delivery order. Settle it in every case, or later items wait forever. */
export function turnOf(context: IExecuteSingleFunctions): Turn {
	const key = context.getExecuteData();
	let run = runs.get(key);
	if (!run) {
		run = new Run();
		runs.set(key, run);
	}
	const current = run;
	const itemIndex = context.getItemIndex();
	const { resolve } = current.settlement(itemIndex);
	return {
		async wait() {
			const settings = current.settingsFrom(context);
			if (!settings) return;
			const batch = Math.floor(itemIndex / settings.batchSize);
			if (batch > 0) await current.gate(batch, settings);
			if (current.stoppedAt !== undefined && current.stoppedAt < itemIndex) {
				throw new NodeOperationError(context.getNode(), `Not sent: item ${current.stoppedAt} failed before this one`, {
					itemIndex,
					description:
						'Messages go out one by one in input order, so after a failure the rest are held back: running the workflow again will not send anything twice. To send the other items anyway, set the node to continue on fail (Settings → On Error).',
				});
			}
		},
		settle(failed) {
			if (failed && (current.stoppedAt === undefined || itemIndex < current.stoppedAt)) current.stoppedAt = itemIndex;
			resolve();
		},
	};
}
