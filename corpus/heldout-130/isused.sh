#!/bin/sh
# usage: isused.sh owner/repo  -> prints USED or free (checks owner and repo, case-insensitive)
o=$(echo "$1" | cut -d/ -f1)
if cat /work/wt/used-repos.txt /work/wt/used-repos-s38.txt | grep -qi -e "^$1\$" -e "^$o/"; then echo "USED $1"; else echo "free $1"; fi
