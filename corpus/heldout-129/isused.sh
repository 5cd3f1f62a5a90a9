#!/bin/sh
# usage: isused.sh owner/repo ...  -> prints USED (repo or owner listed) or free
for r in "$@"; do o=${r%%/*}
 if cat /work/wt/used-repos.txt /work/wt/used-repos-s37.txt | tr -d '\r' | awk -F/ -v o="$o" 'tolower($1)==tolower(o){f=1} END{exit !f}'; then echo "USED-OWNER $r"; else echo "free $r"; fi
done
