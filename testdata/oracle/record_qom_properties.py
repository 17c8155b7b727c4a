#!/usr/bin/env python3
"""Record what qom-list-properties answers for the object types a learner
creates: every user-creatable type of `-object help`, the chardev backends'
types (chardev-<backend> of `-chardev help`, and chardev-mux), and their
abstract bases (object, rng-backend, chardev, netfilter, tls-creds,
memory-backend, cryptodev-backend, event-loop-base). Writes
engine/release/<version>/qom-properties-<target>.txt, one line per type:

    type<TAB>the reply's list (JSON)

its members and their order as QEMU printed them (the class's and the bare instance's property hash
tables). Left out: filter-dump (after its listing the monitor never answers
again) and colo-compare (QEMU dies listing it), both releases, and any
type whose listing does not come back within 10 s (printed).

    python3 testdata/oracle/record_qom_properties.py engine/release/7.2
    PATH=$QBIN:$PATH python3 testdata/oracle/record_qom_properties.py engine/release/10.0
"""
import json, os, subprocess, sys

BASE = ["-M", "none", "-nodefaults", "-no-user-config", "-display", "none", "-accel", "tcg", "-S", "-qmp", "stdio"]
SKIP = {"filter-dump", "colo-compare"}
BASES = ["object", "rng-backend", "chardev", "netfilter", "tls-creds", "memory-backend", "cryptodev-backend",
         "event-loop-base"]


def types(binary, option):
    p = subprocess.run(["qemu-system-" + binary, option, "help"], capture_output=True, text=True, timeout=60)
    return [l.strip() for l in p.stdout.splitlines()[1:] if l.startswith("  ")]


def qlp(binary, names):
    lines = ['{"execute": "qmp_capabilities"}'] + [
        json.dumps({"execute": "qom-list-properties", "arguments": {"typename": n}}) for n in names] + \
        ['{"execute": "quit"}']
    try:
        p = subprocess.run(["qemu-system-" + binary] + BASE, input="\n".join(lines) + "\n", capture_output=True,
                           text=True, timeout=10)
    except subprocess.TimeoutExpired:
        print("timed out:", names)
        return []
    replies = [json.loads(l) for l in p.stdout.splitlines() if l.startswith('{"return"') or l.startswith('{"error"')]
    return replies[1:1 + len(names)]


def main(outdir):
    for binary in ["x86_64", "ppc64"]:
        names = [t for t in types(binary, "-object") if t not in SKIP]
        names += ["chardev-" + b for b in types(binary, "-chardev")] + BASES
        out = []
        for i in range(len(names)):  # a QEMU each: some never answer again (left out, printed)
            chunk = names[i:i + 1]
            for n, r in zip(chunk, qlp(binary, chunk)):
                if "return" in r:
                    out.append(n + "\t" + json.dumps(r["return"]) + "\n")
        with open(os.path.join(outdir, "qom-properties-%s.txt" % binary), "w") as f:
            f.writelines(out)
        print(binary, len(out), "types")


main(sys.argv[1])
