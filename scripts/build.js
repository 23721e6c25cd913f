#!/usr/bin/env node
// `npm run build`: dist/ from scratch, as small as the package can reasonably be.
//
// One bundle, dist/uazapi.js, holds every node and credential (esbuild: the shared code once, not once per file),
// fully minified: what users download is as small as it reasonably gets, and the readable code is the sources in the
// repository (package.json's `repository`). Measured on 159 operations, the bundle alone gzipped: 88.4 kB minified
// in whitespace and syntax only, 82.6 kB with names mangled but kept for stack traces (keepNames), 78.5 kB fully
// minified. n8n loads each node and credential by the path in package.json's `n8n` section and takes the export
// named like the file (N8nToolsUazapi.node.js → N8nToolsUazapi), so each of those paths gets a one-line file that
// re-exports its class from the bundle (exports keep their names). Beside them, as n8n expects: the codex
// (<node>.node.json), the output schemas (__schema__/), and the icons (dist/icons, which the `file:` icon paths
// point at). Types are not checked here: `npm run typecheck` (in `npm run lint`) does that.
'use strict';
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');
const BUNDLE = 'uazapi.js';

/** `dist/nodes/Uazapi/N8nToolsUazapi.node.js` → its source, the class it exports and the file that re-exports it. */
function entryOf(distPath) {
	const source = distPath.replace(/^dist\//, '').replace(/\.js$/, '.ts');
	if (!fs.existsSync(path.join(root, source))) throw new Error(`package.json n8n section: no source ${source} for ${distPath}`);
	const [className] = path.basename(distPath).split('.');
	return { distPath, source, className };
}

function build() {
	const { n8n } = require(path.join(root, 'package.json'));
	const entries = [...n8n.nodes, ...n8n.credentials].map(entryOf);

	fs.rmSync(dist, { recursive: true, force: true });
	esbuild.buildSync({
		stdin: {
			contents: entries.map((e) => `export { ${e.className} } from './${e.source.replace(/\.ts$/, '')}';`).join('\n'),
			resolveDir: root,
			sourcefile: 'package-entry.ts',
			loader: 'ts',
		},
		outfile: path.join(dist, BUNDLE),
		bundle: true,
		platform: 'node',
		format: 'cjs',
		target: 'node20',
		// n8n's own copy (a peer dependency): instanceof checks on its errors must see one class.
		external: ['n8n-workflow'],
		// READABLE_BUILD=1: names and lines kept, for CPU profiles (scripts/bench) and debugging; never published.
		minify: process.env.READABLE_BUILD !== '1',
		legalComments: 'none',
		logLevel: 'warning',
	});

	for (const { distPath, className } of entries) {
		const file = path.join(root, distPath);
		const bundle = path.relative(path.dirname(file), path.join(dist, BUNDLE)).split(path.sep).join('/');
		if (!bundle.startsWith('.')) throw new Error(`${distPath} must be below dist/`);
		fs.mkdirSync(path.dirname(file), { recursive: true });
		fs.writeFileSync(file, `'use strict';\nexports.${className} = require('${bundle}').${className};\n`);
	}

	// Copied as they are: codex files and output schemas beside the node files, the icons under dist/icons.
	const copy = (from, to) => fs.cpSync(path.join(root, from), path.join(dist, to), { recursive: true });
	for (const dir of fs.readdirSync(path.join(root, 'nodes'))) {
		for (const name of fs.readdirSync(path.join(root, 'nodes', dir))) {
			if (name.endsWith('.node.json') || name === '__schema__') copy(`nodes/${dir}/${name}`, `nodes/${dir}/${name}`);
		}
	}
	for (const name of fs.readdirSync(path.join(root, 'icons')).filter((n) => n.endsWith('.svg'))) copy(`icons/${name}`, `icons/${name}`);
}

build();
