#!/usr/bin/env python3
"""Record what `query-machines` with "compat-props": true adds (QEMU 9.1 and
later) into engine/release/<version>/<target>-machines-compat.txt.

    PATH=$QBIN:$PATH python3 testdata/oracle/record_machines_compat.py engine/release/10.0

Each machine's compat-props list is the list of a newer machine of its
family with entries appended (the machine class inits chain newest first),
so the file stores, per machine in query-machines' order, the machine whose
whole list starts its own (the longest such; it may come later in the
file) and what follows:

    M<TAB>name<TAB>base ("" for none)
    P<TAB>qom-type<TAB>property<TAB>value

The rest of each entry is the release's <target>-machines.json
(record_texts.py), which this checks it matches. A release whose
query-machines takes no compat-props (7.2) gets its refusal as a comment
line ("# " and the error's desc), so that every release has the file."""
import json, os, sys

from record_texts import BASE, qmp
import subprocess


def encode(machines):
    lists = {m["name"]: [(p["qom-type"], p["property"], p["value"]) for p in m["compat-props"]] for m in machines}
    out = []
    for m in machines:
        own = lists[m["name"]]
        base = ""
        for name, l in lists.items():
            if name != m["name"] and len(l) < len(own) and own[:len(l)] == l and len(l) > len(lists.get(base, [])):
                base = name
        if base and not lists[base]:
            base = ""
        out.append("M\t%s\t%s" % (m["name"], base))
        for p in own[len(lists[base]) if base else 0:]:
            for f in p:
                if "\t" in f or "\n" in f:
                    raise SystemExit("a tab or newline in %r" % (p,))
            out.append("P\t%s\t%s\t%s" % p)
    return "\n".join(out) + "\n"


def decode(text):
    own, base, order, cur = {}, {}, [], None
    for line in text.splitlines():
        f = line.split("\t")
        if f[0] == "M":
            cur = f[1]
            order.append(cur)
            own[cur], base[cur] = [], f[2]
        else:
            own[cur].append(tuple(f[1:]))

    def full(name):
        return (full(base[name]) if base[name] else []) + own[name]
    return order, {n: full(n) for n in order}


def refusal(binary):
    """The error's desc when query-machines refuses compat-props, or ""."""
    lines = ['{"execute": "qmp_capabilities"}',
             json.dumps({"execute": "query-machines", "arguments": {"compat-props": True}}), '{"execute": "quit"}']
    p = subprocess.run(["qemu-system-" + binary] + BASE + ["-S", "-qmp", "stdio"],
                       input=("\n".join(lines) + "\n").encode(), capture_output=True, timeout=120)
    for l in p.stdout.decode().splitlines():
        m = json.loads(l)
        if "error" in m:
            return m["error"]["desc"]
    return ""


def main():
    out = sys.argv[1]
    for t in ("x86_64", "ppc64"):
        refused = refusal(t)
        if refused:
            with open(os.path.join(out, t + "-machines-compat.txt"), "w") as f:
                f.write("# " + refused + "\n")
            print("%s-machines-compat.txt: refused (%s)" % (t, refused))
            continue
        machines = qmp(t, [], {"execute": "query-machines", "arguments": {"compat-props": True}})
        plain = [{k: v for k, v in m.items() if k != "compat-props"} for m in machines]
        with open(os.path.join(out, t + "-machines.json")) as f:
            if json.load(f) != plain:
                raise SystemExit(t + "-machines.json differs from this binary's query-machines: record it again first")
        text = encode(machines)
        order, lists = decode(text)
        if order != [m["name"] for m in machines] or any(
                lists[m["name"]] != [(p["qom-type"], p["property"], p["value"]) for p in m["compat-props"]] for m in machines):
            raise SystemExit(t + ": the file does not give back what the binary printed")
        with open(os.path.join(out, t + "-machines-compat.txt"), "w") as f:
            f.write(text)
        print("%s-machines-compat.txt: %d machines, %d lines" % (t, len(machines), text.count("\n")))


if __name__ == "__main__":
    main()
