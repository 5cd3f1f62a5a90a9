#!/bin/bash
# usage: isused.sh owner/repo ... ; prints USED or free per repo (owner match, case-insensitive)
for r in "$@"; do o="${r%%/*}"
 if cat /work/wt/used-repos.txt /work/wt/used-repos-s39.txt | tr -d '\r' | awk -F/ '{print tolower($1)}' | grep -qx "$(echo "$o" | tr A-Z a-z)"; then echo "USED $r"; else echo "free $r"; fi; done
