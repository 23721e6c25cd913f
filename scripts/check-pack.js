#!/usr/bin/env node
// Fails unless `npm pack` would publish only dist/, README.md, LICENSE and package.json,
// with every node, credential and icon n8n loads from the package.json `n8n` section.
'use strict';
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const root = path.join(__dirname, '..');
const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
const files = pack.files.map((f) => f.path);
const stray = files.filter((f) => !/^(dist\/|README\.md$|LICENSE$|package\.json$)/.test(f));
const manifest = require(path.join(root, 'package.json'));
const required = ['README.md', 'LICENSE', 'package.json', ...manifest.n8n.nodes, ...manifest.n8n.credentials, 'dist/icons/uazapi.svg', 'dist/icons/uazapi.dark.svg'];
const missing = required.filter((f) => !files.includes(f));
const tests = files.filter((f) => /(^|\/)test\//.test(f));
if (stray.length || missing.length || tests.length) {
	console.error(`npm pack is wrong.\n  not allowed: ${stray.join(', ') || '-'}\n  missing: ${missing.join(', ') || '-'}\n  tests: ${tests.join(', ') || '-'}`);
	process.exit(1);
}
console.log(`npm pack: ${files.length} files, ${pack.size} bytes packed, ${pack.unpackedSize} unpacked — only dist, README, LICENSE, package.json.`);
