#!/usr/bin/env bash
# The README's test command: lint, build, typecheck, unit (vitest) and e2e (Playwright on Debian
# Chromium), then one plain "N passed, N failed" line summed from the runners' JSON reports.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
mkdir -p .reports
rm -f .reports/vitest.json .reports/playwright.json

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing Debian chromium for the e2e tests…"
    (apt-get update && apt-get install -y chromium) >/dev/null || { echo "could not install chromium"; exit 1; }
  else
    echo "e2e needs /usr/bin/chromium: run 'sudo apt-get install -y chromium'"; exit 1
  fi
fi

status=0
step() { echo; echo "== $*"; "$@" || status=1; }

step npm run --silent geo
step npx eslint .
step npx next build
step npx tsc --noEmit
step npx vitest run --reporter=default --reporter=json --outputFile.json=.reports/vitest.json
step npx playwright test

node scripts/summarise-tests.mjs .reports/vitest.json .reports/playwright.json || status=1
exit $status
