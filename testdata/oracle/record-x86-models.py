#!/usr/bin/env python3
"""Record what each x86 CPU model makes a QEMU release print under TCG, into
that release's engine/release/<version>/x86_64-tcg.json (read by
engine/cpumodel). The binary comes from PATH, the model list from the
release's recorded `-cpu help`:

    python3 testdata/oracle/record-x86-models.py engine/release/7.2
    PATH=$QBIN:$PATH python3 testdata/oracle/record-x86-models.py engine/release/10.0

Per model: "error" (the start-up error, when the model cannot start under
TCG), "tcg_warnings" (printed once per CPU: -smp 1) and "amd_no_topoext"
(the AMD hyperthreading warning with -smp 2,threads=2), "x2apic" (the CPU as
created has the x2APIC feature: APIC IDs of 255 and more need it)."""
import json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

PREFIX = "qemu-system-x86_64: "


X2APIC = '{"execute":"qom-get","arguments":{"path":"/machine/unattached/device[0]","property":"x2apic"}}\n'


def run(model, smp, extra=""):
    p = subprocess.run(["qemu-system-x86_64", "-S", "-nodefaults", "-no-user-config", "-display", "none", "-accel", "tcg",
                        "-M", "pc", "-smp", smp, "-cpu", model, "-qmp", "stdio"],
                       input='{"execute":"qmp_capabilities"}\n' + extra + '{"execute":"quit"}\n', capture_output=True, text=True, timeout=60)
    return p.returncode, p.stderr, p.stdout


def record(model):
    rc, err, out = run(model, "1", X2APIC)
    if rc != 0:
        return model, {"error": err.strip().removeprefix(PREFIX)}
    warnings = [l.removeprefix(PREFIX + "warning: ") for l in err.splitlines()
                if l.startswith(PREFIX + "warning: TCG doesn't support requested feature")]
    x2apic = any(json.loads(l).get("return") is True for l in out.splitlines() if l.startswith("{"))
    _, err2, _ = run(model, "2,threads=2")
    return model, {"amd_no_topoext": "This family of AMD CPU doesn't support hyperthreading" in err2, "tcg_warnings": warnings, "x2apic": x2apic}


def main():
    out = sys.argv[1]
    models = []
    for l in open(os.path.join(out, "x86_64-cpu-help.txt")).read().split("\n\n")[0].splitlines()[1:]:
        f = l.split()
        models.append(f[1] if f[0] == "x86" else f[0])  # 7.2: "x86 NAME ...", 10.0: "  NAME ..."
    with ThreadPoolExecutor(2) as ex:
        result = dict(ex.map(record, models))
    with open(os.path.join(out, "x86_64-tcg.json"), "w") as f:
        json.dump(result, f, indent=0, sort_keys=True)
    print(len(result), "models")


if __name__ == "__main__":
    main()
