#!/bin/sh
o=$(echo "$1" | cut -d/ -f1)
h=$(grep -i -h -E "^$o(/|$)" /work/wt/used-repos.txt /work/wt/used-repos-s37.txt | paste -sd,)
[ -n "$h" ] && echo "USED $1 ($h)" || echo "FREE $1"
