#!/usr/bin/env python3
"""Record `-object help` and `-object TYPE,help` for every user-creatable
type of a QEMU release into engine/release/<version>/object-help-<target>.txt
(read lazily by engine/object). The binaries come from PATH, as for
record_texts.py:

    python3 testdata/oracle/record_object_help.py engine/release/7.2
    PATH=$QBIN:$PATH python3 testdata/oracle/record_object_help.py engine/release/10.0

Format: a line "== help" or "== TYPE" starts a section; the section is
QEMU's stdout for that option, exactly (QEMU exits 0 with nothing on
stderr for each). Two runs must give the same file (--check DIR)."""
import os, sys

from recordtext import qemu, save

BASE = ["-S", "-nodefaults", "-no-user-config", "-display", "none", "-accel", "tcg"]


def run(binary, arg):
    rc, stdout, stderr = qemu(binary, BASE + ["-object", arg])
    if rc != 0 or stderr:
        raise SystemExit("%s -object %s: exit %d %s" % (binary, arg, rc, stderr))
    return stdout


def record(binary):
    listing = run(binary, "help")
    out = "== help\n" + listing
    for line in listing.splitlines()[1:]:
        t = line.strip()
        out += "== %s\n%s" % (t, run(binary, t + ",help"))
    return out


def main():
    args = sys.argv[1:]
    check = args[0] == "--check"
    for binary in ("x86_64", "ppc64"):
        text = record(binary)
        save(os.path.join(args[-1], "object-help-%s.txt" % binary), text, check)


if __name__ == "__main__":
    main()
