#!/usr/bin/env python3
"""Record which QMP commands QEMU runs before the machine is initialised
(-preconfig: the commands whose schema says allow-preconfig). Each command
query-commands lists is sent once, without arguments, to a -preconfig
QEMU (quit and x-exit-preconfig left out); qmp_dispatch refuses the others
with "The command 'NAME' is permitted only after machine initialization
has completed" before their arguments are read. Writes
engine/release/<version>/qmp-preconfig-<target>.txt, the allowed names,
one a line, sorted.

    python3 testdata/oracle/record_preconfig.py engine/release/7.2
    PATH=$QBIN:$PATH python3 testdata/oracle/record_preconfig.py engine/release/10.0
"""
import json, os, subprocess, sys

BASE = ["-nodefaults", "-no-user-config", "-display", "none", "-accel", "tcg", "-S", "-preconfig", "-qmp", "stdio"]
BOARD = {"x86_64": ["-M", "pc"], "ppc64": ["-M", "pseries"]}


def replies(binary, requests):
    lines = ['{"execute": "qmp_capabilities"}'] + [json.dumps(r) for r in requests] + ['{"execute": "quit"}']
    p = subprocess.run(["qemu-system-" + binary] + BASE + BOARD[binary], input=("\n".join(lines) + "\n").encode(),
                       capture_output=True, timeout=120)
    out = [json.loads(l) for l in p.stdout.decode().splitlines() if l.startswith('{"return"') or l.startswith('{"error"')]
    return out[1:1 + len(requests)]


def main(outdir):
    for binary in ("x86_64", "ppc64"):
        names = sorted(c["name"] for c in replies(binary, [{"execute": "query-commands"}])[0]["return"])
        names = [n for n in names if n not in ("quit", "x-exit-preconfig")]
        got = replies(binary, [{"execute": n} for n in names])
        assert len(got) == len(names), (binary, len(got), len(names))
        allowed = [n for n, r in zip(names, got)
                   if "permitted only after machine initialization" not in r.get("error", {}).get("desc", "")]
        allowed += ["quit", "x-exit-preconfig"]
        with open(os.path.join(outdir, "qmp-preconfig-%s.txt" % binary), "w") as f:
            f.write("".join(n + "\n" for n in sorted(allowed)))
        print(binary, len(allowed), "of", len(names) + 2)


if __name__ == "__main__":
    main(sys.argv[1])
