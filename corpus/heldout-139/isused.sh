#!/bin/sh
# isused.sh owner/repo : prints any line of the used lists with the same owner or repo (case-insensitive)
r="$1"; o="${r%%/*}"
cat /work/wt/used-repos.txt /work/wt/used-repos-s38.txt | grep -i -e "^$o/" -e "^$r\$" -e "/$o\$" || echo "FREE $r"
