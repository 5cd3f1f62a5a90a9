#!/bin/bash
# isused.sh owner/repo : prints USED if repo or owner is listed (case-insensitive)
r="$1"; o="${r%%/*}"
cat /work/wt/used-repos.txt /work/wt/used-repos-s37.txt | tr -d '\r' | awk -v r="$r" -v o="$o" 'BEGIN{IGNORECASE=1} {split($1,a,"/"); if (tolower($1)==tolower(r)) print "USED-REPO", $1; else if (tolower(a[1])==tolower(o)) print "USED-OWNER", $1}' | head -3
