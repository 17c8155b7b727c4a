#!/usr/bin/env python3
"""Record a QEMU release's trace-event catalog into engine/release/<version>/.

The binaries are taken from PATH (qemu-system-x86_64, qemu-system-ppc64), as
record_texts.py does, so the same script records the host's 7.2 and a
chroot's 10.0:

    python3 testdata/oracle/record_trace_events.py engine/release/7.2
    PATH=$QBIN:$PATH python3 testdata/oracle/record_trace_events.py engine/release/10.0

It writes two files:

trace-events.txt: every event `-trace help` lists, in that order, for both
  binaries merged into one list (the lists differ by a few blocks of
  target-specific events). One line per event, front-coded against the
  line before: "<targets><flags><shared prefix length>,<rest of the name>",
  targets "b" (both binaries), "x" (x86_64 only), "p" (ppc64 only); flags
  "v" (vCPU-specific: QMP says "vcpu": true) and "u" (unavailable: compiled
  out, QMP says "state": "unavailable"), from trace-event-get-state.

trace-formats.txt: "<name> <format>" for the events the simulator emits
  (the families in FAMILIES), the log backend's printf format as compiled
  into the binary (the "%d@%zu.%06zu:<name> <format>\\n" strings).
"""
import difflib, json, os, re, shutil, subprocess, sys

FAMILIES = ("cpuhp_", "spapr_drc_", "spapr_rtas_")
BASE = ["-nodefaults", "-no-user-config", "-display", "none", "-accel", "tcg"]


def trace_help(binary):
    p = subprocess.run(["qemu-system-" + binary, "-trace", "help"], capture_output=True, timeout=120)
    if p.returncode != 0:
        raise SystemExit("qemu-system-%s -trace help: exit %d" % (binary, p.returncode))
    return p.stdout.decode().splitlines()


def event_states(binary):
    """trace-event-get-state for "*": name -> (vcpu, state). The reply is
    read before quit is sent (a large reply is lost when QEMU quits first)."""
    p = subprocess.Popen(["qemu-system-" + binary] + BASE + ["-S", "-qmp", "stdio"],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    p.stdout.readline()
    out = None
    for c in ({"execute": "qmp_capabilities"}, {"execute": "trace-event-get-state", "arguments": {"name": "*"}}):
        p.stdin.write((json.dumps(c) + "\n").encode())
        p.stdin.flush()
        while True:
            m = json.loads(p.stdout.readline())
            if "return" in m or "error" in m:
                out = m
                break
    p.stdin.write(b'{"execute": "quit"}\n')
    p.stdin.flush()
    p.wait(timeout=60)
    return {e["name"]: (e.get("vcpu", False), e["state"]) for e in out["return"]}


def binary_file(binary):
    """The executable itself: PATH's, or the chroot's behind a wrapper script."""
    path = shutil.which("qemu-system-" + binary)
    with open(path, "rb") as f:
        head = f.read(4096)
    m = re.search(rb"chroot (\S+)", head) if head.startswith(b"#!") else None
    if m:
        return os.path.join(m.group(1).decode(), "usr/bin/qemu-system-" + binary)
    return path


def formats(binary):
    with open(binary_file(binary), "rb") as f:
        data = f.read()
    out = {}
    for m in re.finditer(rb"%d@%zu\.%06zu:([a-z0-9_]+) ([^\x00\n]*)\n\x00", data):
        name = m.group(1).decode()
        if name.startswith(FAMILIES):
            out[name] = m.group(2).decode()
    return out


def merge(x, p):
    out = []
    sm = difflib.SequenceMatcher(None, x, p, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            out += [("b", n) for n in x[i1:i2]]
        else:
            out += [("x", n) for n in x[i1:i2]] + [("p", n) for n in p[j1:j2]]
    return out


def main():
    out = sys.argv[1]
    x, p = trace_help("x86_64"), trace_help("ppc64")
    states = event_states("x86_64")
    states.update(event_states("ppc64"))
    lines, prev = [], ""
    for t, name in merge(x, p):
        vcpu, state = states[name]
        flags = ("v" if vcpu else "") + ("u" if state == "unavailable" else "")
        k = 0
        while k < min(len(prev), len(name), 99) and prev[k] == name[k]:
            k += 1
        lines.append("%s%s%d,%s" % (t, flags, k, name[k:]))
        prev = name
    with open(os.path.join(out, "trace-events.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")
    fm = formats("x86_64")
    fm.update(formats("ppc64"))
    with open(os.path.join(out, "trace-formats.txt"), "w") as f:
        for name in sorted(fm):
            f.write("%s %s\n" % (name, fm[name]))
    print("%s: %d events (%d x86_64, %d ppc64), %d formats" % (out, len(lines), len(x), len(p), len(fm)))


if __name__ == "__main__":
    main()
