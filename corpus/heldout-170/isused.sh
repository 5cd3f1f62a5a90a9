#!/bin/sh
# usage: isused.sh owner/repo ; prints matches (owner or repo, case-insensitive) in both used lists
o=${1%%/*}
grep -i -h -E "^${o}/|^$1\$" /work/wt/used-repos.txt /work/wt/used-repos-s43.txt
