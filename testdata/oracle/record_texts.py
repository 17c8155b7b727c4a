#!/usr/bin/env python3
"""Record a QEMU release's help texts into engine/release/<version>/.

The binaries are taken from PATH (qemu-system-x86_64, qemu-system-ppc64), so
the same script records the host's 7.2 and a chroot's 10.0 (see
../shared/oracle/v10.0/README.md for the PATH wrapper):

    python3 testdata/oracle/record_texts.py engine/release/7.2
    PATH=$QBIN:$PATH python3 testdata/oracle/record_texts.py engine/release/10.0

Every text file is what the binary printed, byte for byte, with "\\n" line
ends (HMP's "\\r\\n" turned into "\\n"); a .json file is a QMP command's
return value in the binary's own order.
Then record-x86-models.py writes the release's x86_64-tcg.json."""
import json, os, subprocess, sys

BASE = ["-nodefaults", "-no-user-config", "-display", "none", "-accel", "tcg"]


def run(binary, args):
    p = subprocess.run(["qemu-system-" + binary] + BASE + args, capture_output=True, timeout=120)
    if p.returncode != 0:
        raise SystemExit("qemu-system-%s %s: exit %d\n%s" % (binary, " ".join(args), p.returncode, p.stderr.decode()))
    return p.stdout.decode()


def run_both(binary, args):
    """stdout and stderr of a run that exits 0."""
    p = subprocess.run(["qemu-system-" + binary] + BASE + args, capture_output=True, timeout=120)
    if p.returncode != 0:
        raise SystemExit("qemu-system-%s %s: exit %d\n%s" % (binary, " ".join(args), p.returncode, p.stderr.decode()))
    return p.stdout.decode(), p.stderr.decode()


def hmp(binary, args, commands):
    """Run HMP commands through QMP's human-monitor-command; return their outputs."""
    lines = ['{"execute": "qmp_capabilities"}']
    for c in commands:
        lines.append(json.dumps({"execute": "human-monitor-command", "arguments": {"command-line": c}}))
    lines.append('{"execute": "quit"}')
    p = subprocess.run(["qemu-system-" + binary] + BASE + ["-S", "-qmp", "stdio"] + args,
                       input=("\n".join(lines) + "\n").encode(), capture_output=True, timeout=120)
    outs = []
    for l in p.stdout.decode().splitlines():
        m = json.loads(l)
        if "return" in m and isinstance(m["return"], str):
            outs.append(m["return"].replace("\r\n", "\n"))
    if len(outs) != len(commands):
        raise SystemExit("qemu-system-%s: %d HMP replies for %d commands\n%s" % (binary, len(outs), len(commands), p.stdout.decode()))
    return outs


def qmp(binary, args, request):
    """One QMP command's return value, as the binary printed it (key order kept)."""
    lines = ['{"execute": "qmp_capabilities"}', json.dumps(request), '{"execute": "quit"}']
    p = subprocess.run(["qemu-system-" + binary] + BASE + ["-S", "-qmp", "stdio"] + args,
                       input=("\n".join(lines) + "\n").encode(), capture_output=True, timeout=120)
    replies = [l for l in p.stdout.decode().splitlines() if l.startswith('{"return"')]
    if len(replies) < 2:
        raise SystemExit("qemu-system-%s: no reply to %s\n%s" % (binary, request, p.stdout.decode()))
    return json.loads(replies[1], object_pairs_hook=lambda kv: dict(kv))["return"]


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    files = {}
    for t, core in (("x86_64", None), ("ppc64", "spapr")):
        files[t + "-cpu-help.txt"] = run(t, ["-cpu", "help"])
        files[t + "-device-help.txt"] = run(t, ["-device", "help"])
        files[t + "-machine-help.txt"] = run(t, ["-machine", "help"])
        # -vga help lists the cards whose modules are installed; probing a
        # missing one prints "type is NULL" on stderr.
        vga_out, vga_err = run_both(t, ["-vga", "help"])
        files[t + "-vga-help.json"] = json.dumps({"stdout": vga_out, "stderr": vga_err}, indent=0) + "\n"
        h, hi = hmp(t, [], ["help", "help info"])
        files["hmp-help-" + t + ".txt"], files["hmp-help-info-" + t + ".txt"] = h, hi
    files["smp-help.txt"] = run("x86_64", ["-smp", "help"])
    files["qemu64-x86_64-cpu-props.txt"] = run("x86_64", ["-device", "qemu64-x86_64-cpu,help"])
    files["power9_v2.0-spapr-cpu-core-props.txt"] = run("ppc64", ["-device", "power9_v2.0-spapr-cpu-core,help"])
    files["powerpc64-cpu-props.txt"] = run("ppc64", ["-device", "power9_v2.0-powerpc64-cpu,help"])
    for t in ("x86_64", "ppc64"):
        files[t + "-machines.json"] = json.dumps(qmp(t, [], {"execute": "query-machines"}), indent=0) + "\n"
    for typ in ("qemu64-x86_64-cpu", "max-x86_64-cpu"):
        props = qmp("x86_64", [], {"execute": "device-list-properties", "arguments": {"typename": typ}})
        files[typ + "-properties.json"] = json.dumps(props) + "\n"
    for typ in ("power9_v2.0-spapr-cpu-core", "power9_v2.0-powerpc64-cpu"):
        props = qmp("ppc64", [], {"execute": "device-list-properties", "arguments": {"typename": typ}})
        files[typ + "-properties.json"] = json.dumps(props) + "\n"
    for name, text in sorted(files.items()):
        with open(os.path.join(out, name), "w") as f:
            f.write(text)
        print("%-40s %6d lines" % (name, text.count("\n")))


if __name__ == "__main__":
    main()
