#!/usr/bin/env python3
"""Record every QOM type and every device type's properties of a QEMU
release into engine/release/<version>/qom-<target>.txt (read lazily by
engine/qdev). The binaries come from PATH, as for record_texts.py:

    python3 testdata/oracle/record_devices.py engine/release/7.2
    PATH=$QBIN:$PATH python3 testdata/oracle/record_devices.py engine/release/10.0

Per binary (x86_64, ppc64), from one stopped QEMU with -nodefaults:
  qom-list-types {"abstract": true}       every type, its parent, abstract
  qom-list-types {"implements": I}        for every interface I
  device-list-properties {"typename": T}  for every device type T
  device_add T,help                       only its sha256, kept in
                                          testdata/oracle/device-help-<version>.sha256
                                          (qdev derives the text; a test compares)

The format (one record a line, tab separated; lines in QEMU's own order):
  T  name  parent  [a]        a type (a: abstract), qom-list-types order
  I  interface  i i i ...     the types implementing an interface (T indices)
  P  name  type  default  [description]
                              a property; default is JSON or "" for none;
                              the description field is absent when QEMU gives none
  L  p p p ...                a property list (P indices), as device-list-properties
  D  type  l                  a device type's list (L index)
  X  type  text               device-list-properties' error for a type that is not
                              merely abstract (a type in a module the binary lacks)
  C  type  text               the type whose listing kills QEMU (its last words)
  H  type type ...            user-creatable types that cannot be hot-plugged
                              (device_add answers "expects a pluggable device type", or
                              in later releases "Device 'T' does not support hotplugging";
                              a sysbus type the default machine does not take is
                              asked on the others)
  S  machine  type type ...   the sysbus types -device may create on a machine
Properties and lists are shared: most types repeat their parents' lists.

Two runs must give the same files (check with --check DIR: records into DIR
and compares)."""
import hashlib, json, os, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from record_device_looks import write_or_check  # noqa: E402

BASE = ["-S", "-nodefaults", "-no-user-config", "-display", "none", "-accel", "tcg", "-qmp", "stdio"]


class QMP:
    def __init__(self, binary, machine=None):
        self.binary = binary
        extra = ["-M", machine] if machine else []
        self.p = subprocess.Popen(["qemu-system-" + binary] + BASE + extra, stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  env=dict(os.environ, LC_ALL="C", LANG="C"))
        self.read()
        self.cmd("qmp_capabilities")

    def read(self):
        while True:
            line = self.p.stdout.readline()
            if not line:
                return None
            m = json.loads(line)
            if "event" not in m:
                return m

    def cmd(self, name, args=None):
        req = {"execute": name}
        if args is not None:
            req["arguments"] = args
        self.p.stdin.write((json.dumps(req) + "\n").encode())
        self.p.stdin.flush()
        return self.read()

    def died(self):
        err = self.p.stderr.read().decode()
        self.p.wait(timeout=30)
        return err

    def close(self):
        self.cmd("quit")
        self.p.wait(timeout=30)


def record(binary):
    q = QMP(binary)
    types = q.cmd("qom-list-types", {"abstract": True})["return"]
    index = {t["name"]: i for i, t in enumerate(types)}
    parent = {t["name"]: t.get("parent") for t in types}

    def under(n, root):
        while n:
            if n == root:
                return True
            n = parent.get(n)
        return False

    implements = {}
    for t in types:
        if t.get("parent") == "interface":
            r = q.cmd("qom-list-types", {"implements": t["name"], "abstract": True})["return"]
            implements[t["name"]] = [index[x["name"]] for x in r]
    props, errors, crashes, helps = {}, {}, {}, {}
    for t in types:
        n = t["name"]
        if not under(n, "device"):
            continue
        r = q.cmd("device-list-properties", {"typename": n})
        if r is None:
            crashes[n] = q.died().strip().splitlines()[-1]
            q = QMP(binary)
            continue
        if "error" in r:
            errors[n] = r["error"]["desc"]
            continue
        props[n] = r["return"]
        h = q.cmd("human-monitor-command", {"command-line": "device_add %s,help" % n})
        if h is None:
            crashes[n] = q.died().strip().splitlines()[-1]
            q = QMP(binary)
            continue
        helps[n] = hashlib.sha256(h["return"].replace("\r\n", "\n").encode()).hexdigest()[:16]
    q.close()
    user = user_creatable(binary)
    cold = []
    for n in user:
        # A sysbus type a machine does not take (10.0's intel-iommu on pc)
        # is refused for that before its class is asked: try the others.
        for machine in [None] + MACHINES[binary][1:]:
            q = QMP(binary, machine)
            r = q.cmd("human-monitor-command", {"command-line": "device_add %s,id=probe" % n})
            q.close()
            a = r.get("return", "")
            if "expects a pluggable device type" in a or "does not support hotplugging" in a and "'%s'" % n in a:
                cold.append(n)
            if "dynamic sysbus device type for the machine" not in a:
                break
    sysbus = {}
    for machine in MACHINES[binary]:
        sysbus[machine] = [n for n in user if under(n, "sys-bus-device") and allowed_sysbus(binary, machine, n)]
    return types, implements, props, errors, crashes, helps, cold, sysbus


MACHINES = {"x86_64": ["pc", "q35"], "ppc64": ["pseries"]}


def user_creatable(binary):
    """The types -device help lists."""
    p = subprocess.run(["qemu-system-" + binary, "-device", "help"], capture_output=True, timeout=60)
    return [l.split('"')[1] for l in p.stdout.decode().splitlines() if l.startswith('name "')]


def allowed_sysbus(binary, machine, n):
    p = subprocess.run(["qemu-system-" + binary] + BASE + ["-M", machine, "-device", n],
                       input=b'{"execute": "qmp_capabilities"}\n{"execute": "quit"}\n',
                       capture_output=True, timeout=60)
    return "expects a dynamic sysbus device type" not in p.stderr.decode()


def pack(types, implements, props, errors, crashes, cold, sysbus):
    out = []
    for t in types:
        out.append("T\t%s\t%s%s" % (t["name"], t.get("parent", ""), "\ta" if t.get("abstract") else ""))
    for i in sorted(implements):
        out.append("I\t%s\t%s" % (i, " ".join(map(str, implements[i]))))
    pidx, lidx = {}, {}
    plines, llines, dlines = [], [], []
    for n in sorted(props):
        ids = []
        for p in props[n]:
            f = [p["name"], p["type"], json.dumps(p["default-value"]) if "default-value" in p else ""]
            if "description" in p:
                f.append(p["description"])
            key = "\t".join(f)
            if "\n" in key:
                raise SystemExit("newline in a property of %s" % n)
            if key not in pidx:
                pidx[key] = len(plines)
                plines.append("P\t" + key)
            ids.append(pidx[key])
        lk = " ".join(map(str, ids))
        if lk not in lidx:
            lidx[lk] = len(llines)
            llines.append("L\t" + lk)
        dlines.append("D\t%s\t%d" % (n, lidx[lk]))
    out += plines + llines + dlines
    abstract = {t["name"] for t in types if t.get("abstract")}
    for n in sorted(errors):
        if n in abstract and errors[n] == "Parameter 'typename' expects a non-abstract device type":
            continue  # what every abstract type answers
        out.append("X\t%s\t%s" % (n, errors[n]))
    for n in sorted(crashes):
        out.append("C\t%s\t%s" % (n, crashes[n]))
    out.append("H\t" + " ".join(sorted(cold)))
    for m in sorted(sysbus):
        out.append("S\t%s\t%s" % (m, " ".join(sorted(sysbus[m]))))
    return "\n".join(out) + "\n"


def main():
    args = sys.argv[1:]
    check = args[0] == "--check"
    if check:
        args = args[1:]
    out = args[0]
    version = os.path.basename(os.path.normpath(out))
    helps_all = []
    for binary in ("x86_64", "ppc64"):
        types, implements, props, errors, crashes, helps, cold, sysbus = record(binary)
        text = pack(types, implements, props, errors, crashes, cold, sysbus)
        path = os.path.join(out, "qom-%s.txt" % binary)
        write_or_check(path, text, check)
        if check:
            continue
        print("%s: %d types, %d device types, %d crash" % (path, len(types), len(props), len(crashes)))
        helps_all += ["%s %s %s" % (binary, n, helps[n]) for n in sorted(helps)]
    if not check:
        here = os.path.dirname(os.path.abspath(__file__))
        with open(os.path.join(here, "device-help-%s.sha256" % version), "w") as f:
            f.write("\n".join(helps_all) + "\n")


if __name__ == "__main__":
    main()
