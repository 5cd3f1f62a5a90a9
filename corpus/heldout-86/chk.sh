#!/bin/sh
# chk.sh owner/repo ... : prints OK or USED for each, by repo and owner, case-insensitive
for r in "$@"; do o=${r%%/*}; 
 if cat /work/wt/used-repos.txt /work/wt/used-repos-s32.txt | tr -d '\r' | awk -F/ -v o="$o" 'BEGIN{o=tolower(o)} tolower($1)==o{f=1} END{exit !f}'; then echo "USED $r"; else
 case "$(echo $o | cut -c1 | tr A-Z a-z)" in [a-f]) echo "OK $r";; *) echo "PART $r";; esac; fi; done
