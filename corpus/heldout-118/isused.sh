#!/bin/bash
# usage: isused.sh owner/repo ... ; prints USED or free per repo (repo or owner, case-insensitive)
for r in "$@"; do o="${r%%/*}"
 if cat /work/wt/used-repos.txt /work/wt/used-repos-s36.txt | tr -d '\r' | awk -v r="$r" -v o="$o" 'BEGIN{IGNORECASE=1} {split($0,a,"/"); if (tolower($0)==tolower(r) || tolower(a[1])==tolower(o)) f=1} END{exit !f}'; then echo "USED $r"; else echo "free $r"; fi
done
