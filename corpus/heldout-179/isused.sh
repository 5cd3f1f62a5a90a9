#!/bin/sh
# isused.sh owner[/repo] ... : case-insensitive check against both used lists
for a in "$@"; do o=${a%%/*}; if grep -qi -- "^$o/" /work/wt/used-repos.txt /work/wt/used-repos-s44.txt || grep -qix -- "$a" /work/wt/used-repos.txt /work/wt/used-repos-s44.txt; then echo "USED $a"; else echo "free $a"; fi; done
