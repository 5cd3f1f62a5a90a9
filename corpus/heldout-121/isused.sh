#!/bin/bash
# isused.sh owner/repo : prints USED if repo or owner appears in used lists
for r in "$@"; do o=${r%%/*}; if cat /work/wt/used-repos.txt /work/wt/used-repos-s37.txt | grep -qiE "^${r}$|^${o}/"; then echo "USED $r"; else echo "free $r"; fi; done
