const path = require('path');
const { task, src, dest } = require('gulp');

// n8n reads node and credential icons from dist, next to the compiled files that reference them.
task('build:icons', () => src(path.resolve('icons', '*.svg')).pipe(dest(path.resolve('dist', 'icons'))));
