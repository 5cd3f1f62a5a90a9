#!/bin/bash
# show.sh JAR FILE [KEY...] : the text report of one file (production), or only lines naming the keys
f="$2"; jar="$1"; shift 2
opt=--properties; [[ "$f" == *.env ]] && opt=--env-file
if [ $# -eq 0 ]; then java -jar "$jar" check $opt "$f" --stage production; else
  out=$(java -jar "$jar" check $opt "$f" --stage production); for k in "$@"; do echo "$out" | grep -i -F -- "$k"; done; fi
