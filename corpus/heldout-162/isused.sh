#!/bin/sh
# usage: isused.sh owner/repo ; checks owner and repo case-insensitively in both lists
o=${1%%/*}
cat /work/wt/used-repos.txt /work/wt/used-repos-s42.txt | grep -i -E "(^|/)$o(/|$)|^$1$" && echo USED || echo free
