# Sourced by .ci/run: a throw-away PostgreSQL server for the provider tests, on 127.0.0.1 only, under its own
# user with a temporary data directory. Installs the distribution's package when no server binaries exist.
# Exports NEWSBOT_TEST_POSTGRES and stops the server when the calling script exits.

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

start_postgres() {
  local bin
  bin=$(pg_bin)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "PostgreSQL not found; installing the distribution's package"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bin=$(pg_bin)
  fi

  # initdb refuses to run as root: the server runs as the package's postgres user then.
  local as=()
  PG_DIR=$(mktemp -d /tmp/newsbot-ci-pg.XXXXXX)
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$PG_DIR"
    as=(runuser -u postgres --)
  fi

  local port=55432
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done

  "${as[@]}" "$bin/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --no-sync >/dev/null
  PG_STOP=("${as[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -m fast -w stop)
  trap 'stop_postgres' EXIT
  # fsync off: the server's data is thrown away; the crash tests kill NewsBot, never PostgreSQL.
  "${as[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_DIR -c fsync=off -c max_connections=300" start >/dev/null
  "${as[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres newsbot_test
  export NEWSBOT_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=newsbot_test"
  echo "PostgreSQL $("$bin/postgres" --version | grep -o '[0-9][0-9.]*' | head -n 1) on 127.0.0.1:$port"
}

stop_postgres() {
  "${PG_STOP[@]}" >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
