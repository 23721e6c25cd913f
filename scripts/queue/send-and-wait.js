'use strict';
// ── HOOK: the Send and Wait scenario of queue mode (issue #17) ──
// Send and Wait is being built separately (issue #15) and is not merged yet. Once the node has an operation whose
// value is `sendAndWait`, `npm run test:queue` runs this scenario and fails until it is written:
//   - workflows(): the workflow(s) it needs (imported before n8n starts), e.g. Manual/Webhook → Uazapi Send and Wait
//     → a node after it;
//   - run(ctx): start it (e.g. through the webhook process), check the message at the double, deliver the answer
//     through the webhook process (the resume URL the message carries), then check that the execution went from
//     `waiting` to `success` and that a worker ran it: ctx.cluster.ranBy(executionId) (see cluster.js; a resumed
//     execution is a new job, so the id appears in a worker's log twice).
// ctx = { cluster: { main, webhook, workers, ranBy }, uazapi, step, log } as for the other scenarios (scenarios.js).
const fs = require('node:fs');
const path = require('node:path');

const NAME = 'Send and Wait: the answer, delivered through the webhook process, resumes the execution on a worker';

/** Whether the built node (dist/) has a Send and Wait operation. */
function present(root) {
	const dir = path.join(root, 'dist', 'nodes', 'Uazapi');
	if (!fs.existsSync(dir)) return false;
	const files = fs.readdirSync(dir, { recursive: true }).filter((file) => String(file).endsWith('.js'));
	return files.some((file) => /['"]sendAndWait['"]/.test(fs.readFileSync(path.join(dir, String(file)), 'utf8')));
}

function workflows() {
	return [];
}

async function run() {
	throw new Error('the node has a Send and Wait operation, but its queue-mode scenario is not written: see scripts/queue/send-and-wait.js');
}

module.exports = { NAME, present, workflows, run };
