#!/usr/bin/env node
// Run n8n's community-package verification scanner (@n8n/scan-community-package) on a local folder.
//
//   node scan.mjs <dir> [--mode=source|dist]
//
// <dir> is either a source tree (package.json + nodes/ + credentials/ with .ts files) or the
// `package/` folder of an unpacked `npm pack` tarball. The real scanner lints both:
//   source leg: SOURCE_FILE_PATTERNS = ['package.json', '{nodes,credentials}/**/*.{js,ts,json}']
//   dist leg:   ['**/*.js', 'package.json']
// The mode is auto-detected (any .ts under nodes/ or credentials/ => source). Prints the ESLint
// report (errors and warnings) and exits 1 on any error, 2 on usage/setup problems.
//
// The scanner lives outside the repo (it brings ESLint 9). Its folder is found in
// $N8N_SCANNER_DIR, else ~/.cache/uazapi-n8n/scanner; install-scanner.sh installs it there.
// `npm run scan` (run.sh) installs it and runs both legs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const SCANNER_REL = 'node_modules/@n8n/scan-community-package/scanner/scanner.mjs';

function fail(message) {
	console.error(message);
	process.exit(2);
}

function findScanner() {
	const candidates = [
		process.env.N8N_SCANNER_DIR,
		path.join(os.homedir(), '.cache/uazapi-n8n/scanner'),
	].filter(Boolean);
	for (const dir of candidates) {
		const file = path.join(dir, SCANNER_REL);
		if (fs.existsSync(file)) return file;
	}
	fail(
		`scan-community-package not found in: ${candidates.join(', ')}\n` +
			'Install it with scripts/scan/install-scanner.sh',
	);
}

function hasTsSources(dir) {
	const walk = (d) =>
		fs.existsSync(d) &&
		fs.readdirSync(d, { withFileTypes: true }).some((e) =>
			e.isDirectory() ? e.name !== 'node_modules' && walk(path.join(d, e.name)) : e.name.endsWith('.ts'),
		);
	return walk(path.join(dir, 'nodes')) || walk(path.join(dir, 'credentials'));
}

const args = process.argv.slice(2);
const dirArg = args.find((a) => !a.startsWith('--'));
const modeArg = args.find((a) => a.startsWith('--mode='))?.slice('--mode='.length);
if (!dirArg) fail('Usage: node scan.mjs <package-dir> [--mode=source|dist]');
const dir = path.resolve(dirArg);
if (!fs.existsSync(path.join(dir, 'package.json'))) fail(`No package.json in ${dir}`);
const mode = modeArg ?? (hasTsSources(dir) ? 'source' : 'dist');
if (!['source', 'dist'].includes(mode)) fail(`Unknown --mode=${mode}`);

const scannerFile = findScanner();
const scanner = await import(pathToFileURL(scannerFile).href);
const patterns = mode === 'source' ? scanner.SOURCE_FILE_PATTERNS : ['**/*.js', 'package.json'];

console.log(`Scanning ${dir} (${mode}: ${patterns.join(' ')})`);
const result = await scanner.analyzePackage(dir, patterns);
// analyzePackage only returns `details` when there are errors; it also returns
// passed:true with a message when no file matched, which would hide a wrong folder.
if (result.details) console.log(result.details);
if (result.message === 'No files found to analyze') {
	console.error(`❌ No files matched ${patterns.join(' ')} in ${dir}`);
	process.exit(1);
}
if (!result.passed) {
	console.error(`❌ Scanner failed: ${result.message}`);
	process.exit(1);
}
// A passing analyzePackage() hides warnings; lint once more with the same config to show them.
const requireFromScanner = createRequire(scannerFile);
const { ESLint } = await import(pathToFileURL(requireFromScanner.resolve('eslint')).href);
const glob = (await import(pathToFileURL(requireFromScanner.resolve('fast-glob')).href)).default;
const eslint = new ESLint({
	cwd: dir,
	allowInlineConfig: false,
	overrideConfigFile: true,
	overrideConfig: await scanner.buildScanConfig(),
});
const files = glob.sync(patterns, {
	cwd: dir,
	absolute: true,
	ignore: ['node_modules/**', '**/package-lock.json'],
});
const results = await eslint.lintFiles(files);
if (results.some((r) => r.warningCount > 0)) {
	console.log(await (await eslint.loadFormatter('stylish')).format(results));
}
console.log(`✅ Scanner passed (no errors, ${files.length} files)`);
