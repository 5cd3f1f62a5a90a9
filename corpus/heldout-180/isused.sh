#!/bin/sh
# isused.sh owner[/repo] ... : case-insensitive check of owner and repo against both used lists
for a in "$@"; do o=${a%%/*}; 
  h=$(cat /work/wt/used-repos.txt /work/wt/used-repos-s44.txt | grep -i -E "^${o}/|/${a#*/}\$" | head -3 | tr '\n' ' ')
  [ -n "$h" ] && echo "USED $a: $h" || echo "free $a"; done
