#!/usr/bin/env python3
"""Writes machineopts_cases.jsonl: machine options and types on the CPU path
(issue 8, item 5) for both releases: the pseries capabilities
(cap-*=broken|workaround|fixed...), ic-mode=xics|xive|dual and max-cpu-compat
(their warnings, errors and the QOM numbering of the boot cores), isapc and
microvm (CPU listings, device_add refusals, events), and x86 CPU features'
TCG warnings (a libvirt host-model -cpu line, features on device_add).

    python3 ../shared/oracle/record.py testdata/oracle/machineopts_cases.jsonl -o testdata/oracle/machineopts.jsonl -j 1
    PATH=$QBIN:$PATH python3 ../shared/oracle/record.py testdata/oracle/machineopts_cases.jsonl -o testdata/oracle/v10.0/machineopts.jsonl -j 1

(twice each; only cases that come out identical are kept.)"""
import json, os

C = []


def case(b, id, *args, steps=None, **kw):
    c = {"id": ("mo-x-" if b == "x86_64" else "mo-p-") + id, "binary": b, "args": list(args)}
    if steps:
        c["steps"] = steps
    c.update(kw)
    C.append(c)


x = lambda *a, **k: case("x86_64", *a, **k)
p = lambda *a, **k: case("ppc64", *a, **k)
SLOTS = [{"hmp": "info hotpluggable-cpus"}, {"hmp": "info cpus"}, {"qmp": "query-cpus-fast"}]

# pseries capabilities: every security cap and value, on old and new machines and CPUs
for cap, vals in [("cap-cfpc", ["broken", "workaround", "fixed", "WORKAROUND"]), ("cap-sbbc", ["broken", "workaround", "fixed"]),
                  ("cap-ibs", ["broken", "workaround", "fixed-ibs", "fixed-ccd", "fixed-na"]),
                  ("cap-ccf-assist", ["on", "off", "yes"])]:
    for v in vals:
        p("%s-%s" % (cap, v), "-M", "pseries,%s=%s" % (cap, v))
for m in ["pseries-5.0", "pseries-6.1", "pseries-7.2"]:
    for cpu in ["POWER7", "POWER8", "POWER9"]:
        p("caps-%s-%s" % (m, cpu), "-M", m, "-cpu", cpu)
p("caps-p7-sbbc-broken-cfpc-fixed", "-M", "pseries,cap-sbbc=broken,cap-cfpc=fixed", "-cpu", "POWER7")
p("caps-all-broken", "-M", "pseries,cap-cfpc=broken,cap-sbbc=broken,cap-ibs=broken,cap-ccf-assist=off")
p("caps-reset", "-M", "pseries,cap-ibs=fixed-ccd", steps=[{"qmp": "system_reset"}, {"hmp": "system_reset"}])
p("caps-bad", "-M", "pseries,cap-ibs=fixed")
p("caps-htm-p8", "-M", "pseries,cap-htm=on", "-cpu", "POWER8")

# max-cpu-compat
for compat, cpu in [("power8", None), ("power9", None), ("power7", None), ("power10", None), ("power9", "POWER8"),
                    ("power8", "POWER9"), ("power7", "POWER9"), ("POWER8", None), ("power5+", None), ("power11", None)]:
    a = ["-M", "pseries,max-cpu-compat=" + compat] + (["-cpu", cpu] if cpu else [])
    p("compat-%s%s" % (compat, "-" + cpu if cpu else ""), *a, steps=[{"hmp": "info cpus"}])
p("compat-plug", "-M", "pseries,max-cpu-compat=power9", "-smp", "1,maxcpus=2", steps=[
    {"hmp": "device_add power10_v2.0-spapr-cpu-core,id=c1,core-id=1"},
    {"hmp": "device_add power9_v2.0-spapr-cpu-core,id=c1,core-id=1"}, *SLOTS])

# ic-mode: the interrupt controller decides the boot cores' QOM numbering
for mode in ["xics", "xive", "dual", "XICS", "foo"]:
    for cpu in [None, "POWER8"]:
        a = ["-M", "pseries,ic-mode=" + mode, "-smp", "2,maxcpus=4"] + (["-cpu", cpu] if cpu else [])
        p("icmode-%s%s" % (mode, "-" + cpu if cpu else ""), *a, steps=[
            *SLOTS, {"hmp": "device_del /machine/unattached/device[0]"},
            {"qmp": {"execute": "qom-get", "arguments": {"path": "/machine", "property": "ic-mode"}}}])
p("icmode-xics-plug-del", "-M", "pseries,ic-mode=xics", "-smp", "1,maxcpus=3", steps=[
    {"hmp": "device_add power10_v2.0-spapr-cpu-core,id=c1,core-id=2"}, {"hmp": "device_del c1"}, *SLOTS])
p("icmode-old", "-M", "pseries-5.0,ic-mode=xive", "-cpu", "POWER9", steps=SLOTS)

# isapc: one CPU, no hotplug
x("isapc", "-M", "isapc", steps=[*SLOTS, {"qmp": "query-hotpluggable-cpus"},
                                 {"hmp": "device_add qemu64-x86_64-cpu,id=c1,socket-id=0,core-id=0,thread-id=0"},
                                 {"hmp": "device_del /machine/unattached/device[0]"}])
x("isapc-smp2", "-M", "isapc", "-smp", "2")
x("isapc-smp-max", "-M", "isapc", "-smp", "1,maxcpus=2")
x("isapc-cpu", "-M", "isapc", "-cpu", "486", steps=SLOTS)
x("isapc-default-cpu", "-M", "isapc", steps=[{"qmp": {"execute": "qom-get", "arguments": {"path": "/machine/unattached/device[0]", "property": "type"}}}])

# microvm: no CPU hotplug
x("microvm", "-M", "microvm", steps=[*SLOTS, {"qmp": "query-hotpluggable-cpus"},
                                     {"hmp": "device_add qemu64-x86_64-cpu,id=c1,socket-id=0,core-id=1,thread-id=0"},
                                     {"qmp": {"execute": "device_add", "arguments": {"driver": "qemu64-x86_64-cpu", "id": "c2", "socket-id": 0, "core-id": 1, "thread-id": 0}}},
                                     {"hmp": "device_del /machine/unattached/device[0]"}, {"qmp": "query-status"}])
x("microvm-smp", "-M", "microvm", "-smp", "2,maxcpus=4", steps=[*SLOTS, {"hmp": "device_add qemu64-x86_64-cpu,id=c1,socket-id=0,core-id=2,thread-id=0"}])
x("microvm-cold", "-M", "microvm", "-smp", "1,maxcpus=2", "-device", "qemu64-x86_64-cpu,id=c1,socket-id=0,core-id=1,thread-id=0", steps=SLOTS)

# x86 CPU features and their TCG warnings
# (vmx=on left out: it brings the model's VMX controls, whose TCG warnings
# are not recorded per model)
HOSTMODEL = ("Skylake-Client-IBRS,ss=on,pdcm=on,hypervisor=on,tsc-adjust=on,clflushopt=on,umip=on,md-clear=on,"
             "stibp=on,arch-capabilities=on,ssbd=on,xsaves=on,pdpe1gb=on,ibpb=on,ibrs=on,amd-stibp=on,amd-ssbd=on,"
             "rdctl-no=on,ibrs-all=on,skip-l1dfl-vmentry=on,mds-no=on,pschange-mc-no=on,tsx-ctrl=on,vme=on")
x("feat-host-model", "-cpu", HOSTMODEL)
x("feat-host-model-2", "-smp", "2", "-cpu", HOSTMODEL)
for f in ["vme", "tsc-adjust", "md-clear", "ss", "pdcm", "umip", "arch-capabilities", "xsaves", "pcid", "invpcid", "x2apic", "tsc-deadline", "spec-ctrl"]:
    x("feat-qemu64-" + f, "-cpu", "qemu64,%s=on" % f)
x("feat-qemu64-msr", "-cpu", "qemu64,arch-capabilities=on,tsx-ctrl=on,mds-no=on,rdctl-no=on")
x("feat-haswell-plus", "-cpu", "Haswell,+vme,+tsc-adjust,+md-clear")
x("feat-plug-pcid", "-smp", "1,maxcpus=2", steps=[
    {"hmp": "device_add qemu64-x86_64-cpu,id=c1,socket-id=0,core-id=1,thread-id=0,pcid=on"}, {"hmp": "info cpus"}])
x("feat-plug-features", "-smp", "1,maxcpus=4", steps=[
    {"hmp": "device_add qemu64-x86_64-cpu,id=c1,socket-id=0,core-id=1,thread-id=0,vme=on,md-clear=on,tsc-adjust=on"},
    {"qmp": {"execute": "device_add", "arguments": {"driver": "qemu64-x86_64-cpu", "id": "c2", "socket-id": 0, "core-id": 2, "thread-id": 0, "pcid": True}}},
    {"hmp": "device_add qemu64-x86_64-cpu,id=c3,socket-id=0,core-id=3,thread-id=0,pcid=off"}, {"hmp": "info cpus"}])
x("feat-plug-haswell-off", "-cpu", "Haswell", "-smp", "1,maxcpus=2", steps=[
    {"hmp": "device_add Haswell-x86_64-cpu,id=c1,socket-id=0,core-id=1,thread-id=0,pcid=off,hle=off,rtm=off,invpcid=off,tsc-deadline=off"}])
x("feat-cold-pcid", "-smp", "1,maxcpus=2", "-device", "qemu64-x86_64-cpu,id=c1,socket-id=0,core-id=1,thread-id=0,pcid=on,vme=on")

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "machineopts_cases.jsonl"), "w") as f:
    for c in C:
        f.write(json.dumps(c) + "\n")
print(len(C), "cases")
