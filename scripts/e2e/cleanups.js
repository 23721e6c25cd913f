'use strict';
// A stack of things to undo (stop servers, remove folders), run in reverse order on success, failure or a signal.
//
//   const cleanups = require('./cleanups');
//   cleanups.push(() => server.stop());
//   await cleanups.run();                 // also on SIGINT / SIGTERM (then exits 1)

const stack = [];

function push(...fns) {
	stack.push(...fns);
}

async function run() {
	while (stack.length) {
		try {
			await stack.pop()();
		} catch (error) {
			console.error(`cleanup: ${error.message}`);
		}
	}
}

for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => {
		console.error(`\n${signal}: stopping`);
		void run().finally(() => process.exit(1));
	});
}

module.exports = { push, run };
