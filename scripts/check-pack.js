#!/usr/bin/env node
// Fails unless `npm pack` would publish exactly what n8n needs: README.md, LICENSE, package.json and, under dist/,
// exactly what scripts/build.js makes — the bundle (dist/uazapi.js), one entry file per path in package.json's
// `n8n` section, the codex and output schemas copied from nodes/, the icons — and nothing else: no source maps,
// declarations, stale files or tests; within the size limit. Run after `npm run build` (npm test builds).
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

/**
 * The packed (gzipped) size the package may reach. The one place to change it, on purpose. With 38 operations the
 * package packed to about 49 kB; with 159 operations, one file per source compiled by tsc, 136.9 kB; bundled
 * and minified in whitespace and syntax (scripts/build.js), about 105 kB; with the Send and Wait node, about 117 kB;
 * fully minified, with the operations' descriptions and the long topics moved from the README to docs/, 97.3 kB.
 * This limit only stops growth.
 */
const MAX_PACKED_BYTES = 98 * 1024;

const root = path.join(__dirname, '..');
const manifest = require(path.join(root, 'package.json'));

/** Every file under `dir` (relative to the repo root, `/`-separated). */
function filesUnder(dir) {
	const abs = path.join(root, dir);
	if (!fs.existsSync(abs)) return [];
	return fs.readdirSync(abs, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => path.relative(root, path.join(entry.parentPath ?? entry.path, entry.name)).split(path.sep).join('/'));
}

/**
 * What `npm run build` must produce (scripts/build.js): the bundle, the entry files package.json names, the codex
 * files (nodes/<node>/<file>.node.json) and output schemas (nodes/<node>/__schema__/) at the same paths, and the icons.
 */
function expectedDist() {
	const entries = [...manifest.n8n.nodes, ...manifest.n8n.credentials];
	// JSON that a source imports is in the bundle; only the files n8n reads beside a node file are copied.
	const json = filesUnder('nodes').filter((f) => /^nodes\/[^/]+\/([^/]+\.node\.json|__schema__\/.+\.json)$/.test(f)).map((f) => `dist/${f}`);
	const icons = filesUnder('icons').filter((f) => f.endsWith('.svg')).map((f) => `dist/${f}`);
	return new Set(['dist/uazapi.js', ...entries, ...json, ...icons]);
}

const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
const packed = pack.files.map((f) => f.path);
const packedDist = packed.filter((f) => f.startsWith('dist/'));
const expected = expectedDist();
const onDisk = filesUnder('dist');

const problems = [];
const list = (files) => files.slice(0, 20).join(', ') + (files.length > 20 ? ` … (${files.length} in all)` : '');
const report = (what, files) => files.length && problems.push(`${what}: ${list(files)}`);

report('packed outside dist/, README.md, LICENSE, package.json', packed.filter((f) => !/^(dist\/|README\.md$|LICENSE$|package\.json$)/.test(f)));
report('missing from the package', ['README.md', 'LICENSE', 'package.json'].filter((f) => !packed.includes(f)));
report('packed in dist/ but not made by npm run build (stale file, source map, declaration, test; rebuild)', packedDist.filter((f) => !expected.has(f)));
report('not built (run npm run build)', [...expected].filter((f) => !packedDist.includes(f)));
report('in dist/ but left out of the package', onDisk.filter((f) => !packedDist.includes(f)));
report('n8n section points at a file not in the package', [...manifest.n8n.nodes, ...manifest.n8n.credentials].filter((f) => !packed.includes(f)));
report(
	'entry file that does not re-export its class from dist/uazapi.js (stale build?)',
	[...manifest.n8n.nodes, ...manifest.n8n.credentials].filter(
		(f) => fs.existsSync(path.join(root, f)) && !/require\('(\.\.\/)+uazapi\.js'\)/.test(fs.readFileSync(path.join(root, f), 'utf8')),
	),
);
if (manifest.main !== undefined && !packed.includes(path.posix.normalize(manifest.main))) problems.push(`"main" points at ${manifest.main}, which is not in the package`);
if (manifest.n8n.strict !== true) problems.push('package.json n8n.strict must be true');
if (pack.size > MAX_PACKED_BYTES) {
	problems.push(`packed size ${pack.size} bytes is over the limit of ${MAX_PACKED_BYTES} (MAX_PACKED_BYTES in scripts/check-pack.js)`);
}

if (problems.length) {
	console.error(`npm pack is wrong:\n  - ${problems.join('\n  - ')}`);
	process.exit(1);
}
console.log(
	`npm pack: ${packed.length} files, ${pack.size} bytes packed (limit ${MAX_PACKED_BYTES}), ${pack.unpackedSize} unpacked — ` +
		'README, LICENSE, package.json and under dist/ the bundle, its entry files, codex files, output schemas and icons.',
);
