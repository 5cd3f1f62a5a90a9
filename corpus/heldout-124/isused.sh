#!/bin/sh
# isused.sh owner/repo : prints any line of the used lists with the same repo or owner (case-insensitive)
r="$1"; o="${r%%/*}"
grep -i -x -F "$r" /work/wt/used-repos.txt /work/wt/used-repos-s37.txt
grep -i "^$o/" /work/wt/used-repos.txt /work/wt/used-repos-s37.txt || echo "free: $r"
