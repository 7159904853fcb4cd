#!/usr/bin/env bash
# Starts the playground on a fresh machine: installs dependencies if needed, then serves it.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
exec npx vite --host 127.0.0.1 --port "${PORT:-5173}"
