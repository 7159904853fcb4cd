#!/usr/bin/env bash
# The whole test suite on a fresh machine: dependencies, Debian's Chromium, then lint, typecheck,
# unit + property + transcript tests, the production build, and the Playwright journeys.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium for the end-to-end tests…"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

node scripts/copy-pyodide.mjs  # self-hosted CPython (public/pyodide, not committed)
mkdir -p test-reports
npm run -s lint
npm run -s typecheck
npx vitest run --reporter=default --reporter=json --outputFile.json=test-reports/vitest.json
npx vite build --logLevel warn
PLAYWRIGHT_JSON_OUTPUT_NAME=test-reports/playwright.json npx playwright test --reporter=list,json
node scripts/summary.mjs test-reports/vitest.json test-reports/playwright.json
