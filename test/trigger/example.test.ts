import type { IDataObject, INode, INodeProperties } from 'n8n-workflow';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { eventItem } from '../../nodes/UazapiTrigger/event';
import { loadPackage } from '../engine/harness';
import { TRIGGER_TYPE } from '../engine/trigger-harness';
import { fixture } from './helpers';

const example = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'examples', 'trigger-reply.json'), 'utf8')) as {
	nodes: INode[];
	connections: IDataObject;
};

/** Every parameter (and collection option) is one the node declares, with a value it offers. */
function unknownParameters(parameters: IDataObject, properties: INodeProperties[], where = ''): string[] {
	return Object.entries(parameters).flatMap(([name, value]) => {
		const property = properties.find((p) => p.name === name);
		if (!property) return [`${where}${name}`];
		if (property.type === 'collection') {
			return unknownParameters(value as IDataObject, property.options as INodeProperties[], `${where}${name}.`);
		}
		if (property.type === 'multiOptions' || property.type === 'options') {
			const offered = (property.options ?? []).map((option) => (option as { value: unknown }).value);
			const values = Array.isArray(value) ? value : [value];
			return values.filter((v) => !offered.includes(v)).map((v) => `${where}${name}=${String(v)}`);
		}
		return [];
	});
}

describe('examples/trigger-reply.json', () => {
	const trigger = example.nodes.find((node) => node.type === TRIGGER_TYPE)!;
	const reply = example.nodes.find((node) => node.name === 'Send Text')!;

	test('the trigger node uses only parameters and values the Uazapi Trigger declares', async () => {
		const { nodeTypes } = await loadPackage();
		const type = nodeTypes[TRIGGER_TYPE].type as { description: { properties: INodeProperties[] } };
		expect(unknownParameters(trigger.parameters as IDataObject, type.description.properties)).toEqual([]);
		expect(trigger.credentials).toEqual({ uazapiApi: { id: 'uazapiSimDirect', name: 'Uazapi simulator (direct)' } });
	});

	test('the reply reads only fields the trigger emits, and answers in the chat the message came from', () => {
		const item = eventItem(fixture('text-lid'));
		const expressions = JSON.stringify(reply.parameters);
		const fields = [...expressions.matchAll(/\$json\.(\w+)/g)].map((match) => match[1]);
		expect(fields.length).toBeGreaterThan(0);
		expect(fields.filter((field) => !(field in item))).toEqual([]);
		expect(reply.parameters).toMatchObject({ resource: 'message', operation: 'sendText', phoneNumber: '={{ $json.chatId }}' });
		expect(example.connections).toEqual({ 'Uazapi Trigger': { main: [[{ node: 'Send Text', type: 'main', index: 0 }]] } });
	});
});
