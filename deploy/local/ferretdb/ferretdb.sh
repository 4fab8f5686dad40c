#!/usr/bin/env bash
# ferretdb.sh {up|down|status} — local MongoDB-compatible server (FerretDB 1.24 on SQLite).
#
# Builds our own small runner (main.go in this folder) with the local Go toolchain,
# then runs it in the background on 127.0.0.1:$FERRETDB_PORT (default 27017).
# Everything it writes lives under "$INFRA_DIR/ferretdb/":
#   bin/ferretdb   the binary (rebuilt only when a *.go file, go.mod, go.sum or patches/*.patch is newer)
#   build/         FerretDB's module source with patches/*.patch applied, and the go.mod that uses it
#   data/          SQLite files, one per MongoDB database
#   ferretdb.log   server output (appended), build.log  last Go build output
#   ferretdb.pid   pid of the running server
# status exits 0 when running, 3 when stopped, 1 when the process is alive but
# not accepting connections.

# shellcheck source=../lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

ENGINE=ferretdb
SRC_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
FERRETDB_HOST=127.0.0.1
FERRETDB_PORT="${FERRETDB_PORT:-27017}"
STATE_DIR="$INFRA_DIR/ferretdb"
BIN="$STATE_DIR/bin/ferretdb"
DATA_DIR="$STATE_DIR/data"
LOG_FILE="$STATE_DIR/ferretdb.log"
BUILD_LOG="$STATE_DIR/build.log"
BUILD_DIR="$STATE_DIR/build"
FERRETDB_MODULE=github.com/FerretDB/FerretDB
PID_FILE="$STATE_DIR/ferretdb.pid"

# Never let Go try to fetch another toolchain (only the module proxy is reachable),
# and keep a go.work or GOFLAGS from elsewhere in the repo out of this build.
export GOTOOLCHAIN=local GOWORK=off GOFLAGS=-mod=readonly

port_open() { tcp_open "$FERRETDB_HOST" "$FERRETDB_PORT"; }

# server_alive — pid_alive from common.sh, minus zombies.
server_alive() { pid_alive "$PID_FILE" && proc_running "$(cat "$PID_FILE")"; }

# started_or_dead PID — stop waiting once the port answers or the process has exited.
started_or_dead() { port_open || ! proc_running "$1"; }

needs_build() {
  [[ -x "$BIN" ]] || return 0
  local f
  for f in "$SRC_DIR"/*.go "$SRC_DIR/go.mod" "$SRC_DIR/go.sum" "$SRC_DIR"/patches/*.patch; do
    [[ "$f" -nt "$BIN" ]] && return 0
  done
  return 1
}

# patched_module — FerretDB's source as go.sum pins it, copied to $BUILD_DIR with our patches
# applied (see README.md, "Patches"), and a go.mod beside it that builds main.go against the copy.
patched_module() {
  local module_dir patch
  (cd "$SRC_DIR" && go mod download "$FERRETDB_MODULE") || return 1
  module_dir="$(cd "$SRC_DIR" && go list -m -f '{{.Dir}}' "$FERRETDB_MODULE")" || return 1
  rm -rf "$BUILD_DIR" && mkdir -p "$BUILD_DIR" || return 1
  cp -R "$module_dir" "$BUILD_DIR/ferretdb" && chmod -R u+w "$BUILD_DIR/ferretdb" || return 1
  for patch in "$SRC_DIR"/patches/*.patch; do
    echo "applying $(basename "$patch")"
    patch --batch --forward --strip=1 --directory="$BUILD_DIR/ferretdb" <"$patch" || return 1
  done
  cp "$SRC_DIR/go.mod" "$SRC_DIR/go.sum" "$BUILD_DIR/" || return 1
  printf '\nreplace %s => %s\n' "$FERRETDB_MODULE" "$BUILD_DIR/ferretdb" >>"$BUILD_DIR/go.mod"
}

build() {
  if ! command -v go >/dev/null 2>&1; then
    fail "$ENGINE" "$BUILD_LOG" "Go is not on PATH: install Go >= 1.24 (https://go.dev/dl or your package manager), then re-run '$0 up'"
  fi
  if ! command -v patch >/dev/null 2>&1; then
    fail "$ENGINE" "$BUILD_LOG" "patch is not on PATH: install it (apt-get install patch), then re-run '$0 up'"
  fi
  mkdir -p "$(dirname "$BIN")"
  log "$ENGINE" "building $BIN with $(go version | awk '{print $3}') (with empty Go caches this takes 1-2 minutes)"
  local started=$SECONDS tmp="$BIN.tmp.$$"
  if ! patched_module >"$BUILD_LOG" 2>&1; then
    fail "$ENGINE" "$BUILD_LOG" "could not prepare FerretDB's source with patches/*.patch: a patch that no longer applies means go.mod's FerretDB version changed; re-make the patch for it"
  fi
  if ! (cd "$SRC_DIR" && go build -modfile="$BUILD_DIR/go.mod" -trimpath -o "$tmp" .) >>"$BUILD_LOG" 2>&1; then
    rm -f "$tmp"
    fail "$ENGINE" "$BUILD_LOG" "the Go build of $SRC_DIR failed: check that Go >= 1.24 is installed (GOTOOLCHAIN=local is forced) and that the Go module proxy is reachable (GOPROXY=$(go env GOPROXY)); then re-run '$0 up'"
  fi
  mv -f "$tmp" "$BIN"
  log "$ENGINE" "built in $((SECONDS - started)) s"
}

# likely_fix — guess an actionable fix from what this start attempt wrote to the log.
LOG_OFFSET=0
likely_fix() {
  local recent=""
  [[ -f "$LOG_FILE" ]] && recent="$(tail -c +"$((LOG_OFFSET + 1))" "$LOG_FILE")"
  if grep -q 'address already in use' <<<"$recent"; then
    echo "port $FERRETDB_PORT is already in use: stop whatever listens there (ss -ltnp 'sport = :$FERRETDB_PORT') or pick another port with FERRETDB_PORT=..."
  elif grep -qiE 'permission denied|existing directory|read-only|disk' <<<"$recent"; then
    echo "the data directory $DATA_DIR is not usable: fix its permissions/free space, or remove it (this deletes local data)"
  else
    echo "read the log above; '$0 up' retries, and INFRA_WAIT_SECONDS (now $INFRA_WAIT_SECONDS) sets how long to wait"
  fi
}

cmd_up() {
  mkdir -p "$STATE_DIR" "$DATA_DIR"

  if server_alive; then
    if wait_until "$INFRA_WAIT_SECONDS" port_open; then
      log "$ENGINE" "already running (pid $(cat "$PID_FILE")) on mongodb://$FERRETDB_HOST:$FERRETDB_PORT"
      return 0
    fi
    fail "$ENGINE" "$LOG_FILE" "pid $(cat "$PID_FILE") is alive but not listening on $FERRETDB_HOST:$FERRETDB_PORT (was it started with another FERRETDB_PORT?): run '$0 down' then '$0 up'"
  fi
  rm -f "$PID_FILE"

  if port_open; then
    fail "$ENGINE" "$LOG_FILE" "port $FERRETDB_PORT on $FERRETDB_HOST is already taken by a process this script did not start: stop it (ss -ltnp 'sport = :$FERRETDB_PORT') or set FERRETDB_PORT"
  fi

  if needs_build; then build; fi

  LOG_OFFSET="$( [[ -f "$LOG_FILE" ]] && wc -c <"$LOG_FILE" || echo 0)"
  printf '\n==== %s starting on %s:%s ====\n' "$(date -u +%FT%TZ)" "$FERRETDB_HOST" "$FERRETDB_PORT" >>"$LOG_FILE"
  # setsid + nohup: own session, immune to the caller's hangup, survives this script.
  # Not a process-group leader here, so setsid execs in place and $! is the server's pid.
  setsid nohup "$BIN" \
    -listen "$FERRETDB_HOST:$FERRETDB_PORT" \
    -sqlite-dir "$DATA_DIR" \
    </dev/null >>"$LOG_FILE" 2>&1 &
  local pid=$!
  echo "$pid" >"$PID_FILE"

  if ! wait_until "$INFRA_WAIT_SECONDS" started_or_dead "$pid"; then
    local fix
    fix="$(likely_fix)"
    stop_pid "$ENGINE" "$PID_FILE" # do not leave a half-started server behind
    fail "$ENGINE" "$LOG_FILE" "not accepting connections after $INFRA_WAIT_SECONDS s (process stopped): $fix"
  fi
  if ! proc_running "$pid"; then
    rm -f "$PID_FILE"
    fail "$ENGINE" "$LOG_FILE" "$(likely_fix)"
  fi
  log "$ENGINE" "up (pid $(cat "$PID_FILE")) on mongodb://$FERRETDB_HOST:$FERRETDB_PORT, data in $DATA_DIR"
}

cmd_down() {
  if [[ -f "$PID_FILE" ]] && ! server_alive; then
    rm -f "$PID_FILE"
    log "$ENGINE" "not running (stale pid file removed)"
    return 0
  fi
  stop_pid "$ENGINE" "$PID_FILE"
}

cmd_status() {
  if server_alive; then
    if port_open; then
      echo "ferretdb: running (pid $(cat "$PID_FILE")) on mongodb://$FERRETDB_HOST:$FERRETDB_PORT"
      return 0
    fi
    echo "ferretdb: running (pid $(cat "$PID_FILE")) but not accepting connections on $FERRETDB_HOST:$FERRETDB_PORT"
    return 1
  fi
  if [[ -f "$PID_FILE" ]]; then
    echo "ferretdb: stopped (pid $(cat "$PID_FILE") from $PID_FILE is gone, e.g. crashed or killed; stale pid file removed; see $LOG_FILE)"
    rm -f "$PID_FILE"
  elif port_open; then
    echo "ferretdb: stopped (but something else listens on $FERRETDB_HOST:$FERRETDB_PORT)"
  else
    echo "ferretdb: stopped"
  fi
  return 3
}

case "${1:-}" in
  up) cmd_up ;;
  down) cmd_down ;;
  status) cmd_status ;;
  *)
    echo "usage: $0 {up|down|status}   (env: FERRETDB_PORT=$FERRETDB_PORT, INFRA_DIR=$INFRA_DIR)" >&2
    exit 2
    ;;
esac
