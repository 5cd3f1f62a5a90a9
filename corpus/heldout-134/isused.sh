#!/bin/sh
# usage: isused.sh owner/repo  -> prints matches in both used lists (owner or repo, case-insensitive)
o=$(echo "$1" | cut -d/ -f1)
grep -i -E "(^|/)${o}(/|$)" /work/wt/used-repos.txt /work/wt/used-repos-s38.txt | head -5
grep -i -x "$1" /work/wt/used-repos.txt /work/wt/used-repos-s38.txt | head -3
