// Preload (node -r scripts/bench/count-expressions.js …): counts the expressions n8n evaluates, by expression,
// printed to stderr at exit. RoutingNode evaluates a parameter once per top-level property of its name.
const path = require('node:path');

const workflow = require(require.resolve('n8n-workflow', { paths: [process.env.N8N_WORKFLOW_FROM || process.cwd()] }));
const counts = new Map();
const resolve = workflow.Expression.prototype.resolveSimpleParameterValue;
workflow.Expression.prototype.resolveSimpleParameterValue = function (value, ...rest) {
	if (typeof value === 'string' && value.startsWith('=')) counts.set(value, (counts.get(value) ?? 0) + 1);
	return resolve.call(this, value, ...rest);
};
process.on('exit', () => process.stderr.write(`\nEXPRESSIONS ${path.basename(process.argv[1] ?? '')} ${JSON.stringify(Object.fromEntries(counts))}\n`));
