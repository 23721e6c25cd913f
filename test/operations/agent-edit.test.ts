import type { IDataObject } from 'n8n-workflow';

import { chatbotState } from '../doubles/responders/agent';
import type { Mode } from '../engine/rig';
import { everythingShown, expectSuccess, jsonOf, MODES, useRig } from '../engine/rig';

const rig = useRig();

const agentOp = (operation: string, parameters: IDataObject = {}) => ({ resource: 'agent', operation, ...parameters });
const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const fromList = (value: string) => ({ __rl: true, mode: 'list', value });
const store = () => chatbotState(rig.uazapi.state);

async function expectRefused(mode: Mode, parameters: IDataObject, message: string) {
	const run = await rig.run(mode, { parameters });
	expect(run.error?.message).toBe(message);
	expect(rig.sent(mode)).toEqual([]);
}

const TRIGGER = { id: 'tr-1', active: true, type: 'agent', agent_id: 'ag-1', ignoreGroups: true, priority: 1, wordsToStart: 'hi|hello', responseDelay_seconds: 2, owner: 'x' };
const KNOWLEDGE = { id: 'kn-1', active: true, tittle: 'About us', content: 'We sell shoes', vectorStatus: 'done', isVectorized: true, lastVectorizedAt: 1, priority: 0, owner: 'x' };
const HEADER_KEY = 'Bearer sk-live-9f8e7d6c';
const FUNCTION = {
	id: 'fn-1',
	name: 'getOrder',
	description: 'Finds an order',
	active: true,
	method: 'GET',
	endpoint: 'https://api.example.com/orders/{{id}}',
	headers: JSON.stringify({ Authorization: HEADER_KEY }),
	body: '{}',
	parameters: '[]',
	owner: 'x',
};

describe.each(MODES)('AI Agent: triggers, knowledge, functions (%s)', (mode) => {
	describe('Create or Update Trigger', () => {
		test('without a trigger creates one for the chosen agent, with only the fields set', async () => {
			const run = await rig.run(mode, {
				parameters: agentOp('createOrUpdateTrigger', {
					agentId: fromList('ag-1'),
					additionalFields: { wordsToStart: ' hi|hello ', priority: 3, lead_field: 'lead_status', lead_operator: 'equals', lead_value: 'new', ignoreGroups: false },
				}),
			});
			expectSuccess(run);
			const trigger = { type: 'agent', agent_id: 'ag-1', wordsToStart: 'hi|hello', priority: 3, lead_field: 'lead_status', lead_operator: 'equals', lead_value: 'new', ignoreGroups: false };
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/trigger/edit', body: { trigger } }]);
			const id = store().triggers[0].id;
			expect(jsonOf(run)).toEqual([{ id, active: true, responseDelay_seconds: 0, ...trigger, owner: '5511988887777' }]);
		});

		test('with a trigger updates it by ID; a quick-reply trigger sends an empty agent, as the contract requires one', async () => {
			store().triggers.push({ ...TRIGGER });
			const run = await rig.run(mode, {
				parameters: agentOp('createOrUpdateTrigger', { triggerId: byId('tr-1'), triggerType: 'quickreply', quickReplyId: fromList('qr-7'), additionalFields: { active: false } }),
			});
			expectSuccess(run);
			const trigger = { type: 'quickreply', agent_id: '', quickReply_id: 'qr-7', active: false };
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/trigger/edit', body: { id: 'tr-1', trigger } }]);
			expect(jsonOf(run)).toEqual([{ ...TRIGGER, ...trigger }]);
		});

		test('a flow trigger sends the flow ID', async () => {
			const run = await rig.run(mode, { parameters: agentOp('createOrUpdateTrigger', { triggerType: 'flow', flowId: ' flow-1 ' }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/trigger/edit', body: { trigger: { type: 'flow', agent_id: '', flow_id: 'flow-1' } } }]);
		});

		test('an unknown trigger is reported as not found', async () => {
			const run = await rig.run(mode, { parameters: agentOp('createOrUpdateTrigger', { triggerId: byId('tr-9'), agentId: byId('ag-1') }) });
			expect(run.error).toMatchObject({ message: 'Trigger not found' });
		});

		test.each([
			[{ agentId: byId(' ') }, 'Agent is empty (item 0)'],
			[{ agentId: byId('a b') }, 'Agent is not an ID: "a b" (item 0)'],
			[{ triggerType: 'quickreply', quickReplyId: byId(' ') }, 'Quick Reply is empty (item 0)'],
			[{ triggerType: 'flow', flowId: ' ' }, 'Flow ID is empty (item 0)'],
			[{ agentId: byId('ag-1'), additionalFields: { priority: 1.5 } }, 'Priority must be a whole number, not 1.5 (item 0)'],
			[{ agentId: byId('ag-1'), additionalFields: { responseDelay_seconds: -1 } }, 'Response Delay (Seconds) must be at least 0, not -1 (item 0)'],
			[{ agentId: byId('ag-1'), additionalFields: { lead_operator: 'equals' } }, 'Lead Operator needs a Lead Field (item 0)'],
			[{ agentId: byId('ag-1'), triggerId: byId('t 1') }, 'Trigger is not an ID: "t 1" (item 0)'],
		])('refuses bad input before any request (%#)', async (parameters, message) => {
			await expectRefused(mode, agentOp('createOrUpdateTrigger', parameters), message);
		});
	});

	describe('Delete Trigger', () => {
		test('looks the trigger up and sends its type and agent back with delete: true', async () => {
			store().triggers.push({ ...TRIGGER }, { ...TRIGGER, id: 'tr-2', type: 'flow', agent_id: '', flow_id: 'f-1' });
			const run = await rig.run(mode, { parameters: agentOp('deleteTrigger', { triggerId: fromList('tr-2') }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'GET', path: '/trigger/list' },
				{ method: 'POST', path: '/trigger/edit', body: { id: 'tr-2', delete: true, trigger: { type: 'flow', agent_id: '' } } },
			]);
			expect(jsonOf(run)).toEqual([{ response: 'Trigger deleted' }]);
			expect(store().triggers.map((trigger) => trigger.id)).toEqual(['tr-1']);
		});

		test('an unknown trigger is not found, and nothing is deleted', async () => {
			store().triggers.push({ ...TRIGGER });
			const run = await rig.run(mode, { parameters: agentOp('deleteTrigger', { triggerId: byId('tr-9') }) });
			expect(run.error).toMatchObject({ message: 'Trigger not found', httpCode: '404' });
			expect(rig.sent(mode)).toEqual([{ method: 'GET', path: '/trigger/list' }]);
			expect(store().triggers).toHaveLength(1);
		});

		test('refuses an empty trigger before any request', async () => {
			await expectRefused(mode, agentOp('deleteTrigger', { triggerId: byId(' ') }), 'Trigger is empty (item 0)');
		});
	});

	describe('Create or Update Knowledge Entry', () => {
		test('without an entry creates one ("tittle", as Uazapi spells it); it shows up in Get Many', async () => {
			const run = await rig.run(mode, {
				parameters: agentOp('createOrUpdateKnowledge', { title: ' Prices ', content: 'https://example.com/prices.pdf', additionalFields: { fileType: 'pdf', active: true } }),
			});
			expectSuccess(run);
			const knowledge = { tittle: 'Prices', content: 'https://example.com/prices.pdf', active: true };
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/knowledge/edit', body: { knowledge, fileType: 'pdf' } }]);
			const created = { id: store().knowledge[0].id, vectorStatus: 'pending', isVectorized: false, lastVectorizedAt: 0, priority: 0, ...knowledge, owner: '5511988887777' };
			expect(jsonOf(run)).toEqual([created]);
			const list = await rig.run(mode, { parameters: agentOp('getManyKnowledge') });
			expect(jsonOf(list)).toEqual([created]);
		});

		test('with an entry updates it by ID, sending only what was set', async () => {
			store().knowledge.push({ ...KNOWLEDGE });
			const run = await rig.run(mode, { parameters: agentOp('createOrUpdateKnowledge', { knowledgeId: fromList('kn-1'), title: 'About us', content: 'We sell boots' }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/knowledge/edit', body: { id: 'kn-1', knowledge: { tittle: 'About us', content: 'We sell boots' } } }]);
			expect(jsonOf(run)).toEqual([{ ...KNOWLEDGE, content: 'We sell boots' }]);
		});

		test.each([
			[{ title: ' ', content: 'x' }, 'Title is empty (item 0)'],
			[{ title: 'x', content: '  ' }, 'Content is empty (item 0)'],
			[{ title: 'x', content: 'y', knowledgeId: byId('k 1') }, 'Knowledge Entry is not an ID: "k 1" (item 0)'],
		])('refuses bad input before any request (%#)', async (parameters, message) => {
			await expectRefused(mode, agentOp('createOrUpdateKnowledge', parameters), message);
		});
	});

	describe('Delete Knowledge Entry', () => {
		test('sends the ID with delete: true', async () => {
			store().knowledge.push({ ...KNOWLEDGE });
			const run = await rig.run(mode, { parameters: agentOp('deleteKnowledge', { knowledgeId: byId('kn-1') }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/knowledge/edit', body: { id: 'kn-1', delete: true } }]);
			expect(jsonOf(run)).toEqual([{ response: 'Knowledge deleted' }]);
			expect(store().knowledge).toEqual([]);
		});

		test('an unknown entry is reported as not found', async () => {
			const run = await rig.run(mode, { parameters: agentOp('deleteKnowledge', { knowledgeId: byId('kn-9') }) });
			expect(run.error).toMatchObject({ message: 'Knowledge entry not found' });
		});

		test('refuses an empty entry before any request', async () => {
			await expectRefused(mode, agentOp('deleteKnowledge', { knowledgeId: byId('  ') }), 'Knowledge Entry is empty (item 0)');
		});
	});

	describe('Create or Update Function', () => {
		const core = { functionName: 'createProduct', functionDescription: 'Creates a product', httpMethod: 'POST', endpoint: 'https://api.store.com/v1/products' };
		const PARAMETERS = [
			{ name: 'productName', type: 'string', description: 'Name', required: true },
			{ name: 'price', type: 'number', description: 'Price', minimum: 0.01 },
		];

		test('without a function creates one (empty ID, delete: false, as the contract requires); header values are masked', async () => {
			const run = await rig.run(mode, {
				parameters: agentOp('createOrUpdateFunction', {
					...core,
					additionalFields: {
						active: true,
						headers: { header: [{ name: 'Authorization', value: HEADER_KEY }] },
						body: '{"name": "{{productName}}", "price": "{{price}}"}',
						parameters: JSON.stringify(PARAMETERS),
					},
				}),
			});
			expectSuccess(run);
			const fn = {
				name: 'createProduct',
				description: 'Creates a product',
				method: 'POST',
				endpoint: 'https://api.store.com/v1/products',
				active: true,
				headers: { Authorization: HEADER_KEY },
				body: { name: '{{productName}}', price: '{{price}}' },
				parameters: PARAMETERS,
			};
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/function/edit', body: { id: '', delete: false, function: fn } }]);
			expect(store().functions[0].headers).toBe(JSON.stringify({ Authorization: HEADER_KEY }));
			expect(jsonOf(run)).toEqual([
				{
					id: store().functions[0].id,
					undocumentedParameters: '',
					header_error: false,
					body_error: false,
					...fn,
					headers: JSON.stringify({ Authorization: '***' }),
					body: JSON.stringify(fn.body),
					parameters: JSON.stringify(PARAMETERS),
					owner: '5511988887777',
				},
			]);
			expect(everythingShown(run)).not.toContain('sk-live-9f8e7d6c');
		});

		test('a server error that echoes the headers does not show their values', async () => {
			rig.uazapi.reply('POST /function/edit', (req) => ({
				status: 400,
				body: { error: `invalid headers: ${JSON.stringify((req.body as { function: { headers: unknown } }).function.headers)}` },
			}));
			const run = await rig.run(mode, {
				parameters: agentOp('createOrUpdateFunction', { ...core, additionalFields: { headers: { header: [{ name: 'Authorization', value: HEADER_KEY }] } } }),
			});
			expect(run.error).toBeDefined();
			expect(rig.sent(mode)).toHaveLength(1);
			// (The run data also holds the node's own parameters, as n8n stores the workflow; the texts are ours.)
			expect(run.error?.description).toBe('Uazapi said: "invalid headers: {"Authorization":"***"}".');
		});

		test('with a function updates it by ID, sending only the fields set', async () => {
			store().functions.push({ ...FUNCTION });
			const run = await rig.run(mode, { parameters: agentOp('createOrUpdateFunction', { ...core, functionId: fromList('fn-1'), httpMethod: 'GET' }) });
			expectSuccess(run);
			const fn = { name: 'createProduct', description: 'Creates a product', method: 'GET', endpoint: 'https://api.store.com/v1/products' };
			expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/function/edit', body: { id: 'fn-1', delete: false, function: fn } }]);
			expect(jsonOf(run)).toEqual([{ ...FUNCTION, ...fn }]);
		});

		test.each([
			[{ ...core, functionName: ' ' }, 'Name is empty (item 0)'],
			[{ ...core, functionName: 'create product' }, 'Name may hold only letters, digits, _ and - (got "create product") (item 0)'],
			[{ ...core, functionDescription: ' ' }, 'Description is empty (item 0)'],
			[{ ...core, endpoint: 'api.store.com' }, 'Endpoint is not an http(s) URL: "api.store.com" (item 0)'],
			[{ ...core, additionalFields: { body: '{nope' } }, 'Body (JSON) is not valid JSON (item 0)'],
			[{ ...core, additionalFields: { body: '[1]' } }, 'Body (JSON) must be a JSON object (item 0)'],
			[{ ...core, additionalFields: { parameters: '{}' } }, 'Parameters (JSON) must be a JSON array (item 0)'],
			[{ ...core, additionalFields: { parameters: '[{"name": "a", "type": "text", "description": "d"}]' } }, 'Parameters (JSON) entry 1 has type "text" (item 0)'],
			[{ ...core, additionalFields: { parameters: '[{"name": "a", "type": "string"}]' } }, 'Parameters (JSON) entry 1 needs a "description" text (item 0)'],
			[{ ...core, additionalFields: { parameters: '[{"name": "a", "type": "string", "description": "d", "min": 1}]' } }, 'Parameters (JSON) entry 1 has an unknown key "min" (item 0)'],
			[{ ...core, additionalFields: { headers: { header: [{ name: ' ', value: 'v' }] } } }, 'Headers entry 1 has no name (item 0)'],
		])('refuses bad input before any request (%#)', async (parameters, message) => {
			await expectRefused(mode, agentOp('createOrUpdateFunction', parameters), message);
		});
	});

	describe('Delete Function', () => {
		test('looks the function up and sends its name, description, method and endpoint back (never its headers) with delete: true', async () => {
			store().functions.push({ ...FUNCTION });
			const run = await rig.run(mode, { parameters: agentOp('deleteFunction', { functionId: fromList('fn-1') }) });
			expectSuccess(run);
			expect(rig.sent(mode)).toEqual([
				{ method: 'GET', path: '/function/list' },
				{
					method: 'POST',
					path: '/function/edit',
					body: { id: 'fn-1', delete: true, function: { name: 'getOrder', description: 'Finds an order', method: 'GET', endpoint: 'https://api.example.com/orders/{{id}}' } },
				},
			]);
			expect(jsonOf(run)).toEqual([{ response: 'Function deleted' }]);
			expect(store().functions).toEqual([]);
		});

		test('an unknown function is not found, and nothing is deleted', async () => {
			store().functions.push({ ...FUNCTION });
			const run = await rig.run(mode, { parameters: agentOp('deleteFunction', { functionId: byId('fn-9') }) });
			expect(run.error).toMatchObject({ message: 'Function not found', httpCode: '404' });
			expect(rig.sent(mode)).toEqual([{ method: 'GET', path: '/function/list' }]);
			expect(store().functions).toHaveLength(1);
		});

		test('refuses an empty function before any request', async () => {
			await expectRefused(mode, agentOp('deleteFunction', { functionId: byId(' ') }), 'Function is empty (item 0)');
		});
	});

	test('two items: one output item per input item, each linked to it', async () => {
		const run = await rig.run(mode, {
			parameters: agentOp('createOrUpdateKnowledge', { title: '={{ $json.t }}', content: 'text' }),
			items: [{ json: { t: 'A' } }, { json: { t: 'B' } }],
		});
		expectSuccess(run);
		expect(jsonOf(run).map((entry) => entry.tittle)).toEqual(['A', 'B']);
		expect(run.outputs[0].map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	test.each([
		['searchTriggers', '/trigger/list', 'triggers', TRIGGER, { name: 'agent: hi|hello', value: 'tr-1' }],
		['searchKnowledge', '/knowledge/list', 'knowledge', KNOWLEDGE, { name: 'About us', value: 'kn-1' }],
		['searchFunctions', '/function/list', 'functions', FUNCTION, { name: 'getOrder (GET https://api.example.com/orders/{{id}})', value: 'fn-1' }],
	] as const)('the %s picker lists the entries', async (method, path, list, entry, result) => {
		store()[list].push({ ...entry }, { ...entry, id: 'other', tittle: 'Other', name: 'other', wordsToStart: 'bye', active: false });
		const all = (await rig.listSearch(mode, method)) as { results: unknown[] };
		expect(all.results).toHaveLength(2);
		const found = await rig.listSearch(mode, method, { filter: String(result.value) });
		expect(found).toEqual({ results: [result] });
		expect(rig.sent(mode)).toEqual([
			{ method: 'GET', path },
			{ method: 'GET', path },
		]);
	});
});
