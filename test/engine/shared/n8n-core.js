// See ../environment.js: the worker's one copy of n8n-core.
module.exports = globalThis.__sharedN8n('n8n-core');
