#!/usr/bin/env python3
"""Record which x86 CPU features TCG lacks, into a release's
engine/release/<version>/x86_64-tcg-features.json (read by engine/cpumodel):
for every boolean property of qemu64-x86_64-cpu (the release's recorded
device-list-properties, aliases included), "-cpu qemu64,<feature>=on" and
the warning TCG prints for it, if any; features that only exist with
another one (the MSR(10AH) bits need arch-capabilities, the VMX controls
need vmx) are tried with it. The binary comes from PATH:

    python3 testdata/oracle/record-tcg-features.py engine/release/7.2
    PATH=$QBIN:$PATH python3 testdata/oracle/record-tcg-features.py engine/release/10.0
"""
import json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

PREFIX = "qemu-system-x86_64: warning: "


def warning(feature):
    for needs in ("", "arch-capabilities=on,", "vmx=on,"):
        p = subprocess.run(["qemu-system-x86_64", "-S", "-nodefaults", "-no-user-config", "-display", "none", "-accel", "tcg",
                            "-M", "pc", "-cpu", "qemu64,%s%s=on" % (needs, feature), "-qmp", "stdio"],
                           input='{"execute":"qmp_capabilities"}\n{"execute":"quit"}\n', capture_output=True, text=True, timeout=60)
        w = [l.removeprefix(PREFIX) for l in p.stderr.splitlines() if l.startswith(PREFIX + "TCG doesn't support requested feature")]
        if needs:  # keep the feature's own line, not its prerequisite's
            w = [l for l in w if not l.endswith(("arch-capabilities [bit 29]", ".vmx [bit 5]"))]
        if w:
            return feature, w[0]
    return feature, None


def main():
    out = sys.argv[1]
    props = json.load(open(os.path.join(out, "qemu64-x86_64-cpu-properties.json")))
    features = sorted(p["name"] for p in props if p["type"] == "bool" and "default-value" not in p)
    with ThreadPoolExecutor(2) as ex:
        result = {f: w for f, w in ex.map(warning, features) if w}
    with open(os.path.join(out, "x86_64-tcg-features.json"), "w") as f:
        json.dump(result, f, indent=0, sort_keys=True)
        f.write("\n")
    print(len(features), "features,", len(result), "lacking under TCG")


if __name__ == "__main__":
    main()
