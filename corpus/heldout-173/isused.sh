#!/bin/sh
# usage: isused.sh owner/repo ; prints matches in both used lists (case-insensitive, by repo and by owner)
r="$1"; o="${r%%/*}"
grep -i -x -F "$r" /work/wt/used-repos.txt /work/wt/used-repos-s43.txt
grep -i "^$o/" /work/wt/used-repos.txt /work/wt/used-repos-s43.txt | head -3
