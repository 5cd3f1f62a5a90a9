#!/bin/sh
# isused.sh owner/repo : prints USED if the repo or its owner is in either used list (case-insensitive)
for r in "$@"; do o=${r%%/*}
if cat /work/wt/used-repos.txt /work/wt/used-repos-s38.txt | tr 'A-Z' 'a-z' | cut -d/ -f1 | grep -qx "$(echo $o | tr 'A-Z' 'a-z')"; then echo "USED $r"; else echo "free $r"; fi; done
