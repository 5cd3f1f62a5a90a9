#!/bin/sh
# isused.sh owner/repo : prints matches in both used-repos lists (owner or repo, case-insensitive)
o=$(echo "$1" | cut -d/ -f1)
grep -i -E "^${o}(/|$)" /work/wt/used-repos.txt /work/wt/used-repos-s41.txt && echo USED || echo free
