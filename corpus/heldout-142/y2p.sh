#!/bin/bash
# y2p.sh ORIGINAL OUT.properties 'header note' : yaml2props.py output with its Spring header replaced by the note
python3 yaml2props.py "$1" "$2.tmp" >/dev/null && { echo "# $3"; tail -n +2 "$2.tmp"; } > "$2" && rm "$2.tmp"
