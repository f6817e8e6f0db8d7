#!/bin/sh
# Prints known text with multi-byte UTF-8 in many small writes, then exits 0.
i=1
while [ "$i" -le 200 ]; do
    printf 'line %03d: grüße, €uro, 日本語, emoji 😀 — done\n' "$i"
    i=$((i + 1))
done
