#!/usr/bin/env python3
"""Record what device_del answers for each device a board creates without a
parent (/machine/unattached/device[N], after the boot CPU) into a release's
engine/release/<version>/unattached-devices.json (read by engine/hotplug).
The binaries come from PATH, as for record_texts.py:

    python3 testdata/oracle/record_unattached.py engine/release/7.2
    PATH=$QBIN:$PATH python3 testdata/oracle/record_unattached.py engine/release/10.0

Per board ("pc", "q35", "pc,acpi=off", "pseries"), with -smp 1, from the first
device after the boot CPU (x86: after CPU 0's kvmvapic; pseries: after the
boot core): "D:<type>" a device that cannot be unplugged, "B:<bus>" one on
a bus without hotplug, "E:<text>" another refusal, "" one whose unplug
request is silently ignored."""
import json, os, re, subprocess, sys

BOARDS = {"pc": "x86_64", "q35": "x86_64", "pc,acpi=off": "x86_64", "pseries": "ppc64"}


def answers(binary, machine, n):
    lines = ['{"execute": "qmp_capabilities"}']
    for i in range(n):
        lines.append(json.dumps({"execute": "human-monitor-command",
                                 "arguments": {"command-line": "device_del /machine/unattached/device[%d]" % i}}))
    lines.append('{"execute": "quit"}')
    p = subprocess.run(["qemu-system-" + binary, "-S", "-nodefaults", "-no-user-config", "-display", "none",
                        "-accel", "tcg", "-qmp", "stdio", "-M", machine, "-smp", "1"],
                       input=("\n".join(lines) + "\n").encode(), capture_output=True, timeout=120)
    return [json.loads(l)["return"] for l in p.stdout.decode().splitlines()
            if l.startswith('{"return"') and isinstance(json.loads(l)["return"], str)]


def main():
    out = {}
    for machine, binary in BOARDS.items():
        l = []
        skip = 2  # boot CPU and kvmvapic, or XIVE and the boot core
        for a in answers(binary, machine, 40)[skip:]:
            a = a.strip().removeprefix("Error: ")
            if "not found" in a:
                break
            m = re.fullmatch(r"Device '(.*)' does not support hotplugging", a)
            b = re.fullmatch(r"Bus '(.*)' does not support hotplugging", a)
            l.append("D:" + m.group(1) if m else "B:" + b.group(1) if b else "E:" + a if a else "")
        out[machine] = l
    with open(os.path.join(sys.argv[1], "unattached-devices.json"), "w") as f:
        json.dump(out, f, indent=0)
        f.write("\n")
    print(out)


if __name__ == "__main__":
    main()
