/** @type {import('jest').Config} */
module.exports = {
	// n8n is loaded once per worker, not once per test file (see test/engine/environment.js).
	testEnvironment: '<rootDir>/test/engine/environment.js',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	globalSetup: '<rootDir>/test/globalSetup.js',
	globalTeardown: '<rootDir>/test/globalTeardown.js',
	// The built package, n8n-core and the tests share one n8n-workflow, or instanceof checks on errors fail.
	moduleNameMapper: {
		'^n8n-core$': '<rootDir>/test/engine/shared/n8n-core.js',
		'^n8n-core/dist/execution-engine/ssh-clients-manager$': '<rootDir>/test/engine/shared/ssh-clients-manager.js',
		'^n8n-workflow$': '<rootDir>/test/engine/shared/n8n-workflow.js',
		'^@n8n/di$': '<rootDir>/test/engine/shared/di.js',
	},
	// Transpile only: `npm run typecheck` (part of `npm run lint`) type-checks sources, tests and scripts once.
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'test/tsconfig.json', isolatedModules: true }] },
	maxWorkers: 2,
	testTimeout: 30000,
};
