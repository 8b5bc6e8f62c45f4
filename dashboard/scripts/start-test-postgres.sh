#!/usr/bin/env bash
# Starts a throwaway PostgreSQL on 127.0.0.1 for the dashboard's storage and API tests and prints
# its URL on stdout (everything else goes to stderr), e.g.
#   export KATSUYAKU_TEST_DATABASE_URL=$(dashboard/scripts/start-test-postgres.sh)
# Installs Debian's postgresql when it is missing. initdb refuses to run as root, so as root the
# cluster belongs to the `postgres` user. Durability is switched off: the data is disposable.
# Stop it with the command printed on stderr (or: pg_ctl -D "$dir/data" stop).
set -euo pipefail

log() { echo "$@" >&2; }

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

bin=$(find_bin)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    log "PostgreSQL is not installed; run as root or: sudo apt-get install -y postgresql"
    exit 1
  fi
  log "== installing postgresql (apt)"
  apt-get update >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql >&2
  bin=$(find_bin)
fi

# As root, hand the cluster to the postgres user; otherwise run as whoever we are.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

dir=$(mktemp -d "${TMPDIR:-/tmp}/katsuyaku-pg.XXXXXX")
chmod 755 "$dir"
if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi

port=$(node -e '
  const s = require("net").createServer();
  s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });
')

as_owner "$bin/initdb" -D "$dir/data" --auth=trust --username=postgres --encoding=UTF8 \
  --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }

opts="-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir"
opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "$opts" -w start >&2

as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres katsuyaku_test

log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $dir"
if [ "$(id -u)" -eq 0 ]; then
  log "stop: runuser -u postgres -- $bin/pg_ctl -D $dir/data stop"
else
  log "stop: $bin/pg_ctl -D $dir/data stop"
fi
echo "postgres://postgres@127.0.0.1:$port/katsuyaku_test"
