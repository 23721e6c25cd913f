#!/usr/bin/env bash
# Install n8n's verification scanner once, outside the repo (it brings ESLint 9; the repo uses ESLint 8).
# scan.mjs finds it through N8N_SCANNER_DIR (same default).
set -euo pipefail
SCANNER_VERSION=0.32.0
DIR="${N8N_SCANNER_DIR:-$HOME/.cache/uazapi-n8n/scanner}"
if [[ -f "$DIR/node_modules/@n8n/scan-community-package/scanner/scanner.mjs" ]]; then
  echo "$DIR"; exit 0
fi
mkdir -p "$DIR"
cd "$DIR"
[[ -f package.json ]] || echo '{ "name": "n8n-scanner-cache", "private": true }' > package.json
# --ignore-scripts: nothing there needs a build; engines say node>=24 but it runs on Node 20 (EBADENGINE warnings only).
npm install "@n8n/scan-community-package@$SCANNER_VERSION" --save-exact --ignore-scripts --no-audit --no-fund >&2
echo "$DIR"
