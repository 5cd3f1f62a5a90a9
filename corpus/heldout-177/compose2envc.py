#!/usr/bin/env python3
"""compose2env.py (run unchanged) plus: an inline ' # comment' written on the upstream line of an
environment entry is kept as a '# comment' line directly above that KEY=value line.
With --build-args (first argument) the build.args entries of each service are appended after the environment
entries, under a '# build args of <service>' line, with the comment block written directly above 'args:' kept.
usage: compose2envc.py [--build-args] SRC DST NOTE [services]"""
import sys, subprocess, re, os, yaml
bargs = len(sys.argv) > 1 and sys.argv[1] == "--build-args"
if bargs: del sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))
subprocess.run([sys.executable, os.path.join(here, "compose2env.py")] + sys.argv[1:], check=True)
src, dst = sys.argv[1], sys.argv[2]
raw = open(src, encoding="utf-8").read().split("\n")
com = {}
for l in raw:
    m = re.match(r'\s*-?\s*["\']?([A-Za-z_][A-Za-z0-9_.]*)\s*[=:]\s*\S.*?\s#\s?(.*)$', l)
    if m and m.group(1) not in com: com[m.group(1)] = m.group(2).rstrip()
out = []
for l in open(dst, encoding="utf-8").read().split("\n"):
    k = l.split("=", 1)[0] if "=" in l and not l.startswith("#") else None
    if k and k in com: out.append("# " + com[k])
    out.append(l)
if bargs:
    if out and out[-1] == "": out.pop()
    d = yaml.safe_load(open(src, encoding="utf-8"))
    for name, svc in (d.get("services") or {}).items():
        b = (svc or {}).get("build")
        a = b.get("args") if isinstance(b, dict) else None
        if not a: continue
        out.append("# build args of " + name)
        for i, l in enumerate(raw):
            if l.strip() == "args:":
                j = i - 1; cm = []
                while j >= 0 and raw[j].strip().startswith("#"):
                    cm.insert(0, "# " + raw[j].strip().lstrip("#").strip()); j -= 1
                out.extend(cm)
        items = a.items() if isinstance(a, dict) else [e.split("=", 1) for e in a if "=" in e]
        for k, v in items: out.append(f"{k}={v}")
    out.append("")
open(dst, "w", encoding="utf-8").write("\n".join(out))
