#!/usr/bin/env python3
"""Record what qom-get answers for every property of the objects whose values
come from their type, not from what the user gave: each machine type's
/machine (every type query-machines lists that starts under TCG) and each CPU
type as the boot CPU (x86: -cpu MODEL, /machine/unattached/device[0]; sPAPR:
the boot core of pseries -cpu MODEL and its thread). The start is
`-nodefaults -smp 1 -S`, so what -smp, -m and -boot set is the default here
(the engine computes those itself). Children are left out; links kept.
Writes engine/release/<version>/qom-values-<target>.txt, one line per object:

    V<TAB>key<TAB>base key or -<TAB>prop<TAB>json<TAB>prop<TAB>json...

and qom-aliases-x86_64.txt, an x86 CPU's feature aliases (alias<TAB>property),
qom-featurebits-x86_64.txt, the CPUID bits each feature property sets.

key is machine:<type> or cpu:<type>; an object with a base lists only where
it differs from the base (json ! where the base has a property it lacks); bases come first.
rtc-time is left out: it is the host's clock.

    python3 testdata/oracle/record_qom_values.py engine/release/7.2
    python3 testdata/oracle/record_qom_values.py --check engine/release/7.2   (a second run)
    PATH=$QBIN:$PATH python3 testdata/oracle/record_qom_values.py engine/release/10.0
"""
import concurrent.futures, json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from record_device_looks import user_types, write_or_check  # noqa: E402
from record_qom_lists import qmp, qom_list  # noqa: E402


def values(binary, args, path):
    """{prop: value} of every non-child property of path, or None."""
    r = qmp(binary, args, [qom_list(path)])
    if not r or "return" not in r[0]:
        return None
    props = [p["name"] for p in r[0]["return"]
             if not p["type"].startswith("child<") and p["name"] not in ("type", "rtc-time")]  # rtc-time: the host's clock
    gets = qmp(binary, args, [{"execute": "qom-get", "arguments": {"path": path, "property": p}} for p in props])
    out = {}
    for p, g in zip(props, gets):
        if "return" in g:
            out[p] = g["return"]
    return out


def machine_types(binary):
    (r,) = qmp(binary, [], [{"execute": "query-machines"}])
    return sorted(m["name"] for m in r["return"] if m["name"] != "none")


def objects(binary):
    """(key, args, path, or core/thread for the sPAPR boot core found at run time)."""
    out = []
    for m in machine_types(binary):
        out.append(("machine:" + m, ["-M", m], "/machine"))
    for name, _ in user_types(binary):
        if binary == "x86_64" and name.endswith("-x86_64-cpu"):
            out.append(("cpu:" + name, ["-M", "pc", "-cpu", name[:-len("-x86_64-cpu")]], "/machine/unattached/device[0]"))
        if binary == "ppc64" and name.endswith("-spapr-cpu-core"):
            model = name[:-len("-spapr-cpu-core")]
            args = ["-M", "pseries", "-cpu", model]
            out.append(("cpu:" + name, args, "core"))
            out.append(("cpu:" + model + "-powerpc64-cpu", args, "thread"))
    return out


def record_one(binary, args, what):
    path = what
    if what in ("core", "thread"):
        cpus = qmp(binary, args, [{"execute": "query-cpus-fast"}])
        if not cpus or "return" not in cpus[0]:
            return None
        path = cpus[0]["return"][0]["qom-path"]
        if what == "core":
            path = path.rsplit("/", 1)[0]
    return values(binary, args, path)


def base_of(key):
    if key.startswith("machine:"):
        for family in ("pc-i440fx-", "pc-q35-", "pseries-"):
            if key.startswith("machine:" + family):
                return "machine:" + family.rstrip("-")
        return None
    if key.endswith("-x86_64-cpu"):
        return "cpu:qemu64-x86_64-cpu"
    if key.endswith("-spapr-cpu-core"):
        return "cpu:power9_v2.0-spapr-cpu-core"
    return "cpu:power9_v2.0-powerpc64-cpu"


def text(binary):
    todo = objects(binary)
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lambda t: record_one(binary, t[1], t[2]), todo))
    vals = {k: v for (k, _, _), v in zip(todo, got) if v is not None}
    # A family's base is its newest versioned machine type (the alias).
    for family in ("pc-i440fx", "pc-q35", "pseries"):
        names = [k for k in vals if k.startswith("machine:" + family + "-")]
        if names:
            newest = max(names, key=lambda k: [int(x) if x.isdigit() else 0 for x in k.split("-")[-1].split(".")])
            vals["machine:" + family] = vals[newest]
    bases = {}
    for key in vals:
        base = base_of(key)
        bases[key] = base if base != key and base in vals else None
    lines = []
    for key in sorted(vals, key=lambda k: (bases[k] is not None, k)):  # bases first
        base, v = bases[key], vals[key]
        fields = []
        if base:
            b = vals[base]
            for p in v:
                if p not in b or b[p] != v[p]:
                    fields.append((p, json.dumps(v[p], separators=(",", ":"))))
            fields += [(p, "!") for p in b if p not in v]
        else:
            fields = [(p, json.dumps(v[p], separators=(",", ":"))) for p in v]
        lines.append("V\t%s\t%s%s\n" % (key, base or "-", "".join("\t%s\t%s" % f for f in fields)))
    return "".join(lines)


def x86_aliases():
    """An x86 CPU's feature aliases (sse4_1, lahf_lm, i64 ...): qom-set of
    each bool property of a realized CPU is refused naming the property the
    alias stands for. One line each: alias<TAB>property."""
    path = "/machine/unattached/device[0]"
    (r,) = qmp("x86_64", ["-M", "pc"], [qom_list(path)])
    props = [p["name"] for p in r["return"] if p["type"] == "bool"]
    hmp = [{"execute": "human-monitor-command", "arguments": {"command-line": "qom-set %s %s on" % (path, p)}} for p in props]
    lines = []
    for p, g in zip(props, qmp("x86_64", ["-M", "pc"], hmp)):
        msg = g.get("return", "")
        if "Attempt to set property '" in msg:
            name = msg.split("Attempt to set property '")[1].split("'")[0]
            if name != p:
                lines.append("%s\t%s\n" % (p, name))
    return "".join(sorted(lines))


def x86_feature_bits():
    """Which CPUID bits each x86 feature property sets: -cpu qemu64,F=on
    (F=off where qemu64 has it already) changes feature-words, or, where TCG
    lacks it, filtered-features. One line each:
    feature<TAB>eax<TAB>ecx or -<TAB>register<TAB>bit [<TAB>eax...]."""
    path = "/machine/unattached/device[0]"
    get = [{"execute": "qom-get", "arguments": {"path": path, "property": p}} for p in ("feature-words", "filtered-features")]

    def words(model):
        got = qmp("x86_64", ["-M", "pc", "-cpu", model], get)
        if len(got) != 2 or any("return" not in g for g in got):
            return None
        out = {}
        for g in got:
            for w in g["return"]:
                k = (w["cpuid-input-eax"], w.get("cpuid-input-ecx"), w["cpuid-register"])
                out[k] = out.get(k, 0) | w["features"]
        return out

    base = words("qemu64")
    (r,) = qmp("x86_64", ["-M", "pc"], [qom_list(path)])
    aliases = set(l.split("\t")[0] for l in x86_aliases().splitlines())
    props = [p["name"] for p in r["return"] if p["type"] == "bool" and p["name"] not in aliases]

    def bits(f):
        for v in ("on", "off"):
            w = words("qemu64,%s=%s" % (f, v))
            if w is None:
                return None
            diff = []
            for k in sorted(w, key=str):
                x = w[k] ^ base.get(k, 0)
                diff += [(k, b) for b in range(32) if x >> b & 1]
            if diff:
                return diff
        return None

    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        found = list(pool.map(bits, props))
    lines = []
    for f, diff in sorted(zip(props, found)):
        if diff:
            lines.append(f + "".join("\t%d\t%s\t%s\t%d" % (k[0], "-" if k[1] is None else k[1], k[2], b) for k, b in diff) + "\n")
    return "".join(lines)


def main():
    args = sys.argv[1:]
    check = args[0] == "--check"
    for binary in ("x86_64", "ppc64"):
        write_or_check(os.path.join(args[-1], "qom-values-%s.txt" % binary), text(binary), check)
    write_or_check(os.path.join(args[-1], "qom-aliases-x86_64.txt"), x86_aliases(), check)
    write_or_check(os.path.join(args[-1], "qom-featurebits-x86_64.txt"), x86_feature_bits(), check)


if __name__ == "__main__":
    main()
