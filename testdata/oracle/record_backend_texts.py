#!/usr/bin/env python3
"""Record a release's network and character backend help texts into
engine/release/<version>/ (the netdev and chardev packages print them):

    python3 testdata/oracle/record_backend_texts.py engine/release/7.2
    PATH=/work/oracle-env/qbin:$PATH python3 testdata/oracle/record_backend_texts.py engine/release/10.0

-netdev help is the same for both targets (checked here); -chardev help
lists the types in the order of the binary's type hash table, recorded per
target; -nic model=help depends on the board: pc's (q35's is the same, checked)
and pseries'.
Each text is stdout byte for byte; the run must exit 0."""
import os, subprocess, sys

BASE = ["-nodefaults", "-no-user-config", "-display", "none", "-accel", "tcg"]


def run(binary, args):
    p = subprocess.run(["qemu-system-" + binary] + BASE + args, capture_output=True, timeout=120)
    if p.returncode != 0 or p.stderr:
        raise SystemExit("qemu-system-%s %s: exit %d\n%s" % (binary, " ".join(args), p.returncode, p.stderr.decode()))
    return p.stdout.decode()


def main():
    out = sys.argv[1]
    files = {}
    x86, ppc = run("x86_64", ["-netdev", "help"]), run("ppc64", ["-netdev", "help"])
    if x86 != ppc:
        raise SystemExit("-netdev help differs between the targets")
    files["netdev-help.txt"] = x86
    for binary in ("x86_64", "ppc64"):
        text = run(binary, ["-chardev", "help"])
        if text != run(binary, ["-chardev", "help"]):
            raise SystemExit("-chardev help differs between two runs")
        files[binary + "-chardev-help.txt"] = text
    for binary, machine in (("x86_64", "pc"), ("ppc64", "pseries")):
        files["nic-models-%s.txt" % machine] = run(binary, ["-M", machine, "-nic", "model=help"])
    if run("x86_64", ["-M", "q35", "-nic", "model=help"]) != files["nic-models-pc.txt"]:
        raise SystemExit("q35's NIC models differ from pc's")
    for name, text in sorted(files.items()):
        with open(os.path.join(out, name), "w") as f:
            f.write(text)
    print("wrote", len(files), "files to", out)


main()
