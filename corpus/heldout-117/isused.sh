#!/bin/sh
# usage: isused.sh owner/repo  -> prints matches in used lists (repo or owner), case-insensitive
o=${1%%/*}
grep -i -E "^${o}/|/${o}$|^${o}$" /work/wt/used-repos.txt /work/wt/used-repos-s36.txt || echo FREE
