#!/bin/sh
# usage: isused.sh owner  -> prints matching lines from both lists
grep -i "^$1/" /work/wt/used-repos.txt /work/wt/used-repos-s41.txt || echo "free: $1"
