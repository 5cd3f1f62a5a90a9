#!/bin/bash
# isused.sh owner/repo : prints USED if repo or owner in used lists
r=$(echo "$1" | tr A-Z a-z); o=${r%%/*}
cat /work/wt/used-repos.txt /work/wt/used-repos-s37.txt | tr A-Z a-z | awk -F/ -v r="$r" -v o="$o" '$0==r{print "USED-REPO "$0} $1==o{print "USED-OWNER "$0}' | head -3
