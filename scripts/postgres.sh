#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests of @minzheng/store-postgres.
#
#   bash scripts/postgres.sh start     # prints the connection string (for MINZHENG_PG_URL) on stdout
#   bash scripts/postgres.sh stop      # stops the cluster and deletes its folder
#   bash scripts/postgres.sh url       # prints the connection string of the running cluster
#
#   export MINZHENG_PG_URL="$(bash scripts/postgres.sh start)"
#
# The cluster lives in a temporary folder ($MINZHENG_PG_DIR, default /tmp/minzheng-pg-$UID), with
# trust authentication and a unix socket in that folder only (no TCP port is opened, so it never
# clashes with a server already running). PostgreSQL refuses to run as root: as root the server
# runs as the system user `postgres` (created when missing). When no PostgreSQL is installed and
# apt-get is there (CI), the distribution's `postgresql` package is installed first.
set -euo pipefail

DIR="${MINZHENG_PG_DIR:-/tmp/minzheng-pg-$(id -u)}"
PORT="${MINZHENG_PG_PORT:-5432}"
DB=minzheng_test
log() { echo "postgres.sh: $*" >&2; }

find_bin() {
  local name=$1 candidate
  if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return 0; fi
  for candidate in /usr/lib/postgresql/*/bin/"$name"; do
    [ -x "$candidate" ] && { echo "$candidate"; return 0; }
  done
  return 1
}

ensure_installed() {
  if find_bin initdb >/dev/null && find_bin pg_ctl >/dev/null; then return 0; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "PostgreSQL is not installed: installing the distribution's package"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
  fi
  find_bin initdb >/dev/null || { log "initdb not found and PostgreSQL could not be installed"; exit 1; }
}

# Runs a PostgreSQL program as the user the server runs as.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

url() { echo "postgresql://postgres@localhost:${PORT}/${DB}?host=${DIR}"; }

start() {
  ensure_installed
  local initdb pg_ctl
  initdb=$(find_bin initdb)
  pg_ctl=$(find_bin pg_ctl)
  if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
    log "creating the system user postgres"
    useradd -r -M -d /nonexistent -s /usr/sbin/nologin postgres
  fi
  if [ -f "$DIR/data/postmaster.pid" ] && as_owner "$pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
    log "already running in $DIR"
    url
    return 0
  fi
  rm -rf "$DIR"
  mkdir -p "$DIR"
  [ "$(id -u)" = 0 ] && chown postgres "$DIR"
  chmod 700 "$DIR"
  as_owner "$initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C >"$DIR/initdb.log" 2>&1 || {
    cat "$DIR/initdb.log" >&2
    exit 1
  }
  # Small and fast for tests: no TCP, no fsync (a throwaway cluster), enough connections for 8 writers.
  as_owner "$pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
    -o "-c listen_addresses='' -k $DIR -p $PORT -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60" start >&2 || {
    cat "$DIR/server.log" >&2
    exit 1
  }
  local psql
  if psql=$(find_bin psql); then
    as_owner "$psql" -h "$DIR" -p "$PORT" -U postgres -d postgres -q -c "CREATE DATABASE $DB" >&2
  else
    log "psql not found"
    exit 1
  fi
  # the folder must be reachable by the user running the tests (the socket is in it)
  chmod 711 "$DIR"
  log "running in $DIR"
  url
}

stop() {
  if [ -d "$DIR/data" ]; then
    local pg_ctl
    if pg_ctl=$(find_bin pg_ctl); then as_owner "$pg_ctl" -D "$DIR/data" -m fast -w stop >&2 || true; fi
  fi
  rm -rf "$DIR"
  log "stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) url ;;
  *)
    echo "usage: bash scripts/postgres.sh start|stop|url" >&2
    exit 2
    ;;
esac
