// The jest environment of every test file: Node's, plus one copy of n8n per worker process.
//
// jest gives each test file its own module registry, so every file that runs the engine would load n8n-core,
// n8n-workflow and their ~1,500 modules again (about 2 s of CPU per file, most of the suite's time). Here they
// are loaded once per worker with Node's own `require` and handed to test files through the shims in
// ./shared (jest.config.js `moduleNameMapper`). That is how n8n runs too: one n8n-core, one n8n-workflow, and
// the package's dist loaded by PackageDirectoryLoader with Node's `require`, so `instanceof` checks on
// n8n-workflow's errors hold between the engine, the package and the tests.
const { TestEnvironment } = require('jest-environment-node');

class SharedN8nEnvironment extends TestEnvironment {
	constructor(config, context) {
		super(config, context);
		this.global.__sharedN8n = (name) => require(name);
	}
}

module.exports = SharedN8nEnvironment;
