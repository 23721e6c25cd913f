// See ../environment.js: the worker's one copy of n8n-core/dist/execution-engine/ssh-clients-manager.
module.exports = globalThis.__sharedN8n('n8n-core/dist/execution-engine/ssh-clients-manager');
