#!/bin/bash
# usage: chk.sh owner/repo ; checks used-repos.txt and used-repos-s34.txt by repo and owner
r="$1"; o="${r%%/*}"
grep -i -x -F "$r" /work/wt/used-repos.txt /work/wt/used-repos-s34.txt && { echo "USED-REPO $r"; exit 1; }
grep -i "^$o/" /work/wt/used-repos.txt /work/wt/used-repos-s34.txt && { echo "USED-OWNER $o"; exit 1; }
case "${o,,}" in [g-n]*) echo "OK $r";; *) echo "PARTITION-NO $r"; exit 1;; esac
