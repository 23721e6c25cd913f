#!/usr/bin/env node
// Fails unless `npm pack` would publish exactly what n8n needs: README.md, LICENSE, package.json and, under
// dist/, one built file for every source file (nodes/**/*.ts → .js, nodes/**/*.json, credentials/**/*.ts → .js,
// icons/*.svg) and nothing else — no source maps, declarations, stale files or tests — within the size limit.
// Run after `npm run build` (npm test builds).
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

/**
 * The packed (gzipped) size the package may reach. The one place to change it, on purpose. With 38 operations the
 * package packed to about 49 kB; with ~150 operations, their descriptions and output schemas, it packs to about
 * 130 kB, and the Send and Wait node (its own node type, its answers and temporary webhooks) adds about 7 kB. The
 * goal is 90 kB (not reached yet: the field descriptions are most of it); this limit only stops growth.
 */
const MAX_PACKED_BYTES = 144 * 1024;

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

/** What `npm run build` must produce from the sources: tsc output (.ts → .js, JSON copied) and the icons. */
function expectedDist() {
	const built = [...filesUnder('nodes'), ...filesUnder('credentials')]
		.filter((f) => /\.(ts|json)$/.test(f) && !f.endsWith('.d.ts') && !/\.test\.ts$/.test(f))
		.map((f) => `dist/${f.replace(/\.ts$/, '.js')}`);
	const icons = filesUnder('icons').filter((f) => f.endsWith('.svg')).map((f) => `dist/${f}`);
	return new Set([...built, ...icons]);
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
report('packed in dist/ without a source (stale file, source map, declaration, test; rebuild with npm run build)', packedDist.filter((f) => !expected.has(f)));
report('not built (run npm run build)', [...expected].filter((f) => !packedDist.includes(f)));
report('in dist/ but left out of the package', onDisk.filter((f) => !packedDist.includes(f)));
report('n8n section points at a file not in the package', [...manifest.n8n.nodes, ...manifest.n8n.credentials].filter((f) => !packed.includes(f)));
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
		'README, LICENSE, package.json and one built file per source under dist/.',
);
