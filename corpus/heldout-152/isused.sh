#!/bin/sh
# usage: isused.sh owner/repo  -> prints matches of repo or owner (case-insensitive) in both used lists
o=$(echo "$1" | cut -d/ -f1)
grep -i -E "^${o}(/|$)" /work/wt/used-repos.txt /work/wt/used-repos-s40.txt && echo USED || echo free
