// See ../environment.js: the worker's one copy of @n8n/di.
module.exports = globalThis.__sharedN8n('@n8n/di');
