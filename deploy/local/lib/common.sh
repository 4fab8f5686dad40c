#!/usr/bin/env bash
# Shared helpers for the engine scripts in deploy/local/<engine>/<engine>.sh.
# Sourced, never executed. Every engine keeps its data, logs and pid file under
# "$INFRA_DIR/<engine>/" so that one `rm -rf .infra` resets the whole local platform.

set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
INFRA_DIR="${INFRA_DIR:-$REPO_ROOT/.infra}"
# Engines must come up (or give up) well inside the two minutes the README promises.
INFRA_WAIT_SECONDS="${INFRA_WAIT_SECONDS:-90}"

log() { printf '[infra:%s] %s\n' "$1" "$2" >&2; }

# fail ENGINE LOGFILE FIX — stop with one line naming the cause and the fix, then the log's tail.
fail() {
  local engine="$1" logfile="$2" fix="$3"
  printf '\n[infra:%s] FAILED: %s (log: %s)\n' "$engine" "$fix" "$logfile" >&2
  if [[ -f "$logfile" ]]; then
    printf '[infra:%s] Last lines of the log:\n' "$engine" >&2
    tail -n 20 "$logfile" >&2 || true
  fi
  exit 1
}

# tcp_open HOST PORT — true when something accepts connections there.
tcp_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

# wait_until SECONDS CMD... — polls CMD every half second.
wait_until() {
  local deadline=$((SECONDS + $1)); shift
  until "$@"; do
    ((SECONDS < deadline)) || return 1
    sleep 0.5
  done
}

# pid_alive PIDFILE — true when the pid recorded there is a running process.
pid_alive() { [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

# proc_running PID — like kill -0, but a zombie (killed, not yet reaped) counts as gone.
proc_running() {
  kill -0 "$1" 2>/dev/null || return 1
  local stat=""
  [[ -r "/proc/$1/stat" ]] && stat="$(<"/proc/$1/stat")"
  [[ "${stat##*) }" != Z* ]]
}

# stop_pid ENGINE PIDFILE — TERM, wait up to 30 s, then KILL; removes the pid file.
stop_pid() {
  local engine="$1" pidfile="$2" pid
  if ! pid_alive "$pidfile"; then rm -f "$pidfile"; log "$engine" "not running"; return 0; fi
  pid="$(cat "$pidfile")"
  kill -TERM "$pid" 2>/dev/null || true
  if ! wait_until 30 bash -c "! kill -0 $pid 2>/dev/null"; then
    log "$engine" "did not stop after 30 s, killing pid $pid"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
  log "$engine" "stopped"
}
