#!/bin/bash
# usage: used.sh owner/repo  -> prints USED if repo or owner in used lists
r="$1"; o="${r%%/*}"
if grep -qixF "$r" /work/wt/used-repos.txt /work/wt/used-repos-s33.txt || grep -qi "^$o/" /work/wt/used-repos.txt /work/wt/used-repos-s33.txt; then echo "USED $r"; else echo "free $r"; fi
