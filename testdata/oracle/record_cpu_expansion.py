#!/usr/bin/env python3
"""Record QMP query-cpu-model-expansion of every x86 CPU model a release
lists (query-cpu-definitions, plus "base" and "host"), static and full, on
the default machine under TCG, into
engine/release/<version>/cpu-expansion-x86_64.txt (read by engine/cpumodel).
The binary comes from PATH, as for record_texts.py:

    python3 testdata/oracle/record_cpu_expansion.py engine/release/7.2
    PATH=$QBIN:$PATH python3 testdata/oracle/record_cpu_expansion.py engine/release/10.0
    (--check re-records and compares with the file)

The answer is a QDict: its keys come in the dict's hash order, the same for
every model, so the file holds the order once and each model's values
where they differ from "base"'s:

    S<TAB>key<TAB>key...                static expansion's keys, in order
    F<TAB>key<TAB>json<TAB>key<TAB>json...   full expansion's keys, in order,
                                        with "base"'s values
    K<TAB>model<TAB>key...              a model whose class has keys of its
                                        own (max, host): its full order
    M<TAB>model<TAB>json                the model's full values that differ
                                        from base's ({} none)
    A<TAB>key<TAB>key...                 feature names that are one feature:
                                        setting the first in "props" sets them all

The recorder checks what the engine assumes: a static expansion's values
are the full expansion's for the same keys, named "base"; every model
prints the same keys in the same order. ppc64 has no such command."""
import json, os, subprocess, sys

BASE = ["-S", "-nodefaults", "-no-user-config", "-display", "none", "-accel", "tcg", "-qmp", "stdio"]


def session(requests):
    lines = ['{"execute": "qmp_capabilities"}'] + [json.dumps(r) for r in requests] + ['{"execute": "quit"}']
    p = subprocess.run(["qemu-system-x86_64"] + BASE, input=("\n".join(lines) + "\n").encode(), capture_output=True,
                       timeout=600)
    replies = [json.loads(l) for l in p.stdout.decode().splitlines()
               if l.startswith('{"return"') or l.startswith('{"error"')]
    return replies[1:1 + len(requests)]


def expand(t, name, props=None):
    m = {"name": name}
    if props is not None:
        m["props"] = props
    return {"execute": "query-cpu-model-expansion", "arguments": {"type": t, "model": m}}


def record():
    (defs,) = session([{"execute": "query-cpu-definitions"}])
    names = sorted({d["name"] for d in defs["return"]} | {"base", "host"})
    replies = session([expand(t, n) for n in names for t in ("static", "full")])
    static, full = {}, {}
    for i, n in enumerate(names):
        s, f = replies[2 * i], replies[2 * i + 1]
        assert "return" in s and "return" in f, (n, s, f)
        assert s["return"]["model"]["name"] == "base", n
        assert f["return"]["model"]["name"] == n, n
        static[n], full[n] = s["return"]["model"]["props"], f["return"]["model"]["props"]
    skeys, fkeys = list(static["base"]), list(full["base"])
    base = full["base"]
    out = ["S\t" + "\t".join(skeys) + "\n",
           "F" + "".join("\t%s\t%s" % (k, json.dumps(base[k])) for k in fkeys) + "\n"]
    for n in names:
        assert list(static[n]) == skeys, n
        for k, v in static[n].items():
            assert full[n][k] == v, (n, k)
        if list(full[n]) != fkeys:
            # A class with properties of its own (max, host): its order.
            out.append("K\t%s\t%s\n" % (n, "\t".join(full[n])))
        diff = {k: v for k, v in full[n].items() if k not in base or v != base[k]}
        out.append("M\t%s\t%s\n" % (n, json.dumps(diff, separators=(",", ":"))))
    # Alias groups: flip each boolean of qemu64 and see what else changes.
    q = full["qemu64"]
    bools = [k for k in fkeys if isinstance(q[k], bool)]
    flips = session([expand("full", "qemu64", {k: not q[k]}) for k in bools])
    seen = set()
    for k, r in zip(bools, flips):
        if k in seen or "return" not in r:
            continue
        changed = [j for j, v in r["return"]["model"]["props"].items() if v != q[j]]
        group = [k] + [j for j in changed if j != k and isinstance(q[j], bool) and q[j] == q[k]]
        if len(group) > 1:
            out.append("A\t" + "\t".join(group) + "\n")
            seen.update(group)
    return "".join(out)


def main():
    args = [a for a in sys.argv[1:] if a != "--check"]
    path = os.path.join(args[0], "cpu-expansion-x86_64.txt")
    text = record()
    if "--check" in sys.argv:
        same = open(path).read() == text
        print(path, "identical" if same else "DIFFERS")
        sys.exit(0 if same else 1)
    open(path, "w").write(text)
    print(path, len(text), "bytes")


if __name__ == "__main__":
    main()
