const path = require('path');
const { task, src, dest } = require('gulp');

// n8n reads node and credential icons from dist, next to the compiled files that reference them.
task('build:icons', () => src(path.resolve('icons', '*.svg')).pipe(dest(path.resolve('dist', 'icons'))));

// The editor's output schemas: n8n serves __schema__/ next to the node file. Copied as written
// (minified); tsc would reformat them, so tsconfig.json leaves them out.
task('build:schemas', () =>
	src('nodes/**/__schema__/**/*.json', { base: 'nodes' }).pipe(dest(path.resolve('dist', 'nodes'))),
);
