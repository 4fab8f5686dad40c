#!/usr/bin/env bash
# The whole test suite, exactly as CI runs it (`npm test`): starts the engines it needs,
# then lint, typecheck, unit tests and builds, then the tiers that need the engines.
# Engines it started are stopped at the end; engines that were already up are left up.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false NX_SKIP_NX_CACHE="${NX_SKIP_NX_CACHE:-false}"
NX=(npx nx run-many --parallel=2 --outputStyle=static)
mkdir -p .infra
rm -rf dist/test-results

started_engines=()
for engine in postgres kafka ferretdb; do
  bash deploy/local/infra.sh status "$engine" >/dev/null 2>&1 || started_engines+=("$engine")
done
stop_started_engines() {
  ((${#started_engines[@]})) && bash deploy/local/infra.sh down "${started_engines[@]}" >/dev/null 2>&1
  return 0
}
trap stop_started_engines EXIT

# The engines come up in the background: a cold start downloads and builds for minutes,
# which the static checks and unit tests can use.
infra_log=.infra/infra-up.log
bash deploy/local/infra.sh up > "$infra_log" 2>&1 &
infra_pid=$!

failures=()
step() {
  local name="$1"; shift
  printf '\n==== %s ====\n' "$name"
  "$@" || failures+=("$name")
}

step "lint, typecheck, unit tests, build" "${NX[@]}" -t lint typecheck test build

printf '\n==== engines ====\n'
if wait "$infra_pid"; then
  cat "$infra_log"
  step "integration tests (real engines)" "${NX[@]}" --parallel=1 -t test-int
  step "end-to-end tests (real engines)" "${NX[@]}" --parallel=1 -t e2e
else
  cat "$infra_log"
  failures+=("engines")
fi

printf '\n==== summary ====\n'
((${#failures[@]})) && printf 'FAILED steps: %s\n' "${failures[*]}"
# The summarizer prints the closing "Tests: N passed, N failed, N skipped" line last.
node test/summarize-results.js dist/test-results || exit 1
((${#failures[@]} == 0))
