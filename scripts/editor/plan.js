'use strict';
// What the editor test walks, read from the built node (dist/): every resource × operation, with the top-level
// fields n8n shows for it (displayOptions resolved by n8n-workflow's own displayParameter), so an operation added
// to the node is walked without touching the test.
const path = require('node:path');
const { NodeHelpers } = require('n8n-workflow');

const { root } = require('../e2e/paths');

/** The built node's description (run `npm run build` first). */
function nodeDescription(file = 'N8nToolsUazapi') {
	const built = require(path.join(root, 'dist', 'nodes', 'Uazapi', `${file}.node.js`));
	return new built[file]().description;
}

/** A field's picker: 'list' (resource locator with a list search) or 'options' (loadOptions); else undefined. */
function pickerOf(property) {
	if (property.type === 'resourceLocator' && property.modes?.some((mode) => mode.typeOptions?.searchListMethod)) return 'list';
	if (property.typeOptions?.loadOptionsMethod) return 'options';
	return undefined;
}

/** A default the editor flags as missing when the field is required ('' or an empty resource locator). */
function isEmpty(value) {
	return value === '' || value === undefined || (typeof value === 'object' && value !== null && 'mode' in value && value.value === '');
}

/**
 * [{ resource: {value, name}, operation: {value, name, action}, fields: [{ name, displayName, type, required, empty, picker }] }]
 * fields: the visible top-level fields after Resource and Operation, in the order n8n shows them (hidden and
 * notice fields left out: they have no label).
 */
function walkPlan(description = nodeDescription()) {
	const { properties } = description;
	const node = { id: 'plan', name: 'Uazapi', type: description.name, typeVersion: 1, position: [0, 0], parameters: {} };
	const resources = properties.find((p) => p.name === 'resource').options;
	const plan = [];
	for (const resource of resources) {
		const operationProperty = properties.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource.value));
		for (const operation of operationProperty.options) {
			const set = { resource: resource.value, operation: operation.value };
			const values = NodeHelpers.getNodeParameters(properties, set, true, false, { ...node, parameters: set }, description);
			const fields = properties
				.filter((p) => !['resource', 'operation'].includes(p.name) && !['hidden', 'notice'].includes(p.type))
				.filter((p) => NodeHelpers.displayParameter(values, p, node, description, values))
				.map((p) => ({ name: p.name, displayName: p.displayName, type: p.type, required: p.required === true, empty: isEmpty(p.default), picker: pickerOf(p) }));
			plan.push({ resource, operation: { value: operation.value, name: operation.name, action: operation.action }, fields });
		}
	}
	return plan;
}

module.exports = { nodeDescription, walkPlan };

if (require.main === module) {
	const plan = walkPlan();
	const pickers = plan.flatMap((p) => p.fields.filter((f) => f.picker)).length;
	console.log(`${plan.length} operations, ${new Set(plan.map((p) => p.resource.value)).size} resources, ${pickers} pickers`);
}
