#!/bin/bash
# usage: isused.sh owner/repo  -> prints matches of owner or repo in both used lists (case-insensitive)
for a in "$@"; do
  o="${a%%/*}"
  echo "== $a"
  grep -i -E "^${o}/" /work/wt/used-repos.txt /work/wt/used-repos-s44.txt
  grep -i -x -F "$a" /work/wt/used-repos.txt /work/wt/used-repos-s44.txt
done
