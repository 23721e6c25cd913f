// Runs the compiled demo with the environment n8n-core needs (a throwaway user folder).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

process.env.N8N_USER_FOLDER = fs.mkdtempSync(path.join(os.tmpdir(), 'uazapi-demo-'));
process.env.N8N_ENCRYPTION_KEY = 'uazapi-demo';
require(path.join(__dirname, '..', '.tmp', 'demo', 'scripts', 'demo.js'));
