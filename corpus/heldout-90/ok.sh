#!/bin/bash
# usage: ok.sh owner/repo ... ; prints OK or USED for each (repo or owner match, case-insensitive)
for r in "$@"; do
  o=${r%%/*}
  if cat /work/wt/used-repos.txt /work/wt/used-repos-s32.txt | tr 'A-Z' 'a-z' | awk -v o="$(echo $o | tr A-Z a-z)" -v r="$(echo $r | tr A-Z a-z)" -F/ '$0==r || $1==o {f=1} END{exit !f}'; then echo "USED $r"; else echo "OK   $r"; fi
done
