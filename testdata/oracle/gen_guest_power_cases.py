#!/usr/bin/env python3
"""Writes testdata/oracle/guest_power_cases.jsonl: a booted Linux 6.1 guest
and the machine's power: system_powerdown (HMP and QMP; pseries powers
off on the EPOW event, the x86 guest's busybox userspace has no acpid and
ignores the ACPI button), busybox's poweroff/halt with and without -f.

Recorded with ../shared/oracle/guest/guest_record.py against QEMU 7.2.22
(guest_power.jsonl) and 10.0.13 (v10.0/guest_power.jsonl), each twice;
only sessions that came out identical are kept (see README.md).

Left out (the recordings cannot be compared): `exit` of the shell (init)
panics the kernel, whose call trace holds stack words and the KASLR
offset, and names the CPU the shell last ran on; `reboot -f` (the
recorder cannot follow the firmware and the second boot to a prompt);
pseries `poweroff -f` (the kernel's "reboot: Power down" reaches the
console before QEMU exits in some recordings and not in others, on both
releases).

    python3 testdata/oracle/gen_guest_power_cases.py
"""
import json, os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "guest_power_cases.jsonl")
G = {"os": "linux", "auto_online": False}
SMP = ["-smp", "2,maxcpus=4"]

cases = []


def case(cid, machine, steps, note):
    cases.append({"id": cid, "binary": "ppc64" if machine == "pseries" else "x86_64",
                  "args": ["-M", machine] + SMP, "guest": dict(G), "steps": steps, "note": note})


case("pw-pc-powerdown-hmp", "pc", [
    {"hmp": "system_powerdown"}, {"guest": "echo still here"}, {"hmp": "system_powerdown"}, {"hmp": "info status"},
], "x86: the ACPI power button goes unheard (no acpid); the guest runs on")
case("pw-q35-powerdown-qmp", "q35", [
    {"qmp": {"execute": "system_powerdown"}}, {"guest": "cat /sys/devices/system/cpu/online"},
    {"qmp": {"execute": "query-status"}},
], "q35: POWERDOWN only")
case("pw-ps-powerdown-hmp", "pseries", [
    {"hmp": "system_powerdown", "until_event": "SHUTDOWN"}, {"hmp": "info status"},
], "pseries: the EPOW event powers the guest off; QEMU exits")
case("pw-ps-powerdown-qmp", "pseries", [
    {"guest": "echo 0 > /sys/devices/system/cpu/cpu1/online"},
    {"qmp": {"execute": "system_powerdown"}, "until_event": "SHUTDOWN"}, {"qmp": {"execute": "query-status"}},
], "pseries, a CPU offline: the same power-off")
case("pw-pc-poweroff-f", "pc", [
    {"guest": "poweroff", "timeout": 5}, {"guest": "poweroff -f", "timeout": 5}, {"hmp": "info status"},
], "busybox poweroff (no init to signal) and poweroff -f (ACPI S5: SHUTDOWN guest-shutdown)")
case("pw-pc-halt-f", "pc", [
    {"guest": "halt -f", "timeout": 5}, {"hmp": "info status"},
], "halt -f: the kernel stops, QEMU runs on")

with open(OUT, "w") as f:
    for c in cases:
        f.write(json.dumps(c) + "\n")
print(len(cases), "cases")
