#!/usr/bin/env python3
"""Writes guide_cases.jsonl: the seed CPU hotplug guide's x86 and sPAPR
examples typed as printed (the built-in scenarios guide-x86 and
guide-spapr), with the mistakes a learner makes on the way: the prompt
pasted with the command, QMP JSON typed at the HMP prompt, the guide's
upper-case POWER7 type name, a socket the 6.2+ machine types do not have,
capabilities negotiated twice. Record with the real binaries, 7.2 and 10.0:
    python3 ../shared/oracle/record.py testdata/oracle/guide_cases.jsonl -o testdata/oracle/guide.jsonl
    PATH=/work/oracle-env/qbin:$PATH python3 ../shared/oracle/record.py testdata/oracle/guide_cases.jsonl -o testdata/oracle/v10.0/guide.jsonl
Left out (EXCLUDED): the cold-plug example pasted into a shell as printed,
whose stray word QEMU opens as a disk image: the answer depends on the
host's files.
"""
import json, os

GUIDE_X86 = ["-M", "pc", "-smp", "4,maxcpus=8,sockets=2,cores=2,threads=2"]
ADD = "device_add qemu64-x86_64-cpu,id=cpu1,socket-id=1,core-id=0,thread-id=0"
COLD = "qemu64-x86_64-cpu,id=cpu1,socket-id=1,core-id=1,thread-id=0"
GUIDE_SPAPR = ["-M", "pseries", "-smp", "2,maxcpus=4"]
H = lambda *cmds: [{"hmp": c} for c in cmds]
Q = lambda *cmds: [{"qmp": c} for c in cmds]

C = []
def case(id, binary, args, steps, **kw):
    c = {"id": id, "binary": binary, "args": args, "steps": steps}
    c.update(kw)
    C.append(c)

# x86: the walk-through, then what learners type on the way.
case("g-x86-walk", "x86_64", GUIDE_X86,
     H("info hotpluggable-cpus", ADD, "info cpus", "info hotpluggable-cpus", "device_del cpu1", "info cpus"))
case("g-x86-pasted", "x86_64", GUIDE_X86,
     H("(qemu) info hotpluggable-cpus", "(qemu) " + ADD, '{"execute": "query-hotpluggable-cpus"}',
       "device_add qemu64-x86_64-cpu,id=cpu1,socket-id=1", ADD, ADD,
       ADD.replace("cpu1", "cpu2"), "device_add Qemu64-x86_64-cpu,id=cpu2,socket-id=1,core-id=1,thread-id=0",
       "device_add qemu64-x86_64-cpu,id=cpu2,socket-id=2,core-id=0,thread-id=0",
       "device_del cpu2", "device_del /machine/unattached/device[0]"))
case("g-x86-qmp", "x86_64", GUIDE_X86,
     Q({"execute": "query-hotpluggable-cpus"}, {"execute": "qmp_capabilities"},
       {"execute": "device_add", "arguments": {"driver": "qemu64-x86_64-cpu", "id": "cpu1", "socket-id": 1, "core-id": 0, "thread-id": 0}},
       {"execute": "query-cpus-fast"}))
# The cold-plug example with its lines joined as the guide means them.
case("g-x86-coldplug", "x86_64", GUIDE_X86 + ["-device", COLD],
     H("info cpus", "info hotpluggable-cpus", ADD, "info cpus"))
case("g-q35-coldplug", "x86_64", ["-M", "q35"] + GUIDE_X86[2:] + ["-device", COLD], H("info cpus"))
# The later edition's -smp 1,maxcpus=2 on a 6.2+ machine: no socket 1.
case("g-x86-socket-range", "x86_64", ["-M", "pc", "-smp", "1,maxcpus=2"],
     H(ADD, "device_add qemu64-x86_64-cpu,id=cpu1,socket-id=0,core-id=1,thread-id=0", "info cpus"))

# sPAPR: the guide's POWER7 core type, as printed and in lower case.
case("g-spapr-walk", "ppc64", GUIDE_SPAPR,
     H("info hotpluggable-cpus", "device_add POWER7_v2.3-spapr-cpu-core,id=cpu1,core-id=2",
       "device_add power7_v2.3-spapr-cpu-core,id=cpu1,core-id=2",
       "device_add power9_v2.0-spapr-cpu-core,id=cpu1,core-id=1",
       "device_add power9_v2.0-spapr-cpu-core,id=cpu1,core-id=4",
       "device_add power9_v2.0-spapr-cpu-core,id=cpu1,core-id=2",
       "info cpus", "device_del cpu1", "info hotpluggable-cpus"), settle=0.5)
case("g-spapr-power7", "ppc64", GUIDE_SPAPR + ["-cpu", "POWER7"],
     H("info hotpluggable-cpus", "device_add power7_v2.3-spapr-cpu-core,id=cpu1,core-id=2", "info cpus"))
case("g-spapr-power7-lower", "ppc64", GUIDE_SPAPR + ["-cpu", "power7_v2.3"], H("info hotpluggable-cpus"))

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "guide_cases.jsonl"), "w") as f:
        for c in C:
            f.write(json.dumps(c) + "\n")
    print(len(C), "cases")
