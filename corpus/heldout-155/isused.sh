#!/bin/sh
# isused.sh owner/repo : prints hits in both used lists (owner match, case-insensitive)
o=$(echo "$1" | cut -d/ -f1)
grep -i "^$o/" /work/wt/used-repos.txt /work/wt/used-repos-s41.txt || echo "FREE $1"
