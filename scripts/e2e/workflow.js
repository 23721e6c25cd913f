'use strict';
// Builds the n8n workflow JSON that runs every case as one branch of a Manual Trigger.
const { NODE_TYPE } = require('./paths');

const TRIGGER = 'Start';

/**
 * One workflow with a branch per case: Start → (case.before nodes) → Uazapi node named case.name.
 * Branches are stacked vertically; with execution order v1 n8n runs them top to bottom, each to its end
 * before the next, so the requests reach the doubles in case order.
 */
function casesWorkflow({ id, name, cases, credential, adminCredential }) {
	const nodes = [{ id: 'start', name: TRIGGER, type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} }];
	const connections = {};
	const link = (from, to) => {
		connections[from] = { main: [[...(connections[from]?.main[0] ?? []), { node: to, type: 'main', index: 0 }]] };
	};
	const names = new Set();
	cases.forEach((testCase, row) => {
		if (names.has(testCase.name)) throw new Error(`two e2e cases are named "${testCase.name}"`);
		names.add(testCase.name);
		let previous = TRIGGER;
		(testCase.before ?? []).forEach((node, column) => {
			const nodeName = `${testCase.name} · ${node.name}`;
			nodes.push({ ...node, id: `c${row}b${column}`, name: nodeName, position: [250 * (column + 1), 200 * row] });
			link(previous, nodeName);
			previous = nodeName;
		});
		nodes.push({
			id: `c${row}`,
			name: testCase.name,
			type: NODE_TYPE,
			typeVersion: 1,
			position: [250 * ((testCase.before ?? []).length + 1), 200 * row],
			parameters: testCase.parameters,
			// Admin operations sign with the Uazapi Admin API credential (the server's admin token).
			credentials: testCase.parameters.resource === 'admin' ? { uazapiAdminApi: adminCredential } : { uazapiApi: credential },
			...(testCase.onError ? { onError: testCase.onError } : {}),
		});
		link(previous, testCase.name);
	});
	return { id, name, active: false, nodes, connections, settings: { executionOrder: 'v1' }, pinData: {} };
}

module.exports = { casesWorkflow };
