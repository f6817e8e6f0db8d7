#!/bin/sh
# Stands in for the agent CLI in the benchmarks. What it does is named by .bench/mode in its working directory:
#   flood  prints .bench/flood.txt, a large text file, and exits
#   echo   copies its terminal input back until it is stopped, like an agent waiting for answers
#   hello  prints one stream-json line and exits
read -r mode < .bench/mode
case "$mode" in
    flood) exec cat .bench/flood.txt ;;
    echo) exec cat ;;
    hello) printf '{"type":"system","subtype":"init","session_id":"bench"}\n' ;;
    *) echo "bench-agent: unknown mode '$mode'" >&2; exit 2 ;;
esac
