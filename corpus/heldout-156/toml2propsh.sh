#!/bin/sh
# toml2propsh.sh IN OUT : header + toml2props.py output
{ echo "# Flattened from $(basename $1) by toml2props.py (tables dotted, arrays [i])"; python3 toml2props.py "$1"; } > "$2"
