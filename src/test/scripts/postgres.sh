#!/bin/sh
# A throwaway PostgreSQL for the integration tests, from Debian's package: its files under DIR, listening on
# 127.0.0.1:PORT only, trusting local connections, with the databases named after PORT created empty. As root it
# runs as the postgres user, which PostgreSQL requires.
#   postgres.sh start DIR PORT DATABASE...
#   postgres.sh stop DIR
set -eu
action=$1
dir=$2
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "PostgreSQL is not installed: apt-get install postgresql" >&2; exit 1; }
as_owner() {
    if [ "$(id -u)" = 0 ]; then
        su postgres -s /bin/sh -c "$1"
    else
        sh -c "$1"
    fi
}
case "$action" in
    start)
        port=$3
        shift 3
        [ -f "$dir/data/postmaster.pid" ] && as_owner "'$bin/pg_ctl' -D '$dir/data' -m immediate stop" || true
        rm -rf "$dir"
        mkdir -p "$dir"
        [ "$(id -u)" = 0 ] && chown postgres "$dir"
        as_owner "'$bin/initdb' -D '$dir/data' -A trust -U postgres -E UTF8 --no-locale >'$dir/initdb.log'"
        as_owner "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -o \"-c listen_addresses=127.0.0.1 -p $port -k '$dir' -c fsync=off\" start >/dev/null"
        for database in "$@"; do
            as_owner "'$bin/createdb' -h 127.0.0.1 -p $port -U postgres '$database'"
        done
        ;;
    stop)
        [ -f "$dir/data/postmaster.pid" ] && as_owner "'$bin/pg_ctl' -D '$dir/data' -m fast -w stop >/dev/null" || true
        ;;
esac
