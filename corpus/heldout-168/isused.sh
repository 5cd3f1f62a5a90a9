#!/bin/sh
# usage: isused.sh owner/repo  -> prints matches of repo or owner in both used lists (case-insensitive)
r="$1"; o="${r%%/*}"
grep -i -x -F "$r" /work/wt/used-repos.txt /work/wt/used-repos-s42.txt
grep -i "^$o/" /work/wt/used-repos.txt /work/wt/used-repos-s42.txt | head -3
