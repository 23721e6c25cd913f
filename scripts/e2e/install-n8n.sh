#!/usr/bin/env bash
# Install n8n 2.8.4 once into a cache folder outside the repo and reuse it.
# Prints the cache dir on the last line of stdout (n8n binary: <dir>/node_modules/.bin/n8n).
set -euo pipefail

N8N_VERSION=2.8.4
CACHE_DIR="${N8N_CACHE_DIR:-$HOME/.cache/uazapi-n8n/$N8N_VERSION}"
BIN="$CACHE_DIR/node_modules/.bin/n8n"

if [[ -x "$BIN" ]]; then
  echo "n8n $N8N_VERSION already installed in $CACHE_DIR" >&2
  echo "$CACHE_DIR"
  exit 0
fi

mkdir -p "$CACHE_DIR"
cd "$CACHE_DIR"

# n8n-nodes-base points xlsx at a CDN tarball that is unreachable here: pin the registry version.
cat > package.json <<JSON
{
  "name": "uazapi-n8n-cache",
  "private": true,
  "overrides": { "xlsx": "0.18.5" }
}
JSON
# The repo's .npmrc has ignore-scripts=true, and `npm run` exports it as npm_config_ignore_scripts.
# sqlite3 must build here, so force scripts on (own .npmrc + env + flag).
printf 'ignore-scripts=false\n' > .npmrc
unset npm_config_ignore_scripts NPM_CONFIG_IGNORE_SCRIPTS || true

echo "Installing n8n@$N8N_VERSION into $CACHE_DIR (5-6 minutes)..." >&2
start=$SECONDS
npm install "n8n@$N8N_VERSION" --save-exact --ignore-scripts=false --no-audit --no-fund >&2

# Fail loudly if the install is unusable.
[[ -x "$BIN" ]] || { echo "ERROR: $BIN missing after install" >&2; exit 1; }
node -e "require('$CACHE_DIR/node_modules/sqlite3')" \
  || { echo "ERROR: sqlite3 native module did not build" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
got="$(N8N_USER_FOLDER="$tmp" N8N_ENCRYPTION_KEY=install-check N8N_DIAGNOSTICS_ENABLED=false \
  N8N_VERSION_NOTIFICATIONS_ENABLED=false "$BIN" --version | tail -n1)"
[[ "$got" == *"$N8N_VERSION"* ]] || { echo "ERROR: n8n --version printed '$got'" >&2; exit 1; }
echo "n8n $got installed in $((SECONDS - start)) s" >&2
echo "$CACHE_DIR"
