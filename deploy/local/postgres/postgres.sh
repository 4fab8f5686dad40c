#!/usr/bin/env bash
# PostgreSQL for the event store: Debian's server binaries, a cluster of the project's own,
# listening on 127.0.0.1 only, trust auth (a local dev engine).
# Usage: postgres.sh up|down|status
#
# Where the cluster lives: as a normal user, in $INFRA_DIR/postgres. As root the server runs
# as Debian's `postgres` user, which cannot reach a checkout under a mode-700 folder such as
# /root; so its files live in $POSTGRES_STATE_ROOT/<hash of $INFRA_DIR>/postgres, owned by
# `postgres`, and $INFRA_DIR/postgres is a symbolic link to that folder. Removing .infra
# removes the link; the next `up` then finds the orphaned folder and starts from scratch, so
# `rm -rf .infra` still resets everything.
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

ENGINE=postgres
PORT="${POSTGRES_PORT:-55432}"
LINK="$INFRA_DIR/postgres"
POSTGRES_STATE_ROOT="${POSTGRES_STATE_ROOT:-/var/lib/yunghap-infra}"

# The folder that holds data/, run/ and the log for this checkout.
home_dir() {
  if [[ "$(id -u)" == 0 ]]; then
    local key
    key="$(printf '%s' "$INFRA_DIR" | sha256sum | cut -c1-16)"
    printf '%s/%s/postgres' "$POSTGRES_STATE_ROOT" "$key"
  else
    printf '%s' "$LINK"
  fi
}
HOME_DIR="$(home_dir)"
DATA="$HOME_DIR/data"
RUN="$HOME_DIR/run"
LOGFILE="$HOME_DIR/postgres.log"
INSTALL_LOG="$INFRA_DIR/postgres-install.log"

find_bindir() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  [[ -n "$dir" && -x "$dir/postgres" ]] && printf '%s' "$dir"
}

install_server() {
  [[ "$(id -u)" == 0 ]] || fail "$ENGINE" "$INSTALL_LOG" "PostgreSQL server binaries are missing: run 'sudo apt-get update && sudo apt-get install -y postgresql' (or run this script as root)."
  log "$ENGINE" "installing the server from Debian packages (apt-get)"
  # Our cluster lives under .infra; stop Debian from creating and starting its own on 5432.
  mkdir -p /etc/postgresql-common
  grep -qs '^create_main_cluster *= *false' /etc/postgresql-common/createcluster.conf ||
    echo 'create_main_cluster = false' >> /etc/postgresql-common/createcluster.conf
  { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql; } >> "$INSTALL_LOG" 2>&1 ||
    fail "$ENGINE" "$INSTALL_LOG" "apt-get could not install postgresql: check that Debian's package mirror is reachable."
}

# Runs a server binary as the owner of the cluster: PostgreSQL refuses to run as root.
as_owner() {
  if [[ "$(id -u)" == 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

stop_cluster() {
  [[ -f "$1/postmaster.pid" ]] || return 0
  as_owner "$BINDIR/pg_ctl" -D "$1" -m fast -w stop >/dev/null 2>&1 || true
}

ready() { as_owner "$BINDIR/pg_isready" -q -h 127.0.0.1 -p "$PORT"; }

# As root: the state folder exists, belongs to `postgres`, and $LINK points at it. A state
# folder without a link is what an `rm -rf .infra` left behind: stop its server, drop it.
# A real $LINK folder is the layout of older checkouts: its cluster moves over once.
prepare_root_home() {
  id -u postgres >/dev/null 2>&1 ||
    fail "$ENGINE" "$LOGFILE" "the 'postgres' system user is missing: reinstall Debian's postgresql package (apt-get install --reinstall postgresql-common)."
  mkdir -p "$(dirname "$HOME_DIR")" "$INFRA_DIR"
  chmod 755 "$POSTGRES_STATE_ROOT" "$(dirname "$HOME_DIR")"
  if [[ -d "$LINK" && ! -L "$LINK" ]]; then
    log "$ENGINE" "moving the cluster of the older layout from $LINK to $HOME_DIR"
    stop_cluster "$LINK/data"
    rm -rf "$HOME_DIR"
    mv "$LINK" "$HOME_DIR"
  elif [[ -d "$HOME_DIR" && ! -L "$LINK" ]]; then
    log "$ENGINE" "$LINK was removed: starting over in $HOME_DIR"
    stop_cluster "$HOME_DIR/data"
    rm -rf "$HOME_DIR"
  fi
  mkdir -p "$HOME_DIR" "$RUN"
  touch "$LOGFILE"
  printf '%s\n' "$INFRA_DIR" > "$(dirname "$HOME_DIR")/checkout"
  chown -R postgres: "$HOME_DIR"
  ln -sfn "$HOME_DIR" "$LINK"
  runuser -u postgres -- test -w "$HOME_DIR" ||
    fail "$ENGINE" "$LOGFILE" "the 'postgres' user cannot write to $HOME_DIR: make $POSTGRES_STATE_ROOT traversable (chmod 755) or set POSTGRES_STATE_ROOT to a folder it can reach."
}

up() {
  mkdir -p "$INFRA_DIR"
  BINDIR="$(find_bindir)" || { install_server; BINDIR="$(find_bindir)"; } ||
    fail "$ENGINE" "$INSTALL_LOG" "no PostgreSQL server found under /usr/lib/postgresql after installing."
  if [[ "$(id -u)" == 0 ]]; then prepare_root_home; else mkdir -p "$HOME_DIR" "$RUN"; fi
  if [[ -f "$DATA/postmaster.pid" ]] && ready; then
    log "$ENGINE" "already running on 127.0.0.1:$PORT"; return 0
  fi
  if tcp_open 127.0.0.1 "$PORT"; then
    fail "$ENGINE" "$LOGFILE" "port $PORT is taken by another process: stop it or set POSTGRES_PORT."
  fi
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
  stop_cluster "$DATA"
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
