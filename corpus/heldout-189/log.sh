#!/bin/sh
# log.sh TOOL ARGS... : append one look-up line to lookups.log with a running number
n=$(( $(wc -l < lookups.log) + 1 ))
printf '%s\t%s\n' "$n" "$*" >> lookups.log
echo "lookup $n"
