#!/bin/sh
# isused.sh owner/repo : prints matches of repo or owner in both used lists (case-insensitive)
o=$(echo "$1" | cut -d/ -f1)
grep -i -E "^$o/|^$1\$" /work/wt/used-repos.txt /work/wt/used-repos-s40.txt || echo "free: $1"
