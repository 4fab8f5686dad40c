#!/usr/bin/env bash
# API fuzzing with schemathesis against every service's own OpenAPI document, once per role.
# Starts the whole platform in one process (in-memory events, demo data) on ports of its own,
# runs every check, and exits non-zero on any server error or schema violation.
# Usage: bash test/schemathesis/run.sh   (SCHEMATHESIS_MAX_EXAMPLES to change the example count)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
HERE=test/schemathesis
STATE=.infra/schemathesis
VENV="$STATE/venv"
REPORTS=dist/test-results/schemathesis
mkdir -p "$STATE" "$REPORTS"

# The fuzzer lives in a virtual environment of this checkout, rebuilt when the pin changes.
if ! cmp -s "$HERE/requirements.txt" "$VENV/requirements.txt" 2>/dev/null; then
  rm -rf "$VENV"
  if ! python3 -m venv "$VENV" 2>/dev/null; then
    # Debian's system Python keeps venv in a package of its own.
    [[ "$(id -u)" == 0 ]] || { echo "schemathesis: python3 cannot make a virtual environment: apt-get install python3-venv"; exit 1; }
    { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-venv; } > "$STATE/apt.log" 2>&1 ||
      { echo "schemathesis: apt-get could not install python3-venv (log $STATE/apt.log)"; exit 1; }
    rm -rf "$VENV"
    python3 -m venv "$VENV"
  fi
  "$VENV/bin/pip" install --quiet --disable-pip-version-check -r "$HERE/requirements.txt"
  cp "$HERE/requirements.txt" "$VENV/requirements.txt"
fi

declare -A PORTS=([applications]=4301 [evaluation]=4302 [grants]=4303 [mentoring]=4304 [centers]=4305)
platform_log="$STATE/platform.log"
env YUNGHAP_DATA_DIR="$(mktemp -d)" LOG_LEVEL=warn \
  APPLICATIONS_PORT=${PORTS[applications]} EVALUATION_PORT=${PORTS[evaluation]} GRANTS_PORT=${PORTS[grants]} \
  MENTORING_PORT=${PORTS[mentoring]} CENTERS_PORT=${PORTS[centers]} \
  SWC_NODE_PROJECT=tsconfig.base.json setsid node -r @swc-node/register deploy/single-process/start.ts --demo > "$platform_log" 2>&1 &
platform_pid=$!
trap 'kill -- -$platform_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  grep -q '융합 콘솔:' "$platform_log" && break
  kill -0 "$platform_pid" 2>/dev/null || { echo "schemathesis: the platform did not start (log $platform_log):"; tail -n 30 "$platform_log"; exit 1; }
  sleep 0.5
done
grep -q '융합 콘솔:' "$platform_log" || { echo "schemathesis: the platform did not start within 120 s (log $platform_log)"; exit 1; }

token() { SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register deploy/local/dev-token.ts "$@"; }
declare -A TOKENS=(
  [program-manager]="$(token --role program-manager --user pm-fuzz)"
  [center-staff]="$(token --role center-staff --center jungbu --user staff-fuzz)"
  [committee-member]="$(token --role committee-member --committee demo-2026-it-convergence.jungbu --user member-1)"
  [finance]="$(token --role finance --user finance-fuzz)"
  [auditor]="$(token --role auditor --user auditor-fuzz)"
  [applicant]="$(token --role applicant --firm 3148123478 --user applicant-fuzz)"
)

failed=()
passed=0
for service in centers applications evaluation grants mentoring; do
  for role in program-manager center-staff committee-member finance auditor applicant; do
    # The role that can do most gets every phase and the full example count; the others mostly
    # meet 403s, where the exhaustive coverage phase would add minutes and find nothing new.
    examples="${SCHEMATHESIS_MAX_EXAMPLES:-25}" phases=examples,coverage,fuzzing,stateful
    [[ "$role" == program-manager ]] || { examples=5; phases=examples,fuzzing,stateful; }
    # Each run's own report goes to a file: its banner lines ("=== 1 warning in 2.7s ===") read like
    # a pytest run that executed nothing, and CI takes the last runner summary it sees as the verdict.
    log="$REPORTS/$service-$role.log"
    if (cd "$HERE" && YUNGHAP_FUZZ_TOKEN="${TOKENS[$role]}" PYTHONPATH=. "../../$VENV/bin/st" --config-file schemathesis.toml run \
        "http://127.0.0.1:${PORTS[$service]}/api/docs-json" \
        --checks all --max-examples "$examples" --phases "$phases" --no-color \
        --report junit --report-junit-path "../../$REPORTS/$service-$role.xml") > "$log" 2>&1; then
      passed=$((passed + 1))
      cases="$(grep -m1 -oE '[0-9]+ generated' "$log" || echo '? generated')"
      printf 'schemathesis %-12s as %-16s clean: %s cases (%s examples per operation; %s)\n' \
        "$service" "$role" "${cases% generated}" "$examples" "$phases"
    else
      failed+=("$service as $role")
      printf 'schemathesis %s as %s FAILED (report %s):\n' "$service" "$role" "$log"
      sed -e 's/^=\+ \(.*\) =\+$/-- \1 --/' "$log"
    fi
  done
done

printf '\nschemathesis: %d runs clean' "$passed"
if ((${#failed[@]})); then printf '; failures in: %s\n' "$(IFS=,; echo "${failed[*]}")"; exit 1; fi
printf '\n'
