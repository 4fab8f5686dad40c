#!/usr/bin/env bash
# PostgreSQL for the event store: Debian's server binaries, a cluster of the project's own
# under $INFRA_DIR/postgres, listening on 127.0.0.1 only, trust auth (a local dev engine).
# Usage: postgres.sh up|down|status
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

ENGINE=postgres
PORT="${POSTGRES_PORT:-55432}"
HOME_DIR="$INFRA_DIR/postgres"
DATA="$HOME_DIR/data"
RUN="$HOME_DIR/run"
LOGFILE="$HOME_DIR/postgres.log"

find_bindir() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  [[ -n "$dir" && -x "$dir/postgres" ]] && printf '%s' "$dir"
}

install_server() {
  [[ "$(id -u)" == 0 ]] || fail "$ENGINE" "$LOGFILE" "PostgreSQL server binaries are missing: run 'sudo apt-get update && sudo apt-get install -y postgresql' (or run this script as root)."
  log "$ENGINE" "installing the server from Debian packages (apt-get)"
  # Our cluster lives under .infra; stop Debian from creating and starting its own on 5432.
  mkdir -p /etc/postgresql-common
  grep -qs '^create_main_cluster *= *false' /etc/postgresql-common/createcluster.conf ||
    echo 'create_main_cluster = false' >> /etc/postgresql-common/createcluster.conf
  { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql; } >> "$LOGFILE" 2>&1 ||
    fail "$ENGINE" "$LOGFILE" "apt-get could not install postgresql: check that Debian's package mirror is reachable."
}

# Runs a server binary as the owner of the cluster: PostgreSQL refuses to run as root.
as_owner() {
  if [[ "$(id -u)" == 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

ready() { as_owner "$BINDIR/pg_isready" -q -h 127.0.0.1 -p "$PORT"; }

up() {
  mkdir -p "$HOME_DIR"
  BINDIR="$(find_bindir)" || { install_server; BINDIR="$(find_bindir)"; } ||
    fail "$ENGINE" "$LOGFILE" "no PostgreSQL server found under /usr/lib/postgresql after installing."
  if [[ -f "$DATA/postmaster.pid" ]] && ready; then
    log "$ENGINE" "already running on 127.0.0.1:$PORT"; return 0
  fi
  if tcp_open 127.0.0.1 "$PORT"; then
    fail "$ENGINE" "$LOGFILE" "port $PORT is taken by another process: stop it or set POSTGRES_PORT."
  fi
  [[ "$(id -u)" == 0 ]] && chown postgres: "$HOME_DIR" && touch "$LOGFILE" && chown postgres: "$LOGFILE"
  mkdir -p "$RUN"; [[ "$(id -u)" == 0 ]] && chown postgres: "$RUN"
  if [[ ! -f "$DATA/PG_VERSION" ]]; then
    log "$ENGINE" "creating the cluster in $DATA"
    as_owner "$BINDIR/initdb" -D "$DATA" --username=yunghap --auth=trust --encoding=UTF8 --locale=C.UTF-8 >> "$LOGFILE" 2>&1 ||
      fail "$ENGINE" "$LOGFILE" "initdb failed: remove $DATA and retry."
  fi
  log "$ENGINE" "starting on 127.0.0.1:$PORT"
  as_owner "$BINDIR/pg_ctl" -D "$DATA" -l "$LOGFILE" -w -t "$INFRA_WAIT_SECONDS" \
    -o "-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=$RUN -c max_connections=200" start >/dev/null ||
    fail "$ENGINE" "$LOGFILE" "the server did not start: read the log; a stale $DATA/postmaster.pid can be removed when no postgres process runs."
  wait_until "$INFRA_WAIT_SECONDS" ready || fail "$ENGINE" "$LOGFILE" "the server started but does not accept connections on 127.0.0.1:$PORT."
  as_owner "$BINDIR/psql" -q -h 127.0.0.1 -p "$PORT" -U yunghap -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'yunghap'" | grep -q 1 ||
    as_owner "$BINDIR/createdb" -h 127.0.0.1 -p "$PORT" -U yunghap yunghap
  log "$ENGINE" "ready: postgres://yunghap@127.0.0.1:$PORT/yunghap"
}

down() {
  BINDIR="$(find_bindir)" || { log "$ENGINE" "not installed"; return 0; }
  if [[ -f "$DATA/postmaster.pid" ]]; then
    as_owner "$BINDIR/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null 2>&1 || true
  fi
  log "$ENGINE" "stopped"
}

status() {
  BINDIR="$(find_bindir)" || { echo "postgres: not installed"; return 3; }
  if ready; then echo "postgres: running on 127.0.0.1:$PORT (log $LOGFILE)"; else echo "postgres: stopped"; return 3; fi
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
