#!/usr/bin/env bash
# Runs a command with MINZHENG_PG_URL naming a PostgreSQL test database, for the tests of
# @minzheng/store-postgres and every workflow on it: the one already named, or a throwaway cluster
# started here (scripts/postgres.sh, which installs Debian's postgresql when missing) and stopped
# afterwards. With CI set, a cluster that cannot start fails the run; elsewhere the PostgreSQL
# tests then skip, each saying why.
#
#   bash scripts/with-postgres.sh vitest run
set -uo pipefail
cd "$(dirname "$0")/.."
if [ -n "${MINZHENG_PG_URL:-}" ]; then exec "$@"; fi
# a cluster of this run's own, in its own folder: never one another run started (nor stopped)
export MINZHENG_PG_DIR="/tmp/minzheng-pg-run-$$"
if url="$(bash scripts/postgres.sh start)"; then
  export MINZHENG_PG_URL="$url"
  trap 'bash scripts/postgres.sh stop >/dev/null 2>&1 || true' EXIT
  "$@"
  exit $?
fi
if [ -n "${CI:-}" ] && [ "${CI}" != "false" ]; then
  echo "with-postgres: PostgreSQL could not start (see above); CI requires it" >&2
  exit 1
fi
echo "with-postgres: PostgreSQL could not start: its tests are skipped (set MINZHENG_PG_URL to run them)" >&2
exec "$@"
