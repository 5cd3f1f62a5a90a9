#!/bin/sh
# isused.sh owner/repo ... : prints USED or free, checking owner and repo case-insensitively in both lists
for r in "$@"; do o=${r%%/*}; if cat /work/wt/used-repos.txt /work/wt/used-repos-s39.txt | grep -qi "^$o/"; then echo "USED $r"; else echo "free $r"; fi; done
