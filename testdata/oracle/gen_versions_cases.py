#!/usr/bin/env python3
"""Writes versions_cases.jsonl: where QEMU 10.0 differs from 7.2 on the CPU
path and the other corpora are silent (the new -smp keys, zeros, the
unsupported-level checks, x86 modules and module-id, pseries SMT under TCG,
machine types added, removed and deprecated, q35's 1024/4096 limits, x2APIC
under TCG, QMP device_add's typed properties, the monitor's banner-related
queries). Both releases record the same cases:

    python3 ../shared/oracle/record.py testdata/oracle/versions_cases.jsonl -o testdata/oracle/versions.jsonl -j 1
    PATH=$QBIN:$PATH python3 ../shared/oracle/record.py testdata/oracle/versions_cases.jsonl -o testdata/oracle/v10.0/versions.jsonl -j 1

(twice each; only cases that come out identical are kept.)"""
import json, os

C = []


def case(b, id, *args, steps=None, **kw):
    c = {"id": ("v-x-" if b == "x86_64" else "v-p-") + id, "binary": b, "args": list(args)}
    if steps:
        c["steps"] = steps
    c.update(kw)
    C.append(c)


x = lambda *a, **k: case("x86_64", *a, **k)
p = lambda *a, **k: case("ppc64", *a, **k)
SLOTS = [{"hmp": "info hotpluggable-cpus"}, {"hmp": "info cpus"}, {"qmp": "query-hotpluggable-cpus"},
         {"qmp": {"execute": "qom-get", "arguments": {"path": "/machine", "property": "smp"}}}]
Q = [{"qmp": "query-cpus-fast"}, {"qmp": {"execute": "qom-get", "arguments": {"path": "/machine", "property": "smp"}}}]

# -smp: the new keys, zeros, unsupported levels and their order, schema order of bad values
for s in ["8,modules=2", "8,sockets=2,modules=2,cores=2", "16,sockets=2,dies=2,modules=2,cores=2", "8,modules=1",
          "4,books=2", "4,drawers=2", "4,books=1,drawers=1", "4,clusters=2,modules=2", "4,dies=2,books=2",
          "4,modules=0", "4,books=0", "0,modules=2", "4,cores=a,modules=b", "4,modules=x,sockets=y", "4,drawers=x,books=y",
          "2,modules=2,dies=2,maxcpus=8", "8,maxcpus=16,modules=4,threads=2", "6,modules=4", "4,modules=-1",
          "1,maxcpus=4294967297,modules=2"]:
    x("smp-" + s.replace(",", "_").replace("=", "-"), "-M", "pc", "-smp", s, steps=Q)
for s in ["4,modules=2", "4,books=2", "4,drawers=2", "4,dies=2,modules=2", "4,modules=1,books=1", "4,modules=0"]:
    p("smp-" + s.replace(",", "_").replace("=", "-"), "-M", "pseries", "-smp", s, steps=Q)
x("smp-help", "-smp", "help")

# x86 modules: slots, APIC IDs, module-id on device_add
MOD = ["-M", "pc", "-smp", "2,maxcpus=8,sockets=2,modules=2,cores=2"]
x("mod-slots", *MOD, steps=SLOTS)
x("mod-plug", *MOD, steps=[
    {"hmp": "device_add qemu64-x86_64-cpu,id=c1,socket-id=1,module-id=1,core-id=1,thread-id=0"},
    {"hmp": "device_add qemu64-x86_64-cpu,id=c2,socket-id=1,core-id=0,thread-id=0"},
    {"hmp": "device_add qemu64-x86_64-cpu,id=c3,socket-id=1,module-id=2,core-id=0,thread-id=0"},
    {"hmp": "device_add qemu64-x86_64-cpu,id=c4,socket-id=0,module-id=-1,core-id=0,thread-id=0"},
    {"hmp": "device_add qemu64-x86_64-cpu,id=c5,apic-id=5"},
    {"hmp": "device_add qemu64-x86_64-cpu,id=c6,apic-id=6,module-id=0"},
    {"hmp": "device_add qemu64-x86_64-cpu,id=c7,apic-id=17"},
    {"qmp": {"execute": "device_add", "arguments": {"driver": "qemu64-x86_64-cpu", "id": "c8", "socket-id": 0, "module-id": 1, "core-id": 0, "thread-id": 0}}},
    *SLOTS, *Q])
x("mod1-moduleid", "-M", "pc", "-smp", "2,maxcpus=4", steps=[
    {"hmp": "device_add qemu64-x86_64-cpu,id=c1,socket-id=0,module-id=0,core-id=2,thread-id=0"},
    {"hmp": "device_add qemu64-x86_64-cpu,id=c2,socket-id=0,module-id=1,core-id=3,thread-id=0"},
    {"hmp": "device_add qemu64-x86_64-cpu,help"}, *SLOTS])
x("mod-dies-numa", "-M", "q35", "-smp", "4,maxcpus=16,sockets=2,dies=2,modules=2,cores=2", "-object", "memory-backend-ram,id=m0,size=64M",
  "-object", "memory-backend-ram,id=m1,size=64M", "-numa", "node,memdev=m0", "-numa", "node,memdev=m1", steps=[*SLOTS, {"hmp": "info numa"}])

# x2APIC: APIC IDs of 255 and more
x("q35-smp-255", "-M", "q35", "-smp", "255", steps=[{"hmp": "info cpus"}])
x("q35-smp-256-max", "-M", "q35", "-smp", "256", "-cpu", "max")
x("q35-smp-256-x2apic", "-M", "q35", "-smp", "256", "-cpu", "qemu64,x2apic=on")
x("q35-smp-256-haswell", "-M", "q35", "-smp", "256", "-cpu", "Haswell")
x("q35-1-256-plug-max", "-M", "q35", "-smp", "1,maxcpus=256", "-cpu", "max", steps=[
    {"hmp": "device_add max-x86_64-cpu,id=c1,socket-id=0,core-id=255,thread-id=0"}, {"hmp": "info cpus"}])
x("q35-1-256-plug-x2apic-on", "-M", "q35", "-smp", "1,maxcpus=256", steps=[
    {"hmp": "device_add qemu64-x86_64-cpu,id=c1,socket-id=0,core-id=255,thread-id=0,x2apic=on"}, {"hmp": "info cpus"}])
x("pc-sparse-apic", "-M", "pc", "-smp", "2,maxcpus=240,sockets=3,cores=20,threads=4", "-cpu", "qemu64,+topoext",
  steps=[{"hmp": "info cpus"}])
# q35 limits by version
for m, n in [("pc-q35-8.0", 288), ("pc-q35-8.0", 289), ("pc-q35-8.1", 1024), ("pc-q35-8.1", 1025), ("pc-q35-8.2", 1025),
             ("pc-q35-9.0", 4096), ("pc-q35-9.0", 4097), ("q35", 4097), ("pc-q35-2.7", 256)]:
    x("q35-limit-%s-%d" % (m, n), "-M", m, "-smp", "1,maxcpus=%d" % n)

# machine types: added, removed, deprecated
for m in ["pc-i440fx-8.0", "pc-i440fx-9.2", "pc-i440fx-10.0", "pc-q35-10.0", "pc-i440fx-7.2", "pc-i440fx-7.1",
          "pc-i440fx-2.4", "pc-i440fx-1.7", "pc-q35-2.3", "pc-i440fx-3.1", "pc-q35-4.2", "pc-i440fx-5.2", "pc-q35-6.2", "pc-i440fx-7.0"]:
    x("mt-" + m, "-M", m, steps=[{"qmp": {"execute": "qom-get", "arguments": {"path": "/machine", "property": "type"}}}])
for m in ["pseries-10.0", "pseries-9.2", "pseries-8.0", "pseries-7.2", "pseries-7.0", "pseries-5.0", "pseries-4.2",
          "pseries-3.1", "pseries-2.12", "pseries-2.12-sxxm"]:
    p("mt-" + m, "-M", m, steps=[{"hmp": "info hotpluggable-cpus"}])
x("mt-default", steps=[{"qmp": {"execute": "qom-get", "arguments": {"path": "/machine", "property": "type"}}}])
p("mt-default", steps=[{"hmp": "info hotpluggable-cpus"}])

# pseries SMT under TCG (and the checks after it)
for s, cpu in [("8,threads=2", None), ("8,threads=4", None), ("8,threads=8", None), ("16,threads=16", None),
               ("6,threads=3", None), ("3,threads=2", None), ("4,maxcpus=6,threads=4", None),
               ("4,threads=2", "POWER7"), ("4,threads=2", "POWER8"), ("4,threads=2", "POWER9"), ("4,threads=2", "power10"),
               ("2,maxcpus=8,threads=2", None), ("4,threads=1", "POWER7")]:
    a = ["-M", "pseries", "-smp", s] + (["-cpu", cpu] if cpu else [])
    p("smt-" + s.replace(",", "_").replace("=", "-") + ("-" + cpu if cpu else ""), *a, steps=SLOTS[:3])
p("smt-plug", "-M", "pseries", "-smp", "2,maxcpus=8,threads=2", steps=[
    {"hmp": "device_add power10_v2.0-spapr-cpu-core,id=c1,core-id=4"},
    {"hmp": "device_add power10_v2.0-spapr-cpu-core,id=c2,core-id=3"},
    {"hmp": "device_add power10_v2.0-spapr-cpu-core,id=c3,core-id=6,nr-threads=1"},
    {"qmp": "query-cpus-fast"}, *SLOTS[:3]])
p("smt-compat-p7", "-M", "pseries,max-cpu-compat=power7", "-smp", "4,threads=2")
p("smt-vsmt", "-M", "pseries,vsmt=1", "-smp", "4,threads=2")

# QMP device_add: how typed values are taken
x("qmp-typed", "-M", "pc", "-smp", "1,maxcpus=8,sockets=2,cores=2,threads=2", steps=[
    {"qmp": {"execute": "device_add", "arguments": a}} for a in [
        {"driver": "qemu64-x86_64-cpu", "id": "a1", "socket-id": "1", "core-id": 0, "thread-id": 0},
        {"driver": "qemu64-x86_64-cpu", "id": "a2", "socket-id": 1, "core-id": 0, "thread-id": 0, "x2apic": "on"},
        {"driver": "qemu64-x86_64-cpu", "id": "a3", "socket-id": 1, "core-id": 0, "thread-id": 0, "model-id": 5},
        {"driver": "qemu64-x86_64-cpu", "id": "a4", "apic-id": "5"},
        {"driver": "qemu64-x86_64-cpu", "id": "a5", "apic-id": -1},
        {"driver": "qemu64-x86_64-cpu", "id": "a6", "socket-id": 1, "core-id": 0, "thread-id": 0, "node-id": None},
        {"driver": "qemu64-x86_64-cpu", "id": "7x", "socket-id": 1, "core-id": 0, "thread-id": 0},
        {"driver": "qemu64-x86_64-cpu", "id": 8, "socket-id": 1, "core-id": 1, "thread-id": 0},
        {"driver": "qemu64-x86_64-cpu", "bus": 3, "socket-id": 1, "core-id": 1, "thread-id": 1},
        {"driver": 5, "socket-id": 1},
        {"driver": "qemu64-x86_64-cpu", "id": "a9", "socket-id": 1, "core-id": 0, "thread-id": 1, "pmu": 1},
    ]] + [{"hmp": "info cpus"}])
p("qmp-typed", "-M", "pseries", "-smp", "1,maxcpus=4", steps=[
    {"qmp": {"execute": "device_add", "arguments": a}} for a in [
        {"driver": "power10_v2.0-spapr-cpu-core", "id": "c1", "core-id": "1"},
        {"driver": "power10_v2.0-spapr-cpu-core", "id": "c2", "core-id": 1, "nr-threads": "1"},
        {"driver": "power10_v2.0-spapr-cpu-core", "id": "c3", "core-id": 2, "node-id": 0.0},
        {"driver": "power10_v2.0-spapr-cpu-core", "id": "c4", "core-id": 3},
    ]] + [{"hmp": "info cpus"}])

# the monitor: versions and device listings of the CPU path
x("monitor-version", steps=[{"hmp": "info version"}, {"qmp": "query-version"}])
p("monitor-version", steps=[{"hmp": "info version"}, {"qmp": "query-version"}])
x("cpu-device-help", steps=[{"hmp": "device_add help", "grep": "x86_64-cpu"}])
p("cpu-device-help", steps=[{"hmp": "device_add help", "grep": "spapr-cpu-core"},
                            {"hmp": "device_add power10_v2.0-spapr-cpu-core,help"},
                            {"qmp": {"execute": "device-list-properties", "arguments": {"typename": "power10_v2.0-powerpc64-cpu"}}}])

# CPUs on older machine versions: what pc_compat_X_Y sets on them (7.2's
# tables are measured, record_cpu_compat.py), read back from a hot-plugged
# CPU, the boot CPU and the model expansion, with -cpu settings on top.
def qget(path, *props):
    return [{"qmp": {"execute": "qom-get", "arguments": {"path": path, "property": q}}} for q in props]
for machine, model, props in [
        ("pc-i440fx-2.5", "Haswell", ["level", "xlevel", "min-xlevel", "stepping", "abm", "arat", "l3-cache", "x-hv-max-vps"]),
        ("pc-i440fx-2.12", "EPYC", ["xlevel", "legacy-cache", "topoext", "npt", "nrip-save", "x-intel-pt-auto-level"]),
        ("pc-q35-2.8", "Opteron_G5", ["rdtscp", "npt", "tcg-cpuid", "vmware-cpuid-freq", "x-migrate-smi-count"]),
        ("pc-q35-3.1", "Skylake-Client", ["mpx", "x-vendor-cpuid-only", "hv-version-id-build"]),
        ("pc-q35-4.2", "qemu64", ["family", "model", "stepping", "model-id", "hv-version-id-major"]),
        ("pc-i440fx-6.0", "qemu64", ["family", "model", "stepping", "x-vendor-cpuid-only"]),
        ("pc-q35-6.1", "Cascadelake-Server", ["hv-version-id-build", "hv-version-id-minor", "x-vendor-cpuid-only", "stepping"]),
]:
    x("compat-cpu-%s-%s" % (machine, model), "-M", machine, "-cpu", model, "-smp", "1,maxcpus=2", steps=[
        {"qmp": {"execute": "device_add", "arguments": {"driver": model + "-x86_64-cpu", "id": "cpu1", "socket-id": 1, "core-id": 0, "thread-id": 0}}},
        ] + qget("/machine/peripheral/cpu1", *props) + qget("/machine/unattached/device[0]", props[0], props[-1]) + [
        {"qmp": {"execute": "query-cpu-model-expansion", "arguments": {"type": "static", "model": {"name": model}}}}])
x("compat-cpu-pc-i440fx-2.5-qemu64-set", "-M", "pc-i440fx-2.5", "-cpu", "qemu64,model=3,+abm,level=5", "-smp", "1,maxcpus=2",
  steps=qget("/machine/unattached/device[0]", "model", "abm", "level", "model-id", "sse4a") + [
      {"qmp": {"execute": "query-cpu-model-expansion", "arguments": {"type": "full", "model": {"name": "qemu64", "props": {"stepping": 9}}}}}])
# pc_compat_2_4 turns full-cpuid-auto-level off (SVM's leaf still raises
# xlevel: QEMU does that outside the automatic levels). ('max' is left out:
# its level before the automatic raise is not recorded for 10.0.)
x("compat-cpu-pc-i440fx-2.4-autolevel", "-M", "pc-i440fx-2.4", "-cpu", "qemu64,+svm", "-smp", "1,maxcpus=2",
  steps=qget("/machine/unattached/device[0]", "xlevel", "min-xlevel", "level", "full-cpuid-auto-level"))
x("compat-cpu-pc-q35-5.2-global", "-M", "pc-q35-5.2", "-global", "qemu64-x86_64-cpu.family=10", "-smp", "1,maxcpus=2",
  steps=qget("/machine/unattached/device[0]", "family", "model", "stepping", "hv-version-id-major"))

# Every versioned machine type either release lists (2026-12-07, lead): the
# compat properties each version sets, as `info qtree` shows them on the
# board's devices, a virtio NIC and a balloon, and the CPU slots.
I440FX = ["1.4", "1.5", "1.6", "1.7", "2.0", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9", "2.10", "2.11",
          "2.12", "3.0", "3.1", "4.0", "4.1", "4.2", "5.0", "5.1", "5.2", "6.0", "6.1", "6.2", "7.0", "7.1", "7.2", "8.0",
          "8.1", "8.2", "9.0", "9.1", "9.2", "10.0"]
Q35 = ["2.4", "2.5", "2.6", "2.7", "2.8", "2.9", "2.10", "2.11", "2.12", "3.0", "3.1", "4.0", "4.0.1", "4.1", "4.2", "5.0",
       "5.1", "5.2", "6.0", "6.1", "6.2", "7.0", "7.1", "7.2", "8.0", "8.1", "8.2", "9.0", "9.1", "9.2", "10.0"]
PSERIES = ["2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9", "2.10", "2.11", "2.12", "2.12-sxxm", "3.0", "3.1",
           "4.0", "4.1", "4.2", "5.0", "5.1", "5.2", "6.0", "6.1", "6.2", "7.0", "7.1", "7.2", "8.0", "8.1", "8.2", "9.0",
           "9.1", "9.2", "10.0"]
SWEEP = [{"hmp": "info qtree"}, {"hmp": "info hotpluggable-cpus"}]
for v in I440FX:
    x("sweep-pc-i440fx-" + v, "-M", "pc-i440fx-" + v, "-smp", "1,maxcpus=2", "-device", "virtio-net-pci",
      "-device", "virtio-balloon-pci", steps=SWEEP)
for v in Q35:
    x("sweep-pc-q35-" + v, "-M", "pc-q35-" + v, "-smp", "1,maxcpus=2", "-device", "virtio-net-pci",
      "-device", "virtio-balloon-pci", steps=SWEEP)
for v in PSERIES:
    p("sweep-pseries-" + v, "-M", "pseries-" + v, "-smp", "1,maxcpus=2", "-device", "virtio-net-pci",
      "-device", "virtio-balloon-pci", steps=SWEEP)

# The unversioned boards, and the BARs properties change on today's pc.
x("sweep-isapc", "-M", "isapc", "-device", "ne2k_isa", "-device", "isa-serial", steps=SWEEP)
x("sweep-microvm", "-M", "microvm", "-smp", "1,maxcpus=2", "-device", "virtio-net-device",
  "-device", "virtio-balloon-device", steps=SWEEP)
x("sweep-none", "-M", "none", steps=SWEEP)
p("sweep-none", "-M", "none", steps=SWEEP)
x("sweep-pc-bars", "-M", "pc", "-smp", "1,maxcpus=2", "-object", "iothread,id=io0", "-device", "virtio-net-pci",
  "-device", "virtio-balloon-pci,free-page-hint=on,iothread=io0,disable-modern=on", "-blockdev", "null-co,node-name=d0",
  "-device", "virtio-blk-pci,drive=d0,page-per-vq=on", "-device", "e1000,romsize=262144", "-device", "rtl8139,romfile=",
  steps=[{"hmp": "info qtree"}, {"hmp": "info pci"}])
x("sweep-pc-balloon-legacy", "-M", "pc", "-device", "virtio-balloon-pci,disable-modern=on,page-poison=off",
  steps=[{"hmp": "info pci"}])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "versions_cases.jsonl"), "w") as f:
    for c in C:
        f.write(json.dumps(c) + "\n")
print(len(C), "cases")
