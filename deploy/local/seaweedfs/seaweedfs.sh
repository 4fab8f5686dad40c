#!/usr/bin/env bash
# seaweedfs.sh {up|down|status} — local S3-compatible object store (SeaweedFS, `weed mini`).
#
# Builds SeaweedFS's `weed` from the Go module proxy (the version pinned below) with the local
# Go toolchain, then runs it in the background: one process holding a master, a volume server,
# a filer, the S3 gateway and an admin server, all on 127.0.0.1. S3 answers on $SEAWEEDFS_S3_PORT (default 8333)
# for the development identity in s3.json, with the bucket yunghap-attachments.
# Everything it writes lives under "$INFRA_DIR/seaweedfs/":
#   bin/weed, bin/weed.version   the binary and the module version it was built from
#   data/                        volumes, filer metadata and mini.options
#   seaweedfs.log                server output (appended), build.log  last Go build output
#   seaweedfs.pid                pid of the running server
# Its other ports (master, volume, filer, admin, and gRPC at each plus 10000) are in README.md.
# status exits 0 when running, 3 when stopped, 1 when the process is alive but the bucket does not answer.

# shellcheck source=../lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

ENGINE=seaweedfs
SRC_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# The proxy serves SeaweedFS only as pseudo-versions (its tags, like 4.53, are not semver).
# This one is commit 7506e5f91cd6 of 2026-11-09, which calls itself 4.53.
SEAWEEDFS_MODULE=github.com/seaweedfs/seaweedfs
SEAWEEDFS_VERSION=v0.0.0-20261109003541-7506e5f91cd6
SEAWEEDFS_HOST=127.0.0.1
SEAWEEDFS_S3_PORT="${SEAWEEDFS_S3_PORT:-8333}"
SEAWEEDFS_MASTER_PORT="${SEAWEEDFS_MASTER_PORT:-9333}"
SEAWEEDFS_VOLUME_PORT="${SEAWEEDFS_VOLUME_PORT:-9340}"
SEAWEEDFS_FILER_PORT="${SEAWEEDFS_FILER_PORT:-8888}"
# mini always runs its admin server (maintenance), UI or not.
SEAWEEDFS_ADMIN_PORT="${SEAWEEDFS_ADMIN_PORT:-12535}"
BUCKET=yunghap-attachments
IDENTITIES="$SRC_DIR/s3.json"
# The development identity of s3.json, for the readiness check.
ACCESS_KEY=yunghap-dev
SECRET_KEY=yunghap-dev-secret
STATE_DIR="$INFRA_DIR/seaweedfs"
BIN="$STATE_DIR/bin/weed"
DATA_DIR="$STATE_DIR/data"
LOG_FILE="$STATE_DIR/seaweedfs.log"
BUILD_LOG="$STATE_DIR/build.log"
PID_FILE="$STATE_DIR/seaweedfs.pid"

# Never let Go try to fetch another toolchain (only the module proxy is reachable), and keep a
# go.work or GOFLAGS from elsewhere out of this build; the module's go.sum is enforced.
export GOTOOLCHAIN=local GOWORK=off GOFLAGS=-mod=readonly

# Each HTTP port also takes a gRPC port 10000 above it.
all_ports() {
  local port
  for port in "$SEAWEEDFS_S3_PORT" "$SEAWEEDFS_MASTER_PORT" "$SEAWEEDFS_VOLUME_PORT" "$SEAWEEDFS_FILER_PORT" "$SEAWEEDFS_ADMIN_PORT"; do
    echo "$port" "$((port + 10000))"
  done
}

s3_open() { tcp_open "$SEAWEEDFS_HOST" "$SEAWEEDFS_S3_PORT"; }

# bucket_ready — the S3 gateway answers a signed HEAD of the bucket with 200: up, identities
# loaded and the bucket created.
bucket_ready() {
  [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 -I --aws-sigv4 'aws:amz:us-east-1:s3' \
    --user "$ACCESS_KEY:$SECRET_KEY" "http://$SEAWEEDFS_HOST:$SEAWEEDFS_S3_PORT/$BUCKET")" == 200 ]]
}

# server_alive — pid_alive from common.sh, minus zombies (a killed server its parent has not reaped yet).
server_alive() { pid_alive "$PID_FILE" && proc_running "$(cat "$PID_FILE")"; }

# ready_or_dead PID — stop waiting once the bucket answers or the process has exited.
ready_or_dead() { bucket_ready || ! proc_running "$1"; }

needs_build() {
  [[ -x "$BIN" && "$(cat "$BIN.version" 2>/dev/null)" == "$SEAWEEDFS_VERSION" ]] && return 1
  return 0
}

# `go install …/weed@version` refuses this module: its go.mod has replace directives, which Go
# honours only in the main module. So weed is built inside the downloaded module, as its main
# module (the module cache stays read-only; only the binary is written, outside it).
build() {
  if ! command -v go >/dev/null 2>&1; then
    fail "$ENGINE" "$BUILD_LOG" "Go is not on PATH: install Go >= 1.26.6 (https://go.dev/dl or your package manager), then re-run '$0 up'"
  fi
  mkdir -p "$(dirname "$BIN")"
  log "$ENGINE" "building $BIN ($SEAWEEDFS_MODULE@$SEAWEEDFS_VERSION) with $(go version | awk '{print $3}') (with empty Go caches this takes several minutes)"
  local started=$SECONDS tmp="$BIN.tmp.$$" module_dir
  : >"$BUILD_LOG"
  if ! module_dir="$(cd "$SRC_DIR" && go mod download -json "$SEAWEEDFS_MODULE@$SEAWEEDFS_VERSION" 2>>"$BUILD_LOG" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')" || [[ -z "$module_dir" ]]; then
    fail "$ENGINE" "$BUILD_LOG" "could not download $SEAWEEDFS_MODULE@$SEAWEEDFS_VERSION: check that the Go module proxy is reachable (GOPROXY=$(go env GOPROXY)); then re-run '$0 up'"
  fi
  if ! (cd "$module_dir" && go build -trimpath -o "$tmp" ./weed) >>"$BUILD_LOG" 2>&1; then
    rm -f "$tmp"
    fail "$ENGINE" "$BUILD_LOG" "the Go build of weed failed: check that Go >= 1.26.6 is installed (GOTOOLCHAIN=local is forced) and that the Go module proxy is reachable; then re-run '$0 up'"
  fi
  mv -f "$tmp" "$BIN"
  echo "$SEAWEEDFS_VERSION" >"$BIN.version"
  log "$ENGINE" "built in $((SECONDS - started)) s"
}

# likely_fix — guess an actionable fix from what this start attempt wrote to the log.
LOG_OFFSET=0
likely_fix() {
  local recent=""
  [[ -f "$LOG_FILE" ]] && recent="$(tail -c +"$((LOG_OFFSET + 1))" "$LOG_FILE")"
  if grep -q 'address already in use' <<<"$recent"; then
    echo "a port it needs is already in use ($(all_ports | tr '\n' ' ')): stop whatever listens there, or move SeaweedFS with SEAWEEDFS_S3_PORT, SEAWEEDFS_MASTER_PORT, SEAWEEDFS_VOLUME_PORT, SEAWEEDFS_FILER_PORT, SEAWEEDFS_ADMIN_PORT"
  elif grep -qiE 'permission denied|read-only|no space' <<<"$recent"; then
    echo "the data directory $DATA_DIR is not usable: fix its permissions/free space, or remove it (this deletes local data)"
  else
    echo "read the log above; '$0 up' retries, and INFRA_WAIT_SECONDS (now $INFRA_WAIT_SECONDS) sets how long to wait"
  fi
}

cmd_up() {
  mkdir -p "$STATE_DIR" "$DATA_DIR"

  if server_alive; then
    if wait_until "$INFRA_WAIT_SECONDS" bucket_ready; then
      log "$ENGINE" "already running (pid $(cat "$PID_FILE")), S3 on http://$SEAWEEDFS_HOST:$SEAWEEDFS_S3_PORT"
      return 0
    fi
    fail "$ENGINE" "$LOG_FILE" "pid $(cat "$PID_FILE") is alive but S3 does not answer on $SEAWEEDFS_HOST:$SEAWEEDFS_S3_PORT (was it started with another SEAWEEDFS_S3_PORT?): run '$0 down' then '$0 up'"
  fi
  rm -f "$PID_FILE"

  if ! command -v curl >/dev/null 2>&1; then
    fail "$ENGINE" "$LOG_FILE" "curl is not on PATH (it checks that the bucket answers): install it (apt-get install curl), then re-run '$0 up'"
  fi
  local port
  for port in $(all_ports); do
    if tcp_open "$SEAWEEDFS_HOST" "$port"; then
      fail "$ENGINE" "$LOG_FILE" "port $port on $SEAWEEDFS_HOST is already taken by a process this script did not start: stop it (ss -ltnp 'sport = :$port') or move SeaweedFS with SEAWEEDFS_S3_PORT, SEAWEEDFS_MASTER_PORT, SEAWEEDFS_VOLUME_PORT, SEAWEEDFS_FILER_PORT, SEAWEEDFS_ADMIN_PORT (gRPC takes each plus 10000)"
    fi
  done

  if needs_build; then build; fi

  LOG_OFFSET="$( [[ -f "$LOG_FILE" ]] && wc -c <"$LOG_FILE" || echo 0)"
  printf '\n==== %s starting, S3 on %s:%s ====\n' "$(date -u +%FT%TZ)" "$SEAWEEDFS_HOST" "$SEAWEEDFS_S3_PORT" >>"$LOG_FILE"
  # setsid + nohup: own session, immune to the caller's hangup, survives this script.
  # Not a process-group leader here, so setsid execs in place and $! is the server's pid.
  # Only S3 is wanted: WebDAV, the admin UI (its server stays, on loopback), the admin's old second port, the
  # Iceberg and Lance endpoints and telemetry are off.
  setsid nohup "$BIN" mini \
    -dir="$DATA_DIR" \
    -ip="$SEAWEEDFS_HOST" -ip.bind="$SEAWEEDFS_HOST" \
    -master.port="$SEAWEEDFS_MASTER_PORT" -volume.port="$SEAWEEDFS_VOLUME_PORT" -filer.port="$SEAWEEDFS_FILER_PORT" \
    -admin.port="$SEAWEEDFS_ADMIN_PORT" -admin.port.legacy=0 \
    -s3.port="$SEAWEEDFS_S3_PORT" -s3.config="$IDENTITIES" -bucket="$BUCKET" \
    -webdav=false -admin.ui=false -s3.port.iceberg=0 -s3.port.lance=0 -master.telemetry=false \
    </dev/null >>"$LOG_FILE" 2>&1 &
  local pid=$!
  echo "$pid" >"$PID_FILE"

  if ! wait_until "$INFRA_WAIT_SECONDS" ready_or_dead "$pid"; then
    local fix
    fix="$(likely_fix)"
    stop_pid "$ENGINE" "$PID_FILE" # do not leave a half-started server behind
    fail "$ENGINE" "$LOG_FILE" "the bucket $BUCKET did not answer on $SEAWEEDFS_HOST:$SEAWEEDFS_S3_PORT after $INFRA_WAIT_SECONDS s (process stopped): $fix"
  fi
  if ! proc_running "$pid"; then
    rm -f "$PID_FILE"
    fail "$ENGINE" "$LOG_FILE" "$(likely_fix)"
  fi
  log "$ENGINE" "up (pid $pid), S3 on http://$SEAWEEDFS_HOST:$SEAWEEDFS_S3_PORT (bucket $BUCKET), data in $DATA_DIR"
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
    if bucket_ready; then
      echo "seaweedfs: running (pid $(cat "$PID_FILE")), S3 on http://$SEAWEEDFS_HOST:$SEAWEEDFS_S3_PORT (bucket $BUCKET)"
      return 0
    fi
    echo "seaweedfs: running (pid $(cat "$PID_FILE")) but the bucket $BUCKET does not answer on $SEAWEEDFS_HOST:$SEAWEEDFS_S3_PORT"
    return 1
  fi
  if [[ -f "$PID_FILE" ]]; then
    echo "seaweedfs: stopped (pid $(cat "$PID_FILE") from $PID_FILE is gone, e.g. crashed or killed; stale pid file removed; see $LOG_FILE)"
    rm -f "$PID_FILE"
  elif s3_open; then
    echo "seaweedfs: stopped (but something else listens on $SEAWEEDFS_HOST:$SEAWEEDFS_S3_PORT)"
  else
    echo "seaweedfs: stopped"
  fi
  return 3
}

case "${1:-}" in
  up) cmd_up ;;
  down) cmd_down ;;
  status) cmd_status ;;
  *)
    echo "usage: $0 {up|down|status}   (env: SEAWEEDFS_S3_PORT=$SEAWEEDFS_S3_PORT, SEAWEEDFS_MASTER_PORT, SEAWEEDFS_VOLUME_PORT, SEAWEEDFS_FILER_PORT, SEAWEEDFS_ADMIN_PORT, INFRA_DIR=$INFRA_DIR)" >&2
    exit 2
    ;;
esac
