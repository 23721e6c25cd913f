/** @type {import('eslint').Linter.Config} */
module.exports = {
	root: true,
	env: { browser: false, es6: true, node: true },
	parser: '@typescript-eslint/parser',
	parserOptions: {
		project: ['./tsconfig.json'],
		sourceType: 'module',
		extraFileExtensions: ['.json'],
	},
	ignorePatterns: ['**/node_modules/**', '**/dist/**', '.tmp/**', 'coverage/**'],
	overrides: [
		{
			files: ['package.json'],
			plugins: ['eslint-plugin-n8n-nodes-base'],
			extends: ['plugin:n8n-nodes-base/community'],
			rules: { 'n8n-nodes-base/community-package-json-name-still-default': 'off' },
		},
		{
			files: ['./credentials/**/*.ts'],
			plugins: ['eslint-plugin-n8n-nodes-base'],
			extends: ['plugin:n8n-nodes-base/credentials'],
			rules: {
				// Applies to n8n's own repository (relative doc slugs); community credentials link a full URL.
				'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
			},
		},
		{
			files: ['./nodes/**/*.ts'],
			plugins: ['eslint-plugin-n8n-nodes-base'],
			extends: ['plugin:n8n-nodes-base/nodes'],
			rules: {
				// These two predate NodeConnectionTypes, which n8n-workflow 2.x asks for.
				'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
				'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
			},
		},
		// Tests, doubles and scripts never ship: the n8n-nodes-base rules above are for what n8n loads. These get
		// the usual TypeScript and JavaScript recommendations (syntax-only: `npm run typecheck` checks the types).
		{
			files: ['test/**/*.ts', 'scripts/**/*.ts'],
			parserOptions: { project: null },
			plugins: ['@typescript-eslint'],
			extends: ['eslint:recommended', 'plugin:@typescript-eslint/recommended'],
			rules: {
				// `_name` marks what a signature or destructuring must name but does not use.
				'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
			},
		},
		{
			files: ['*.js', 'test/**/*.js', 'scripts/**/*.js'],
			parser: 'espree',
			env: { es2022: true, node: true },
			parserOptions: { ecmaVersion: 2022, sourceType: 'script', project: null },
			extends: ['eslint:recommended'],
			rules: { 'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }] },
		},
		{
			files: ['scripts/**/*.mjs'],
			parser: 'espree',
			env: { es2022: true, node: true },
			parserOptions: { ecmaVersion: 2022, sourceType: 'module', project: null },
			extends: ['eslint:recommended'],
		},
	],
};
