#!/bin/sh
# usage: isused.sh owner/repo ; checks owner and repo case-insensitive in both lists
o=${1%%/*}
grep -i -E "(^|[^A-Za-z0-9_.-])$o/" /work/wt/used-repos.txt /work/wt/used-repos-s42.txt | head -3
grep -i -x -F "$1" /work/wt/used-repos.txt /work/wt/used-repos-s42.txt | head -2
