#!/bin/sh
# Waits for one line of input, then writes the given number of bytes of text as fast as it can.
read -r _
yes 'flood of text 0123456789 abcdefghijklmnopqrstuvwxyz grüße €uro 😀' | head -c "$1"
