#!/usr/bin/env bash
# `npm run scan`: n8n's community-package verification scanner, both legs, as n8n runs them before it
# verifies a package (see scan.mjs): the source tree (SOURCE_FILE_PATTERNS) and the packed tarball.
# Needs the build (dist/) for the tarball; the npm script builds first. Exits non-zero on any error.
set -euo pipefail
cd "$(dirname "$0")/../.."

N8N_SCANNER_DIR="$(bash scripts/scan/install-scanner.sh | tail -n1)"
export N8N_SCANNER_DIR

echo "== scanner, source leg"
node scripts/scan/scan.mjs . --mode=source

echo "== scanner, dist leg (npm pack)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
npm pack --ignore-scripts --pack-destination "$tmp" >/dev/null 2>&1
tar -xzf "$tmp"/*.tgz -C "$tmp"
node scripts/scan/scan.mjs "$tmp/package" --mode=dist
