#!/bin/bash
# usage: chk.sh owner/repo ... ; reports owner or repo already in used-repos
for r in "$@"; do o=${r%%/*}; if grep -qi "^$o/" /work/wt/used-repos.txt; then echo "USED-OWNER $r: $(grep -i "^$o/" /work/wt/used-repos.txt | head -3 | tr '\n' ' ')"; else echo "ok $r"; fi; done
