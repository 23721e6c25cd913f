'use strict';
// Summarises a V8 .cpuprofile: the functions with the most self time, and the inclusive time of the
// functions named on the command line (time spent in them and everything they called).
//   node scripts/bench/cpuprofile-summary.js <file.cpuprofile> [functionName ...]
const fs = require('node:fs');

const [file, ...names] = process.argv.slice(2);
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const selfMs = new Map();
profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
const label = (n) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/.*node_modules\//, '')}:${n.callFrame.lineNumber + 1}`;

const self = new Map();
for (const [id, ms] of selfMs) {
	const key = label(byId.get(id));
	self.set(key, (self.get(key) ?? 0) + ms);
}
const total = [...selfMs.values()].reduce((a, b) => a + b, 0);
console.log(`total sampled: ${total.toFixed(0)} ms\nself time, top 25:`);
for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${key}`);

for (const name of names) {
	let inclusive = 0;
	for (const [id, ms] of selfMs) {
		for (let at = id; at !== undefined; at = parent.get(at)) {
			if (byId.get(at).callFrame.functionName === name) {
				inclusive += ms;
				break;
			}
		}
	}
	console.log(`inclusive ${name}: ${inclusive.toFixed(0)} ms`);
}
