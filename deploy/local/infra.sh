#!/usr/bin/env bash
# Starts, stops or reports the local engines the distributed mode and the tests need.
# Usage: infra.sh up|down|status [postgres] [kafka] [ferretdb] [seaweedfs]   (default: all four)
# Engines come up in parallel: a cold start is dominated by the Go builds (SeaweedFS: minutes) and Maven's downloads.
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ALL_ENGINES=(postgres kafka ferretdb seaweedfs)
action="${1:-}"; shift || true
engines=("$@"); ((${#engines[@]})) || engines=("${ALL_ENGINES[@]}")

for engine in "${engines[@]}"; do
  [[ -f "$HERE/$engine/$engine.sh" ]] || { echo "infra: unknown engine '$engine' (known: ${ALL_ENGINES[*]})" >&2; exit 2; }
done

case "$action" in
  up)
    declare -A pids
    for engine in "${engines[@]}"; do
      bash "$HERE/$engine/$engine.sh" up & pids[$engine]=$!
    done
    failed=()
    for engine in "${engines[@]}"; do
      wait "${pids[$engine]}" || failed+=("$engine")
    done
    if ((${#failed[@]})); then
      echo "infra: FAILED to start: ${failed[*]} (see the messages above)" >&2
      exit 1
    fi
    echo "infra: up (${engines[*]})"
    ;;
  down)
    for engine in "${engines[@]}"; do bash "$HERE/$engine/$engine.sh" down; done
    ;;
  status)
    code=0
    for engine in "${engines[@]}"; do bash "$HERE/$engine/$engine.sh" status || code=3; done
    exit "$code"
    ;;
  *)
    echo "usage: $0 up|down|status [${ALL_ENGINES[*]}]" >&2; exit 2 ;;
esac
