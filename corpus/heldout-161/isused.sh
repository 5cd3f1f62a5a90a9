#!/bin/sh
# usage: isused.sh owner/repo ... ; prints USED or free per arg (owner or repo match, case-insensitive)
for r in "$@"; do o=${r%%/*}; if cat /work/wt/used-repos.txt /work/wt/used-repos-s41.txt | tr -d '\r' | grep -qi -e "^$o/" -e "^$r\$"; then echo "USED $r"; else echo "free $r"; fi; done
