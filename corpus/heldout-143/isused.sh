#!/bin/bash
# isused.sh owner/repo : prints hits in used-repos lists by owner (case-insensitive)
o="${1%%/*}"
grep -i -E "^${o}/|^${o}\$" /work/wt/used-repos.txt /work/wt/used-repos-s39.txt && echo USED || echo free
