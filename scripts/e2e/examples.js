'use strict';
// The example workflows of examples/*.json: imported by `npm start`, and run by `npm run test:e2e`
// so they keep working as the node changes. They use these two credentials (by id).
const fs = require('node:fs');
const path = require('node:path');

const { root } = require('./paths');

const EXAMPLE_CREDENTIALS = {
	direct: { id: 'uazapiSimDirect', name: 'Uazapi simulator (direct)' },
	proxy: { id: 'uazapiSimProxy', name: 'Uazapi simulator (through the proxy)' },
};

/** [{ file, workflow }] for every examples/*.json, sorted by file name. */
function readExamples() {
	const dir = path.join(root, 'examples');
	return fs
		.readdirSync(dir)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => ({ file, workflow: JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) }));
}

module.exports = { EXAMPLE_CREDENTIALS, readExamples };
