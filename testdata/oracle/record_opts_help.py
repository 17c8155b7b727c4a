#!/usr/bin/env python3
"""Record the option lists' help (qemu_opts_print_help: `-boot help`,
`-rtc base=utc,help`, `-chardev null,help`, ...) of a QEMU release into
engine/release/<version>/opts-help-<target>.txt (read by engine/cmdline).
The binaries come from PATH, as for record_texts.py:

    python3 testdata/oracle/record_opts_help.py engine/release/7.2
    PATH=$QBIN:$PATH python3 testdata/oracle/record_opts_help.py engine/release/10.0

Format: a line "== OPTION EXIT" starts a section; the section is QEMU's
stdout for `-OPTION help` (nothing on stderr), EXIT its exit status
(-boot's help exits 0, the others 1). Options whose help is something else
(a list of backends, an error) are not here, but for `-nic help` where it
lists the backends and NIC models (section "nic"). Two runs must give the same
file (--check DIR). `-display help` and `-audiodev help` go whole (stdout,
stderr, exit) to help-modules-<target>.json: they list what the installed
modules provide and name on stderr the modules the host lacks."""
import json, os, sys

from recordtext import qemu, save

BASE = ["-nodefaults", "-no-user-config", "-display", "none", "-M", "none", "-accel", "tcg"]
# option -> the argument that asks for the list's help
OPTS = {"boot": "help", "rtc": "help", "global": "help", "msg": "help", "overcommit": "help",
        "chardev": "null,help", "spice": "help", "vnc": "help", "action": "help", "add-fd": "help",
        "iscsi": "help"}


def run(binary, opt, arg):
    return qemu(binary, BASE + ["-" + opt, arg], timeout=20)


def record(binary):
    out = ""
    # `-nic help` (10.0: the netdev backends and every NIC model; 7.2 has
    # no such help and reads "help" as a type: left out there)
    rc, stdout, stderr = run(binary, "nic", "help")
    if rc == 0 and not stderr:
        out += "== nic %d\n%s" % (rc, stdout)
    for opt, arg in OPTS.items():
        rc, stdout, stderr = run(binary, opt, arg)
        if stderr or not stdout.endswith(" options:\n") and " options:\n" not in stdout:
            print("%s -%s %s: not a list's help (exit %d, %r): left out" % (binary, opt, arg, rc, stderr[:80]))
            continue
        out += "== %s %d\n%s" % (opt, rc, stdout)
    return out


# Helps that list what the build's modules provide: stdout and stderr (the
# modules the host lacks are named there, as for -vga help), kept whole in
# help-modules-<target>.json.
MODULE_HELPS = {"display": "help", "audiodev": "help"}


def record_modules(binary):
    out = {}
    for opt, arg in MODULE_HELPS.items():
        rc, stdout, stderr = run(binary, opt, arg)
        out[opt] = {"exit": rc, "stdout": stdout, "stderr": stderr}
    return json.dumps(out, indent=1, sort_keys=True) + "\n"


def main():
    args = sys.argv[1:]
    check = args[0] == "--check"
    for binary in ("x86_64", "ppc64"):
        save(os.path.join(args[-1], "help-modules-%s.json" % binary), record_modules(binary), check, "written")
        save(os.path.join(args[-1], "opts-help-%s.txt" % binary), record(binary), check)


if __name__ == "__main__":
    main()
