#!/bin/sh
# log.sh tool 'args' 'result note'  -> appends a numbered line to lookups.log
n=$(( $(wc -l < lookups.log) + 1 ))
printf '%s\t%s\t%s\t%s\n' "$n" "$1" "$2" "$3" >> lookups.log
