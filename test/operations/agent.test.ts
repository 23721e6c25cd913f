import type { IDataObject } from 'n8n-workflow';

import { chatbotState } from '../doubles/responders/agent';
import type { Mode } from '../engine/rig';
import { everythingShown, expectSuccess, jsonOf, MODES, useRig } from '../engine/rig';

const rig = useRig();

const agentOp = (operation: string, parameters: IDataObject = {}) => ({ resource: 'agent', operation, ...parameters });
const LLM_KEY = 'sk-proj-secret-4f9a2b';
const core = { agentName: ' Sara ', provider: 'anthropic', model: 'claude-3-5-haiku-latest', llmApiKey: LLM_KEY };

async function expectRefused(mode: Mode, parameters: IDataObject, message: string) {
	const run = await rig.run(mode, { parameters });
	expect(run.error?.message).toBe(message);
	expect(rig.sent(mode)).toEqual([]);
}

describe.each(MODES)('AI Agent (%s)', (mode) => {
	test('Create or Update Agent without an agent creates one; the LLM key is sent but never output', async () => {
		const run = await rig.run(mode, {
			parameters: agentOp('createOrUpdateAgent', { ...core, additionalFields: { basePrompt: 'Be kind', temperature: 30, signMessages: true } }),
		});
		expectSuccess(run);
		const agent = { name: 'Sara', provider: 'anthropic', model: 'claude-3-5-haiku-latest', apikey: LLM_KEY, basePrompt: 'Be kind', temperature: 30, signMessages: true };
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/agent/edit', body: { agent } }]);
		const { apikey: _key, ...shown } = agent;
		expect(jsonOf(run)).toEqual([{ id: chatbotState(rig.uazapi.state).agents[0].id, ...shown, owner: '5511988887777' }]);
		expect(everythingShown(run)).not.toContain(LLM_KEY);
	});

	test('Create or Update Agent with an agent updates it by ID', async () => {
		chatbotState(rig.uazapi.state).agents.push({ id: 'ag-1', name: 'Old', provider: 'openai', model: 'gpt-4o', apikey: 'sk-old-key-123', owner: 'x' });
		const run = await rig.run(mode, { parameters: agentOp('createOrUpdateAgent', { ...core, agentId: { __rl: true, mode: 'list', value: 'ag-1' } }) });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([
			{ method: 'POST', path: '/agent/edit', body: { id: 'ag-1', agent: { name: 'Sara', provider: 'anthropic', model: 'claude-3-5-haiku-latest', apikey: LLM_KEY } } },
		]);
		expect(jsonOf(run)).toEqual([{ id: 'ag-1', name: 'Sara', provider: 'anthropic', model: 'claude-3-5-haiku-latest', owner: 'x' }]);
	});

	test.each([
		[{ ...core, agentName: '  ' }, 'Name is empty (item 0)'],
		[{ ...core, llmApiKey: '  ' }, 'LLM API Key is empty (item 0)'],
		[{ ...core, additionalFields: { temperature: 101 } }, 'Temperature must be a whole number from 0 to 100 (got 101) (item 0)'],
		[{ ...core, agentId: { __rl: true, mode: 'id', value: 'a b' } }, 'Agent is not an agent ID: "a b" (item 0)'],
	])('Create or Update Agent refuses bad input before any request (%#)', async (parameters, message) => {
		await expectRefused(mode, agentOp('createOrUpdateAgent', parameters), message);
	});

	test('Delete Agent sends the ID with delete: true', async () => {
		chatbotState(rig.uazapi.state).agents.push({ id: 'ag-1', name: 'Sara' });
		const run = await rig.run(mode, { parameters: agentOp('deleteAgent', { agentId: { __rl: true, mode: 'id', value: 'ag-1' } }) });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'POST', path: '/agent/edit', body: { id: 'ag-1', delete: true } }]);
		expect(jsonOf(run)).toEqual([{ response: 'Agent deleted' }]);
		expect(chatbotState(rig.uazapi.state).agents).toEqual([]);
	});

	test('Delete Agent refuses an empty agent before any request', async () => {
		await expectRefused(mode, agentOp('deleteAgent', { agentId: { __rl: true, mode: 'id', value: ' ' } }), 'Agent is empty (item 0)');
	});

	test.each([
		['getManyAgents', '/agent/list', 'agents'],
		['getManyTriggers', '/trigger/list', 'triggers'],
		['getManyKnowledge', '/knowledge/list', 'knowledge'],
		['getManyFunctions', '/function/list', 'functions'],
	] as const)('%s: one item per entry from GET %s, secrets left out', async (operation, path, list) => {
		chatbotState(rig.uazapi.state)[list].push({ id: 'e-1', name: 'first', apikey: 'sk-listed-key-1' }, { id: 'e-2', name: 'second' });
		const run = await rig.run(mode, { parameters: agentOp(operation) });
		expectSuccess(run);
		expect(rig.sent(mode)).toEqual([{ method: 'GET', path }]);
		expect(jsonOf(run)).toEqual([{ id: 'e-1', name: 'first' }, { id: 'e-2', name: 'second' }]);
	});

	test('the Agent picker lists the agents', async () => {
		chatbotState(rig.uazapi.state).agents.push({ id: 'ag-1', name: 'Sara', provider: 'openai', model: 'gpt-4o-mini' });
		const result = await rig.listSearch(mode, 'searchAgents');
		expect(rig.sent(mode)).toEqual([{ method: 'GET', path: '/agent/list' }]);
		expect(result).toEqual({ results: [{ name: 'Sara (openai gpt-4o-mini)', value: 'ag-1' }] });
	});
});
