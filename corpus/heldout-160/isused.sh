#!/bin/sh
# usage: isused.sh owner [owner...]
for o in "$@"; do
  if grep -iq "^$o/" /work/wt/used-repos.txt /work/wt/used-repos-s41.txt; then echo "USED $o"; else echo "free $o"; fi
done
