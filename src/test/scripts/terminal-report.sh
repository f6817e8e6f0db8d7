#!/bin/sh
# Reports how it was started: its process group and session (from /proc), its terminal and the terminal's size.
set -- $(cat /proc/$$/stat)
echo "pid $1 group $5 session $6"
echo "terminal $(tty) size $(stty size)"
