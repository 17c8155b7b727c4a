#!/usr/bin/env python3
"""Record what qom-list answers for the objects QEMU makes whatever the
command line: each board's /machine, its own devices (every
/machine/unattached/device[N] of a -nodefaults -smp 1 start) and its PCI
host bridge, an instance of common -object types, and every CPU type (each
x86 model as the boot CPU of -cpu MODEL, each sPAPR core type and its
thread as pseries' boot core; found by query-cpus-fast's qom-path, as
before POWER9 the core is not device[1]; a hot-plugged CPU lists the same).
Writes engine/release/<version>/qom-lists-<target>.txt, one line per object:

    L<TAB>key<TAB>name<TAB>type<TAB>name<TAB>type...
    A<TAB>key<TAB>other key       (lists exactly as the other: most CPU models)

in qom-list's order; key is board:<board>:<path>, object:<type> or cpu:<type>.

    python3 testdata/oracle/record_qom_lists.py engine/release/7.2
    PATH=$QBIN:$PATH python3 testdata/oracle/record_qom_lists.py engine/release/10.0
    (add --objects-only to re-record the -object lines alone)
"""
import concurrent.futures, json, os, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from record_device_looks import user_types  # noqa: E402

BASE = ["-nodefaults", "-no-user-config", "-display", "none", "-accel", "tcg", "-S", "-smp", "1", "-qmp", "stdio"]
BOARDS = {"x86_64": {"pc": "/machine/i440fx", "q35": "/machine/q35"}, "ppc64": {"pseries": None}}
# Objects whose properties do not depend on the host: one instance each.
OBJECTS = {
    "iothread": "iothread,id=o",
    "memory-backend-ram": "memory-backend-ram,id=o,size=1M",
    "rng-builtin": "rng-builtin,id=o",
    "rng-random": "rng-random,id=o",
    "secret": "secret,id=o,data=x",
    "throttle-group": "throttle-group,id=o",
    "authz-simple": "authz-simple,id=o,identity=x",
    "cryptodev-backend-builtin": "cryptodev-backend-builtin,id=o",
    "memory-backend-file": "memory-backend-file,id=o,size=1M,mem-path=/dev/shm",
    "memory-backend-memfd": "memory-backend-memfd,id=o,size=1M",
}


def qmp(binary, args, requests):
    lines = ['{"execute": "qmp_capabilities"}'] + [json.dumps(r) for r in requests] + ['{"execute": "quit"}']
    p = subprocess.run(["qemu-system-" + binary] + BASE + args, input=("\n".join(lines) + "\n").encode(),
                       capture_output=True, timeout=120)
    replies = [json.loads(l) for l in p.stdout.decode().splitlines() if l.startswith('{"return"') or l.startswith('{"error"')]
    return replies[1:1 + len(requests)]


def qom_list(path):
    return {"execute": "qom-list", "arguments": {"path": path}}


def line(key, props):
    return "L\t" + key + "".join("\t%s\t%s" % (p["name"], p["type"]) for p in props) + "\n"


def cpu_types(binary):
    out = []
    for name, _ in user_types(binary):
        if binary == "x86_64" and name.endswith("-x86_64-cpu"):
            out.append((name, ["-cpu", name[:-len("-x86_64-cpu")]], "cpu"))
        if binary == "ppc64" and name.endswith("-spapr-cpu-core"):
            args = ["-M", "pseries", "-cpu", name[:-len("-spapr-cpu-core")]]
            out.append((name, args, "core"))
            out.append((name[:-len("-spapr-cpu-core")] + "-powerpc64-cpu", args, "thread"))
    return out


def cpu_list(binary, args, what):
    cpus = qmp(binary, args, [{"execute": "query-cpus-fast"}])
    if not cpus or "return" not in cpus[0]:
        return None  # did not start (host: needs KVM)
    path = cpus[0]["return"][0]["qom-path"]
    if what == "core":
        path = path.rsplit("/", 1)[0]
    r = qmp(binary, args, [qom_list(path)])
    return r[0].get("return") if r else None


def cpu_lines(binary):
    todo = [t for t in cpu_types(binary)]
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        lists = list(pool.map(lambda t: cpu_list(binary, t[1], t[2]), todo))
    first, text = {}, []
    for (typ, _, _), props in sorted(zip(todo, lists), key=lambda x: x[0][0]):
        if props is None:
            continue
        key = json.dumps(props)
        if key in first:
            text.append("A\tcpu:%s\tcpu:%s\n" % (typ, first[key]))
        else:
            first[key] = typ
            text.append(line("cpu:" + typ, props))
    return text


def object_lines(binary):
    text = []
    for typ, arg in OBJECTS.items():
        (r,) = qmp(binary, ["-object", arg], [qom_list("/objects/o")])
        if "return" in r:
            text.append(line("object:" + typ, r["return"]))
    return text


def objects_only(out):
    """--objects-only: the object lines alone re-recorded, in place (the
    rest as a full run wrote it)."""
    for binary in BOARDS:
        name = os.path.join(out, "qom-lists-%s.txt" % binary)
        old = open(name).readlines()
        at = next(i for i, l in enumerate(old) if l.startswith("L\tobject:"))
        rest = [l for l in old if not l.startswith("L\tobject:")]
        with open(name, "w") as f:
            f.writelines(rest[:at] + object_lines(binary) + rest[at:])
        print(name)


def main():
    out = sys.argv[1]
    if sys.argv[2:] == ["--objects-only"]:
        return objects_only(out)
    for binary, boards in BOARDS.items():
        text = []
        for board, bridge in boards.items():
            args = ["-M", board]
            (unattached,) = qmp(binary, args, [qom_list("/machine/unattached")])
            n = sum(1 for p in unattached["return"] if p["name"].startswith("device["))
            paths = ["/machine"] + ["/machine/unattached/device[%d]" % i for i in range(n)] + ([bridge] if bridge else [])
            for path, r in zip(paths, qmp(binary, args, [qom_list(p) for p in paths])):
                if "return" in r:
                    text.append(line("board:%s:%s" % (board, path), r["return"]))
        text += object_lines(binary)
        text += cpu_lines(binary)
        name = os.path.join(out, "qom-lists-%s.txt" % binary)
        with open(name, "w") as f:
            f.writelines(text)
        print("%-50s %d objects" % (name, len(text)))


if __name__ == "__main__":
    main()
