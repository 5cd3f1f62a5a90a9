#!/bin/sh
# isused.sh owner[/repo]: prints matches of the owner in both used-repos lists (case-insensitive)
o=$(echo "$1" | cut -d/ -f1)
grep -i -E "^${o}/|^${o}$" /work/wt/used-repos.txt /work/wt/used-repos-s41.txt && echo USED || echo free
