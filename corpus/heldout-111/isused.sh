#!/bin/bash
# isused.sh owner/repo : check repo and owner against both used lists (case-insensitive)
r="$1"; o="${r%%/*}"
grep -i -x -F "$r" /work/wt/used-repos.txt /work/wt/used-repos-s36.txt && echo "USED-REPO $r" && exit 1
grep -i "^$o/" /work/wt/used-repos.txt /work/wt/used-repos-s36.txt && echo "USED-OWNER $o" && exit 1
echo "free $r"
