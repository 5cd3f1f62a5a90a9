#!/bin/sh
# usage: isused.sh owner/repo  -> prints matches in the used lists (repo or owner, case-insensitive)
o=$(echo "$1" | cut -d/ -f1)
grep -i -e "^$1\$" -e "^$o/" /work/wt/used-repos.txt /work/wt/used-repos-s36.txt || echo "free: $1"
