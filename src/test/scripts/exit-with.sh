#!/bin/sh
# Prints one line and exits with the code given as its argument.
echo "exiting with $1"
exit "$1"
