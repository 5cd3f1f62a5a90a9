#!/bin/bash
# fy.sh OUTNAME ORIGNAME [profile]  (reads JSON string on stdin) -> yaml-originals/OUTBASE--ORIG, flatten
out=$1; orig=$2; prof=${3:-prod}
o="yaml-originals/${out%.properties}--$orig"
python3 save.py "$o" >/dev/null
python3 yaml2props.py "$o" "$out" "$prof"
