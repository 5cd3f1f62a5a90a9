#!/bin/sh
# usage: isused.sh owner/repo
o=$(echo "$1" | cut -d/ -f1)
grep -i -E "^${o}(/|$)" /work/wt/used-repos.txt /work/wt/used-repos-s44.txt && echo USED || echo free
