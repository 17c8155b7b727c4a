#!/usr/bin/env python3
"""Measure what QEMU 7.2's versioned x86 machine types (pc_compat_X_Y,
hw_compat_X_Y) set on its CPUs, into engine/release/7.2/x86_64-cpu-compat.txt
(read by engine/format's CPUCompatProps). 7.2's query-machines has no
"compat-props" (9.1 added it; 10.0's lists are x86_64-machines-compat.txt),
so the tables are measured instead: every machine type expands every CPU
model (query-cpu-model-expansion, type full), recorded twice with the real
binary (../shared/oracle/record.py) and kept only when both agree; each
version is compared with the next newer one of its family, and what changed
is written as that version's step, in x86_64-machines-compat.txt's format:

  M  machine  base             base: the next newer version of the family
  P  qom-type  property  value the value the expansion shows (booleans as
                               on/off); qom-type x86_64-cpu when every model
                               changed alike, else the model's own type

A machine's list is its base's, then its own (the older wins), as QEMU's
class init chain applies them.

    python3 testdata/oracle/record_cpu_compat.py engine/release/7.2
"""
import json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("SHARED", os.path.join(HERE, "..", "..", "..", "shared"))


def version(name):
    return tuple(int(x) for x in name.rsplit("-", 1)[1].split("."))


def record(cases, out):
    subprocess.run([sys.executable, os.path.join(SHARED, "oracle", "record.py"), cases, "-o", out, "-j", "2"], check=True)
    res = {}
    for line in open(out):
        c = json.loads(line)
        res[c["id"]] = {s["qmp"]["arguments"]["model"]["name"]: s["return"]["model"]["props"] for s in c["steps"]}
    return res


def text(v):
    if v is True:
        return "on"
    if v is False:
        return "off"
    return str(v)


def main(reldir):
    machines = [m["name"] for m in json.load(open(os.path.join(reldir, "x86_64-machines.json")))
                if m["name"].startswith(("pc-i440fx-", "pc-q35-"))]
    models = [d["name"] for d in json.load(open(os.path.join(reldir, "qmp-cpu-definitions-x86_64.json")))
              if d["name"] != "host"]  # host needs KVM
    tmp = tempfile.mkdtemp()
    cases = os.path.join(tmp, "cases.jsonl")
    with open(cases, "w") as f:
        for m in machines:
            f.write(json.dumps({"id": m, "binary": "x86_64", "args": ["-M", m, "-smp", "1"], "timeout": 120,
                                "steps": [{"qmp": {"execute": "query-cpu-model-expansion", "arguments":
                                          {"type": "full", "model": {"name": x}}}} for x in models]}) + "\n")
    a, b = record(cases, os.path.join(tmp, "a.jsonl")), record(cases, os.path.join(tmp, "b.jsonl"))
    if a != b:
        sys.exit("the two recordings differ: not written")
    out = ["# Measured by testdata/oracle/record_cpu_compat.py: each versioned x86 machine's",
           "# changes to its CPUs' properties against the next newer version (see the script)."]
    for fam in ("pc-i440fx-", "pc-q35-"):
        names = sorted((m for m in a if m.startswith(fam)), key=version, reverse=True)
        for i, m in enumerate(names):
            base = names[i - 1] if i > 0 else ""
            out.append("M\t%s\t%s" % (m, base))
            if not base:
                continue
            changed = {}  # (prop, value) -> models
            for model in models:
                new, old = a[base][model], a[m][model]
                for k in sorted(set(new) | set(old)):
                    if k in old and new.get(k) != old[k]:
                        changed.setdefault((k, text(old[k])), []).append(model)
            for (k, v), ms in sorted(changed.items()):
                if len(ms) == len(models):
                    out.append("P\tx86_64-cpu\t%s\t%s" % (k, v))
                else:
                    out += ["P\t%s-x86_64-cpu\t%s\t%s" % (x, k, v) for x in ms]
    with open(os.path.join(reldir, "x86_64-cpu-compat.txt"), "w") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
