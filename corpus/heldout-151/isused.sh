#!/bin/sh
# isused.sh owner/repo : prints hits in the used-repos lists (case-insensitive, by repo and by owner)
r="$1"; o="${r%%/*}"
grep -i -e "^$o/" -e "^$r\$" /work/wt/used-repos.txt /work/wt/used-repos-s40.txt && echo USED || echo free
