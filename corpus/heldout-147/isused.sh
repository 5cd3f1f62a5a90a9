#!/bin/sh
# usage: isused.sh owner/repo  -> prints matches in used-repos lists (by owner, case-insensitive)
o=$(echo "$1" | cut -d/ -f1)
grep -i -E "^$o/|^$o$" /work/wt/used-repos.txt /work/wt/used-repos-s39.txt && echo USED || echo free
