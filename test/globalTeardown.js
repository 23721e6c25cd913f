// Removes the N8N_USER_FOLDER that globalSetup created, so a test run leaves nothing in the temp folder.
const fs = require('node:fs');

module.exports = async () => {
	const folder = process.env.N8N_USER_FOLDER;
	if (folder && /uazapi-n8n-/.test(folder)) fs.rmSync(folder, { recursive: true, force: true });
};
