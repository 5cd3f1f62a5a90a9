#!/bin/sh
# isused.sh owner/repo : reports whether the owner or the repository appears in either used list (case-insensitive)
o=$(echo "$1" | cut -d/ -f1)
cat /work/wt/used-repos.txt /work/wt/used-repos-s43.txt | grep -i -e "^$o/" -e "^$1\$" && echo USED || echo free
