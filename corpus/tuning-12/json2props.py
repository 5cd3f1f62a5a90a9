#!/usr/bin/env python3
"""Set 25 helper: flatten a JSON (or .NET appsettings JSON with whole-line // comments) file to
.properties with the flatten/escape rules of the development set's yaml2props.py, which it loads
unchanged (its source minus the final main() call). Whole-line // comments are dropped before
parsing; nothing else is changed.  usage: json2props.py SRC.json DST.properties"""
import sys, json
src = open("/work/shared/corpus/realworld/yaml2props.py", encoding="utf-8").read()
src = src[:src.rstrip().rfind("main()")]
ns = {}
exec(src, ns)

def main():
    s, d = sys.argv[1], sys.argv[2]
    lines = [l for l in open(s, encoding="utf-8").read().splitlines() if not l.lstrip().startswith("//")]
    doc = json.loads("\n".join(lines))
    out = {}
    ns["flatten"](doc, "", out)
    with open(d, "w", encoding="ascii") as f:
        f.write(f"# Flattened from {s.split('/')[-1]} (JSON) by set25 json2props.py (yaml2props.py rules); keys joined with '.'\n")
        for k, v in out.items():
            f.write(f"{ns['esc_key'](k)}={ns['esc_val'](v)}\n")
    print(d, len(out), "keys")

main()
