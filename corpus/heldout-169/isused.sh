#!/bin/sh
# usage: isused.sh owner/repo ; prints matches (case-insensitive) of owner or repo in both lists
o=${1%%/*}
grep -i -E "(^|/)${o}(/|$)" /work/wt/used-repos.txt /work/wt/used-repos-s42.txt | head -5
grep -i -x "$1" /work/wt/used-repos.txt /work/wt/used-repos-s42.txt | head -3
