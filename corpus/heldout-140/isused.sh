#!/bin/bash
# usage: isused.sh owner/repo ... ; prints USED or free for each (by owner or repo, case-insensitive)
for r in "$@"; do o="${r%%/*}"
 if cat /work/wt/used-repos.txt /work/wt/used-repos-s39.txt | awk -F/ -v o="$o" -v r="$r" 'tolower($1)==tolower(o)||tolower($0)==tolower(r){f=1} END{exit !f}'; then echo "USED $r"; else echo "free $r"; fi
done
