#!/bin/sh
# usage: isused.sh owner/repo  -> prints matches by repo or owner in both used lists (case-insensitive)
o=$(echo "$1" | cut -d/ -f1)
grep -i -E "^$o(/|$)" /work/wt/used-repos.txt /work/wt/used-repos-s48.txt && echo USED || echo free
