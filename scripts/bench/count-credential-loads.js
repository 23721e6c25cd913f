// Preload for `n8n execute` (BENCH_NODE_ARGS="-r scripts/bench/count-credential-loads.js", N8N_DIST=<n8n>/dist):
// counts CredentialsHelper.getDecrypted calls and their summed duration, printed to stderr at exit.
const { CredentialsHelper } = require(process.env.N8N_DIST + '/credentials-helper.js');
const stats = { calls: 0, ms: 0 };
const orig = CredentialsHelper.prototype.getDecrypted;
CredentialsHelper.prototype.getDecrypted = async function (...args) {
  const t = performance.now(); stats.calls++;
  try { return await orig.apply(this, args); } finally { stats.ms += performance.now() - t; }
};
process.on('exit', () => process.stderr.write(`\nGETDECRYPTED ${JSON.stringify(stats)}\n`));
