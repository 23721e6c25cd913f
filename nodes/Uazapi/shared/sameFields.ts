import type { INodeProperties } from 'n8n-workflow';

/**
 * n8n's RoutingNode, for every item, resolves the value of every top-level property of the description by
 * its name, shown or not: an expression in Phone Number was evaluated once per operation that has a Phone
 * Number field (34 times per item), and that was most of the node's time per item. Fields that are the same
 * field in several operations (same name and definition, only the operations that show them differ) become
 * one property here, shown for all of those operations.
 *
 * A merge changes nothing in the editor, or it is not made: the merged property is shown for exactly the
 * operations that showed one of its parts, and every operation's fields keep their order.
 */
export function mergeSameFields(properties: INodeProperties[]): INodeProperties[] {
	const pairs = operationPairs(properties);
	const scopes = properties.map((property) => scopeOf(property, pairs));
	// Per resource and operation: the properties that may show for it, in order (whose order must be kept).
	const sequences = [...pairs].map((pair) => ({ pair: pair.split(':'), indexes: [] as number[] }));
	properties.forEach((property, index) => {
		const show = property.displayOptions?.show;
		const resources = show?.resource as string[] | undefined;
		const operations = show?.operation as string[] | undefined;
		for (const { pair, indexes } of sequences) {
			if ((!resources || resources.includes(pair[0])) && (!operations || operations.includes(pair[1]))) indexes.push(index);
		}
	});
	const groups: Group[] = [];
	const firstWithKey = new Map<string, Group>();
	properties.forEach((property, index) => {
		const scope = scopes[index];
		const candidate = scope && firstWithKey.get(scope.key);
		if (scope && candidate) {
			const resources = new Set([...candidate.resources, ...scope.resources]);
			const operations = new Set([...candidate.operations, ...scope.operations]);
			const shown = shownFor(resources, operations, pairs);
			// Shown for exactly the operations of its parts, never for one more.
			if (shown.size === candidate.shown.size + scope.shown.size && [...scope.shown].every((pair) => shown.has(pair))) {
				Object.assign(candidate, { resources, operations, shown });
				candidate.members.push(index);
				return;
			}
		}
		const group = { key: scope?.key, members: [index], resources: new Set(scope?.resources), operations: new Set(scope?.operations), shown: new Set(scope?.shown) };
		groups.push(group);
		if (scope && !firstWithKey.has(scope.key)) firstWithKey.set(scope.key, group);
	});
	// A merge that would force some operation's fields out of order is undone.
	for (;;) {
		const ordered = inOrder(groups, sequences.map((sequence) => sequence.indexes));
		if (ordered.stuck.length === 0) return ordered.groups.map((group) => merged(group, properties));
		const split = ordered.stuck.filter((group) => group.members.length > 1);
		if (!split.length) return properties;
		for (const group of split) {
			groups.splice(groups.indexOf(group), 1, ...group.members.map((member) => ({ ...group, key: undefined, members: [member] })));
		}
	}
}

interface Group {
	/** Name, definition and other display conditions: what must be equal to merge. Undefined: never merged. */
	key?: string;
	members: number[];
	resources: Set<string>;
	operations: Set<string>;
	/** The `resource:operation` pairs it is shown for. */
	shown: Set<string>;
}

/** Every `resource:operation` of the node, from the resources' Operation properties. */
function operationPairs(properties: INodeProperties[]): Set<string> {
	const pairs = new Set<string>();
	for (const property of properties) {
		if (property.name !== 'operation') continue;
		for (const resource of (property.displayOptions?.show?.resource as string[] | undefined) ?? []) {
			for (const option of property.options ?? []) pairs.add(`${resource}:${String((option as { value: unknown }).value)}`);
		}
	}
	return pairs;
}

function shownFor(resources: Set<string>, operations: Set<string>, pairs: Set<string>): Set<string> {
	const shown = new Set<string>();
	for (const resource of resources) for (const operation of operations) if (pairs.has(`${resource}:${operation}`)) shown.add(`${resource}:${operation}`);
	return shown;
}

/** What a field must share with another to merge, and the operations that show it; undefined: not mergeable. */
function scopeOf(property: INodeProperties, pairs: Set<string>) {
	const { displayOptions, ...definition } = property;
	const { show, ...otherConditions } = displayOptions ?? {};
	const { resource, operation, ...otherShow } = show ?? {};
	if (!Array.isArray(resource) || !Array.isArray(operation) || Object.keys(otherConditions).length) return undefined;
	let withFunction = false;
	const text = JSON.stringify([definition, otherShow], (_key, value: unknown) => {
		if (typeof value === 'function') withFunction = true;
		return value;
	});
	if (withFunction) return undefined;
	const resources = resource.map(String);
	const operations = operation.map(String);
	return { key: text, resources, operations, shown: shownFor(new Set(resources), new Set(operations), pairs) };
}

/**
 * The groups in an order that keeps every sequence's order, earliest original position first; `stuck`: the
 * groups that could not be placed (merges that put two operations' fields in opposite orders).
 */
function inOrder(groups: Group[], sequences: number[][]) {
	const groupOf = new Map<number, Group>();
	for (const group of groups) for (const member of group.members) groupOf.set(member, group);
	const after = new Map<Group, Set<Group>>(groups.map((group) => [group, new Set()]));
	for (const sequence of sequences) {
		for (let i = 1; i < sequence.length; i++) {
			const [from, to] = [groupOf.get(sequence[i - 1])!, groupOf.get(sequence[i])!];
			if (from !== to) after.get(from)!.add(to);
		}
	}
	const unplacedBefore = new Map<Group, number>(groups.map((group) => [group, 0]));
	for (const targets of after.values()) for (const target of targets) unplacedBefore.set(target, unplacedBefore.get(target)! + 1);
	const waiting = [...groups].sort((a, b) => a.members[0] - b.members[0]);
	const placed: Group[] = [];
	for (;;) {
		const ready = waiting.findIndex((group) => unplacedBefore.get(group) === 0);
		if (ready < 0) return { groups: placed, stuck: waiting };
		const [group] = waiting.splice(ready, 1);
		placed.push(group);
		for (const target of after.get(group)!) unplacedBefore.set(target, unplacedBefore.get(target)! - 1);
	}
}

function merged(group: Group, properties: INodeProperties[]): INodeProperties {
	const first = properties[group.members[0]];
	if (group.members.length === 1) return first;
	const show = first.displayOptions!.show!;
	return { ...first, displayOptions: { show: { ...show, resource: [...group.resources], operation: [...group.operations] } } };
}
