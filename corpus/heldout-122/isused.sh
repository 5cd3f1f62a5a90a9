#!/bin/bash
# isused.sh owner/repo : prints USED if repo or owner is listed
r="$1"; o="${r%%/*}"
if cat /work/wt/used-repos.txt /work/wt/used-repos-s37.txt | tr 'A-Z' 'a-z' | awk -F/ -v o="$(echo $o|tr A-Z a-z)" '$1==o{f=1} END{exit !f}'; then echo "USED $r"; else echo "free $r"; fi
