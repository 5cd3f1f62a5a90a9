#!/bin/bash
# usage: isused.sh owner/repo ...  -> USED or free, checking repo and owner case-insensitively in both lists
for r in "$@"; do
  o=${r%%/*}
  if cat /work/wt/used-repos.txt /work/wt/used-repos-s44.txt | tr -d '\r' | awk -v r="$r" -v o="$o" 'BEGIN{r=tolower(r);o=tolower(o)} {l=tolower($0); gsub(/^[ \t]+|[ \t]+$/,"",l); split(l,a,"/"); if (l==r || a[1]==o) {f=1}} END{exit !f}'; then echo "USED $r"; else echo "free $r"; fi
done
