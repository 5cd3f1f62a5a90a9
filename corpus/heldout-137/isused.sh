#!/bin/sh
# isused.sh owner/repo : prints matches by owner (case-insensitive) in both used-repos lists
o=$(echo "$1" | cut -d/ -f1)
grep -i "^$o/" /work/wt/used-repos.txt /work/wt/used-repos-s38.txt || echo "FREE $1"
