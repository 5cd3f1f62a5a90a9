#!/bin/sh
# usage: isused.sh owner [repo]
for x in "$@"; do grep -i -E "(^|/)$x(/|$)" /work/wt/used-repos.txt /work/wt/used-repos-s41.txt; done
