#!/usr/bin/env python3
"""Record what turning vmx on adds to each x86 CPU model's TCG warnings: a
model's own VMX capabilities (its MSR feature words' defaults) are kept
only with vmx, and TCG lacks them all, so `-cpu MODEL,vmx=on` warns for
each. Into engine/release/<version>/x86_64-vmx-defaults.json, model ->
the warnings (without "qemu-system-x86_64: warning: ") that -cpu MODEL,vmx=on
prints beyond -cpu MODEL's and vmx's own, in QEMU's order; models with none
are left out.

    python3 testdata/oracle/record_vmx_defaults.py engine/release/7.2
    PATH=$QBIN:$PATH python3 testdata/oracle/record_vmx_defaults.py engine/release/10.0"""
import json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

PREFIX = "qemu-system-x86_64: warning: "
VMX = "TCG doesn't support requested feature: CPUID.01H:ECX.vmx [bit 5]"


def warnings(cpu):
    p = subprocess.run(["qemu-system-x86_64", "-S", "-nodefaults", "-no-user-config", "-display", "none", "-accel", "tcg",
                        "-M", "pc", "-smp", "1", "-cpu", cpu, "-qmp", "stdio"],
                       input='{"execute":"qmp_capabilities"}\n{"execute":"quit"}\n', capture_output=True, text=True, timeout=60)
    if p.returncode != 0:
        return None
    return [l.removeprefix(PREFIX) for l in p.stderr.splitlines() if l.startswith(PREFIX)]


def record(model):
    base, on = warnings(model), warnings(model + ",vmx=on")
    if base is None or on is None:
        return model, None
    extra = [w for w in on if w not in base and w != VMX]
    return model, extra or None


def main():
    out = sys.argv[1]
    with open(os.path.join(out, "x86_64-tcg.json")) as f:
        models = sorted(json.load(f))
    with ThreadPoolExecutor(2) as ex:
        got = dict(r for r in ex.map(record, models) if r[1])
    # Models share most lines: each line once, each model's as indices.
    lines, index = [], {}
    models_out = {}
    for model in sorted(got):
        ids = []
        for w in got[model]:
            if w not in index:
                index[w] = len(lines)
                lines.append(w)
            ids.append(index[w])
        models_out[model] = ids
    with open(os.path.join(out, "x86_64-vmx-defaults.json"), "w") as f:
        json.dump({"lines": lines, "models": models_out}, f, separators=(",", ":"))
        f.write("\n")
    print("x86_64-vmx-defaults.json: %d of %d models add warnings with vmx=on" % (len(got), len(models)))


if __name__ == "__main__":
    main()
