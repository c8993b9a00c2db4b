#!/usr/bin/env bash
# PostgreSQL for the tests: a throwaway cluster in .pgdata/ on 127.0.0.1:54329.
# Usage: postgres.sh start|stop|url|status
#   start  installs PostgreSQL from the Debian packages when missing (apt-get), initialises
#          the cluster once, starts it and creates the role veilleur and the database
#          veilleur_test; running it again is harmless.
#   stop   stops the cluster (the data stays in .pgdata/ until you delete it).
#   url    prints the connection URL the tests read from VEILLEUR_TEST_PG.
# The server runs as the postgres OS user when started as root (CI), else as you.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${VEILLEUR_PG_PORT:-54329}"
DATA="${VEILLEUR_PGDATA:-$PWD/.pgdata}"
# As root the server runs as the postgres user, who must be able to reach the data folder:
# a checkout under a private home (/root/…) is not reachable, so use a folder under /tmp.
# (Checked as "nobody": the postgres user may not exist before the install.)
if [ -z "${VEILLEUR_PGDATA:-}" ] && [ "$(id -u)" = 0 ] \
   && ! runuser -u nobody -- test -x "$PWD" 2>/dev/null; then
  DATA="${TMPDIR:-/tmp}/veilleur-pgdata-$(printf '%s' "$PWD" | md5sum | cut -c1-8)"
fi
URL="postgresql://veilleur:veilleur@127.0.0.1:${PORT}/veilleur_test"

pg_bindir() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then echo "$dir"; return; fi
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return; fi
  return 1
}

install_postgres() {
  pg_bindir >/dev/null && return
  echo "postgres.sh: installing PostgreSQL (apt-get)" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  apt-get install -y -q postgresql >/dev/null
}

# Runs a command as the cluster's owner: postgres when we are root, else ourselves.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    if command -v runuser >/dev/null 2>&1; then runuser -u postgres -- "$@"; else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
  else
    "$@"
  fi
}

start() {
  install_postgres
  local bin; bin="$(pg_bindir)"
  mkdir -p "$DATA"
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$DATA"
    chmod 700 "$DATA"
  fi
  if [ ! -f "$DATA/PG_VERSION" ]; then
    as_owner "$bin/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if ! as_owner "$bin/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    # The socket lives in the data directory: no system-wide /var/run/postgresql needed.
    # Durability is off (a throwaway test cluster); connections are many because every
    # engineer's tests, API threads and concurrent writers share this one server.
    as_owner "$bin/pg_ctl" -D "$DATA" -w -l "$DATA/server.log" \
      -o "-h 127.0.0.1 -p $PORT -k $DATA -c fsync=off -c full_page_writes=off -c max_connections=300" start >/dev/null
  fi
  local psql=("$bin/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt)
  if [ -z "$("${psql[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname = 'veilleur'")" ]; then
    "${psql[@]}" -c "CREATE ROLE veilleur LOGIN PASSWORD 'veilleur' CREATEDB"
  fi
  if [ -z "$("${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = 'veilleur_test'")" ]; then
    "${psql[@]}" -c "CREATE DATABASE veilleur_test OWNER veilleur"
  fi
  echo "postgres.sh: PostgreSQL ready at $URL" >&2
}

stop() {
  local bin; bin="$(pg_bindir)" || return 0
  [ -f "$DATA/PG_VERSION" ] || return 0
  if as_owner "$bin/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    as_owner "$bin/pg_ctl" -D "$DATA" -w -m fast stop >/dev/null
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) echo "$URL" ;;
  status) bin="$(pg_bindir)" && as_owner "$bin/pg_ctl" -D "$DATA" status ;;
  *) echo "usage: $0 start|stop|url|status" >&2; exit 2 ;;
esac
