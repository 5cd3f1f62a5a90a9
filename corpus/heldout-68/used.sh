#!/bin/bash
# usage: used.sh owner/repo ... ; prints USED if repo or owner listed
for r in "$@"; do o=${r%%/*}; if grep -qix "$r" /work/wt/used-repos.txt || grep -qi "^$o/" /work/wt/used-repos.txt; then echo "USED $r"; else echo "ok   $r"; fi; done
