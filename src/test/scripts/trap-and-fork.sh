#!/bin/sh
# Behaves like an agent that ignores SIGTERM and has forked children that ignore it too.
trap '' TERM
sleep 1000 &
first=$!
sleep 1000 &
echo "children $first $!"
echo ready
while :; do sleep 1; done
