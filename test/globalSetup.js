// n8n-core writes an instance config (encryption key) into N8N_USER_FOLDER on first use.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

module.exports = async () => {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'uazapi-n8n-'));
	process.env.N8N_USER_FOLDER = folder;
	process.env.N8N_ENCRYPTION_KEY = 'uazapi-node-tests';
	process.env.N8N_DIAGNOSTICS_ENABLED = 'false';
};
