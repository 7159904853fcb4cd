#!/usr/bin/env bash
# Starts the playground on a fresh machine: installs dependencies if needed, then serves it.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
node scripts/copy-pyodide.mjs  # self-hosted CPython (public/pyodide, not committed)
# A production build served locally: the language sandboxes load their workers as built files.
npx vite build --logLevel warn
echo "Wharf is at http://127.0.0.1:${PORT:-4173}/"
exec npx vite preview --host 127.0.0.1 --port "${PORT:-4173}" --strictPort
