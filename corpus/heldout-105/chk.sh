#!/bin/bash
# usage: chk.sh owner/repo ... ; prints USED or OK
for r in "$@"; do o=${r%%/*}; 
if cat /work/wt/used-repos.txt /work/wt/used-repos-s35.txt | tr -d '\r' | awk -F/ -v o="$o" -v r="$r" 'BEGIN{IGNORECASE=1} tolower($1)==tolower(o) || tolower($0)==tolower(r){f=1} END{exit !f}'; then echo "USED $r"; else 
 c=$(echo ${o:0:1} | tr A-Z a-z); case $c in [g-n]) echo "OK $r";; *) echo "PARTITION-NO $r";; esac; fi; done
