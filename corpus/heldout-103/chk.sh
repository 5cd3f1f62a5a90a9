#!/bin/bash
# usage: chk.sh owner/repo ... ; prints USED or ok
for r in "$@"; do o=${r%%/*}
 if cat /work/wt/used-repos.txt /work/wt/used-repos-s34.txt | tr -d '\r' | awk -F/ -v o="$o" -v r="$r" 'BEGIN{o=tolower(o);r=tolower(r)} {if(tolower($0)==r||tolower($1)==o) f=1} END{exit !f}'; then echo "USED $r"; else echo "ok   $r"; fi
done
