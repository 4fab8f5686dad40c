#!/usr/bin/env bash
# Runs both evidence-packet verifiers, the JavaScript one (libs/platform/audit-verifier) and the Go one
# (test/audit/go-verifier), on every line of <dir>/expected.tsv (`<packet>\t<accept|reject>\t<keys file or ->`,
# paths relative to <dir>), and prints one line per packet and verifier. Two verifiers that share no code
# must reach the expected verdict; an exit status other than 0 or 1 is a failure whatever was expected.
# With VERIFY_REPORT=<file.json>, the verdicts are also written there as a Jest JSON report, so that
# test/summarize-results.js counts them with the other tests.
# Usage: test/audit/verify-packets.sh <dir>
set -euo pipefail
[[ $# -eq 1 ]] || { echo "usage: test/audit/verify-packets.sh <dir>" >&2; exit 2; }
dir="$(cd "$1" && pwd)"
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

go_verifier=test/audit/go-verifier/run.sh
if [[ ! -f $go_verifier ]]; then
  echo "FAIL: $go_verifier is missing; the packets are checked by both verifiers or not at all" >&2
  exit 1
fi
[[ -f $dir/expected.tsv ]] || { echo "FAIL: no $dir/expected.tsv" >&2; exit 1; }

# Prints the verdict of `verifier` (js or go) on a packet, then the first line it wrote, tab-separated.
verdict_of() {
  local verifier="$1" status output
  shift
  local -a command=(node libs/platform/audit-verifier/bin/yunghap-verify.mjs)
  [[ $verifier == go ]] && command=(bash "$go_verifier")
  status=0
  output="$("${command[@]}" "$@" </dev/null 2>&1)" || status=$?
  case $status in
    0) printf 'accept' ;;
    1) printf 'reject' ;;
    *) printf 'exit-%s' "$status" ;;
  esac
  printf '\t%s\n' "$(head -n 1 <<<"$output")"
}

checked=0
failures=0
verdicts="$(mktemp)"
trap 'rm -f "$verdicts"' EXIT
while IFS=$'\t' read -r file expected keys || [[ -n ${file:-} ]]; do
  [[ -n $file ]] || continue
  args=("$dir/$file")
  [[ $keys == - ]] || args+=(--trusted-keys "$dir/$keys")
  for verifier in js go; do
    IFS=$'\t' read -r verdict message < <(verdict_of "$verifier" "${args[@]}")
    mark=ok
    if [[ $verdict != "$expected" ]]; then
      mark=FAIL
      failures=$((failures + 1))
    fi
    printf '%-4s %-2s %-7s %-32s keys: %-29s %s\n' "$mark" "$verifier" "$verdict" "$file" "$keys" "$message"
    printf '%s\t%s\t%s\t%s\t%s\n' "$mark" "$verifier" "$expected" "$verdict" "$file" >>"$verdicts"
    checked=$((checked + 1))
  done
done <"$dir/expected.tsv"

if [[ -n ${VERIFY_REPORT:-} ]]; then
  mkdir -p "$(dirname "$VERIFY_REPORT")"
  node test/audit/verdict-report.js "$dir" "$verdicts" >"$VERIFY_REPORT"
fi
if ((checked == 0)); then
  echo "FAIL: $dir/expected.tsv lists no packets" >&2
  exit 1
fi
if ((failures > 0)); then
  echo "FAIL: $failures of $checked verdicts differ from expected.tsv" >&2
  exit 1
fi
echo "ok: $checked verdicts as expected ($((checked / 2)) cases, each by both verifiers)"
