#!/usr/bin/env bash
# Runs a command (the test suite) beside a throw-away PostgreSQL cluster and stops it after.
#
#   Scripts/with-postgres.sh swift test
#
# Installs PostgreSQL with apt-get when no server binaries are found, makes a cluster in a
# temporary directory owned by an unprivileged user (initdb refuses to run as root), starts it
# on a free loopback port with password (SCRAM) logins, and exports
#   ECOVOL_TEST_POSTGRES_URL      superuser URL of the cluster (tests make their own databases)
#   ECOVOL_TEST_REQUIRE_POSTGRES  1: the PostgreSQL tests fail, not skip, if the server is gone
#   ECOVOL_TEST_POSTGRES_BIN      the server binaries (initdb, pg_ctl), for tests that make and
#                                 restart a cluster of their own (a server restart mid-session)
#   ECOVOL_TEST_POSTGRES_RUNAS    the unprivileged user those must run as (empty when not root)
#   ECOVOL_TEST_POSTGRES_CTL      a script for a second, separate cluster that a test may stop
#                                 and start (`CTL start`, `CTL stop`, `CTL url`), so stopping a
#                                 server mid-sync does not disturb the tests using the first one
# The cluster is stopped and removed on exit, whatever the command did.
set -euo pipefail

find_bin() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
    if [ -z "$dir" ] && command -v pg_config >/dev/null 2>&1; then dir=$(pg_config --bindir); fi
    if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then echo "$dir"; fi
}

PG_BIN=$(find_bin)
if [ -z "$PG_BIN" ]; then
    echo "Installing PostgreSQL (for the shared-store tests)"
    if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
    PG_BIN=$(find_bin)
fi
[ -n "$PG_BIN" ] || { echo "PostgreSQL server binaries not found after installing" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/ecovol-pg.XXXXXX")
chmod 0755 "$WORK"
RUN=()
USER_NAME=
if [ "$(id -u)" -eq 0 ]; then
    USER_NAME=postgres
    if ! id "$USER_NAME" >/dev/null 2>&1; then
        USER_NAME=ecovoltest
        id "$USER_NAME" >/dev/null 2>&1 || useradd -r -M -s /usr/sbin/nologin "$USER_NAME"
    fi
    chown "$USER_NAME" "$WORK"
    RUN=(runuser -u "$USER_NAME" --)
fi

PASSWORD="ecovol-test-$RANDOM$RANDOM"
printf '%s\n' "$PASSWORD" > "$WORK/pw"
cp "$WORK/pw" "$WORK/pw2"
[ ${#RUN[@]} -eq 0 ] || chown "${USER_NAME}" "$WORK/pw" "$WORK/pw2"
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

"${RUN[@]}" "$PG_BIN/initdb" -D "$WORK/data" -U postgres --pwfile="$WORK/pw" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$WORK/initdb.log" 2>&1 \
    || { cat "$WORK/initdb.log" >&2; exit 1; }
rm -f "$WORK/pw"
# fsync off: the cluster is thrown away; it makes the suite faster on a shared machine.
# ECOVOL_TEST_POSTGRES_FSYNC=on keeps it on (the benchmarks measure durable commits).
FSYNC=${ECOVOL_TEST_POSTGRES_FSYNC:-off}
OPTIONS="-p $PORT -k $WORK -c listen_addresses=127.0.0.1 -c fsync=$FSYNC -c max_connections=200"
PORT2=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
RUN_TEXT=""
[ ${#RUN[@]} -eq 0 ] || RUN_TEXT="${RUN[*]}"
cat > "$WORK/ctl" <<CTL
#!/usr/bin/env bash
# The second cluster: start (creating it the first time), stop (immediate), url.
set -euo pipefail
case "\${1:-}" in
    start)
        if [ ! -d "$WORK/data2" ]; then
            $RUN_TEXT "$PG_BIN/initdb" -D "$WORK/data2" -U postgres --pwfile="$WORK/pw2" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$WORK/initdb2.log" 2>&1
        fi
        $RUN_TEXT "$PG_BIN/pg_ctl" -D "$WORK/data2" -o "-p $PORT2 -k $WORK -c listen_addresses=127.0.0.1 -c fsync=off" -l "$WORK/server2.log" -w start >/dev/null ;;
    stop) $RUN_TEXT "$PG_BIN/pg_ctl" -D "$WORK/data2" -m immediate stop >/dev/null ;;
    url) echo "postgresql://postgres:$PASSWORD@127.0.0.1:$PORT2/postgres?sslmode=disable" ;;
    *) echo "usage: \$0 start|stop|url" >&2; exit 2 ;;
esac
CTL
chmod 0755 "$WORK/ctl"
stop() {
    "${RUN[@]}" "$PG_BIN/pg_ctl" -D "$WORK/data" -m immediate stop >/dev/null 2>&1 || true
    [ ! -d "$WORK/data2" ] || "${RUN[@]}" "$PG_BIN/pg_ctl" -D "$WORK/data2" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap stop EXIT INT TERM
"${RUN[@]}" "$PG_BIN/pg_ctl" -D "$WORK/data" -o "$OPTIONS" -l "$WORK/server.log" -w start >/dev/null \
    || { cat "$WORK/server.log" >&2; exit 1; }

export ECOVOL_TEST_POSTGRES_URL="postgresql://postgres:$PASSWORD@127.0.0.1:$PORT/postgres?sslmode=disable"
export ECOVOL_TEST_REQUIRE_POSTGRES=1
export ECOVOL_TEST_POSTGRES_BIN="$PG_BIN"
export ECOVOL_TEST_POSTGRES_RUNAS="${USER_NAME:-}"
export ECOVOL_TEST_POSTGRES_CTL="$WORK/ctl"
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT for the tests"
"$@"
