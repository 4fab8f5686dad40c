#!/usr/bin/env bash
# Browser tests (Playwright) against the single-process platform behind the gateway, in Debian's
# Chromium: installed here when missing, like PostgreSQL (Playwright's own browser downloads are
# not reachable from CI). The console must be built first (`npx nx build console`; the static
# step of the test command does it).
# Usage: bash test/browser/run.sh [playwright test arguments…]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
STATE=.infra/browser
mkdir -p "$STATE"

: "${CHROMIUM_PATH:=/usr/lib/chromium/chromium}"
if [[ ! -x "$CHROMIUM_PATH" ]]; then
  [[ "$(id -u)" == 0 ]] || { echo "browser tests: Chromium is missing: run 'sudo apt-get install -y chromium'"; exit 1; }
  echo "browser tests: installing Chromium from Debian packages (apt-get)"
  { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; } > "$STATE/apt.log" 2>&1 ||
    { echo "browser tests: apt-get could not install chromium (log $STATE/apt.log)"; exit 1; }
fi
[[ -f dist/services/console/index.html ]] || npx nx build console --outputStyle=static
export CHROMIUM_PATH
# Retention periods of zero days for the platform Playwright starts (its webServer inherits this
# environment): the defaults are years, and privacy-erasure.spec.ts erases a demo applicant whose data
# the seed recorded a minute before, which any real period refuses (ERASURE.RETENTION_NOT_ENDED).
export PERSONAL_DATA_RETENTION_DAYS=applicant=0,staff=0,committee-member=0,mentor=0
exec npx playwright test -c test/browser/playwright.config.ts "$@"
