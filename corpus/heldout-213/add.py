#!/usr/bin/env python3
"""Append label rows: add.py FILE SOURCE < lines 'key|FLAG|why'. Also writes the sources.tsv row once."""
import sys, os
f, src = sys.argv[1], sys.argv[2]
note = sys.argv[3] if len(sys.argv) > 3 else ""
if not os.path.exists("labels.tsv"):
    open("labels.tsv", "w").write("file\tkey\texpected\twhy\tsource\n")
with open("labels.tsv", "a") as o:
    for l in sys.stdin:
        l = l.rstrip("\n")
        if not l.strip(): continue
        k, e, w = l.split("|", 2)
        o.write(f"{f}\t{k}\t{e}\t{w}\t{src}\n")
rows = [l.split("\t")[0] for l in open("sources.tsv")] if os.path.exists("sources.tsv") else []
if f not in rows:
    open("sources.tsv", "a").write(f"{f}\t{src}{(' ' + note) if note else ''}\n")
