#!/bin/sh
# hdr.sh FILE "header text": replace the first line (the converter's default header) with "# header text"
python3 - "$1" "$2" <<'P'
import sys
f, h = sys.argv[1], sys.argv[2]
t = open(f, encoding="utf-8").read().split("\n", 1)
open(f, "w", encoding="utf-8").write("# " + h + "\n" + t[1])
P
