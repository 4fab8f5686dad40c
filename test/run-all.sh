#!/usr/bin/env bash
# The whole test suite, exactly as CI runs it (`npm test`): starts the engines it needs,
# then lint, typecheck, unit tests and builds, then the tiers that need the engines.
# Engines it started are stopped at the end; engines that were already up are left up.
#
# No step can hang the run: each has a time limit (seconds, or with an s/m/h suffix), after which
# its whole process tree is stopped (SIGTERM, then SIGKILL after TEST_LIMIT_GRACE) and the step
# counts as failed, named with its limit. The limits fit a busy two-core machine with cold caches.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

: "${TEST_LIMIT_STATIC:=20m}"  # lint, typecheck, unit tests, build
: "${TEST_LIMIT_ENGINES:=20m}" # engines up, counted from the start (a cold start builds them)
: "${TEST_LIMIT_INT:=15m}"     # integration tests
: "${TEST_LIMIT_E2E:=20m}"     # end-to-end tests
: "${TEST_LIMIT_FUZZ:=15m}"    # API fuzzing (schemathesis) against the single-process platform
: "${TEST_LIMIT_BROWSER:=15m}" # browser journeys (Playwright in Debian's Chromium) through the gateway
: "${TEST_LIMIT_CHAOS:=15m}"   # fault injection on the distributed mode (stops and freezes the engines)
: "${TEST_LIMIT_GRACE:=30s}"   # from SIGTERM to SIGKILL when a limit is reached

failures=()

seconds_of() {
  [[ $1 =~ ^([0-9]+)([smh]?)$ ]] || return 1
  case "${BASH_REMATCH[2]}" in
    m) echo $((BASH_REMATCH[1] * 60)) ;;
    h) echo $((BASH_REMATCH[1] * 3600)) ;;
    *) echo "${BASH_REMATCH[1]}" ;;
  esac
}

# The processes of a step: its process group (it leads one, see start_step) and every descendant.
# Descendants are needed because nx starts each task command detached, in a session of its own.
tree_of() {
  ps -e -o pid=,ppid=,pgid= | awk -v root="$1" -v self="$$" '
    { parent[$1] = $2; group[$1] = $3 }
    END {
      tree[root] = 1
      do {
        grown = 0
        for (pid in parent) if (!(pid in tree) && pid != self && (parent[pid] in tree || group[pid] == root)) { tree[pid] = 1; grown = 1 }
      } while (grown)
      for (pid in tree) if (pid in parent) print pid
    }'
}

# Stops a step's whole tree: the list is taken first, while parents still link their children.
kill_tree() {
  local root="$1" grace pids alive
  grace="$(seconds_of "$TEST_LIMIT_GRACE")" || grace=30
  mapfile -t pids < <(tree_of "$root")
  ((${#pids[@]})) || return 0
  ps -o pid=,args= -p "$(IFS=,; echo "${pids[*]}")" | cut -c1-200 | sed 's/^/  stopping /'
  kill -TERM "${pids[@]}" 2>/dev/null
  for ((waited = 0; waited < grace; waited++)); do
    # A zombie is done: it only waits for its new parent to collect it.
    mapfile -t alive < <(ps -o pid=,stat= -p "$(IFS=,; echo "${pids[*]}")" | awk '$2 !~ /^Z/ { print $1 }')
    ((${#alive[@]})) || return 0
    sleep 1
  done
  printf '  still running after %s, killing: %s\n' "$TEST_LIMIT_GRACE" "${alive[*]}"
  mapfile -t pids < <(tree_of "$root")
  kill -KILL "${alive[@]}" "${pids[@]}" 2>/dev/null
  return 0
}

# start_step NAME LIMIT_VARIABLE COMMAND... — runs COMMAND in the background as the leader of a
# new session and process group; finish_step NAME waits for it within the limit.
declare -A step_pid step_deadline step_limit
start_step() {
  local name="$1" limit_var="$2" seconds; shift 2
  seconds="$(seconds_of "${!limit_var}")" || {
    echo "run-all: $limit_var=${!limit_var} is not a duration (e.g. 900, 15m, 1h)" >&2
    exit 2
  }
  setsid "$@" &
  step_pid[$name]=$!
  step_deadline[$name]=$((SECONDS + seconds))
  step_limit[$name]="${!limit_var} ($limit_var)"
}

finish_step() {
  local name="$1" pid="${step_pid[$1]}" code
  while kill -0 "$pid" 2>/dev/null; do
    if ((SECONDS >= step_deadline[$name])); then
      printf '\n==== TIME LIMIT: "%s" still running after %s; stopping it ====\n' "$name" "${step_limit[$name]}"
      kill_tree "$pid"
      wait "$pid" 2>/dev/null
      failures+=("$name (killed at its time limit of ${step_limit[$name]})")
      return 124
    fi
    sleep 1
  done
  wait "$pid"
  code=$?
  # What a step left behind in its session would outlive it: report and stop it. Not for the
  # engines, which are meant to outlive their step (each starts in a session of its own anyway).
  if [[ "$name" != engines && -n "$(ps -o pid= -s "$pid" 2>/dev/null)" ]]; then
    printf '==== "%s" left processes behind; stopping them ====\n' "$name"
    kill_tree "$pid"
  fi
  ((code == 0)) || failures+=("$name")
  return "$code"
}

step() {
  local name="$1" limit_var="$2"; shift 2
  printf '\n==== %s (time limit %s) ====\n' "$name" "${!limit_var}"
  start_step "$name" "$limit_var" "$@"
  finish_step "$name"
}

# A step runs in its own session, out of reach of the terminal's Ctrl-C: pass it on.
stop_running_steps() {
  local name
  for name in "${!step_pid[@]}"; do kill -0 "${step_pid[$name]}" 2>/dev/null && kill_tree "${step_pid[$name]}"; done
}

main() {
  export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false NX_SKIP_NX_CACHE="${NX_SKIP_NX_CACHE:-false}"
  local NX=(npx nx run-many --parallel=2 --outputStyle=static)
  mkdir -p .infra
  rm -rf dist/test-results dist/evidence-e2e

  started_engines=()
  local engine
  for engine in postgres kafka ferretdb seaweedfs; do
    bash deploy/local/infra.sh status "$engine" >/dev/null 2>&1 || started_engines+=("$engine")
  done
  stop_started_engines() {
    ((${#started_engines[@]})) && bash deploy/local/infra.sh down "${started_engines[@]}" >/dev/null 2>&1
    return 0
  }
  trap stop_started_engines EXIT
  trap 'stop_running_steps; exit 130' INT
  trap 'stop_running_steps; exit 143' TERM

  # The engines come up in the background: a cold start downloads and builds for minutes,
  # which the static checks and unit tests can use.
  local infra_log=.infra/infra-up.log
  start_step "engines" TEST_LIMIT_ENGINES bash -c 'bash deploy/local/infra.sh up >"$0" 2>&1' "$infra_log"

  step "lint, typecheck, unit tests, build" TEST_LIMIT_STATIC "${NX[@]}" -t lint typecheck test build
  # Needs no engine: the platform runs in one process, so it overlaps a cold engine start too.
  step "API fuzzing (schemathesis: every service, every role)" TEST_LIMIT_FUZZ bash test/schemathesis/run.sh
  # The console's API types are generated from the services' documents: a changed endpoint must
  # be regenerated (npx nx run console:generate-api) and break the console's typecheck, not its users.
  step "console API types match the services' OpenAPI documents" TEST_LIMIT_BROWSER npx nx run console:generate-api --args=--check --outputStyle=static
  step "browser tests (Playwright: sign-in, journeys, accessibility)" TEST_LIMIT_BROWSER bash test/browser/run.sh

  printf '\n==== engines (time limit %s) ====\n' "$TEST_LIMIT_ENGINES"
  if finish_step "engines"; then
    cat "$infra_log"
    step "integration tests (real engines)" TEST_LIMIT_INT "${NX[@]}" --parallel=1 -t test-int
    step "end-to-end tests (real engines)" TEST_LIMIT_E2E "${NX[@]}" --parallel=1 -t e2e
    # Both evidence verifiers on the fixture packets and on the ones the end-to-end tests wrote.
    step "evidence packets (JavaScript and Go verifiers)" TEST_LIMIT_E2E bash test/audit/run.sh
    # Last: it stops, restarts and freezes the engines the other tiers share (and brings them back).
    step "chaos tests (distributed mode under faults)" TEST_LIMIT_CHAOS "${NX[@]}" --parallel=1 -t chaos
  else
    cat "$infra_log"
  fi

  printf '\n==== summary ====\n'
  ((${#failures[@]})) && printf 'FAILED step: %s\n' "${failures[@]}"
  # The summarizer prints the closing "Tests: N passed, N failed, N skipped" line last.
  node test/summarize-results.js dist/test-results || exit 1
  ((${#failures[@]} == 0))
}

# Sourced (e.g. to try a limit on one command), it only defines the functions above.
[[ "${BASH_SOURCE[0]}" == "$0" ]] && main "$@"
