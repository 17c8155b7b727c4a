#!/usr/bin/env python3
"""Record `-machine TYPE,help` (the machine type's properties) for every
machine type of a QEMU release into
engine/release/<version>/machine-props-<target>.txt (read by
engine/cmdline). The binaries come from PATH, as for record_texts.py:

    python3 testdata/oracle/record_machine_help.py engine/release/7.2
    PATH=$QBIN:$PATH python3 testdata/oracle/record_machine_help.py engine/release/10.0

QEMU prints "<TYPE>-machine options:" and the class's properties, with an
alias resolved to its type ("pc" prints pc-i440fx-7.2's). Most versioned
types share their properties, so the file holds each distinct list once:
a line "== TYPE TYPE ..." names the types whose list follows (QEMU's
stdout without its first line; exit 0, nothing on stderr).
Two runs must give the same file (--check DIR)."""
import os, sys

from recordtext import qemu, save

BASE = ["-S", "-nodefaults", "-no-user-config", "-display", "none", "-accel", "tcg"]


def run(binary, arg):
    rc, stdout, stderr = qemu(binary, BASE + ["-machine", arg])
    if rc != 0 or stderr:
        raise SystemExit("%s -machine %s: exit %d %s" % (binary, arg, rc, stderr))
    return stdout


def record(binary):
    types = []
    for line in run(binary, "help").splitlines()[1:]:
        t = line.split()[0]
        if "(alias of" not in line:
            types.append(t)
    bodies = {}
    for t in types:
        out = run(binary, t + ",help")
        head, _, body = out.partition("\n")
        if head != t + "-machine options:":
            raise SystemExit("%s: unexpected header %r" % (t, head))
        bodies.setdefault(body, []).append(t)
    return "".join("== %s\n%s" % (" ".join(ts), body) for body, ts in bodies.items())


def main():
    args = sys.argv[1:]
    check = args[0] == "--check"
    for binary in ("x86_64", "ppc64"):
        text = record(binary)
        save(os.path.join(args[-1], "machine-props-%s.txt" % binary), text, check,
             "%d lines, %d lists" % (text.count("\n"), text.count("\n== ") + 1))


if __name__ == "__main__":
    main()
