#!/usr/bin/env python3
"""Flatten a Google Cloud Build config (cloudbuild*.yaml) to .properties (written for heldout-81).
Kept: top-level scalars and maps (substitutions.*, options.*, timeout), step env lists as
steps.<id|[i]>.env.KEY, gcloud --set-env-vars/--update-env-vars and --set-secrets/--update-secrets
pairs as steps.<id|[i]>.set_env_vars.KEY / .set_secrets.KEY, docker --build-arg pairs as
steps.<id|[i]>.build_arg.KEY, legacy KMS secrets as secrets[i].kmsKeyName / secrets[i].secretEnv.KEY,
availableSecrets.secretManager[i].*. Dropped: the other command arguments, images, waitFor.
Values verbatim (Cloud Build $VAR / ${_VAR} substitutions kept as written)."""
import sys, re, yaml
sys.path.insert(0, '.')

def esc_key(k):
    return "".join("\\" + c if c in " :=#!\\" else c for c in k)
def esc_val(v):
    s = []
    for i, c in enumerate(v):
        if c == "\\": s.append("\\\\")
        elif c == "\n": s.append("\\n")
        elif c == "\t": s.append("\\t")
        elif c == " " and i == 0: s.append("\\ ")
        elif ord(c) > 126: s.append("\\u%04x" % ord(c))
        else: s.append(c)
    return "".join(s)
def fmt(v):
    if v is None: return ""
    if v is True: return "true"
    if v is False: return "false"
    return str(v)
def flat(node, prefix, out):
    if isinstance(node, dict):
        for k, v in node.items(): flat(v, f"{prefix}.{k}" if prefix else str(k), out)
    elif isinstance(node, list):
        for i, v in enumerate(node): flat(v, f"{prefix}[{i}]", out)
    else: out[prefix] = fmt(node)

FLAGS = {"--set-env-vars": "set_env_vars", "--update-env-vars": "set_env_vars",
         "--set-secrets": "set_secrets", "--update-secrets": "set_secrets", "--build-arg": "build_arg"}
def pairs(kind, val, prefix, out):
    parts = [val] if kind == "build_arg" else val.split(",")
    for p in parts:
        if "=" in p:
            k, v = p.split("=", 1)
            out[f"{prefix}.{kind}.{k}"] = v

def main():
    src, dst = sys.argv[1], sys.argv[2]
    text = open(src, encoding="utf-8").read()
    if len(sys.argv) > 3 and sys.argv[3] == "--tabs": text = text.replace("\t", " ")
    doc = yaml.safe_load(text)
    out = {}
    for k, v in doc.items():
        if k in ("steps", "images", "artifacts"): continue
        flat(v, k, out)
    for i, st in enumerate(doc.get("steps") or []):
        prefix = f"steps.{st['id']}" if st.get("id") else f"steps[{i}]"
        for e in st.get("env") or []:
            k, v = e.split("=", 1); out[f"{prefix}.env.{k}"] = v
        args = st.get("args") or []
        if isinstance(args, str): args = [args]
        toks = []
        for a in args:
            a = str(a)
            if "\n" in a or " " in a.strip():
                for m in re.finditer(r'(--(?:set|update)-(?:env-vars|secrets)|--build-arg)[= ]"?([^"\s\\]+)"?', a):
                    toks += [m.group(1), m.group(2)]
            else:
                toks.append(a)
        j = 0
        while j < len(toks):
            t = toks[j]
            name = t.split("=", 1)[0]
            if name in FLAGS:
                if "=" in t and not t.startswith("--build-arg="):
                    pairs(FLAGS[name], t.split("=", 1)[1], prefix, out)
                elif j + 1 < len(toks):
                    pairs(FLAGS[name], toks[j + 1], prefix, out); j += 1
            j += 1
    with open(dst, "w", encoding="ascii") as f:
        f.write(f"# Flattened from {src.split('/')[-1]} (Google Cloud Build) by cloudbuild2props.py\n")
        for k, v in out.items(): f.write(f"{esc_key(k)}={esc_val(v)}\n")
    print(dst, len(out), "keys")
main()
