#!/bin/bash
# usage: isused.sh owner/repo  -> prints matches by owner or repo in both lists (case-insensitive)
o="${1%%/*}"; r="$1"
grep -i -e "^${o}/" -e "^${r}$" /work/wt/used-repos.txt /work/wt/used-repos-s43.txt || echo "FREE $1"
