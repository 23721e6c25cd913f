'use strict';
const path = require('node:path');

const root = path.join(__dirname, '..', '..');

module.exports = {
	root,
	/** The test doubles compiled by `tsc -p scripts/e2e/tsconfig.json` (test/doubles → .tmp/e2e/test/doubles). */
	doubles: path.join(root, '.tmp', 'e2e', 'test', 'doubles'),
	/** The node type of the Uazapi node once the package is installed in n8n. */
	NODE_TYPE: 'n8n-nodes-n8ntools-uazapi.n8nToolsUazapi',
	TRIGGER_TYPE: 'n8n-nodes-n8ntools-uazapi.n8nToolsUazapiTrigger',
	SEND_AND_WAIT_TYPE: 'n8n-nodes-n8ntools-uazapi.n8nToolsUazapiSendAndWait',
};
