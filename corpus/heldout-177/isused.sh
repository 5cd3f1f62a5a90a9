#!/bin/sh
# usage: isused.sh owner/repo -> prints entries of both lists with the same owner or the same owner/repo (case-insensitive)
o=$(echo "$1" | cut -d/ -f1)
grep -i -E "^${o}/" /work/wt/used-repos.txt /work/wt/used-repos-s43.txt
grep -i -x -F "$1" /work/wt/used-repos.txt /work/wt/used-repos-s43.txt
true
