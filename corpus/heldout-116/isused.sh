#!/bin/sh
# usage: isused.sh owner/repo  -> prints matches in used-repos lists (repo or owner, case-insensitive)
o=$(echo "$1" | cut -d/ -f1)
cat /work/wt/used-repos.txt /work/wt/used-repos-s36.txt | grep -i -E "^$o/|/$o\$|^$1\$" | head -3
