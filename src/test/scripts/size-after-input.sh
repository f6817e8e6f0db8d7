#!/bin/sh
# Reports the terminal size once a line of input arrives.
read -r _
echo "size: $(stty size)"
