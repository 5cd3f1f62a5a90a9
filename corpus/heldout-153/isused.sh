#!/bin/sh
# usage: isused.sh owner[/repo] ...  -> prints matches in used-repos lists (case-insensitive, by owner)
for a in "$@"; do o=${a%%/*}; echo "== $a"; grep -i "^$o/" /work/wt/used-repos.txt /work/wt/used-repos-s40.txt; grep -ix "$a" /work/wt/used-repos.txt /work/wt/used-repos-s40.txt; done
