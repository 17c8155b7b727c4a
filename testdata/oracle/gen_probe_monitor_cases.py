#!/usr/bin/env python3
"""Writes probe_monitor_cases.jsonl: the monitor beyond CPU hotplug as a new
learner types it, written as an outside tester would (without reading the
engine): every `info` subcommand on pc and pseries (with a wrong argument
now and then), the HMP commands a learner tries next (help, examine and
print, run state, boot order, screendump, port I/O, cpu, qom-*, backends
and objects), and QMP's query-* and friends on both targets, with a wrong
argument, an unknown command and human-monitor-command.

Record with the real binaries, twice each, and keep what is identical:
    python3 testdata/oracle/gen_probe_monitor_cases.py
    python3 ../shared/oracle/record.py testdata/oracle/probe_monitor_cases.jsonl -o /tmp/pm1.jsonl -j 2   # and /tmp/pm2.jsonl
    python3 testdata/oracle/keep_identical.py /tmp/pm1.jsonl /tmp/pm2.jsonl testdata/oracle/probe_monitor.jsonl --open RESULTS CASES
    (10.0: PATH=/work/oracle-env/qbin:$PATH, output under testdata/oracle/v10.0/)
Left out: `info jit` (the host's translation buffer), `screendump` on a
machine with a display (it writes a host file), `log` items (they write on
QEMU's stderr as the guest runs).

Round 3 (memory hotplug, after "round 3" below) was recorded the same way,
and so was round 4 (ids m4-, after "round 4": the devices blog posts use on
pc, q35 and pseries, 95 cases, with 4 m4m- measurements; none dropped),
round 5 (ids m5-, after "round 5": QMP and HMP beyond hotplug, 111 cases,
with 97 m5m- measurements; dropped: `info sync-profile`, lock addresses)
and round 5v (ids m5v-, after "round 5v": default MACs freed with their NIC, an
nvme's leaked BlockBackend, isapc and microvm in the monitor) likewise, and
round 6 (ids m6-, at the end: QMP and HMP as learners type them, 106 cases,
with 5 m6m- measurements; none dropped; QMP on the wire is
engine/stdio/testdata's wire_m6), and round 7 (ids m7-, after "round 7":
CPU hotplug's state queries beyond the default machines, 68 cases, with 9
m7m- measurements; none dropped), and round 8 (ids m8-, after "round 8":
QEMU 10.0's new machine versions, commands and options as a trixie user
types them, 118 cases, with 33 m8m- measurements; dropped: pseries' ICS
address and dirty-rate measurements' start times), and round 9 (ids m9-,
at the end: every info and argument-less query of both releases' own lists
on pc, q35, isapc, microvm and pseries, stopped and running, 450 cases;
dropped: default NICs' #netNNN, a running guest's state, info mtree -f),
and round 10 (ids m10-, at the end: the monitor commands that are not
info/query-*, with their arguments, errors and effects, 62 cases, with 3
m10m- measurements; dropped:
a running q35's firmware reset on 7.2), and round 11 (ids m11-, at the end:
a paused machine's monitor beyond the sweep: help of one command, x/xp and
print with registers, port I/O, mice and keys, info with arguments, type
introspection, 58 cases, with 8 m11m- measurements of CMOS, fw_cfg, serial
and debugcon ports; dropped: a USB mouse's DEVICE_DELETED timing on 10.0),
and round 12 (ids m12-, at the end: the monitor's backends and
introspection -- chardevs, ring buffers, chardev-change, netdev hubs and
types, objects and their properties, balloon, PCI bridges, virtio-mem,
qom-list-properties, log and trace -- 95 cases; none dropped), and round 13
(ids m13-, at the end: informational commands left thin -- mtree, ramblock,
interrupt controllers, sync-profile, NUMA and memory devices, USB, option
ROMs, snapshots, dumps, device types' properties, a failed free-page-hint
balloon, chardev-change on -serial's chardev -- 98 cases; dropped: info mtree's
hash-ordered address spaces and flat views, 10.0's ramblock host addresses), and round 14
(ids m14-, at the end: the monitor changing the machine -- objects, netdevs,
set_link, chardevs, block nodes and drives, run state, qom-set, migration
settings, traces, memory without a guest, input, boot and watchdog, through
human-monitor-command too -- 97 cases, with 9 m14-BOARD-m- measurements; none
dropped), and round 15 (ids m15-, at the end: the commands the recorded corpora
use least, on machines with devices and backends -- NBD and exports, jobs,
transaction, the block layer's rarer commands, qemu-io, migration without one,
displays, fds, Xen/COLO/CXL, dumpdtb, wavcapture, rocker, AER -- 117 cases,
with 1 m15-pc-m- measurement; dropped: a failed migration's racing cleanup), and round 16
(ids m16-, at the end: the run state driven from the monitor with its events, -action and
set-action combined, watchdogs, NMIs, keys, cpu-index, memsave read back -- 128 cases, with 3
m16-BOARD-m- measurements; dropped: pseries' registers after nmi, on 7.2 a reset by SeaBIOS), and round 17
(ids m17-, at the end: the monitor after a CPU hotplug tutorial -- HMP typos and argument errors
around CPU device_add/device_del, help and info with arguments, qom-* on CPU and non-CPU paths, QMP
argument errors, queries after plugging, human-monitor-command, objects, netdevs and chardevs, on
pc, q35, pseries and versioned types -- 121 cases; none dropped; the four numa cases stop at
QEMU's own "total memory for NUMA nodes" refusal, a learner's -numa without memory), and round 18
(ids m18-, at the end: informational commands on pc, q35 and pseries bare, after a CPU device_add,
its device_del and a NIC's device_add, the commands that cannot mean much (memsave, dump, screendump,
savevm, migrate, gdbserver, x/xp formats), their QMP twins and human-monitor-command -- 122 cases;
dropped: info mtree -f (hash order), pseries' XICS state (info pic, x-query-interrupt-controllers),
10.0's info ramblock (host addresses)), and round 19 (ids m19-, at the end: tutorial
sessions chaining CPU and device plugging, the views, device_del, stop/cont, system_reset and the
views again, HMP and QMP mixed, with help texts, on pc, q35, pseries and versioned types -- 59 cases;
dropped: a pseries virtio-rng-pci's DEVICE_DELETED timing, device_del mid-case), and round 20 (ids m20-,
at the end: HMP's argument parser as a learner meets it -- missing, extra and wrongly typed arguments,
spacing, tabs and quoting, expressions in x/xp/p/cpu, size suffixes in balloon, migrate_set_parameter and
block_resize, help and ? of a hotplug tutorial's commands, abbreviations, human-monitor-command with the
same lines, on pc, q35, pseries and versioned types -- 91 cases, with 9 m20-BOARD-m- measurements of 10.0's
migration views on older machine versions; dropped: a first osize recording whose -drive had no node-name
(#blockNNN), recorded again with one).
dropped: a pseries virtio-rng-pci's DEVICE_DELETED timing, device_del mid-case), and round mr1
(ids mr1-, at the end: memory regions as QOM objects -- qom-list, qom-get, qom-set of system, io,
device-memory, NUMA RAM, backends', BAR, MSI-X, config port, vCPU and XIVE regions, before and
after CPU and DIMM hotplug, on pc, q35 and pseries -- 44 cases; none dropped).
Round 2 (the cases after "round 2" below, lane probe-mon) was recorded on
its own (the cases file's new lines) and appended. Left out there, as
depending on the host or the run: `info jit` and `info usbhost` (the
host's), `info network` of QEMU's default NIC (its user backend is named
`#netNNN`, random per run), plain `info mtree` and `-d` (differs run to
run), pseries `info pic` on 7.2 (XICS state differs run to run), every
drive's automatic node name (drives are named with node-name=), host
paths, sockets, taps and ptys (no netdev/chardev that opens a host
resource), and DEVICE_DELETED in the middle of a case for a device QEMU
removes at once (USB, SCSI, virtio-serial ports, pseries PCI without a
guest): its event comes from an RCU callback tens of milliseconds later,
so such a device_del ends its case and the case waits (settle). Dropped
by the two recordings: `info ramblock` on 10.0 (host addresses)."""
from casegen import Corpus, hmp, qmp

corpus = Corpus("probe_monitor", "pm")
X86 = ["-M", "pc", "-smp", "2,maxcpus=4"]
Q35 = ["-M", "q35", "-smp", "2,maxcpus=4"]
PPC = ["-M", "pseries", "-smp", "1,maxcpus=2"]

INFOS = ["status", "registers", "mtree -f", "roms", "irq", "pic", "lapic", "ioapic", "numa", "qtree", "qom-tree",
         "usb", "snapshots", "migrate", "balloon", "vnc", "ramblock", "dump", "replay", "memdev", "iothreads", "cpus",
         "kvm", "uuid", "name", "version", "hotpluggable-cpus", "memory-devices", "network", "chardev", "block",
         "blockstats", "block-jobs", "mice", "history", "tpm", "opcount", "profile", "sync-profile", "capture",
         "migrate_capabilities", "migrate_parameters", "qdm", "cpustats", "trace-events cpuhp*", "rdma", "sev", "sgx",
         "dirty_rate", "vcpu_dirty_limit", "stats vm", "stats vcpu", "cmma", "skeys 0", "tlb", "mem", "pci", "irq 3",
         "lapic 5", "registers -a", "bogus", "cpus extra"]
for i, n in enumerate(INFOS):
    corpus.x("info-%d" % i, *X86, steps=hmp("info " + n))
    corpus.p("info-%d" % i, *PPC, steps=hmp("info " + n))

MISC = ["help info", "help device_add", "? cpu", "x /4x 0", "xp /2i 0", "p 1+2", "print $pc", "sendkey ctrl-alt-f1",
        "stop", "cont", "system_reset", "mouse_move 1 1", "screendump /tmp/x.ppm", "gdbserver none", "log help",
        "trace-event cpuhp_acpi_cpu_has_events on", "watchdog_action pause", "nmi", "boot_set c", "memsave 0 16 /dev/null",
        "singlestep on", "sum 0 16", "i /b 0x60", "o /b 0x80 1", "cpu 1", "cpu 9", "qom-list /machine", "qom-get /machine smp",
        "qom-set /machine/peripheral-anon/foo x 1", "device_del nosuch", "netdev_add user,id=n1", "netdev_del n1",
        "chardev-add null,id=c1", "object_add memory-backend-ram,id=m1,size=64M", "object_del m1", "balloon 100",
        "migrate_set_parameter downtime-limit 100", "info migrate_parameters"]
for i, m in enumerate(MISC):
    corpus.x("misc-%d" % i, *Q35, steps=hmp(m))

# What a learner types around a backend or an object: add, look, get, delete.
corpus.x("objects", *X86, steps=hmp(
    "object_add memory-backend-ram,id=m1,size=abc", "object_add memory-backend-ram,id=m2,size=1.5M",
    "object_add memory-backend-ram,id=m4,size=64k", "object_add memory-backend-ram,id=m5,size=-1",
    "qom-get /objects/m2 size", "object_add memory-backend-ram,id=m6,size=64M,prealloc=maybe",
    "info memdev", "object_del m2", "object_del m2"))
corpus.x("boot-set", *X86, steps=hmp("boot_set cdn", "boot_set cc", "boot_set abcd", "boot_set e", "boot_set cdnq", "boot_set C"))
corpus.p("boot-set", *PPC, steps=hmp("boot_set cc", "boot_set xyz", "boot_set q", "boot_set c"))
corpus.p("screendump", *PPC, steps=hmp("screendump /tmp/a.ppm"))

QMPS = [qmp("query-status"), qmp("query-name"), qmp("query-uuid"), qmp("query-kvm"), qmp("query-target"),
        qmp("query-machines"), qmp("query-current-machine"), qmp("query-cpus-fast"), qmp("query-iothreads"),
        qmp("query-memdev"), qmp("query-memory-size-summary"), qmp("query-pci"), qmp("query-block"),
        qmp("query-chardev"), qmp("query-mice"), qmp("query-balloon"), qmp("query-vnc"), qmp("query-migrate"),
        qmp("query-events"), qmp("query-qmp-schema"), qmp("query-acpi-ospm-status"), qmp("query-hotpluggable-cpus"),
        qmp("query-commands"), qmp("query-version"), qmp("query-status", x=1),
        qmp("query-cpu-model-expansion", type="static", model={"name": "qemu64"}), qmp("qom-list", path="/machine"),
        qmp("qom-get", path="/machine", property="type"), qmp("qom-list-types", abstract=True, implements="device"),
        qmp("device-list-properties", typename="e1000"),
        qmp("human-monitor-command", **{"command-line": "info cpus"}), qmp("nosuch"), qmp("system_powerdown"),
        qmp("query-cpu-definitions")]
for i, q in enumerate(QMPS):
    corpus.x("qmp-%d" % i, *X86, steps=[q])
    corpus.p("qmp-%d" % i, *PPC, steps=[q])

# ---------------------------------------------------------------- round 2 ----
# A second outside tester (lane probe-mon), again without reading the engine:
# realistic lines with non-CPU devices and backends, every `info` of both
# releases on them, wrong and extra arguments, help and typos, device_add /
# device_del of non-CPU devices and their errors, backends and objects added
# and removed, qom-* on device paths, QMP queries with bad arguments, type
# and property introspection, and sequences where state matters.
OWN = ["-S", "-no-user-config", "-display", "none", "-accel", "tcg"]   # base=false: QEMU's defaults
NULLDRV = "if=none,driver=null-co"


def drv(id):   # a named node: QEMU's automatic names (#blockNNN) differ run to run
    return NULLDRV + ",id=%s,node-name=n-%s" % (id, id)


R_PC = ["-M", "pc", "-m", "512", "-smp", "2",
        "-netdev", "user,id=net0", "-device", "virtio-net-pci,netdev=net0,id=nic0",
        "-device", "virtio-balloon-pci,id=balloon0",
        "-device", "piix3-usb-uhci,id=usb", "-device", "usb-tablet,id=tablet0,bus=usb.0",
        "-object", "rng-builtin,id=rng0", "-device", "virtio-rng-pci,rng=rng0,id=rng1",
        "-drive", drv("drive0"), "-device", "virtio-blk-pci,drive=drive0,id=disk0",
        "-chardev", "null,id=char0"]
R_Q35 = ["-M", "q35", "-m", "1G", "-smp", "2,maxcpus=4",
         "-device", "pcie-root-port,id=rp1,bus=pcie.0,chassis=1,addr=0x2",
         "-device", "pcie-root-port,id=rp2,bus=pcie.0,chassis=2,addr=0x3",
         "-device", "qemu-xhci,id=xhci", "-device", "usb-tablet,bus=xhci.0,id=tab",
         "-netdev", "user,id=net0", "-device", "virtio-net-pci,netdev=net0,bus=rp1,id=nic0",
         "-device", "virtio-scsi-pci,id=scsi0",
         "-drive", drv("sd0"), "-device", "scsi-hd,drive=sd0,bus=scsi0.0,id=disk0",
         "-object", "iothread,id=io0"]
R_PPC = ["-M", "pseries", "-m", "1G", "-smp", "1,maxcpus=2",
         "-netdev", "user,id=net0", "-device", "spapr-vlan,netdev=net0,id=vlan0",
         "-device", "spapr-vscsi,id=vscsi0", "-drive", drv("d0"),
         "-device", "scsi-hd,drive=d0,bus=vscsi0.0,id=disk0",
         "-device", "virtio-balloon-pci,id=bal", "-device", "qemu-xhci,id=xhci", "-device", "usb-tablet,id=tab"]
PCN, Q35N, PPCN = ["-M", "pc"], ["-M", "q35"], ["-M", "pseries"]

# Every `info` subcommand either release lists (7.2 and 10.0, x86 and ppc64),
# plain, on a realistic line. Left out: jit and usbhost (the host's).
ALL_INFOS = ["balloon", "block", "block-jobs", "blockstats", "capture", "chardev", "cpus", "cryptodev", "dirty_rate",
             "dump", "history", "hotpluggable-cpus", "iothreads", "irq", "kvm", "lapic", "mem", "memdev",
             "memory-devices", "memory_size_summary", "mice", "migrate", "migrate_capabilities", "migrate_parameters",
             "name", "network", "numa", "opcount", "pci", "pic", "profile", "qdm", "qom-tree", "qtree",
             "ramblock", "rdma", "registers", "replay", "rocker", "rocker-of-dpa-flows", "rocker-of-dpa-groups",
             "rocker-ports", "roms", "sev", "sgx", "snapshots", "spice", "stats", "status", "sync-profile", "tlb", "tpm",
             "trace-events", "usb", "usernet", "uuid", "vcpu_dirty_limit", "version", "virtio", "virtio-queue-element",
             "virtio-queue-status", "virtio-status", "virtio-vhost-queue-status", "vm-generation-id", "vnc", "via"]
BIG = {"qom-tree": 30, "trace-events": 20, "mtree": 40, "qtree": 60, "registers": 40}


def info(n):
    st = {"hmp": "info " + n}
    if n in BIG:
        st["truncate"] = BIG[n]
    return st


for n in ALL_INFOS:
    corpus.x("q35r-info-" + n, *R_Q35, steps=[info(n)])
    if n != "pic":   # pseries' XICS state differs run to run on 7.2
        corpus.p("r-info-" + n, *R_PPC, steps=[info(n)])

# The same machines with QEMU's own defaults (no -nodefaults): what a learner
# who never heard of -nodefaults sees.
DEF_INFOS = ["pci", "qtree", "chardev", "block", "usb", "mice", "balloon", "memdev", "irq", "roms",
             "iothreads", "numa", "status"]
for n in DEF_INFOS:
    corpus.x("pcdef-info-" + n, *OWN, "-M", "pc", base=False, steps=[info(n)])
    corpus.x("q35def-info-" + n, *OWN, "-M", "q35", base=False, steps=[info(n)])
    corpus.p("def-info-" + n, *OWN, "-M", "pseries", base=False, steps=[info(n)])
corpus.x("pcr-infos", *R_PC, steps=[info(n) for n in
                                    ["pci", "qtree", "network", "chardev", "block", "usb", "mice", "balloon", "virtio"]])

# Wrong and extra arguments to `info`.
WRONG = ["pci 1", "qtree x", "network foo", "block -v", "block nosuch", "block drive0", "block -n drive0",
         "chardev x", "usb x", "mice x", "version x", "status x", "numa 1", "qom-tree /nosuch",
         "qom-tree /machine/peripheral x", "qom-tree /machine/peripheral", "registers x", "cpus -a", "irq x",
         "hotpluggable-cpus x", "memdev x", "trace-events x y", "trace-events virtio_net*", "stats",
         "stats vm x", "stats foo", "stats vcpu cpu", "virtio-status", "virtio-status /nosuch",
         "virtio-status /machine/peripheral/nic0/virtio-backend", "virtio-queue-status /machine/peripheral/nic0/virtio-backend 0",
         "snapshots x", "migrate -x", "tlb x", "tpm x", "balloon 1", "blockstats x", "pci -v", "qtree -a",
         "mtree -x", "dump 1", "iothreads io0", "network nic0", "usernet 1", "roms x"]
for i, w in enumerate(WRONG):
    corpus.x("q35r-wrong-%d" % i, *R_Q35, steps=[info(w)])

# help, `?`, and typos as they are typed.
HELPS = ["help info pci", "help info", "? info", "help nosuch", "help device_add", "help device_del",
         "help netdev_add", "help chardev-add", "help chardev-remove", "help object_add", "help drive_add",
         "help qom-list", "help qom-set", "help info qtree", "help info bogus", "? device_del", "help help",
         "help info qom-tree", "help info qom-tree extra", "?", "help x", "help info  pci", "help  device_add",
         "h", "helpp", "inf pci", "info pcii", "device-add e1000", "device_ad e1000", "infopci", "Info pci",
         "INFO pci", "info PCI", "qom_list /machine", "device_list_properties e1000", "info  pci", " info pci",
         "info pci ", "netdev-add user,id=x", "object-add iothread,id=x", "chardev_add null,id=x", "drive-add 0 x",
         "info stat", "info cpu", "info hotpluggable_cpus", "info qom_tree", "info memory-size-summary"]
for i, h in enumerate(HELPS):
    corpus.x("help-%d" % i, *PCN, steps=hmp(h))
for i, h in enumerate(["help info via", "help device_add", "info vi", "help info", "help nosuch"]):
    corpus.p("help-%d" % i, *PPCN, steps=hmp(h))

# device_add / device_del of non-CPU devices, on pc and q35, and what the
# informational commands say after each step.
corpus.x("pc-nic-add-del", *PCN, steps=hmp(
    "netdev_add user,id=n1", "device_add virtio-net-pci,netdev=n1,id=nic1", "info pci", "info network",
    "qom-list /machine/peripheral", "device_del nic1", "info pci", "info network", "device_del nic1"))
corpus.x("pc-e1000-add-del", *PCN, steps=hmp(
    "netdev_add user,id=n1", "device_add e1000,netdev=n1,id=e1,mac=52:54:00:aa:bb:cc", "info network",
    "qom-get /machine/peripheral/e1 mac", "info qtree", "device_del e1", "info qtree"))
corpus.x("pc-blk-add-del", *PCN, steps=hmp(
    "drive_add 0 " + drv("d1"), "info block", "device_add virtio-blk-pci,drive=d1,id=vd1", "info block",
    "info pci", "device_del vd1", "info block", "drive_del d1", "info block"))
# A device removed at once (USB, a virtio-serial port, pseries PCI without a
# guest) is finalized later (RCU): its DEVICE_DELETED comes some time after
# the reply, so its device_del ends the case and the case waits (settle).
corpus.x("pc-usb-add-del", *PCN, "-device", "piix3-usb-uhci,id=uhci", settle=1.0, steps=hmp(
    "info usb", "device_add usb-tablet,id=t1", "info usb", "info mice", "device_del t1"))
corpus.x("pc-usb-del-twice", *PCN, "-device", "piix3-usb-uhci,id=uhci", "-device", "usb-tablet,id=t1", settle=1.0,
         steps=hmp("device_del t1", "device_del t1"))
corpus.x("pc-usb-del-look", *PCN, "-device", "piix3-usb-uhci,id=uhci", "-device", "usb-tablet,id=t1", settle=1.0,
         steps=hmp("device_del t1", "info usb"))
corpus.x("pc-usb-no-bus", *PCN, steps=hmp("device_add usb-tablet", "device_add usb-tablet,bus=usb-bus.0",
                                          "device_add usb-kbd,id=k"))
corpus.x("pc-balloon-add-del", *PCN, steps=hmp(
    "info balloon", "device_add virtio-balloon-pci,id=b1", "info balloon", "balloon 256", "info balloon",
    "device_add virtio-balloon-pci,id=b2", "device_del b1", "info balloon"))
corpus.x("pc-scsi-add", *PCN, steps=hmp(
    "device_add virtio-scsi-pci,id=s0", "drive_add 0 " + drv("sd1"), "device_add scsi-hd,drive=sd1,id=hd1",
    "info block", "info qtree", "device_del hd1", "info block", "device_add scsi-hd,drive=sd1,bus=s0.0,scsi-id=300"))
corpus.x("q35-rootport-hotplug", *Q35N, "-device", "pcie-root-port,id=rp1,chassis=1", steps=hmp(
    "netdev_add user,id=n1", "device_add virtio-net-pci,netdev=n1,id=nic1", "device_add virtio-net-pci,netdev=n1,id=nic1,bus=rp1",
    "info pci", "device_del nic1", "info pci", "device_add pcie-root-port,id=rp2,chassis=2"))
corpus.x("q35-no-rootport", *Q35N, steps=hmp(
    "device_add e1000e,id=e1", "device_add pcie-root-port,id=rp9", "device_add virtio-balloon,id=b", "info pci"))
corpus.x("q35r-usb-del", *R_Q35, settle=1.0, steps=hmp("device_add usb-tablet,id=tab2", "info usb",
                                                       "qom-list /machine/peripheral", "device_del tab"))
corpus.x("q35r-scsi-del", *R_Q35, settle=1.0, steps=hmp("device_del disk0", "info block"))
corpus.x("q35r-scsi-ctrl-del", *R_Q35, steps=hmp("device_del scsi0", "info pci", "info block"))
corpus.p("nic-add-del", *PPCN, settle=1.0, steps=hmp(
    "netdev_add user,id=n1", "device_add spapr-vlan,netdev=n1,id=v1", "info network", "device_del v1",
    "device_add virtio-net-pci,netdev=n1,id=nic1", "info pci", "device_del nic1"))
corpus.p("pci-del-look", *PPCN, "-device", "virtio-balloon-pci,id=b", settle=1.0, steps=hmp("device_del b", "info pci"))
corpus.p("r-usb-del", *R_PPC, settle=1.0, steps=hmp("info usb", "device_del tab"))
corpus.p("r-bal-del", *R_PPC, settle=1.0, steps=hmp("info balloon", "device_del bal"))
corpus.p("vscsi-add", *PPCN, steps=hmp(
    "device_add spapr-vscsi,id=vs1", "drive_add 0 " + drv("dd"), "device_add scsi-hd,drive=dd,bus=vs1.0,id=h",
    "info block", "device_add usb-tablet"))

# device_add errors on non-CPU devices.
ERRS = ["virtio-net-pci,id=nic0", "virtio-net-pci,bus=nosuch", "virtio-net-pci,bus=pcie.0",
        "virtio-net-pci,addr=0x20", "virtio-net-pci,addr=zz", "virtio-net-pci,addr=1f.8", "virtio-net-pci,addr=0",
        "virtio-net-pci,bus=rp1,addr=1", "virtio-net-pci,netdev=nosuch", "virtio-net-pci,netdev=net0",
        "virtio-blk-pci,bus=rp2", "virtio-blk-pci,drive=nosuch,bus=rp2", "virtio-blk-pci,drive=sd0,bus=rp2",
        "virtio-net-pci,bus=rp2,mq=maybe", "virtio-net-pci,bus=rp2,vectors=-1", "virtio-net-pci,bus=rp2,vectors=abc",
        "virtio-net-pci,bus=rp2,mac=zz", "virtio-net-pci,bus=rp2,mac=01:00:00:00:00:00", "virtio-net-pci,bus=rp2,foo=1",
        "e1000,bus=rp2", "virtio-balloon-pci,bus=rp2,id=xhci", "usb-tablet,bus=nosuch.0", "usb-tablet,port=9",
        "usb-tablet,bus=xhci.0,port=1", "scsi-hd", "scsi-hd,drive=nosuch", "scsi-hd,bus=scsi0.0,lun=999",
        "scsi-cd,bus=scsi0.0,scsi-id=0", "pcie-root-port,id=rp3", "pcie-root-port,id=rp3,chassis=1,bus=rp1",
        "nosuch-device", "virtio-net", "pci-device", "isa-serial", "VIRTIO-NET-PCI", "virtio-net-pci,netdev=",
        "e1000,id=", "e1000,id=1bad", "e1000,id=a/b", "virtio-serial-pci,bus=rp2,max_ports=0"]
for i, e in enumerate(ERRS):
    corpus.x("q35r-err-%d" % i, *R_Q35, steps=hmp("device_add " + e))
PERRS = ["virtio-net-pci,netdev=nosuch", "spapr-vlan,netdev=net0", "spapr-vlan,reg=0x71000001", "spapr-vscsi,id=vscsi0",
         "scsi-hd,bus=vscsi0.0,drive=d0", "e1000,addr=0x1f.7", "usb-kbd,bus=nosuch", "spapr-vty", "virtio-balloon-pci,id=bal"]
for i, e in enumerate(PERRS):
    corpus.p("r-err-%d" % i, *R_PPC, steps=hmp("device_add " + e))
DELS = ["nosuch", "net0", "rng0", "/machine/peripheral/nic0", "/machine/peripheral-anon/device[0]", "tab tab",
        "", "/machine/unattached/device[0]", "xhci", "rp1"]
for i, d in enumerate(DELS):
    corpus.x("q35r-del-%d" % i, *R_Q35, steps=hmp("device_del " + d))

# Backends: netdev, chardev, drives, objects; add, list, remove, list again.
corpus.x("netdev-seq", *PCN, steps=hmp(
    "netdev_add user,id=n1", "netdev_add user,id=n1", "info network", "netdev_add nosuch,id=x", "netdev_add user",
    "netdev_add user,id=n3,net=10.0.5.0/24", "netdev_add user,id=n4,net=bad", "netdev_add hubport,id=h1,hubid=0",
    "info network", "netdev_del nosuch", "netdev_del n1", "netdev_del n1", "info network"))
corpus.x("netdev-in-use", *R_PC, steps=hmp("netdev_del net0", "info network", "netdev_del nic0", "info network"))
corpus.x("chardev-seq", *PCN, steps=hmp(
    "chardev-add null,id=c1", "chardev-add null,id=c1", "info chardev", "chardev-add ringbuf,id=r1,size=1024",
    "ringbuf_write r1 hello", "ringbuf_read r1 3", "ringbuf_read r1 10", "chardev-add bogus,id=x", "chardev-add null",
    "chardev-add ringbuf,id=r2,size=1000", "chardev-remove c1", "chardev-remove c1", "chardev-remove nosuch",
    "info chardev"))
corpus.x("chardev-busy", *PCN, "-chardev", "null,id=con0", "-device", "virtio-serial-pci,id=vs",
         "-device", "virtconsole,chardev=con0,id=vc0", steps=hmp(
             "chardev-remove con0", "info chardev", "device_del vc0"), settle=1.0)
corpus.x("object-seq", *PCN, steps=hmp(
    "object_add iothread,id=io1", "info iothreads", "object_add iothread,id=io1", "object_add nosuch,id=x",
    "object_add iothread", "object_add rng-builtin,id=rb", "object_add secret,id=s1,data=abc", "qom-get /objects/s1 data",
    "object_add throttle-group,id=tg,x-iops-total=100", "qom-list /objects", "object_del nosuch", "object_del io1",
    "object_del io1", "info iothreads", "qom-list /objects"))
corpus.x("object-in-use", *PCN, "-m", "512M,slots=2,maxmem=2G", steps=hmp(
    "object_add memory-backend-ram,id=mem1,size=128M", "device_add pc-dimm,id=dimm1,memdev=mem1", "info memory-devices",
    "info memdev", "object_del mem1", "device_add pc-dimm,id=dimm2,memdev=mem1", "info memory_size_summary",
    "device_del dimm1", "info memory-devices"))
corpus.x("drive-seq", *PCN, steps=hmp(
    "drive_add 0 " + drv("d1"), "drive_add 0 " + drv("d1"), "drive_add 0 if=none,driver=nosuch,id=d2",
    "drive_add 0 if=none,id=d3", "drive_add 0 if=virtio,driver=null-co,id=d4", "drive_add", "info block",
    "drive_del nosuch", "drive_del d1", "info block", "drive_del d1"))

# qom-* on device paths.
corpus.x("q35r-qom", *R_Q35, steps=hmp(
    "qom-list /machine/peripheral", "qom-list /machine/peripheral/nic0", "qom-get /machine/peripheral/nic0 mac",
    "qom-get /machine/peripheral/nic0 addr", "qom-get /machine/peripheral/nic0 nosuch", "qom-get /machine/peripheral/nope mac",
    "qom-get nic0 mac", "qom-get tab port", "qom-set /machine/peripheral/nic0 mac 52:54:00:00:00:01",
    "qom-get /machine/peripheral/rp1 chassis", "qom-list /machine/peripheral/disk0", "qom-get disk0 drive",
    "qom-list nosuch", "qom-get /objects/io0 poll-max-ns", "qom-set /objects/io0 poll-max-ns 100",
    "qom-get /objects/io0 poll-max-ns", "qom-set /objects/io0 poll-max-ns abc", "qom-list"))
corpus.p("r-qom", *R_PPC, steps=hmp(
    "qom-list /machine/peripheral", "qom-get /machine/peripheral/vlan0 reg", "qom-get vlan0 mac",
    "qom-get /machine/peripheral/vscsi0 reg", "qom-list /machine/peripheral-anon", "qom-get /machine/peripheral-anon/device[0] type"))

# QMP: queries with bad and extra arguments, introspection, objects.
def qx(id, *steps, args=R_Q35):
    corpus.x(id, *args, steps=list(steps))


QUERIES = ["query-pci", "query-block", "query-named-block-nodes", "query-chardev", "query-chardev-backends",
           "query-iothreads", "query-memdev", "query-memory-devices", "query-balloon", "query-mice", "query-tpm",
           "query-tpm-models", "query-tpm-types", "query-display-options", "query-vm-generation-id", "query-sev",
           "query-migrate-capabilities", "query-migrate-parameters", "query-dump", "query-dump-guest-memory-capability",
           "query-replay", "query-yank", "query-jobs", "query-block-jobs", "query-blockstats", "query-pr-managers",
           "query-rocker", "query-spice", "query-vnc-servers", "query-fdsets", "query-cpus-fast", "query-status",
           "query-name", "query-uuid", "query-kvm", "query-target", "query-current-machine", "query-acpi-ospm-status",
           "query-stats-schemas", "query-audiodevs", "query-colo-status", "query-xen-replication-status",
           "query-netdev", "query-rx-filter", "query-sgx", "query-block-exports", "query-cryptodev"]
for q in QUERIES:
    qx("q35r-" + q, qmp(q), {"qmp": {"execute": q, "arguments": {"bogus": 1}}})
corpus.p("r-queries", *R_PPC, steps=[qmp(q) for q in ["query-pci", "query-block", "query-chardev", "query-balloon",
                                                       "query-mice", "query-memdev", "query-iothreads", "query-target",
                                                       "query-current-machine", "query-hotpluggable-cpus"]])
qx("q35r-rx-filter", qmp("query-rx-filter", name="nic0"), qmp("query-rx-filter", name="net0"),
   qmp("query-rx-filter", name="nosuch"))
qx("q35r-named-flat", qmp("query-named-block-nodes", flat=True), qmp("query-block", flat="yes"))
qx("q35r-stats", qmp("query-stats", target="vm"), qmp("query-stats", target="nosuch"), qmp("query-stats"))
for t in ["pci-device", "usb-device", "virtio-device", "scsi-device", "nosuch", "netdev", "pcie-root-port-base",
          "memory-backend", "sys-bus-device"]:
    for abstract in (False, True):
        c = {"qmp": {"execute": "qom-list-types", "arguments": {"implements": t, "abstract": abstract}}, "sort_by": "name"}
        qx("qlt-%s-%s" % (t, "a" if abstract else "c"), c, args=PCN)
corpus.p("qlt-vio", *PPCN, steps=[{"qmp": {"execute": "qom-list-types", "arguments": {"implements": "spapr-vio-device"}},
                                   "sort_by": "name"}])
qx("qlt-bad", qmp("qom-list-types", implements=5), qmp("qom-list-types", abstract="yes"), qmp("qom-list-types", x=1),
   args=PCN)
for t in ["e1000", "virtio-net-pci", "usb-tablet", "pcie-root-port", "virtio-balloon-pci", "scsi-hd", "virtio-blk-pci",
          "qemu-xhci", "pci-device", "nosuch", "memory-backend-ram", "virtio-net", "device", "isa-serial"]:
    qx("dlp-" + t, qmp("device-list-properties", typename=t), args=PCN)
for t in ["memory-backend-ram", "iothread", "virtio-net-pci", "pci-device", "nosuch", "device", "rng-builtin", "usb-tablet",
          "pc-q35-7.2-machine", "object"]:
    qx("qlp-" + t, qmp("qom-list-properties", typename=t), args=PCN)
for t in ["spapr-vlan", "spapr-vscsi", "spapr-pci-host-bridge", "spapr-vio-device"]:
    corpus.p("dlp-" + t, *PPCN, steps=[qmp("device-list-properties", typename=t)])
qx("dlp-bad", qmp("device-list-properties"), qmp("device-list-properties", typename=1),
   qmp("qom-list-properties", typename="e1000", extra=1), args=PCN)
for i, m in enumerate([{"name": "qemu64"}, {"name": "max"}, {"name": "Haswell"}, {"name": "nosuch"}, {"name": "host"},
                       {"name": "qemu64", "props": {"vmx": True}}, {"name": "qemu64", "props": {"nosuch": True}},
                       {"name": "base"}]):
    for t in ("static", "full"):
        qx("cme-%d-%s" % (i, t), qmp("query-cpu-model-expansion", type=t, model=m), args=PCN)
qx("cme-bad", qmp("query-cpu-model-expansion", type="nosuch", model={"name": "qemu64"}),
   qmp("query-cpu-model-expansion", type="static"), args=PCN)
corpus.p("cme", *PPCN, steps=[qmp("query-cpu-model-expansion", type="static", model={"name": "POWER9"}),
                              qmp("query-cpu-model-expansion", type="full", model={"name": "POWER9"})])
for o in ["drive", "machine", "nosuch", "smp-opts", "device", "netdev", "object", "chardev", "boot-opts", "memory", "numa",
          "icount", "accel", "sandbox"]:
    qx("qclo-" + o, qmp("query-command-line-options", option=o), args=PCN)
qx("qclo-bad", qmp("query-command-line-options", option=1), qmp("query-command-line-options", opt="drive"), args=PCN)
qx("object-qmp", qmp("object-add", **{"qom-type": "iothread", "id": "io2"}), qmp("query-iothreads"),
   qmp("object-add", **{"qom-type": "iothread", "id": "io2"}), qmp("object-add", **{"qom-type": "nosuch", "id": "x"}),
   qmp("object-add", **{"qom-type": "iothread"}), qmp("object-add", id="y"),
   qmp("object-add", **{"qom-type": "iothread", "id": "io3", "poll-max-ns": "abc"}),
   qmp("object-add", **{"qom-type": "iothread", "id": "io4", "nosuch": 1}),
   qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m1"}),
   qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m2", "size": 1048576}),
   qmp("qom-list", path="/objects"), qmp("object-del", id="nosuch"), qmp("object-del", id="io2"),
   qmp("object-del", id="io0"), qmp("object-del"), qmp("query-iothreads"))
qx("netdev-qmp", qmp("netdev_add", type="user", id="q1"), qmp("netdev_add", type="user", id="q1"),
   qmp("netdev_add", type="nosuch", id="q2"), qmp("netdev_add", type="user"), qmp("netdev_add", id="q3"),
   qmp("netdev_del", id="q1"), qmp("netdev_del", id="q1"), qmp("netdev_del", id="nic0"), args=PCN)
qx("chardev-qmp", qmp("chardev-add", id="c1", backend={"type": "null", "data": {}}),
   qmp("chardev-add", id="c1", backend={"type": "null", "data": {}}),
   qmp("chardev-add", id="c2", backend={"type": "ringbuf", "data": {"size": 4096}}),
   qmp("chardev-add", id="c3", backend={"type": "nosuch", "data": {}}), qmp("chardev-add", id="c4"),
   qmp("query-chardev"), qmp("chardev-remove", id="c1"), qmp("chardev-remove", id="c1"), qmp("query-chardev"), args=PCN)
qx("device-qmp", qmp("device_add", driver="virtio-net-pci", id="n9", bus="rp2"), qmp("qom-list", path="/machine/peripheral"),
   qmp("device_add", driver="virtio-net-pci", id="n9", bus="rp2"), qmp("device_add", driver="e1000", bus="rp2", addr=3),
   qmp("device_add", driver="e1000", bus="rp2", mac=5), qmp("device_add", driver="nosuch"), qmp("device_add", id="x"),
   qmp("device_del", id="n9"), qmp("device_del", id="nosuch"), qmp("query-pci"))
qx("qom-qmp", qmp("qom-list", path="/machine/peripheral/nic0"), qmp("qom-get", path="/machine/peripheral/nic0", property="mac"),
   qmp("qom-get", path="nic0", property="netdev"), qmp("qom-get", path="/nosuch", property="x"),
   qmp("qom-set", path="/machine/peripheral/nic0", property="mac", value="52:54:00:00:00:01"),
   qmp("qom-set", path="/objects/io0", property="poll-max-ns", value=7),
   qmp("qom-get", path="/objects/io0", property="poll-max-ns"),
   qmp("qom-set", path="/objects/io0", property="poll-max-ns", value="x"), qmp("qom-list", path="/machine/peripheral/zz"))
HMC = ["info pci", "device_add e1000,id=e9,bus=rp2", "info network", "help info", "nosuch", "", "info", "device_del e9",
       "qom-list /machine/peripheral"]
qx("hmc-seq", *[qmp("human-monitor-command", **{"command-line": h}) for h in HMC])
qx("hmc-cpu", qmp("human-monitor-command", **{"command-line": "info registers", "cpu-index": 1}),
   qmp("human-monitor-command", **{"command-line": "info pci", "cpu-index": 9}),
   qmp("human-monitor-command", **{"command-line": 5}), qmp("human-monitor-command"))

# ---------------------------------------------------------------- round 3 ----
# Memory hotplug as QEMU's docs and blog posts show it, and query-rx-filter over several NICs (lead): pc-dimm on
# backends made by -object and object_add, every refusal of pre_plug and
# realize, the summaries, device_del without a guest, object_del of a
# backend in use; recorded on its own twice per release and appended.
MEM = ["-m", "512M,slots=2,maxmem=2G"]
corpus.x("mem-hp-pc", "-M", "pc", *MEM, "-object", "memory-backend-ram,id=c1,size=256M", "-device", "pc-dimm,id=cd1,memdev=c1",
         steps=hmp("object_add memory-backend-ram,id=m1,size=128M", "object_add memory-backend-ram,id=m2,size=1G",
                   "device_add pc-dimm,id=d0", "device_add pc-dimm,id=d1,memdev=m1", "device_add pc-dimm,id=d2,memdev=m2",
                   "device_add pc-dimm,id=d1,memdev=m2", "device_add pc-dimm,memdev=nosuch", "info memory-devices",
                   "info memory_size_summary", "device_del d1", "device_del d1", "device_del cd1", "info memory-devices",
                   "info memdev", "qom-list /objects"))
corpus.x("mem-hp-q35", "-M", "q35", "-m", "512M,slots=4,maxmem=1G",
         steps=hmp("object_add memory-backend-ram,id=m1,size=256M", "object_add memory-backend-ram,id=m2,size=512M",
                   "object_add memory-backend-ram,id=m3,size=100M", "object_add iothread,id=io",
                   "device_add pc-dimm,id=d1,memdev=m1", "device_add pc-dimm,id=d2,memdev=m1", "device_add pc-dimm,id=d3,memdev=m2",
                   "device_add pc-dimm,id=d4,memdev=m3", "device_add pc-dimm,id=d5,memdev=io",
                   "device_add pc-dimm,id=d6,memdev=m3,slot=7", "device_add pc-dimm,id=d7,memdev=m3,node=3",
                   "device_add pc-dimm,id=d8,memdev=m3,addr=0x100000", "object_del m1", "info memory_size_summary",
                   "info memory-devices"))
corpus.x("mem-hp-noslots", "-M", "pc", steps=hmp("object_add memory-backend-ram,id=m1,size=128M",
                                                 "device_add pc-dimm,id=d1,memdev=m1", "info memory-devices"))
corpus.x("mem-hp-qmp", "-M", "pc", *MEM, steps=[
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m1", "size": 268435456}),
    qmp("device_add", driver="pc-dimm", id="d1", memdev="m1"), qmp("query-memory-devices"),
    qmp("query-memory-size-summary"), qmp("device_add", driver="pc-dimm", id="d2", memdev="m1"),
    qmp("device_add", driver="pc-dimm", id="d3", memdev="m1", slot=5), qmp("object-del", id="m1"),
    qmp("device_del", id="d1"), qmp("query-memdev")])
corpus.x("mem-hp-coldplug", "-M", "q35", "-m", "1G,slots=3,maxmem=4G", "-object", "memory-backend-ram,id=a,size=512M",
         "-object", "memory-backend-ram,id=b,size=1G", "-device", "pc-dimm,id=da,memdev=a", "-device", "pc-dimm,id=db,memdev=b,slot=2",
         steps=hmp("info memory-devices", "info memory_size_summary", "info memdev"))

corpus.x("rx-filter-nics", "-M", "pc", "-netdev", "user,id=u1", "-netdev", "user,id=u2", "-netdev", "user,id=u3",
         "-device", "virtio-net-pci,netdev=u1,id=n1", "-device", "e1000,netdev=u3,id=e",
         "-device", "virtio-net-pci,netdev=u2,id=n2,mac=52:54:00:00:00:09",
         steps=[qmp("query-rx-filter"), qmp("query-rx-filter", name="n2"), qmp("query-rx-filter", name="e"),
                qmp("query-rx-filter", name="nosuch"), qmp("query-rx-filter", name="u1")])

# ---------------------------------------------------------------- round 4 ----
# A third outside tester (lane m5, ids m4-): the monitor on the machines blog
# posts build, with the devices they use and earlier rounds left out: pc with
# rtl8139 and e1000 NICs, an ide-hd, a UHCI controller with a keyboard and a
# hub, an ISA serial port, a virtconsole and an i6300esb watchdog; q35 with a
# chain of PCIe root ports and a switch (x3130-upstream, xio3130-downstream),
# e1000e, nvme, virtio-blk, usb-storage on qemu-xhci, virtio-rng and balloon;
# pseries with spapr-vlan, virtio-net, spapr-vscsi and virtio-scsi disks, USB,
# spapr-vty and a virtconsole. Disks are null-co blockdevs with node-name.
# Every listing a learner reads there (HMP and QMP), qom-list/qom-get on the
# devices, hot-plug and its refusals, set_link, balloon, blockdev-add/-del,
# drive_add, netdev/chardev/object add and remove. A device QEMU removes at
# once (USB, SCSI, virtio-serial ports) is unplugged last, with settle.
def nul(n):
    return ["-blockdev", "null-co,node-name=" + n]


M4_PC = ["-M", "pc", "-m", "512", "-smp", "2",
         "-netdev", "user,id=u0", "-device", "rtl8139,netdev=u0,id=nic0,mac=52:54:00:12:34:56",
         "-netdev", "user,id=u1", "-device", "e1000,netdev=u1,id=nic1",
         *nul("ide0n"), "-device", "ide-hd,drive=ide0n,bus=ide.0,id=hd0",
         "-device", "piix3-usb-uhci,id=uhci", "-device", "usb-kbd,id=kbd0,bus=uhci.0",
         "-device", "usb-hub,id=hub0,bus=uhci.0",
         "-chardev", "null,id=s0", "-device", "isa-serial,chardev=s0,id=com0",
         "-device", "virtio-serial-pci,id=vser", "-chardev", "null,id=vcc0",
         "-device", "virtconsole,chardev=vcc0,id=vc0,bus=vser.0", "-device", "i6300esb,id=wdt"]
M4_Q35 = ["-M", "q35", "-m", "1G", "-smp", "2",
          "-device", "pcie-root-port,id=rp1,chassis=1,bus=pcie.0,addr=0x4",
          "-device", "pcie-root-port,id=rp2,chassis=2,bus=pcie.0,addr=0x5",
          "-device", "pcie-root-port,id=rp3,chassis=3,bus=pcie.0,addr=0x6",
          "-device", "pcie-root-port,id=rp4,chassis=4,bus=pcie.0,addr=0x7",
          "-device", "x3130-upstream,id=up,bus=rp3",
          "-device", "xio3130-downstream,id=dn1,bus=up,chassis=10,slot=0",
          "-device", "xio3130-downstream,id=dn2,bus=up,chassis=11,slot=1",
          "-netdev", "user,id=u0", "-device", "e1000e,netdev=u0,id=nic0,bus=rp1",
          *nul("nv0"), "-device", "nvme,drive=nv0,serial=deadbeef,id=nvme0,bus=rp2",
          *nul("vd0"), "-device", "virtio-blk-pci,drive=vd0,id=vblk,bus=dn1",
          "-device", "qemu-xhci,id=xhci", *nul("us0"), "-device", "usb-storage,drive=us0,id=ustor,bus=xhci.0",
          "-device", "usb-kbd,id=kbd,bus=xhci.0",
          "-object", "rng-builtin,id=rng0", "-device", "virtio-rng-pci,rng=rng0,id=rng",
          "-device", "virtio-balloon-pci,id=bal"]
M4_PPC = ["-M", "pseries", "-m", "1G", "-smp", "1",
          "-netdev", "user,id=u0", "-device", "spapr-vlan,netdev=u0,id=vlan0",
          "-netdev", "user,id=u1", "-device", "virtio-net-pci,netdev=u1,id=vnet",
          "-device", "spapr-vscsi,id=vs0", *nul("sd0"), "-device", "scsi-hd,drive=sd0,bus=vs0.0,id=sd",
          "-device", "virtio-scsi-pci,id=vscsi", *nul("sd1"), "-device", "scsi-hd,drive=sd1,bus=vscsi.0,id=sdv",
          "-device", "qemu-xhci,id=xhci", "-device", "usb-kbd,id=kbd",
          "-chardev", "null,id=vty0c", "-device", "spapr-vty,chardev=vty0c,id=vty0",
          "-device", "virtio-serial-pci,id=vser", "-chardev", "null,id=vcc", "-device", "virtconsole,chardev=vcc,id=vc"]
M4_INFOS = ["pci", "qtree", "block", "block -v", "blockstats", "network", "chardev", "usb", "mice", "virtio",
            "qom-tree /machine/peripheral", "irq"]
M4_QUERIES = ["query-pci", "query-block", "query-blockstats", "query-chardev", "query-rx-filter",
              "query-named-block-nodes", "x-query-usb", "query-balloon", "query-netdev"]
for n in M4_INFOS + ["pic", "balloon"]:
    corpus.x("m4-pc-info-" + n.replace(" ", "").replace("/", "_"), *M4_PC, steps=[info(n)])
    corpus.x("m4-q35-info-" + n.replace(" ", "").replace("/", "_"), *M4_Q35, steps=[info(n)])
for n in M4_INFOS:
    if n != "irq":   # pseries' XICS state differs run to run on 7.2
        corpus.p("m4-info-" + n.replace(" ", "").replace("/", "_"), *M4_PPC, steps=[info(n)])
for q in M4_QUERIES:
    corpus.x("m4-pc-" + q, *M4_PC, steps=[qmp(q)])
    corpus.x("m4-q35-" + q, *M4_Q35, steps=[qmp(q)])
    corpus.p("m4-" + q, *M4_PPC, steps=[qmp(q)])

# pc: links, NICs, disks, USB, serial, watchdog, balloon, qom.
corpus.x("m4-pc-set-link", *M4_PC, steps=hmp(
    "set_link nic0 off", "info network", "set_link u1 off", "info network", "set_link nic0 on", "set_link nosuch off",
    "set_link nic0 maybe", "set_link nic0", "set_link", "info network") + [qmp("query-rx-filter", name="nic0")])
corpus.x("m4-pc-set-link-qmp", *M4_PC, steps=[
    qmp("set_link", name="nic1", up=False), qmp("query-rx-filter", name="nic1"), qmp("set_link", name="nosuch", up=True),
    qmp("set_link", name="nic1"), qmp("set_link", name="nic1", up="no"), {"hmp": "info network"}])
corpus.x("m4-pc-nic-hotplug", *M4_PC, steps=hmp(
    "netdev_add user,id=h1", "device_add rtl8139,netdev=h1,id=r2", "device_add e1000,netdev=h1,id=e2",
    "device_add rtl8139,id=r2", "device_add rtl8139,netdev=u0,id=r3", "device_add e1000,id=e3,addr=0x3",
    "device_add e1000,id=e4,mac=52:54:00:12:34:56", "info pci", "info network", "device_del r2", "netdev_del h1",
    "info network", "device_del nic0", "info network"))
corpus.x("m4-pc-ide", *M4_PC, steps=hmp(
    "drive_add 0 " + drv("d1"), "device_add ide-hd,drive=d1,bus=ide.1,id=hd1", "device_add ide-hd,drive=d1,id=hd1",
    "device_add ide-hd,drive=ide0n", "device_add virtio-blk-pci,drive=ide0n,id=vb0", "device_add virtio-blk-pci,drive=d1,id=vb1",
    "device_add virtio-blk-pci,drive=d1,id=vb2", "info block", "info block -v", "device_del hd0", "device_del vb1",
    "drive_del d1", "info block", "info qtree"))
corpus.x("m4-pc-blockdev-qmp", *M4_PC, steps=[
    qmp("blockdev-add", driver="null-co", **{"node-name": "b1"}), qmp("blockdev-add", driver="null-co", **{"node-name": "b1"}),
    qmp("blockdev-add", driver="null-co", **{"node-name": "b2", "size": 65536, "read-zeroes": True}),
    qmp("query-named-block-nodes"), qmp("device_add", driver="virtio-blk-pci", drive="b2", id="vb"),
    qmp("query-block"), qmp("blockdev-del", **{"node-name": "b2"}), qmp("blockdev-del", **{"node-name": "ide0n"}),
    qmp("blockdev-del", **{"node-name": "b1"}), qmp("blockdev-del", **{"node-name": "b1"}),
    qmp("blockdev-del"), qmp("query-blockstats")])
corpus.x("m4-pc-usb", *M4_PC, settle=1.0, steps=hmp(
    "info usb", "device_add usb-tablet,id=t1", "device_add usb-kbd,id=kbd0", "device_add usb-mouse,bus=uhci.0,port=2.3,id=m1",
    "device_add usb-mouse,bus=uhci.0,port=7,id=m2", "device_add usb-hub,id=hub2", "info usb", "info mice",
    "qom-get t1 port", "qom-get m1 port", "device_del t1"))
corpus.x("m4-pc-usb-qmp", *M4_PC, settle=1.0, steps=[
    qmp("x-query-usb"), qmp("device_add", driver="usb-tablet", id="t1", bus="uhci.0"), qmp("x-query-usb"),
    qmp("query-mice"), qmp("device_del", id="t1")])
corpus.x("m4-pc-serial", *M4_PC, settle=1.0, steps=hmp(
    "chardev-add null,id=s1", "device_add isa-serial,chardev=s1,id=com1", "chardev-remove s0", "chardev-remove vcc0",
    "device_add virtconsole,chardev=s1,id=vc1", "device_add virtconsole,chardev=s1,id=vc2", "device_add virtserialport,id=vp",
    "info chardev", "info qtree", "qom-get vc1 chardev", "device_del vc1"))
corpus.x("m4-pc-watchdog", *M4_PC, steps=hmp(
    "qom-list /machine/peripheral/wdt", "qom-get wdt addr", "device_add ib700,id=ib", "device_add i6300esb,id=wdt",
    "device_add i6300esb,id=wdt2", "watchdog_action poweroff", "info pci", "device_del wdt", "info pci"))
corpus.x("m4-pc-balloon", *M4_PC, steps=hmp(
    "balloon 100", "info balloon", "device_add virtio-balloon-pci,id=b", "info balloon", "balloon 256", "info balloon",
    "balloon 4096", "balloon 0", "balloon abc", "balloon", "qom-get b guest-stats-polling-interval",
    "qom-set b guest-stats-polling-interval 2", "qom-get b guest-stats-polling-interval",
    "qom-set b guest-stats-polling-interval -1") + [qmp("query-balloon"), qmp("balloon", value=134217728),
                                                     qmp("balloon", value="x"), qmp("balloon")])
corpus.x("m4-pc-qom", *M4_PC, steps=hmp(
    "qom-list /machine/peripheral", "qom-list /machine/peripheral/nic0", "qom-get nic0 mac", "qom-get nic1 mac",
    "qom-get nic1 netdev", "qom-get nic0 addr", "qom-get hd0 drive", "qom-get hd0 unit", "qom-get hd0 serial",
    "qom-get com0 iobase", "qom-get com0 irq", "qom-get com0 chardev", "qom-get kbd0 port", "qom-get hub0 port",
    "qom-get vc0 nr", "qom-get vc0 name", "qom-get vser addr", "qom-list /machine/peripheral/vser/virtio-backend",
    "qom-get /machine/peripheral/vser/virtio-backend max_ports", "qom-set nic0 mac 52:54:00:00:00:01",
    "qom-set com0 iobase 0x2f8", "qom-get wdt type", "qom-get nic0 type", "qom-get nic0 realized"))
corpus.x("m4-pc-qom-qmp", *M4_PC, steps=[
    qmp("qom-list", path="/machine/peripheral/hd0"), qmp("qom-get", path="/machine/peripheral/hd0", property="drive"),
    qmp("qom-get", path="/machine/peripheral/com0", property="iobase"), qmp("qom-get", path="nic0", property="addr"),
    qmp("qom-get", path="kbd0", property="port"), qmp("qom-set", path="nic1", property="mac", value="52:54:00:00:00:02"),
    qmp("qom-get", path="/machine/peripheral/vser/virtio-backend", property="max_ports"),
    qmp("qom-get", path="/machine/peripheral/nic1", property="realized")])
corpus.x("m4-pc-drive-add", *M4_PC, steps=hmp(
    "drive_add 0 " + drv("dd"), "device_add virtio-blk-pci,drive=dd,id=vb", "info block -v", "info blockstats",
    "drive_del dd", "info block", "drive_add 0 if=none,driver=null-co,node-name=ide0n", "drive_add",
    "drive_add 0", "info block -v nosuch"))
corpus.x("m4-pc-rng", *M4_PC, steps=hmp(
    "object_add rng-builtin,id=r", "device_add virtio-rng-pci,rng=r,id=vr", "object_del r", "device_add virtio-rng-pci,rng=nosuch",
    "device_add virtio-rng-pci,id=vr2", "qom-get vr rng", "qom-list /objects", "info pci", "device_del vr", "object_del r"))
corpus.x("m4-pc-netdev-chardev-qmp", *M4_PC, steps=[
    qmp("netdev_add", type="user", id="q1", net="10.0.9.0/24"), qmp("device_add", driver="e1000", netdev="q1", id="qe"),
    qmp("query-rx-filter", name="qe"), qmp("netdev_del", id="q1"), qmp("query-netdev"),
    qmp("chardev-add", id="rb", backend={"type": "ringbuf", "data": {"size": 64}}),
    qmp("device_add", driver="virtconsole", chardev="rb", id="vc9"), qmp("chardev-remove", id="rb"), qmp("query-chardev")])

# q35: the PCIe chain, e1000e, nvme, usb-storage, balloon.
corpus.x("m4-q35-chain", *M4_Q35, steps=hmp(
    "netdev_add user,id=h", "device_add e1000e,netdev=h,bus=rp3,id=e2", "device_add e1000e,netdev=h,bus=dn1,id=e2",
    "device_add e1000e,netdev=h,bus=dn2,id=e2", "device_add e1000e,bus=dn2,addr=1,id=e3", "device_add e1000e,bus=rp4,addr=0x1,id=e4",
    "device_add e1000e,bus=rp4,id=e5", "device_add pcie-root-port,id=rp5,chassis=5", "device_add xio3130-downstream,id=dn3,bus=up,chassis=12",
    "device_add x3130-upstream,id=up2,bus=rp4", "info pci", "device_del e2", "device_del rp1", "device_del dn1", "info pci"))
corpus.x("m4-q35-chain-qtree", *M4_Q35, steps=hmp("info qtree", "qom-get dn1 chassis", "qom-get dn2 slot",
                                                  "qom-get rp3 addr", "qom-get up addr", "qom-list /machine/peripheral/up"))
corpus.x("m4-q35-nvme", *M4_Q35, steps=[
    qmp("blockdev-add", driver="null-co", **{"node-name": "nv1"}), {"hmp": "device_add nvme,drive=nv1,id=nv2,bus=rp4"},
    {"hmp": "device_add nvme,drive=nv1,serial=abc,id=nvme0,bus=rp4"}, {"hmp": "device_add nvme,drive=nv0,serial=abc,bus=rp4"},
    {"hmp": "device_add nvme,drive=nv1,serial=abc,id=nv3,bus=rp4"}, {"hmp": "qom-get nvme0 serial"},
    {"hmp": "qom-get nv3 serial"}, {"hmp": "info block"}, qmp("query-block"), {"hmp": "info pci"}])
corpus.x("m4-q35-usb-storage", *M4_Q35, settle=1.0, steps=[
    {"hmp": "info usb"}, qmp("blockdev-add", driver="null-co", **{"node-name": "us1"}),
    {"hmp": "device_add usb-storage,drive=us1,id=us2"}, {"hmp": "device_add usb-storage,drive=us0,id=us3"},
    {"hmp": "device_add usb-storage,id=us4"}, {"hmp": "info usb"}, {"hmp": "info block"}, qmp("x-query-usb"),
    {"hmp": "qom-get us2 port"}, {"hmp": "device_del us2"}])
corpus.x("m4-q35-balloon-rng", *M4_Q35, steps=hmp(
    "info balloon", "balloon 512", "info balloon", "balloon 2048", "info balloon", "qom-get bal guest-stats-polling-interval",
    "qom-get rng rng", "object_del rng0", "device_add virtio-balloon-pci,id=bal2,bus=rp4", "info pci"))
corpus.x("m4-q35-set-link", *M4_Q35, steps=[
    {"hmp": "set_link nic0 off"}, {"hmp": "info network"}, qmp("query-rx-filter", name="nic0"),
    qmp("set_link", name="u0", up=True), {"hmp": "info network"}])
corpus.x("m4-q35-device-qmp", *M4_Q35, steps=[
    qmp("netdev_add", type="user", id="h"), qmp("device_add", driver="e1000e", netdev="h", bus="dn2", id="e2"),
    qmp("device_add", driver="virtio-net-pci", netdev="h", bus="rp4", id="v2"),
    qmp("device_add", driver="virtio-net-pci", bus="rp4", id="v2"), qmp("device_add", driver="virtio-net-pci", bus="dn1"),
    qmp("query-pci"), qmp("device_del", id="e2"), qmp("device_del", id="up")])
corpus.x("m4-q35-ide", *M4_Q35, steps=hmp(
    "drive_add 0 " + drv("a1"), "device_add ide-hd,drive=a1,bus=ide.2,id=ahd", "device_add ide-cd,bus=ide.3,id=acd",
    "device_add ide-hd,drive=a1,bus=ide.9", "info block"))

# pseries: VIO devices, SCSI, USB, links, chardevs.
corpus.p("m4-vio", *M4_PPC, settle=1.0, steps=hmp(
    "netdev_add user,id=h", "device_add spapr-vlan,netdev=h,id=v2", "device_add spapr-vlan,netdev=h,id=v3",
    "device_add spapr-vlan,id=vlan0", "device_add spapr-vscsi,id=vs1", "chardev-add null,id=c9",
    "device_add spapr-vty,chardev=c9,id=vty1", "info network", "info qtree", "qom-get v2 reg", "device_del v2"))
corpus.p("m4-scsi", *M4_PPC, settle=1.0, steps=[
    qmp("blockdev-add", driver="null-co", **{"node-name": "sd2"}), {"hmp": "device_add scsi-hd,drive=sd2,bus=vs0.0,id=s2"},
    {"hmp": "device_add scsi-hd,drive=sd2,bus=vscsi.0,id=s3"}, {"hmp": "device_add scsi-hd,drive=sd0,bus=vscsi.0"},
    {"hmp": "device_add scsi-hd,bus=vscsi.0,id=s4"}, {"hmp": "info block"}, {"hmp": "info block -v"},
    qmp("query-block"), {"hmp": "qom-get s2 scsi-id"}, {"hmp": "qom-get sdv lun"}, {"hmp": "device_del s2"}])
corpus.p("m4-usb", *M4_PPC, settle=1.0, steps=hmp(
    "device_add usb-tablet,id=t", "device_add usb-kbd,id=kbd", "device_add usb-hub,id=hub", "info usb", "info mice",
    "device_del t"))
corpus.p("m4-set-link", *M4_PPC, steps=[
    {"hmp": "set_link vlan0 off"}, {"hmp": "set_link vnet off"}, {"hmp": "info network"},
    qmp("query-rx-filter", name="vnet"), qmp("query-rx-filter", name="vlan0"), {"hmp": "set_link u0 on"}, {"hmp": "info network"}])
corpus.p("m4-chardev", *M4_PPC, steps=hmp(
    "info chardev", "chardev-remove vty0c", "chardev-remove vcc", "chardev-add ringbuf,id=rb,size=128",
    "device_add virtconsole,chardev=rb,id=vc2", "qom-get vty0 reg", "qom-get vty0 chardev", "qom-get vc chardev",
    "info chardev") + [qmp("query-chardev")])
corpus.p("m4-qom", *M4_PPC, steps=hmp(
    "qom-list /machine/peripheral", "qom-get vlan0 mac", "qom-get vnet mac", "qom-get vnet addr", "qom-get vs0 reg",
    "qom-get sd drive", "qom-get sd scsi-id", "qom-get kbd port", "qom-get vser addr", "qom-set vlan0 reg 0x71000009",
    "qom-list /machine/peripheral/vs0"))

# Measured for the engine (m4m-): what a partial QOM path "rng" names on
# a bare pc and q35, and with a virtio-rng-pci of that id.
for m in ("pc", "q35"):
    corpus.x("m4m-%s-rng" % m, "-M", m, steps=hmp("qom-get rng type"))
    corpus.x("m4m-%s-rng-dev" % m, "-M", m, "-device", "virtio-rng-pci,id=rng", steps=hmp("qom-get rng type", "qom-get rng rng"))

# ---------------------------------------------------------------- round 5 ----
# A fourth outside tester (lane m5, ids m5-): what a learner of QMP and HMP
# types after query-hotpluggable-cpus, beyond what rounds 1-4 hold: the run
# state and its events (stop/cont/c, system_reset, system_powerdown, with
# -no-reboot, -no-shutdown, -action and -incoming defer), query-cpus-fast and
# info cpus per machine type and after `cpu N`, CPU model expansion,
# baseline and comparison, CPU type introspection, -name/-uuid, iothreads,
# vmgenid, migration capabilities and parameters and their errors, ACPI OSPM
# status after hot-plug, human-monitor-command around CPU commands, QMP
# argument errors, `help` of the commands a learner meets, and their typos.
# Written from QEMU's docs without reading the engine.
def m5x(id, *args, steps):
    corpus.x("m5-" + id, *args, steps=steps)


def m5p(id, *args, steps):
    corpus.p("m5-" + id, *args, steps=steps)


PC2 = ["-M", "pc", "-smp", "1,maxcpus=2"]
Q352 = ["-M", "q35", "-smp", "2,maxcpus=4"]
PS2 = ["-M", "pseries", "-smp", "1,maxcpus=2"]
ST = qmp("query-status")

# Run state: QMP stop/cont and their events, from -S (prelaunch).
m5x("qmp-stop-cont", *PC2, steps=[ST, qmp("stop"), ST, qmp("stop"), qmp("cont"), ST, qmp("stop"), ST,
                                  qmp("cont"), qmp("cont"), ST])
m5p("qmp-stop-cont", *PS2, steps=[ST, qmp("cont"), ST, qmp("stop"), ST, qmp("stop")])
m5x("qmp-reset", *PC2, steps=[qmp("system_reset"), ST, qmp("system_reset", x=1), qmp("cont"),
                              qmp("system_reset"), ST, qmp("stop")])
m5p("qmp-reset", *PS2, steps=[qmp("system_reset"), ST, qmp("stop"), qmp("system_reset"), ST])
m5x("qmp-powerdown", *Q352, steps=[qmp("system_powerdown"), ST, qmp("cont"), qmp("system_powerdown"), ST,
                                   qmp("stop")])
m5p("qmp-powerdown", *PS2, steps=[qmp("system_powerdown"), ST])
m5x("qmp-wakeup", *PC2, steps=[qmp("system_wakeup"), qmp("cont"), qmp("system_wakeup"), qmp("stop")])
m5x("hmp-run-state", *PC2, steps=hmp("info status", "stop", "info status", "c", "info status", "stop",
                                     "info status", "cont", "info status", "stop"))
m5p("hmp-run-state", *PS2, steps=hmp("info status", "cont", "info status", "stop", "info status",
                                     "system_reset", "info status"))
m5x("hmp-reset", *Q352, steps=hmp("system_reset", "info status", "system_powerdown", "info status"))
m5x("hmp-run-typos", *PC2, steps=hmp("stop now", "c 1", "cont x", "system_reset now", "system_powerdown 1",
                                     "stopp", "continue", "reset", "info status"))
m5x("no-reboot-reset", *PC2, "-no-reboot", steps=[ST, qmp("system_reset")])
m5x("no-shutdown-reset", *PC2, "-no-reboot", "-no-shutdown", steps=[qmp("system_reset"), ST, {"hmp": "info status"},
                                                                    qmp("cont"), ST])
m5x("action-pause", *PC2, "-action", "reboot=shutdown,shutdown=pause", steps=[qmp("system_reset"), ST])
m5x("qmp-set-action", *PC2, steps=[qmp("set-action", reboot="shutdown", shutdown="pause"), qmp("system_reset"), ST,
                                   qmp("set-action", reboot="nosuch"), qmp("set-action", panic="none", watchdog="debug")])
m5x("incoming-defer", *PC2, "-incoming", "defer", steps=[ST, {"hmp": "info status"}, qmp("query-migrate"),
                                                         qmp("cont"), ST, qmp("stop"), ST])
m5p("incoming-defer", *PS2, "-incoming", "defer", steps=[ST, qmp("cont"), ST])

# query-cpus-fast and info cpus per machine type, and after `cpu N`.
CPUS = [qmp("query-cpus-fast"), {"hmp": "info cpus"}, {"hmp": "info hotpluggable-cpus"}]
m5x("cpus-isapc", "-M", "isapc", "-smp", "2", steps=CPUS)
m5x("cpus-microvm", "-M", "microvm", "-smp", "2", steps=CPUS)
m5x("cpus-q35-dies", "-M", "q35", "-smp", "4,sockets=1,dies=2,cores=2,threads=1", steps=CPUS)
m5x("cpus-pc-old", "-M", "pc-i440fx-2.12", "-smp", "2,maxcpus=4", steps=CPUS)
m5x("cpus-numa", "-M", "pc", "-m", "512", "-smp", "2,maxcpus=4,sockets=2,cores=2", "-object",
    "memory-backend-ram,id=m0,size=256M", "-object", "memory-backend-ram,id=m1,size=256M",
    "-numa", "node,nodeid=0,memdev=m0", "-numa", "node,nodeid=1,memdev=m1",
    "-numa", "cpu,node-id=1,socket-id=1", "-numa", "cpu,node-id=0,socket-id=0",
    steps=CPUS + [{"hmp": "info numa"}, {"hmp": "device_add qemu64-x86_64-cpu,id=c3,socket-id=1,core-id=1,thread-id=0"},
                  {"hmp": "info numa"}, qmp("query-cpus-fast")])
m5p("cpus-p7", "-M", "pseries-2.7", "-smp", "1,maxcpus=2", steps=CPUS)
m5p("cpus-power8", "-M", "pseries", "-cpu", "POWER8", "-smp", "2,maxcpus=4", steps=CPUS)
m5p("cpus-numa", "-M", "pseries", "-m", "1G", "-smp", "1,maxcpus=2", "-object", "memory-backend-ram,id=m0,size=512M",
    "-object", "memory-backend-ram,id=m1,size=512M", "-numa", "node,nodeid=0,memdev=m0",
    "-numa", "node,nodeid=1,memdev=m1", steps=[{"hmp": "info numa"},
                                               {"hmp": "device_add power9_v2.0-spapr-cpu-core,id=c1,core-id=1,node-id=1"},
                                               {"hmp": "info numa"}, qmp("query-cpus-fast"), {"hmp": "info cpus"}])
m5x("cpu-select", "-M", "pc", "-smp", "3", steps=hmp("info cpus", "cpu 2", "info cpus", "cpu 0", "info cpus", "cpu 3",
                                                     "cpu", "cpu abc", "cpu -1", "cpu 1 2", "info cpus"))
m5x("cpu-select-hotplug", *PC2, steps=hmp("device_add qemu64-x86_64-cpu,id=c1,socket-id=0,core-id=1,thread-id=0",
                                          "cpu 1", "info cpus", "device_del c1", "info cpus"))
m5p("cpu-select", "-M", "pseries", "-smp", "2", steps=hmp("cpu 1", "info cpus", "cpu 2", "info cpus"))
m5x("regs-cpu", "-M", "pc", "-smp", "2", steps=[{"hmp": "cpu 1"}, {"hmp": "info registers", "truncate": 12},
                                               {"hmp": "info registers -a", "truncate": 12}])
m5p("regs-p8", "-M", "pseries", "-cpu", "POWER8", steps=[{"hmp": "info registers", "truncate": 12}])
m5x("examine-reset", "-M", "pc", steps=hmp("p $pc", "p/x $eax", "p $cs", "print /d 0x10 + 3*2", "p", "x /4xb 0xffff0",
                                           "x /2i $pc", "xp /3xw 0xfffffff0", "x", "p $nosuch", "x /4z 0"))
m5p("examine-reset", "-M", "pseries", steps=hmp("p $pc", "p $msr", "p/x $r1", "p $nosuch", "p 0x100 / 0"))

# human-monitor-command around CPU commands.
def hmc(line, **kw):
    return qmp("human-monitor-command", **{"command-line": line}, **kw)


m5x("hmc-cpus", *PC2, steps=[hmc("info cpus"), hmc("info hotpluggable-cpus"),
                             hmc("device_add qemu64-x86_64-cpu,id=c1,socket-id=0,core-id=1,thread-id=0"),
                             hmc("info cpus"), hmc("device_add qemu64-x86_64-cpu,id=c1,socket-id=0,core-id=1,thread-id=0"),
                             hmc("cpu 1"), hmc("info cpus", **{"cpu-index": 0}), hmc("info cpus", **{"cpu-index": "1"}),
                             hmc("stop"), ST, hmc("c"), ST, hmc("stop")])
m5p("hmc-cpus", *PS2, steps=[hmc("info hotpluggable-cpus"), hmc("device_add power9_v2.0-spapr-cpu-core,id=c1,core-id=1"),
                             hmc("info cpus"), hmc("device_del c1"), hmc("info cpus", **{"cpu-index": 1}),
                             hmc("info registers", **{"cpu-index": 3})])

# QMP errors a learner meets: unknown, missing, extra, ill-typed arguments.
m5x("qmp-errors", *PC2, steps=[qmp("Query-Status"), qmp("query_status"), qmp("query-status", verbose=True),
                               qmp("qmp_capabilities"), qmp("query-hotpluggable-cpus", x=1), qmp("query-cpus-fast", x=1),
                               qmp("device_add"), qmp("device_add", driver="qemu64-x86_64-cpu", id=5),
                               qmp("device_add", driver="qemu64-x86_64-cpu", **{"socket-id": 0, "core-id": "one"}),
                               qmp("device_del", id=5), qmp("qom-get", path="/machine"), qmp("qom-get", property="type"),
                               qmp("qom-list"), qmp("stop", now=True), qmp("cont", x=None), qmp("quit", x=1),
                               qmp("human-monitor-command", **{"command-line": "info status", "cpu-index": -1}),
                               qmp("human-monitor-command", **{"command-line": ["info", "status"]})])
m5p("qmp-errors", *PS2, steps=[qmp("device_add", driver="power9_v2.0-spapr-cpu-core", **{"core-id": "x"}),
                               qmp("device_add", driver="power9_v2.0-spapr-cpu-core", **{"core-id": 1.5}),
                               qmp("device_add", driver="power9_v2.0-spapr-cpu-core", **{"core-id": 1, "node-id": True}),
                               qmp("qom-get", path="/machine", property="nosuch"), qmp("query-cpus-fast", x=1)])

# CPU models: expansion, baseline, comparison, definitions.
CME = [("static", {"name": "Skylake-Client"}), ("full", {"name": "Skylake-Client", "props": {"pcid": False}}),
       ("full", {"name": "EPYC"}), ("static", {"name": "max", "props": {"la57": True}}),
       ("full", {"name": "qemu64", "props": {"family": 6}}), ("static", {"name": "qemu64", "props": {"vmx": "yes"}}),
       ("full", {"name": "Haswell-noTSX", "props": {"hle": True}}), ("full", {"name": "base"}),
       ("static", {"name": ""}), ("full", {"name": "qemu64-x86_64-cpu"})]
for i, (t, m) in enumerate(CME):
    m5x("cme-%d" % i, "-M", "pc", steps=[qmp("query-cpu-model-expansion", type=t, model=m)])
m5x("cme-errors", "-M", "pc", steps=[qmp("query-cpu-model-expansion", model={"name": "qemu64"}),
                                     qmp("query-cpu-model-expansion", type="static", model="qemu64"),
                                     qmp("query-cpu-model-expansion", type="static", model={}),
                                     qmp("query-cpu-model-expansion", type="static", model={"name": "qemu64", "props": 1}),
                                     qmp("query-cpu-model-expansion", type="static", model={"name": "qemu64", "x": 1})])
for i, m in enumerate([{"name": "POWER8"}, {"name": "power9_v2.0"}, {"name": "nosuch"}, {"name": "host"},
                       {"name": "POWER9", "props": {"compat": "power8"}}]):
    m5p("cme-%d" % i, "-M", "pseries", steps=[qmp("query-cpu-model-expansion", type="full", model=m)])
m5x("baseline", "-M", "pc", steps=[qmp("query-cpu-model-baseline", modela={"name": "qemu64"}, modelb={"name": "Haswell"}),
                                   qmp("query-cpu-model-comparison", modela={"name": "qemu64"}, modelb={"name": "max"}),
                                   qmp("query-cpu-model-baseline")])
m5p("baseline", "-M", "pseries", steps=[qmp("query-cpu-model-baseline", modela={"name": "POWER8"}, modelb={"name": "POWER9"}),
                                        qmp("query-cpu-model-comparison", modela={"name": "POWER8"}, modelb={"name": "POWER9"})])
m5x("cpu-defs-q35", "-M", "q35", steps=[{"qmp": {"execute": "query-cpu-definitions"}, "sort_by": "name"}])
m5p("cpu-defs-p27", "-M", "pseries-2.7", steps=[{"qmp": {"execute": "query-cpu-definitions"}, "sort_by": "name"}])
m5x("cpu-defs-arg", "-M", "pc", steps=[qmp("query-cpu-definitions", x=1)])

# CPU types: qom-list-types and device-list-properties per machine.
for t in ["x86_64-cpu", "cpu"]:
    m5x("qlt-" + t, "-M", "pc", steps=[{"qmp": {"execute": "qom-list-types", "arguments": {"implements": t}},
                                        "sort_by": "name"}])
for t in ["spapr-cpu-core", "powerpc64-cpu", "cpu-core"]:
    m5p("qlt-" + t, "-M", "pseries", steps=[{"qmp": {"execute": "qom-list-types", "arguments": {"implements": t,
                                                                                              "abstract": True}},
                                             "sort_by": "name"}])
for t in ["qemu64-x86_64-cpu", "Skylake-Client-x86_64-cpu", "max-x86_64-cpu", "x86_64-cpu"]:
    m5x("dlp-" + t, "-M", "pc", steps=[{"qmp": {"execute": "device-list-properties", "arguments": {"typename": t}},
                                        "sort_by": "name"}])
for t in ["power9_v2.0-spapr-cpu-core", "POWER8-spapr-cpu-core", "power8_v2.0-spapr-cpu-core",
          "power9_v2.0-powerpc64-cpu", "spapr-cpu-core"]:
    m5p("dlp-" + t, "-M", "pseries", steps=[{"qmp": {"execute": "device-list-properties", "arguments": {"typename": t}},
                                             "sort_by": "name"}])
m5p("device-help-cpu", "-M", "pseries", steps=hmp("device_add power8_v2.0-spapr-cpu-core,help", "device_add spapr-cpu-core,help"))
m5x("device-help-cpu", "-M", "pc", steps=[{"hmp": "device_add Skylake-Client-x86_64-cpu,help", "truncate": 15}])

# Machines: query-machines with compat-props (10.0), query-current-machine, query-target.
m5x("machines-compat", "-M", "pc", steps=[{"qmp": {"execute": "query-machines", "arguments": {"compat-props": True}},
                                           "sort_by": "name", "truncate": 5}])
m5x("machines-arg", "-M", "pc", steps=[qmp("query-machines", **{"compat-props": "yes"}), qmp("query-current-machine", x=1),
                                       qmp("query-target", x=1)])
m5x("current-isapc", "-M", "isapc", steps=[qmp("query-current-machine"), qmp("query-kvm"), qmp("query-target")])
m5p("current-p26", "-M", "pseries-2.6", steps=[qmp("query-current-machine"), qmp("query-hotpluggable-cpus")])

# -name and -uuid given, as libvirt passes them.
m5x("name-uuid", "-M", "pc", "-name", "guest=vm1,debug-threads=on", "-uuid", "c7a5fdbd-cdaf-9455-926a-d65c16db1809",
    steps=[qmp("query-name"), qmp("query-uuid"), {"hmp": "info name"}, {"hmp": "info uuid"}])
m5p("name-uuid", "-M", "pseries", "-name", "my guest", "-uuid", "00000000-0000-0000-0000-000000000001",
    steps=[qmp("query-name"), qmp("query-uuid"), {"hmp": "info name"}, {"hmp": "info uuid"},
           qmp("qom-get", path="/machine", property="uuid")])

# iothreads: -object, object-add, properties, and their listing.
m5x("iothreads", "-M", "q35", "-object", "iothread,id=io0", "-object", "iothread,id=io1,poll-max-ns=32768,poll-grow=2",
    steps=[qmp("query-iothreads"), {"hmp": "info iothreads"}, qmp("object-add", **{"qom-type": "iothread", "id": "io2",
                                                                                     "poll-max-ns": 0}),
           qmp("query-iothreads"), qmp("qom-get", path="/objects/io1", property="poll-grow"),
           qmp("qom-set", path="/objects/io2", property="poll-shrink", value=4), {"hmp": "object_del io0"},
           {"hmp": "info iothreads"}, qmp("query-iothreads", x=1)])
m5p("iothreads", "-M", "pseries", "-object", "iothread,id=io0", steps=[{"hmp": "info iothreads"}, qmp("query-iothreads")])

# vmgenid: the generation id a learner sets and reads back.
m5x("vmgenid", "-M", "pc", "-device", "vmgenid,guid=324e6eaf-d1d1-4bf6-bf41-b9bb6c91fb87,id=vmgen0",
    steps=[{"hmp": "info vm-generation-id"}, qmp("query-vm-generation-id"),
           qmp("qom-get", path="/machine/peripheral/vmgen0", property="guid"),
           {"hmp": "qom-set vmgen0 guid 00000000-0000-0000-0000-000000000002"}, {"hmp": "info vm-generation-id"},
           {"hmp": "device_add vmgenid,id=vmgen1"}])
m5x("vmgenid-hotplug", "-M", "q35", steps=hmp("info vm-generation-id",
                                              "device_add vmgenid,guid=324e6eaf-d1d1-4bf6-bf41-b9bb6c91fb87,id=g",
                                              "info vm-generation-id", "device_add vmgenid,guid=nonsense,id=h"))
m5p("vmgenid", "-M", "pseries", steps=hmp("device_add vmgenid,id=g", "info vm-generation-id"))

# Migration capabilities and parameters: set, read back, errors.
m5x("migrate-caps", "-M", "pc", steps=[
    qmp("migrate-set-capabilities", capabilities=[{"capability": "events", "state": True}]),
    {"hmp": "info migrate_capabilities"},
    qmp("migrate-set-capabilities", capabilities=[{"capability": "nosuch", "state": True}]),
    qmp("migrate-set-capabilities", capabilities=[{"capability": "xbzrle"}]),
    qmp("migrate-set-capabilities", capabilities={"capability": "xbzrle", "state": True}),
    qmp("migrate-set-capabilities"), qmp("query-migrate-capabilities")])
m5x("migrate-caps-hmp", "-M", "pc", steps=hmp("migrate_set_capability xbzrle on", "migrate_set_capability xbzrle maybe",
                                              "migrate_set_capability nosuch on", "migrate_set_capability postcopy-ram",
                                              "migrate_set_capability auto-converge on", "info migrate_capabilities"))
m5x("migrate-params", "-M", "pc", steps=[
    qmp("migrate-set-parameters", **{"downtime-limit": 500, "max-bandwidth": 1048576}),
    qmp("migrate-set-parameters", **{"downtime-limit": -1}), qmp("migrate-set-parameters", **{"compress-level": 10}),
    qmp("migrate-set-parameters", **{"nosuch": 1}), qmp("migrate-set-parameters", **{"multifd-channels": 0}),
    {"hmp": "migrate_set_parameter max-bandwidth 64M"}, {"hmp": "migrate_set_parameter downtime-limit abc"},
    {"hmp": "migrate_set_parameter nosuch 1"}, {"hmp": "info migrate_parameters"}, qmp("query-migrate-parameters")])
m5x("migrate-misc", "-M", "pc", steps=[qmp("query-migrate"), {"hmp": "info migrate"}, qmp("migrate_cancel"),
                                       qmp("migrate-start-postcopy"), {"hmp": "migrate_cancel"},
                                       {"hmp": "migrate_set_speed 1G"}, qmp("query-migrate")])

# ACPI OSPM status and memory devices around hot-plug.
m5x("ospm-cpu", *PC2, steps=[qmp("query-acpi-ospm-status"),
                             qmp("device_add", driver="qemu64-x86_64-cpu", id="c1", **{"socket-id": 0, "core-id": 1,
                                                                                       "thread-id": 0}),
                             qmp("query-acpi-ospm-status")])
m5x("ospm-dimm", "-M", "q35", "-m", "512M,slots=2,maxmem=2G", steps=[
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m1", "size": 134217728}),
    qmp("device_add", driver="pc-dimm", id="d1", memdev="m1"), qmp("query-acpi-ospm-status"),
    qmp("query-memory-devices"), {"hmp": "info memory-devices"}])
m5p("ospm", *PS2, steps=[qmp("query-acpi-ospm-status")])
m5p("mem-devices", "-M", "pseries", "-m", "1G,slots=2,maxmem=4G", "-object", "memory-backend-ram,id=m0,size=256M",
    "-device", "pc-dimm,id=d0,memdev=m0", steps=[qmp("query-memory-devices"), {"hmp": "info memory-devices"},
                                                 qmp("query-memory-size-summary"), {"hmp": "info memory_size_summary"}])
m5x("mem-isapc", "-M", "isapc", steps=[qmp("query-memory-devices"), qmp("query-memory-size-summary"),
                                       qmp("query-acpi-ospm-status")])

# The whole option table and chardev backends as QMP lists them.
m5x("qclo-all", "-M", "pc", steps=[{"qmp": {"execute": "query-command-line-options"}, "sort_by": "option",
                                    "truncate": 5}])
m5p("qclo", "-M", "pseries", steps=[qmp("query-command-line-options", option="machine"),
                                    qmp("query-command-line-options", option="smp-opts")])

# HMP info after state changes: qtree after hot-adding a CPU, sync-profile, roms.
m5x("qtree-cpu", *PC2, steps=[{"hmp": "device_add qemu64-x86_64-cpu,id=c1,socket-id=0,core-id=1,thread-id=0"},
                              {"hmp": "info qtree", "truncate": 30}, {"hmp": "info qom-tree /machine/peripheral"}])
m5p("qtree-cpu", *PS2, steps=[{"hmp": "device_add power9_v2.0-spapr-cpu-core,id=c1,core-id=1"},
                              {"hmp": "info qom-tree /machine/peripheral"}, {"hmp": "info qtree", "truncate": 30}])
m5x("sync-profile", "-M", "pc", steps=hmp("sync-profile on", "info sync-profile", "sync-profile reset",
                                          "sync-profile off", "info sync-profile -m", "info sync-profile -n 5",
                                          "sync-profile maybe", "info sync-profile -x"))
m5x("roms-nics", "-M", "q35", "-device", "e1000,id=n0", "-device", "virtio-net-pci,id=n1", steps=hmp("info roms"))
m5x("roms-isapc", "-M", "isapc", steps=hmp("info roms"))

# help for the commands a learner meets, and their typos.
HELP5 = [["cpu", "stop", "cont", "c", "system_reset", "system_powerdown", "system_wakeup"],
         ["info cpus", "info registers", "info hotpluggable-cpus", "info numa", "info status", "info mtree"],
         ["qom-get", "qom-list", "balloon", "migrate", "migrate_set_capability", "migrate_set_parameter"],
         ["x", "xp", "p", "print", "sendkey", "nmi", "memsave", "pmemsave"],
         ["dump-guest-memory", "savevm", "loadvm", "delvm", "quit", "q", "commit"],
         ["log", "gdbserver", "watchdog_action", "mouse_move", "ringbuf_write", "trace-event", "singlestep"],
         ["cpu-add", "info cpustats", "info sync-profile", "sync-profile", "calc_dirty_rate", "set_vcpu_dirty_limit"],
         ["announce_self", "exit_preconfig", "snapshot_blkdev", "block_resize", "hostfwd_add", "one-insn-per-tb"]]
for i, hs in enumerate(HELP5):
    m5x("help-%d" % i, "-M", "pc", steps=hmp(*["help " + h for h in hs]))
m5p("help", "-M", "pseries", steps=hmp("help cpu", "help info pic", "help info irq", "help info tlb", "help nmi"))
m5x("arg-typos", "-M", "pc", steps=hmp("info cpus 1", "info hotpluggable-cpus all", "cpu x1", "cpu 0x1", "cpu 1.0",
                                       "nmi 0", "balloon -1", "sendkey", "sendkey nosuchkey", "mouse_move",
                                       "watchdog_action nosuch", "log nosuch", "system_wakeup", "p 1 2",
                                       "memsave 0 16", "info migrate now"))
m5p("arg-typos", "-M", "pseries", steps=hmp("cpu 5", "nmi", "info cpus x", "info numa 0", "info mem", "info tlb"))

# Measured for the engine (m5m-): which machines report wakeup-suspend
# support and which ROMs `info roms` lists, per x86 machine and ACPI and
# CPU; vmgenid's guid as given; ACPI's DIMM slots in query-acpi-ospm-status.
for i, a in enumerate([["-M", "microvm"], ["-M", "microvm,acpi=off"], ["-M", "pc,acpi=off"], ["-M", "q35,acpi=off"],
                       ["-M", "isapc", "-cpu", "qemu64"], ["-M", "pc", "-cpu", "486"], ["-M", "pc-i440fx-2.0"],
                       ["-M", "none"]]):
    corpus.x("m5m-machine-%d" % i, *a, steps=[qmp("query-current-machine"), {"hmp": "info roms"}])
corpus.p("m5m-machine-none", "-M", "none", steps=[qmp("query-current-machine"), {"hmp": "info roms"}])
corpus.x("m5m-vmgenid-upper", "-M", "q35", "-device", "vmgenid,guid=324E6EAF-D1D1-4BF6-BF41-B9BB6C91FB87,id=v",
         steps=[qmp("query-vm-generation-id"), {"hmp": "qom-get v guid"}, {"hmp": "qom-list v"}])
corpus.x("m5m-vmgenid-bad", "-M", "pc", "-device", "vmgenid,guid=nonsense")
corpus.x("m5m-vmgenid-two", "-M", "pc", "-device", "vmgenid,guid=324e6eaf-d1d1-4bf6-bf41-b9bb6c91fb87",
         "-device", "vmgenid,guid=324e6eaf-d1d1-4bf6-bf41-b9bb6c91fb88")
corpus.x("m5m-ospm-pc", "-M", "pc", "-m", "512M,slots=3,maxmem=2G", "-object", "memory-backend-ram,id=m0,size=128M",
         "-object", "memory-backend-ram,id=m1,size=128M", "-device", "pc-dimm,memdev=m0,slot=2",
         steps=[qmp("query-acpi-ospm-status"), {"hmp": "device_add pc-dimm,id=d1,memdev=m1"}, qmp("query-acpi-ospm-status")])
corpus.x("m5m-ospm-old", "-M", "pc-i440fx-2.0", "-m", "512M,slots=2,maxmem=2G", steps=[qmp("query-acpi-ospm-status")])

# m5m-: each migration capability turned on alone (the checks QEMU makes),
# and each integer migration parameter given values around its bounds.
CAPS = ["xbzrle", "rdma-pin-all", "auto-converge", "zero-blocks", "compress", "events", "postcopy-ram", "x-colo",
        "release-ram", "block", "return-path", "pause-before-switchover", "multifd", "dirty-bitmaps",
        "postcopy-blocktime", "late-block-activate", "x-ignore-shared", "validate-uuid", "background-snapshot",
        "zero-copy-send", "postcopy-preempt", "switchover-ack", "dirty-limit", "mapped-ram"]
for c in CAPS:
    corpus.x("m5m-cap-" + c, "-M", "pc", steps=[{"hmp": "migrate_set_capability %s on" % c},
                                               {"hmp": "migrate_set_capability %s off" % c}])
INT_PARAMS = ["announce-initial", "announce-max", "announce-rounds", "announce-step", "compress-level",
              "compress-threads", "decompress-threads", "throttle-trigger-threshold", "cpu-throttle-initial",
              "cpu-throttle-increment", "max-cpu-throttle", "max-bandwidth", "avail-switchover-bandwidth",
              "downtime-limit", "x-checkpoint-delay", "multifd-channels", "xbzrle-cache-size",
              "max-postcopy-bandwidth", "multifd-zlib-level", "multifd-zstd-level", "x-vcpu-dirty-limit-period",
              "vcpu-dirty-limit"]
VALUES = [-1, 0, 1, 9, 10, 20, 21, 99, 100, 101, 255, 256, 4096, 100000, 100001, 2000000, 2000001, 1 << 40]
for p in INT_PARAMS:
    corpus.x("m5m-param-" + p, "-M", "pc", steps=[qmp("migrate-set-parameters", **{p: v}) for v in VALUES] +
             [{"hmp": "info migrate_parameters"}])

# m5m-: migrate_set_parameter as HMP reads its values (sizes, small
# integers, booleans, enums, strings), then the listing.
corpus.x("m5m-hmp-param-ints", "-M", "pc", steps=hmp(
    "migrate_set_parameter compress-level abc", "migrate_set_parameter multifd-channels 300",
    "migrate_set_parameter multifd-channels 16", "migrate_set_parameter x-checkpoint-delay abc",
    "migrate_set_parameter x-checkpoint-delay 5000", "migrate_set_parameter cpu-throttle-initial 0x10",
    "migrate_set_parameter announce-step 0", "migrate_set_parameter throttle-trigger-threshold -1",
    "info migrate_parameters"))
corpus.x("m5m-hmp-param-sizes", "-M", "pc", steps=hmp(
    "migrate_set_parameter max-bandwidth 1G", "migrate_set_parameter max-bandwidth 100",
    "migrate_set_parameter downtime-limit 3000000", "migrate_set_parameter downtime-limit 1k",
    "migrate_set_parameter xbzrle-cache-size 1M", "migrate_set_parameter xbzrle-cache-size 1000",
    "migrate_set_parameter announce-initial 1.5k", "migrate_set_parameter max-postcopy-bandwidth 2M",
    "info migrate_parameters"))
corpus.x("m5m-hmp-param-other", "-M", "pc", steps=hmp(
    "migrate_set_parameter cpu-throttle-tailslow on", "migrate_set_parameter block-incremental maybe",
    "migrate_set_parameter multifd-compression zlib", "migrate_set_parameter multifd-compression nosuch",
    "migrate_set_parameter tls-creds foo", "migrate_set_parameter compress-wait-thread off",
    "migrate_set_parameter downtime-limit", "info migrate_parameters") + [qmp("query-migrate-parameters")])
corpus.x("m5m-qmp-param-multi", "-M", "pc", steps=[
    qmp("migrate-set-parameters", **{"cpu-throttle-initial": 50, "max-cpu-throttle": 40}),
    qmp("migrate-set-parameters", **{"max-cpu-throttle": 10, "downtime-limit": 3000000, "announce-step": 0}),
    qmp("migrate-set-parameters", **{"multifd-channels": 300, "compress-level": 99}),
    qmp("migrate-set-parameters", **{"cpu-throttle-tailslow": True, "tls-creds": "x", "multifd-compression": "zlib"}),
    qmp("query-migrate-parameters"),
    qmp("migrate-set-capabilities", capabilities=[{"capability": "postcopy-ram", "state": True},
                                                  {"capability": "postcopy-preempt", "state": True}]),
    qmp("migrate-set-capabilities", capabilities=[{"capability": "multifd", "state": True},
                                                  {"capability": "zero-copy-send", "state": True}]),
    qmp("migrate-set-capabilities", capabilities=[{"capability": "return-path", "state": True},
                                                  {"capability": "switchover-ack", "state": True}]),
    qmp("migrate-set-capabilities", capabilities=[{"capability": "zero-blocks", "state": True}]),
    qmp("query-migrate-capabilities")])

# m5m-: migration capabilities turned on two at a time (the checks between
# them), and a reset while waiting for an incoming migration.
for c1 in CAPS:
    steps = []
    for c2 in CAPS:
        if c2 != c1:
            steps += [qmp("migrate-set-capabilities", capabilities=[{"capability": c1, "state": True},
                                                                    {"capability": c2, "state": True}]),
                      qmp("migrate-set-capabilities", capabilities=[{"capability": c1, "state": False},
                                                                    {"capability": c2, "state": False}])]
    corpus.x("m5m-cap-pairs-" + c1, "-M", "pc", steps=steps)
corpus.x("m5m-incoming-reset", "-M", "pc", "-incoming", "defer", steps=[qmp("system_reset"), ST, qmp("stop"), ST])

# m5m-: around the fixes above, to see that they generalise: vmgenid in the
# QOM tree, ACPI OSPM with an NVDIMM and with CPU hotplug in modern mode,
# the RSDP's move at pc-i440fx-2.3, iothreads among other objects, string
# migration parameters given null.
corpus.x("m5m-vmgenid-qom", "-M", "q35", "-device", "vmgenid,guid=324e6eaf-d1d1-4bf6-bf41-b9bb6c91fb87,id=v",
         steps=[{"hmp": "info qom-tree /machine/peripheral"}, qmp("qom-get", path="/machine/peripheral/v", property="hotpluggable"),
                {"hmp": "device_del v"}])
corpus.x("m5m-ospm-nvdimm", "-M", "q35,nvdimm=on", "-m", "512M,slots=3,maxmem=2G",
         "-object", "memory-backend-ram,id=n0,size=128M", "-device", "nvdimm,memdev=n0,id=nv0",
         "-object", "memory-backend-ram,id=m0,size=128M", "-device", "pc-dimm,memdev=m0,id=d0",
         steps=[qmp("query-acpi-ospm-status"), qmp("query-memory-devices")])
corpus.x("m5m-ospm-modern", "-M", "pc", "-smp", "1,maxcpus=2", "-m", "512M,slots=1,maxmem=1G",
         steps=[{"hmp": "qom-set /machine/i440fx/piix4_pm cpu-hotplug-legacy false"}, qmp("query-acpi-ospm-status"),
                {"hmp": "device_add qemu64-x86_64-cpu,id=c1,socket-id=0,core-id=1,thread-id=0"}, qmp("query-acpi-ospm-status")])
for v in ["2.2", "2.3"]:
    corpus.x("m5m-roms-pc-" + v, "-M", "pc-i440fx-" + v, steps=[{"hmp": "info roms"}, qmp("query-current-machine")])
corpus.x("m5m-iothreads-mixed", "-M", "pc", "-object", "memory-backend-ram,id=zz,size=16M", "-object", "iothread,id=worker",
         "-object", "rng-builtin,id=a", "-object", "iothread,id=iothread0", "-object", "iothread,id=b",
         steps=[{"hmp": "info iothreads"}, {"hmp": "object_del worker"}, {"hmp": "object_add iothread,id=worker2"},
                qmp("query-iothreads"), {"hmp": "qom-list /objects"}])
corpus.x("m5m-param-strings", "-M", "pc", steps=[
    qmp("migrate-set-parameters", **{"tls-creds": "c0", "tls-hostname": "h", "tls-authz": "z"}),
    qmp("migrate-set-parameters", **{"tls-creds": None}), qmp("migrate-set-parameters", **{"tls-hostname": 5}),
    {"hmp": "info migrate_parameters"}, qmp("query-migrate-parameters"),
    qmp("migrate-set-capabilities", capabilities=[{"capability": "multifd", "state": True},
                                                  {"capability": "zero-copy-send", "state": True}])])
corpus.x("m5m-zero-copy-compress", "-M", "pc", steps=[
    qmp("migrate-set-parameters", **{"multifd-compression": "zlib"}),
    qmp("migrate-set-capabilities", capabilities=[{"capability": "multifd", "state": True},
                                                  {"capability": "zero-copy-send", "state": True}]),
    qmp("migrate-set-parameters", **{"multifd-compression": "none"}),
    qmp("migrate-set-capabilities", capabilities=[{"capability": "multifd", "state": True},
                                                  {"capability": "zero-copy-send", "state": True}]),
    {"hmp": "info migrate_capabilities"}])


# ============================================= round 5v (both releases) ====
# Issue 8 beyond the CPU path, in the monitor: a NIC's default MAC freed as
# the NIC goes (USB NICs go at once; a pc NIC waits for a guest), an nvme
# refused for a permission conflict (its BlockBackend stays behind, with or
# without an id), and what a learner types on isapc and microvm.
R5V_Q35 = ["-M", "q35", "-device", "qemu-xhci,id=xhci", "-netdev", "user,id=n0", "-netdev", "user,id=n1", "-netdev", "user,id=n2"]
corpus.x("m5v-usb-net-mac-freed", *R5V_Q35, settle=1.0, steps=hmp(
    "device_add usb-net,netdev=n0,id=u0", "device_add usb-net,netdev=n1,id=u1", "device_del u0", "info usb"))
corpus.x("m5v-usb-net-mac-reused", *R5V_Q35, settle=1.0, steps=hmp(
    "device_add usb-net,netdev=n0,id=u0", "device_add usb-net,netdev=n1,id=u1", "device_del u0",
    "device_add usb-net,netdev=n2,id=u2", "info network", "qom-get u2 mac"))
corpus.x("m5v-usb-net-given-mac-freed", *R5V_Q35, settle=1.0, steps=hmp(
    "device_add usb-net,netdev=n0,id=u0,mac=52:54:00:12:34:56", "device_del u0", "device_add usb-net,netdev=n1,id=u1",
    "qom-get u1 mac"))
corpus.x("m5v-pc-nic-del-pending", "-M", "pc", "-netdev", "user,id=n0", "-netdev", "user,id=n1", steps=hmp(
    "device_add e1000,netdev=n0,id=e0", "device_del e0", "device_add e1000,netdev=n1,id=e1", "info network"))
corpus.p("m5v-pseries-nic-del", "-M", "pseries", "-netdev", "user,id=n0", "-netdev", "user,id=n1", settle=1.0, steps=hmp(
    "device_add e1000,netdev=n0,id=e0", "device_del e0", "device_add virtio-net-pci,netdev=n1,id=v1", "info network"))
R5V_NVME = ["-M", "q35", "-device", "pcie-root-port,id=rp1,chassis=1", "-device", "pcie-root-port,id=rp2,chassis=2",
            "-device", "pcie-root-port,id=rp3,chassis=3", "-blockdev", "null-co,node-name=nv0",
            "-device", "nvme,drive=nv0,serial=a,id=nvme0,bus=rp1"]
corpus.x("m5v-nvme-leak-id", *R5V_NVME, steps=[
    {"hmp": "device_add nvme,drive=nv0,serial=b,id=x,bus=rp2"}, {"hmp": "info block"}, qmp("query-block"),
    {"hmp": "device_add nvme,drive=nv0,bus=rp3"}, {"hmp": "info block"}, {"hmp": "qom-get x serial"}])
corpus.x("m5v-nvme-leak-twice", *R5V_NVME, steps=hmp(
    "device_add nvme,drive=nv0,serial=b,bus=rp2", "device_add nvme,drive=nv0,serial=c,id=y,bus=rp2",
    "blockdev-add driver=null-co,node-name=nv1", "device_add nvme,drive=nv1,serial=d,id=z,bus=rp3", "info block", "info pci"))
corpus.x("m5v-nvme-conflict-others", *R5V_NVME, steps=hmp(
    "device_add virtio-blk-pci,drive=nv0,bus=rp2", "device_add ide-hd,drive=nv0,bus=ide.2", "info block"))
R5V_ISA = ["-M", "isapc", "-netdev", "user,id=n0", "-device", "ne2k_isa,netdev=n0,id=ne", "-blockdev", "null-co,node-name=d0"]
corpus.x("m5v-isapc-device-add", *R5V_ISA, steps=hmp(
    "device_add e1000,netdev=n0", "device_add virtio-net-pci", "device_add ne2k_isa,netdev=n0,iobase=0x320,irq=10",
    "device_add usb-tablet", "device_add isa-serial", "device_add ide-hd,drive=d0,bus=ide.0", "device_add pc-dimm",
    "device_add qemu64-x86_64-cpu,socket-id=1,core-id=0,thread-id=0"))
corpus.x("m5v-isapc-look", *R5V_ISA, steps=hmp(
    "info pci", "info network", "info qtree", "qom-list /machine/peripheral", "qom-get ne iobase", "qom-get ne mac",
    "device_del ne", "info usb", "info hotpluggable-cpus"))
corpus.x("m5v-isapc-qmp", *R5V_ISA, steps=[
    qmp("device_add", driver="e1000", netdev="n0"), qmp("device_add", driver="sb16"), qmp("query-pci"),
    qmp("qom-list", path="/machine/peripheral"), qmp("device_del", id="ne")])
R5V_MV = ["-M", "microvm", "-blockdev", "null-co,node-name=d0", "-device", "virtio-blk-device,drive=d0,id=vd0",
          "-netdev", "user,id=n0", "-device", "virtio-net-device,netdev=n0,id=vn0"]
corpus.x("m5v-microvm-look", *R5V_MV, steps=hmp(
    "info network", "info block", "info pci", "qom-list /machine/peripheral", "qom-get vn0 mac", "qom-get vd0 drive",
    "info qom-tree /machine/peripheral", "info mice", "info chardev"))
corpus.x("m5v-microvm-device-add", *R5V_MV, steps=hmp(
    "device_add virtio-rng-device", "device_add virtio-rng-pci", "device_add e1000", "device_add usb-kbd",
    "device_add virtio-rng-device,bus=virtio-mmio-bus.0", "device_del vd0", "device_del vn0", "info qtree"))
corpus.x("m5v-microvm-pcie-device-add", "-M", "microvm,pcie=on", "-device", "pcie-root-port,id=rp,chassis=1", steps=hmp(
    "device_add virtio-rng-pci,bus=rp,id=r", "device_add virtio-rng-pci", "info pci", "device_del r"))

# ============================================================ round 6 ======
# A fifth outside tester (ids m6-): the monitor's own languages as learners
# type them, beyond rounds 1-5. QMP as people send it (through record.py:
# negotiation repeated, arguments of the wrong JSON type, misspelled and
# extra members, numbers where strings go and the reverse, big, negative and
# float numbers, removed and misspelled command names, query-version and
# query-command-line-options, human-monitor-command with HMP that errs or
# prints many lines; what needs the raw wire is in engine/stdio/testdata's
# wire_m6 sessions). HMP's argument parser: quoted strings and escapes,
# sizes with suffixes, expressions (operators, precedence, registers,
# character constants, overflow, syntax errors), /fmt of x, xp and p,
# missing and extra arguments, flags, help of one command, unknown
# commands and typos, tabs and trailing blanks, long lines. On pc, q35 and
# pseries with the command lines learners use. Written from QEMU's docs
# and the HMP command table (hmp-commands.hx), not from the engine.
def m6x(id, *args, steps, **kw):
    corpus.x("m6-" + id, *args, steps=steps, **kw)


def m6p(id, *args, steps, **kw):
    corpus.p("m6-" + id, *args, steps=steps, **kw)


M6PC = ["-M", "pc", "-m", "512", "-smp", "2,maxcpus=4"]
M6Q35 = ["-M", "q35", "-m", "1G", "-smp", "2,sockets=1,cores=2,maxcpus=4",
         "-device", "pcie-root-port,id=rp1,chassis=1,bus=pcie.0"]
M6PS = ["-M", "pseries", "-m", "1G", "-smp", "1,maxcpus=4"]


def m6all(id, steps, x86=True, q35=True, ppc=True, **kw):
    if x86:
        m6x(id + "-pc", *M6PC, steps=steps, **kw)
    if q35:
        m6x(id + "-q35", *M6Q35, steps=steps, **kw)
    if ppc:
        m6p(id, *M6PS, steps=steps, **kw)


# --- QMP (a) ---------------------------------------------------------------
m6all("qmp-caps-again", [qmp("qmp_capabilities"), qmp("qmp_capabilities", enable=["oob"]),
                         qmp("qmp_capabilities", enable=["nosuch"]), qmp("qmp_capabilities", enable="oob"),
                         qmp("qmp_capabilities", enable=[]), qmp("qmp_capabilities", enable=None),
                         qmp("qmp_capabilities", oob=True), qmp("qmp_capabilities", enable=[1])], q35=False)
m6all("qmp-version", [qmp("query-version"), qmp("query-version", verbose=True), qmp("query-versions"),
                      qmp("version"), qmp("query_version")], q35=False)
m6all("qmp-clo", [qmp("query-command-line-options", option="boot"), qmp("query-command-line-options", option="m"),
                  qmp("query-command-line-options", option="smp"), qmp("query-command-line-options", option="cpu"),
                  qmp("query-command-line-options", option=""), qmp("query-command-line-options", option="-smp"),
                  qmp("query-command-line-options", option="SMP-OPTS"), qmp("query-command-line-options", option=None),
                  qmp("query-command-line-options", option=["smp-opts"]),
                  qmp("query-command-line-options", options="smp-opts")], q35=False)
m6x("qmp-clo-more", *M6PC, steps=[qmp("query-command-line-options", option=o) for o in
                                  ("rtc", "global", "fsdev", "spice", "acpi", "trace", "action", "overcommit",
                                   "msg", "mem-prealloc", "incoming", "audiodev", "display", "vnc")])
m6p("qmp-clo-more", *M6PS, steps=[qmp("query-command-line-options", option=o) for o in
                                  ("rtc", "global", "prom-env", "nodefaults", "tpmdev", "iscsi", "semihosting-config")])
m6all("qmp-unknown", [qmp("query-cpus"), qmp("cpu-add", id=1), qmp("query-events-list"), qmp("query-event"),
                      qmp("device-add", driver="e1000"), qmp("device_add_"), qmp("quit "), qmp(" query-status"),
                      qmp("QUERY-STATUS"), qmp("query-status\n"), qmp(""), qmp("x-debug-query-block-graph"),
                      qmp("query-hotpluggable-cpu"), qmp("query-hotplugable-cpus"), qmp("info")])
m6all("qmp-misspelled-members", [
    qmp("device_add", drivr="e1000", id="n1"), qmp("device_add", Driver="e1000"),
    qmp("qom-get", path="/machine", prop="type"), qmp("qom-get", Path="/machine", property="type"),
    qmp("qom-list", path="/machine/peripheral", depth=1),
    qmp("human-monitor-command", command_line="info status"), qmp("human-monitor-command", commandline="info status"),
    qmp("human-monitor-command", **{"command-line": "info name", "command_line": "info status"}),
    qmp("device_del", ID="x"), qmp("object-add", **{"qom-type": "iothread", "Id": "io1"}),
    qmp("object-add", qom_type="iothread", id="io1"), qmp("object-del", name="io1")])
m6all("qmp-wrong-types", [
    qmp("qom-get", path=1, property="type"), qmp("qom-get", path="/machine", property=["type"]),
    qmp("qom-get", path="/machine", property={"name": "type"}), qmp("qom-list", path=None),
    qmp("qom-list", path=True), qmp("device_del", id=["x"]), qmp("device_del", id={}),
    qmp("object-del", id=5), qmp("query-cpu-definitions", x=None), qmp("query-name", x={}),
    qmp("netdev_del", id=1.5), qmp("chardev-remove", id=False)])
m6all("qmp-numbers", [
    qmp("balloon", value=-1), qmp("balloon", value=1e3), qmp("balloon", value=18446744073709551616),
    qmp("balloon", value=9223372036854775807), qmp("balloon", value="1G"), qmp("balloon", value=True),
    qmp("memsave", val=-1, size=16, filename="/dev/null"),
    qmp("memsave", val=0, size=1.5, filename="/dev/null"), qmp("memsave", val=18446744073709551615, size=1, filename="/dev/null"),
    qmp("memsave", val=18446744073709551616, size=1, filename="/dev/null"), qmp("memsave", val="0", size=1, filename="/dev/null"),
    qmp("pmemsave", val=0, size=0, filename="/dev/null"), qmp("inject-nmi", x=1)], q35=False)
# Left out: memsave size -1 (7.2 dies of SIGSEGV, 10.0 writes until the
# recorder's timeout) and pmemsave of 4 GiB (10.0 runs past the timeout).
m6x("qmp-numbers-cpu", *M6PC, steps=[
    qmp("human-monitor-command", **{"command-line": "info cpus", "cpu-index": 2}),
    qmp("human-monitor-command", **{"command-line": "info cpus", "cpu-index": 4294967296}),
    qmp("human-monitor-command", **{"command-line": "info cpus", "cpu-index": -2147483649}),
    qmp("human-monitor-command", **{"command-line": "info cpus", "cpu-index": 1e0}),
    qmp("human-monitor-command", **{"command-line": "info cpus", "cpu-index": None}),
    qmp("human-monitor-command", **{"command-line": "info cpus", "cpu-index": 2147483647}),
    qmp("human-monitor-command", **{"command-line": "cpu 1", "cpu-index": 0})])
m6all("qmp-strings", [
    qmp("qom-get", path="/machine", property="type\u00e9"), qmp("qom-get", path="/machine/\u00e9", property="type"),
    qmp("qom-get", path="", property="type"), qmp("qom-get", path="/", property="type"),
    qmp("qom-get", path="//machine", property="type"), qmp("qom-get", path="/machine/", property="type"),
    qmp("qom-list", path="/machine/../machine"), qmp("qom-list", path="machine"),
    qmp("device_del", id=""), qmp("device_del", id="a b"), qmp("device_del", id="x" * 300),
    qmp("object-del", id="\"quoted\""), qmp("qom-get", path="/machine", property="")])
m6all("hmc-errors", [
    qmp("human-monitor-command", **{"command-line": "info bogus"}),
    qmp("human-monitor-command", **{"command-line": "device_add"}),
    qmp("human-monitor-command", **{"command-line": "device_add nosuch-device"}),
    qmp("human-monitor-command", **{"command-line": "qom-get /machine nosuch"}),
    qmp("human-monitor-command", **{"command-line": "x /4xw"}),
    qmp("human-monitor-command", **{"command-line": "p 1 +"}),
    qmp("human-monitor-command", **{"command-line": "help nosuch"}),
    qmp("human-monitor-command", **{"command-line": "info\n"}),
    qmp("human-monitor-command", **{"command-line": "info status\ninfo name"}),
    qmp("human-monitor-command", **{"command-line": "info status; info name"}),
    qmp("human-monitor-command", **{"command-line": "help info", "cpu-index": 0})], q35=False)
m6all("hmc-multiline", [
    qmp("human-monitor-command", **{"command-line": "help qom-get"}),
    qmp("human-monitor-command", **{"command-line": "help info status"}),
    qmp("human-monitor-command", **{"command-line": "info qom-tree /machine/peripheral-anon"}),
    qmp("human-monitor-command", **{"command-line": "info mice"}),
    qmp("human-monitor-command", **{"command-line": "info block"}),
    qmp("human-monitor-command", **{"command-line": "qom-list /machine/unattached/device[0]"}),
    qmp("human-monitor-command", **{"command-line": "info trace-events cpuhp_acpi*"})])

# --- HMP (b): quoting and escapes --------------------------------------------
m6all("hmp-quotes", hmp('qom-get "/machine" "type"', "qom-get '/machine' type", 'qom-get "/machine type',
                        'qom-get "/machine"type', 'qom-list "/machine/peripheral"', 'qom-get "/mach\\ine" type',
                        'qom-get "/machine" "ty\\"pe"', 'qom-get "/machine" "ty\\\\pe"', 'qom-get "/machine" "t\\npe"',
                        'qom-get "/machine" "t\\x41"', 'qom-get "/machine" ""', 'qom-get "" type',
                        'qom-list ""', 'qom-list "', 'qom-list "\\'))
m6x("hmp-quotes-device", *M6PC, steps=hmp('device_add "e1000,id=n1"', "device_add 'e1000,id=n2'",
                                          'device_add e1000,id="n3"', 'device_del "n1"', "info pci",
                                          'device_add "e1000,id=n 4"', 'device_add e1000,id=n5 "extra"'))
m6x("hmp-quotes-objects", *M6PC, steps=hmp('object_add "iothread,id=io1"', 'object_add iothread,id=io2 extra',
                                           'object_del "io1"', 'netdev_add "user,id=u1"', 'netdev_del "u1"',
                                           'chardev-add "null,id=c1"', 'chardev-remove "c1"', 'chardev-remove c1',
                                           "qom-set /objects/io2 poll-max-ns \"100\"", "qom-get /objects/io2 poll-max-ns"))
m6p("hmp-quotes-sendkey", *M6PS, steps=hmp('sendkey "a"', "sendkey a-b-c", "sendkey ctrl-alt-delete 100",
                                           "sendkey 0x1e", "sendkey a 0", "sendkey a -5", "sendkey ''", "sendkey -"))
m6x("hmp-qom-set-json", *M6PC, steps=hmp("object_add iothread,id=io1", "qom-set -j /objects/io1 poll-max-ns 100",
                                         "qom-set -j /objects/io1 poll-max-ns \"100\"", "qom-set -j /objects/io1 poll-max-ns [1]",
                                         "qom-set -j /objects/io1 poll-max-ns {", "qom-set /objects/io1 poll-max-ns 1k",
                                         "qom-set /objects/io1 poll-max-ns 0x20", "qom-get /objects/io1 poll-max-ns",
                                         "qom-set -x /objects/io1 poll-max-ns 1", "qom-set -j -j /objects/io1 poll-max-ns 1",
                                         "qom-set /objects/io1 poll-max-ns", "qom-set /objects/io1 poll-max-ns 1 2"))

# --- HMP (b): numbers, sizes, expressions ---------------------------------------
m6all("hmp-balloon-sizes", hmp("balloon 512", "balloon 1G", "balloon 512M", "balloon 1k", "balloon 0x100",
                               "balloon -1", "balloon 1.5G", "balloon 1T", "balloon abc", "balloon", "balloon 1 2",
                               "balloon 99999999999999999999"))
m6x("hmp-expr-ops", *M6PC, steps=hmp("p (1+2)*3", "p -5", "p /x -1", "p /d -1", "p 1 << 63", "p 1 << 64",
                                     "p 0x7fffffffffffffff + 1", "p 10 % 0", "p 10 % 3", "p 5 & 3 | 8 ^ 1",
                                     "p 010", "p 0b101", "p 1e3", "p 99999999999999999999", "p ((1)", "p 1)",
                                     "p &", "p 2 * -3", "p - - 4", "p ~~5", "p !1", "p 1 +2 +3", "p 1+", "p 0x",
                                     "p 'A'", "p 'AB'", "p 'a", "p ''", "p 1 2 3", "p 100 / 7 * 7"))
m6x("hmp-expr-regs", *M6PC, steps=hmp("p $eax", "p $EAX", "p $rip", "p $esp + 4", "p/x $cs", "p $eflags",
                                      "p/x $cr0", "p $ss", "p $", "p $ax", "p $ah", "p $ip", "p $sp",
                                      "p/x $pc + 0x10", "p $pc - $pc", "p/d $eip"))
m6x("hmp-expr-regs-q35", *M6Q35, steps=hmp("p $pc", "p/x $eip", "p/x $rsp", "p $r8", "p/x $cr4", "p/x $efer",
                                           "p $fs", "p $gs"))
m6p("hmp-expr-regs", *M6PS, steps=hmp("p $pc", "p/x $nip", "p $r0", "p/x $r3", "p $r31", "p $r32", "p $lr",
                                      "p $ctr", "p $xer", "p $cr", "p $msr", "p $sp", "p/x $sprg0", "p $f0",
                                      "p $tbl", "p $decr", "p $PC", "p $pvr", "p/x $pc + 4"))
m6p("hmp-expr-ops", *M6PS, steps=hmp("p (1+2)*3", "p /x -1", "p 1 << 63", "p 10 % 0", "p 'A'", "p 0x",
                                     "p 010", "p 99999999999999999999", "p ((1)", "p 1 2"))
m6all("hmp-print-fmt", hmp("p/x 255", "p /x 255", "p/o 8", "p/d 0xff", "p/u -1", "p/c 65", "p/c 0x263a",
                           "p/i 0", "p/s 1", "p/a 1", "p/t 5", "p/z 1", "p/2x 5", "p/xw 255", "p/xg 255", "p/xb 256",
                           "p/xh 65537", "p/", "p/x", "print/x 16", "p/ x 1", "p /x1", "p//x 1", "p/X 255"), q35=False)
m6x("hmp-x-fmt", *M6PC, steps=hmp("x /4xw 0x1000", "x/4xw 0x1000", "x /4wx 0x1000", "x /0x 0", "x /-1x 0",
                                  "x /4xq 0", "x /2xg 0xffff0", "x /8c 0xffff0", "x /2uh 0xffff0", "x /3dw 0xffff0",
                                  "x /2ob 0xffff0", "x /4a 0", "x /s 0", "x /1000000x 0", "x /3i 0xffff0",
                                  "x 0xffff0", "x /x", "x /4x", "x /4x 0 0", "x /4x nosuch", "x /4x $pc",
                                  "x /10xb 0xfffffffffffffff8"))
m6x("hmp-xp-fmt", *M6Q35, steps=hmp("xp /4xw 0x1000", "xp/4xw 0xfffffff0", "xp /2i 0xfffffff0", "xp /8xb 0xffff0",
                                    "xp /4c 0xfffffff0", "xp /2xg 0x7ffffff8", "xp /x 0x40000000", "xp /4x 0xfed00000",
                                    "xp /4dh 0xffff0", "xp", "xp 0", "xp /4x -1"))
m6all("hmp-sum-memsave", hmp("sum 0 1k", "sum 0x100000 0x10", "sum 0 -1", "sum 0", "sum", "sum 0 16 32",
                             "sum 1+1 2*8", "memsave 0 1k /dev/null", "memsave 0 16", "pmemsave 0 0x10 /dev/null",
                             "pmemsave 0", "pmemsave $pc 16 /dev/null"), ppc=False)

# --- HMP (b): missing and extra arguments, flags ---------------------------------
m6all("hmp-missing", hmp("qom-get", "qom-get /machine", "qom-set", "qom-set /machine", "qom-set /machine type",
                         "device_del", "netdev_add", "netdev_del", "chardev-add", "chardev-remove", "object_add",
                         "object_del", "drive_del", "getfd", "closefd", "i", "i /b", "o /b 0x80", "o",
                         "boot_set", "watchdog_action", "trace-event", "trace-event cpuhp*", "log", "ringbuf_write",
                         "ringbuf_read r", "set_link", "mouse_move 1", "sendkey", "cpu", "migrate_set_capability",
                         "migrate_set_parameter downtime-limit", "block_resize", "eject", "change", "screendump",
                         "hostfwd_add", "announce_self x y z", "dump-guest-memory", "mce 0"))
m6all("hmp-extra", hmp("info status now", "stop 1", "cont now", "info version extra", "qom-list /machine extra",
                       "qom-get /machine type extra", "device_del a b", "object_del a b", "nmi now",
                       "system_reset hard", "system_powerdown now", "info name x", "netdev_del a b",
                       "chardev-remove a b", "help help help", "cpu 0 1", "boot_set c d", "sync-profile on x",
                       "info qom-tree /machine extra", "info registers -a -a", "info registers extra"))
m6all("hmp-flags", hmp("info registers -a", "info registers -b", "info registers -", "info registers --a",
                       "info mtree -x", "info qtree -b", "info trace-events cpuhp_acpi_cpu_has_events -v",
                       "migrate -x tcp:localhost:1", "block_job_cancel -f", "eject -f", "eject -x d",
                       "dump-guest-memory -x /dev/null", "drive_add -n", "set_password vnc x -d",
                       "nbd_server_start -x y"), q35=False, truncate=40)
m6x("hmp-flags-regs-a", "-M", "pc", "-smp", "2", steps=[{"hmp": "info registers -a", "truncate": 20},
                                                       {"hmp": "cpu 1"}, {"hmp": "info registers -a", "truncate": 20}])

# --- HMP (b): help, unknown commands, typos, blanks, long lines ------------------
m6all("hmp-help-one", hmp("help qom-get", "help qom-set", "help x", "help xp", "help p", "help balloon", "help sum",
                          "help memsave", "help i", "help o", "help info registers", "help info qom-tree",
                          "help info trace-events", "help info mtree", "? p", "? info status", "help s", "help c",
                          "help stop extra", "help  qom-get  ", "help \tx", "help \"x\"", "help X", "help info X"),
      q35=False)
m6all("hmp-unknown", hmp("foo", "qemu", "(qemu) info status", "$ info status", "info-status", "query-status",
                         '{"execute": "query-status"}', "INFO status", "Info", "infostatus", "inof status",
                         "info stauts", "info statuss", "info sta", "device-add e1000", "device_add_", "qom_get /machine type",
                         "quit!", "#info status", "/info status", "q!", "h", "exit", "?", "info ?",
                         "help?", "info status?", "p$pc", "x/4x 0", "c0"), q35=False)
m6all("hmp-blanks", hmp("info status\t", "\tinfo status", "info\tstatus", "info status ", "  info   status  ",
                        "stop ", " cont", "\t", "\t\t", " ", "info\t", "info \t cpus", "help\tinfo",
                        "qom-get\t/machine\ttype", "qom-get /machine  type ", "p 1\t+\t2", "info status\r",
                        "info\rstatus", "info status\x0b", "cpu\t1"), q35=False)
LONG_P = "p " + "+".join(["1"] * 600)
m6all("hmp-long", hmp("x" * 300, "info " + "a" * 300, "qom-get /machine " + "b" * 1200, LONG_P,
                      "p " + "(" * 200 + "1" + ")" * 200, "help " + "c" * 500, "device_del " + "d" * 2000,
                      "qom-list /" + "/e" * 600), q35=False)
m6x("hmp-long-device", *M6PC, steps=hmp("device_add e1000,id=" + "n" * 300,
                                        "device_add e1000," + ",".join("x%d=1" % i for i in range(200)),
                                        "object_add iothread,id=" + "i" * 1100, "netdev_add user,id=u," + "a" * 3000))
m6x("hmp-empty-and-comments", *M6PC, steps=hmp("", "info status", "", "  ", "info name", "# comment", ";",
                                               "info status # comment", "info status;info name"))
m6p("hmp-empty-and-comments", *M6PS, steps=hmp("", " ", "info status", "# comment", "info status;info name"))


# --- more of both languages: booleans, port I/O, keys, objects' JSON types ------
m6all("hmp-bool-args", hmp("netdev_add user,id=u1", "set_link u1 off", "set_link u1 on", "set_link u1 OFF",
                           "set_link u1 1", "set_link u1 yes", "set_link u1 true", "set_link u1 of",
                           "info network", "migrate_set_capability xbzrle ON", "migrate_set_capability xbzrle 1",
                           "migrate_set_capability xbzrle true", "migrate_set_capability xbzrle on",
                           "info migrate_capabilities", "trace-event cpuhp* yes", "trace-event cpuhp* on 1",
                           "trace-event nosuch on", "trace-event cpuhp_acpi_cpu_has_events on",
                           "info trace-events cpuhp_acpi_cpu_has_events", "trace-event cpuhp_acpi_cpu_has_events off x"),
      q35=False, ppc=False)
m6p("hmp-bool-args", *M6PS, steps=hmp("netdev_add user,id=u1", "set_link u1 off", "set_link u1 OFF",
                                      "set_link u1 1", "info network", "trace-event spapr_drc_* yes",
                                      "trace-event spapr_drc_set_isolation_state on", "info trace-events spapr_drc_set_iso*"))
m6x("hmp-port-io", *M6PC, steps=hmp("o /l 0xcf8 0x80000000", "i /l 0xcfc", "i /w 0xcfc", "i /b 0xcfe",
                                    "o /l 0xcf8 0x80000800", "i /l 0xcfc", "i 0x64", "i /q 0x64", "i /x 0x64",
                                    "i /2b 0x64", "i /b 0x10000", "i /b -1", "o /b 0x80 0x1ff", "o /w 0x80 -1",
                                    "o /b 0x80", "i /b 0x92", "i /b 0x64 extra", "o /b 0x80 1 2"))
m6x("hmp-port-io-q35", *M6Q35, steps=hmp("o /l 0xcf8 0x80000000", "i /l 0xcfc", "o /l 0xcf8 0x8000f800",
                                         "i /l 0xcfc", "o /l 0xcf8 0x80000008", "i /l 0xcfc", "i /w 0xcfc+2"))
m6all("hmp-misc-args", hmp("watchdog_action pause", "watchdog_action PAUSE", "watchdog_action nosuch",
                           "watchdog_action", "log none", "log nosuch", "log ,", "log", "sync-profile on",
                           "sync-profile x", "sync-profile off", "stopcapture 0", "stopcapture x",
                           "mouse_button x", "mouse_set 1+", "mouse_move a b", "gva2gpa 0x1000", "gva2gpa x",
                           "announce_self", "nmi"), q35=False)
m6x("qmp-args-shapes", *M6PC, steps=[
    {"qmp": {"execute": "query-status", "arguments": {}}}, {"qmp": {"execute": "query-status", "arguments": []}},
    {"qmp": {"execute": "query-status", "arguments": "x"}}, {"qmp": {"execute": "query-status", "arguments": 0}},
    {"qmp": {"execute": "query-status", "arguments": False}}, {"qmp": {"execute": "stop", "arguments": {}}},
    {"qmp": {"execute": "query-status", "arguments": {"": 1}}}, {"qmp": {"execute": "cont", "arguments": [{}]}}])
m6p("qmp-args-shapes", *M6PS, steps=[
    {"qmp": {"execute": "query-status", "arguments": {}}}, {"qmp": {"execute": "query-status", "arguments": []}},
    {"qmp": {"execute": "query-name", "arguments": "x"}}, {"qmp": {"execute": "query-status", "arguments": {"": 1}}}])
m6all("qmp-object-types", [
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m1", "size": "64M"}),
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m3", "size": 1e3}),
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m4", "size": 1048576.5}),
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m5", "size": 1048576, "share": "on"}),
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m6", "size": 1048576, "share": 1}),
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m7", "size": 1048576, "host-nodes": 0}),
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m8", "size": 1048576, "policy": "nosuch"}),
    qmp("object-add", **{"qom-type": "iothread", "id": "io1", "poll-max-ns": "100"}),
    qmp("object-add", **{"qom-type": "iothread", "id": "io2", "poll-max-ns": -1}),
    qmp("object-add", **{"qom-type": "iothread", "id": "io3", "poll-max-ns": 9223372036854775808}),
    qmp("object-add", **{"qom-type": "iothread", "id": "io4", "props": {"poll-max-ns": 1}}),
    qmp("object-add", **{"qom-type": 5, "id": "io5"}), qmp("object-add", **{"id": "io6"}),
    qmp("query-memdev"), qmp("query-iothreads"),
    # QEMU aborts here (find_ram_offset: size 0 after rounding up): last.
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m2", "size": -1})], q35=False)
m6x("qmp-device-types", *M6Q35, steps=[
    qmp("device_add", driver="e1000e", id="n1", bus="rp1", mac=1),
    qmp("device_add", driver="e1000e", id="n2", bus="rp1", addr=0),
    qmp("device_add", driver="e1000e", id="n3", bus="rp1", addr="0x0"),
    qmp("device_add", driver="e1000e", id="n4", bus="rp1", romfile=None),
    qmp("device_add", driver="e1000e", id="n5", bus=["rp1"]),
    qmp("device_add", driver="e1000e", id="n6", bus="rp1", **{"x-pcie-lnksta-dllla": "on"}),
    qmp("device_add", driver="e1000e", id="n7", bus="rp1", **{"x-pcie-lnksta-dllla": 1}),
    qmp("device_add", driver=["e1000e"]), qmp("device_add", driver="e1000e", id=None),
    qmp("query-pci")])
m6p("qmp-device-types", *M6PS, steps=[
    qmp("device_add", driver="spapr-vlan", id="v1", reg=1), qmp("device_add", driver="spapr-vlan", id="v2", reg="0x1001"),
    qmp("device_add", driver="spapr-vlan", id="v3", reg=-1), qmp("device_add", driver="spapr-vlan", id="v4", reg=1.0),
    qmp("device_add", driver="spapr-vlan", id="v5", reg="x"), {"hmp": "info qtree"}])
m6all("qmp-send-key", [qmp("send-key", keys=["a"]), qmp("send-key", keys=[{"type": "qcode", "data": "a"}]),
                       qmp("send-key", keys=[{"type": "qcode", "data": "nosuch"}]), qmp("send-key", keys=[]),
                       qmp("send-key", keys=[{"type": "number", "data": 30}], **{"hold-time": -1}),
                       qmp("send-key", keys=[{"type": "number", "data": "30"}]),
                       qmp("send-key", keys=[{"type": "qcode"}]), qmp("send-key", keys={"type": "qcode", "data": "a"}),
                       qmp("send-key", keys=[{"data": "a"}]), qmp("send-key")], q35=False)


# --- round 6, second batch: the same languages on the other machines, and the
# x-query-* twins, screendump's filename and format, CPU-relative HMP ---------
m6x("hmp-quotes-device-q35", *M6Q35, steps=hmp('device_add "e1000e,id=n1,bus=rp1"', "device_add 'e1000e,id=n2'",
                                               'device_del "n1"', 'device_add e1000e,id=n3,bus="rp1"', "info pci"))
m6p("hmp-quotes-device", *M6PS, steps=hmp('device_add "spapr-vlan,id=v1"', "device_add 'spapr-vlan,id=v2'",
                                          'device_add spapr-vlan,id="v3"', 'device_del "v1"', "info qtree",
                                          'device_add "spapr-vlan,id=v 4"'))
m6all("hmp-screendump", hmp("screendump", 'screendump "/tmp/m6 a.ppm"', "screendump /tmp/m6.ppm -f png",
                            "screendump -f png /tmp/m6.png", "screendump -f nosuch /tmp/m6", "screendump -x /tmp/m6",
                            "screendump /tmp/m6.ppm dev0", "screendump /tmp/m6.ppm dev0 1", "screendump /tmp/m6.ppm dev0 x"),
      q35=False)
m6all("qmp-screendump", [qmp("screendump"), qmp("screendump", filename="/tmp/m6.ppm"),
                         qmp("screendump", filename="/tmp/m6.ppm", format="nosuch"),
                         qmp("screendump", filename="/tmp/m6.ppm", device="nosuch"),
                         qmp("screendump", filename="/tmp/m6.ppm", head=-1), qmp("screendump", filename=5)], q35=False)
m6all("qmp-x-query", [qmp("x-query-roms"), qmp("x-query-numa"), qmp("x-query-usb"), qmp("x-query-rdma"),
                      qmp("x-query-irq"), qmp("x-query-opcount"), qmp("x-query-profile"), qmp("x-query-virtio"),
                      qmp("x-query-roms", x=1), qmp("x-query-nosuch")])
m6x("hmp-cpu-relative", "-M", "pc", "-smp", "2", steps=hmp("p $pc", "cpu 1", "p $pc", "p/x $esp", "x /2xb $pc",
                                                          "info registers", "cpu 0", "p $pc") + [
    qmp("human-monitor-command", **{"command-line": "p/x $eip", "cpu-index": 1}),
    qmp("human-monitor-command", **{"command-line": "info cpus", "cpu-index": 1})])
m6all("hmp-migrate-values", hmp("migrate_set_parameter max-bandwidth 1.5G", "migrate_set_parameter max-bandwidth 1e3",
                                "migrate_set_parameter max-bandwidth 0x100", "migrate_set_parameter max-bandwidth -1",
                                "migrate_set_parameter downtime-limit 0x10", "migrate_set_parameter downtime-limit 010",
                                "migrate_set_parameter downtime-limit 1.5", "migrate_set_parameter downtime-limit \"100\"",
                                "migrate_set_parameter multifd-channels 0b11", "migrate_set_parameter tls-creds \"a b\"",
                                "migrate_set_parameter tls-creds 'x'", "info migrate_parameters"), q35=False)
m6all("hmp-sendkey-more", hmp("sendkey ctrl-alt-f1", "sendkey shift-a 50", "sendkey ctrl+alt+delete",
                              "sendkey CTRL-ALT-DELETE", "sendkey kp_0", "sendkey 0x100", "sendkey 0xffff",
                              "sendkey a-", "sendkey -a", "sendkey a--b", "sendkey a 1e3", "sendkey a 0x10",
                              "sendkey " + "-".join(["a"] * 20)), q35=False)
m6all("hmp-info-typos", hmp("info status ", "info  status", "info stat", "info st", "info s", "info q",
                            "info qom", "info qtre", "info pcii", "info cpu", "info cpus -a", "info hotpluggable",
                            "info hotpluggable-cpu", "info block -v", "info block x", "info numa 0",
                            "info registers 0", "info registers -a 0", "info irq x", "info mtree -x"), q35=False)
m6all("qmp-hmc-every-error", [
    qmp("human-monitor-command", **{"command-line": c}) for c in
    ("p", "x", "xp /", "x /4xw 0x1000 extra", "i /b", "o /w 0x80", "sum 0", "memsave 0", "cpu", "cpu x",
     "boot_set", "balloon x", "qom-get", "qom-set /machine x", "trace-event x maybe", "sendkey",
     "set_link x", "mouse_button", "help help help", "info registers -x")], q35=False)
m6x("hmp-mce", *M6PC, steps=hmp("mce", "mce 0", "mce 0 0 0 0 0 0", "mce 2 0 0 0 0 0",
                                "mce -b 0 1 0xb000000000000000 0 0 0", "mce -x 0 1 0 0 0 0", "mce 0 1 x 0 0 0",
                                "mce 0 99 0xb000000000000000 0 0 0", "help mce"))

m6p("hmp-cpu-relative", "-M", "pseries", "-smp", "2", steps=hmp("p $pc", "cpu 1", "p $pc", "p/x $r1", "p $msr",
                                                                 "cpu 0", "p/x $nip") + [
    qmp("human-monitor-command", **{"command-line": "p/x $pc", "cpu-index": 1}),
    qmp("human-monitor-command", **{"command-line": "info cpus", "cpu-index": 1})])
m6all("qmp-members-inside", [qmp("query-status", id="a"), qmp("query-status", execute="query-name"),
                             qmp("query-status", arguments={}), qmp("device_add", driver="nosuch", id="d1", **{"exec-oob": 1}),
                             qmp("qom-list", path="/machine", id=1), qmp("query-name", control={"run-oob": True})])


# Measured for the engine (m6m-): what x86 physical memory reads as at -S
# outside RAM and the BIOS (the PCI hole with no BAR mapped yet, the fixed
# MMIO devices, above 4 GiB), and the i8257 DMA controllers' ports.
M6M_XP = ["xp /2xg 0x1ffffff8", "xp /2xg 0x3ffffff8", "xp /2xg 0x7ffffff8", "xp /2xg 0xafffff8", "xp /2xg 0xb0000000",
          "xp /2xg 0xdffffff8", "xp /2xg 0xfebffff8", "xp /4xg 0xfec00000", "xp /8xg 0xfed00000", "xp /4xg 0xfed00100",
          "xp /4xg 0xfed1c000", "xp /4xg 0xfee00000", "xp /2xg 0xfee00ff8", "xp /2xg 0xfffbfff8", "xp /2xg 0xfffffff8",
          "xp /2xg 0x100000000", "x /2xg 0x7ffffff8", "x /2xg 0x100000000", "x /2xb 0xfffffffffffffffe"]
corpus.x("m6m-xp-pc", "-M", "pc", "-m", "512", steps=hmp(*M6M_XP))
corpus.x("m6m-xp-q35", "-M", "q35", "-m", "1G", steps=hmp(*M6M_XP))
corpus.x("m6m-xp-pc-3g", "-M", "pc", "-m", "3G", steps=hmp("xp /2xg 0xbffffff8", "xp /2xg 0xdffffff8", "xp /2xg 0xe0000000",
                                                         "xp /2xg 0x100000000", "xp /2xg 0x13ffffff8"))
M6M_DMA = ["i /b 0x%x" % p for p in list(range(0x00, 0x10)) + list(range(0x80, 0x90)) + list(range(0xc0, 0xe0, 2))]
corpus.x("m6m-dma-ports-pc", "-M", "pc", steps=hmp(*(M6M_DMA + ["i /w 0x0", "i /l 0x0", "i /b 0x10000", "i /b 0x10081"])))
corpus.x("m6m-dma-ports-q35", "-M", "q35", steps=hmp(*(M6M_DMA + ["i /w 0xc0", "i /b 0x10000"])))


# ---------------------------------------------------------------- round 7 ----
# A seventh outside tester (ids m7-): the informational and state queries a
# learner reads while walking through a CPU hotplug tutorial on machines beyond
# the defaults: q35 and pc at several machine versions, pseries 7.2/8.2/9.2
# with ic-mode and max-cpu-compat, NUMA by node,cpus= and by -numa cpu, dies
# (and 10.0's modules), -cpu models with features; CPUs plugged and unplugged
# in various orders (with and without ids, QMP and HMP, device_del without a
# guest, the same slot again, the boot CPU's refusal), then info
# hotpluggable-cpus, info cpus, query-cpus-fast, query-hotpluggable-cpus, info
# numa, query-memdev, qom-list/qom-get of the CPUs, query-current-machine and
# info registers -a. Machine versions one release lacks record that
# release's refusal. Written from QEMU's docs without reading the engine.
def m7x(id, *args, steps, **kw):
    corpus.x("m7-" + id, *args, steps=steps, **kw)


def m7p(id, *args, steps, **kw):
    corpus.p("m7-" + id, *args, steps=steps, **kw)


def xcpu(id=None, s=0, c=0, t=0, d=None, n=None, typ="qemu64-x86_64-cpu"):
    line = "device_add " + typ + ("" if id is None else ",id=" + id)
    if n is not None:
        line += ",node-id=%d" % n
    line += ",socket-id=%d" % s
    if d is not None:
        line += ",die-id=%d" % d
    return {"hmp": line + ",core-id=%d,thread-id=%d" % (c, t)}


def qxcpu(id=None, typ="qemu64-x86_64-cpu", **props):
    a = {"driver": typ}
    if id is not None:
        a["id"] = id
    a.update({k.replace("_", "-"): v for k, v in props.items()})
    return {"qmp": {"execute": "device_add", "arguments": a}}


def pcore(id=None, core=1, typ="power9_v2.0-spapr-cpu-core", node=None):
    line = "device_add " + typ + ("" if id is None else ",id=" + id) + ",core-id=%d" % core
    if node is not None:
        line += ",node-id=%d" % node
    return {"hmp": line}


def qg(path, prop):
    return qmp("qom-get", path=path, property=prop)


HC, IC, QCF, QHC = {"hmp": "info hotpluggable-cpus"}, {"hmp": "info cpus"}, qmp("query-cpus-fast"), qmp("query-hotpluggable-cpus")
READ = [HC, IC, QCF, QHC]
XPROPS = ["apic-id", "socket-id", "core-id", "thread-id", "node-id", "hotplugged", "hotpluggable", "realized"]


def xqom(path, props=XPROPS):
    return [qg(path, p) for p in props]


NUMA2 = ["-m", "512", "-object", "memory-backend-ram,id=m0,size=256M", "-object", "memory-backend-ram,id=m1,size=256M"]

# --- x86: machine versions ------------------------------------------------------
for mt in ["pc-q35-6.2", "pc-q35-7.2", "pc-q35-8.2", "pc-i440fx-5.2", "pc-i440fx-7.2"]:
    m7x("ver-" + mt, "-M", mt, "-smp", "2,maxcpus=4",
        steps=READ + [qmp("query-current-machine"), qg("/machine", "smp"), {"hmp": "info numa"}])
m7x("ver-i440fx-5.2-plug", "-M", "pc-i440fx-5.2", "-smp", "1,maxcpus=4",
    steps=[xcpu("cpu1", s=1), xcpu("cpu2", s=0, c=1), xcpu(s=2), IC, HC, QCF, {"hmp": "device_del cpu1"},
           {"hmp": "device_del /machine/peripheral-anon/device[0]"}, {"hmp": "info qom-tree /machine/peripheral-anon"}])
m7x("ver-q35-6.2-plug", "-M", "pc-q35-6.2", "-smp", "1,maxcpus=4,sockets=2,cores=2",
    steps=[xcpu("cpu-2", s=1, c=0), qxcpu("cpu-3", socket_id=1, core_id=1, thread_id=0), IC, QCF, QHC,
           {"hmp": "device_del cpu-2"}, qmp("device_del", id="cpu-3"), {"hmp": "device_add qemu64-x86_64-cpu,id=cpu-2,socket-id=1,core-id=0,thread-id=0"},
           {"hmp": "qom-list /machine/peripheral"}])
m7x("ver-q35-8.2-plug", "-M", "pc-q35-8.2", "-smp", "2,maxcpus=4",
    steps=[xcpu("c2", c=2), IC, HC, qmp("query-current-machine"), {"hmp": "device_del c2"}, {"hmp": "device_del c2"}, IC])

# --- x86: plug orders, ids, QMP and HMP -------------------------------------------
Q4 = ["-M", "q35", "-smp", "1,sockets=2,cores=2,threads=1,maxcpus=4"]
m7x("order-reverse", *Q4, steps=[xcpu("c3", s=1, c=1), xcpu("c2", s=1, c=0), xcpu("c1", s=0, c=1)] + READ)
m7x("order-mixed-anon", *Q4, steps=[qxcpu(socket_id=1, core_id=1, thread_id=0), xcpu(s=0, c=1),
                                    qxcpu("named", socket_id=1, core_id=0, thread_id=0), IC, QCF,
                                    {"hmp": "qom-list /machine/peripheral-anon"}, {"hmp": "qom-list /machine/peripheral"},
                                    {"hmp": "info qom-tree /machine/peripheral-anon"}])
m7x("qom-props-plugged", *Q4, steps=[xcpu("c3", s=1, c=1)] + xqom("/machine/peripheral/c3")
    + xqom("/machine/unattached/device[0]") + [qg("/machine/peripheral/c3", "die-id"), qg("/machine/peripheral/c3", "type"),
                                               qg("/machine/peripheral/c3", "parent_bus"), qg("/machine/peripheral/c3", "nosuch")])
m7x("qom-props-hmp", *Q4, steps=[xcpu("c1", s=0, c=1)] + hmp(
    "qom-get /machine/peripheral/c1 apic-id", "qom-get c1 socket-id", "qom-get c1 hotplugged",
    "qom-get /machine/unattached/device[0] hotplugged", "qom-get /machine/unattached/device[0] apic-id",
    "qom-get c1 realized", "qom-get c1 start-powered-off", "qom-get c1 node-id", "qom-get c1 model-id",
    "qom-get c1 family", "qom-get c1 vendor", "qom-get c1 cpuid-level"))
m7x("apic-id-only", *Q4, steps=[qmp("device_add", driver="qemu64-x86_64-cpu", id="a3", **{"apic-id": 3}),
                                qmp("device_add", driver="qemu64-x86_64-cpu", id="a2", **{"apic-id": 2}), IC, HC]
    + xqom("/machine/peripheral/a3", ["apic-id", "socket-id", "core-id", "thread-id"]))
m7x("replug-same-slot", *Q4, steps=[xcpu("c1", s=0, c=1), {"hmp": "device_del c1"}, xcpu("c1", s=0, c=1),
                                    xcpu("c1b", s=0, c=1), qxcpu("c1", socket_id=1, core_id=0, thread_id=0),
                                    qmp("device_del", id="c1"), IC, QHC])
m7x("boot-del", *Q4, steps=[{"hmp": "device_del /machine/unattached/device[0]"},
                            qmp("device_del", id="/machine/unattached/device[0]"), qmp("device_del", id="nosuch"),
                            xcpu("c1", s=0, c=1), {"hmp": "device_del /machine/peripheral/c1"},
                            qg("/machine/acpi-device", "cpu-hotplug-legacy"), IC])
m7x("legacy-off-del", "-M", "pc", "-smp", "1,maxcpus=3", steps=[
    xcpu("c1", c=1), xcpu("c2", c=2), qmp("qom-set", path="/machine/acpi-device", property="cpu-hotplug-legacy", value=False),
    qg("/machine/acpi-device", "cpu-hotplug-legacy"), qmp("device_del", id="c2"), {"hmp": "device_del c1"},
    {"hmp": "device_del /machine/unattached/device[0]"}, IC, HC, qmp("query-acpi-ospm-status")])
m7x("hmc-plug-read", *Q4, steps=[
    qmp("human-monitor-command", **{"command-line": "device_add qemu64-x86_64-cpu,id=h1,socket-id=1,core-id=0,thread-id=0"}),
    qmp("human-monitor-command", **{"command-line": "info hotpluggable-cpus"}),
    qmp("human-monitor-command", **{"command-line": "info cpus"}),
    qmp("human-monitor-command", **{"command-line": "info cpus", "cpu-index": 2}),
    qmp("human-monitor-command", **{"command-line": "device_del h1"})])
m7x("regs-hotplugged", "-M", "pc", "-smp", "1,maxcpus=2", steps=[xcpu("c1", c=1), {"hmp": "info registers -a"}])
m7x("events-plug", *Q4, steps=[qxcpu("e1", socket_id=0, core_id=1, thread_id=0), qmp("device_del", id="e1"),
                               qxcpu("e2", socket_id=1, core_id=0, thread_id=0), qmp("query-status"),
                               qmp("cont"), qmp("stop"), QCF], settle=0.3)

# --- x86: dies, modules, threads --------------------------------------------------
m7x("dies", "-M", "q35", "-smp", "2,sockets=2,dies=2,cores=2,threads=1,maxcpus=8",
    steps=[xcpu("d1", s=0, d=1, c=0), qxcpu("d2", socket_id=1, die_id=1, core_id=1, thread_id=0),
           xcpu("bad", s=1, c=0), IC] + READ[2:] + xqom("/machine/peripheral/d1", ["apic-id", "die-id", "core-id"]))
m7x("dies-pc", "-M", "pc", "-smp", "1,sockets=1,dies=2,cores=1,threads=2,maxcpus=4",
    steps=[xcpu("t1", d=0, c=0, t=1), xcpu("t2", d=1, c=0, t=0), HC, IC, qg("/machine", "smp")])
m7x("modules", "-M", "q35", "-smp", "1,sockets=1,modules=2,cores=2,threads=1,maxcpus=4",
    steps=[HC, QHC, qg("/machine", "smp"), {"hmp": "device_add qemu64-x86_64-cpu,id=m1,socket-id=0,module-id=1,core-id=0,thread-id=0"},
           IC, QCF])
m7x("clusters", "-M", "q35", "-smp", "1,clusters=2,maxcpus=4", steps=[HC, qg("/machine", "smp")])
m7x("threads-topoext", "-M", "q35", "-cpu", "EPYC,+topoext", "-smp", "2,sockets=1,cores=2,threads=2,maxcpus=4",
    steps=[HC, qxcpu("t3", typ="EPYC-x86_64-cpu", socket_id=0, core_id=1, thread_id=1), IC, QCF]
    + xqom("/machine/peripheral/t3", ["apic-id", "thread-id"]))

# --- x86: -cpu models with features ------------------------------------------------
m7x("cpu-model-features", "-M", "q35", "-cpu", "Nehalem,+ssse3,-sse4.2", "-smp", "1,maxcpus=2",
    steps=[HC, xcpu("n1", c=1), xcpu("n1", c=1, typ="Nehalem-x86_64-cpu"), IC,
           qg("/machine/peripheral/n1", "sse4.2"), qg("/machine/peripheral/n1", "sse4-2"),
           qg("/machine/unattached/device[0]", "sse4.2"), qg("/machine/peripheral/n1", "ssse3"),
           qg("/machine/peripheral/n1", "model-id")])
m7x("cpu-model-feature-override", "-M", "pc", "-cpu", "qemu64,+pdpe1gb", "-smp", "1,maxcpus=2",
    steps=[{"hmp": "device_add qemu64-x86_64-cpu,id=o1,socket-id=0,core-id=1,thread-id=0,pdpe1gb=off"},
           qg("/machine/peripheral/o1", "pdpe1gb"), qg("/machine/unattached/device[0]", "pdpe1gb"),
           {"hmp": "device_add qemu64-x86_64-cpu,id=o2,socket-id=0,core-id=1,thread-id=0"}, IC])
m7x("cpu-model-max", "-M", "q35", "-cpu", "max", "-smp", "1,maxcpus=2",
    steps=[HC, xcpu("x1", c=1, typ="max-x86_64-cpu"), IC, qg("/machine/peripheral/x1", "apic-id")])
m7x("cpu-defs-grep", "-M", "q35", "-smp", "1,maxcpus=2",
    steps=[{"hmp": "device_add help", "grep": "Skylake|EPYC-v|Nehalem"}, {"hmp": "info cpus"}])

# --- x86: NUMA ---------------------------------------------------------------------
m7x("numa-node-cpus", "-M", "q35", "-smp", "2,sockets=2,cores=2,maxcpus=4", *NUMA2,
    "-numa", "node,nodeid=0,cpus=0-1,memdev=m0", "-numa", "node,nodeid=1,cpus=2-3,memdev=m1",
    steps=[{"hmp": "info numa"}, HC, xcpu("n3", s=1, c=1), xcpu("n2", n=0, s=1, c=0), xcpu("n2", n=1, s=1, c=0),
           {"hmp": "info numa"}, QCF, qmp("query-memdev"), {"hmp": "info memdev"}]
    + xqom("/machine/peripheral/n3", ["node-id", "socket-id"]))
m7x("numa-cpu-opts", "-M", "pc", "-smp", "1,sockets=2,cores=2,maxcpus=4", *NUMA2,
    "-numa", "node,nodeid=0,memdev=m0", "-numa", "node,nodeid=1,memdev=m1",
    "-numa", "cpu,node-id=0,socket-id=0", "-numa", "cpu,node-id=1,socket-id=1",
    steps=[QHC, qxcpu("s1", socket_id=1, core_id=0, thread_id=0), qxcpu("s0", socket_id=0, core_id=1, thread_id=0, node_id=0),
           {"hmp": "info numa"}, IC, qmp("x-query-numa")])
m7x("numa-partial", "-M", "q35", "-smp", "1,maxcpus=4", *NUMA2,
    "-numa", "node,nodeid=0,cpus=0,memdev=m0", "-numa", "node,nodeid=1,cpus=2,memdev=m1",
    steps=[HC, {"hmp": "info numa"}, xcpu("p1", c=1), xcpu("p2", c=2), {"hmp": "info numa"}, QCF])
m7x("numa-dist", "-M", "q35", "-smp", "2,maxcpus=2", *NUMA2,
    "-numa", "node,nodeid=0,cpus=0,memdev=m0", "-numa", "node,nodeid=1,cpus=1,memdev=m1",
    "-numa", "dist,src=0,dst=1,val=20", steps=[{"hmp": "info numa"}, IC, QCF, qmp("query-memdev")])
m7x("numa-dies", "-M", "q35", "-smp", "1,sockets=1,dies=2,cores=1,maxcpus=2", *NUMA2,
    "-numa", "node,nodeid=0,memdev=m0", "-numa", "node,nodeid=1,memdev=m1",
    "-numa", "cpu,node-id=0,die-id=0", "-numa", "cpu,node-id=1,die-id=1",
    steps=[HC, xcpu("d1", n=1, d=1, c=0), {"hmp": "info numa"}, QCF])
m7x("numa-memdev-hotplug", "-M", "q35", "-smp", "1,maxcpus=2", "-m", "512,slots=2,maxmem=1G",
    "-object", "memory-backend-ram,id=m0,size=512M", "-numa", "node,nodeid=0,memdev=m0",
    steps=[{"hmp": "object_add memory-backend-ram,id=hm,size=128M"}, qmp("query-memdev"),
           xcpu("c1", c=1), {"hmp": "info numa"}, {"hmp": "info memdev"}])

# --- pseries: versions, ic-mode, max-cpu-compat --------------------------------------
for mt in ["pseries-7.2", "pseries-8.2", "pseries-9.2"]:
    m7p("ver-" + mt, "-M", mt, "-smp", "1,maxcpus=3",
        steps=[pcore("core1", 1), QHC, HC, IC, QCF, qmp("query-current-machine"), qg("/machine", "smp")])
for ic in ["xics", "xive", "dual"]:
    m7p("ic-" + ic, "-M", "pseries,ic-mode=" + ic, "-smp", "1,maxcpus=2",
        steps=[pcore("c1", 1), HC, QCF, qmp("device_del", id="c1"), HC, {"hmp": "info cpus"},
               qg("/machine", "ic-mode")])
m7p("compat-p8", "-M", "pseries,max-cpu-compat=power8", "-smp", "1,maxcpus=2",
    steps=[pcore("c1", 1), HC, qg("/machine/peripheral/c1/thread[0]", "compat-pvr"),
           qg("/machine/unattached/device[1]/thread[0]", "compat-pvr"), qg("/machine", "max-cpu-compat")])
m7p("compat-p9-cpu-p10", "-M", "pseries-8.2,max-cpu-compat=power9", "-cpu", "POWER10", "-smp", "1,maxcpus=2",
    steps=[HC, pcore("c1", 1, typ="power10_v2.0-spapr-cpu-core"), pcore("c2", 1), IC, QCF])
m7p("cpu-power8", "-M", "pseries-7.2", "-cpu", "POWER8", "-smp", "1,maxcpus=3",
    steps=[pcore("c1", 2, typ="power8_v2.0-spapr-cpu-core"), pcore("c2", 1), HC, IC, QCF]
    + [qg("/machine/peripheral/c1", p) for p in ["core-id", "node-id", "nr-threads", "hotplugged", "hotpluggable", "realized"]])

# --- pseries: plug orders, ids, unplug, re-plug -------------------------------------
PS4 = ["-M", "pseries", "-smp", "1,maxcpus=4"]
m7p("order-reverse", *PS4, steps=[pcore("c3", 3), pcore("c2", 2)] + READ + [{"hmp": "qom-list /machine/peripheral"}])
m7p("order-anon", *PS4, steps=[pcore(None, 2), qmp("device_add", driver="power9_v2.0-spapr-cpu-core", **{"core-id": 1}),
                               IC, QCF, HC, {"hmp": "qom-list /machine/peripheral-anon"},
                               {"hmp": "info qom-tree /machine/peripheral-anon"}])
m7p("unplug-replug", *PS4, steps=[pcore("c1", 1), qmp("device_del", id="c1"), {"hmp": "info cpus"},
                                  pcore("c1", 1), HC, QCF, {"hmp": "device_del c1"}, {"hmp": "device_del c1"}, IC])
m7p("unplug-other-slot", *PS4, steps=[pcore("c1", 1), {"hmp": "device_del c1"}, pcore("c1", 3), IC, HC,
                                      qg("/machine/peripheral/c1", "core-id")])
m7p("boot-del", *PS4, steps=[{"hmp": "device_del /machine/unattached/device[1]"},
                             qmp("device_del", id="/machine/unattached/device[1]"),
                             {"hmp": "device_del /machine/unattached/device[1]/thread[0]/icp"}, IC])
m7p("anon-del", *PS4, steps=[pcore(None, 1), {"hmp": "device_del /machine/peripheral-anon/device[0]"}, HC,
                             pcore(None, 1), {"hmp": "qom-list /machine/peripheral-anon"}, IC])
m7p("smp-boot-del", "-M", "pseries", "-smp", "2,maxcpus=3", steps=[
    {"hmp": "device_del /machine/unattached/device[2]"}, qmp("device_del", id="/machine/unattached/device[2]"),
    HC, IC, pcore("c2", 2), {"hmp": "device_del c2"}, HC])
m7p("qom-props", *PS4, steps=[pcore("c1", 1)] + [
    qg("/machine/peripheral/c1", p) for p in ["core-id", "node-id", "nr-threads", "hotplugged", "realized", "type"]] + [
    qg("/machine/peripheral/c1/thread[0]", p) for p in ["realized", "hotplugged", "start-powered-off", "type"]] + [
    qg("/machine/unattached/device[1]", "hotplugged"), {"hmp": "qom-list /machine/peripheral/c1"}])
m7p("events", *PS4, steps=[qmp("device_add", driver="power9_v2.0-spapr-cpu-core", id="e1", **{"core-id": 1}),
                           qmp("device_del", id="e1"), qmp("query-status"), QCF], settle=0.3)
m7p("hmc-plug-read", *PS4, steps=[
    qmp("human-monitor-command", **{"command-line": "device_add power9_v2.0-spapr-cpu-core,id=h1,core-id=2"}),
    qmp("human-monitor-command", **{"command-line": "info hotpluggable-cpus"}),
    qmp("human-monitor-command", **{"command-line": "info cpus", "cpu-index": 2}),
    qmp("human-monitor-command", **{"command-line": "device_del h1"}),
    qmp("human-monitor-command", **{"command-line": "info cpus"})])
m7p("regs-hotplugged", "-M", "pseries", "-smp", "1,maxcpus=2",
    steps=[pcore("c1", 1), {"hmp": "info registers -a", "truncate": 30}])

# --- pseries: NUMA ----------------------------------------------------------------------
PSN = ["-m", "1G", "-object", "memory-backend-ram,id=m0,size=512M", "-object", "memory-backend-ram,id=m1,size=512M"]
m7p("numa-node-cpus", "-M", "pseries", "-smp", "1,maxcpus=4", *PSN,
    "-numa", "node,nodeid=0,cpus=0-1,memdev=m0", "-numa", "node,nodeid=1,cpus=2-3,memdev=m1",
    steps=[HC, {"hmp": "info numa"}, pcore("c3", 3), pcore("c2", 2, node=0), pcore("c2", 2, node=1),
           {"hmp": "info numa"}, QCF, qmp("query-memdev"), qg("/machine/peripheral/c3", "node-id")])
m7p("numa-cpu-opts", "-M", "pseries", "-smp", "1,maxcpus=2", *PSN,
    "-numa", "node,nodeid=0,memdev=m0", "-numa", "node,nodeid=1,memdev=m1",
    "-numa", "cpu,node-id=1,core-id=1", "-numa", "cpu,node-id=0,core-id=0",
    steps=[QHC, pcore("c1", 1), {"hmp": "info numa"}, IC, {"hmp": "device_del c1"}, {"hmp": "info numa"}])
m7p("numa-9.2", "-M", "pseries-9.2", "-smp", "1,maxcpus=2", *PSN,
    "-numa", "node,nodeid=0,cpus=0,memdev=m0", "-numa", "node,nodeid=1,cpus=1,memdev=m1",
    steps=[HC, pcore("c1", 1, node=1), {"hmp": "info numa"}, qmp("query-memdev")])


# The same pseries sessions with -cpu POWER10, whose core type both releases
# name alike (10.0's pseries defaults to POWER10 and refuses the power9 cores
# above, as a learner following a POWER9 tutorial finds).
P10 = ["-cpu", "POWER10"]
P10C = "power10_v2.0-spapr-cpu-core"
for mt in ["pseries-7.2", "pseries-8.2", "pseries-9.2"]:
    m7p("p10-ver-" + mt, "-M", mt, *P10, "-smp", "1,maxcpus=3",
        steps=[pcore("core1", 2, typ=P10C), QHC, HC, IC, QCF])
for ic in ["xics", "xive"]:
    m7p("p10-ic-" + ic, "-M", "pseries,ic-mode=" + ic, *P10, "-smp", "1,maxcpus=2",
        steps=[pcore("c1", 1, typ=P10C), qmp("device_del", id="c1"), HC, IC])
m7p("p10-compat-p9", "-M", "pseries,max-cpu-compat=power9", *P10, "-smp", "1,maxcpus=2",
    steps=[pcore("c1", 1, typ=P10C), qg("/machine/peripheral/c1/thread[0]", "compat-pvr"),
           qg("/machine/unattached/device[1]/thread[0]", "compat-pvr"), IC])
m7p("p10-order", "-M", "pseries", *P10, "-smp", "1,maxcpus=4",
    steps=[pcore("c3", 3, typ=P10C), pcore(None, 1, typ=P10C), {"hmp": "device_del c3"},
           qmp("device_add", driver=P10C, id="c3", **{"core-id": 2})] + READ
    + [{"hmp": "qom-list /machine/peripheral"}, {"hmp": "qom-list /machine/peripheral-anon"}])
m7p("p10-qom", "-M", "pseries", *P10, "-smp", "2,maxcpus=3",
    steps=[pcore("c2", 2, typ=P10C)] + [qg("/machine/peripheral/c2", p) for p in ["core-id", "node-id", "hotplugged"]]
    + [qg("/machine/peripheral/c2/thread[0]", "hotplugged"), qg("/machine/unattached/device[2]", "hotplugged"),
       qg("/machine/unattached/device[2]/thread[0]", "hotplugged"), {"hmp": "qom-get c2 core-id"},
       {"hmp": "qom-get c2/thread[0] hotplugged"}, {"hmp": "device_del /machine/unattached/device[2]"}, HC])
m7p("p10-regs", "-M", "pseries", *P10, "-smp", "2,maxcpus=3",
    steps=[pcore("c2", 2, typ=P10C), {"hmp": "info registers -a", "truncate": 40}, {"hmp": "info registers 2"}])
m7p("p10-numa", "-M", "pseries", *P10, "-smp", "1,maxcpus=2", *PSN,
    "-numa", "node,nodeid=0,cpus=0,memdev=m0", "-numa", "node,nodeid=1,cpus=1,memdev=m1",
    steps=[pcore("c1", 1, typ=P10C, node=0), pcore("c1", 1, typ=P10C, node=1), {"hmp": "info numa"}, QCF,
           {"hmp": "device_del c1"}, {"hmp": "info numa"}])
m7p("p10-events", "-M", "pseries", *P10, "-smp", "1,maxcpus=3",
    steps=[qmp("device_add", driver=P10C, id="e1", **{"core-id": 1}), qmp("device_add", driver=P10C, **{"core-id": 2}),
           qmp("device_del", id="e1"), qmp("device_del", id="/machine/peripheral-anon/device[0]"), QCF], settle=0.3)


# Measured for the engine (m7m-): the registers of a pseries CPU other than
# the first (never started: no FDT in r3, LPCR without the power-management
# exit bits), interrupt presenters per ic-mode with an explicit POWER9 (10.0's
# pseries defaults to POWER10), and device_del of a thread's presenter.
corpus.p("m7m-regs-smp2", "-M", "pseries", "-smp", "2", steps=[{"hmp": "info registers -a"}, {"hmp": "info registers 1"}])
corpus.p("m7m-regs-p8-plug", "-M", "pseries", "-cpu", "POWER8", "-smp", "1,maxcpus=2",
    steps=[pcore("c1", 1, typ="power8_v2.0-spapr-cpu-core"), {"hmp": "info registers -a"}])
corpus.p("m7m-regs-p10-plug", "-M", "pseries", "-cpu", "POWER10", "-smp", "1,maxcpus=2",
    steps=[pcore("c1", 1, typ="power10_v2.0-spapr-cpu-core"), {"hmp": "info registers 1"}])
for ic in ["xics", "xive", "dual"]:
    corpus.p("m7m-ic-" + ic, "-M", "pseries,ic-mode=" + ic, "-cpu", "POWER9", "-smp", "1,maxcpus=2",
        steps=[pcore("c1", 1), qg("/machine/peripheral/c1/thread[0]", "hotplugged"), qmp("device_del", id="c1"), HC])
    corpus.p("m7m-del-presenter-" + ic, "-M", "pseries,ic-mode=" + ic, "-cpu", "POWER9", "-smp", "1",
        steps=hmp("device_del /machine/unattached/device[%d]/thread[0]/xive-tctx" % (0 if ic == "xics" else 1),
                  "device_del /machine/unattached/device[%d]/thread[0]/icp" % (0 if ic == "xics" else 1),
                  "device_del /machine/unattached/device[%d]/thread[0]/nosuch" % (0 if ic == "xics" else 1)))


# Round 8 (ids m8-): what a Debian trixie user (QEMU 10.0) types after reading
# QEMU 10.0's documentation and changelogs, and what 7.2 answers to the same:
# the 10.0 machine versions (pc-q35-10.0, pc-i440fx-10.0, pseries-10.0) and
# their -smp forms (modules=, clusters=, books=/drawers= on x86, smp-cache),
# CPUs plugged there with module-id/cluster-id, the query-stats family, the
# QMP and HMP commands one release has and the other lacks (x-query-*,
# query-migrationthreads, one-insn-per-tb, singlestep, info cryptodev...),
# the removed query-cpus, dirty-rate and dirty-limit commands on TCG, replay,
# yank, display options, announce-self, SEV/SGX/TDX queries on TCG, object-add
# of types one release lacks, qom-list-types of newer interfaces, CPU model
# expansion of newer models. Written from the docs, not from the engine.
def m8x(id, *args, steps, **kw):
    corpus.x("m8-" + id, *args, steps=steps, **kw)


def m8p(id, *args, steps, **kw):
    corpus.p("m8-" + id, *args, steps=steps, **kw)


def hmc(line):
    return qmp("human-monitor-command", **{"command-line": line})


CUR = qmp("query-current-machine")
SMPQ = qg("/machine", "smp")

# --- x86: the 10.0 machine versions ---------------------------------------------------
for mt in ["pc-q35-10.0", "pc-i440fx-10.0", "pc-q35-9.2", "pc-i440fx-9.2", "pc-q35-10.1", "pc-i440fx-10.1"]:
    m8x("ver-" + mt, "-M", mt, "-smp", "2,maxcpus=4",
        steps=READ + [CUR, SMPQ, xcpu("c2", s=2), xcpu(None, s=3), IC, QCF])
m8x("ver-q35-10.0-accel", "-machine", "pc-q35-10.0,accel=tcg", "-smp", "1,maxcpus=2", steps=[QHC, xcpu("c1", s=1), HC])
m8x("ver-q35-10.0-hmc", "-M", "pc-q35-10.0", "-smp", "1,maxcpus=3", steps=[
    hmc("device_add qemu64-x86_64-cpu,id=h1,socket-id=1,core-id=0,thread-id=0"), hmc("info hotpluggable-cpus"),
    hmc("info cpus"), hmc("device_del h1"), QCF])

# --- x86: modules, dies, clusters, books, drawers on 10.0's machines -------------------
MOD = ["-smp", "2,sockets=2,modules=2,cores=1,threads=1,maxcpus=4"]
for mt in ["pc-q35-10.0", "pc-i440fx-10.0", "q35"]:
    m8x("modules-" + mt, "-M", mt, *MOD, steps=[HC, QHC,
        {"hmp": "device_add qemu64-x86_64-cpu,id=m1,socket-id=0,module-id=1,core-id=0,thread-id=0"},
        qxcpu("m3", socket_id=1, module_id=1, core_id=0, thread_id=0), IC, QCF, SMPQ,
        qg("/machine/peripheral/m1", "module-id"), qg("/machine/peripheral/m3", "apic-id")])
m8x("modules-errors", "-M", "pc-q35-10.0", *MOD, steps=hmp(
    "device_add qemu64-x86_64-cpu,id=e1,socket-id=0,core-id=0,thread-id=0",
    "device_add qemu64-x86_64-cpu,id=e2,socket-id=0,module-id=2,core-id=0,thread-id=0",
    "device_add qemu64-x86_64-cpu,id=e3,socket-id=0,module-id=0,core-id=0,thread-id=0",
    "device_add qemu64-x86_64-cpu,id=e4,socket-id=0,module-id=-1,core-id=0,thread-id=0",
    "device_add qemu64-x86_64-cpu,id=e5,socket-id=0,module-id=x,core-id=0,thread-id=0",
    "info hotpluggable-cpus"))
m8x("modules-dies", "-M", "pc-q35-10.0", "-smp", "1,sockets=1,dies=2,modules=2,cores=1,threads=1,maxcpus=4",
    steps=[HC, {"hmp": "device_add qemu64-x86_64-cpu,id=d1,socket-id=0,die-id=1,module-id=1,core-id=0,thread-id=0"},
           {"hmp": "device_add qemu64-x86_64-cpu,id=d2,socket-id=0,die-id=0,module-id=1,core-id=0,thread-id=0"},
           QCF, IC, qg("/machine/peripheral/d1", "apic-id")])
m8x("modules-cores-threads", "-M", "pc-q35-10.0", "-smp", "2,sockets=1,modules=2,cores=2,threads=2,maxcpus=8",
    steps=[QHC, xcpu("t", s=0, c=1, t=1), {"hmp": "device_add qemu64-x86_64-cpu,id=t2,socket-id=0,module-id=1,core-id=1,thread-id=1"},
           IC, qg("/machine/peripheral/t2", "apic-id")])
m8x("module-id-no-modules", "-M", "pc-q35-10.0", "-smp", "1,maxcpus=2", steps=hmp(
    "device_add qemu64-x86_64-cpu,id=n1,socket-id=1,module-id=0,core-id=0,thread-id=0",
    "device_add qemu64-x86_64-cpu,id=n2,socket-id=1,module-id=1,core-id=0,thread-id=0", "info hotpluggable-cpus"))
m8x("cluster-id-x86", "-M", "pc-q35-10.0", "-smp", "1,maxcpus=2", steps=[
    {"hmp": "device_add qemu64-x86_64-cpu,id=k1,socket-id=1,cluster-id=0,core-id=0,thread-id=0"},
    qxcpu("k2", socket_id=1, cluster_id=0, core_id=0, thread_id=0), HC])
for i, smp in enumerate(["2,clusters=2", "2,sockets=1,clusters=2,cores=1,maxcpus=2", "2,clusters=1,maxcpus=4",
                         "2,books=2", "2,books=1,maxcpus=4", "2,drawers=2,books=1", "2,drawers=1,books=1,maxcpus=4",
                         "4,sockets=1,dies=2,modules=2", "4,modules=4", "4,modules=0,maxcpus=8"]):
    m8x("smp-%d" % i, "-M", "pc-q35-10.0", "-smp", smp, steps=[HC, SMPQ])
    m8x("smp-pc-%d" % i, "-M", "pc", "-smp", smp, steps=[HC])
m8x("smp-q35-default-10", "-M", "q35", "-smp", "4,maxcpus=8", steps=[HC, SMPQ, CUR])

# --- x86: smp-cache (10.0) --------------------------------------------------------------
m8x("smp-cache", "-M", "pc-q35-10.0,smp-cache.0.cache=l1d,smp-cache.0.topology=core,smp-cache.1.cache=l3,smp-cache.1.topology=socket",
    "-smp", "2,maxcpus=4", steps=[qg("/machine", "smp-cache"), HC, xcpu("c2", s=2), QCF])
m8x("smp-cache-module", "-M", "q35,smp-cache.0.cache=l2,smp-cache.0.topology=module", "-smp", "2,sockets=1,modules=2,cores=1",
    steps=[qg("/machine", "smp-cache"), IC])
m8x("smp-cache-bad-cache", "-M", "q35,smp-cache.0.cache=l4,smp-cache.0.topology=core", steps=[IC])
m8x("smp-cache-bad-topology", "-M", "q35,smp-cache.0.cache=l1i,smp-cache.0.topology=cluster", steps=[IC])
m8x("smp-cache-default", "-M", "q35,smp-cache.0.cache=l1d,smp-cache.0.topology=default", steps=[qg("/machine", "smp-cache")])
m8x("smp-cache-qom", "-M", "q35", steps=[qg("/machine", "smp-cache"),
    qmp("qom-set", path="/machine", property="smp-cache", value=[{"cache": "l1d", "topology": "core"}]),
    {"hmp": "qom-list /machine", "grep": "smp"}])
m8x("smp-cache-pc", "-M", "pc,smp-cache.0.cache=l3,smp-cache.0.topology=die", "-smp", "2,sockets=1,dies=2", steps=[IC, QCF])

# --- pseries: 10.0's version and the cores 10.0 adds -----------------------------------
for mt in ["pseries-10.0", "pseries-9.2", "pseries-10.1"]:
    m8p("ver-" + mt, "-M", mt, "-smp", "1,maxcpus=3",
        steps=READ + [CUR, SMPQ, pcore("c1", 1, typ="power10_v2.0-spapr-cpu-core"), pcore("c2", 2), HC])
m8p("ver-10.0-p9", "-M", "pseries-10.0", "-cpu", "POWER9", "-smp", "1,maxcpus=2", steps=[pcore("c1", 1), IC, QCF])
m8p("power11", "-M", "pseries", "-cpu", "power11", "-smp", "1,maxcpus=2",
    steps=[QHC, pcore("c1", 1, typ="power11_v2.0-spapr-cpu-core"), IC, QCF])
m8p("power11-plug-on-p10", "-M", "pseries", "-cpu", "POWER10", "-smp", "1,maxcpus=2",
    steps=[pcore("c1", 1, typ="power11_v2.0-spapr-cpu-core"), pcore("c1", 1, typ="power10_v2.0-spapr-cpu-core"), HC])
for i, smp in enumerate(["2,modules=2", "2,clusters=2", "2,dies=2", "2,books=2", "2,drawers=2,books=1", "2,sockets=2,maxcpus=4"]):
    m8p("smp-%d" % i, "-M", "pseries-10.0", "-cpu", "POWER10", "-smp", smp, steps=[HC, SMPQ])
m8p("smp-cache", "-M", "pseries,smp-cache.0.cache=l1d,smp-cache.0.topology=core", steps=[IC])
m8p("core-props-10", "-M", "pseries-10.0", "-smp", "1,maxcpus=2", steps=[
    {"hmp": "device_add power10_v2.0-spapr-cpu-core,id=c1,core-id=1,module-id=0"},
    {"hmp": "device_add power10_v2.0-spapr-cpu-core,id=c1,core-id=1,socket-id=0"}, HC])

# --- the query-stats family ---------------------------------------------------------------
STATS = [qmp("query-stats", target="vm", providers=[{"provider": "kvm"}]),
         qmp("query-stats", target="vm", providers=[{"provider": "kvm", "names": ["halt_poll_fail_ns"]}]),
         qmp("query-stats", target="vcpu"),
         qmp("query-stats", target="vcpu", vcpus=["/machine/unattached/device[0]"]),
         qmp("query-stats", target="vcpu", providers=[{"provider": "nosuch"}]),
         qmp("query-stats", target="cryptodev"),
         qmp("query-stats-schemas", provider="kvm"),
         qmp("query-stats-schemas", provider="cryptodev"),
         qmp("query-stats-schemas", provider="nosuch")]
STATSH = hmp("info stats vm kvm", "info stats vcpu kvm", "info stats vcpu cryptodev", "info stats cryptodev",
             "info stats vm nosuch", "info stats vcpu kvm 0")
m8x("stats-q35", "-M", "pc-q35-10.0", steps=STATS + STATSH)
m8x("stats-pc", "-M", "pc", steps=STATS + STATSH)
m8p("stats", "-M", "pseries", steps=STATS + STATSH)
m8x("stats-cryptodev", "-M", "q35", "-object", "cryptodev-backend-builtin,id=cb0", steps=[
    qmp("query-stats", target="cryptodev"), qmp("query-stats-schemas", provider="cryptodev"),
    {"hmp": "info stats cryptodev"}, qmp("query-cryptodev"), {"hmp": "info cryptodev"}])

# --- commands one release has and the other lacks --------------------------------------
NEWQ = [qmp("x-query-interrupt-controllers"), qmp("query-migrationthreads"), qmp("query-audiodevs"),
        qmp("query-cryptodev"), qmp("query-hv-balloon-status-report"), qmp("device-sync-config", id="nosuch"),
        qmp("request-ebpf", id="rss"), qmp("request-ebpf", id="nosuch"), qmp("blockdev-set-active", active=False),
        qmp("blockdev-set-active", active=True, **{"node-name": "nosuch"}),
        qmp("block-job-change", id="j1", type="mirror", **{"copy-mode": "write-blocking"}),
        qmp("xen-event-list"), qmp("xen-event-inject", port=1), qmp("x-query-profile"), qmp("x-query-rdma"),
        qmp("query-cpus"), qmp("query-tdx"), qmp("query-tdx-capabilities"), qmp("dump-skeys", filename="/dev/null"),
        qmp("query-skeys"), qmp("query-gic-capabilities"), qmp("query-s390x-cpu-polarization"),
        qmp("cxl-inject-poison", path="/machine/nosuch", start=0, length=64)]
m8x("new-qmp-pc", "-M", "pc", steps=NEWQ)
m8x("new-qmp-q35", "-M", "pc-q35-10.0", steps=NEWQ)
m8p("new-qmp", "-M", "pseries", steps=NEWQ)
NEWH = hmp("one-insn-per-tb", "one-insn-per-tb on", "one-insn-per-tb off", "one-insn-per-tb maybe", "singlestep",
           "singlestep on", "singlestep off", "info cryptodev", "info profile", "info rdma", "info accel",
           "info accelerators", "info tdx", "info sev", "info sgx", "info kvm", "info skeys 0", "dump-skeys /dev/null",
           "xen-event-list", "xen-event-inject 1", "help one-insn-per-tb", "help singlestep", "help xen-event-list",
           "help info", "info stats")
m8x("new-hmp-pc", "-M", "pc", steps=NEWH)
m8x("new-hmp-q35", "-M", "pc-q35-10.0", steps=NEWH)
m8p("new-hmp", "-M", "pseries", steps=NEWH)
HELPGREP = "dirty|stats|insn|singlestep|cryptodev|xen|sync|sgx|sev|profile|rdma|snapshot|replay|cxl|pcie_aer|mce|calc|skeys"
m8x("help-grep", "-M", "pc-q35-10.0", steps=[{"hmp": "help", "grep": HELPGREP}, {"hmp": "info", "grep": HELPGREP}])
m8p("help-grep", "-M", "pseries", steps=[{"hmp": "help", "grep": HELPGREP}, {"hmp": "info", "grep": HELPGREP}])
m8x("hmc-new", "-M", "q35", steps=[hmc("one-insn-per-tb"), hmc("singlestep on"), hmc("info cryptodev"),
                                   hmc("info profile"), hmc("one-insn-per-tb on"), {"hmp": "info status"}])
m8x("query-cpus-removed", "-M", "pc-q35-10.0", "-smp", "2", steps=[qmp("query-cpus"), QCF, {"hmp": "info cpus"},
                                                                 hmc("info cpus"), qmp("query-cpu-definitions", bogus=1)])
m8x("irq-controllers", "-M", "pc", steps=[qmp("x-query-interrupt-controllers"), qmp("x-query-irq"), {"hmp": "info pic"}])
m8x("irq-controllers-q35", "-M", "q35", "-smp", "2", steps=[qmp("x-query-interrupt-controllers")])
m8p("irq-controllers-xive", "-M", "pseries,ic-mode=xive", steps=[qmp("x-query-interrupt-controllers")])
m8x("migration-threads", "-M", "q35", steps=[qmp("query-migrationthreads"), qmp("query-migrate"), {"hmp": "info migrate"}])
m8x("audiodevs", "-M", "q35", "-audiodev", "none,id=snd0", steps=[qmp("query-audiodevs"), {"hmp": "info qtree", "grep": "audio"}])
m8x("audiodevs-two", "-M", "pc", "-audiodev", "none,id=a1", "-audiodev", "none,id=a2,out.frequency=48000",
    steps=[qmp("query-audiodevs")])

# --- dirty rate and dirty limit on TCG ----------------------------------------------------
DIRTY = [qmp("query-dirty-rate"), qmp("calc-dirty-rate", **{"calc-time": 0}), qmp("calc-dirty-rate", **{"calc-time": 61}),
         qmp("calc-dirty-rate", **{"calc-time": 1, "sample-pages": 1}),
         qmp("calc-dirty-rate", **{"calc-time": 1, "sample-pages": 100000}),
         qmp("calc-dirty-rate", **{"calc-time": 1, "mode": "dirty-ring"}),
         qmp("calc-dirty-rate", **{"calc-time": 1, "mode": "nosuch"}),
         qmp("calc-dirty-rate", **{"calc-time": 50, "calc-time-unit": "millisecond"}),
         qmp("calc-dirty-rate", **{"calc-time": 10, "calc-time-unit": "millisecond"}),
         qmp("query-dirty-rate", **{"calc-time-unit": "millisecond"}),
         {"hmp": "info dirty_rate"}, {"hmp": "calc_dirty_rate 0"}, {"hmp": "calc_dirty_rate -r 1"},
         {"hmp": "calc_dirty_rate -b -r 1"}, {"hmp": "calc_dirty_rate -z 1"}]
m8x("dirty-rate", "-M", "pc-q35-10.0", steps=DIRTY)
m8p("dirty-rate", "-M", "pseries", steps=DIRTY)
DLIMIT = [qmp("query-vcpu-dirty-limit"), qmp("set-vcpu-dirty-limit", **{"dirty-rate": 100}),
          qmp("set-vcpu-dirty-limit", **{"dirty-rate": 100, "cpu-index": 0}),
          qmp("set-vcpu-dirty-limit", **{"dirty-rate": 100, "cpu-index": 9}), qmp("cancel-vcpu-dirty-limit"),
          qmp("cancel-vcpu-dirty-limit", **{"cpu-index": 0}), {"hmp": "info vcpu_dirty_limit"},
          {"hmp": "set_vcpu_dirty_limit 100"}, {"hmp": "set_vcpu_dirty_limit 100 0"}, {"hmp": "cancel_vcpu_dirty_limit"},
          {"hmp": "cancel_vcpu_dirty_limit 1"}, {"hmp": "set_vcpu_dirty_limit"}]
m8x("dirty-limit", "-M", "pc-q35-10.0", "-smp", "2", steps=DLIMIT)
m8p("dirty-limit", "-M", "pseries", steps=DLIMIT)

# --- replay, yank, display options, announce ----------------------------------------------
REPLAY = [qmp("query-replay"), qmp("replay-break", icount=100), qmp("replay-delete-break"), qmp("replay-seek", icount=0),
          {"hmp": "info replay"}, {"hmp": "replay_break 100"}, {"hmp": "replay_delete_break"}, {"hmp": "replay_seek 0"}]
m8x("replay", "-M", "q35", steps=REPLAY)
m8p("replay", "-M", "pseries", steps=REPLAY)
m8x("icount-replay-state", "-M", "q35", "-icount", "shift=auto", steps=[qmp("query-replay"), {"hmp": "info replay"}])
YANK = [qmp("query-yank"), qmp("yank", instances=[{"type": "chardev", "id": "nosuch"}]),
        qmp("yank", instances=[{"type": "migration"}]), qmp("yank", instances=[{"type": "block-node", "node-name": "n0"}]),
        qmp("yank", instances=[])]
m8x("yank", "-M", "q35", "-chardev", "null,id=c0", "-blockdev", "null-co,node-name=n0", steps=YANK)
m8p("yank", "-M", "pseries", steps=YANK)
m8x("display-options", "-M", "q35", "-display", "none", steps=[qmp("query-display-options"), {"hmp": "info vnc"},
                                                            qmp("query-vnc"), qmp("query-spice"), qmp("query-dbus-vmstate")])
m8x("display-options-vga", "-M", "pc", "-vga", "std", "-display", "none", steps=[qmp("query-display-options"),
                                                                          qmp("display-update", type="vnc", addresses=[])])
ANN = [qmp("announce-self", initial=50, max=550, rounds=5, step=100),
       qmp("announce-self", initial=50, max=550, rounds=5, step=100, interfaces=["nosuch"], id="a1"),
       qmp("announce-self", initial=50, max=550, rounds=5, step=100, interfaces=["nic0"]),
       qmp("announce-self", initial=50, max=550, rounds=0, step=100),
       {"hmp": "announce_self"}, {"hmp": "announce_self nic0"}, {"hmp": "announce_self nic0 a2"}]
m8x("announce", "-M", "q35", "-netdev", "user,id=n0", "-device", "e1000e,netdev=n0,id=nic0", steps=ANN)
m8p("announce", "-M", "pseries", "-netdev", "user,id=n0", "-device", "spapr-vlan,netdev=n0,id=nic0", steps=ANN)

# --- SEV, SGX, TDX on TCG -------------------------------------------------------------------
CONF = [qmp("query-sev"), qmp("query-sev-capabilities"), qmp("query-sev-launch-measure"),
        qmp("query-sev-attestation-report", mnonce="aGVsbG8gd29ybGQhISEhISEhIQ=="),
        qmp("sev-inject-launch-secret", **{"packet-header": "AA==", "secret": "AA=="}),
        qmp("query-sgx"), qmp("query-sgx-capabilities"), qmp("query-tdx"), {"hmp": "info sev"}, {"hmp": "info sgx"}]
m8x("confidential-q35", "-M", "pc-q35-10.0", steps=CONF)
m8x("confidential-pc", "-M", "pc", steps=CONF)
m8p("confidential", "-M", "pseries", steps=CONF)
m8x("sgx-machine-opts", "-M", "q35,sgx-epc.0.memdev=epc0", "-object", "memory-backend-epc,id=epc0,size=16M", steps=[qmp("query-sgx")])

# --- object-add of types one release lacks -------------------------------------------------
OBJS = [qmp("object-add", **{"qom-type": "sev-snp-guest", "id": "snp0"}),
        qmp("object-add", **{"qom-type": "sev-guest", "id": "sev0"}),
        qmp("object-add", **{"qom-type": "tdx-guest", "id": "tdx0"}),
        qmp("object-add", **{"qom-type": "thread-context", "id": "tc0"}),
        qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m1", "size": 1048576, "prealloc-context": "tc0"}),
        qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m2", "size": 1048576, "prealloc-context": "nosuch"}),
        qmp("object-add", **{"qom-type": "acpi-generic-initiator", "id": "gi0", "pci-dev": "nosuch", "node": 0}),
        qmp("object-add", **{"qom-type": "acpi-generic-port", "id": "gp0", "pci-bus": "nosuch", "node": 0}),
        qmp("object-add", **{"qom-type": "iommufd", "id": "iommufd0", "fd": "nosuch"}),
        qmp("object-add", **{"qom-type": "cryptodev-backend-builtin", "id": "cb0"}),
        qmp("object-add", **{"qom-type": "memory-backend-shm", "id": "shm0", "size": 1048576, "share": True}),
        qmp("object-add", **{"qom-type": "igvm-cfg", "id": "igvm0", "file": "/nonexistent"}),
        qmp("qom-list", path="/objects"),
        {"hmp": "object_add sev-snp-guest,id=snp1"}, {"hmp": "object_add thread-context,id=tc1"},
        {"hmp": "object_add memory-backend-shm,id=shm1,size=1M"}, {"hmp": "info memdev"}]
m8x("objects-new-q35", "-M", "pc-q35-10.0", steps=OBJS)
m8p("objects-new", "-M", "pseries", steps=OBJS)
m8x("objects-new-help", "-M", "q35", steps=hmp("object_add help", "object_add sev-snp-guest,help",
                                               "object_add thread-context,help", "object_add memory-backend-shm,help"))

# --- qom-list-types and the option table ----------------------------------------------------
QLT = [qmp("qom-list-types", implements="confidential-guest-support"),
       qmp("qom-list-types", implements="x86-confidential-guest"),
       qmp("qom-list-types", implements="memory-backend"),
       qmp("qom-list-types", implements="accel", abstract=True),
       qmp("qom-list-types", implements="cryptodev-backend", abstract=True),
       qmp("qom-list-types", implements="generic-pc-machine", abstract=True),
       qmp("qom-list-types", implements="spapr-machine", abstract=True),
       qmp("qom-list-types", implements="acpi-generic-initiator"),
       qmp("qom-list-types", implements="iommufd"),
       qmp("qom-list-types", implements="thread-context")]
m8x("qlt-new", "-M", "q35", steps=QLT)
m8p("qlt-new", "-M", "pseries", steps=QLT)
QCLO = [qmp("query-command-line-options", option=o) for o in ["smp-opts", "run-with", "accel", "overcommit", "action", "audiodev", "compat"]]
m8x("qclo-new", "-M", "q35", steps=QCLO)
m8p("qclo-new", "-M", "pseries", steps=QCLO)

# --- CPU models newer than 7.2, expanded and plugged --------------------------------------
for m in ["SapphireRapids-v3", "GraniteRapids", "SierraForest", "EPYC-Genoa", "EPYC-v4", "ClearwaterForest", "YongFeng",
          "EPYC-Milan-v2", "Denverton-v3", "Cascadelake-Server-v5"]:
    m8x("cme-" + m, "-M", "q35", steps=[qmp("query-cpu-model-expansion", type="static", model={"name": m}),
                                        qmp("query-cpu-model-expansion", type="full", model={"name": m})])
m8x("cpu-new-model-plug", "-M", "pc-q35-10.0", "-cpu", "EPYC-Genoa", "-smp", "1,maxcpus=2", steps=[
    xcpu("g1", s=1, typ="EPYC-Genoa-x86_64-cpu"), IC, QCF, qg("/machine/peripheral/g1", "model-id")])
m8x("cpu-new-model-mismatch", "-M", "pc-q35-10.0", "-cpu", "GraniteRapids", "-smp", "1,maxcpus=2", steps=[
    xcpu("g1", s=1, typ="qemu64-x86_64-cpu"), xcpu("g2", s=1, typ="GraniteRapids-x86_64-cpu"), HC])
m8p("cme", "-M", "pseries", steps=[qmp("query-cpu-model-expansion", type="full", model={"name": "power11"}),
                                    qmp("query-cpu-definitions"), {"hmp": "device_add help", "grep": "spapr-cpu-core"}])

# --- sessions: new machine versions with CPU hotplug and the new queries mixed -------------
m8x("session-q35-10.0", "-M", "pc-q35-10.0", "-smp", "1,sockets=2,modules=2,maxcpus=4", steps=[
    QHC, qxcpu("a1", socket_id=0, module_id=1, core_id=0, thread_id=0), qmp("query-stats", target="vcpu"),
    qmp("x-query-interrupt-controllers"), qmp("device_del", id="a1"), qmp("query-dirty-rate"), QCF, HC,
    {"hmp": "info stats vcpu"}], settle=0.3)
m8x("session-i440fx-10.0", "-M", "pc-i440fx-10.0", "-smp", "1,maxcpus=3", steps=[
    xcpu("b1", s=1), {"hmp": "one-insn-per-tb on"}, {"hmp": "info status"}, xcpu("b2", s=2),
    {"hmp": "device_del b1"}, QCF, qmp("query-migrationthreads"), IC], settle=0.3)
m8p("session-10.0", "-M", "pseries-10.0", "-smp", "1,maxcpus=3", steps=[
    pcore("c1", 1, typ="power10_v2.0-spapr-cpu-core"), qmp("query-stats", target="vcpu"), {"hmp": "info stats vcpu"},
    qmp("device_del", id="c1"), qmp("query-vcpu-dirty-limit"), QCF, HC, qmp("query-current-machine")], settle=0.3)


# Measured for the engine (m8m-): calc-dirty-rate's and calc_dirty_rate's
# checks without a measurement that starts (its start time is the host's),
# the one that starts as a case's last step, the dirty-limit HMP twins,
# object-add's new types on q35 (7.2 starts it), smp-cache's defaults and
# refusals per machine and level, x-query-interrupt-controllers against
# info pic, query-audiodevs' defaults per driver, cryptodev backends.
DIRTYERR = [qmp("query-dirty-rate"), qmp("calc-dirty-rate", **{"calc-time": 0}), qmp("calc-dirty-rate", **{"calc-time": 61}),
            qmp("calc-dirty-rate", **{"calc-time": 60000, "calc-time-unit": "millisecond"}),
            qmp("calc-dirty-rate", **{"calc-time": 49, "calc-time-unit": "millisecond"}),
            qmp("calc-dirty-rate", **{"calc-time": 60001, "calc-time-unit": "millisecond"}),
            qmp("calc-dirty-rate", **{"calc-time": 1, "sample-pages": 127}),
            qmp("calc-dirty-rate", **{"calc-time": 1, "sample-pages": 16385}),
            qmp("calc-dirty-rate", **{"calc-time": 1, "sample-pages": 256, "mode": "dirty-bitmap"}),
            qmp("calc-dirty-rate", **{"calc-time": 1, "sample-pages": 256, "mode": "dirty-ring"}),
            qmp("calc-dirty-rate", **{"calc-time": 0, "sample-pages": 1, "mode": "dirty-ring"}),
            qmp("calc-dirty-rate", **{"calc-time": 1, "mode": "dirty-ring"}),
            qmp("calc-dirty-rate", **{"calc-time": -1}),
            {"hmp": "calc_dirty_rate 0"}, {"hmp": "calc_dirty_rate 61"}, {"hmp": "calc_dirty_rate -1"},
            {"hmp": "calc_dirty_rate 1 1"}, {"hmp": "calc_dirty_rate 1 100000"}, {"hmp": "calc_dirty_rate -r 1"},
            {"hmp": "calc_dirty_rate -r -b 1"}, {"hmp": "calc_dirty_rate -r 1 256"}, {"hmp": "calc_dirty_rate -b 1 256"},
            {"hmp": "calc_dirty_rate"}, {"hmp": "calc_dirty_rate x"}, {"hmp": "info dirty_rate"}]
corpus.x("m8m-dirty-errors", "-M", "q35", steps=DIRTYERR)
corpus.p("m8m-dirty-errors", "-M", "pseries", steps=DIRTYERR)
corpus.x("m8m-dirty-start-qmp", "-M", "q35", steps=[qmp("calc-dirty-rate", **{"calc-time": 1})])
corpus.x("m8m-dirty-start-hmp", "-M", "q35", steps=hmp("calc_dirty_rate 1"))
corpus.x("m8m-dirty-start-hmp-b", "-M", "q35", steps=hmp("calc_dirty_rate -b 2 1024"))
corpus.x("m8m-objects-q35", "-M", "q35", steps=OBJS)
corpus.x("m8m-stats-q35", "-M", "q35", steps=STATS + STATSH + hmp("info stats vcpu kvm,x", "info stats vm kvm x y"))
corpus.x("m8m-new-qmp-q35", "-M", "q35", "-blockdev", "null-co,node-name=n0", steps=NEWQ + [
    qmp("blockdev-set-active", active=False, **{"node-name": "n0"}), qmp("device-sync-config", id="/machine/unattached/device[0]"),
    qmp("cxl-inject-poison", path="/machine", start=0, length=64)])
for mt in ["q35", "pc", "pc-q35-10.0,smp-cache.0.cache=l1i,smp-cache.0.topology=thread",
           "q35,smp-cache.0.cache=l2,smp-cache.0.topology=drawer",
           "q35,smp-cache.0.cache=l2,smp-cache.0.topology=book",
           "q35,smp-cache.0.cache=l2,smp-cache.0.topology=die,smp-cache.1.cache=l2,smp-cache.1.topology=core",
           "q35,smp-cache.0.cache=l3,smp-cache.0.topology=nosuch",
           "q35,smp-cache.0.cache=l3", "q35,smp-cache.0.topology=core",
           "q35,smp-cache.1.cache=l3,smp-cache.1.topology=core",
           "pc-q35-9.2,smp-cache.0.cache=l3,smp-cache.0.topology=core",
           "isapc,smp-cache.0.cache=l3,smp-cache.0.topology=core",
           "microvm,smp-cache.0.cache=l3,smp-cache.0.topology=core"]:
    corpus.x("m8m-smp-cache-" + mt.replace(",", "_").replace("=", "-"), "-M", mt,
             steps=[qg("/machine", "smp-cache"), {"hmp": "qom-get /machine smp-cache"}])
corpus.x("m8m-smp-cache-qom-set", "-M", "q35", steps=[
    qmp("qom-set", path="/machine", property="smp-cache", value=[{"cache": "l3", "topology": "core"}]),
    qg("/machine", "smp-cache"),
    qmp("qom-set", path="/machine", property="smp-cache", value=[{"cache": "l4", "topology": "core"}]),
    qmp("qom-set", path="/machine", property="smp-cache", value=[{"cache": "l3", "topology": "cluster"}]),
    qmp("qom-set", path="/machine", property="smp-cache", value=[]), qg("/machine", "smp-cache"),
    {"hmp": "qom-set /machine smp-cache x"}])
for ic in ["xics", "dual"]:
    corpus.p("m8m-irq-controllers-" + ic, "-M", "pseries,ic-mode=" + ic,
             steps=[{"hmp": "info pic", "grep": "^(CPU|  1|irqchip)"}])
corpus.x("m8m-irq-controllers-pc-smp", "-M", "pc", "-smp", "2", steps=[qmp("x-query-interrupt-controllers"), {"hmp": "info pic"}])
corpus.x("m8m-irq-controllers-q35-pic", "-M", "q35", steps=[qmp("x-query-interrupt-controllers"), {"hmp": "info pic"}])
for drv in ["none", "wav,path=/dev/null", "none,in.voices=0,out.channels=1", "none,timer-period=5000,out.format=u8,out.mixing-engine=off"]:
    corpus.x("m8m-audiodevs-" + drv.split(",")[0] + str(drv.count(",")), "-M", "q35", "-audiodev", drv.replace("none", "none,id=a0", 1).replace("wav,", "wav,id=a0,", 1),
             steps=[qmp("query-audiodevs")])
corpus.x("m8m-cryptodev-two", "-M", "q35", "-object", "cryptodev-backend-builtin,id=cb0,queues=2",
         "-object", "cryptodev-backend-builtin,id=cb1", steps=[
    qmp("query-cryptodev"), {"hmp": "info cryptodev"}, qmp("query-stats", target="cryptodev"), {"hmp": "info stats cryptodev"},
    qmp("object-add", **{"qom-type": "cryptodev-backend-builtin", "id": "cb2"}), qmp("query-cryptodev"),
    qmp("object-del", id="cb0"), {"hmp": "info cryptodev"}])
corpus.x("m8m-singlestep", "-M", "q35", steps=hmp("singlestep on", "info status", "singlestep off", "info status",
                                                  "singlestep", "info status", "singlestep maybe", "one-insn-per-tb on",
                                                  "info status", "one-insn-per-tb x", "stop", "info status"))
corpus.x("m8m-object-add-help", "-M", "pc", steps=hmp("object_add help", "object_add ?", "object_add thread-context,help",
                                                      "object_add memory-backend-ram,help", "object_add nosuch,help",
                                                      "object_add help,id=x", "object_add qom-type=help"))

# ---------------------------------------------------------------- round 9 ----
# A systematic sweep generated from the binaries' own lists (ids m9-): every
# `info X` of `help info` and every argument-less query-* / x-query-* of
# query-commands (engine/release/<version>/hmp-help-info-*.txt and
# qmp-commands-*.json with qmp-schema-*.json for the arguments, the union of
# both releases: a command one release lacks records its refusal there), on
# each board a learner starts (pc, q35, isapc, microvm, pseries with -cpu
# POWER9, with QEMU's defaults), -smp 1,maxcpus=4 (isapc: its one CPU) with one CPU hot-plugged
# first where the board allows it, stopped (-S) and running, and q35 with
# -nodefaults. Commands that dump state a running guest changes get a case
# each, so that a dropped recording points at one command. Then the commands
# that take simple arguments (info mtree -f, info qom-tree PATH, info qtree
# -b, info cpus after cpu N, CPU model expansion of the board's CPU).
# Left out as the host's or the run's: info jit/opcount/profile/sync-profile
# and their x-query twins, info ramblock/x-query-ramblock (host addresses),
# info usbhost, plain info mtree; query-stats and the rocker/virtio/sev
# commands that need an argument.
import json as _json
import os as _os
import re as _re

_REL = _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "..", "..", "engine", "release")
_INFO_SKIP = {"jit", "opcount", "profile", "sync-profile", "ramblock", "usbhost", "mtree"}
_QMP_SKIP = {"x-query-jit", "x-query-opcount", "x-query-profile", "x-query-ramblock"}
# What a running guest changes (or a default NIC's random #netNNN names): one case each.
_INFO_ALONE = {"registers", "irq", "pic", "lapic", "tlb", "mem", "network", "usernet", "cpus", "status", "roms"}
_QMP_ALONE = {"x-query-irq", "x-query-interrupt-controllers", "query-rx-filter", "query-cpus-fast", "query-status",
              "x-query-roms", "query-dirty-rate"}
_BIG = {"trace-events": 20, "qom-tree": 30, "qtree": 30, "mtree -f": 40, "registers": 40, "mem": 30, "tlb": 30}
_QBIG = {"query-qmp-schema": 20, "query-commands": 30, "query-cpu-definitions": 30, "query-machines": 30,
         "query-command-line-options": 20, "query-stats-schemas": 20}


def _m9_infos(t):
    names = set()
    for v in ["7.2", "10.0"]:
        for line in open(_os.path.join(_REL, v, "hmp-help-info-%s.txt" % t)):
            m = _re.match(r"info (\S+)\s*(.*?)\s*--", line)
            # only what needs no argument: every parameter in brackets
            if m and not _re.sub(r"\[[^]]*\]", "", m.group(2)).strip():
                names.add(m.group(1))
    return sorted(names - _INFO_SKIP)


def _m9_queries(t):
    names = set()
    for v in ["7.2", "10.0"]:
        schema = {e["name"]: e for e in _json.load(open(_os.path.join(_REL, v, "qmp-schema-%s.json" % t)))}
        for c in _json.load(open(_os.path.join(_REL, v, "qmp-commands-%s.json" % t))):
            n = c["name"]
            if not (n.startswith("query-") or n.startswith("x-query-")) or n not in schema:
                continue
            a = schema[schema[n]["arg-type"]]
            if all("default" in m for m in a.get("members", [])):
                names.add(n)
    return sorted(names - _QMP_SKIP)


def _m9_info(n):
    st = {"hmp": "info " + n}
    if n in _BIG:
        st["truncate"] = _BIG[n]
    return st


def _m9_query(n):
    st = qmp(n)
    if n in _QBIG:
        st["truncate"] = _QBIG[n]
    if n == "query-machines":
        st["sort_by"] = "name"
    return st


def _m9_groups(names, alone, size=6):
    rest = [n for n in names if n not in alone]
    out = [[n] for n in names if n in alone]
    out += [rest[i:i + size] for i in range(0, len(rest), size)]
    return out


_DEF = ["-no-user-config", "-display", "none", "-accel", "tcg"]   # base=False: QEMU's defaults, as a learner starts
_SMP = ["-smp", "1,maxcpus=4"]
_XPLUG = {"hmp": "device_add qemu64-x86_64-cpu,id=cpu1,socket-id=1,core-id=0,thread-id=0"}
_PPLUG = {"hmp": "device_add power9_v2.0-spapr-cpu-core,id=core1,core-id=1"}
# (name, binary, args, plug step or None)
_M9_BOARDS = [("pc", "x86_64", ["-M", "pc"] + _SMP, _XPLUG), ("q35", "x86_64", ["-M", "q35"] + _SMP, _XPLUG),
              ("isapc", "x86_64", ["-M", "isapc"], None), ("microvm", "x86_64", ["-M", "microvm"] + _SMP, None),
              ("pseries", "ppc64", ["-M", "pseries", "-cpu", "POWER9"] + _SMP, _PPLUG)]


def _m9_configs():
    for b, t, a, plug in _M9_BOARDS:
        yield b + "-S", t, ["-S"] + _DEF + a, plug
        yield b + "-run", t, _DEF + a, plug
    yield "q35nd-S", "x86_64", ["-S", "-nodefaults"] + _DEF + _M9_BOARDS[1][2], _XPLUG
    yield "q35nd-run", "x86_64", ["-nodefaults"] + _DEF + _M9_BOARDS[1][2], _XPLUG


for cfg, t, a, plug in _m9_configs():
    pre = [plug] if plug else []
    for g in _m9_groups(_m9_infos(t), _INFO_ALONE):
        corpus.case(t, "m9-%s-info-%s" % (cfg, g[0]), *a, base=False, steps=pre + [_m9_info(n) for n in g])
    for g in _m9_groups(_m9_queries(t), _QMP_ALONE):
        corpus.case(t, "m9-%s-qmp-%s" % (cfg, g[0]), *a, base=False, steps=pre + [_m9_query(n) for n in g])
    # The second group: commands with simple arguments.
    model = "POWER9" if t == "ppc64" else "qemu64"
    corpus.case(t, "m9-%s-mtree-f" % cfg, *a, base=False, steps=pre + [_m9_info("mtree -f")])
    corpus.case(t, "m9-%s-args" % cfg, *a, base=False, steps=pre + [
        {"hmp": "info qom-tree /machine/peripheral"}, {"hmp": "info qom-tree /machine/peripheral-anon"},
        {"hmp": "info qom-tree /machine/unattached/device[0]", "truncate": 30}, {"hmp": "info qom-tree nosuch"},
        {"hmp": "info qtree -b", "truncate": 30}, {"hmp": "cpu 1"}, {"hmp": "info cpus"},
        qmp("human-monitor-command", **{"command-line": "info cpus", "cpu-index": 1}),
        qmp("query-cpu-model-expansion", type="static", model={"name": model}),
        qmp("query-cpu-model-expansion", type="full", model={"name": model})])


# --------------------------------------------------------------- round 10 ----
# The monitor commands that are not info/query-* (ids m10-), as a learner types
# them after reading QEMU's monitor documentation (HMP's `help` list, QMP's
# command list), with realistic arguments, their success and error paths and
# what they change that a later info/query shows: the run state around
# system_reset, savevm/loadvm/delvm without a snapshot-capable disk (and
# QMP's snapshot-save), drive_add/drive_del, change/eject of removable media
# (null-co:// as the medium: no host file), block_resize and
# block_set_io_throttle, netdev/chardev/object add and remove, the ringbuf,
# qom-set then qom-get, log/trace-event, watchdog_action, boot_set,
# announce_self, migration parameters and capabilities read back, block jobs'
# and dirty bitmaps' refusals, and QMP commands with arguments given wrong
# (missing, ill-typed and unknown members, bad enum values). pc, q35 and
# pseries, stopped (-S) and running. Written from the docs, not the engine.
_RUN = ["-nodefaults", "-no-user-config", "-display", "none", "-accel", "tcg"]   # base=False: no -S, the firmware runs
_DEFS = ["-S", "-no-user-config", "-display", "none", "-accel", "tcg"]          # base=False: QEMU's default devices
_M10 = {"pc": ("x86_64", ["-M", "pc", "-smp", "2,maxcpus=4"]), "q35": ("x86_64", ["-M", "q35", "-smp", "2,maxcpus=4"]),
        "pseries": ("ppc64", ["-M", "pseries", "-cpu", "POWER9", "-smp", "1,maxcpus=2"])}


def m10(board, id, *extra, steps, run=False, defaults=False, **kw):
    t, a = _M10[board]
    if run or defaults:
        corpus.case(t, "m10-%s-%s" % (board, id), *((_DEFS if defaults else _RUN) + a + list(extra)), base=False,
                    steps=steps, **kw)
    else:
        corpus.case(t, "m10-%s-%s" % (board, id), *(a + list(extra)), steps=steps, **kw)


def H(*c):
    return hmp(*c)


Q = qmp
NULLDISK = ["-blockdev", "null-co,node-name=disk0,size=67108864"]

for b in ["pc", "q35", "pseries"]:
    # Run state: stop, cont, system_reset and what info status / query-status say after each.
    m10(b, "runstate-S", steps=H("info status", "cont", "info status", "stop", "info status", "system_reset",
                                 "info status", "c", "info status", "stop", "stop", "info status") +
        [Q("query-status"), Q("cont"), Q("query-status"), Q("stop"), Q("system_reset"), Q("query-status")])
    m10(b, "runstate-run", run=True, steps=H("info status", "stop", "info status", "system_reset", "info status",
                                             "cont", "info status", "cont", "info status"))
    m10(b, "runstate-args", steps=H("stop now", "cont 1", "system_reset hard", "c c") +
        [Q("stop", force=True), Q("cont", x=1), Q("system_reset", hard=True), Q("query-status", verbose=True)])
    # savevm and friends on a machine with no disk and with a disk that takes no snapshots.
    m10(b, "savevm-nodisk", steps=H("info snapshots", "savevm", "savevm s1", "loadvm s1", "loadvm", "delvm s1",
                                    "delvm", "info snapshots"))
    m10(b, "savevm-null", *NULLDISK, steps=H("info snapshots", "savevm s1", "loadvm s1", "delvm s1",
                                             "info snapshots"))
    m10(b, "savevm-run", *NULLDISK, run=True, steps=H("savevm s1", "info status", "loadvm s1", "info status",
                                                      "delvm s1"))
    m10(b, "snapshot-qmp", *NULLDISK, steps=[
        Q("snapshot-save"), Q("snapshot-save", **{"job-id": "j1"}),
        Q("snapshot-save", **{"job-id": "j1", "tag": "s1", "vmstate": "disk0"}),
        Q("snapshot-save", **{"job-id": "j1", "tag": "s1", "vmstate": "disk0", "devices": "disk0"}),
        Q("snapshot-load", **{"job-id": "j1", "tag": "s1", "vmstate": 1, "devices": []}),
        Q("snapshot-delete", **{"job-id": "j1", "tag": "s1", "devices": ["nosuch"]}),
        Q("query-jobs")])
    # Internal snapshots of one node.
    m10(b, "blkdev-snap", *NULLDISK, steps=H("snapshot_blkdev_internal disk0 s1", "snapshot_blkdev_internal nosuch s1",
                                             "snapshot_delete_blkdev_internal disk0 s1",
                                             "snapshot_delete_blkdev_internal disk0") +
        [Q("blockdev-snapshot-internal-sync", device="disk0", name="s1"),
         Q("blockdev-snapshot-internal-sync", device="disk0"),
         Q("blockdev-snapshot-delete-internal-sync", device="disk0", name="s1"),
         Q("blockdev-snapshot-delete-internal-sync", device="disk0")])
    # drive_add / drive_del and what info block / query-block show between.
    m10(b, "drive-add-del", steps=H("drive_add 0 if=none,id=d1,driver=null-co,node-name=n1,size=1M", "info block",
                                    "info block -n", "drive_add 0 if=none,id=d1,driver=null-co",
                                    "drive_add 0 if=none,id=d2,driver=null-co,read-only=on,node-name=n2",
                                    "drive_add 0 if=none,id=d3,driver=nosuch",
                                    "drive_add 0 if=none,id=d4,driver=null-co,cache=bogus,node-name=n4",
                                    "drive_add 0 if=none,id=d5,driver=null-co,format=raw,node-name=n5",
                                    "drive_add 0 id=d6,driver=null-co,node-name=n6",
                                    "drive_add 0 if=virtio,id=d7,driver=null-co,node-name=n7",
                                    "info block", "drive_del d1", "drive_del d1", "drive_del n2", "drive_del d2",
                                    "info block") + [Q("query-block")])
    # block_resize, block_set_io_throttle.
    m10(b, "resize-throttle", "-drive", "if=none,id=d1,driver=null-co,node-name=n1,size=64M",
        steps=H("block_resize d1 128M", "info block d1", "block_resize n1 1G", "block_resize d1 -1",
                "block_resize d1 abc", "block_resize nosuch 1M", "block_resize d1",
                "block_set_io_throttle d1 1000000 0 0 100 0 0", "info block d1",
                "block_set_io_throttle d1 0 1 1 0 0 0", "block_set_io_throttle d1 -1 0 0 0 0 0",
                "block_set_io_throttle nosuch 0 0 0 0 0 0", "block_set_io_throttle d1 0 0 0 0 0 0",
                "info block d1") +
        [Q("block_resize", **{"node-name": "n1", "size": 33554432}), Q("block_resize", device="d1"),
         Q("block_resize", size=1), Q("block_resize", **{"node-name": "n1", "size": "1M"}),
         Q("block_set_io_throttle", id="d1"),
         Q("block_set_io_throttle", device="d1", bps=0, bps_rd=0, bps_wr=0, iops=200, iops_rd=0, iops_wr=0,
           iops_max=400, group="g1"),
         Q("query-block")])
    # netdev_add / netdev_del (user backends only: no host resource) and their errors.
    m10(b, "netdev", steps=H("netdev_add user,id=n1,net=10.1.0.0/24", "netdev_add user,id=n1",
                             "netdev_add user,id=n2,restrict=on,hostname=guest1", "info network",
                             "netdev_add hubport,id=h1,hubid=0", "netdev_add nosuch,id=x1", "netdev_add user",
                             "netdev_add user,id=n3,net=10.0.2.0/33", "netdev_add user,id=n4,ipv6=off,ipv4=off",
                             "info network", "netdev_del n1", "netdev_del n1", "netdev_del h1", "info network") +
        [Q("netdev_add", type="user", id="q1"), Q("netdev_add", type="user"), Q("netdev_add", id="q2"),
         Q("netdev_add", type="bogus", id="q3"), Q("netdev_add", type="user", id="q4", restrict="yes"),
         Q("netdev_add", type="user", id="q5", nosuch=1), Q("netdev_del", id="q1"), Q("netdev_del"),
         Q("netdev_del", id=5)])
    # chardevs: the ring buffer written and read back, removal, and errors.
    m10(b, "ringbuf", steps=H("chardev-add ringbuf,id=r1,size=16", "ringbuf_write r1 hello", "ringbuf_read r1 3",
                              "ringbuf_read r1 100", "ringbuf_read r1 100",
                              "ringbuf_write r1 0123456789abcdefXYZ", "ringbuf_read r1 100",
                              "chardev-add ringbuf,id=r2,size=10", "chardev-add null,id=c1",
                              "ringbuf_write c1 x", "ringbuf_read c1 1", "ringbuf_read r1 -1", "ringbuf_write nosuch x",
                              "info chardev", "chardev-remove r1", "chardev-remove r1", "chardev-remove nosuch",
                              "chardev-add ringbuf,id=r3", "chardev-add bogus,id=b1", "chardev-add ringbuf",
                              "info chardev") +
        [Q("chardev-add", id="q1", backend={"type": "ringbuf", "data": {"size": 64}}),
         Q("ringbuf-write", device="q1", data="aGVsbG8=", format="base64"),
         Q("ringbuf-read", device="q1", size=10), Q("ringbuf-write", device="q1", data="hi"),
         Q("ringbuf-read", device="q1", size=10, format="base64"),
         Q("ringbuf-write", device="q1", data="!!", format="base64"),
         Q("ringbuf-read", device="q1", size=10, format="hex"), Q("ringbuf-read", device="q1"),
         Q("ringbuf-write", device="q1", data=5),
         Q("chardev-add", id="q2", backend={"type": "ringbuf", "data": {"size": 3}}),
         Q("chardev-add", id="q3", backend={"type": "memory", "data": {}}),
         Q("chardev-add", id="q4", backend={"type": "nosuch", "data": {}}),
         Q("chardev-add", id="q5", backend={"type": "null"}),
         Q("chardev-add", id="q6"), Q("chardev-remove", id="q1"), Q("chardev-remove"), Q("query-chardev")])
    # objects: add, look, set, get, delete, in use.
    m10(b, "objects", steps=H("object_add memory-backend-ram,id=m1,size=32M", "object_add iothread,id=io1",
                              "object_add rng-random,id=rng0,filename=/dev/urandom",
                              "object_add throttle-group,id=tg1,x-iops-total=100",
                              "qom-get /objects/tg1 x-iops-total", "qom-set /objects/tg1 x-iops-total 500",
                              "qom-get /objects/tg1 x-iops-total", "qom-set /objects/tg1 x-iops-total abc",
                              "qom-get /objects/io1 poll-max-ns", "qom-set /objects/io1 poll-max-ns 1000",
                              "qom-get /objects/io1 poll-max-ns", "qom-set /objects/io1 poll-grow -1",
                              "qom-get /objects/m1 size", "qom-set /objects/m1 size 64M", "qom-get /objects/m1 size",
                              "qom-set /objects/m1 nosuch 1", "qom-get /objects/m1 nosuch",
                              "object_add iothread,id=io1", "object_add nosuch,id=o1", "object_add iothread",
                              "object_del io1", "object_del io1", "object_del nosuch", "info iothreads",
                              "object_del m1", "object_del tg1", "object_del rng0", "qom-list /objects") +
        [Q("object-add", **{"qom-type": "iothread", "id": "q1", "poll-max-ns": 10}),
         Q("qom-get", path="/objects/q1", property="poll-max-ns"),
         Q("qom-set", path="/objects/q1", property="poll-max-ns", value=20),
         Q("qom-set", path="/objects/q1", property="poll-max-ns", value="20"),
         Q("qom-set", path="/objects/q1", property="poll-max-ns", value=-5),
         Q("qom-set", path="/objects/q1", property="poll-max-ns"),
         Q("qom-set", path="/objects/q1", property="nosuch", value=1),
         Q("qom-get", path="/objects/q1", property="poll-max-ns"),
         Q("object-add", **{"qom-type": "iothread"}), Q("object-add", id="q2"),
         Q("object-add", **{"qom-type": "iothread", "id": "q3", "nosuch": 1}),
         Q("object-add", **{"qom-type": "memory-backend-ram", "id": "q4"}),
         Q("object-del", id="q1"), Q("object-del", id="q1"), Q("object-del")])
    # log, logfile, trace-event and what they show.
    m10(b, "log-trace", steps=H("log none", "log guest_errors", "log guest_errors,unimp", "log in_asm,nosuch",
                                "log", "log none", "logfile /dev/null", "trace-event cpuhp_* on",
                                "info trace-events cpuhp_acpi_c*", "trace-event cpuhp_* off",
                                "info trace-events cpuhp_acpi_c*", "trace-event nosuch_event on",
                                "trace-event cpuhp_* maybe", "trace-event -v cpuhp_acpi_cpu_has_events on",
                                "info trace-events spapr_drc_a*") +
        [Q("trace-event-set-state", name="cpuhp_*", enable=True), Q("trace-event-get-state", name="cpuhp_acpi_c*"),
         Q("trace-event-set-state", name="nosuch*", enable=True),
         Q("trace-event-set-state", name="nosuch", enable=True),
         Q("trace-event-set-state", name="cpuhp_*", enable="on"), Q("trace-event-set-state", name="cpuhp_*"),
         Q("trace-event-get-state", name="nosuch"), Q("trace-event-get-state", name="spapr_drc_a*")])
    # watchdog_action, boot_set, announce_self.
    m10(b, "watchdog-boot", steps=H("watchdog_action none", "watchdog_action inject-nmi", "watchdog_action poweroff",
                                    "watchdog_action debug", "watchdog_action Reset", "boot_set d", "boot_set cdn",
                                    "boot_set z", "boot_set", "announce_self", "announce_self eth0",
                                    "announce_self eth0 n1") +
        [Q("watchdog-set-action", action="pause"), Q("watchdog-set-action", action="bogus"),
         Q("watchdog-set-action"), Q("set-action", watchdog="shutdown", panic="pause"),
         Q("set-action", watchdog="bogus"), Q("set-action", nosuch="x"),
         Q("announce-self", initial=50, max=550, rounds=3, step=100),
         Q("announce-self", initial=50, max=550, rounds=3),
         Q("announce-self", initial=50, max=550, rounds=3, step=100, interfaces=["eth0"], id="a1")])
    # migration parameters and capabilities set, then read back.
    m10(b, "migrate-set", steps=H("migrate_set_parameter max-bandwidth 64M", "migrate_set_parameter downtime-limit 500",
                                  "migrate_set_parameter multifd-channels 4", "migrate_set_parameter announce-rounds 7",
                                  "migrate_set_parameter xbzrle-cache-size 128M",
                                  "migrate_set_parameter throttle-trigger-threshold 200",
                                  "migrate_set_parameter cpu-throttle-initial 0",
                                  "migrate_set_capability multifd on", "migrate_set_capability events on",
                                  "migrate_set_capability auto-converge on", "migrate_set_capability auto-converge maybe",
                                  "info migrate_parameters", "info migrate_capabilities",
                                  "migrate_set_downtime 1", "migrate_set_speed 1G", "migrate_cancel",
                                  "migrate_incoming tcp:0:4444", "migrate_continue pre-switchover",
                                  "migrate_pause", "migrate_recover tcp:0:4444") +
        [Q("migrate-set-parameters", **{"max-bandwidth": 1000, "downtime-limit": 300}),
         Q("migrate-set-parameters", **{"downtime-limit": "300"}),
         Q("migrate-set-parameters", **{"nosuch": 1}),
         Q("migrate-set-parameters", **{"multifd-compression": "bogus"}),
         Q("migrate-set-capabilities", capabilities=[{"capability": "xbzrle", "state": True}]),
         Q("migrate-set-capabilities", capabilities=[{"capability": "bogus", "state": True}]),
         Q("migrate-set-capabilities", capabilities=[{"capability": "xbzrle"}]),
         Q("migrate-set-capabilities"),
         Q("query-migrate-parameters"), Q("query-migrate")])
    # Block jobs and dirty bitmaps refused or listed, on a node with no data.
    m10(b, "jobs-bitmaps", *NULLDISK, "-blockdev", "null-co,node-name=disk1,size=67108864",
        steps=[Q("block-dirty-bitmap-add", node="disk0", name="b1"),
               Q("block-dirty-bitmap-add", node="disk0", name="b1"),
               Q("block-dirty-bitmap-add", node="disk0", name="b2", granularity=1000),
               Q("block-dirty-bitmap-add", node="disk0", name="b3", persistent=True),
               Q("block-dirty-bitmap-add", node="nosuch", name="b1"),
               Q("block-dirty-bitmap-add", node="disk0"),
               Q("block-dirty-bitmap-disable", node="disk0", name="b1"),
               Q("block-dirty-bitmap-clear", node="disk0", name="b1"),
               Q("block-dirty-bitmap-merge", node="disk0", target="b1", bitmaps=["nosuch"]),
               Q("query-named-block-nodes", flat=True),
               Q("block-dirty-bitmap-remove", node="disk0", name="b1"),
               Q("block-dirty-bitmap-remove", node="disk0", name="b1"),
               Q("block-stream", device="nosuch"), Q("block-stream"),
               Q("blockdev-mirror", device="disk0", target="nosuch", sync="full"),
               Q("blockdev-mirror", device="disk0", target="disk1", sync="bogus"),
               Q("blockdev-backup", device="disk0", target="nosuch", sync="full"),
               Q("block-job-cancel", device="nosuch"), Q("block-job-pause", device="nosuch"),
               Q("block-job-complete", device="nosuch"), Q("job-dismiss", id="nosuch"),
               Q("query-block-jobs"), Q("query-jobs")] +
        H("block_stream nosuch", "block_job_cancel nosuch", "block_job_complete nosuch", "block_job_pause nosuch",
          "block_job_resume nosuch", "block_job_set_speed nosuch 1M", "drive_mirror nosuch /tmp/m10-none.img",
          "drive_backup nosuch /tmp/m10-none.img", "info block-jobs"))
    # QMP commands with arguments given wrong.
    m10(b, "qmp-args", steps=[
        Q("human-monitor-command"), Q("human-monitor-command", **{"command-line": 5}),
        Q("human-monitor-command", **{"command-line": "info version", "cpu-index": "0"}),
        Q("human-monitor-command", **{"command-line": "info version", "cpu-index": 9}),
        Q("memsave", val=0, size=16), Q("pmemsave", val=0), Q("inject-nmi", x=1),
        Q("system_wakeup"), Q("set_link", name="nosuch", up=True), Q("set_link", name="nosuch"),
        Q("set_link", name="nosuch", up="yes"), Q("send-key", keys=[{"type": "qcode", "data": "nosuch"}]),
        Q("send-key", keys=[]), Q("send-key"), Q("input-send-event", events=[]),
        Q("input-send-event", events=[{"type": "key", "data": {"down": True, "key": {"type": "qcode", "data": "a"}}}]),
        Q("input-send-event", events=[{"type": "rel", "data": {"axis": "x", "value": 10}}]),
        Q("input-send-event", events=[{"type": "abs", "data": {"axis": "z", "value": 10}}]),
        Q("balloon", value=1073741824), Q("balloon"), Q("balloon", value="1G"),
        Q("qom-get", path="/machine"), Q("qom-get", property="type"), Q("qom-list"), Q("qom-list", path=1),
        Q("device_del"), Q("device_del", id="nosuch"), Q("device_add"), Q("device_add", driver=5),
        Q("eject", device="nosuch"), Q("eject", id="nosuch", force="yes"),
        Q("blockdev-change-medium", id="nosuch", filename="null-co://"),
        Q("blockdev-change-medium", filename="null-co://"),
        Q("blockdev-open-tray", id="nosuch"), Q("blockdev-close-tray", id="nosuch"),
        Q("blockdev-remove-medium", id="nosuch"), Q("blockdev-insert-medium", id="nosuch", **{"node-name": "n"}),
        Q("set_password", protocol="vnc", password="x"), Q("set_password", protocol="bogus", password="x"),
        Q("expire_password", protocol="vnc", time="now"), Q("getfd", fdname="f1"), Q("closefd", fdname="f1"),
        Q("dump-guest-memory", paging=False), Q("dump-guest-memory", paging=False, protocol="file:/dev/null",
                                                 format="bogus"),
        Q("query-dump"), Q("x-exit-preconfig"), Q("screendump")])
    # The same commands running: the firmware runs under the monitor.
    m10(b, "run-objects", run=True, steps=H("object_add iothread,id=io1", "chardev-add ringbuf,id=r1,size=64",
                                            "ringbuf_write r1 hi", "ringbuf_read r1 8", "netdev_add user,id=n1",
                                            "drive_add 0 if=none,id=d1,driver=null-co,node-name=n1",
                                            "block_resize n1 2M", "info block -n", "stop", "info status",
                                            "system_reset", "info status", "cont", "object_del io1",
                                            "chardev-remove r1", "netdev_del n1", "drive_del d1", "info status"))

# Removable media with QEMU's default devices (pc's and q35's CD-ROM, pc's floppy) and
# with a CD-ROM given on the command line; null-co:// is a medium with no host file.
# What `change` opens gets an automatic node name (#blockNNN, random per run):
# what it changes is read back after an eject, or from a medium inserted by node-name.
for b in ["pc", "q35"]:
    m10(b, "media-defaults", defaults=True, steps=H("info block", "eject ide1-cd0", "eject -f ide1-cd0",
                                                    "change ide1-cd0 null-co://", "change ide1-cd0 null-co:// raw",
                                                    "change ide1-cd0 null-co:// raw ro",
                                                    "change ide1-cd0 null-co:// raw bogus",
                                                    "change ide1-cd0 null-co:// bogusfmt",
                                                    "eject ide1-cd0", "info block ide1-cd0", "eject nosuch",
                                                    "change nosuch null-co://", "eject floppy0",
                                                    "change floppy0 null-co://", "eject floppy0", "info block floppy0",
                                                    "eject ide0-hd0"))
m10("pc", "media-cdrom", "-drive", "if=none,id=cd0,media=cdrom", "-device", "ide-cd,drive=cd0,id=cd",
    steps=H("info block", "eject cd0", "change cd0 null-co:// raw", "eject cd0", "info block") +
    [Q("blockdev-open-tray", id="cd"), Q("blockdev-open-tray", id="cd"), Q("query-block"),
     Q("blockdev-remove-medium", id="cd"), Q("blockdev-remove-medium", id="cd"),
     Q("blockdev-add", driver="null-co", **{"node-name": "m1", "read-only": True}),
     Q("blockdev-insert-medium", id="cd", **{"node-name": "m1"}),
     Q("blockdev-insert-medium", id="cd", **{"node-name": "m1"}),
     Q("blockdev-close-tray", id="cd"), Q("query-block")] + H("info block") +
    [Q("blockdev-change-medium", id="cd", filename="null-co://", format="raw", **{"read-only-mode": "bogus"}),
     Q("blockdev-change-medium", id="cd", filename="null-co://", format="raw", **{"read-only-mode": "read-only"}),
     Q("eject", id="cd"), Q("eject", device="cd0"), Q("query-block")])
m10("q35", "media-scsi", "-device", "virtio-scsi-pci,id=scsi0", "-drive", "if=none,id=cd0,media=cdrom",
    "-device", "scsi-cd,drive=cd0,id=cd", "-blockdev", "null-co,node-name=hd0", "-device", "scsi-hd,drive=hd0,id=hd",
    steps=H("change cd0 null-co:// raw", "eject hd", "change hd null-co://", "eject -f cd0",
            "info block") + [Q("blockdev-open-tray", id="hd"), Q("eject", id="cd", force=True), Q("query-block")])
m10("pseries", "media-vscsi", "-device", "spapr-vscsi,id=vs0", "-drive", "if=none,id=cd0,media=cdrom",
    "-device", "scsi-cd,drive=cd0,id=cd", steps=H("change cd0 null-co:// raw", "eject cd0",
                                                  "info block") + [Q("query-block")])

# Measured for the engine (m10m-): block_set_io_throttle on a drive without a
# medium, change's argument checks after an eject, EDX at reset per CPU model.
corpus.x("m10m-throttle-nomedium", "-M", "pc", "-drive", "if=none,id=cd0,media=cdrom", "-device",
         "ide-cd,drive=cd0,id=cd", "-drive", "if=none,id=d1,driver=null-co,node-name=n1,size=64M",
         steps=H("eject cd0", "info block cd0", "change cd0 null-co:// raw ro", "change cd0 null-co:// bogusfmt",
                 "eject d1", "info block d1", "block_set_io_throttle d1 0 0 0 0 0 0",
                 "block_set_io_throttle cd0 1 0 0 0 0 0") +
         [Q("block_set_io_throttle", id="cd", bps=0, bps_rd=0, bps_wr=0, iops=0, iops_rd=0, iops_wr=0)] +
         H("p/x $edx"))
corpus.x("m10m-edx-isapc", "-M", "isapc", steps=H("p/x $edx"))
corpus.x("m10m-edx-model", "-M", "pc", "-cpu", "qemu64,family=6,model=0x55,stepping=4",
         steps=H("p/x $edx", "info registers"))

# --------------------------------------------------------------- round 11 ----
# An eleventh outside tester (ids m11-): what a learner types at the monitor of
# a paused machine after the hotplug tutorial, beyond the info/query sweep and
# round 10's non-info commands: `help CMD` for the commands earlier rounds did
# not ask about, x/xp disassembly and formats at the reset vector, print with
# registers, port I/O to the devices every PC has (fw_cfg's signature, the
# keyboard controller, CMOS registers that hold no time, the PIT's and PIC's
# ports), the mouse and keyboard commands with pointing devices plugged,
# info subcommands given arguments (qom-tree of devices, lapic of another CPU,
# usb, tlb/mem with paging off), and QMP introspection of non-CPU types:
# device-list-properties, qom-list-properties, qom-list-types filters, CPU
# model expansion of the models blog posts name, baseline/comparison where
# the target lacks them. Written from QEMU's docs and hmp-commands.hx.
def m11x(id, *args, steps, **kw):
    corpus.x("m11-" + id, *args, steps=steps, **kw)


def m11p(id, *args, steps, **kw):
    corpus.p("m11-" + id, *args, steps=steps, **kw)


M11PC = ["-M", "pc", "-m", "512", "-smp", "2,maxcpus=4"]
M11Q35 = ["-M", "q35", "-m", "1G", "-smp", "2,maxcpus=4"]
M11PS = ["-M", "pseries", "-cpu", "POWER9", "-m", "1G", "-smp", "1,maxcpus=2"]

# help of one command, for the commands earlier rounds did not ask about.
M11_HELP = ["block_job_cancel", "block_job_complete", "block_job_pause", "block_job_resume", "block_job_set_speed",
            "block_set_io_throttle", "block_stream", "boot_set", "cancel_vcpu_dirty_limit", "change", "chardev-change",
            "chardev-send-break", "client_migrate_info", "closefd", "drive_backup", "drive_del", "drive_mirror",
            "dumpdtb", "eject", "expire_password", "getfd", "gpa2hva", "gpa2hpa", "gva2gpa", "hostfwd_remove",
            "logfile", "migrate_cancel", "migrate_continue", "migrate_incoming", "migrate_pause", "migrate_recover",
            "migrate_start_postcopy", "mouse_button", "mouse_set", "nbd_server_add", "nbd_server_remove",
            "nbd_server_start", "nbd_server_stop", "netdev_del", "object_del", "pcie_aer_inject_error", "qemu-io",
            "replay_break", "replay_delete_break", "replay_seek", "ringbuf_read", "screendump", "set_link",
            "set_password", "snapshot_blkdev_internal", "snapshot_delete_blkdev_internal", "stopcapture",
            "wavcapture", "x_colo_lost_heartbeat", "info", "help", "?", "h", "s", "q", "print", "exit_preconfig"]
m11x("help-more-a", *M11PC, steps=hmp(*["help " + c for c in M11_HELP[:32]]))
m11x("help-more-b", *M11PC, steps=hmp(*["help " + c for c in M11_HELP[32:]]))
m11p("help-more-a", *M11PS, steps=hmp(*["help " + c for c in M11_HELP[:32]]))
m11p("help-more-b", *M11PS, steps=hmp(*["help " + c for c in M11_HELP[32:]]))
M11_HELP_INFO = ["balloon", "block", "block-jobs", "blockstats", "capture", "chardev", "cmma", "dirty_rate", "dump",
                 "history", "ioapic", "iothreads", "kvm", "lapic", "mem", "memdev", "memory-devices", "mice",
                 "migrate", "migrate_capabilities", "migrate_parameters", "name", "network", "opcount", "pci",
                 "profile", "qdm", "ramblock", "rdma", "registers -a", "replay", "rocker", "roms", "sev", "sgx",
                 "skeys", "snapshots", "stats", "tpm", "usb", "usbhost", "usernet", "uuid", "vcpu_dirty_limit",
                 "version", "virtio", "vm-generation-id", "vnc", "cryptodev", "jit", "spice", "via"]
m11x("help-info-more", *M11PC, steps=hmp(*["help info " + c for c in M11_HELP_INFO]))
m11p("help-info-more", *M11PS, steps=hmp(*["help info " + c for c in M11_HELP_INFO]))
m11x("help-shapes", *M11PC, steps=hmp("help info registers -a", "help info qom-tree /machine", "help x /4i", "help p $pc",
                                      "help device_add e1000", "help  info  status", "help info\tstatus",
                                      "help cont|c", "help c|cont", "help quit|q", "help info cpus extra", "help ??",
                                      "? ?", "help info info", "help help info"))

# x and xp: disassembly and formats at the reset vector, through $pc and registers.
m11x("x-disas-pc", *M11PC, steps=hmp("x /10i $pc", "x/4xw $pc", "x /5i 0xffff0", "xp /5i 0xfffffff0", "x /3i $eip",
                                     "x /2i $pc + 5", "x/16xb $pc", "x /4c $pc", "x /2xh $cs", "x /1i 0",
                                     "x /8i 0xfe05b", "x /4dw 0x400", "xp/4xw 0xf0000", "x /2s 0xffff0",
                                     "x/4xg 0xfffe0"))
m11x("x-disas-q35", *M11Q35, steps=hmp("x /10i $pc", "x /4xw $pc", "xp /6i 0xfffffff0", "x /3i 0xffff5",
                                       "x /8xb 0xfffffff0", "xp /4xw 0xffffffe0", "x /2ow $pc", "x /4uw 0xffff0",
                                       "x /i", "x /i $pc extra", "x /3i $sp"))
m11p("x-disas", *M11PS, steps=hmp("x /4i $pc", "x /4xw $pc", "xp /8i 0x100", "xp /4xw 0", "x /4i 0",
                                  "x /2xg $pc", "x /4c 0x100", "xp /2i $pc + 4", "x /8xb $r1", "x /2i $lr"))
m11p("x-disas-p8", "-M", "pseries", "-cpu", "POWER8", "-m", "1G",
     steps=hmp("x /4i $pc", "xp /4xw 0x100", "p/x $pc", "p/x $msr"))

# print with registers and expressions learners copy from gdb habits.
m11x("print-regs-pc", *M11PC, steps=hmp("p $eax", "p $ebx", "p $ecx", "p $edx", "p $esi", "p $edi", "p $ebp",
                                        "p $esp", "p/x $eflags", "p $eflags & 2", "p/x $cs", "p/x $ds", "p/x $es",
                                        "p/x $ss", "p/x $fs", "p/x $gs", "p/x $cr0", "p/x $cr2", "p/x $cr3",
                                        "p/x $cr4", "p $eax + $ebx", "p/x $pc & 0xffff", "p/d $sp",
                                        "p $rax", "p $r15", "p/x $rip", "p $xmm0", "p $st0", "p $dr7",
                                        "print $eax", "print /x $edx", "p $ eax", "p $eax$ebx", "p ($eax)"))
m11x("print-regs-q35-cpu", "-M", "q35", "-cpu", "Haswell", "-smp", "2",
     steps=hmp("p/x $edx", "p/x $pc", "p/x $cr0", "cpu 1", "p/x $edx", "p/x $pc", "p/x $eflags"))
m11x("print-regs-epyc", "-M", "pc", "-cpu", "EPYC", steps=hmp("p/x $edx", "p/x $eax", "info registers"),
     )
m11p("print-regs", *M11PS, steps=hmp("p/x $r1", "p/x $r2", "p/x $r3", "p/x $r4", "p/x $r5", "p/x $r13",
                                     "p/x $srr0", "p/x $srr1", "p/x $dar", "p/x $dsisr", "p/x $sprg1",
                                     "p/x $sprg2", "p/x $sprg3", "p/x $hsprg0", "p/x $lpcr", "p/x $sdr1",
                                     "p/x $pir", "p/x $hid0", "p/x $cfar", "p/x $amr", "p/x $tar", "p/x $ppr",
                                     "p/x $fpscr", "p/x $vscr", "p/x $nosuch", "p $r1 + $r2", "p/x $cr0",
                                     "p/x $cr7", "p/x $tbu", "p/x $dec"))

# Port I/O to the devices every PC has.
M11_FWCFG = ["o /w 0x510 0", "i /b 0x511", "i /b 0x511", "i /b 0x511", "i /b 0x511",
             "o /w 0x510 1", "i /l 0x511", "o /w 0x510 5", "i /w 0x511", "i /w 0x511",
             "o /w 0x510 0xf", "i /b 0x511", "o /w 0x510 0x19", "i /b 0x511", "i /b 0x511", "i /b 0x511", "i /b 0x511",
             "i /b 0x510", "i /w 0x510", "o /w 0x510 0x4000", "i /b 0x511"]
m11x("ports-fwcfg-pc", *M11PC, steps=hmp(*M11_FWCFG))
m11x("ports-fwcfg-q35", *M11Q35, steps=hmp(*M11_FWCFG))
m11x("ports-fwcfg-pc-smp4", "-M", "pc", "-m", "2G", "-smp", "4,maxcpus=8",
     steps=hmp("o /w 0x510 5", "i /w 0x511", "o /w 0x510 0xf", "i /w 0x511", "o /w 0x510 3", "i /l 0x511",
               "i /l 0x511", "o /w 0x510 2", "i /l 0x511"))
M11_LEGACY = ["i /b 0x64", "i /b 0x60", "o /b 0x70 0x0a", "i /b 0x71", "o /b 0x70 0x0b", "i /b 0x71",
              "o /b 0x70 0x0d", "i /b 0x71", "o /b 0x70 0x0e", "i /b 0x71", "o /b 0x70 0x0f", "i /b 0x71",
              "o /b 0x70 0x10", "i /b 0x71", "o /b 0x70 0x14", "i /b 0x71", "o /b 0x70 0x15", "i /b 0x71",
              "o /b 0x70 0x16", "i /b 0x71", "o /b 0x70 0x17", "i /b 0x71", "o /b 0x70 0x18", "i /b 0x71",
              "o /b 0x70 0x30", "i /b 0x71", "o /b 0x70 0x31", "i /b 0x71", "o /b 0x70 0x34", "i /b 0x71",
              "o /b 0x70 0x35", "i /b 0x71", "o /b 0x70 0x5f", "i /b 0x71",
              "i /b 0x21", "i /b 0xa1", "i /b 0x20", "i /b 0x4d0", "i /b 0x4d1", "i /b 0x92", "i /b 0x61",
              "i /b 0x3f8", "i /b 0x2f8", "i /b 0x378", "i /b 0x3f4", "i /b 0x1f7", "i /b 0x177",
              "i /b 0x3c0", "i /w 0xb000", "i /b 0x402", "i /b 0xcf9", "i /l 0xcf8"]
m11x("ports-legacy-pc", *M11PC, steps=hmp(*M11_LEGACY))
m11x("ports-legacy-q35", *M11Q35, steps=hmp(*M11_LEGACY))
m11x("ports-serial-pc", *M11PC, "-chardev", "null,id=s0", "-device", "isa-serial,chardev=s0,id=com1",
     steps=hmp("i /b 0x3f8", "i /b 0x3f9", "i /b 0x3fa", "i /b 0x3fb", "i /b 0x3fc", "i /b 0x3fd", "i /b 0x3fe",
               "i /b 0x3ff", "o /b 0x3fb 0x80", "i /b 0x3f8", "i /b 0x3f9", "o /b 0x3fb 0x03", "o /b 0x3ff 0x5a",
               "i /b 0x3ff", "i /w 0x3f8"))
m11x("ports-debugcon", *M11PC, "-chardev", "null,id=d0", "-device", "isa-debugcon,chardev=d0,iobase=0x402",
     steps=hmp("i /b 0x402", "o /b 0x402 0x41", "i /w 0x402"))

# The mouse and keyboard commands with pointing devices plugged.
m11x("mice-usb", *M11PC, "-device", "piix3-usb-uhci,id=uhci", "-device", "usb-tablet,id=tab,bus=uhci.0",
     "-device", "usb-mouse,id=mou,bus=uhci.0",
     steps=hmp("info mice", "mouse_set 0", "info mice", "mouse_set 2", "info mice", "mouse_set 9", "mouse_set x",
               "mouse_set", "mouse_move 10 10", "mouse_move -10 -10 1", "mouse_move 1 2 3 4", "mouse_button 1",
               "mouse_button 0", "mouse_button 7", "mouse_button -1", "device_del tab", "info mice", "info usb"))
m11x("mice-virtio", *M11Q35, "-device", "virtio-tablet-pci,id=vt", "-device", "virtio-mouse-pci,id=vm",
     "-device", "virtio-keyboard-pci,id=vk",
     steps=hmp("info mice", "mouse_set 3", "info mice", "mouse_move 5 5", "mouse_button 2", "sendkey a",
               "sendkey ctrl-alt-f2", "info mice"))
m11x("mice-hotplug", *M11Q35, "-device", "qemu-xhci,id=xhci",
     steps=hmp("info mice", "device_add usb-tablet,id=t1", "info mice", "device_add usb-mouse,id=m1", "info mice",
               "mouse_set 2", "info mice", "info usb") +
     [qmp("input-send-event", events=[{"type": "rel", "data": {"axis": "x", "value": 5}}]),
      qmp("input-send-event", device="t1", events=[{"type": "abs", "data": {"axis": "x", "value": 5}}]),
      qmp("input-send-event", device="nosuch", events=[{"type": "abs", "data": {"axis": "x", "value": 5}}]),
      qmp("input-send-event", head=1, events=[{"type": "btn", "data": {"down": True, "button": "left"}}])] +
     hmp("device_del m1"))
m11p("mice-usb", *M11PS, "-device", "nec-usb-xhci,id=xhci", "-device", "usb-tablet,id=tab", "-device", "usb-kbd,id=kbd",
     steps=hmp("info mice", "mouse_set 0", "mouse_set 1", "info mice", "mouse_move 3 3", "mouse_button 1",
               "sendkey ctrl-alt-delete", "info usb", "device_del kbd"))
M11_KEYS = ["sendkey print", "sendkey sysrq", "sendkey menu", "sendkey kp_enter", "sendkey asterisk",
            "sendkey bracket_left", "sendkey grave_accent", "sendkey lang1", "sendkey 1", "sendkey f12",
            "sendkey alt-sysrq-h", "sendkey ctrl-alt-backspace", "sendkey meta_l-r", "sendkey shift_r-caps_lock",
            "sendkey kp_multiply", "sendkey ctrl-alt-foo", "sendkey less", "sendkey power", "sendkey audionext",
            "sendkey Ctrl-Alt-Delete", "sendkey ctrl alt delete", "sendkey ctrl-alt-f13", "sendkey f24",
            "sendkey 0x1d-0x38-0xd3", "sendkey 0x0", "sendkey 0x-1", "sendkey a 10000", "sendkey a 0x", "sendkey a b"]
m11x("sendkey-names", *M11PC, steps=hmp(*M11_KEYS))
m11p("sendkey-names", *M11PS, steps=hmp(*M11_KEYS[:12]))
m11x("sendkey-qmp", *M11PC, steps=[qmp("send-key", keys=[{"type": "qcode", "data": k} for k in ("ctrl", "alt", "delete")]),
                                   qmp("send-key", keys=[{"type": "qcode", "data": "sysrq"}], **{"hold-time": 200}),
                                   qmp("send-key", keys=[{"type": "number", "data": 0x1d}, {"type": "qcode", "data": "c"}]),
                                   qmp("send-key", keys=[{"type": "qcode", "data": "print"}], **{"hold-time": "x"}),
                                   qmp("send-key", keys=[{"type": "qcode", "data": "a"}] * 20),
                                   qmp("send-key", keys=[{"type": "nosuch", "data": "a"}])])

# nmi, boot_set, set_link on devices.
m11x("nmi-bootset-pc", *M11PC, "-netdev", "user,id=n0", "-device", "e1000,netdev=n0,id=nic0",
     steps=hmp("nmi", "boot_set cdn", "boot_set order=c", "boot_set a", "boot_set z", "boot_set ncd",
               "boot_set cc", "boot_set C", "set_link nic0 off", "info network", "set_link n0 on", "info network",
               "set_link nic0 maybe", "set_link nosuch off") +
     [qmp("inject-nmi"), qmp("set_link", name="nic0", up=False), qmp("query-rx-filter", name="nic0")])
m11p("nmi-bootset", *M11PS, "-netdev", "user,id=n0", "-device", "spapr-vlan,netdev=n0,id=vlan0",
     steps=hmp("nmi", "boot_set c", "boot_set cdn", "set_link vlan0 off", "info network", "set_link n0 on",
               "info network") + [qmp("inject-nmi")])

# memsave/pmemsave/sum/gva2gpa argument errors.
m11x("memsave-args", *M11PC, steps=hmp("memsave 0 16 /nonexistent/dir/f", "pmemsave 0 16 /nonexistent/dir/f",
                                       "memsave", "memsave 0", "memsave 0 16", "memsave x 16 /dev/null",
                                       "memsave 0 x /dev/null", "memsave 0 16 /dev/null extra",
                                       "pmemsave 0x100000000 16 /dev/null", "memsave 0xfffff000 0x2000 /dev/null",
                                       "pmemsave 0 0 /dev/null", "memsave 0 0 /dev/null", "sum 0xffff0 16",
                                       "sum 0xfffffff0 16", "sum 0 0", "gva2gpa 0", "gva2gpa 0xffff0",
                                       "gva2gpa $pc", "gpa2hva 0x100000000") +
     [qmp("memsave", val=0, size=16, filename="/nonexistent/dir/f"),
      qmp("pmemsave", val=0, size=16, filename="/nonexistent/dir/f"),
      qmp("memsave", val=0, size=16, filename="/dev/null", **{"cpu-index": 1}),
      qmp("memsave", val=0, size=16, filename="/dev/null", **{"cpu-index": 9})])
m11p("memsave-args", *M11PS, steps=hmp("memsave 0 16 /dev/null", "pmemsave 0 16 /dev/null",
                                       "memsave 0 16 /nonexistent/dir/f", "sum 0 16", "sum 0x100 0x100",
                                       "gva2gpa 0", "gva2gpa 0x100") +
     [qmp("memsave", val=0, size=16, filename="/dev/null"), qmp("pmemsave", val=0, size=16, filename="/dev/null")])

# info with arguments.
m11x("info-args-pc", *M11PC, "-device", "e1000,id=nic1", "-device", "piix3-usb-uhci,id=uhci",
     "-device", "usb-kbd,id=kbd,bus=uhci.0",
     steps=hmp("info qom-tree /machine/peripheral", "info qom-tree /machine/peripheral/nic1",
               "info qom-tree /machine/peripheral/uhci", "info qom-tree nic1", "info qom-tree /machine/nosuch",
               "info qom-tree /objects", "info lapic 1", "info lapic 2", "info lapic x", "info registers 1",
               "info registers 5", "info tlb", "info mem", "info usb", "info irq", "info pic", "info ioapic",
               "info qtree", "info pci"))
m11x("info-args-q35", *M11Q35, "-device", "pcie-root-port,id=rp1,chassis=1", "-device", "virtio-net-pci,id=vn,bus=rp1",
     steps=hmp("info qom-tree /machine/peripheral", "info qom-tree /machine/peripheral/rp1",
               "info qom-tree /machine/q35", "info lapic 1", "info ioapic", "info tlb", "info mem",
               "info registers -a", "info qom-tree /machine/unattached/device[1]"), )
m11p("info-args", *M11PS, "-device", "spapr-vlan,id=vlan0", "-device", "virtio-rng-pci,id=rng0",
     steps=hmp("info qom-tree /machine/peripheral", "info qom-tree /machine/peripheral/rng0",
               "info qom-tree /machine/peripheral/vlan0", "info tlb", "info mem", "info registers 1",
               "info lapic", "info irq", "info usb", "info qtree", "info pci"))

# QMP introspection of non-CPU types.
M11_DLP_X = ["nvme", "e1000e", "virtio-scsi-pci", "usb-kbd", "usb-mouse", "ide-cd", "ide-hd", "i6300esb", "pvpanic",
             "virtio-rng-pci", "virtio-serial-pci", "virtserialport", "virtconsole", "pci-bridge", "usb-storage",
             "vmgenid", "isa-debugcon", "pc-dimm", "rtl8139", "ich9-ahci", "piix3-usb-uhci", "usb-ehci",
             "virtio-balloon-pci", "virtio-gpu-pci", "virtio-tablet-pci", "scsi-cd", "intel-iommu", "pcie-pci-bridge",
             "x3130-upstream", "xio3130-downstream", "ivshmem-plain", "sga"]
for i in range(0, len(M11_DLP_X), 8):
    m11x("dlp-%d" % (i // 8), *M11PC, steps=[qmp("device-list-properties", typename=t) for t in M11_DLP_X[i:i + 8]])
M11_DLP_P = ["spapr-vty", "spapr-nvram", "spapr-pci-host-bridge", "nec-usb-xhci", "pci-ohci", "spapr-tpm-proxy",
             "virtio-scsi-pci", "e1000", "ibmveth", "spapr-rng", "vhost-user-fs-pci", "guest-loader"]
m11p("dlp-0", *M11PS, steps=[qmp("device-list-properties", typename=t) for t in M11_DLP_P[:6]])
m11p("dlp-1", *M11PS, steps=[qmp("device-list-properties", typename=t) for t in M11_DLP_P[6:]])
m11x("dlp-abstract", *M11PC, steps=[qmp("device-list-properties", typename=t) for t in
                                    ("virtio-pci", "usb-device", "scsi-device", "isa-device", "sys-bus-device",
                                     "pc-i440fx-7.2-machine", "iothread", "x86_64-cpu", "i440FX-pcihost",
                                     "PIIX3", "virtio-net-device", "hda-duplex")])
# Left out: qom-list-properties of non-CPU types (open from earlier rounds:
# not modelled), and one case of eleven of them hung 7.2 at its eleventh.
M11_QLT_X = [dict(implements="pci-bridge"), dict(implements="ide-device"), dict(implements="isa-device"),
             dict(implements="virtio-pci"), dict(implements="chardev"), dict(implements="chardev", abstract=True),
             dict(implements="object", abstract=True), dict(implements="interface", abstract=True),
             dict(implements="hotplug-handler"), dict(implements="usb-host-controller"),
             dict(implements="x86-iommu"), dict(implements="pc-dimm"), dict(implements="hda-codec"),
             dict(implements="i2c-slave"), dict(implements="filter"), dict(implements="netfilter"),
             dict(implements="tls-creds"), dict(implements="rng-backend", abstract=True), dict(implements="bus"),
             dict(implements="machine", abstract=False), dict(implements="x86-machine", abstract=True),
             dict(implements="user-creatable"), dict(abstract=False, implements="pc-machine"), dict(implements="")]
for i in range(0, len(M11_QLT_X), 8):
    m11x("qlt-%d" % (i // 8), *M11PC, steps=[qmp("qom-list-types", **a) for a in M11_QLT_X[i:i + 8]])
m11p("qlt-0", *M11PS, steps=[qmp("qom-list-types", **a) for a in
                             (dict(implements="spapr-drc"), dict(implements="spapr-drc", abstract=True),
                              dict(implements="xics"), dict(implements="spapr-vio-bridge"),
                              dict(implements="ppc-pnv-machine"), dict(implements="machine"),
                              dict(implements="pci-device", abstract=False), dict(implements="chardev"))])
M11_MODELS_X = ["Nehalem", "Westmere", "SandyBridge", "IvyBridge", "Broadwell", "Icelake-Server", "Opteron_G5",
                "EPYC-Rome", "Dhyana", "kvm64", "core2duo", "pentium", "486", "athlon", "n270", "Conroe",
                "Penryn", "phenom", "qemu32", "Cooperlake", "Snowridge", "Skylake-Server-IBRS", "kvm32", "coreduo"]
for i in range(0, len(M11_MODELS_X), 6):
    m11x("cpu-expand-%d" % (i // 6), *M11PC,
         steps=[qmp("query-cpu-model-expansion", type=ty, model={"name": m})
                for m in M11_MODELS_X[i:i + 6] for ty in ("static", "full")])
m11p("cpu-expand", *M11PS, steps=[qmp("query-cpu-model-expansion", type=ty, model={"name": m})
                                  for m in ("POWER7", "POWER8E", "POWER8NVL", "POWER10", "power9_v2.2", "host")
                                  for ty in ("static", "full")])
m11x("cpu-compare-baseline", *M11PC, steps=[
    qmp("query-cpu-model-comparison", modela={"name": "Haswell"}, modelb={"name": "Skylake-Client"}),
    qmp("query-cpu-model-baseline", modela={"name": "Haswell"}, modelb={"name": "Skylake-Client"}),
    qmp("query-cpu-model-comparison", modela={"name": "Haswell"}),
    qmp("query-cpu-model-baseline", modela={"name": "nosuch"}, modelb={"name": "qemu64"}),
    qmp("query-cpu-model-expansion", type="full", model={"name": "Haswell", "props": {"avx2": False, "hle": False}}),
    qmp("query-cpu-model-expansion", type="static", model={"name": "Haswell", "props": {"avx2": False}}),
    qmp("query-cpu-model-expansion", type="full", model={"name": "qemu64", "props": {"level": 13, "xlevel": "x"}}),
    qmp("query-cpu-model-expansion", type="full", model={"name": "qemu64", "props": {"model-id": "Learner CPU"}}),
    qmp("query-cpu-model-expansion", type="full", model={"name": "qemu64", "props": {"phys-bits": 43}}),
    qmp("query-cpu-model-expansion", type="static", model={"name": "Nehalem-v2"})])
m11p("cpu-compare-baseline", *M11PS, steps=[
    qmp("query-cpu-model-comparison", modela={"name": "POWER9"}, modelb={"name": "POWER10"}),
    qmp("query-cpu-model-baseline", modela={"name": "POWER9"}, modelb={"name": "POWER10"}),
    qmp("query-cpu-model-expansion", type="full", model={"name": "POWER9", "props": {"nosuch": 1}}),
    qmp("query-cpu-model-expansion", type="static", model={"name": "POWER10"}),
    qmp("query-cpu-definitions", x=1)])

# QMP schema and command lists a learner browses, truncated.
m11x("qmp-browse", *M11PC, steps=[
    {"qmp": {"execute": "query-qmp-schema"}, "truncate": 5}, {"qmp": {"execute": "query-commands"}, "truncate": 5},
    {"qmp": {"execute": "query-commands"}, "sort_by": "name", "truncate": 10},
    {"qmp": {"execute": "query-events"}}, {"qmp": {"execute": "query-events", "arguments": {"x": 1}}},
    qmp("query-stats-schemas", provider="cryptodev"), qmp("query-stats-schemas", provider="kvm"),
    qmp("query-acpi-ospm-status"), qmp("query-sgx-capabilities"), qmp("query-sgx"),
    qmp("query-kvm"), qmp("query-sev"), qmp("query-sev-capabilities"), qmp("query-vm-generation-id"),
    qmp("query-replay"), qmp("query-yank"), qmp("query-xen-replication-status")])
m11p("qmp-browse", *M11PS, steps=[
    {"qmp": {"execute": "query-qmp-schema"}, "truncate": 5}, {"qmp": {"execute": "query-commands"}, "sort_by": "name", "truncate": 10},
    qmp("query-acpi-ospm-status"), qmp("query-sgx-capabilities"), qmp("query-sgx"), qmp("query-sev"),
    qmp("query-gic-capabilities"), qmp("query-s390x-cpu-polarization"), qmp("query-vm-generation-id"),
    qmp("rtc-reset-reinjection"), qmp("query-tpm-models"), qmp("query-tpm-types")])
m11x("hmc-info-grep", *M11PC, steps=[
    {"hmp": "help", "grep": "^info"}, {"hmp": "help", "grep": "qom"}, {"hmp": "help info", "grep": "cpu"},
    {"hmp": "info qtree", "grep": "dev: "}, {"hmp": "help", "grep": "^(x|xp|p|print)"}])

# Measured for the engine (m11m-): the CMOS registers pc_cmos_init fills
# (every register but the clock's: 0x00-0x09 and the century, 0x32) on
# boards of several memory sizes and CPU counts and a boot order; fw_cfg's
# I/O ports with a 2-byte select, the access sizes each port takes and the
# DMA region's signature; a serial port's registers.
M11M_CMOS = [c for r in list(range(0x0a, 0x32)) + list(range(0x33, 0x80)) for c in ("o /b 0x70 0x%x" % r, "i /b 0x71")]
corpus.x("m11m-cmos-pc-128m", "-M", "pc", "-m", "128", steps=hmp(*M11M_CMOS))
corpus.x("m11m-cmos-pc-3g", "-M", "pc", "-m", "3G", "-smp", "4,maxcpus=8", "-boot", "order=ndc", steps=hmp(*M11M_CMOS))
corpus.x("m11m-cmos-q35-5g", "-M", "q35", "-m", "5G", "-smp", "3", steps=hmp(*M11M_CMOS))
corpus.x("m11m-cmos-q35-2816m", "-M", "q35", "-m", "2816M", "-boot", "menu=on,order=c", steps=hmp(*M11M_CMOS))
M11M_FWCFG = ["o /h 0x510 0", "i /b 0x511", "i /b 0x511", "i /b 0x511", "i /b 0x511", "i /b 0x511",
              "o /h 0x510 1", "i /b 0x511", "i /b 0x511", "i /b 0x511", "i /b 0x511", "i /b 0x511",
              "o /h 0x510 2"] + ["i /b 0x511"] * 17 + ["o /h 0x510 3"] + ["i /b 0x511"] * 9 + \
             ["o /h 0x510 4", "i /b 0x511", "i /b 0x511", "i /b 0x511", "o /h 0x510 5", "i /b 0x511", "i /b 0x511",
              "i /b 0x511", "o /h 0x510 6", "i /b 0x511", "o /h 0x510 7", "i /b 0x511", "o /h 0x510 0xd",
              "i /b 0x511", "i /b 0x511", "i /b 0x511", "i /b 0x511", "i /b 0x511", "i /b 0x511", "i /b 0x511",
              "i /b 0x511", "i /b 0x511", "o /h 0x510 0xe", "i /b 0x511", "i /b 0x511", "i /b 0x511",
              "o /h 0x510 0xf", "i /b 0x511", "i /b 0x511", "i /b 0x511", "o /h 0x510 0x19", "i /b 0x511",
              "i /b 0x511", "i /b 0x511", "i /b 0x511", "o /h 0x510 0x1234", "i /b 0x511", "o /h 0x510 0",
              "i /h 0x510", "i /h 0x511", "i /b 0x510", "i /b 0x512", "i /b 0x513", "i /b 0x514", "i /b 0x515",
              "i /b 0x516", "i /b 0x517", "i /b 0x518", "i /b 0x519", "i /b 0x51a", "i /b 0x51b", "i /b 0x51c",
              "i /h 0x514", "i /w 0x514", "i /w 0x518", "i /h 0x51a", "i /w 0x50f", "o /h 0x510 0", "o /b 0x510 5",
              "i /b 0x511", "o /h 0x511 5", "i /b 0x511", "o /b 0x511 5", "i /b 0x511"]
corpus.x("m11m-fwcfg-pc", "-M", "pc", "-m", "512", "-smp", "2,maxcpus=4", steps=hmp(*M11M_FWCFG))
corpus.x("m11m-fwcfg-q35", "-M", "q35", "-m", "5G", "-smp", "3,maxcpus=6", "-uuid",
         "12345678-9abc-def0-1234-56789abcdef0", "-boot", "menu=on", steps=hmp(*M11M_FWCFG))
corpus.x("m11m-fwcfg-pc-nodma", "-M", "pc-i440fx-2.4", "-m", "256", steps=hmp(*M11M_FWCFG[:12] + M11M_FWCFG[-30:]))
corpus.x("m11m-serial", "-M", "pc", "-chardev", "null,id=s0", "-device", "isa-serial,chardev=s0,id=com1",
         "-chardev", "null,id=s1", "-device", "isa-serial,chardev=s1,id=com2,index=1", "-chardev", "null,id=s2",
         "-device", "isa-serial,chardev=s2,iobase=0x3e8,irq=5",
         steps=hmp("i /b 0x2f8", "i /b 0x2f9", "i /b 0x2fa", "i /b 0x2fb", "i /b 0x2fc", "i /b 0x2fd", "i /b 0x2fe",
                   "i /b 0x2ff", "i /b 0x3e8", "i /b 0x3ed", "i /b 0x3ee", "i /h 0x3f8", "i /h 0x3fc", "i /w 0x3fc",
                   "o /b 0x3f9 0x0f", "i /b 0x3f9", "i /b 0x3fa", "i /b 0x3fa", "o /b 0x3fc 0x1f", "i /b 0x3fc",
                   "i /b 0x3fe", "o /b 0x3fb 0x83", "i /b 0x3fb", "o /b 0x3f8 0x01", "i /b 0x3f8", "i /b 0x3f9",
                   "o /b 0x3fb 0x03", "i /b 0x3f8", "o /b 0x3fa 0xc7", "i /b 0x3fa", "i /b 0x3fd",
                   "o /h 0x3ff 0x1234", "i /b 0x3ff", "info qtree"))
corpus.x("m11m-debugcon", "-M", "q35", "-chardev", "null,id=d0", "-device", "isa-debugcon,chardev=d0",
         "-chardev", "null,id=d1", "-device", "isa-debugcon,chardev=d1,iobase=0x403,readback=0x5a",
         steps=hmp("i /b 0xe9", "i /h 0xe9", "o /b 0xe9 0x41", "i /b 0xe9", "i /b 0x403", "i /w 0x403", "i /b 0x404"))

# --------------------------------------------------------------- round 12 ----
# A twelfth outside tester (ids m12-): the monitor's backends and introspection
# as a learner pokes at them after round 10's add/remove basics: chardevs of
# every backend that opens nothing of the host's but files under /tmp and Unix
# sockets named per case (ringbuf, memory, null, file, socket server without
# wait, mux, logfile), over QMP with typed backend arguments and over HMP, the
# ring buffer in utf8 and base64, chardev-change and its refusals, a monitor
# on a ring buffer, query-chardev(-backends); netdev hubs, legacy -net, socket,
# stream and dgram netdevs refused without their address, info network with
# hubs; objects a learner meets in the docs (rng-random, rng-builtin,
# iothread, throttle-group, secret, authz-*, tls-creds, filter-*, main-loop)
# with QMP's typed argument errors, qom-get/qom-set on them and their
# refusals once opened or in use; qom-list-properties / device-list-properties
# of types earlier rounds did not ask; query-balloon, query-pci behind
# bridges, ACPI OSPM and memory devices (virtio-mem), hotpluggable CPUs after
# a device_del without a guest; trace-event patterns, log and logfile
# errors. Written from QEMU's docs (qapi/char.json, net.json, qom.json,
# hmp-commands.hx), not from the engine.
def m12x(id, *args, steps, **kw):
    corpus.x("m12-" + id, *args, steps=steps, **kw)


def m12p(id, *args, steps, **kw):
    corpus.p("m12-" + id, *args, steps=steps, **kw)


M12 = {"pc": ("x86_64", ["-M", "pc", "-m", "512", "-smp", "2,maxcpus=4"]),
       "q35": ("x86_64", ["-M", "q35", "-m", "1G", "-smp", "2,maxcpus=4"]),
       "pseries": ("ppc64", ["-M", "pseries", "-cpu", "POWER9", "-m", "1G", "-smp", "1,maxcpus=2"])}


def m12(board, id, *extra, steps, **kw):
    t, a = M12[board]
    corpus.case(t, "m12-%s-%s" % (board, id), *(a + list(extra)), steps=steps, **kw)


def tmpf(board, name):   # a host path of the case's own (files and sockets under /tmp)
    return "/tmp/m12-%s-%s" % (board, name)


def cadd(id, typ, **data):
    return qmp("chardev-add", id=id, backend={"type": typ, "data": data})


for b in ["pc", "q35", "pseries"]:
    # chardev-add over QMP, one backend after another, then the listings.
    m12(b, "chardev-qmp", steps=[
        cadd("r1", "ringbuf", size=4096), cadd("r2", "ringbuf", size=1000), cadd("r3", "ringbuf", size=0),
        cadd("r4", "ringbuf", size="16"), cadd("m1", "memory"), cadd("m2", "memory", size=64),
        cadd("n1", "null"), qmp("chardev-add", id="n2", backend={"type": "null", "data": {"logfile": tmpf(b, "n2.log")}}),
        cadd("f1", "file", out=tmpf(b, "f1.log")), cadd("f2", "file"),
        cadd("f3", "file", out="/nonexistent/dir/f3.log"), cadd("f4", "file", out=tmpf(b, "f4.log"), append=True),
        cadd("f5", "file", out=tmpf(b, "f5.log"), **{"in": "/nonexistent/in"}),
        cadd("s1", "socket", addr={"type": "unix", "data": {"path": tmpf(b, "s1.sock")}}, server=True, wait=False),
        cadd("s2", "socket", addr={"type": "unix", "data": {"path": tmpf(b, "s2.sock")}}, server=True, wait=False,
             telnet=True),
        cadd("s3", "socket", addr={"type": "inet", "data": {"host": "127.0.0.1", "port": "1"}}, server=False),
        cadd("s4", "socket", addr={"type": "bogus", "data": {}}), cadd("s5", "socket"),
        cadd("s6", "socket", addr={"type": "unix", "data": {"path": tmpf(b, "s6.sock")}}, server=True, wait=False,
             tls_creds="nosuch"),
        cadd("p1", "pipe", device="/nonexistent/pipe"), cadd("x1", "serial", device="/nonexistent/tty"),
        cadd("r1", "ringbuf"), cadd("bad id", "null"), cadd("", "null"),
        qmp("chardev-add", id="t1", backend={"type": "testdev", "data": {}}),
        qmp("chardev-add", id="ms", backend={"type": "msmouse", "data": {}}),
        qmp("chardev-add", id="r9", backend={"type": "ringbuf"}),
        qmp("chardev-add", id="r9", backend={"type": "ringbuf", "data": {"size": 8, "nosuch": 1}}),
        qmp("query-chardev"), qmp("chardev-remove", id="s1"), qmp("chardev-remove", id="f1"),
        qmp("chardev-remove", id="compat_monitor0"), qmp("query-chardev")])
    # chardev-add over HMP, the option syntax a learner copies from -chardev.
    m12(b, "chardev-hmp", steps=hmp(
        "chardev-add ringbuf,id=r1,size=3", "chardev-add ringbuf,id=r1,size=64k", "chardev-add ringbuf,id=r2,size=1M",
        "chardev-add memory,id=m1", "chardev-add file,id=f1", "chardev-add file,id=f1,path=" + tmpf(b, "hf1.log"),
        "chardev-add file,id=f2,path=/nonexistent/dir/x", "chardev-add socket,id=s1",
        "chardev-add socket,id=s1,path=%s,server=on,wait=off" % tmpf(b, "hs1.sock"),
        "chardev-add socket,id=s2,path=%s,server,nowait" % tmpf(b, "hs2.sock"),
        "chardev-add socket,id=s3,host=127.0.0.1", "chardev-add socket,id=s4,host=127.0.0.1,port=1",
        "chardev-add null,id=n1,logfile=%s,logappend=on" % tmpf(b, "hn1.log"), "chardev-add null,id=n2,mux=on",
        "chardev-add ringbuf,id=mx,mux=on", "chardev-add null,id=1bad", "chardev-add null,id=n1",
        "chardev-add null,id=n3,signal=off", "chardev-add null,id=n4,nosuch=1", "chardev-add id=n5",
        "chardev-add pty", "chardev-add stdio,id=st", "chardev-add vc,id=vc1", "chardev-add udp,id=u1,port=abc",
        "info chardev", "chardev-remove mx", "chardev-remove mx-base", "chardev-remove n2", "chardev-remove s1",
        "chardev-remove", "chardev-remove compat_monitor0", "info chardev"))
    # The ring buffer in utf8 and base64: wrap-around, multi-byte characters, escapes.
    m12(b, "ringbuf-formats", steps=hmp("chardev-add ringbuf,id=r1,size=8", "chardev-add memory,id=m1,size=4") + [
        qmp("ringbuf-write", device="r1", data="h\u00e9llo w\u00f6rld"), qmp("ringbuf-read", device="r1", size=3),
        qmp("ringbuf-read", device="r1", size=2), qmp("ringbuf-read", device="r1", size=100),
        qmp("ringbuf-write", device="r1", data="\u20ac\u20ac\u20ac"),
        qmp("ringbuf-read", device="r1", size=4, format="utf8"), qmp("ringbuf-read", device="r1", size=100),
        qmp("ringbuf-write", device="r1", data="AAEC/w==", format="base64"),
        qmp("ringbuf-read", device="r1", size=100, format="base64"),
        qmp("ringbuf-write", device="r1", data="AAEC/w==", format="base64"),
        qmp("ringbuf-read", device="r1", size=100, format="utf8"),
        qmp("ringbuf-write", device="r1", data="not base64?", format="base64"),
        qmp("ringbuf-read", device="r1", size=100, format="base64"),
        qmp("ringbuf-write", device="r1", data="", format="utf8"), qmp("ringbuf-read", device="r1", size=0),
        qmp("ringbuf-read", device="r1", size=-1), qmp("ringbuf-read", device="r1", size="4"),
        qmp("ringbuf-write", device="r1", data="x", format="bogus"),
        qmp("ringbuf-write", device="m1", data="abcdefgh"), qmp("ringbuf-read", device="m1", size=10),
        qmp("ringbuf-write", device="nosuch", data="x"), qmp("ringbuf-read", device="nosuch", size=1),
        qmp("ringbuf-write", device="compat_monitor0", data="x")] + hmp(
        "ringbuf_write r1 \"two words\"", "ringbuf_read r1 20", "ringbuf_write r1 tab\\there", "ringbuf_read r1 20",
        "ringbuf_write r1 a\\nb", "ringbuf_read r1 20", "ringbuf_write r1 \\u00e9", "ringbuf_read r1 20",
        "ringbuf_write r1 0123456789", "ringbuf_read r1 20", "ringbuf_read r1", "ringbuf_read r1 x",
        "ringbuf_write r1", "ringbuf_read m1 100", "ringbuf_write m1 \x01\x02", "ringbuf_read m1 100"))
    # chardev-change: between backends, with a frontend that takes it and one that does not.
    m12(b, "chardev-change", steps=hmp(
        "chardev-add ringbuf,id=c1,size=64", "ringbuf_write c1 before", "chardev-change c1 ringbuf,size=32",
        "ringbuf_read c1 64", "chardev-change c1 null", "info chardev", "ringbuf_read c1 1",
        "chardev-change c1 file,path=" + tmpf(b, "cc.log"), "info chardev", "chardev-change nosuch null",
        "chardev-change c1 bogus", "chardev-change c1", "chardev-change compat_monitor0 null",
        "chardev-add ringbuf,id=mx,mux=on", "chardev-change mx null", "chardev-change c1 ringbuf,size=5",
        "chardev-send-break c1", "chardev-send-break nosuch", "info chardev") + [
        qmp("chardev-change", id="c1", backend={"type": "memory", "data": {"size": 16}}),
        qmp("chardev-change", id="c1", backend={"type": "nosuch", "data": {}}),
        qmp("chardev-change", id="nosuch", backend={"type": "null", "data": {}}),
        qmp("chardev-change", id="c1"), qmp("chardev-send-break", id="c1"), qmp("query-chardev")])
    # Backend listings.
    m12(b, "chardev-backends", steps=[{"qmp": {"execute": "query-chardev-backends"}, "sort_by": "name"},
                                      qmp("query-chardev-backends", x=1), qmp("query-chardev", x=1),
                                      {"hmp": "chardev-add help"}, {"hmp": "chardev-add ?"},
                                      {"hmp": "help chardev-add"}, {"hmp": "help chardev-change"}])
    # Objects from the docs: QMP's typed argument errors first, then what was made.
    m12(b, "objects-qmp", steps=[
        qmp("object-add", **{"qom-type": "rng-random", "id": "rng0", "filename": 5}),
        qmp("object-add", **{"qom-type": "rng-random", "id": "rng0", "filename": "/nonexistent/random"}),
        qmp("object-add", **{"qom-type": "rng-random", "id": "rng0", "filename": "/dev/urandom"}),
        qmp("object-add", **{"qom-type": "rng-builtin", "id": "rng1"}),
        qmp("object-add", **{"qom-type": "rng-egd", "id": "rng2", "chardev": "nosuch"}),
        qmp("object-add", **{"qom-type": "iothread", "id": "io0", "poll-max-ns": "x"}),
        qmp("object-add", **{"qom-type": "iothread", "id": "io0", "poll-max-ns": -1}),
        qmp("object-add", **{"qom-type": "iothread", "id": "io0", "poll-max-ns": 32768, "poll-grow": 2,
                             "poll-shrink": 4, "aio-max-batch": 8}),
        qmp("object-add", **{"qom-type": "iothread", "id": "io1", "aio-max-batch": True}),
        qmp("object-add", **{"qom-type": "throttle-group", "id": "tg0", "x-iops-total": "a"}),
        qmp("object-add", **{"qom-type": "throttle-group", "id": "tg0", "limits": {"iops-total": 100, "bps-read": 1048576}}),
        qmp("object-add", **{"qom-type": "throttle-group", "id": "tg1", "limits": {"iops-total": -5}}),
        qmp("object-add", **{"qom-type": "throttle-group", "id": "tg1", "limits": {"iops-total-max": 10}}),
        qmp("object-add", **{"qom-type": "throttle-group", "id": "tg1", "limits": {"nosuch": 1}}),
        qmp("object-add", **{"qom-type": "secret", "id": "sec0", "data": "letmein"}),
        qmp("object-add", **{"qom-type": "secret", "id": "sec1"}),
        qmp("object-add", **{"qom-type": "secret", "id": "sec1", "data": "!!", "format": "base64"}),
        qmp("object-add", **{"qom-type": "secret", "id": "sec1", "data": "bGV0bWVpbg==", "format": "base64"}),
        qmp("object-add", **{"qom-type": "secret", "id": "sec2", "data": "x", "file": "/nonexistent/secret"}),
        qmp("object-add", **{"qom-type": "secret", "id": "sec2", "file": "/nonexistent/secret"}),
        qmp("object-add", **{"qom-type": "secret", "id": "sec2", "data": "x", "keyid": "nosuch", "iv": "AAAA"}),
        qmp("object-add", **{"qom-type": "secret", "id": "sec2", "data": "x", "format": "hex"}),
        qmp("object-add", **{"qom-type": "authz-simple", "id": "az0", "identity": "alice"}),
        qmp("object-add", **{"qom-type": "authz-simple", "id": "az1"}),
        qmp("object-add", **{"qom-type": "authz-list", "id": "az2", "policy": "deny",
                             "rules": [{"match": "bob", "policy": "allow"},
                                       {"match": "*.example.com", "policy": "allow", "format": "glob"}]}),
        qmp("object-add", **{"qom-type": "authz-list", "id": "az3", "policy": "maybe"}),
        qmp("object-add", **{"qom-type": "authz-list", "id": "az3", "rules": [{"match": "x"}]}),
        qmp("object-add", **{"qom-type": "authz-listfile", "id": "az4", "filename": "/nonexistent/acl.json"}),
        qmp("object-add", **{"qom-type": "authz-listfile", "id": "az4"}),
        qmp("object-add", **{"qom-type": "tls-creds-x509", "id": "tls0", "dir": "/nonexistent/pki", "endpoint": "server"}),
        qmp("object-add", **{"qom-type": "tls-creds-anon", "id": "tls1", "endpoint": "client"}),
        qmp("object-add", **{"qom-type": "tls-creds-psk", "id": "tls2", "endpoint": "client"}),
        qmp("object-add", **{"qom-type": "main-loop", "id": "ml0", "poll-max-ns": 1000}),
        qmp("object-add", **{"qom-type": "main-loop", "id": "ml1"}),
        qmp("object-add", **{"qom-type": "rng-random", "id": "rng3", "filename": "/dev/urandom", "opened": True}),
        {"qmp": {"execute": "qom-list", "arguments": {"path": "/objects"}}, "sort_by": "name"},
        qmp("query-iothreads"), qmp("query-memdev")])
    # The same objects over HMP, their properties read and set, and their removal.
    m12(b, "objects-hmp", steps=hmp(
        "object_add rng-random,id=rng0,filename=/dev/urandom", "object_add rng-builtin,id=rng1",
        "object_add iothread,id=io0,poll-max-ns=0", "object_add throttle-group,id=tg0,x-bps-total=1048576",
        "object_add secret,id=sec0,data=letmein", "object_add secret,id=sec1", "object_add secret,id=sec1,data=x,format=bogus",
        "object_add authz-simple,id=az0,identity=alice", "object_add authz-list,id=az1,policy=allow",
        "object_add tls-creds-anon,id=tls0,endpoint=server", "object_add tls-creds-anon,id=tls1,endpoint=middle",
        "object_add main-loop,id=ml0", "object_add main-loop,id=ml1",
        "object_add {\"qom-type\": \"iothread\", \"id\": \"io1\", \"poll-grow\": 3}",
        "object_add {\"qom-type\": \"iothread\", \"id\": \"io1\"", "object_add iothread,id=io2,poll-max-ns=1,poll-max-ns=2",
        "qom-get /objects/rng0 filename", "qom-get /objects/rng0 opened", "qom-set /objects/rng0 filename /dev/random",
        "qom-set /objects/rng0 opened false", "qom-get /objects/rng1 opened", "qom-get /objects/io0 poll-grow",
        "qom-set /objects/io0 poll-grow 4", "qom-get /objects/io0 poll-grow", "qom-set /objects/io0 poll-shrink -2",
        "qom-set /objects/io0 poll-max-ns 2147483648", "qom-get /objects/io0 poll-max-ns",
        "qom-set /objects/io0 aio-max-batch 16", "qom-get /objects/io0 aio-max-batch",
        "qom-get /objects/io0 thread-pool-max", "qom-get /objects/tg0 x-bps-total", "qom-get /objects/tg0 limits",
        "qom-set /objects/tg0 x-bps-total 0", "qom-get /objects/tg0 x-bps-total", "qom-get /objects/sec0 data",
        "qom-get /objects/sec0 format", "qom-set /objects/sec0 data other", "qom-get /objects/az0 identity",
        "qom-set /objects/az0 identity bob", "qom-get /objects/az0 identity", "qom-get /objects/az1 policy",
        "qom-set /objects/az1 policy deny", "qom-get /objects/az1 rules", "qom-get /objects/tls0 endpoint",
        "qom-get /objects/tls0 loaded", "qom-get /objects/ml0 poll-max-ns", "qom-list /objects/io0",
        "qom-list /objects/rng0", "qom-list /objects/tg0", "info iothreads", "object_del rng1", "object_del sec0",
        "object_del az0", "object_del ml0", "object_del io0", "info iothreads", "qom-list /objects"))
    # Objects in use by devices and block nodes refuse object_del.
    rng_dev = "spapr-rng" if b == "pseries" else "virtio-rng-pci"
    m12(b, "objects-inuse", "-object", "rng-random,id=rng0,filename=/dev/urandom",
        "-object", "iothread,id=io0", "-object", "throttle-group,id=tg0,x-iops-total=100",
        "-blockdev", "null-co,node-name=disk0,size=67108864",
        "-blockdev", "throttle,node-name=thr0,file=disk0,throttle-group=tg0",
        "-device", "virtio-blk-pci,drive=thr0,id=vb0,iothread=io0",
        "-device", "%s,rng=rng0,id=rng%s" % (rng_dev, "" if b == "pseries" else "dev"),
        steps=hmp("object_del rng0", "object_del io0", "object_del tg0", "qom-set /objects/tg0 x-iops-total 5",
                  "qom-get /objects/tg0 x-iops-total", "qom-get /objects/rng0 opened",
                  "qom-set /objects/rng0 filename /dev/random", "info iothreads", "info block -n") + [
            qmp("object-del", id="rng0"), qmp("object-del", id="io0"), qmp("object-del", id="tg0"),
            qmp("qom-get", path="/objects/tg0", property="limits"),
            qmp("qom-set", path="/objects/tg0", property="limits", value={"iops-total": 200}),
            qmp("qom-set", path="/objects/tg0", property="limits", value={"iops-total": "x"}),
            qmp("qom-get", path="/objects/tg0", property="x-iops-total"), qmp("query-iothreads")])
    # device_add naming backends that are missing, of the wrong type, or taken.
    nic = "spapr-vlan" if b == "pseries" else "e1000"
    m12(b, "backend-refs", "-object", "iothread,id=io0", "-object", "rng-builtin,id=rng0",
        "-netdev", "user,id=n0", "-chardev", "null,id=c0", "-device", "%s,netdev=n0,id=nic0" % nic,
        "-device", "virtio-serial-pci,id=vser", "-device", "virtconsole,chardev=c0,id=con0",
        steps=hmp("device_add virtio-rng-pci,rng=nosuch", "device_add virtio-rng-pci,rng=io0",
                  "device_add virtio-rng-pci,rng=rng0,id=r1", "device_add virtio-rng-pci,rng=rng0,id=r2",
                  "device_add %s,netdev=n0" % nic, "device_add %s,netdev=nosuch" % nic,
                  "device_add virtconsole,chardev=c0", "device_add virtconsole,chardev=nosuch",
                  "device_add virtio-net-pci,netdev=n0", "chardev-remove c0", "netdev_del n0", "info network",
                  "chardev-change c0 ringbuf", "info chardev"))
    # netdev hubs, and netdev types refused without their address.
    m12(b, "netdev-types", steps=hmp(
        "netdev_add hubport,id=hp0", "netdev_add hubport,id=hp0,hubid=0", "netdev_add hubport,id=hp1,hubid=0",
        "netdev_add hubport,id=hp2,hubid=1", "netdev_add hubport,id=hp3,hubid=-1", "netdev_add hubport,id=hp4,hubid=x",
        "netdev_add user,id=u0", "netdev_add hubport,id=hp5,hubid=1,netdev=u0", "netdev_add hubport,id=hp7,hubid=2,netdev=nosuch", "info network", "netdev_add socket,id=so0",
        "netdev_add socket,id=so1,listen=abc", "netdev_add socket,id=so2,connect=127.0.0.1:1",
        "netdev_add socket,id=so3,fd=99", "netdev_add socket,id=so4,mcast=1.2.3.4:5", "netdev_add stream,id=st0",
        "netdev_add dgram,id=dg0", "netdev_add l2tpv3,id=l0", "netdev_add vde,id=v0", "netdev_add vhost-user,id=vu0",
        "netdev_add tap,id=t0,fd=abc", "netdev_add bridge,id=br0,br=nosuch,helper=/nonexistent/helper",
        "netdev_add user,id=u1,hostfwd=tcp::bad", "netdev_add user,id=u2,guestfwd=bogus",
        "netdev_add user,id=u3,dns=10.0.2.300", "netdev_add user,id=u4,net=10.0.2.0/24,host=10.0.3.2",
        "netdev_add user,id=u5,ipv6-net=fec0::/130", "netdev_add user,id=u6,dhcpstart=10.0.2.200,net=10.0.2.0/24",
        "netdev_add none,id=x0", "netdev_add help", "netdev_add ?", "info network", "netdev_del hp1", "netdev_del hp0",
        "netdev_del hp1", "info network", "netdev_del u0", "info network") + [
        qmp("netdev_add", type="hubport", id="q0", hubid=3), qmp("netdev_add", type="hubport", id="q1", hubid="3"),
        qmp("netdev_add", type="hubport", id="q2"), qmp("netdev_add", type="socket", id="q3", listen=5),
        qmp("netdev_add", type="stream", id="q4", addr={"type": "unix", "path": tmpf(b, "st.sock")}, server=False),
        qmp("netdev_add", type="dgram", id="q5", local={"type": "bogus"}),
        qmp("netdev_add", type="user", id="q6", hostfwd=[{"str": "tcp::bad"}]),
        qmp("query-netdev"), qmp("x-query-netdev"), qmp("query-rx-filter"), qmp("query-rx-filter", name="q0")])
    # A second hub port naming a netdev the first already peers: QEMU 7.2 aborts
    # (qemu_net_client_setup's assertion).
    m12(b, "hubport-peer-twice", steps=hmp("netdev_add user,id=u0", "netdev_add hubport,id=hp5,hubid=1,netdev=u0",
                                           "info network", "netdev_add hubport,id=hp6,hubid=1,netdev=u0",
                                           "info network"), expect_crash=True)
    # Filters on a netdev.
    m12(b, "netfilters", "-netdev", "user,id=n0", "-device", "%s,netdev=n0,id=nic0" % nic, "-chardev", "null,id=c0",
        steps=hmp("object_add filter-buffer,id=f0,netdev=n0", "object_add filter-buffer,id=f0,netdev=n0,interval=1000",
                  "object_add filter-buffer,id=f1,netdev=nosuch,interval=1000",
                  "object_add filter-buffer,id=f2,netdev=n0,interval=0",
                  "object_add filter-buffer,id=f3,netdev=n0,interval=1000,queue=rx,status=off",
                  "object_add filter-buffer,id=f4,netdev=n0,interval=1000,queue=bogus",
                  "object_add filter-mirror,id=f5,netdev=n0,outdev=c0", "object_add filter-mirror,id=f6,netdev=n0",
                  "object_add filter-mirror,id=f7,netdev=n0,outdev=nosuch",
                  "object_add filter-redirector,id=f8,netdev=n0", "object_add filter-redirector,id=f9,netdev=n0,indev=c0,outdev=c0",
                  "object_add filter-dump,id=f10,netdev=n0,file=" + tmpf(b, "dump.pcap"),
                  "object_add filter-replay,id=f11,netdev=n0", "object_add filter-rewriter,id=f12,netdev=n0",
                  "info network", "qom-get /objects/f0 interval", "qom-set /objects/f0 interval 0",
                  "qom-set /objects/f0 interval 5", "qom-get /objects/f0 position", "qom-get /objects/f3 status",
                  "qom-set /objects/f3 status on", "qom-set /objects/f3 status maybe", "qom-get /objects/f0 netdev",
                  "qom-set /objects/f0 netdev n1", "object_del f0", "object_del f5", "info network", "netdev_del n0",
                  "info network", "qom-list /objects"))
    # log and logfile, trace-event patterns a learner tries.
    m12(b, "log-trace", steps=hmp(
        "log", "log nosuch", "log in_asm,,out_asm", "log trace:usb_xhci_port*", "log none", "log all", "log none",
        "log ,", "logfile", "logfile /nonexistent/dir/q.log", "logfile " + tmpf(b, "q.log"), "logfile /dev/null x",
        "trace-event usb_xhci_port_* on", "info trace-events usb_xhci_port_*", "trace-event usb_xhci_port_* off",
        "info trace-events usb_xhci_port_r*", "trace-event usb_?hci_* on", "info trace-events usb_?hci_reset",
        "trace-event usb_?hci_* off", "info trace-events nosuch*", "info trace-events usb_xhci_port_link 0",
        "info trace-events usb_xhci_port_link 9", "info trace-events usb_xhci_port_link x", "trace-event",
        "trace-event usb_xhci_port_link", "trace-event usb_xhci_port_link on 0", "trace-event usb_xhci_port_link yes",
        "trace-event USB_XHCI_PORT_LINK on", "trace-file on", "trace-file flush", "help trace-event",
        "help info trace-events") + [
        qmp("trace-event-get-state", name="usb_xhci_port_*"), qmp("trace-event-get-state", name="nosuch*"),
        qmp("trace-event-get-state", name="usb_xhci_port_link", vcpu=0),
        qmp("trace-event-set-state", name="usb_xhci_port_link", enable=True, **{"ignore-unavailable": True}),
        qmp("trace-event-set-state", name="nosuch", enable=True, **{"ignore-unavailable": True}),
        qmp("trace-event-set-state", name="usb_xhci_port_link", enable=True, vcpu=0),
        qmp("trace-event-get-state", name="usb_xhci_port_link"), qmp("trace-event-get-state", name=""),
        qmp("trace-event-set-state", name="usb_xhci_port_link", enable=False),
        qmp("trace-event-get-state", name="usb_xhci_port_link")])
    # A monitor on a ring buffer: the banner and prompt it writes there.
    m12(b, "ringbuf-monitor", "-chardev", "ringbuf,id=mon0,size=1024", "-mon", "chardev=mon0,mode=readline",
        "-chardev", "ringbuf,id=qmp0,size=4096", "-mon", "chardev=qmp0,mode=control",
        steps=hmp("ringbuf_read mon0 200", "ringbuf_read mon0 200", "ringbuf_write mon0 \"info status\\r\"",
                  "ringbuf_read mon0 200", "info chardev", "chardev-remove mon0") +
        [qmp("ringbuf-read", device="qmp0", size=1000), qmp("query-chardev")])
    # query-chardev with -serial, -parallel and -mon shorthands.
    m12(b, "serial-shorthands", "-serial", "null", "-serial", "null",
        "-mon", "chardev=c9", "-chardev", "ringbuf,id=c9",
        steps=[qmp("query-chardev"), {"hmp": "info chardev"}, {"hmp": "info qtree", "grep": "chardev"}])

# pc/q35 only: legacy -net and hubs, ISA serial with chardev-change.
for b in ["pc", "q35"]:
    m12(b, "net-legacy", "-net", "nic,model=e1000", "-net", "user,id=u0", "-net", "nic,model=rtl8139",
        steps=hmp("info network", "netdev_del hub0port0", "netdev_del u0", "netdev_del e1000.0", "info network",
                  "netdev_add hubport,id=hp9,hubid=0", "info network", "device_add e1000,netdev=hp9,id=nic9",
                  "info network", "set_link e1000.0 off", "set_link hub0port0 off", "info network",
                  "hostfwd_add tcp::bad", "hostfwd_add nosuch tcp::5555-:22", "hostfwd_remove tcp::5555",
                  "hostfwd_remove nosuch tcp::5555", "info usernet") + [qmp("query-rx-filter")])
    m12(b, "serial-change", "-chardev", "ringbuf,id=s0,size=64", "-device", "isa-serial,chardev=s0,id=com1",
        "-chardev", "null,id=d0", "-device", "isa-debugcon,chardev=d0,id=dbg",
        "-chardev", "null,id=p0", "-device", "isa-parallel,chardev=p0,id=lpt",
        steps=hmp("chardev-change s0 ringbuf,size=128", "info chardev", "chardev-change d0 ringbuf",
                  "chardev-change p0 null", "chardev-change s0 null", "o /b 0x3f8 0x41", "chardev-change s0 ringbuf,size=16",
                  "o /b 0x3f8 0x42", "ringbuf_read s0 10", "chardev-remove s0", "chardev-remove d0", "info chardev") +
        [qmp("chardev-change", id="s0", backend={"type": "ringbuf", "data": {"size": 32}}),
         qmp("chardev-change", id="s0", backend={"type": "file", "data": {"out": "/nonexistent/dir/x"}}),
         qmp("query-chardev")])
# query-pci and info pci behind bridges.
pcib = ["-device", "pci-bridge,id=br1,chassis_nr=1", "-device", "e1000,bus=br1,addr=3,id=nic1",
        "-device", "pci-bridge,id=br2,chassis_nr=2,bus=br1,addr=4", "-device", "virtio-rng-pci,bus=br2,id=rng1"]
m12("pc", "pci-bridges", *pcib, steps=[qmp("query-pci"), {"hmp": "info pci"},
                                        qmp("device_add", driver="e1000", bus="br2", addr="0x1f", id="nic2"),
                                        qmp("device_add", driver="e1000", bus="br2", addr="0x0", id="nic3"),
                                        qmp("device_add", driver="e1000", bus="br2", addr="0x0", id="nic4"),
                                        qmp("device_add", driver="e1000", bus="br2", addr="0x20", id="nic5"),
                                        {"hmp": "info pci"}, qmp("query-pci")])
m12("q35", "pci-bridges", "-device", "pcie-root-port,id=rp1,chassis=1,slot=1", "-device", "e1000e,bus=rp1,id=nic1",
    "-device", "pcie-root-port,id=rp2,chassis=2,slot=2", "-device", "pcie-pci-bridge,bus=rp2,id=ppb",
    "-device", "e1000,bus=ppb,addr=1,id=nic2", "-device", "ioh3420,id=rp3,chassis=3,slot=3",
    "-device", "i82801b11-bridge,id=dmi", "-device", "pci-bridge,bus=dmi,id=br1,chassis_nr=9",
    "-device", "virtio-rng-pci,bus=br1,id=rng1",
    steps=[qmp("query-pci"), {"hmp": "info pci"}, qmp("device_add", driver="virtio-net-pci", bus="rp3", id="vn"),
           qmp("device_add", driver="virtio-net-pci", bus="rp1", id="vn2"),
           qmp("device_add", driver="virtio-net-pci", bus="rp3", addr="1", id="vn3"), {"hmp": "info pci"}])
m12("pseries", "pci-bridges", "-device", "pci-bridge,id=br1,chassis_nr=1", "-device", "e1000,bus=br1,addr=3,id=nic1",
    "-device", "spapr-pci-host-bridge,index=1,id=phb1", "-device", "virtio-rng-pci,bus=phb1.0,id=rng1",
    steps=[qmp("query-pci"), {"hmp": "info pci"}, qmp("device_add", driver="e1000", bus="phb1.0", id="nic2"),
           {"hmp": "info pci"}, {"hmp": "info qtree", "grep": "bus: |dev: "}])
# Balloon: without a device, with one, the target set without a guest driver.
for b in ["pc", "q35", "pseries"]:
    m12(b, "balloon", steps=[qmp("query-balloon"), {"hmp": "info balloon"}, {"hmp": "balloon 256"},
                             qmp("device_add", driver="virtio-balloon-pci", id="bal0"), qmp("query-balloon"),
                             {"hmp": "info balloon"}, {"hmp": "balloon 256"}, qmp("query-balloon"),
                             qmp("balloon", value=0), qmp("balloon", value=-1), qmp("balloon", value=1 << 40),
                             {"hmp": "balloon 0"}, {"hmp": "balloon 4096"}, {"hmp": "info balloon"},
                             qmp("qom-get", path="/machine/peripheral/bal0", property="guest-stats-polling-interval"),
                             qmp("qom-set", path="/machine/peripheral/bal0", property="guest-stats-polling-interval", value=2),
                             qmp("qom-get", path="/machine/peripheral/bal0", property="guest-stats"),
                             qmp("qom-set", path="/machine/peripheral/bal0", property="guest-stats-polling-interval", value=-1),
                             qmp("device_add", driver="virtio-balloon-pci", id="bal1"), qmp("query-balloon")])
# Memory devices: virtio-mem and NVDIMM listings, and the summaries.
m12("q35", "virtio-mem", "-m", "1G,slots=4,maxmem=8G", "-object", "memory-backend-ram,id=vm0,size=2G",
    "-device", "virtio-mem-pci,id=vmem0,memdev=vm0,requested-size=512M",
    steps=[qmp("query-memory-devices"), {"hmp": "info memory-devices"}, qmp("query-memory-size-summary"),
           qmp("qom-set", path="/machine/peripheral/vmem0", property="requested-size", value=1 << 30),
           qmp("qom-get", path="/machine/peripheral/vmem0", property="requested-size"),
           qmp("qom-get", path="/machine/peripheral/vmem0", property="size"),
           qmp("qom-set", path="/machine/peripheral/vmem0", property="requested-size", value=3 << 30),
           qmp("qom-set", path="/machine/peripheral/vmem0", property="requested-size", value=12345),
           qmp("qom-get", path="/machine/peripheral/vmem0", property="block-size"),
           qmp("qom-set", path="/machine/peripheral/vmem0", property="block-size", value=4194304),
           {"hmp": "object_add memory-backend-ram,id=vm1,size=1G"},
           {"hmp": "device_add virtio-mem-pci,id=vmem1,memdev=vm1"}, {"hmp": "info memory-devices"},
           {"hmp": "device_del vmem1"}, qmp("query-acpi-ospm-status"), qmp("query-memdev")])
m12("pc", "virtio-mem", "-m", "512,slots=2,maxmem=4G", "-object", "memory-backend-ram,id=vm0,size=1G",
    "-device", "virtio-mem-pci,id=vmem0,memdev=vm0,requested-size=0", "-object", "memory-backend-ram,id=d0,size=256M",
    "-device", "pc-dimm,id=dimm0,memdev=d0",
    steps=[qmp("query-memory-devices"), {"hmp": "info memory-devices"}, qmp("query-memory-size-summary"),
           qmp("query-acpi-ospm-status"), {"hmp": "device_del dimm0"},
           qmp("query-acpi-ospm-status"), {"hmp": "device_del vmem0"}, qmp("query-memory-devices")])
# ACPI OSPM status and hotpluggable CPUs after device_del without a guest.
for b in ["pc", "q35"]:
    m12(b, "cpu-del-noguest", steps=[
        qmp("device_add", driver="qemu64-x86_64-cpu", id="c2", **{"socket-id": 2, "core-id": 0, "thread-id": 0}),
        qmp("query-acpi-ospm-status"), qmp("device_del", id="c2"), qmp("query-acpi-ospm-status"),
        qmp("query-hotpluggable-cpus"), {"hmp": "info hotpluggable-cpus"}, {"hmp": "device_del c2"},
        qmp("device_del", id="c2"), {"hmp": "info cpus"}, qmp("query-cpus-fast"),
        {"hmp": "device_add qemu64-x86_64-cpu,id=c3,socket-id=3,core-id=0,thread-id=0"}, {"hmp": "device_del c3"},
        qmp("query-acpi-ospm-status"), {"hmp": "device_del /machine/unattached/device[0]"}])
m12("pseries", "cpu-del-noguest", steps=[
    qmp("device_add", driver="power9_v2.0-spapr-cpu-core", id="core1", **{"core-id": 1}),
    qmp("query-acpi-ospm-status"), qmp("device_del", id="core1"), qmp("query-hotpluggable-cpus"),
    {"hmp": "info hotpluggable-cpus"}, {"hmp": "device_del core1"}, {"hmp": "info cpus"}, qmp("query-cpus-fast")])
# Type introspection for types earlier rounds did not ask.
M12_QLP = ["iothread", "rng-random", "rng-builtin", "throttle-group", "secret", "authz-simple", "authz-list",
           "filter-buffer", "tls-creds-anon", "main-loop", "chardev-ringbuf", "chardev-socket"]
for i in range(0, len(M12_QLP), 4):
    m12("pc", "qlp-%d" % (i // 4), steps=[qmp("qom-list-properties", typename=t) for t in M12_QLP[i:i + 4]])
m12("pc", "qlp-errors", steps=[qmp("qom-list-properties", typename="nosuch"), qmp("qom-list-properties"),
                               qmp("qom-list-properties", typename="object"),
                               qmp("qom-list-properties", typename="rng-backend"),
                               qmp("qom-list-properties", typename=5),
                               qmp("device-list-properties", typename="iothread"),
                               qmp("device-list-properties", typename="rng-random"),
                               qmp("device-list-properties", typename="nosuch"),
                               qmp("device-list-properties", typename="device")])
M12_DLP_X = ["isa-serial", "isa-parallel", "pvpanic-pci", "ich9-intel-hda", "usb-serial", "pci-serial",
             "vhost-vsock-pci", "pcie-root-port", "ioh3420", "i82801b11-bridge", "pxb", "pxb-pcie",
             "VGA", "cirrus-vga", "bochs-display", "usb-hub", "ne2k_pci", "pcnet", "vmxnet3", "megasas",
             "lsi53c895a", "sdhci-pci", "virtio-iommu-pci", "amd-iommu", "edu", "pci-testdev", "virtio-mem-pci",
             "virtio-pmem-pci", "nvdimm", "virtio-balloon-device", "virtio-serial-device", "isa-ipmi-kcs"]
for i in range(0, len(M12_DLP_X), 8):
    m12("pc", "dlp-%d" % (i // 8), steps=[qmp("device-list-properties", typename=t) for t in M12_DLP_X[i:i + 8]])
M12_DLP_P = ["spapr-vscsi", "spapr-vlan", "spapr-nvdimm", "virtio-blk-pci", "pci-bridge", "usb-ehci", "VGA",
             "virtio-net-pci"]
m12("pseries", "dlp-0", steps=[qmp("device-list-properties", typename=t) for t in M12_DLP_P])
m12("pseries", "qlp-0", steps=[qmp("qom-list-properties", typename=t) for t in
                               ("iothread", "spapr-drc-cpu", "spapr-pci-host-bridge", "throttle-group")])

# What the monitor says about types before a learner adds them.
for b in ["pc", "q35", "pseries"]:
    nic = "spapr-vlan" if b == "pseries" else "e1000"
    m12(b, "help-types", steps=[{"hmp": "object_add help", "truncate": 8}, {"hmp": "object_add iothread,help"},
                                {"hmp": "object_add rng-random,help"}, {"hmp": "object_add throttle-group,help"},
                                {"hmp": "object_add secret,help"}, {"hmp": "object_add nosuch,help"},
                                {"hmp": "device_add virtio-rng-pci,help"}, {"hmp": "netdev_add hubport,help"},
                                {"hmp": "chardev-add ringbuf,help"}, {"hmp": "chardev-add socket,help"}])
    # Chardevs in QOM: /chardevs, their types and properties.
    m12(b, "qom-chardevs", "-chardev", "ringbuf,id=r0,size=64", "-chardev", "null,id=n0",
        "-chardev", "ringbuf,id=mx,mux=on",
        steps=hmp("qom-list /chardevs", "qom-list /chardevs/r0", "qom-get /chardevs/r0 type", "qom-list /chardevs/mx",
                  "qom-list /chardevs/mx-base", "qom-get /chardevs/compat_monitor0 type", "qom-set /chardevs/r0 size 8",
                  "info qom-tree /chardevs", "chardev-add null,id=n1", "qom-list /chardevs", "chardev-remove n0",
                  "qom-list /chardevs") + [qmp("qom-list", path="/chardevs/r0"),
                                           qmp("qom-get", path="/chardevs/r0", property="type")])
    # A chardev's frontend removed, then the chardev itself.
    m12(b, "chardev-frontend", "-chardev", "ringbuf,id=c0,size=64", "-chardev", "ringbuf,id=c1,size=64",
        "-device", "virtio-serial-pci,id=vser", "-device", "virtserialport,chardev=c0,id=port0,name=org.test.0",
        steps=hmp("chardev-remove c0", "info chardev", "device_add virtconsole,chardev=c1,id=con1",
                  "chardev-change c1 null", "chardev-change c0 ringbuf,size=32", "info chardev",
                  "device_add virtserialport,chardev=c0,id=port9", "device_add virtserialport,id=port8,name=org.test.0",
                  "device_del port0") + [qmp("query-chardev")], settle=0.5)
    # -nic as blog posts write it, and what info network then shows.
    m12(b, "nic-shorthand", "-nic", "user,model=%s,id=n0" % nic, "-nic", "user,model=virtio-net-pci,mac=52:54:00:aa:bb:cc,id=n1",
        "-nic", "user,id=n2,model=%s,restrict=on" % nic,
        steps=[{"hmp": "info network"}, qmp("query-rx-filter"), {"hmp": "netdev_del n0"}, {"hmp": "info network"},
               {"hmp": "set_link n2 off"}, {"hmp": "info network"}])
    # HMP's backend commands through human-monitor-command.
    m12(b, "hmc-backends", steps=[
        qmp("human-monitor-command", **{"command-line": "chardev-add ringbuf,id=r1,size=16"}),
        qmp("human-monitor-command", **{"command-line": "ringbuf_write r1 hello"}),
        qmp("human-monitor-command", **{"command-line": "ringbuf_read r1 16"}),
        qmp("human-monitor-command", **{"command-line": "netdev_add hubport,id=hp0,hubid=4"}),
        qmp("human-monitor-command", **{"command-line": "object_add iothread,id=io0"}),
        qmp("human-monitor-command", **{"command-line": "object_add iothread,id=io0"}),
        qmp("human-monitor-command", **{"command-line": "info network"}),
        qmp("human-monitor-command", **{"command-line": "info iothreads"}),
        qmp("human-monitor-command", **{"command-line": "chardev-remove r1"}),
        qmp("human-monitor-command", **{"command-line": "chardev-remove r1"}),
        qmp("query-iothreads")])
    # A mux chardev shared by a monitor and a serial device.
    ser = "spapr-vty" if b == "pseries" else "isa-serial"
    m12(b, "mux-shared", "-chardev", "ringbuf,id=m0,size=512,mux=on", "-mon", "chardev=m0,mode=readline",
        "-device", "%s,chardev=m0,id=ser0" % ser,
        steps=hmp("info chardev", "ringbuf_read m0 100", "ringbuf_read m0-base 200", "chardev-remove m0",
                  "chardev-change m0 null", "chardev-change m0-base null") + [qmp("query-chardev")])
M12_QLP2 = ["memory-backend-ram", "memory-backend-memfd", "memory-backend-file", "authz-listfile", "tls-creds-x509",
            "tls-creds-psk", "rng-egd", "filter-mirror", "filter-redirector", "input-barrier", "can-bus", "pr-manager-helper", "secret_keyring", "cryptodev-backend-builtin"]
# Left out: filter-dump (after its qom-list-properties the next command never
# answers, on both releases) and colo-compare (QEMU dies listing it).
for i in range(0, len(M12_QLP2), 4):
    m12("q35", "qlp-%d" % (i // 4), steps=[qmp("qom-list-properties", typename=t) for t in M12_QLP2[i:i + 4]])
M12_DLP_Q = ["ich9-usb-ehci1", "ich9-usb-uhci1", "usb-bot", "usb-uas", "usb-net", "virtio-9p-pci", "pvscsi",
             "mptsas1068", "am53c974", "tpm-crb", "hpet", "isa-applesmc", "ES1370", "AC97", "intel-hda",
             "hda-output", "nvme-ns", "nvme-subsys", "virtio-crypto-pci", "vhost-user-blk-pci", "isa-fdc",
             "port92", "ipmi-bmc-sim", "i8042"]
for i in range(0, len(M12_DLP_Q), 8):
    m12("q35", "dlp-%d" % (i // 8), steps=[qmp("device-list-properties", typename=t) for t in M12_DLP_Q[i:i + 8]])


# --------------------------------------------------------------- round 13 ----
# A thirteenth outside tester (ids m13-): the informational commands a learner
# types that earlier rounds left thin, on machines with a few devices: the
# memory tree plain and flat (-f) with its -o/-D/-d options, RAM blocks, the
# interrupt controllers of a stopped machine with a CPU hot-plugged, the lock
# profile without profiling, NUMA with hot-plugged memory, memory devices
# (pc-dimm, nvdimm), USB devices behind controllers and hubs, option ROMs of
# NICs, snapshots without a snapshot-capable disk, rdma/replay, guest memory
# dumps (into a file of the case's own under /tmp) and their status,
# qom-list-properties / device-list-properties of device types, a
# virtio-balloon-pci whose free-page-hint realize fails (its balloon handler
# stays registered), and chardev-change on the chardev of -serial and an
# isa-serial. Written from QEMU's docs (hmp-commands-info.hx, qapi/*.json),
# not from the engine. Left out: info usbhost (the host's USB devices).
M13 = {"pc": ("x86_64", ["-M", "pc", "-m", "512,slots=2,maxmem=2G", "-smp", "2,maxcpus=4"]),
       "q35": ("x86_64", ["-M", "q35", "-m", "512,slots=2,maxmem=2G", "-smp", "2,maxcpus=4"]),
       "pseries": ("ppc64", ["-M", "pseries", "-cpu", "POWER9", "-m", "1G,slots=2,maxmem=4G", "-smp", "1,maxcpus=2"])}


def m13(board, id, *extra, steps, **kw):
    t, a = M13[board]
    corpus.case(t, "m13-%s-%s" % (board, id), *(a + list(extra)), steps=steps, **kw)


def m13tmp(board, name):   # a host file of the case's own
    return "/tmp/m13-%s-%s" % (board, name)


for b in ["pc", "q35", "pseries"]:
    dimm = "256M" if b == "pseries" else "128M"
    cpu = ("device_add power9_v2.0-spapr-cpu-core,id=core1,core-id=1" if b == "pseries"
           else "device_add qemu64-x86_64-cpu,id=cpu2,socket-id=2,core-id=0,thread-id=0")
    # The memory tree: plain, flat, and with its options, on a machine with NICs.
    m13(b, "mtree-nics", "-device", "e1000,id=nic0", "-device", "virtio-net-pci,id=nic1",
        steps=hmp("info mtree", "info mtree -f"))
    m13(b, "mtree-opts", "-device", "e1000,id=nic0",
        steps=hmp("info mtree -o", "info mtree -D", "info mtree -f -o", "info mtree -o -D", "info mtree -x",
                  "info mtree -f x"))
    m13(b, "mtree-dimm", "-object", "memory-backend-ram,id=mem1,size=" + dimm,
        steps=hmp("device_add pc-dimm,id=dimm1,memdev=mem1", "info mtree", "info mtree -f"))
    m13(b, "mtree-dimm-cold", "-object", "memory-backend-ram,id=mem1,size=" + dimm,
        "-device", "pc-dimm,id=dimm1,memdev=mem1", steps=hmp("info mtree -f", "info ramblock"))
    # QEMU's default devices (no -nodefaults), as a learner starts it.
    corpus.case(M13[b][0], "m13-%s-mtree-defaults" % b, "-S", *_DEF, *M13[b][1], base=False,
                steps=hmp("info mtree -f", "info roms", "info usb"))
    # RAM blocks: the machine's, a DIMM's, a NIC's option ROM.
    m13(b, "ramblock", "-device", "e1000,id=nic0", "-object", "memory-backend-ram,id=mem1,size=" + dimm,
        steps=hmp("info ramblock", "device_add pc-dimm,id=dimm1,memdev=mem1", "info ramblock",
                  "device_del dimm1", "info ramblock", "info ramblock x") + [qmp("x-query-ramblock")])
    # Interrupt controllers of a stopped machine, before and after a CPU hot-plug.
    # (pseries' info pic prints its ICS's host address: not asked there)
    pic = [] if b == "pseries" else ["info pic"]
    m13(b, "irqchips", steps=hmp("info irq", *pic, "info lapic", cpu, "cpu 1", "info lapic", "info lapic 1",
                                 "info lapic 7", "info ioapic", "info irq", *pic))
    # The lock profile without profiling, and its switches.
    m13(b, "sync-profile", steps=hmp("info sync-profile", "sync-profile off", "info sync-profile -m",
                                     "info sync-profile -n 3", "info sync-profile -m -n 0", "sync-profile reset",
                                     "sync-profile bogus", "sync-profile", "info sync-profile"))
    # NUMA with memory hot-plugged into a node.
    m13(b, "numa-dimm", "-object", "memory-backend-ram,id=m0,size=" + ("512M" if b == "pseries" else "256M"),
        "-object", "memory-backend-ram,id=m1,size=" + ("512M" if b == "pseries" else "256M"),
        "-numa", "node,nodeid=0,memdev=m0", "-numa", "node,nodeid=1,memdev=m1",
        "-object", "memory-backend-ram,id=mem1,size=" + dimm, "-object", "memory-backend-ram,id=mem2,size=" + dimm,
        steps=hmp("info numa", "device_add pc-dimm,id=dimm1,memdev=mem1,node=1", "info numa",
                  "device_add pc-dimm,id=dimm2,memdev=mem2", "info numa", "info memory-devices",
                  "device_add pc-dimm,id=dimm3,memdev=mem2,node=1", "device_add pc-dimm,id=dimm4,memdev=mem1,node=5")
        + [qmp("query-memory-devices"), qmp("query-memory-size-summary"), qmp("query-memdev"),
           {"hmp": "info numa"}])
    m13(b, "memdevs-cold", "-object", "memory-backend-ram,id=mem1,size=" + dimm,
        "-device", "pc-dimm,id=dimm1,memdev=mem1,addr=" + ("0x100000000" if b != "pseries" else "0x40000000"),
        "-object", "memory-backend-ram,id=mem2,size=" + dimm,
        steps=[{"hmp": "info memory-devices"}, qmp("query-memory-devices"),
               {"hmp": "device_add pc-dimm,id=dimm2,memdev=mem2,slot=0"},
               {"hmp": "device_add pc-dimm,id=dimm2,memdev=mem2,slot=5"},
               {"hmp": "device_add pc-dimm,id=dimm2,memdev=mem2,addr=0x1000"},
               {"hmp": "device_add pc-dimm,id=dimm2,memdev=mem1"},
               {"hmp": "device_add pc-dimm,id=dimm2,memdev=mem2,slot=1"}, {"hmp": "info memory-devices"},
               qmp("query-memory-devices"), qmp("qom-get", path="/machine/peripheral/dimm2", property="addr"),
               qmp("qom-get", path="/machine/peripheral/dimm2", property="size"),
               qmp("qom-get", path="/machine/peripheral/dimm1", property="slot")])
    # USB devices behind controllers and a hub.
    hc = "pci-ohci" if b == "pseries" else "piix3-usb-uhci"
    m13(b, "usb-devs", "-device", hc + ",id=usb0", "-device", "qemu-xhci,id=xhci",
        "-device", "usb-tablet,id=tab,bus=usb0.0", "-device", "usb-hub,id=hub,bus=xhci.0",
        "-device", "usb-kbd,id=kbd,bus=xhci.0,port=1.2", "-device", "usb-mouse,id=mouse,bus=xhci.0,port=1.3",
        steps=hmp("info usb", "device_add usb-kbd,id=kbd2,bus=usb0.0", "info usb",
                  "device_add usb-mouse,id=m9,bus=xhci.0,port=1.2", "device_add usb-mouse,id=m9,bus=xhci.0,port=7",
                  "info usb", "info mice", "info usb x"))
    m13(b, "usb-flag", "-usb", "-device", "usb-tablet,id=tab", steps=[{"hmp": "info usb"}, {"hmp": "info qtree", "grep": "bus: |dev: |port"}])
    m13(b, "usb-ehci", "-device", "usb-ehci,id=ehci", "-device", "usb-tablet,id=tab,bus=ehci.0",
        "-device", "usb-kbd,id=kbd,bus=ehci.0", steps=hmp("info usb", "device_del tab"), settle=0.5)
    # Option ROMs of NICs.
    m13(b, "roms-nics", "-device", "e1000,id=nic0", "-device", "virtio-net-pci,id=nic1",
        "-device", "rtl8139,id=nic2,romfile=", "-device", "virtio-net-pci,id=nic3,rombar=0",
        steps=hmp("info roms", "device_add e1000,id=nic4", "info roms", "device_add e1000,id=nic5,romfile=nosuch.rom",
                  "info roms") + [qmp("qom-get", path="/machine/peripheral/nic0", property="romfile"),
                                  qmp("qom-get", path="/machine/peripheral/nic3", property="rombar")])
    # Snapshots without a snapshot-capable disk.
    m13(b, "snapshots", "-drive", "if=none,driver=null-co,id=d0,node-name=n-d0",
        steps=hmp("info snapshots", "savevm s1", "info snapshots", "loadvm s1", "delvm s1", "info snapshots"))
    m13(b, "snapshots-none", steps=hmp("info snapshots", "savevm", "loadvm x", "delvm x", "info snapshots"))
    # rdma, replay, dump: their state, and a dump of guest memory into a file.
    m13(b, "rdma-replay", steps=hmp("info rdma", "info replay", "info dump", "replay_break 100", "replay_delete_break",
                                    "replay_seek 10") + [qmp("query-replay"), qmp("query-dump"),
                                                         qmp("query-dump-guest-memory-capability"),
                                                         qmp("x-query-rdma")])
    f = m13tmp(b, "dump")
    m13(b, "dump", "-m", "128" if b != "pseries" else "256", steps=hmp(
        "dump-guest-memory %s.elf 0 4096" % f, "info dump", "dump-guest-memory -z %s.kdump" % f, "info dump",
        "dump-guest-memory -z -l %s.x" % f, "dump-guest-memory /nonexistent/dir/x.elf", "dump-guest-memory",
        "dump-guest-memory %s.2 0" % f, "dump-guest-memory %s.3 0x100000000 4096" % f, "dump-guest-memory -w %s.w" % f,
        "dump-guest-memory -p %s.p 0 4096" % f, "info dump") + [
        qmp("dump-guest-memory", paging=False, protocol="file:%s.q" % f, begin=0, length=4096),
        qmp("dump-guest-memory", paging=False, protocol="fd:nosuch"),
        qmp("dump-guest-memory", paging=False, protocol="nosuch:%s" % f),
        qmp("dump-guest-memory", paging=False, protocol="file:%s.q2" % f, format="kdump-snappy"),
        qmp("dump-guest-memory", paging=False, protocol="file:%s.q3" % f, format="nosuch"),
        qmp("dump-guest-memory", paging=False, protocol="file:%s.q4" % f, begin=0),
        qmp("dump-guest-memory", paging=True, protocol="file:%s.q5" % f, begin=0, length=4096),
        qmp("query-dump")], settle=0.5)
    # A virtio-balloon-pci whose realize fails after it registered its balloon handler.
    m13(b, "balloon-fph", steps=[
        {"hmp": "device_add virtio-balloon-pci,id=b0,free-page-hint=on"}, {"hmp": "info balloon"},
        qmp("query-balloon"), {"hmp": "balloon 100"}, qmp("balloon", value=1 << 27),
        {"hmp": "device_add virtio-balloon-pci,id=b1"}, {"hmp": "info qtree", "grep": "dev: "},
        {"hmp": "info balloon"}])
    m13(b, "balloon-fph-io", "-object", "iothread,id=io0", steps=[
        {"hmp": "device_add virtio-balloon-pci,id=b0,free-page-hint=on,iothread=nosuch"}, {"hmp": "info balloon"},
        {"hmp": "device_add virtio-balloon-pci,id=b0,free-page-hint=on,iothread=io0"}, {"hmp": "info balloon"},
        {"hmp": "balloon 256"}, qmp("query-balloon"),
        qmp("qom-get", path="/machine/peripheral/b0", property="free-page-hint"),
        qmp("qom-get", path="/machine/peripheral/b0", property="iothread"),
        {"hmp": "object_del io0"}, {"hmp": "device_add virtio-balloon-pci,id=b1"}])
    m13(b, "balloon-deflate", steps=[
        {"hmp": "device_add virtio-balloon-pci,id=b0,deflate-on-oom=on,free-page-reporting=on"},
        {"hmp": "info balloon"}, qmp("qom-get", path="/machine/peripheral/b0", property="deflate-on-oom"),
        qmp("qom-get", path="/machine/peripheral/b0", property="free-page-reporting"),
        {"hmp": "balloon 300"}, {"hmp": "device_del b0"}, {"hmp": "info balloon"}], settle=0.5)
    # chardev-change on the chardev of -serial.
    m13(b, "serial-flag-change", "-serial", "null", steps=hmp(
        "info chardev", "chardev-change serial0 ringbuf,size=64", "info chardev", "chardev-change serial0 null",
        "chardev-remove serial0", "info chardev") + [qmp("query-chardev")])
    m13(b, "serial-chardev-change", "-chardev", "ringbuf,id=s0,size=64", "-serial", "chardev:s0", steps=hmp(
        "info chardev", "chardev-change s0 ringbuf,size=32", "info chardev", "chardev-change s0 memory,size=16",
        "chardev-change s0 null", "info chardev", "chardev-change s0 ringbuf,size=8,mux=on") + [qmp("query-chardev")])

# Transmitting through a changed serial chardev on x86: the byte lands in the new backend.
for b in ["pc", "q35"]:
    m13(b, "serial-tx-change", "-serial", "null", "-device", "isa-serial,id=com2,chardev=c2",
        "-chardev", "ringbuf,id=c2,size=32", steps=hmp(
            "chardev-change serial0 ringbuf,size=16", "o /b 0x3f8 0x48", "o /b 0x3f8 0x49", "ringbuf_read serial0 16",
            "chardev-change c2 ringbuf,size=8", "o /b 0x2f8 0x4a", "ringbuf_read c2 8", "info chardev",
            "chardev-change c2 null", "o /b 0x2f8 0x4b", "info chardev"))
# More devices in the trees, and QMP's x-query twins of the info commands.
for b in ["pc", "q35", "pseries"]:
    dimm = "256M" if b == "pseries" else "128M"
    m13(b, "mtree-bridge", "-device", "pci-bridge,id=br1,chassis_nr=1", "-device", "e1000,id=nic0,bus=br1,addr=3",
        "-device", "virtio-rng-pci,id=rng0,bus=br1,addr=4", steps=hmp("info mtree -f", "info mtree"))
    m13(b, "mtree-hotplug", steps=hmp("device_add e1000,id=nic0", "info mtree -f", "device_add virtio-rng-pci,id=rng0",
                                      "info mtree", "device_del nic0", "info mtree -f"), settle=0.5)
    m13(b, "xquery", "-device", "e1000,id=nic0", "-device", "qemu-xhci,id=xhci", "-device", "usb-tablet,id=tab",
        "-object", "memory-backend-ram,id=mem1,size=" + dimm, "-device", "pc-dimm,id=dimm1,memdev=mem1",
        steps=[qmp("x-query-roms"), qmp("x-query-usb"), qmp("x-query-numa"), qmp("x-query-irq"),
               qmp("x-query-rdma"), qmp("human-monitor-command", **{"command-line": "info usb"})] +
        ([] if b == "pseries" else [qmp("x-query-interrupt-controllers")]))
    m13(b, "usb-storage", "-device", "qemu-xhci,id=xhci", "-drive", "if=none,driver=null-co,id=d0,node-name=n-d0",
        "-device", "usb-storage,id=stick,drive=d0,bus=xhci.0",
        steps=hmp("info usb", "info block", "device_add usb-storage,id=stick2,bus=xhci.0", "info usb"))
for b in ["pc", "q35"]:
    m13(b, "nvdimm", "-M", b + ",nvdimm=on", "-object", "memory-backend-ram,id=nv0,size=128M",
        "-device", "nvdimm,id=nvd0,memdev=nv0", "-object", "memory-backend-ram,id=nv1,size=128M",
        steps=[{"hmp": "info memory-devices"}, qmp("query-memory-devices"),
               {"hmp": "device_add nvdimm,id=nvd1,memdev=nv1"}, {"hmp": "info memory-devices"},
               qmp("query-memory-size-summary")])
corpus.x("m13-isapc-mtree", "-M", "isapc", "-device", "ne2k_isa,id=nic0", steps=hmp("info mtree", "info roms"))
corpus.x("m13-microvm-mtree", "-M", "microvm", "-device", "virtio-net-device,id=nic0",
         steps=hmp("info mtree", "info mtree -o"))


# Type introspection: device types as a learner asks about them.
M13_QLP = {"pc": ["e1000", "virtio-net-pci", "isa-serial", "pc-dimm", "nvdimm", "virtio-balloon-pci", "usb-tablet",
                  "qemu64-x86_64-cpu", "pci-bridge", "piix3-usb-uhci", "VGA", "ide-hd"],
           "pseries": ["spapr-vscsi", "spapr-vlan", "pc-dimm", "e1000", "virtio-net-pci", "spapr-vty",
                       "power9_v2.0-spapr-cpu-core", "usb-kbd"]}
for b, types in M13_QLP.items():
    for i in range(0, len(types), 4):
        m13(b, "qlp-%d" % (i // 4), steps=[qmp("qom-list-properties", typename=t) for t in types[i:i + 4]])
M13_DLP = {"pc": ["pc-dimm", "e1000e", "usb-kbd", "usb-mouse", "virtio-net-pci", "rtl8139", "piix3-usb-uhci",
                  "qemu-xhci", "usb-ehci", "virtio-balloon-pci", "virtio-scsi-pci", "scsi-hd"],
           "pseries": ["pc-dimm", "spapr-vty", "usb-tablet", "e1000", "pci-ohci", "virtio-balloon-pci",
                       "power9_v2.0-spapr-cpu-core", "spapr-pci-host-bridge"]}
for b, types in M13_DLP.items():
    for i in range(0, len(types), 4):
        m13(b, "dlp-%d" % (i // 4), steps=[qmp("device-list-properties", typename=t) for t in types[i:i + 4]])
m13("pc", "xlp-errors", steps=[qmp("device-list-properties", typename="pc-dimm", x=1),
                               qmp("device-list-properties", typename="x86_64-cpu"),
                               qmp("device-list-properties", typename="pci-device"),
                               qmp("device-list-properties", typename="virtio-net-device"),
                               qmp("qom-list-properties", typename="virtio-net-device"),
                               qmp("qom-list-properties", typename="pc-q35-7.2-machine"),
                               {"hmp": "device_add pc-dimm,help"}, {"hmp": "device_add nvdimm,help"},
                               {"hmp": "device_add e1000,help"}])


# --------------------------------------------------------------- round 14 ----
# A fourteenth outside tester (ids m14-): the monitor used to change the
# machine, not only to look at it, as a learner or a management tool does it,
# each change read back by the info/query that shows it: objects added and
# deleted (memory backends, rng-builtin, iothreads, throttle groups, secrets)
# and query-memdev / query-iothreads / qom-list /objects after; netdevs (user,
# hubport) and info network after, set_link on NICs and netdevs; chardevs
# (null, ringbuf, memory) written, read, used by a device and removed;
# blockdev-add/blockdev-del of null-co and null-aio and drive_add/drive_del
# with info block; the run state with its events (stop, cont, system_reset,
# system_powerdown, system_wakeup, nmi); qom-set of writable properties read
# back; migration parameters and capabilities; trace-event patterns; memory
# and address translation without a guest; keys and the mouse; boot order and
# watchdog; and the same through human-monitor-command. pc, q35 and pseries,
# paused. Left out: rng-random (a host file), gpa2hva/gpa2hpa's answers (host
# addresses). Written from QEMU's docs (qapi/*.json, hmp-commands.hx).
M14 = {"pc": ("x86_64", ["-M", "pc", "-m", "512,slots=2,maxmem=2G", "-smp", "2,maxcpus=4"]),
       "q35": ("x86_64", ["-M", "q35", "-m", "512,slots=2,maxmem=2G", "-smp", "2,maxcpus=4"]),
       "pseries": ("ppc64", ["-M", "pseries", "-cpu", "POWER9", "-m", "1G,slots=2,maxmem=4G", "-smp", "1,maxcpus=2"])}


def m14(board, id, *extra, steps, **kw):
    t, a = M14[board]
    corpus.case(t, "m14-%s-%s" % (board, id), *(a + list(extra)), steps=steps, **kw)


def hmc(line):   # HMP through QMP's human-monitor-command, as a management tool sends it
    return qmp("human-monitor-command", **{"command-line": line})


def qom_objects():
    return {"qmp": {"execute": "qom-list", "arguments": {"path": "/objects"}}, "sort_by": "name"}


for b in ["pc", "q35", "pseries"]:
    dimm = "256M" if b == "pseries" else "128M"
    nic = "virtio-net-pci" if b == "pseries" else "e1000"
    # Memory backends: added, read back, changed, in use by a DIMM, deleted.
    m14(b, "memdev-life", steps=hmp(
        "object_add memory-backend-ram,id=m1,size=64M", "info memdev", "qom-get /objects/m1 size",
        "qom-get /objects/m1 merge", "qom-get /objects/m1 dump", "qom-get /objects/m1 prealloc",
        "qom-get /objects/m1 share", "qom-get /objects/m1 policy", "qom-get /objects/m1 host-nodes",
        "qom-set /objects/m1 merge false", "qom-set /objects/m1 dump false", "qom-set /objects/m1 size 32M",
        "qom-set /objects/m1 prealloc true", "qom-get /objects/m1 prealloc", "info memdev",
        "object_add memory-backend-ram,id=m2,size=32M,merge=off,dump=off,share=on", "info memdev",
        "object_del m1", "info memdev", "object_del m2", "info memdev") + [qmp("query-memdev")])
    m14(b, "memdev-qmp", steps=[
        qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "q1", "size": 67108864}),
        qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "q2", "size": "64M"}),
        qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "q2", "size": 33554432, "merge": False,
                             "dump": False, "prealloc": True}),
        qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "q3", "size": 0}),
        qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "q3", "size": 1048576, "policy": "bogus"}),
        qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "q3", "size": 1048576, "share": "yes"}),
        qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "q1", "size": 1048576}),
        qmp("query-memdev"), {"qmp": {"execute": "qom-list", "arguments": {"path": "/objects/q1"}}, "sort_by": "name"},
        qmp("qom-get", path="/objects/q2", property="size"), qmp("qom-get", path="/objects/q2", property="prealloc"),
        qom_objects(), qmp("object-del", id="q1"), qmp("object-del", id="q1"), qmp("query-memdev"),
        qmp("object-del", id="q2"), qom_objects()])
    m14(b, "memdev-inuse", steps=hmp(
        "object_add memory-backend-ram,id=m1,size=" + dimm, "device_add pc-dimm,id=dimm1,memdev=m1",
        "object_del m1", "qom-set /objects/m1 size 512M", "qom-get /objects/m1 size", "info memdev",
        "device_add pc-dimm,id=dimm2,memdev=m1", "info memory-devices") + [
        qmp("object-del", id="m1"), qmp("query-memdev"),
        qmp("qom-get", path="/machine/peripheral/dimm1", property="memdev")])
    # iothreads: added, tuned, listed, deleted.
    m14(b, "iothread-life", steps=hmp(
        "object_add iothread,id=io1", "object_add iothread,id=io2,poll-max-ns=0,poll-grow=2",
        "qom-get /objects/io1 poll-max-ns", "qom-get /objects/io2 poll-grow", "qom-set /objects/io1 poll-max-ns 100",
        "qom-set /objects/io1 poll-shrink 3", "qom-get /objects/io1 poll-shrink") + [
        {"qmp": {"execute": "query-iothreads"}, "sort_by": "id"}] + hmp(
        "object_del io1", "qom-list /objects") + [qmp("query-iothreads"), qom_objects(),
                                                  qmp("object-del", id="io2"), qmp("query-iothreads")])
    # rng-builtin behind a virtio-rng device.
    m14(b, "rng-builtin", steps=hmp(
        "object_add rng-builtin,id=r1", "qom-get /objects/r1 opened", "qom-list /objects/r1",
        "device_add virtio-rng-pci,rng=r1,id=vr1", "object_del r1", "qom-get /objects/r1 opened",
        "qom-set /objects/r1 opened false", "qom-get /machine/peripheral/vr1 rng", "qom-list /objects",
        "object_add rng-builtin,id=r2", "object_del r2", "qom-list /objects"))
    # throttle groups: limits read and changed, a throttle node using one.
    m14(b, "throttle-group", steps=hmp(
        "object_add throttle-group,id=tg1,x-iops-total=100", "qom-get /objects/tg1 x-iops-total",
        "qom-set /objects/tg1 x-bps-read 1048576", "qom-get /objects/tg1 x-bps-read",
        "qom-get /objects/tg1 limits") + [
        qmp("qom-set", path="/objects/tg1", property="limits", value={"iops-total": 300, "bps-write": 4096}),
        qmp("qom-get", path="/objects/tg1", property="limits"),
        qmp("qom-get", path="/objects/tg1", property="x-iops-total"),
        qmp("blockdev-add", driver="null-co", **{"node-name": "n1", "size": 1048576}),
        qmp("blockdev-add", driver="throttle", **{"node-name": "t1", "file": "n1", "throttle-group": "tg1"}),
        qmp("blockdev-add", driver="throttle", **{"node-name": "t2", "file": "n1", "throttle-group": "nosuch"}),
        qmp("object-del", id="tg1"), qmp("blockdev-del", **{"node-name": "t1"}), qmp("object-del", id="tg1"),
        qmp("blockdev-del", **{"node-name": "n1"}), qom_objects()])
    # secrets with data= (no host file).
    m14(b, "secret", steps=hmp(
        "object_add secret,id=s1,data=letmein", "object_add secret,id=s2,data=bGV0bWVpbg==,format=base64",
        "qom-get /objects/s1 format", "qom-get /objects/s2 format", "qom-get /objects/s1 loaded",
        "qom-set /objects/s1 data other", "qom-list /objects/s1", "object_del s1", "object_add secret,id=s1,data=",
        "qom-list /objects") + [
        qmp("object-add", **{"qom-type": "secret", "id": "q1", "data": "pw", "keyid": "s2",
                             "iv": "AAAAAAAAAAAAAAAAAAAAAA=="}),
        qmp("object-add", **{"qom-type": "secret", "id": "q2", "data": "pw", "keyid": "nosuch",
                             "iv": "AAAAAAAAAAAAAAAAAAAAAA=="}),
        qmp("object-add", **{"qom-type": "secret", "id": "q3", "data": "cHc=", "format": "base64"}),
        qmp("qom-get", path="/objects/q3", property="format"), qmp("object-del", id="q3"), qom_objects()])
    # The same objects through QMP, then the lists after each deletion.
    m14(b, "objects-qmp", steps=[
        qmp("object-add", **{"qom-type": "iothread", "id": "io1"}),
        qmp("object-add", **{"qom-type": "rng-builtin", "id": "rng1"}),
        qmp("object-add", **{"qom-type": "throttle-group", "id": "tg1", "limits": {"iops-total": 50}}),
        qmp("object-add", **{"qom-type": "secret", "id": "sec1", "data": "x"}),
        qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "mem1", "size": 16777216}),
        qom_objects(), qmp("query-iothreads"), qmp("query-memdev"),
        qmp("object-del", id="rng1"), qmp("object-del", id="sec1"), qom_objects(),
        qmp("object-del", id="io1"), qmp("object-del", id="tg1"), qmp("object-del", id="mem1"),
        qom_objects(), qmp("query-iothreads"), qmp("query-memdev")])
    # netdevs: user and hub ports added, a NIC on one, deleted, and info network after each.
    m14(b, "netdev-life", steps=hmp(
        "netdev_add user,id=u1", "info network", "netdev_add hubport,id=hp1,hubid=1", "netdev_add hubport,id=hp2,hubid=1",
        "info network", "device_add %s,netdev=u1,id=nic1,mac=52:54:00:12:34:61" % nic, "info network",
        "device_add %s,netdev=hp1,id=nic2,mac=52:54:00:12:34:62" % nic, "info network", "netdev_del hp2",
        "info network", "netdev_del u1", "info network", "netdev_add user,id=u1", "info network"))
    m14(b, "netdev-qmp", steps=[
        qmp("netdev_add", type="user", id="q1"), qmp("netdev_add", type="hubport", id="q2", hubid=0),
        qmp("netdev_add", type="user", id="q3", net="10.5.0.0/16", hostname="box"), qmp("query-netdev"),
        hmc("info network"), qmp("netdev_del", id="q2"), qmp("netdev_del", id="q3"), qmp("query-netdev"),
        hmc("info network"), qmp("netdev_del", id="q1"), qmp("query-netdev")])
    # set_link on a NIC and on its netdev, and what info network / query-rx-filter show.
    m14(b, "set-link", "-netdev", "user,id=n0", "-device", "%s,netdev=n0,id=nic0,mac=52:54:00:12:34:56" % nic,
        steps=hmp("set_link nic0 off", "info network", "set_link nic0 on", "set_link n0 off", "info network",
                  "set_link n0 on", "info network", "set_link nosuch off", "set_link nic0 maybe", "set_link nic0",
                  "set_link nic0 off", "set_link n0 off", "info network") + [
            qmp("set_link", name="nic0", up=True), qmp("set_link", name="n0", up=True), hmc("info network"),
            qmp("set_link", name="nic0", up=False), qmp("query-rx-filter", name="nic0"), hmc("set_link nic0 on"),
            hmc("info network")])
    m14(b, "set-link-hotplug", steps=hmp(
        "netdev_add user,id=u1", "device_add %s,netdev=u1,id=nic1,mac=52:54:00:12:34:57" % nic, "set_link nic1 off",
        "info network", "set_link u1 on", "info network", "netdev_add hubport,id=hp1,hubid=0", "set_link hp1 off",
        "info network", "set_link hp1 on", "info network"))
    # chardevs: added, written, used by a virtio console, refused while used, removed.
    m14(b, "chardev-life", "-device", "virtio-serial-pci,id=vser0", steps=hmp(
        "chardev-add null,id=c1", "chardev-add ringbuf,id=r1,size=32", "chardev-add memory,id=m1,size=16",
        "info chardev", "ringbuf_write r1 abc", "ringbuf_write m1 hello", "ringbuf_read r1 2", "ringbuf_read m1 100",
        "device_add virtconsole,chardev=r1,id=con1", "chardev-remove r1", "device_add virtserialport,chardev=c1,id=p1",
        "info chardev", "chardev-remove m1", "chardev-remove c1", "info chardev") + [qmp("query-chardev")])
    m14(b, "chardev-qmp", steps=[
        qmp("chardev-add", id="q1", backend={"type": "ringbuf", "data": {"size": 8}}),
        qmp("chardev-add", id="q2", backend={"type": "memory", "data": {"size": 8}}),
        qmp("chardev-add", id="q3", backend={"type": "null", "data": {}}),
        qmp("ringbuf-write", device="q1", data="0123456789"), qmp("ringbuf-read", device="q1", size=20),
        qmp("ringbuf-write", device="q2", data="ab"), qmp("ringbuf-write", device="q2", data="cd"),
        qmp("ringbuf-read", device="q2", size=3), qmp("ringbuf-read", device="q2", size=3),
        qmp("ringbuf-write", device="q3", data="x"), qmp("query-chardev"), hmc("info chardev"),
        qmp("chardev-remove", id="q1"), qmp("chardev-remove", id="q3"), qmp("chardev-remove", id="q3"),
        qmp("query-chardev"), hmc("ringbuf_read q2 10")])
    # blockdev-add/blockdev-del of null nodes, and the listings after.
    m14(b, "blockdev-life", steps=[
        qmp("blockdev-add", driver="null-co", **{"node-name": "n1", "size": 1048576}),
        qmp("blockdev-add", driver="null-aio", **{"node-name": "n2", "size": 2097152, "read-only": True}),
        qmp("blockdev-add", driver="null-co", **{"node-name": "n3", "read-zeroes": True, "latency-ns": 1000}),
        qmp("blockdev-add", driver="null-co", **{"node-name": "n1"}),
        qmp("blockdev-add", driver="null-co"),
        qmp("blockdev-add", driver="null-co", **{"node-name": "n5", "nosuch": 1}),
        qmp("blockdev-add", driver="bogus", **{"node-name": "n6"}),
        qmp("blockdev-add", driver="null-co", **{"node-name": "1bad"}),
        qmp("query-named-block-nodes", flat=True), hmc("info block -n"), hmc("info block"),
        qmp("blockdev-del", **{"node-name": "n2"}), qmp("blockdev-del", **{"node-name": "n2"}),
        qmp("blockdev-del", **{"node-name": "nosuch"}), qmp("blockdev-del"), hmc("info block -n"),
        qmp("blockdev-del", **{"node-name": "n1"}), qmp("blockdev-del", **{"node-name": "n3"}),
        qmp("query-named-block-nodes", flat=True)])
    # A negative size: QEMU 7.2's null driver aborts in parse_option_size (&error_abort).
    m14(b, "blockdev-size-neg", steps=[qmp("blockdev-add", driver="null-co", **{"node-name": "n1", "size": 1048576}),
                                       qmp("blockdev-add", driver="null-co", **{"node-name": "n4", "size": -1}),
                                       qmp("query-named-block-nodes", flat=True)], expect_crash=True)
    m14(b, "blockdev-device", steps=[
        qmp("blockdev-add", driver="null-co", **{"node-name": "n1", "size": 67108864}),
        qmp("blockdev-add", driver="null-aio", **{"node-name": "n2", "size": 33554432}),
        {"hmp": "device_add virtio-blk-pci,drive=n1,id=vb1"}, qmp("blockdev-del", **{"node-name": "n1"}),
        {"hmp": "device_add virtio-blk-pci,drive=n1,id=vb2"}, {"hmp": "info block"}, qmp("query-block"),
        {"hmp": "drive_del n1"}, {"hmp": "drive_del vb1"}, {"hmp": "info block -n"},
        qmp("blockdev-del", **{"node-name": "n2"}), {"hmp": "info block -n"}])
    m14(b, "drive-life", steps=hmp(
        "drive_add 0 if=none,id=d1,driver=null-aio,node-name=nd1,size=1M", "drive_add 0 if=none,id=d2,driver=null-co,node-name=nd2",
        "info block", "device_add virtio-blk-pci,drive=d1,id=vb1", "info block d1", "drive_del d2", "info block",
        "drive_del d1", "info block", "info block -n", "drive_add 0 if=none,id=d1,driver=null-co,node-name=nd3",
        "info block") + [qmp("query-block")])
    # The run state and its events.
    m14(b, "runstate-events", steps=[
        qmp("query-status"), qmp("cont"), qmp("query-status"), qmp("stop"), qmp("stop"), qmp("query-status"),
        qmp("system_reset"), qmp("query-status"), qmp("system_powerdown"), qmp("system_wakeup"),
        qmp("inject-nmi"), qmp("query-status"), hmc("info status"), hmc("cont"), hmc("info status"),
        hmc("stop"), hmc("system_reset"), hmc("system_powerdown"), hmc("system_wakeup"), hmc("nmi"),
        hmc("info status")])
    # qom-set of writable properties, read back.
    m14(b, "qom-set-machine", "-device", "%s,id=nic0,mac=52:54:00:12:34:56" % nic, steps=hmp(
        "qom-get /machine dump-guest-core", "qom-set /machine dump-guest-core false", "qom-get /machine dump-guest-core",
        "qom-get /machine mem-merge", "qom-set /machine mem-merge off", "qom-get /machine mem-merge",
        "qom-set /machine append console=ttyS0", "qom-get /machine append", "qom-set /machine nosuch 1",
        "qom-set /machine dump-guest-core maybe", "qom-get /machine/peripheral/nic0 mac",
        "qom-set /machine/peripheral/nic0 mac 52:54:00:00:00:01", "qom-get /machine/peripheral/nic0 mac",
        "qom-get /machine/peripheral/nic0 realized", "qom-set /machine/peripheral/nic0 realized false",
        "qom-get /machine/peripheral/nic0 realized") + [
        qmp("qom-set", path="/machine", property="dump-guest-core", value=True),
        qmp("qom-get", path="/machine", property="dump-guest-core"),
        qmp("qom-set", path="/machine", property="dump-guest-core", value="on"),
        qmp("qom-set", path="/machine", property="kernel", value="/nonexistent/vmlinuz"),
        qmp("qom-get", path="/machine", property="kernel")])
    # Migration parameters and capabilities set, read back, refused.
    m14(b, "migrate-params", steps=hmp(
        "migrate_set_parameter compress-level 9", "migrate_set_parameter compress-threads 2",
        "migrate_set_parameter max-cpu-throttle 50", "migrate_set_parameter cpu-throttle-increment 20",
        "migrate_set_parameter cpu-throttle-tailslow on", "migrate_set_parameter multifd-compression zlib",
        "migrate_set_parameter multifd-zlib-level 5", "migrate_set_parameter max-postcopy-bandwidth 10M",
        "migrate_set_parameter announce-initial 100", "migrate_set_parameter block-incremental on",
        "migrate_set_parameter x-checkpoint-delay 300", "migrate_set_parameter tls-hostname example.com",
        "info migrate_parameters", "migrate_set_parameter max-cpu-throttle 100",
        "migrate_set_parameter max-cpu-throttle 0", "migrate_set_parameter cpu-throttle-initial 100",
        "migrate_set_parameter compress-level 10", "migrate_set_parameter downtime-limit 2000001",
        "migrate_set_parameter tls-creds nosuch", "migrate_set_parameter nosuch 1",
        "migrate_set_parameter multifd-channels x", "migrate_set_parameter max-bandwidth -1",
        "migrate_set_capability xbzrle on", "migrate_set_capability postcopy-ram on",
        "migrate_set_capability zero-blocks on", "migrate_set_capability return-path on",
        "migrate_set_capability x-colo on", "migrate_set_capability nosuch on",
        "migrate_set_capability xbzrle", "info migrate_capabilities") + [
        qmp("query-migrate-capabilities"), qmp("query-migrate-parameters")])
    # trace-event patterns and their state read back.
    m14(b, "trace-patterns", steps=hmp(
        "trace-event qemu_system_* on", "info trace-events qemu_system_*", "trace-event qemu_system_powerdown_request off",
        "info trace-events qemu_system_*", "trace-event *_request on", "info trace-events qemu_system_*_request",
        "trace-event * off", "info trace-events qemu_system_*", "trace-event memory_region_ops_read on",
        "info trace-events memory_region_ops_*", "trace-event memory_region_ops_read off") + [
        qmp("trace-event-get-state", name="qemu_system_*"),
        qmp("trace-event-set-state", name="qemu_system_*_request", enable=True),
        qmp("trace-event-get-state", name="qemu_system_*")])
    # Memory and translation without a guest: zeros, the reset vector, unmapped addresses.
    mem = hmp("xp /4xb 0x1000", "xp /2xg 0x100000", "xp /3dw 0", "x /4xh 0x2000", "xp /4xb 0x7fffffffff",
              "gva2gpa 0", "gva2gpa 0x1000", "gva2gpa 0xffffffffffff", "gpa2hva 0x7fffffffff",
              "gpa2hpa 0x7fffffffff", "gva2gpa", "gpa2hva", "gpa2hva x") + [
        qmp("memsave", val=0, size=16, filename="/dev/null"), qmp("pmemsave", val=0, size=16, filename="/dev/null"),
        hmc("xp /4xw 0x3000")]
    m14(b, "mem-noguest", steps=mem)
    # Keys and the mouse: what a learner types from the docs.
    m14(b, "input", "-device", "usb-ehci,id=ehci", "-device", "usb-tablet,id=tab,bus=ehci.0",
        "-device", "usb-kbd,id=kbd,bus=ehci.0", steps=hmp(
            "sendkey a", "sendkey ctrl-alt-delete", "sendkey shift-a 50", "sendkey 0x1e", "sendkey nosuch",
            "sendkey ctrl-", "sendkey a 0", "info mice", "mouse_move 10 20", "mouse_move 10 20 1", "mouse_move x 1",
            "mouse_button 1", "mouse_button 0", "mouse_button 9", "mouse_set 99", "info mice") + [
        qmp("send-key", keys=[{"type": "qcode", "data": "ctrl"}, {"type": "qcode", "data": "alt"},
                              {"type": "qcode", "data": "f2"}], **{"hold-time": 50}),
        qmp("send-key", keys=[{"type": "number", "data": 30}]),
        qmp("input-send-event", events=[{"type": "btn", "data": {"down": True, "button": "left"}},
                                        {"type": "btn", "data": {"down": False, "button": "left"}}]),
        qmp("input-send-event", device="tab", events=[{"type": "abs", "data": {"axis": "x", "value": 100}}]),
        qmp("input-send-event", device="nosuch", events=[{"type": "abs", "data": {"axis": "x", "value": 1}}]),
        hmc("sendkey ret"), hmc("mouse_move 1 1")])
    # Boot order, watchdog action, NMI: set and refused.
    m14(b, "boot-watchdog", steps=hmp(
        "boot_set n", "boot_set once=d", "boot_set order=c", "watchdog_action shutdown", "watchdog_action reset",
        "watchdog_action nosuch", "watchdog_action", "nmi", "nmi 1") + [
        qmp("watchdog-set-action", action="inject-nmi"), qmp("set-action", reboot="shutdown", shutdown="pause"),
        qmp("inject-nmi"), hmc("boot_set d"), hmc("watchdog_action pause"), hmc("nmi")])
    # A management tool's add/remove sequence through human-monitor-command only.
    m14(b, "hmc-sequence", steps=[
        hmc("object_add iothread,id=io1"), hmc("object_add memory-backend-ram,id=m1,size=16M"),
        hmc("netdev_add user,id=u1"), hmc("chardev-add ringbuf,id=r1,size=16"),
        hmc("drive_add 0 if=none,id=d1,driver=null-co,node-name=n1"), hmc("info iothreads"), hmc("info memdev"),
        hmc("info network"), hmc("info chardev"), hmc("info block"), hmc("ringbuf_write r1 hi"),
        hmc("ringbuf_read r1 16"), hmc("set_link u1 off"), hmc("info network"), hmc("object_del io1"),
        hmc("object_del m1"), hmc("netdev_del u1"), hmc("chardev-remove r1"), hmc("drive_del d1"),
        hmc("info iothreads"), hmc("info memdev"), hmc("info network"), hmc("info chardev"), hmc("info block"),
        hmc("object_del io1"), hmc("netdev_del u1"), hmc("chardev-remove r1"), hmc("drive_del d1")])

# x86 only: the keyboard controller's and CMOS's state changed by a key and a reset;
# the ISA serial port's chardev written through port I/O after chardev-add.
for b in ["pc", "q35"]:
    m14(b, "serial-hotplug", steps=hmp(
        "chardev-add ringbuf,id=r1,size=16", "device_add isa-serial,chardev=r1,id=com1", "o /b 0x3f8 0x41",
        "o /b 0x3f8 0x42", "ringbuf_read r1 16", "chardev-remove r1", "info chardev",
        "device_add isa-serial,chardev=r1,id=com2") + [{"hmp": "info qtree", "grep": "isa-serial|chardev"}])
    m14(b, "reset-state", steps=hmp(
        "o /b 0x70 0x0f", "i /b 0x71", "o /b 0x71 0x05", "o /b 0x70 0x0f", "i /b 0x71", "system_reset",
        "o /b 0x70 0x0f", "i /b 0x71", "sendkey a", "i /b 0x64", "i /b 0x60", "i /b 0x64", "system_reset",
        "i /b 0x64"))


# More of the same per machine: DIMMs plugged into hot-added backends, user
# netdevs with their options, device properties set after realize, a running
# machine's run state, errors through human-monitor-command, capabilities
# set together.
for b in ["pc", "q35", "pseries"]:
    dimm = "256M" if b == "pseries" else "128M"
    nic = "virtio-net-pci" if b == "pseries" else "e1000"
    m14(b, "dimm-cycle", steps=hmp(
        "object_add memory-backend-ram,id=m1,size=" + dimm, "object_add memory-backend-ram,id=m2,size=" + dimm,
        "device_add pc-dimm,id=d1,memdev=m1", "info memdev", "info memory-devices", "object_del m2",
        "object_add memory-backend-ram,id=m2,size=" + dimm, "device_add pc-dimm,id=d2,memdev=m2",
        "device_add pc-dimm,id=d3,memdev=m2") + [qmp("query-memory-size-summary"), qmp("query-memdev"),
                                                  qmp("query-memory-devices")])
    m14(b, "netdev-user-opts", steps=hmp(
        "netdev_add user,id=u1,net=192.168.76.0/24,dhcpstart=192.168.76.9,hostname=box,domainname=lab.test",
        "netdev_add user,id=u2,restrict=on,ipv6=off", "netdev_add user,id=u3,ipv4=off",
        "netdev_add user,id=u5,tftp=/nonexistent,bootfile=pxe.0",
        "netdev_add user,id=u6,net=10.0.2.0/24,dhcpstart=10.0.3.15", "info network",
        "device_add %s,netdev=u2,id=nic2,mac=52:54:00:12:34:72" % nic, "info network", "netdev_del u2",
        "info network") + [qmp("query-netdev")])
    m14(b, "qom-set-device", "-device", "%s,id=nic0,mac=52:54:00:12:34:56" % nic,
        "-object", "memory-backend-ram,id=m1,size=" + dimm, "-device", "pc-dimm,id=dimm1,memdev=m1", steps=hmp(
            "qom-get /machine/peripheral/dimm1 addr", "qom-set /machine/peripheral/dimm1 addr 0",
            "qom-get /machine/peripheral/dimm1 node", "qom-set /machine/peripheral/dimm1 node 1",
            "qom-get /machine/peripheral/dimm1 size", "qom-set /machine/peripheral/dimm1 memdev m1",
            "qom-get /machine/peripheral/nic0 netdev", "qom-set /machine/peripheral/nic0 netdev n0",
            "qom-get /machine/peripheral/nic0 type", "qom-set /machine/peripheral/nic0 type x",
            "qom-get /objects/m1 size") + [
            qmp("qom-set", path="/machine/peripheral/dimm1", property="slot", value=1),
            qmp("qom-get", path="/machine/peripheral/dimm1", property="slot"),
            qmp("qom-set", path="/machine/peripheral/nic0", property="mac", value="52:54:00:00:00:09"),
            qmp("qom-get", path="/machine/peripheral/nic0", property="mac")])
    m14(b, "hmc-errors", steps=[
        hmc("object_add iothread,id=io1"), hmc("object_add iothread,id=io1"), hmc("object_add iothread"),
        hmc("object_add nosuch,id=x"), hmc("object_del nosuch"), hmc("netdev_add user,id=u1"),
        hmc("netdev_add user,id=u1"), hmc("netdev_del nosuch"), hmc("chardev-add null,id=c1"),
        hmc("chardev-add null,id=c1"), hmc("chardev-remove nosuch"), hmc("drive_add 0 if=none,id=d1,driver=null-co,node-name=n1"),
        hmc("drive_add 0 if=none,id=d1,driver=null-co,node-name=n2"), hmc("drive_del nosuch"),
        hmc("set_link nosuch on"), hmc("qom-set /objects/io1 poll-max-ns x"), hmc("qom-get /objects/nosuch x"),
        hmc("object_add"), hmc("netdev_add"), hmc("chardev-add"), hmc("drive_add"), hmc("set_link")])
    m14(b, "migrate-caps-qmp", steps=[
        qmp("migrate-set-capabilities", capabilities=[{"capability": "postcopy-ram", "state": True},
                                                      {"capability": "xbzrle", "state": True}]),
        qmp("migrate-set-capabilities", capabilities=[{"capability": "postcopy-ram", "state": True},
                                                      {"capability": "multifd", "state": True}]),
        qmp("migrate-set-capabilities", capabilities=[{"capability": "x-colo", "state": True}]),
        qmp("migrate-set-capabilities", capabilities=[{"capability": "background-snapshot", "state": True}]),
        qmp("migrate-set-capabilities", capabilities=[{"capability": "events", "state": True},
                                                      {"capability": "events", "state": False}]),
        qmp("query-migrate-capabilities"),
        qmp("migrate-set-parameters", **{"cpu-throttle-initial": 30, "cpu-throttle-increment": 5,
                                         "max-cpu-throttle": 80, "announce-step": 200, "tls-hostname": ""}),
        qmp("migrate-set-parameters", **{"announce-step": 0}),
        qmp("migrate-set-parameters", **{"xbzrle-cache-size": 1000}),
        qmp("migrate-set-parameters", **{"multifd-channels": 0}),
        qmp("query-migrate-parameters"), hmc("info migrate_parameters"), hmc("info migrate_capabilities")])

# A running machine's run state (no -S: the firmware runs under the monitor).
for b in ["pc", "q35", "pseries"]:
    t, a = M14[b]
    corpus.case(t, "m14-%s-runstate-running" % b, *(_RUN + a), base=False, steps=[
        qmp("query-status"), qmp("stop"), qmp("query-status"), qmp("cont"), qmp("query-status"), qmp("cont"),
        qmp("stop"), qmp("system_reset"), qmp("query-status"), qmp("cont"), hmc("info status"), qmp("stop"),
        hmc("info status")])


# Measured for the engine (m14-BOARD-m-): 7.2's multifd compression levels (taken,
# never applied), the CMOS bytes a system reset changes, the run state's
# trace points (powerdown, and the shutdown request of the recorder's quit),
# a link property set on an anonymous realized device.
cmos = [(0x0f, 0x05), (0x0b, 0x42), (0x0a, 0x26), (0x0d, 0x00), (0x35, 0x77), (0x38, 0x11), (0x5f, 0x22),
        (0x14, 0x00), (0x10, 0x40), (0x7f, 0x33)]
for b in ["pc", "q35"]:
    m14(b, "m-cmos-reset", steps=hmp(*[c for r, v in cmos for c in (
        "o /b 0x70 0x%02x" % r, "i /b 0x71", "o /b 0x71 0x%02x" % v, "i /b 0x71")]) + hmp("system_reset") +
        hmp(*[c for r, v in cmos for c in ("o /b 0x70 0x%02x" % r, "i /b 0x71")]))
m14("pc", "m-multifd-levels", steps=[
    qmp("migrate-set-parameters", **{"multifd-zlib-level": 5, "multifd-zstd-level": 3}),
    qmp("query-migrate-parameters"), {"hmp": "migrate_set_parameter multifd-zstd-level 7"},
    {"hmp": "migrate_set_parameter multifd-zlib-level 300"}, qmp("query-migrate-parameters")])
for b in ["pc", "pseries"]:
    m14(b, "m-trace-runstate", steps=hmp("trace-event qemu_system_* on", "system_powerdown", "system_reset",
                                         "info trace-events qemu_system_*"))
m14("pc", "m-link-anon", "-object", "memory-backend-ram,id=m1,size=128M",
    "-device", "pc-dimm,memdev=m1", steps=[
        {"hmp": "qom-set /machine/peripheral-anon/device[0] memdev m1"},
        qmp("qom-set", path="/machine/peripheral-anon/device[0]", property="memdev", value="m1")])



# Round 15 (m15-): the commands a learner reaches after `help` and `info` and
# QMP's query-commands, the least used by the recorded corpora (counted per
# command over every *_cases.jsonl), on pc, q35 and pseries with a NIC on a
# named user netdev, a null-co disk, a ring-buffer chardev on a serial or
# console device, a USB device, a balloon and an iothread: each with no
# argument, with help/?, with a typical argument and the HMP alias where
# there is one, and the QMP form with its optional members. Left out as the
# host's or the run's: info jit/opcount/usbhost/ramblock, info iothreads and
# query-iothreads with an iothread (its host thread id), qemu-io's read/write
# (timings), hostfwd to a real host port and info usernet after it, sockets on
# host ports (nbd and gdbserver use a unix socket of the case's own under /tmp),
# migration to a file (its times), gpa2hva/gpa2hpa, and `info qdm` (its list
# holds the display modules the host can load: virtio-gpu-gl-device with the
# recording host's virglrenderer, not in earlier rounds' recordings).
M15_DEV = {
    "pc": ["-netdev", "user,id=n0", "-device", "e1000,netdev=n0,id=nic0,mac=52:54:00:12:34:56",
           "-blockdev", "driver=null-co,node-name=nd0,size=67108864", "-device", "virtio-blk-pci,drive=nd0,id=vb0",
           "-chardev", "ringbuf,id=rb0", "-device", "isa-serial,chardev=rb0,id=com0",
           "-device", "piix3-usb-uhci,id=uhci", "-device", "usb-tablet,id=tab,bus=uhci.0",
           "-device", "virtio-balloon-pci,id=bal0", "-object", "iothread,id=io0"],
    "q35": ["-device", "pcie-root-port,id=rp1,chassis=1,slot=1", "-device", "pcie-root-port,id=rp2,chassis=2,slot=2",
            "-netdev", "user,id=n0", "-device", "virtio-net-pci,netdev=n0,id=nic0,bus=rp1,mac=52:54:00:12:34:56",
            "-blockdev", "driver=null-co,node-name=nd0,size=67108864", "-device", "virtio-blk-pci,drive=nd0,id=vb0,bus=rp2",
            "-chardev", "ringbuf,id=rb0", "-device", "virtio-serial-pci,id=vser0", "-device", "virtconsole,chardev=rb0,id=con0",
            "-device", "qemu-xhci,id=xhci", "-device", "usb-kbd,id=kbd,bus=xhci.0",
            "-device", "virtio-balloon-pci,id=bal0", "-object", "iothread,id=io0"],
    "pseries": ["-netdev", "user,id=n0", "-device", "spapr-vlan,netdev=n0,id=vlan0,mac=52:54:00:12:34:56",
                "-blockdev", "driver=null-co,node-name=nd0,size=67108864", "-device", "virtio-scsi-pci,id=scsi0",
                "-device", "scsi-hd,drive=nd0,id=sd0,bus=scsi0.0",
                "-chardev", "ringbuf,id=rb0", "-device", "spapr-vty,chardev=rb0,id=vty0",
                "-device", "qemu-xhci,id=xhci", "-device", "usb-kbd,id=kbd,bus=xhci.0",
                "-device", "virtio-balloon-pci,id=bal0", "-object", "iothread,id=io0"]}
M15_DISK = {"pc": "vb0", "q35": "vb0", "pseries": "sd0"}


def m15(board, id, *extra, steps, devices=True, **kw):
    t, a = M14[board]
    corpus.case(t, "m15-%s-%s" % (board, id), *(a + (M15_DEV[board] if devices else []) + list(extra)),
                steps=steps, **kw)


def m15tmp(board, name):   # a host path of the case's own (in the chroot for 10.0)
    return "/tmp/m15-%s-%s" % (board, name)


for b in ["pc", "q35", "pseries"]:
    disk = M15_DISK[b]
    # The listings with the devices attached, HMP then QMP.
    m15(b, "list-hmp", steps=hmp("info pci", "info usb", "info block", "info block -n", "info block -v nd0",
                                 "info network", "info chardev", "info balloon", "info memdev", "info numa"))
    m15(b, "list-qtree", steps=hmp("info qtree"))
    m15(b, "list-qom-tree", steps=hmp("info qom-tree", "info qom-tree /machine/peripheral",
                                      "info qom-tree /machine/peripheral/" + disk))
    m15(b, "list-roms-irq", steps=hmp("info roms", "info irq") + (hmp("info pic") if b == "pc" else []))
    m15(b, "list-qmp", steps=[qmp("query-pci"), qmp("query-block"), qmp("query-chardev"), qmp("query-balloon"),
                              qmp("query-memdev"), qmp("query-rx-filter"), qmp("query-named-block-nodes", flat=True)])
    m15(b, "list-stats", steps=hmp("info blockstats", "info block-jobs", "info usernet", "info snapshots",
                                   "info dump", "info migrate", "info tpm") + [
        qmp("query-blockstats"), qmp("query-blockstats", **{"query-nodes": True}), qmp("query-tpm"),
        qmp("query-tpm-models"), qmp("query-tpm-types"), qmp("query-yank")])
    # help and ? of the rarely typed commands, and info's own help.
    m15(b, "help-rare", steps=hmp("help nbd_server_start", "? nbd_server_add", "help qemu-io", "? pcie_aer_inject_error",
                                  "help hostfwd_add", "help wavcapture", "help snapshot_blkdev", "help dumpdtb",
                                  "help block_job_cancel", "help migrate_pause", "help x_colo_lost_heartbeat",
                                  "help exit_preconfig", "help gdbserver", "? s", "? q", "? c", "help nosuch",
                                  "help info rocker", "help info usernet", "help info capture", "info help", "info ?",
                                  "info rocker help", "nbd_server_start help", "qemu-io help"))
    # NBD through HMP: the server on a unix socket of the case's own, exports added and removed.
    sock = m15tmp(b, "nbd.sock")
    m15(b, "nbd-hmp", steps=hmp("nbd_server_add nd0", "nbd_server_stop", "nbd_server_start",
                                "nbd_server_start unix:" + sock, "nbd_server_start unix:" + sock,
                                "nbd_server_add nd0", "nbd_server_add -w nd0 e1", "nbd_server_add nd0",
                                "nbd_server_add nosuch", "nbd_server_add -w " + disk + " e2", "info block-export",
                                "nbd_server_remove nd0", "nbd_server_remove -f e1", "nbd_server_remove nosuch",
                                "nbd_server_remove", "nbd_server_stop", "nbd_server_stop", "nbd_server_add nd0"))
    m15(b, "nbd-qmp", steps=[
        qmp("nbd-server-stop"), qmp("block-export-add", type="nbd", id="x0", **{"node-name": "nd0"}),
        qmp("nbd-server-start", addr={"type": "unix", "data": {"path": m15tmp(b, "nbdq.sock")}}),
        qmp("nbd-server-start", addr={"type": "unix", "data": {"path": m15tmp(b, "nbdq.sock")}}),
        qmp("block-export-add", type="nbd", id="x0", **{"node-name": "nd0"}),
        qmp("block-export-add", type="nbd", id="x1", **{"node-name": "nd0"}, name="disk", writable=True,
            description="a null disk", **{"writethrough": True}),
        qmp("block-export-add", type="nbd", id="x0", **{"node-name": "nd0"}, name="other"),
        qmp("block-export-add", type="nbd", id="x2", **{"node-name": "nosuch"}),
        qmp("nbd-server-add", device="nd0", name="legacy", writable=False),
        qmp("query-block-exports"), qmp("block-export-del", id="x0"), qmp("block-export-del", id="x1", mode="hard"),
        qmp("block-export-del", id="nosuch"), qmp("nbd-server-remove", name="legacy"),
        qmp("nbd-server-remove", name="nosuch", mode="safe"), qmp("query-block-exports"), qmp("nbd-server-stop"),
        qmp("nbd-server-start", addr={"type": "unix", "data": {"path": m15tmp(b, "nbdq.sock")}},
            **{"max-connections": 2}, **{"tls-authz": "nosuch"}),
        qmp("nbd-server-stop")])
    # Jobs that do not exist, by every job and block-job command.
    m15(b, "jobs-none", steps=[
        qmp("query-jobs"), qmp("query-block-jobs"), qmp("job-pause", id="j1"), qmp("job-resume", id="j1"),
        qmp("job-cancel", id="j1"), qmp("job-complete", id="j1"), qmp("job-finalize", id="j1"),
        qmp("job-dismiss", id="j1"), qmp("block-job-dismiss", id="j1"), qmp("block-job-finalize", id="j1"),
        qmp("block-job-resume", device="j1"), qmp("block-job-pause", device="nd0"),
        qmp("block-job-cancel", device="nd0", force=True), qmp("block-job-set-speed", device="nd0", speed=1024),
        qmp("job-pause"), qmp("job-cancel", id=1)] + hmp(
        "block_job_pause", "block_job_resume nd0", "block_job_cancel -f nd0", "block_job_complete nd0",
        "block_job_set_speed nd0 1M", "block_job_set_speed nd0", "info block-jobs"))
    # Dirty bitmaps through transaction, and the bitmap commands alone.
    m15(b, "bitmaps-transaction", steps=[
        qmp("transaction", actions=[]),
        qmp("transaction", actions=[
            {"type": "block-dirty-bitmap-add", "data": {"node": "nd0", "name": "b1", "granularity": 65536}},
            {"type": "block-dirty-bitmap-add", "data": {"node": "nd0", "name": "b2", "disabled": True}}]),
        qmp("transaction", actions=[
            {"type": "block-dirty-bitmap-add", "data": {"node": "nd0", "name": "b3"}},
            {"type": "block-dirty-bitmap-add", "data": {"node": "nd0", "name": "b1"}}]),
        qmp("transaction", actions=[{"type": "abort", "data": {}}]),
        qmp("transaction", actions=[{"type": "nosuch", "data": {}}]),
        qmp("transaction", actions=[{"type": "block-dirty-bitmap-clear", "data": {"node": "nd0", "name": "b1"}},
                                    {"type": "block-dirty-bitmap-enable", "data": {"node": "nd0", "name": "b2"}}],
            properties={"completion-mode": "grouped"}),
        qmp("block-dirty-bitmap-disable", node="nd0", name="b1"), qmp("block-dirty-bitmap-enable", node="nd0", name="b1"),
        qmp("block-dirty-bitmap-enable", node="nd0", name="nosuch"),
        qmp("block-dirty-bitmap-merge", node="nd0", target="b2", bitmaps=["b1", {"node": "nd0", "name": "b1"}]),
        qmp("block-dirty-bitmap-merge", node="nd0", target="b2", bitmaps=["nosuch"]),
        qmp("x-debug-block-dirty-bitmap-sha256", node="nd0", name="nosuch"),
        qmp("query-named-block-nodes", flat=True), qmp("transaction")])
    # The block layer's rarer commands on the null disk and a free node.
    m15(b, "block-rare", steps=[
        qmp("blockdev-add", driver="null-co", **{"node-name": "nd1", "size": 1048576}),
        qmp("block-set-write-threshold", **{"node-name": "nd0", "write-threshold": 1048576}),
        qmp("block-set-write-threshold", **{"node-name": "nosuch", "write-threshold": 1}),
        qmp("block-latency-histogram-set", id=disk, boundaries=[10000, 100000],
            **{"boundaries-read": [1000]}),
        qmp("block-latency-histogram-set", id="nosuch"),
        qmp("query-blockstats"),
        qmp("x-blockdev-set-iothread", **{"node-name": "nd0", "iothread": "io0"}),
        qmp("x-blockdev-set-iothread", **{"node-name": "nd1", "iothread": "io0"}),
        qmp("x-blockdev-set-iothread", **{"node-name": "nd1", "iothread": "nosuch"}),
        qmp("x-blockdev-set-iothread", **{"node-name": "nd1", "iothread": None}),
        qmp("blockdev-reopen", options=[{"driver": "null-co", "node-name": "nd1", "size": 2097152}]),
        qmp("blockdev-reopen", options=[{"driver": "null-co", "node-name": "nosuch"}]),
        qmp("change-backing-file", device="nd0", **{"image-node-name": "nd0", "backing-file": "x"}),
        qmp("blockdev-create", **{"job-id": "c1"}, options={"driver": "null-co"}),
        qmp("x-blockdev-amend", **{"job-id": "a1", "node-name": "nd1"}, options={"driver": "null-co"}),
        qmp("x-blockdev-change", parent="nd0", child="nd1"),
        qmp("blockdev-snapshot", node="nd0", overlay="nd1"),
        qmp("blockdev-snapshot-sync", device="nd0", **{"snapshot-file": "/nonexistent/s.qcow2", "mode": "existing"}),
        qmp("block-commit", device="nd0"),
        qmp("query-named-block-nodes", flat=True)])
    m15(b, "block-hmp-rare", steps=hmp(
        "snapshot_blkdev", "snapshot_blkdev nosuch", "snapshot_blkdev -n nd0 /nonexistent/s.qcow2",
        "snapshot_blkdev_internal nd0 s1", "snapshot_blkdev_internal nd0", "snapshot_delete_blkdev_internal nd0 s1",
        "snapshot_delete_blkdev_internal nd0 s1 1", "commit all", "commit nd0", "commit nosuch", "commit",
        "drive_backup -n nd0 /nonexistent/b.qcow2", "drive_mirror -n nd0 /nonexistent/m.qcow2", "drive_backup",
        "drive_mirror nosuch /nonexistent/m.qcow2", "block_stream nosuch", "block_stream", "info block-jobs"))
    m15(b, "qemu-io", steps=hmp(
        'qemu-io nd0 "length"', 'qemu-io nd0 "info"', 'qemu-io nd0 "alloc 0 512"', 'qemu-io -d %s "length"' % disk,
        'qemu-io -d nd0 "length"', 'qemu-io nosuch "length"', 'qemu-io nd0', 'qemu-io nd0 "nosuchcmd"',
        'qemu-io nd0 "map"', 'qemu-io nd0 "length" extra'))
    # Migration commands with no migration running; COLO.
    m15(b, "migrate-idle", steps=hmp(
        "migrate_pause", "migrate_continue pre-switchover", "migrate_continue nosuch", "migrate_continue",
        "migrate_recover unix:" + m15tmp(b, "mig.sock"), "migrate_recover", "migrate_start_postcopy",
        "migrate_cancel", "x_colo_lost_heartbeat", "info migrate") + [
        qmp("migrate-pause"), qmp("migrate-continue", state="pre-switchover"), qmp("migrate-continue", state="active"),
        qmp("migrate-recover", uri="unix:" + m15tmp(b, "mig.sock")), qmp("migrate-start-postcopy"),
        qmp("migrate_cancel"), qmp("x-colo-lost-heartbeat"), qmp("query-colo-status"), qmp("query-migrate")])
    # Display passwords and clients with no display.
    m15(b, "display-none", steps=hmp(
        "set_password vnc abc", "set_password spice abc", "set_password", "expire_password vnc now",
        "expire_password vnc never", "expire_password spice +60", "expire_password", "info vnc", "info spice",
        "client_migrate_info spice localhost 5900 5901 CN=x") + [
        qmp("change-vnc-password", password="x"), qmp("display-reload", type="vnc", **{"tls-certs": True}),
        qmp("display-reload", type="vnc"), qmp("add_client", protocol="vnc", fdname="nosuch"),
        qmp("add_client", protocol="spice", fdname="nosuch", skipauth=True, tls=False),
        qmp("add_client", protocol="nosuch", fdname="x"), qmp("query-vnc"), qmp("query-vnc-servers"),
        qmp("query-spice"), qmp("client_migrate_info", protocol="vnc", hostname="localhost")])
    # File descriptors with none passed.
    m15(b, "fds", steps=hmp("getfd f1", "getfd", "closefd f1", "closefd") + [
        qmp("getfd", fdname="f1"), qmp("closefd", fdname="f1"), qmp("add-fd", opaque="x"),
        qmp("add-fd", **{"fdset-id": 1}), qmp("remove-fd", **{"fdset-id": 1}), qmp("remove-fd", **{"fdset-id": 1, "fd": 3}),
        qmp("query-fdsets")])
    # Xen, COLO replication and CXL on a TCG machine.
    m15(b, "xen-colo-cxl", steps=[
        qmp("xen-set-global-dirty-log", enable=True), qmp("xen-colo-do-checkpoint"),
        qmp("xen-set-replication", enable=True, primary=True), qmp("xen-set-replication", enable=False, primary=False,
                                                                   failover=True),
        qmp("query-xen-replication-status"), qmp("xen-load-devices-state", filename="/nonexistent/xen"),
        qmp("cxl-inject-poison", path="/machine/nosuch", start=0, length=64),
        qmp("cxl-inject-general-media-event", path="/machine/nosuch", log="informational", flags=0, dpa=0,
            descriptor=0, type=0),
        qmp("cxl-inject-correctable-error", path="/machine/nosuch", type="retry-threshold"),
        qmp("cxl-add-dynamic-capacity", path="/machine/nosuch", host_id=0, **{"selection-policy": "prescriptive"},
            region=0, extents=[]),
        qmp("rtc-reset-reinjection"), qmp("x-query-virtio"), qmp("x-query-virtio-status", path="/machine/nosuch")])
    # HMP odds and ends: preconfig, gdbserver, the device tree, the memory tables, history.
    m15(b, "hmp-misc", steps=hmp(
        "exit_preconfig", "gdbserver none", "gdbserver unix:%s,server=on,wait=off" % m15tmp(b, "gdb.sock"),
        "gdbserver none", "dumpdtb", "dumpdtb " + m15tmp(b, "fdt.dtb"), "info mem", "info tlb", "info via",
        "info vm-generation-id", "info history", "info capture") + [
        qmp("dumpdtb", filename=m15tmp(b, "fdtq.dtb")), qmp("x-exit-preconfig"), qmp("query-vm-generation-id")])
    # Aliases where HMP has them, and the commands' typos.
    m15(b, "aliases", steps=hmp("s", "info status", "c", "info status", "s", "p 1+2", "p /x 255", "? p",
                                "stop x", "c x", "help s", "st", "con", "qui", "info stat", "info bloc"))
    m15(b, "quit-alias", steps=hmp("info status", "q"))
    # User netdev forwarding: errors, and a rule that never took.
    m15(b, "hostfwd", steps=hmp(
        "info usernet", "hostfwd_add", "hostfwd_add n0", "hostfwd_add nosuch tcp::2222-:22",
        "hostfwd_add n0 bogus", "hostfwd_add n0 tcp::x-:22", "hostfwd_add n0 sctp::2222-:22",
        "hostfwd_remove n0 tcp::2222", "hostfwd_remove n0 tcp:127.0.0.1:2222", "hostfwd_remove nosuch tcp::2222",
        "hostfwd_remove", "hostfwd_remove n0 udp::x"))
    # Audio capture into a wave file of the case's own, with an audiodev that plays nothing.
    m15(b, "wavcapture", "-audiodev", "none,id=snd0", steps=hmp(
        "info capture", "wavcapture", "wavcapture " + m15tmp(b, "a.wav"), "wavcapture %s nosuch" % m15tmp(b, "b.wav"),
        "wavcapture %s snd0" % m15tmp(b, "c.wav"), "wavcapture %s snd0 22050 8 1" % m15tmp(b, "d.wav"), "info capture",
        "stopcapture 0", "info capture", "stopcapture 5", "stopcapture", "stopcapture x"))
    # A rocker switch and its tables.
    m15(b, "rocker", "-device", "rocker,name=sw1,id=rk0", steps=hmp(
        "info rocker", "info rocker sw1", "info rocker nosuch", "info rocker-ports sw1", "info rocker-of-dpa-flows sw1",
        "info rocker-of-dpa-flows sw1 1", "info rocker-of-dpa-groups sw1", "info rocker-of-dpa-groups sw1 3",
        "info rocker-ports nosuch") + [
        qmp("query-rocker", name="sw1"), qmp("query-rocker", name="nosuch"), qmp("query-rocker-ports", name="sw1"),
        qmp("query-rocker-of-dpa-flows", name="sw1"), qmp("query-rocker-of-dpa-flows", name="sw1", tbl_id=0),
        qmp("query-rocker-of-dpa-groups", name="sw1"), qmp("query-rocker-of-dpa-groups", name="sw1", type=0)])
    # Snapshots and jobs around savevm on a machine with a null disk.
    m15(b, "yank", steps=[
        qmp("query-yank"), qmp("yank", instances=[]), qmp("yank", instances=[{"type": "block-node", "node-name": "nd0"}]),
        qmp("yank", instances=[{"type": "chardev", "id": "rb0"}]), qmp("yank", instances=[{"type": "migration"}]),
        qmp("yank", instances=[{"type": "nosuch"}])])

# x86 only: PCIe AER injection, the VM generation id, the RTC.
for b in ["pc", "q35"]:
    m15(b, "aer", steps=hmp(
        "pcie_aer_inject_error", "pcie_aer_inject_error nic0 0x1", "pcie_aer_inject_error nosuch 0x1",
        "pcie_aer_inject_error rp1 SDN", "pcie_aer_inject_error -c rp1 RCVR", "pcie_aer_inject_error rp1 nosuch",
        "pcie_aer_inject_error -a rp1 CMPLT_TO 0 1 2 3", "pcie_aer_inject_error nic0 UNSUPPORTED",
        "pcie_aer_inject_error vb0 0x4000", "pcie_aer_inject_error rp2 0x10"))
    m15(b, "vmgenid", "-device", "vmgenid,guid=324e6eaf-d1d1-4bf6-bf41-b9bb6c91fb87,id=vmgen0", steps=hmp(
        "info vm-generation-id", "qom-get /machine/peripheral/vmgen0 guid",
        "qom-set /machine/peripheral/vmgen0 guid 11111111-2222-3333-4444-555555555555", "info vm-generation-id",
        "qom-set /machine/peripheral/vmgen0 guid nosuch") + [qmp("query-vm-generation-id"), qmp("rtc-reset-reinjection")])


# More of round 15: the queries' QMP forms beside the devices, the rarer
# run-state, replay, dirty-limit, chardev and memory commands, and one block
# job held back by its speed.
for b in ["pc", "q35", "pseries"]:
    m15(b, "qmp-queries", steps=[
        qmp("query-mice"), qmp("x-query-usb"), qmp("query-dump-guest-memory-capability"), qmp("query-display-options"),
        qmp("query-chardev-backends"), qmp("x-query-roms"), qmp("x-query-numa"), qmp("query-replay"),
        qmp("query-cryptodev"), qmp("query-sev"), qmp("query-sgx"), qmp("query-block-jobs"), qmp("query-jobs")])
    m15(b, "qmp-queries-args", steps=[
        qmp("query-named-block-nodes"), qmp("query-named-block-nodes", flat=False),
        qmp("query-block-exports"), qmp("query-memory-devices"), qmp("query-rx-filter", name="n0"),
        qmp("query-rx-filter", name="nic0" if b != "pseries" else "vlan0"), qmp("query-rx-filter", name="nosuch"),
        qmp("query-stats", target="vm"), qmp("query-stats", target="vcpu", vcpus=["/machine/unattached/device[0]"]),
        qmp("query-stats-schemas", provider="kvm"), qmp("query-dirty-rate"), qmp("query-dirty-rate", **{"calc-time-unit": "millisecond"})])
    m15(b, "chardev-rare", steps=hmp(
        "chardev-send-break rb0", "chardev-send-break nosuch", "chardev-send-break", "ringbuf_write rb0 hello",
        "ringbuf_read rb0 3", "ringbuf_read rb0 100", "ringbuf_read rb0 0", "ringbuf_read rb0") + [
        qmp("chardev-send-break", id="rb0"), qmp("chardev-send-break", id="nosuch"),
        qmp("ringbuf-write", device="rb0", data="aGVsbG8=", format="base64"),
        qmp("ringbuf-read", device="rb0", size=10, format="base64"),
        qmp("ringbuf-read", device="rb0", size=-1)])
    m15(b, "replay-dirty", steps=hmp(
        "replay_break 100", "replay_delete_break", "replay_seek 10", "replay_break", "info replay",
        "set_vcpu_dirty_limit 10", "set_vcpu_dirty_limit 10 1", "cancel_vcpu_dirty_limit", "cancel_vcpu_dirty_limit 0",
        "info vcpu_dirty_limit", "info dirty_rate") + [
        qmp("replay-break", icount=5), qmp("replay-delete-break"), qmp("replay-seek", icount=1),
        qmp("set-vcpu-dirty-limit", **{"dirty-rate": 100, "cpu-index": 0}), qmp("cancel-vcpu-dirty-limit"),
        qmp("query-vcpu-dirty-limit")])
    m15(b, "run-rare", steps=hmp(
        "system_wakeup", "system_wakeup x", "one-insn-per-tb", "one-insn-per-tb on", "info status", "one-insn-per-tb off",
        "singlestep on", "info status", "singlestep off", "gva2gpa 0", "gva2gpa", "announce_self",
        "announce_self n0", "announce_self nosuch") + [
        qmp("system_wakeup"), qmp("announce-self", initial=50, max=550, rounds=3, step=100),
        qmp("announce-self", initial=50, max=550, rounds=3, step=100, interfaces=["n0"], id="a1")])
    m15(b, "mem-files", steps=hmp(
        "memsave 0 16 " + m15tmp(b, "v.bin"), "pmemsave 0 16 " + m15tmp(b, "p.bin"), "memsave 0 16",
        "pmemsave 0", "sum 0 16", "sum 0", "logfile " + m15tmp(b, "q.log"), "logfile", "screendump " + m15tmp(b, "s.ppm"),
        "screendump %s -f png" % m15tmp(b, "s.png"), "screendump %s -f gif" % m15tmp(b, "s.gif"),
        "screendump %s nosuch" % m15tmp(b, "t.ppm")) + [
        qmp("screendump", filename=m15tmp(b, "u.ppm")), qmp("screendump", filename=m15tmp(b, "u.png"), format="png"),
        qmp("memsave", val=0, size=16, filename=m15tmp(b, "w.bin"), **{"cpu-index": 0}),
        qmp("memsave", val=0, size=16, filename=m15tmp(b, "w.bin"), **{"cpu-index": 9})])
    # A mirror job onto a second null node, held back by its speed.
    m15(b, "mirror-job", steps=[
        qmp("blockdev-add", driver="null-co", **{"node-name": "nd1", "size": 67108864}),
        qmp("blockdev-mirror", **{"job-id": "m1"}, device="nd0", target="nd1", sync="full", speed=1,
            **{"auto-finalize": False, "auto-dismiss": False}),
        qmp("blockdev-mirror", **{"job-id": "m1"}, device="nd0", target="nd1", sync="full"),
        qmp("job-pause", id="m1"), qmp("query-jobs"), qmp("job-resume", id="m1"),
        qmp("block-job-set-speed", device="m1", speed=2), qmp("job-complete", id="m1"),
        qmp("job-cancel", id="m1", force=True), qmp("job-cancel", id="m1")], settle=0.5)
    # info and query without the devices, for the shapes' empty forms.
    m15(b, "bare-listings", devices=False, steps=hmp(
        "info usb", "info block", "info network", "info chardev", "info balloon", "info usernet", "info capture",
        "info rocker", "info blockstats", "info block-jobs") + [
        qmp("query-mice"), qmp("query-balloon"), qmp("query-block-exports"), qmp("query-rx-filter"),
        qmp("x-query-usb")])

for b in ["pc", "q35", "pseries"]:
    # Listings given an argument they take or do not take, and their help.
    m15(b, "info-args", steps=hmp(
        "info pci x", "info usb x", "info network n0", "info chardev rb0", "info memdev x", "info numa x",
        "info irq x", "info roms x", "info balloon x", "info tpm x", "info migrate x", "info dump x",
        "info snapshots x", "info qom-tree /nosuch", "info block nosuch", "info block nd0", "info blockstats x",
        "info usernet x", "info capture x"))
    m15(b, "help-info", steps=hmp(
        "help info pci", "? info usb", "help info block", "help info network", "help info chardev",
        "help info qom-tree", "help info migrate", "help info dump", "help info snapshots", "help info tpm",
        "help info nosuch", "help info"))
    # Incoming migration deferred, then started on a unix socket of the case's own.
    m15(b, "incoming", "-incoming", "defer", steps=hmp(
        "info status", "migrate_incoming", "migrate_incoming nosuch:x", "migrate_incoming unix:" + m15tmp(b, "in.sock"),
        "migrate_incoming unix:" + m15tmp(b, "in.sock"), "migrate_recover unix:" + m15tmp(b, "rec.sock"),
        "info status") + [qmp("migrate-incoming", uri="unix:" + m15tmp(b, "in2.sock")), qmp("query-status")])
    # An outgoing migration that cannot connect.
    m15(b, "migrate-fail", steps=hmp(
        "migrate", "migrate nosuch:x", "migrate -d unix:/nonexistent/m.sock", "migrate_cancel") + [
        qmp("migrate", uri="unix:/nonexistent/m.sock"), qmp("migrate", uri="nosuch:x"),
        qmp("migrate", uri="unix:/nonexistent/m.sock", detach=True, resume=True)])
for b in ["pc", "q35"]:
    m15(b, "info-x86", steps=hmp("info lapic", "info lapic 1", "info lapic x", "info ioapic", "info mem", "info tlb",
                                 "info sgx", "info sev", "info mce"))

# Measured for the engine (m15-BOARD-m-): wavcapture's refusals of a sample
# format and a frequency.
m15("pc", "m-wavcapture", "-audiodev", "none,id=snd0", devices=False, steps=hmp(
    "wavcapture /tmp/m15-pc-m1.wav snd0 44100 24 2", "wavcapture /tmp/m15-pc-m2.wav snd0 44100 16 3",
    "wavcapture /tmp/m15-pc-m3.wav snd0 0", "wavcapture /tmp/m15-pc-m4.wav snd0 8000 8 1 ", "info capture"))


# o4 (open-file pass o4): the HPET's registers at reset as xp reads them
# (pm-x-m6m-xp-pc/-q35): per timer its configuration (capabilities, FSB with
# msi=on, hpet-intcap's routes) and comparator, the timer count in the
# capabilities; 4-byte reads of the halves.
HPET_XP = ["xp /2xg 0xfed00000", "xp /24xg 0xfed00100", "xp /4xw 0xfed00100", "xp /2xg 0xfed003f0"]
corpus.x("o4-hpet-pc", "-M", "pc", steps=hmp(*HPET_XP))
corpus.x("o4-hpet-q35", "-M", "q35", steps=hmp(*HPET_XP))
corpus.x("o4-hpet-timers", "-M", "pc", "-global", "hpet.timers=5", "-global", "hpet.msi=on", steps=hmp(*HPET_XP))
corpus.x("o4-hpet-intcap", "-M", "q35", "-global", "hpet.hpet-intcap=0x10", "-global", "hpet.timers=40", steps=hmp(*HPET_XP))
corpus.x("o4-hpet-timers-2", "-M", "pc", "-global", "hpet.timers=2", steps=hmp(*HPET_XP))
# o4: the count fw_cfg's file directory starts with (pm-x-m11m-fwcfg-pc/-q35),
# per board, machine version, ACPI, maxmem, -boot splash-time and -fw_cfg.
FWDIR = ["o /h 0x510 0x19"] + ["i /b 0x511"] * 4
for name, a in [("pc", ["-M", "pc"]), ("q35", ["-M", "q35"]), ("pc-2.6", ["-M", "pc-i440fx-2.6"]),
                ("pc-noacpi", ["-M", "pc,acpi=off"]), ("q35-noacpi", ["-M", "q35,acpi=off"]),
                ("q35-splash", ["-M", "q35", "-boot", "menu=on,splash-time=0"]),
                ("pc-maxmem", ["-M", "pc", "-m", "512M,slots=2,maxmem=2G"]), ("q35-nosmm", ["-M", "q35,smm=off"]),
                ("pc-fwcfg", ["-M", "pc", "-fw_cfg", "name=opt/o4/a,string=x", "-fw_cfg", "name=opt/o4/b,string=y"]),
                ("q35-dimm", ["-M", "q35", "-m", "512M,slots=2,maxmem=2G", "-object", "memory-backend-ram,id=m0,size=128M",
                              "-device", "pc-dimm,memdev=m0,id=d0", "-device", "e1000,id=n0", "-device", "virtio-scsi-pci,id=s0"])]:
    corpus.x("o4-fwdir-" + name, *a, steps=hmp(*FWDIR))
# o4: pseries' XIVE as info pic shows it before the guest runs
# (pm-p-m8-irq-controllers-xive): thread contexts per vCPU (a hot-plugged
# core's by its id), an IPI per possible vCPU, the event sources, VIO
# devices' and PHBs' interrupts, as devices come and go.
XIVE = ["-M", "pseries,ic-mode=xive", "-cpu", "POWER9"]
corpus.p("o4-xive-hotplug", *XIVE, "-smp", "2,maxcpus=4", steps=hmp(
    "info pic", "device_add power9_v2.0-spapr-cpu-core,core-id=3,id=c3", "info pic"))
corpus.p("o4-xive-devices", *XIVE, "-chardev", "null,id=c0", "-chardev", "null,id=c1", "-netdev", "user,id=n0",
         "-device", "spapr-vty,chardev=c0,id=vty0", "-device", "spapr-vlan,netdev=n0,id=vlan0",
         "-device", "spapr-vty,chardev=c1,reg=0x30001000,id=vty1", "-device", "spapr-pci-host-bridge,index=2,id=phb2",
         steps=hmp("info pic", "device_del vty0", "device_add spapr-vscsi,id=vs0", "info pic"))

# --------------------------------------------------------------- round 16 ----
# A sixteenth outside tester (ids m16-): the machine's life as a learner drives
# it from the monitor while watching the events: stop/cont/system_reset/
# system_powerdown/system_wakeup in sequences (STOP, RESUME, RESET, POWERDOWN
# and their order), query-status and info status after each step; -no-reboot,
# -no-shutdown, -action and set-action combined (a reset that becomes a
# shutdown, a shutdown that pauses, set-action changing what the command line
# said); watchdogs (i6300esb, ib700, pseries' built-in spapr-wdt) with
# watchdog_action, watchdog-set-action and -action watchdog=; inject-nmi and
# nmi; send-key, sendkey and input-send-event with and without a keyboard
# (keys read back from the i8042's port on a paused x86: a paused machine's
# virtual clock holds the key release); cpu N and human-monitor-command's
# cpu-index before info registers / tlb / mem / lapic at reset; memsave and
# pmemsave into files of the case's own under /tmp, read back by a file
# blockdev and qemu-io. pc, q35 and pseries. QMP's id members on replies,
# errors and around events are engine/stdio/testdata's wire_m16 (the recorder
# sets its own ids). Left out: a watchdog that fires (its timer runs on the
# host's time), a running machine's registers, pseries' registers after nmi
# (its system reset runs on the vCPU thread: MSR differed between recordings).
M16 = {"pc": ("x86_64", ["-M", "pc", "-smp", "2,maxcpus=4"]),
       "q35": ("x86_64", ["-M", "q35", "-smp", "2,maxcpus=4"]),
       "pseries": ("ppc64", ["-M", "pseries", "-smp", "2,maxcpus=4"])}
M16ST = qmp("query-status")


def m16(board, id, *extra, steps, **kw):
    t, a = M16[board]
    corpus.case(t, "m16-%s-%s" % (board, id), *(a + list(extra)), steps=steps, **kw)


def m16st(*steps):   # each step followed by query-status
    out = []
    for s in steps:
        out += [s, M16ST]
    return out


def m16tmp(board, name):   # a host file of the case's own (in the chroot for 10.0)
    return "/tmp/m16-%s-%s" % (board, name)


def m16readback(path, node, length):   # the file read back: a file blockdev and qemu-io
    return [qmp("blockdev-add", driver="file", filename=path, **{"node-name": node, "read-only": True}),
            {"hmp": "qemu-io %s \"read -v -q 0 %d\"" % (node, length)},
            qmp("blockdev-del", **{"node-name": node})]


S, C, R, P, W = qmp("stop"), qmp("cont"), qmp("system_reset"), qmp("system_powerdown"), qmp("system_wakeup")
for b in ["pc", "q35", "pseries"]:
    # Sequences from -S: every transition with the status after it.
    m16(b, "seq-basic", steps=m16st(C, S, S, C, C, S, R, P, R, C, P, S))
    m16(b, "seq-prelaunch", steps=m16st(R, R, P, W, S, C, W, S, W))
    m16(b, "seq-hmp", steps=hmp("info status", "c", "info status", "system_reset", "info status", "stop",
                                "info status", "system_powerdown", "info status", "system_wakeup", "info status",
                                "cont", "info status", "stop", "stop", "info status"))
    m16(b, "seq-mixed", steps=[{"hmp": "cont"}, M16ST, S, {"hmp": "info status"}, {"hmp": "system_reset"},
                               M16ST, C, {"hmp": "stop"}, M16ST, {"hmp": "c"}, {"hmp": "info status"}])
    # -no-reboot / -no-shutdown / -action: a reset that shuts down, a shutdown that pauses.
    m16(b, "noreboot-noshutdown", "-no-reboot", "-no-shutdown",
        steps=m16st(C, R, C, S, R) + [{"hmp": "info status"}, C, M16ST, R, M16ST])
    m16(b, "noreboot-paused", "-no-reboot", "-no-shutdown", steps=m16st(R, C, R) + [{"hmp": "info status"}])
    m16(b, "action-pause", "-action", "reboot=shutdown,shutdown=pause",
        steps=m16st(C, R, C, R, S, C) + [{"hmp": "info status"}])
    m16(b, "action-reset", "-no-reboot", "-action", "reboot=reset", steps=m16st(C, R, R))
    m16(b, "action-noshutdown-reset", "-no-shutdown", "-action", "reboot=shutdown",
        steps=m16st(C, R, C, R) + [{"hmp": "info status"}])
    m16(b, "set-action-seq", steps=m16st(
        qmp("set-action", reboot="shutdown", shutdown="pause"), C, R, C,
        qmp("set-action", reboot="reset"), R, qmp("set-action", shutdown="poweroff", reboot="shutdown"),
        qmp("set-action", shutdown="pause"), R, R))
    m16(b, "set-action-over-cmdline", "-no-reboot", "-no-shutdown", steps=m16st(
        qmp("set-action", reboot="reset"), C, R, qmp("set-action", reboot="shutdown", shutdown="pause"), R, C))
    m16(b, "set-action-errors", steps=[
        qmp("set-action"), qmp("set-action", reboot="Reset"), qmp("set-action", shutdown="reset"),
        qmp("set-action", reboot="pause"), qmp("set-action", panic="exit-failure"), qmp("set-action", panic="shutdown"),
        qmp("set-action", panic="pause", watchdog="inject-nmi", reboot="reset", shutdown="poweroff"),
        qmp("set-action", watchdog="none"), qmp("set-action", watchdog="exit-failure"), qmp("set-action", reboot=1),
        qmp("set-action", shutdown=None), M16ST])
    # A reset that becomes a shutdown that powers off: QEMU exits.
    m16(b, "noreboot-exit", "-no-reboot", steps=[C, M16ST, R], settle=0.5)
    m16(b, "action-poweroff-exit", "-action", "reboot=shutdown,shutdown=poweroff", steps=[S, M16ST, R], settle=0.5)
    m16(b, "set-action-exit", steps=[qmp("set-action", reboot="shutdown"), R], settle=0.5)
    # The run state through human-monitor-command, with extra and odd arguments.
    m16(b, "hmc-run", steps=[hmc("cont"), M16ST, hmc("stop"), M16ST, hmc("system_reset"), hmc("system_powerdown"),
                             hmc("system_wakeup"), hmc("info status"), hmc("c"), hmc("info status"),
                             qmp("human-monitor-command", **{"command-line": "stop", "cpu-index": 1}),
                             qmp("human-monitor-command", **{"command-line": "info status", "cpu-index": 9}),
                             qmp("human-monitor-command", **{"command-line": "  stop  "}), hmc("info status")])
    # NMIs at reset, paused and running.
    m16(b, "nmi", steps=[qmp("inject-nmi"), {"hmp": "nmi"}, C, qmp("inject-nmi"), {"hmp": "nmi"}, S, hmc("nmi"),
                         M16ST, {"hmp": "nmi 0"}, {"hmp": "info status"}])
    m16(b, "nmi-action", "-action", "watchdog=inject-nmi", steps=[qmp("inject-nmi"), M16ST, hmc("nmi"),
                                                                  {"hmp": "watchdog_action inject-nmi"},
                                                                  qmp("watchdog-set-action", action="inject-nmi")])
    # Keys and input events on the machine's own devices.
    m16(b, "keys-nokbd", steps=[qmp("send-key", keys=[{"type": "qcode", "data": "a"}]), {"hmp": "sendkey a"},
                                {"hmp": "sendkey ctrl-alt-delete"}, {"hmp": "sendkey a 50"},
                                qmp("input-send-event", events=[{"type": "key", "data": {
                                    "down": True, "key": {"type": "qcode", "data": "b"}}}]),
                                qmp("input-send-event", events=[{"type": "rel", "data": {"axis": "y", "value": -3}}]),
                                qmp("input-send-event", events=[{"type": "btn", "data": {"down": False, "button": "right"}}]),
                                hmc("sendkey shift-a"), {"hmp": "info mice"}, M16ST])
    # Watchdog actions through every interface, read back.
    m16(b, "watchdog-actions", steps=[
        {"hmp": "watchdog_action pause"}, qmp("watchdog-set-action", action="reset"), hmc("watchdog_action shutdown"),
        qmp("set-action", watchdog="poweroff"), {"hmp": "watchdog_action debug"}, qmp("watchdog-set-action", action="none"),
        hmc("watchdog_action inject-nmi"), {"hmp": "watchdog_action"}, {"hmp": "watchdog_action reset extra"},
        qmp("watchdog-set-action", action="Pause"), M16ST])
    for act in ["reset", "pause", "none", "inject-nmi", "bogus"]:
        m16(b, "action-watchdog-" + act, "-action", "watchdog=" + act, steps=[M16ST, {"hmp": "info status"}])
    m16(b, "action-all", "-action", "reboot=shutdown,shutdown=pause,panic=none,watchdog=debug",
        steps=m16st(C, R, C))
    m16(b, "action-errors-reboot", "-action", "reboot=pause", steps=[M16ST])
    m16(b, "action-errors-nosuch", "-action", "nosuch=reset", steps=[M16ST])
    m16(b, "action-twice", "-action", "reboot=shutdown", "-action", "reboot=reset", steps=m16st(C, R))
    m16(b, "action-noreboot-after", "-action", "reboot=reset", "-no-reboot", steps=m16st(C, R))
    # memsave / pmemsave into the case's own files, read back.
    addr = "0xfffffff0" if b != "pseries" else "0x100"
    f1, f2 = m16tmp(b, "mem.bin"), m16tmp(b, "pmem.bin")
    # HMP reads "16 /tmp/..." as a division: the learner's first try fails; a quoted name works.
    m16(b, "memsave-readback", steps=[{"hmp": "memsave %s 16 %s" % (addr, f1)}, {"hmp": "pmemsave 0 32 %s" % f2},
                                      {"hmp": "memsave %s 16 \"%s\"" % (addr, f1)},
                                      {"hmp": "pmemsave 0 (32) \"%s\"" % f2},
                                      {"hmp": "x /4xw " + addr}, {"hmp": "xp /8xw 0"}] +
        m16readback(f1, "rb1", 16) + m16readback(f2, "rb2", 32))
    f3 = m16tmp(b, "qmem.bin")
    m16(b, "memsave-qmp-readback", steps=[qmp("memsave", val=int(addr, 16), size=16, filename=f3, **{"cpu-index": 1}),
                                          qmp("pmemsave", val=int(addr, 16) & 0xffff, size=8, filename=f3),
                                          hmc("memsave %s 4 %s" % (addr, f3))] + m16readback(f3, "rb3", 16))

# x86 watchdogs as devices: cold- and hot-plugged, listed, their actions.
for b in ["pc", "q35"]:
    m16(b, "i6300esb", "-device", "i6300esb,id=wd0", steps=[
        {"hmp": "info pci"}, {"hmp": "watchdog_action pause"}, qmp("qom-list", path="/machine/peripheral/wd0"),
        qmp("query-pci"), M16ST, C, M16ST, R, M16ST, S, {"hmp": "device_del wd0"}, {"hmp": "info status"}])
    m16(b, "i6300esb-hotplug", steps=[{"hmp": "device_add i6300esb,id=wd1"}, {"hmp": "device_add i6300esb,id=wd2"},
                                      qmp("device_add", driver="i6300esb", id="wd3", addr="0x9"),
                                      {"hmp": "info qtree"}, {"hmp": "watchdog_action shutdown"}, R, M16ST])
    m16(b, "ib700", "-device", "ib700,id=ib", steps=[
        {"hmp": "info qtree"}, qmp("qom-list", path="/machine/peripheral/ib"), {"hmp": "watchdog_action none"},
        C, R, M16ST, {"hmp": "device_del ib"}, {"hmp": "device_add ib700,id=ib2"}])
    m16(b, "ib700-two", "-device", "ib700", "-device", "ib700", steps=[M16ST])
    m16(b, "watchdog-both", "-device", "ib700,id=ib", "-device", "i6300esb,id=esb", "-action", "watchdog=pause",
        steps=[{"hmp": "info qtree"}, {"hmp": "info pci"}, M16ST])
    m16(b, "watchdog-option", "-watchdog-action", "poweroff", "-device", "ib700", steps=[M16ST, {"hmp": "info status"}])
    m16(b, "watchdog-option-bad", "-watchdog-action", "bogus", steps=[M16ST])
    # Keys into the i8042 on a paused machine, read back from its port.
    m16(b, "keys-i8042", steps=[{"hmp": "i /b 0x64"}, {"hmp": "sendkey a"}, {"hmp": "i /b 0x64"}, {"hmp": "i /b 0x60"},
                                {"hmp": "i /b 0x64"}, qmp("send-key", keys=[{"type": "qcode", "data": "b"}]),
                                qmp("input-send-event", events=[{"type": "key", "data": {
                                    "down": True, "key": {"type": "number", "data": 0x1e}}}]),
                                {"hmp": "i /b 0x60"}, {"hmp": "i /b 0x60"}, {"hmp": "i /b 0x60"}, {"hmp": "i /b 0x64"}])
    m16(b, "keys-no-i8042", "-M", b + ",i8042=off", steps=[
        {"hmp": "sendkey a"}, qmp("send-key", keys=[{"type": "qcode", "data": "a"}]),
        qmp("input-send-event", events=[{"type": "key", "data": {"down": True, "key": {"type": "qcode", "data": "a"}}}]),
        {"hmp": "info mice"}, {"hmp": "i /b 0x64"}, {"hmp": "info qtree"}])
    m16(b, "keys-usb-kbd", "-M", b + ",i8042=off", "-device", "qemu-xhci", "-device", "usb-kbd,id=kbd",
        steps=[{"hmp": "sendkey a"}, qmp("input-send-event", device="kbd", events=[
            {"type": "key", "data": {"down": True, "key": {"type": "qcode", "data": "a"}}}]),
            qmp("input-send-event", device="nosuch", events=[
                {"type": "key", "data": {"down": True, "key": {"type": "qcode", "data": "a"}}}]),
            {"hmp": "info usb"}, {"hmp": "info mice"}])
    # cpu N and cpu-index before the CPU's state at reset.
    m16(b, "cpu-state", steps=hmp("cpu 1", "info registers", "info lapic", "info tlb", "info mem") + [
        qmp("human-monitor-command", **{"command-line": "info registers", "cpu-index": 1}),
        qmp("human-monitor-command", **{"command-line": "info lapic", "cpu-index": 1}),
        qmp("human-monitor-command", **{"command-line": "info tlb", "cpu-index": 1}),
        qmp("human-monitor-command", **{"command-line": "info mem", "cpu-index": 0}),
        qmp("human-monitor-command", **{"command-line": "x /2i $pc", "cpu-index": 1}),
        qmp("human-monitor-command", **{"command-line": "p $pc", "cpu-index": 1}),
        qmp("human-monitor-command", **{"command-line": "info lapic", "cpu-index": 2}),
        qmp("human-monitor-command", **{"command-line": "cpu 1", "cpu-index": 0})])
    m16(b, "cpu-state-hotplug", steps=[
        {"hmp": "device_add qemu64-x86_64-cpu,socket-id=2,core-id=0,thread-id=0,id=c2"},
        qmp("human-monitor-command", **{"command-line": "info registers", "cpu-index": 2}),
        qmp("human-monitor-command", **{"command-line": "info lapic", "cpu-index": 2}),
        qmp("human-monitor-command", **{"command-line": "x /4xb $pc", "cpu-index": 2}),
        {"hmp": "info lapic 2"}, {"hmp": "info registers -a"}])
    m16(b, "cpu-state-after-nmi", steps=[{"hmp": "nmi"}, qmp("inject-nmi"),
                                         qmp("human-monitor-command", **{"command-line": "info lapic", "cpu-index": 1}),
                                         {"hmp": "info lapic 0"}, R, {"hmp": "info lapic 0"},
                                         {"hmp": "info registers"}])
    m16(b, "cpu-state-after-reset", steps=[C, S, R, {"hmp": "info registers"},
                                           qmp("human-monitor-command", **{"command-line": "info registers",
                                                                           "cpu-index": 1}), {"hmp": "info tlb"}])

# pseries: the built-in watchdogs, an NMI's effect on the CPUs, keys on USB.
m16("pseries", "spapr-wdt", steps=[
    qmp("qom-list", path="/machine/wdt1"), qmp("qom-get", path="/machine/wdt1", property="type"),
    {"hmp": "info qtree"}, {"hmp": "watchdog_action pause"}, C, R, M16ST, S])
m16("pseries", "spapr-wdt-device", "-device", "spapr-wdt", steps=[M16ST])
m16("pseries", "keys-usb-kbd", "-device", "qemu-xhci", "-device", "usb-kbd,id=kbd", steps=[
    {"hmp": "sendkey a"}, qmp("send-key", keys=[{"type": "qcode", "data": "ret"}]),
    qmp("input-send-event", device="kbd", events=[
        {"type": "key", "data": {"down": True, "key": {"type": "qcode", "data": "a"}}}]),
    qmp("input-send-event", device="kbd", events=[{"type": "rel", "data": {"axis": "x", "value": 1}}]),
    {"hmp": "info usb"}, {"hmp": "info mice"}])
m16("pseries", "cpu-state", steps=hmp("cpu 1", "info registers", "info tlb", "info mem", "info lapic") + [
    qmp("human-monitor-command", **{"command-line": "info registers", "cpu-index": 1}),
    qmp("human-monitor-command", **{"command-line": "p $pc", "cpu-index": 1}),
    qmp("human-monitor-command", **{"command-line": "info registers", "cpu-index": 4})])

# Measured for the engine (m16-BOARD-m-): the lengths of the files memsave and
# pmemsave write (a refused memsave leaves its file, empty), read back by
# qemu-io's length on a file blockdev (printed on QEMU's stdout).
for b in ["pc", "q35", "pseries"]:
    bad = "0x100000000" if b != "pseries" else "0x40000000"
    names = [m16tmp(b, "m-%s.bin" % n) for n in ("a", "b", "c", "d")]
    steps = [{"hmp": "memsave 0 16 \"%s\"" % names[0]}, {"hmp": "pmemsave 0 (1024+8) \"%s\"" % names[1]},
             {"hmp": "memsave %s 16 \"%s\"" % (bad, names[2])}, {"hmp": "pmemsave 0 0 \"%s\"" % names[3]},
             {"hmp": "memsave 0 4 \"%s\"" % names[0]}]
    for i, n in enumerate(names):
        steps += [qmp("blockdev-add", driver="file", filename=n, **{"node-name": "m%d" % i, "read-only": True}),
                  {"hmp": "qemu-io m%d length" % i}]
    m16(b, "m-memsave-lengths", steps=steps)

# mt (task mt): info mtree as learners type it (plain, -f, -o, -d, -D) on
# paused pc, q35 and pseries: the bare machines (default RAM, other sizes,
# maxmem, NUMA memdevs), then with the devices learners add (a NIC,
# virtio-blk, virtio-scsi, a USB controller, a root port with a device
# behind, VGA/virtio-vga, a DIMM, an IOMMU). QEMU lists address spaces and
# flat views in a pointer-keyed hash table's order, so only the recordings
# that came out alike twice are kept.
MT_CMDS = [("mtree", "info mtree"), ("f", "info mtree -f"), ("o", "info mtree -o"), ("fd", "info mtree -f -d"),
           ("D", "info mtree -D")]
MT_NULL = ["-blockdev", "null-co,node-name=d0"]
MT_BARE = {
    "pc": [("def", []), ("1g", ["-m", "1G"]), ("4g", ["-m", "4G"]), ("3600m", ["-m", "3600M"]),
           ("maxmem", ["-m", "512M,slots=2,maxmem=2G"]),
           ("numa", ["-m", "512M", "-object", "memory-backend-ram,id=m0,size=256M", "-object",
                     "memory-backend-ram,id=m1,size=256M", "-numa", "node,nodeid=0,memdev=m0",
                     "-numa", "node,nodeid=1,memdev=m1"])],
    "q35": [("def", []), ("1g", ["-m", "1G"]), ("4g", ["-m", "4G"]), ("2900m", ["-m", "2900M"]),
            ("maxmem", ["-m", "512M,slots=2,maxmem=2G"]),
            ("numa", ["-m", "512M", "-object", "memory-backend-ram,id=m0,size=256M", "-object",
                      "memory-backend-ram,id=m1,size=256M", "-numa", "node,nodeid=0,memdev=m0",
                      "-numa", "node,nodeid=1,memdev=m1"])],
    "pseries": [("def", []), ("1g", ["-m", "1G"]), ("maxmem", ["-m", "1G,slots=2,maxmem=4G"]),
                ("numa", ["-m", "1G", "-object", "memory-backend-ram,id=m0,size=512M", "-object",
                          "memory-backend-ram,id=m1,size=512M", "-numa", "node,nodeid=0,memdev=m0",
                          "-numa", "node,nodeid=1,memdev=m1"])],
}
MT_DIMM = ["-m", "512M,slots=2,maxmem=2G", "-object", "memory-backend-ram,id=mem1,size=256M",
           "-device", "pc-dimm,id=dimm1,memdev=mem1"]
MT_DEVS = {
    "pc": [("e1000", ["-device", "e1000,id=n0"]), ("vnet", ["-device", "virtio-net-pci,id=n0"]),
           ("vblk", MT_NULL + ["-device", "virtio-blk-pci,drive=d0,id=b0"]),
           ("vscsi", ["-device", "virtio-scsi-pci,id=s0"]), ("xhci", ["-device", "qemu-xhci,id=u0"]),
           ("uhci", ["-device", "piix3-usb-uhci,id=u0"]), ("vga", ["-device", "VGA,id=v0"]),
           ("vvga", ["-device", "virtio-vga,id=v0"]), ("dimm", MT_DIMM),
           ("nic-vga", ["-device", "VGA,id=v0", "-device", "e1000,id=n0"])],
    "q35": [("e1000e", ["-device", "e1000e,id=n0"]), ("vnet", ["-device", "virtio-net-pci,id=n0"]),
            ("vblk", MT_NULL + ["-device", "virtio-blk-pci,drive=d0,id=b0"]),
            ("vscsi", ["-device", "virtio-scsi-pci,id=s0"]), ("xhci", ["-device", "qemu-xhci,id=u0"]),
            ("rp", ["-device", "pcie-root-port,id=rp0,chassis=1", "-device", "virtio-net-pci,bus=rp0,id=n0"]),
            ("rp-empty", ["-device", "pcie-root-port,id=rp0,chassis=1"]),
            ("vga", ["-device", "VGA,id=v0"]), ("vvga", ["-device", "virtio-vga,id=v0"]), ("dimm", MT_DIMM),
            ("iommu", ["-M", "q35,kernel-irqchip=split", "-device", "intel-iommu,id=i0"])],
    "pseries": [("vnet", ["-device", "virtio-net-pci,id=n0"]), ("vscsi", ["-device", "virtio-scsi-pci,id=s0"]),
                ("xhci", ["-device", "qemu-xhci,id=u0"]), ("vga", ["-device", "VGA,id=v0"]),
                ("dimm", ["-m", "1G,slots=2,maxmem=4G", "-object", "memory-backend-ram,id=mem1,size=256M",
                          "-device", "pc-dimm,id=dimm1,memdev=mem1"]),
                ("vio", ["-netdev", "user,id=h0", "-device", "spapr-vlan,netdev=h0,id=vl0",
                         "-device", "spapr-vscsi,id=vs0"])],
}
for b in ["pc", "q35", "pseries"]:
    add = corpus.p if b == "pseries" else corpus.x
    base = ["-M", b] + (["-cpu", "POWER9"] if b == "pseries" else [])
    for name, a in MT_BARE[b]:
        for tag, cmd in MT_CMDS if name == "def" else MT_CMDS[:2]:
            add("mt-%s-%s-%s" % (b, name, tag), *base, *a, steps=hmp(cmd))
    for name, a in MT_DEVS[b]:
        for tag, cmd in MT_CMDS[:2]:
            add("mt-%s-%s-%s" % (b, name, tag), *base, *a, steps=hmp(cmd))
# mt: a device hot-plugged on the paused machine shows up (its BAR still
# unmapped) and goes when device_del finishes (pc's ACPI keeps it until the
# guest answers).
corpus.x("mt-pc-hotplug", "-M", "pc", steps=hmp("device_add e1000,id=n1", "info mtree"))
corpus.p("mt-pseries-hotplug-dimm", "-M", "pseries", "-cpu", "POWER9", "-m", "1G,slots=2,maxmem=4G",
         "-object", "memory-backend-ram,id=mem1,size=256M", steps=hmp("info mtree", "device_add pc-dimm,id=d1,memdev=mem1", "info mtree"))

# --------------------------------------------------------------- round 17 ----
# A seventeenth outside tester (ids m17-): the monitor as a learner types it
# right after a CPU hotplug tutorial, on pc, q35 and pseries and their
# versioned types: HMP typos and argument errors around device_add/device_del
# of CPUs (missing, extra, wrong type, quoted strings, hex and suffixed
# numbers, negative ids), `help CMD` and `info` subcommands with arguments,
# qom-get/qom-set/qom-list on CPU and non-CPU paths (right and wrong), QMP
# commands with wrong, extra and missing arguments, query-* after device_add
# and device_del of CPUs and of NICs, human-monitor-command round trips,
# object_add/object_del, netdev_add and chardev-add with their info and query
# views.
M17 = {"pc": ("x86_64", ["-M", "pc", "-smp", "1,maxcpus=4"]),
       "q35": ("x86_64", ["-M", "q35", "-smp", "1,maxcpus=4"]),
       "pc72": ("x86_64", ["-M", "pc-i440fx-7.2", "-smp", "1,maxcpus=4"]),
       "q3572": ("x86_64", ["-M", "pc-q35-7.2", "-smp", "1,maxcpus=4"]),
       "pc52": ("x86_64", ["-M", "pc-i440fx-5.2", "-smp", "1,maxcpus=4"]),
       "pseries": ("ppc64", ["-M", "pseries", "-cpu", "POWER9", "-smp", "1,maxcpus=4"]),
       "pseries72": ("ppc64", ["-M", "pseries-7.2", "-cpu", "POWER9", "-smp", "1,maxcpus=4"]),
       "pseriesdef": ("ppc64", ["-M", "pseries", "-smp", "1,maxcpus=2"])}


def m17(board, id, *extra, steps, **kw):
    t, a = M17[board]
    corpus.case(t, "m17-%s-%s" % (board, id), *(a + list(extra)), steps=steps, **kw)


def hmc(line, **kw):
    return qmp("human-monitor-command", **{"command-line": line}, **kw)


X17 = "qemu64-x86_64-cpu"
P17 = "power9_v2.0-spapr-cpu-core"


def xcpu(sock, id=None, extra=""):
    return "device_add %s,%ssocket-id=%s,core-id=0,thread-id=0%s" % (X17, "id=%s," % id if id else "", sock, extra)


HP = qmp("query-hotpluggable-cpus")
CF = qmp("query-cpus-fast")
for b in ["pc", "q35"]:
    # Typos a learner makes copying the tutorial's lines.
    m17(b, "typos", steps=hmp("device-add %s,id=c1,socket-id=1,core-id=0,thread-id=0" % X17, "devce_add e1000",
                              "info hotpluggable_cpus", "info hotpluggable-cpu", "info cpu", "query-hotpluggable-cpus",
                              "cpu_add 1", "cpu-add 1", "device_dell c1", "info cpus", "Info cpus", "INFO CPUS"))
    # Argument shapes of the CPU's ids.
    m17(b, "cpu-args-bad", steps=hmp("device_add %s" % X17, "device_add %s,socket-id=1" % X17,
                                     xcpu("1k"), xcpu("two"), xcpu("1.0"), xcpu("4"), xcpu("-2"), xcpu("\"1\""),
                                     xcpu("1", extra=",core-id=1"), "device_add %s socket-id=1" % X17,
                                     xcpu("1", extra=",apic-id=7"), xcpu("1", id="c 1"), xcpu("0", id="c0"),
                                     "info hotpluggable-cpus"))
    m17(b, "cpu-hex", steps=hmp(xcpu("0x2", id="c2"), "info cpus", "info hotpluggable-cpus") + [CF])
    m17(b, "cpu-octal", steps=hmp(xcpu("03", id="c3"), "info cpus") + [HP])
    m17(b, "cpu-negative", steps=hmp("device_add %s,id=cn,socket-id=-1,core-id=-1,thread-id=-1" % X17,
                                     "device_add %s,id=cn,socket-id=1,core-id=-1,thread-id=-1" % X17, "info cpus"))
    m17(b, "cpu-quoted", steps=hmp("device_add \"%s,id=cq,socket-id=1,core-id=0,thread-id=0\"" % X17, "info cpus",
                                   "device_del \"cq\"", "device_del 'cq'", "info hotpluggable-cpus"))
    m17(b, "cpu-apic-id", steps=hmp("device_add %s,id=ca,apic-id=2" % X17, "info cpus") + [
        qmp("qom-get", path="/machine/peripheral/ca", property="apic-id"),
        qmp("qom-get", path="/machine/peripheral/ca", property="socket-id")])
    m17(b, "device-del-args", steps=hmp(xcpu("1", id="c1"), "device_del", "device_del c1 extra", "device_del \"\"",
                                        "device_del C1", "device_del /machine/peripheral/c1", "device_del c1",
                                        "info hotpluggable-cpus") + [CF])
    # The queries after a CPU comes and (asks to) go.
    m17(b, "query-after", steps=[HP, CF, {"hmp": xcpu("1", id="cpu1")}, HP, CF, {"hmp": "info cpus"},
                                 qmp("device_del", id="cpu1"), HP, CF, {"hmp": "info hotpluggable-cpus"},
                                 qmp("qom-list", path="/machine/peripheral")])
    m17(b, "query-after-qmp", steps=[
        qmp("device_add", driver=X17, id="cpu2", **{"socket-id": 2, "core-id": 0, "thread-id": 0}),
        qmp("device_add", driver=X17, id="cpu3", **{"socket-id": 3, "core-id": 0, "thread-id": 0}),
        CF, {"hmp": "info cpus"}, qmp("device_del", id="cpu2"), qmp("device_del", id="cpu2"), CF,
        qmp("query-acpi-ospm-status")])
    # qom-* on the CPUs (the hot-plugged one and the boot CPU) and beside them.
    m17(b, "qom-cpu", steps=hmp(xcpu("1", id="c1"), "qom-get /machine/peripheral/c1 socket-id",
                                "qom-get /machine/peripheral/c1 apic-id", "qom-get /machine/peripheral/c1 hotplugged",
                                "qom-get /machine/peripheral/c1 hotpluggable", "qom-get /machine/peripheral/c1 realized",
                                "qom-get /machine/peripheral/c1 type", "qom-get /machine/unattached/device[0] hotplugged",
                                "qom-get /machine/unattached/device[0] socket-id", "qom-get c1 core-id",
                                "qom-get /machine/peripheral/c1 nosuch", "qom-get /machine/peripheral/c9 socket-id",
                                "qom-get /machine/peripheral/c1", "qom-get", "qom-get /machine/peripheral/c1 node-id",
                                "qom-get /machine/peripheral/c1 start-powered-off"))
    m17(b, "qom-set-cpu", steps=hmp(xcpu("1", id="c1"), "qom-set /machine/peripheral/c1 socket-id 3",
                                    "qom-set /machine/peripheral/c1 socket-id x", "qom-set /machine/peripheral/c1 nosuch 1",
                                    "qom-set /machine/peripheral/c1 socket-id", "qom-set /machine/peripheral/c1 level 5",
                                    "qom-get /machine/peripheral/c1 level", "qom-set /machine/unattached/device[0] model-id \"My CPU\"",
                                    "qom-get /machine/unattached/device[0] model-id"))
    m17(b, "qom-list-cpu", steps=[{"hmp": xcpu("1", id="c1")}, {"hmp": "qom-list /machine/peripheral"},
                                  {"hmp": "qom-list /machine/peripheral/c1", "truncate": 15},
                                  {"hmp": "qom-list /machine/peripheral/c9"}, {"hmp": "qom-list"},
                                  {"hmp": "qom-list c1 extra"},
                                  dict(qmp("qom-list", path="c1"), truncate=5), qmp("qom-list", path="/machine/peripheral/c9")])
    m17(b, "qom-noncpu", steps=hmp("device_add e1000,id=n1", "qom-get /machine/peripheral/n1 mac",
                                   "qom-set /machine/peripheral/n1 mac 52:54:00:00:00:99", "qom-get n1 addr",
                                   "qom-get /machine/peripheral/n1 netdev", "qom-list /machine/peripheral/n1",
                                   "qom-get /machine/fw_cfg type", "qom-get /machine/unattached/device[99] type",
                                   "qom-get /machine smp", "qom-get /machine/peripheral-anon type"))
    # QMP's arguments: missing, extra, wrongly typed.
    m17(b, "qmp-args", steps=[
        qmp("device_add"), qmp("device_add", driver=1), qmp("device_add", driver=X17),
        qmp("device_add", driver=X17, id="q1", **{"socket-id": "1", "core-id": 0, "thread-id": 0}),
        qmp("device_add", driver=X17, id="q1", **{"socket-id": 1.5, "core-id": 0, "thread-id": 0}),
        qmp("device_add", driver=X17, id="q1", **{"socket-id": -1, "core-id": 0, "thread-id": 0}),
        qmp("device_add", driver=X17, id=7, **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
        qmp("device_del"), qmp("device_del", id=1), qmp("device_del", id="nosuch"),
        qmp("device_del", id="q1", force=True), qmp("query-hotpluggable-cpus", verbose=True),
        qmp("query-cpus-fast", id=0), qmp("query-cpus"), qmp("query-hotpluggable_cpus"), qmp("device-add", driver=X17)])
    m17(b, "qmp-qom-args", steps=[
        qmp("qom-get", path="/machine/unattached/device[0]"), qmp("qom-get", property="socket-id"),
        qmp("qom-get", path="/machine/unattached/device[0]", property="socket-id", extra=1),
        qmp("qom-set", path="/machine/unattached/device[0]", property="socket-id"),
        qmp("qom-set", path="/machine/unattached/device[0]", property="socket-id", value=2),
        qmp("qom-set", path="/machine/unattached/device[0]", property="model-id", value=5),
        qmp("qom-list"), qmp("qom-list", path=1), qmp("qom-list", path="/nosuch"),
        qmp("qom-get", path="/machine/unattached/device[0]", property="apic-id"),
        qmp("qom-get", path="/machine/unattached/device[0]", property="nosuch")])
    # human-monitor-command round trips around a CPU.
    m17(b, "hmc-cpu", steps=[hmc(xcpu("1", id="h1")), hmc("info hotpluggable-cpus"), hmc("info cpus"),
                             hmc("qom-get h1 socket-id"), hmc("device_del h1"), HP, hmc("help device_add"),
                             hmc("info cpus", **{"cpu-index": 1}), hmc("device_add"), hmc(""), hmc("info"),
                             qmp("human-monitor-command"), qmp("human-monitor-command", **{"command-line": 5}),
                             hmc("info cpus", **{"cpu-index": "1"}), hmc("info cpus", **{"cpu-index": 9})])
    # info with arguments.
    m17(b, "info-args", steps=hmp("info cpus 1", "info hotpluggable-cpus all", "info qom-tree /machine/peripheral",
                                  "info qom-tree /nosuch", "info qtree bogus", "info lapic 1", "info lapic 0x0",
                                  "info lapic -1", "info numa extra", "info registers 0", "info trace-events x86_*",
                                  "info trace-events cpuhp_acpi* 0", "info roms extra", "info status 1"))
    m17(b, "info-args-plugged", steps=[{"hmp": xcpu("1", id="c1")}, {"hmp": "info qom-tree /machine/peripheral"},
                                       {"hmp": "info qom-tree /machine/peripheral/c1"}, {"hmp": "info lapic 1"},
                                       {"hmp": "cpu 1"}, {"hmp": "info lapic"}, {"hmp": "info registers", "truncate": 6}])
    # help of the commands the tutorial uses, and of what comes next.
    m17(b, "help", steps=hmp("help device_add", "help device_del", "help info hotpluggable-cpus", "help info cpus",
                             "help qom-list", "help qom-get", "help qom-set", "help cpu", "help object_add",
                             "help object_del", "help netdev_add", "help chardev-add", "help device_add x",
                             "help device_del c1", "help query-hotpluggable-cpus", "help cpu_add", "help info qom-tree /machine"))
    # Non-CPU devices added and removed, with the views.
    m17(b, "nic-query", steps=[{"hmp": "netdev_add user,id=u1"},
                               {"hmp": "device_add %s,netdev=u1,id=n1" % ("e1000" if b == "pc" else "e1000e")},
                               {"hmp": "info network"}, {"hmp": "info pci"}, qmp("query-pci"),
                               qmp("query-rx-filter", name="n1"), {"hmp": "device_del n1"}, {"hmp": "info network"},
                               qmp("query-pci"), {"hmp": "netdev_del u1"}, {"hmp": "info network"}])
    m17(b, "objects", steps=hmp("object_add iothread,id=io1", "info iothreads", "object_add iothread,id=io1",
                                "object_add iothread,id=\"io2\"", "object_add memory-backend-ram,id=m1,size=0x8000000",
                                "object_add memory-backend-ram,id=m2,size=128m", "object_add memory-backend-ram,id=m3,size=1G5",
                                "info memdev", "qom-get /objects/m1 size", "object_del io1", "object_del io1",
                                "object_del m1 extra", "object_del", "info iothreads") + [qmp("query-memdev")])
    m17(b, "object-qmp", steps=[
        qmp("object-add", **{"qom-type": "iothread", "id": "io1", "poll-max-ns": 100}),
        qmp("object-add", **{"qom-type": "iothread", "id": "io2", "poll-max-ns": "100"}),
        qmp("object-add", id="io3"), qmp("object-add", **{"qom-type": "iothread"}),
        qmp("object-add", **{"qom-type": "iothread", "id": "io4", "nosuch": 1}),
        qmp("query-iothreads"), qmp("qom-get", path="/objects/io1", property="poll-max-ns"),
        qmp("object-del"), qmp("object-del", id="nosuch"), qmp("object-del", id="io1"), qmp("query-iothreads")])
    m17(b, "netdev", steps=hmp("netdev_add user,id=n1", "netdev_add user,id=n1", "netdev_add user", "netdev_add nosuch,id=x",
                               "netdev_add user,id=n2,restrict=yes", "netdev_add user,id=n3,net=10.0.9.0/24",
                               "netdev_add hubport,id=hp1,hubid=1", "netdev_add user,id=\"n 4\"", "info network",
                               "netdev_del n2", "netdev_del n2", "netdev_del", "info network"))
    m17(b, "netdev-qmp", steps=[qmp("netdev_add", type="user", id="q1"), qmp("netdev_add", type="user"),
                                qmp("netdev_add", id="q2"), qmp("netdev_add", type="user", id="q3", nosuch=1),
                                qmp("netdev_add", type="hubport", id="q4", hubid="1"),
                                qmp("netdev_add", type="hubport", id="q5", hubid=2),
                                {"hmp": "info network"}, qmp("netdev_del", id="q1"), qmp("netdev_del", id="q1"),
                                qmp("netdev_del"), {"hmp": "info network"}])
    m17(b, "chardev", steps=hmp("chardev-add ringbuf,id=r1", "chardev-add ringbuf,id=r1", "chardev-add ringbuf,id=r2,size=1000",
                                "chardev-add memory,id=r3,size=64", "chardev-add null", "chardev-add nosuch,id=x",
                                "chardev-add null,id=\"c 1\"", "info chardev", "ringbuf_write r1 hello",
                                "ringbuf_read r1 3", "ringbuf_read r1 0x10", "ringbuf_read r1 -1", "chardev-remove r1",
                                "chardev-remove r1", "info chardev") + [qmp("query-chardev")])
    m17(b, "chardev-qmp", steps=[
        qmp("chardev-add", id="c1", backend={"type": "null", "data": {}}),
        qmp("chardev-add", id="c2", backend={"type": "ringbuf", "data": {"size": 1000}}),
        qmp("chardev-add", id="c3", backend={"type": "ringbuf", "data": {"size": "64"}}),
        qmp("chardev-add", id="c4", backend={"type": "nosuch", "data": {}}),
        qmp("chardev-add", id="c5"), qmp("chardev-add", backend={"type": "null", "data": {}}),
        qmp("chardev-add", id="c1", backend={"type": "null", "data": {}}),
        qmp("query-chardev"), {"hmp": "info chardev"}, qmp("chardev-remove", id="c1"),
        qmp("chardev-remove", id="c1"), qmp("chardev-remove")])

# Versioned x86 types: the same tutorial on pinned machines.
for b in ["pc72", "q3572", "pc52"]:
    m17(b, "tutorial", steps=[HP, {"hmp": xcpu("1", id="cpu1")}, {"hmp": "info hotpluggable-cpus"}, CF,
                              {"hmp": "info cpus"}, qmp("qom-get", path="/machine/peripheral/cpu1", property="apic-id"),
                              {"hmp": "device_del cpu1"}, HP, {"hmp": "qom-list /machine/peripheral"}])
    m17(b, "errors", steps=hmp(xcpu("4"), xcpu("1", extra=",core-id=1"), "device_add %s,id=x" % X17, xcpu("0"),
                               "device_del nosuch", "info hotpluggable-cpus extra"))
    m17(b, "nic", steps=[{"hmp": "device_add e1000,id=n1"}, {"hmp": "info pci"}, qmp("query-pci"),
                         {"hmp": "device_del n1"}, {"hmp": "qom-get /machine/peripheral/n1 type"}])
m17("pc", "cpu-types", steps=hmp("device_add qemu64-cpu,id=a,socket-id=1,core-id=0,thread-id=0",
                                 "device_add Haswell-x86_64-cpu,id=b,socket-id=1,core-id=0,thread-id=0",
                                 "device_add x86_64-cpu,id=c,socket-id=1,core-id=0,thread-id=0", "info cpus"))
m17("q35", "cpu-help", steps=[{"hmp": "device_add %s,help" % X17, "truncate": 10},
                              {"hmp": "device_add %s,?" % X17, "truncate": 5}])
m17("pc", "smp-more", "-smp", "2,sockets=2,cores=2,threads=2,maxcpus=8", steps=[
    {"hmp": "info hotpluggable-cpus"}, {"hmp": "device_add %s,id=t1,socket-id=0,core-id=1,thread-id=1" % X17},
    {"hmp": "device_add %s,id=t2,socket-id=1,core-id=0,thread-id=2" % X17},
    {"hmp": "device_add %s,id=t3,socket-id=0,core-id=1,thread-id=0" % X17}, CF, {"hmp": "info cpus"}])

# pseries: cores, not threads.
for b in ["pseries", "pseries72"]:
    m17(b, "typos", steps=hmp("device_add POWER9-spapr-cpu-core,id=core1,core-id=1",
                              "device_add power9-spapr-cpu-core,id=core1,core-id=1",
                              "device_add %s,id=core1,core_id=1" % P17, "device_add %s,id=core1,socket-id=1" % P17,
                              "device_add %s,id=core1,core-id=1,thread-id=0" % P17, "info hotpluggable_cpus",
                              "info hotpluggable-cpus"))
    m17(b, "core-args", steps=hmp("device_add %s" % P17, "device_add %s,core-id=0" % P17,
                                  "device_add %s,core-id=0x1,id=h" % P17, "device_add %s,core-id=2k" % P17,
                                  "device_add %s,core-id=-1" % P17, "device_add %s,core-id=4" % P17,
                                  "device_add %s,core-id=\"3\",id=q" % P17, "device_add %s,core-id=2,nr-threads=2" % P17,
                                  "info cpus") + [HP])
    m17(b, "query-after", steps=[HP, {"hmp": "device_add %s,id=core1,core-id=1" % P17}, HP, CF, {"hmp": "info cpus"},
                                 {"hmp": "device_del core1"}, HP, CF, {"hmp": "info hotpluggable-cpus"}])
    m17(b, "qom-core", steps=hmp("device_add %s,id=core1,core-id=1" % P17, "qom-list /machine/peripheral/core1",
                                 "qom-get /machine/peripheral/core1 core-id", "qom-get /machine/peripheral/core1 nr-threads",
                                 "qom-get /machine/peripheral/core1 hotplugged", "qom-get /machine/peripheral/core1 node-id",
                                 "qom-set /machine/peripheral/core1 core-id 2", "qom-set /machine/peripheral/core1 nr-threads 2",
                                 "qom-get /machine/peripheral/core1/thread[0] type", "qom-get core1 type",
                                 "qom-get /machine/peripheral/core2 core-id", "qom-get /machine/unattached/device[0] core-id"))
    m17(b, "qmp-args", steps=[
        qmp("device_add", driver=P17), qmp("device_add", driver=P17, id="c1", **{"core-id": "1"}),
        qmp("device_add", driver=P17, id="c1", **{"core-id": 1, "nr-threads": 2}),
        qmp("device_add", driver=P17, id="c1", **{"core-id": 1, "socket-id": 0}),
        qmp("device_add", driver=P17, id="c1", **{"core-id": 1}), qmp("device_add", driver=P17, id="c1", **{"core-id": 2}),
        qmp("device_del", id="c1", extra=True), qmp("device_del", id="c1"), HP,
        qmp("qom-get", path="/machine/peripheral/c1", property="core-id")])
    m17(b, "hmc", steps=[hmc("device_add %s,id=core1,core-id=1" % P17), hmc("info hotpluggable-cpus"), hmc("info cpus"),
                         hmc("info cpus", **{"cpu-index": 1}), hmc("qom-get core1 core-id"), hmc("device_del core1"), HP])
    m17(b, "nic-query", steps=[{"hmp": "netdev_add user,id=u1"}, {"hmp": "device_add spapr-vlan,netdev=u1,id=v1"},
                               {"hmp": "device_add virtio-net-pci,id=n2"}, {"hmp": "info network"}, qmp("query-pci"),
                               {"hmp": "qom-get /machine/peripheral/v1 reg"}, {"hmp": "info qtree"},
                               {"hmp": "device_del v1"}, {"hmp": "info network"}])
m17("pseries", "objects", steps=hmp("object_add iothread,id=io1", "object_add memory-backend-ram,id=m1,size=256M",
                                    "info memdev", "info iothreads", "object_del m1", "object_del io1", "info memdev"))
m17("pseries", "chardev-vty", steps=hmp("chardev-add ringbuf,id=r1", "device_add spapr-vty,chardev=r1,id=vty1",
                                        "info chardev", "qom-get /machine/peripheral/vty1 chardev", "chardev-remove r1",
                                        "device_del vty1"))
m17("pseries", "help-info", steps=hmp("info pic extra", "info cpus 0", "info lapic", "info ioapic",
                                      "info registers -a extra", "help info hotpluggable-cpus", "info qom-tree /machine/peripheral"))
# pseries' default CPU as the tutorial's reader meets it: read the type first.
m17("pseriesdef", "read-type", steps=[HP, qmp("query-cpus-fast"), qmp("qom-get", path="/machine", property="type"),
                                      {"hmp": "info cpus"}, {"hmp": "device_add host-spapr-cpu-core,core-id=1"},
                                      {"hmp": "device_add %s,id=c1,core-id=1" % P17}])

for b in ["pc", "q35"]:
    m17(b, "cpu-fill", steps=hmp(xcpu("1", id="c1"), xcpu("2", id="c2"), xcpu("3", id="c3"), xcpu("3", id="c4"),
                                 "device_add %s,id=c5,socket-id=4,core-id=0,thread-id=0" % X17,
                                 "info hotpluggable-cpus") + [CF])
    m17(b, "cpu-readd", steps=hmp(xcpu("1", id="c1"), "device_del c1", xcpu("1", id="c1"), xcpu("1", id="c1b"),
                                  xcpu("2", id="c1"), "info cpus") + [HP])
    m17(b, "del-boot", steps=hmp("device_del /machine/unattached/device[0]", "device_del device[0]", "info cpus") + [
        qmp("device_del", id="/machine/unattached/device[0]"), qmp("device_del", id="/machine/peripheral"),
        qmp("device_del", id="/machine/i440fx" if b == "pc" else "/machine/q35")])
    m17(b, "cpu-cmd", steps=hmp("cpu 1", "cpu -1", "cpu x", "cpu", "cpu 0 1", xcpu("1", id="c1"), "cpu 0x1", "info cpus",
                                "cpu 1", "info cpus", "device_del c1", "info cpus"))
    m17(b, "numa-cpu", "-m", "512M", "-numa", "node,nodeid=0", "-numa", "node,nodeid=1", steps=hmp(
        "info hotpluggable-cpus", xcpu("1", id="c1", extra=",node-id=1"), xcpu("2", id="c2", extra=",node-id=5"),
        xcpu("2", id="c2", extra=",node-id=0"), "info numa") + [CF])
    m17(b, "hmc-backends", steps=[hmc("object_add iothread,id=io1"), qmp("query-iothreads"), hmc("info iothreads"),
                                  hmc("netdev_add user,id=n1"), hmc("info network"), hmc("chardev-add ringbuf,id=r1"),
                                  qmp("ringbuf-write", device="r1", data="hi"), hmc("ringbuf_read r1 5"),
                                  hmc("object_del io1"), hmc("netdev_del n1"), hmc("chardev-remove r1"),
                                  hmc("info chardev")])
    m17(b, "qom-list-paths", steps=hmp("qom-list /", "qom-list /objects", "qom-list /chardevs", "qom-list /machine/peripheral-anon",
                                       "qom-list /machine/peripheral", "qom-list //machine", "qom-list machine",
                                       "qom-list /machine/", "qom-get /machine/unattached/device[0] parent_bus"))
    nic = ["device_add virtio-net-pci,id=vn"] if b == "pc" else [
        "device_add pcie-root-port,id=rp1,chassis=1", "device_add virtio-net-pci,id=vn,bus=rp1"]
    m17(b, "nic-virtio", steps=[{"hmp": c} for c in nic] + [{"hmp": "info network"}, qmp("query-pci"),
                                                           {"hmp": "qom-get vn addr"}, {"hmp": "device_del vn"},
                                                           {"hmp": "info pci"}])
for b in ["pseries", "pseries72"]:
    m17(b, "cpu-fill", steps=hmp(*["device_add %s,id=c%d,core-id=%d" % (P17, i, i) for i in (1, 2, 3)],
                                 "device_add %s,id=c4,core-id=4" % P17, "device_add %s,id=c5,core-id=3" % P17,
                                 "info hotpluggable-cpus") + [CF])
    m17(b, "del-boot", steps=hmp("device_del /machine/unattached/device[0]", "info cpus") + [
        qmp("device_del", id="/machine/unattached/device[0]"), HP])
    m17(b, "cpu-cmd", steps=hmp("cpu 1", "device_add %s,id=c1,core-id=1" % P17, "cpu 1", "info cpus", "cpu 2", "cpu 0"))
    m17(b, "numa-core", "-m", "1G", "-numa", "node,nodeid=0", "-numa", "node,nodeid=1", steps=hmp(
        "info hotpluggable-cpus", "device_add %s,id=c1,core-id=1,node-id=1" % P17,
        "device_add %s,id=c2,core-id=2,node-id=7" % P17, "info numa") + [HP])
m17("pseries", "hmc-backends", steps=[hmc("object_add iothread,id=io1"), hmc("info iothreads"), hmc("netdev_add user,id=n1"),
                                      hmc("info network"), hmc("chardev-add null,id=c1"), qmp("query-chardev"),
                                      hmc("object_del io1"), hmc("netdev_del n1")])
m17("pseries", "qom-list-paths", steps=hmp("qom-list /machine/peripheral", "qom-list /objects", "qom-get /machine/unattached/device[0] type",
                                           "qom-get /machine ic-mode", "qom-set /machine ic-mode xics",
                                           "qom-get /machine/unattached/device[0]/thread[0] type", "qom-list /nosuch"))
for b in ["pc72", "q3572", "pc52"]:
    m17(b, "qmp-args", steps=[qmp("device_add", driver=X17, id="q1", **{"socket-id": "1", "core-id": 0, "thread-id": 0}),
                              qmp("device_add", driver=X17, **{"socket-id": 1, "core-id": 0, "thread-id": 0}), CF,
                              qmp("device_del", id="/machine/peripheral-anon/device[0]"),
                              qmp("query-hotpluggable-cpus", x=1)])
m17("pseriesdef", "tutorial", steps=[HP, {"hmp": "device_add POWER9_v2.0-spapr-cpu-core,id=c1,core-id=1"},
                                     {"hmp": "device_add spapr-cpu-core,id=c1,core-id=1"}, {"hmp": "info cpus"}])
m17("pc", "hmc-help", steps=[hmc("help qom-set"), hmc("help info hotpluggable-cpus"), hmc("? device_del"),
                             hmc("help nosuch"), hmc("help netdev_del")])
m17("q35", "devices-mixed", steps=[{"hmp": xcpu("1", id="c1")}, {"hmp": "device_add e1000e,id=n1"},
                                   {"hmp": "qom-list /machine/peripheral"}, {"hmp": "device_del c1"},
                                   {"hmp": "device_del n1"}, HP, {"hmp": "info pci"}, {"hmp": "qom-list /machine/peripheral"}])
m17("pc52", "qom-cpu", steps=hmp(xcpu("1", id="c1"), "qom-get c1 hotplugged", "qom-get c1 apic-id",
                                 "qom-get /machine/unattached/device[0] hotpluggable", "qom-list /machine/peripheral"))
m17("q3572", "hmc", steps=[hmc(xcpu("2", id="c2")), hmc("info hotpluggable-cpus"), hmc("device_del c2"), hmc("info cpus")])
m17("pc72", "objects", steps=hmp("object_add iothread,id=io1", "object_add memory-backend-ram,id=m1,size=64M",
                                 "info memdev", "info iothreads", "object_del m1", "info memdev"))
m17("pseries72", "objects", steps=hmp("object_add iothread,id=io1", "info iothreads", "object_add iothread,id=io1",
                                      "object_del io1", "info iothreads"))
m17("pc", "netdev-hub", steps=hmp("netdev_add hubport,id=h0,hubid=0", "netdev_add user,id=u0",
                                  "netdev_add hubport,id=h1,hubid=0,netdev=u0", "device_add e1000,netdev=h0,id=n0",
                                  "info network", "netdev_del h1", "info network"))


# --------------------------------------------------------------- round 18 ----
# An eighteenth outside tester (ids m18-): the informational commands a
# newcomer tries after reading QEMU's docs, on pc, q35 and pseries, before and
# after a CPU device_add, after its device_del and after a non-CPU device_add
# (e1000 on pc, e1000e behind a root port on q35, virtio-net-pci on pseries);
# the commands that cannot mean much on a paused machine without a disk or a
# display (memsave, pmemsave, dump-guest-memory, screendump, savevm/loadvm,
# migrate to a file, gdbserver, x/xp with formats) as QEMU answers them; the
# QMP equivalents (query-* with and without arguments, x-query-*), and
# human-monitor-command round trips of them.
M18 = {"pc": ("x86_64", ["-M", "pc", "-smp", "1,maxcpus=4"]),
       "q35": ("x86_64", ["-M", "q35", "-smp", "1,maxcpus=4", "-device", "pcie-root-port,id=rp1,chassis=1"]),
       "pseries": ("ppc64", ["-M", "pseries", "-cpu", "POWER9", "-smp", "1,maxcpus=4"])}
M18_CPU = {"pc": "device_add qemu64-x86_64-cpu,id=c1,socket-id=1,core-id=0,thread-id=0",
           "q35": "device_add qemu64-x86_64-cpu,id=c1,socket-id=1,core-id=0,thread-id=0",
           "pseries": "device_add power9_v2.0-spapr-cpu-core,id=c1,core-id=1"}
M18_NIC = {"pc": "device_add e1000,id=n1", "q35": "device_add e1000e,id=n1,bus=rp1",
           "pseries": "device_add virtio-net-pci,id=n1"}
M18_STATES = {"bare": lambda b: [], "cpu": lambda b: hmp(M18_CPU[b]),
              "cpudel": lambda b: hmp(M18_CPU[b], "device_del c1"), "nic": lambda b: hmp(M18_NIC[b])}
M18_GROUPS = {"regs": ["registers", "registers -a", "cpus"], "mmu": ["tlb", "mem"],
              "intc": ["lapic", "pic", "ioapic", "irq"],
              "mem": ["roms", "numa", "memdev", "memory-devices", "balloon", "mice", "usb"],
              "state": ["status", "snapshots", "migrate", "migrate_capabilities", "migrate_parameters", "dump",
                        "iothreads", "vm-generation-id", "replay", "stats vm", "stats vcpu", "cryptodev",
                        "vcpu_dirty_limit", "dirty_rate", "sev", "sgx"]}
M18_BIG = {"registers": 40, "registers -a": 60, "tlb": 30, "mem": 30, "mtree -f": 40, "qdm": 20,
           "migrate_capabilities": 40, "migrate_parameters": 40}


def m18(board, id, *extra, steps, **kw):
    t, a = M18[board]
    corpus.case(t, "m18-%s-%s" % (board, id), *(a + list(extra)), steps=steps, **kw)


def m18info(n):
    st = {"hmp": "info " + n}
    if n in M18_BIG:
        st["truncate"] = M18_BIG[n]
    return st


def m18tmp(board, name):   # a host file of the case's own (in the chroot for 10.0)
    return "/tmp/m18-%s-%s" % (board, name)


for b in ["pc", "q35", "pseries"]:
    for s, pre in M18_STATES.items():
        for g, names in M18_GROUPS.items():
            if b == "pseries":   # XICS' state (info pic) differs run to run: a case of its own below
                names = [n for n in names if n != "pic"]
            m18(b, "%s-%s" % (s, g), steps=pre(b) + [m18info(n) for n in names])
    # What a run (or the host) may change: a case each.
    for s in ["bare", "nic"]:
        m18(b, "%s-mtree-f" % s, steps=M18_STATES[s](b) + [m18info("mtree -f")])
    for n in ["ramblock", "sync-profile", "usbhost", "qdm"] + (["pic"] if b == "pseries" else []):
        m18(b, "info-" + n.replace("-", ""), steps=[m18info(n)])

    # The commands that cannot mean much here, as QEMU answers them.
    f = m18tmp(b, "")
    m18(b, "save-x", steps=hmp(M18_CPU[b], "memsave 0 16 %smem.bin" % f, "pmemsave 0 16 %spmem.bin" % f,
                               "cpu 1", "memsave 0 16 %smem1.bin" % f, "memsave 0 16", "pmemsave 0x7 16 %spmem2.bin" % f,
                               "screendump %sscr.ppm" % f, "savevm s1", "loadvm s1", "delvm s1", "info snapshots",
                               "gdbserver none", "gdbserver none"))
    m18(b, "x-formats", steps=hmp("x /4xb 0", "x /2dh 0", "x /2uw 0", "x /2og 0", "x /4cb 0", "x /2xw 0x100",
                                  "xp /4xb 0", "xp /2dh 0x10", "xp /2uw 0", "xp /2og 0", "xp /8cb 0", "xp /x 0",
                                  "xp 0", "x /3zb 0", "xp /2xq 0", "x /0xb 0", "xp /-1xb 0"))
    m18(b, "x-cpu1", steps=hmp(M18_CPU[b], "cpu 1", "x /4xw 0", "xp /4xw 0", "p $pc", "cpu 0", "x /4xw 0", "p $pc",
                               "device_del c1", "cpu 1", "x /2xb 0"))
    m18(b, "dump", steps=hmp(M18_CPU[b], "dump-guest-memory %sd.elf 0 4096" % f, "info dump",
                             "dump-guest-memory -z %sd.kdump 0 4096" % f, "info dump") + [
        qmp("query-dump"), qmp("dump-guest-memory", paging=False, protocol="file:%sq.elf" % f, begin=0, length=4096),
        qmp("query-dump")])
    m18(b, "migrate-file", steps=hmp("migrate %smig.bin" % f, "migrate tcp:", "migrate nosuch:x",
                                     "migrate_cancel", "info migrate", "migrate -d file:%smig.bin" % f), settle=0.5)

    # migrate's refusals and the state they leave, in QMP and in info migrate.
    m18(b, "migrate-qmp", steps=[
        qmp("migrate", uri="tcp:"), qmp("query-migrate"), {"hmp": "info migrate"},
        qmp("migrate", uri="nosuch:x"), qmp("query-migrate"), {"hmp": "info migrate"},
        qmp("migrate", uri="tcp:localhost"), qmp("query-migrate"), qmp("migrate", uri="fd:nosuch"),
        qmp("query-migrate"), {"hmp": "info migrate"}, qmp("migrate_cancel"), qmp("query-migrate"),
        qmp("migrate", uri="/tmp/x"), {"hmp": "migrate -d tcp:"}, {"hmp": "info migrate"}])
    # The QMP equivalents, plain and with arguments, before and after a CPU.
    for s in ["bare", "cpu", "cpudel"]:
        pre = M18_STATES[s](b)
        m18(b, "%s-qmp-cpu" % s, steps=pre + [
            qmp("query-cpus-fast"), qmp("query-hotpluggable-cpus"), qmp("query-status"), qmp("x-query-irq"),
            qmp("x-query-numa")] + ([] if b == "pseries" else [qmp("x-query-interrupt-controllers")]) + [qmp("query-stats", target="vcpu"),
            qmp("query-stats", target="vm"), qmp("query-stats-schemas"),
            qmp("query-stats", target="vcpu", vcpus=["/machine/unattached/device[0]"]),
            qmp("query-vcpu-dirty-limit"), qmp("query-dirty-rate")])
    if b == "pseries":   # XICS' state, as info pic
        m18(b, "qmp-intc", steps=[qmp("x-query-interrupt-controllers")])
    m18(b, "qmp-mem", steps=[
        qmp("x-query-roms"), qmp("query-memdev"), qmp("query-memory-devices"), qmp("query-memory-size-summary"),
        qmp("query-balloon"), qmp("query-mice"), qmp("x-query-usb"), qmp("query-dump"),
        qmp("query-dump-guest-memory-capability"), qmp("query-iothreads"), qmp("query-vm-generation-id"),
        qmp("query-replay"), qmp("query-cryptodev"), qmp("query-sev"), qmp("query-sev-capabilities"),
        qmp("query-sgx"), qmp("query-sgx-capabilities"), qmp("query-migrate"), qmp("x-query-rdma"),
        qmp("query-rocker", name="r0")])
    m18(b, "qmp-args", steps=[
        qmp("query-status", verbose=True), qmp("query-cpus-fast", cpu=0), qmp("query-memdev", id="m0"),
        qmp("query-stats", target="nosuch"), qmp("query-stats"), qmp("query-stats", target="vcpu", vcpus=[]),
        qmp("query-stats", target="vm", vcpus=["/machine/unattached/device[0]"]),
        qmp("query-stats", target="vcpu", providers=[{"provider": "kvm"}]),
        qmp("query-stats-schemas", provider="kvm"), qmp("query-stats-schemas", provider="nosuch"),
        qmp("query-dirty-rate", **{"calc-time-unit": "millisecond"}), qmp("query-vcpu-dirty-limit", cpu=0),
        qmp("x-query-irq", x=1), qmp("x-query-registers"), qmp("query-registers"), qmp("query-tlb"),
        qmp("query-sgx", x=1), qmp("query-migrate", detail=True), qmp("query-replay", x=1)])
    m18(b, "qmp-migrate", steps=[qmp("query-migrate-capabilities"), qmp("query-migrate-parameters"),
                                 qmp("query-migrate"), qmp("query-snapshots"), qmp("query-named-block-nodes"),
                                 qmp("query-xen-replication-status"), qmp("query-colo-status")])
    # human-monitor-command round trips.
    m18(b, "hmc-info", steps=[hmc(M18_CPU[b]), hmc("info cpus"), hmc("info registers", **{"cpu-index": 1}),
                              hmc("info lapic", **{"cpu-index": 1}), hmc("info tlb", **{"cpu-index": 1}),
                              hmc("info irq")] + ([] if b == "pseries" else [hmc("info pic")]) + [hmc("info status"), hmc("info numa"),
                              hmc("info stats vcpu"), hmc("device_del c1"), hmc("info cpus")])
    m18(b, "hmc-nonsense", steps=[hmc("x /4xb 0"), hmc("xp /2xw 0"), hmc("x /4xb 0", **{"cpu-index": 3}),
                                  hmc("memsave 0 16 %shmc.bin" % f), hmc("pmemsave 0 16 %shmcp.bin" % f),
                                  hmc("screendump %shmc.ppm" % f), hmc("savevm s1"), hmc("loadvm s1"),
                                  hmc("gdbserver none"), hmc("info snapshots"), hmc("info dump"),
                                  hmc("dump-guest-memory %shmc.elf 0 4096" % f), hmc("info dump")])


# --------------------------------------------------------------- round 19 ----
# A nineteenth outside tester (ids m19-): a tutorial's whole session, several
# monitor actions chained -- device_add of CPUs and of non-CPU devices, then the
# views (info qtree, info pci, qom-list, query-hotpluggable-cpus, info
# hotpluggable-cpus), device_del, stop/cont, system_reset, and the same views
# again -- on pc, q35, pseries and versioned types, HMP and QMP mixed, with the
# help texts of the commands used.
M19 = dict(M17)
M19["q35"] = ("x86_64", ["-M", "q35", "-smp", "1,maxcpus=4", "-device", "pcie-root-port,id=rp1,chassis=1"])
M19["q3572"] = ("x86_64", ["-M", "pc-q35-7.2", "-smp", "1,maxcpus=4", "-device", "pcie-root-port,id=rp1,chassis=1"])
M19_CPU = {"x86_64": ["device_add qemu64-x86_64-cpu,id=c1,socket-id=1,core-id=0,thread-id=0",
                      "device_add qemu64-x86_64-cpu,id=c2,socket-id=2,core-id=0,thread-id=0"],
           "ppc64": ["device_add power9_v2.0-spapr-cpu-core,id=c1,core-id=1",
                     "device_add power9_v2.0-spapr-cpu-core,id=c2,core-id=2"]}
M19_NIC = {"pc": "device_add e1000,id=n1", "pc72": "device_add e1000,id=n1", "pc52": "device_add e1000,id=n1",
           "q35": "device_add e1000e,id=n1,bus=rp1", "q3572": "device_add e1000e,id=n1,bus=rp1",
           "pseries": "device_add spapr-vlan,id=n1", "pseries72": "device_add spapr-vlan,id=n1"}
M19_DISK = {"x86_64": "device_add virtio-rng-pci,id=r1", "ppc64": "device_add virtio-rng-pci,id=r1"}


def m19(board, id, *extra, steps, **kw):
    t, a = M19[board]
    corpus.case(t, "m19-%s-%s" % (board, id), *(a + list(extra)), steps=steps, **kw)


def m19views(kind):
    if kind == "hmp":
        return [{"hmp": "info hotpluggable-cpus"}, {"hmp": "info cpus"}, {"hmp": "qom-list /machine/peripheral"},
                {"hmp": "info pci"}, {"hmp": "info qtree"}]
    if kind == "qmp":
        return [qmp("query-hotpluggable-cpus"), qmp("query-cpus-fast"), qmp("qom-list", path="/machine/peripheral"),
                qmp("query-pci")]
    return [{"hmp": "info hotpluggable-cpus"}, qmp("query-cpus-fast"), qmp("qom-list", path="/machine/peripheral")]


for b in ["pc", "q35", "pseries", "pc72", "q3572", "pseries72", "pc52"]:
    t = M19[b][0]
    cpu1, cpu2 = M19_CPU[t]
    nic = M19_NIC[b]
    # The tutorial: plug a CPU and a NIC, look, unplug, look, reset, look.
    m19(b, "tutorial", steps=m19views("hmp") + hmp(cpu1, nic) + m19views("hmp") +
        hmp("device_del n1") + m19views("mixed") + hmp("system_reset") + m19views("hmp"), settle=0.5)
    m19(b, "tutorial-qmp", steps=m19views("qmp") + hmp(cpu1) + [{"hmp": nic}] + m19views("qmp") +
        [qmp("device_del", id="n1")] + m19views("qmp") + [qmp("system_reset")] + m19views("qmp"), settle=0.5)
    # stop/cont around the plugging; the views after a reset.
    m19(b, "stop-cont", steps=hmp("info status", "stop", "info status", cpu1, "info hotpluggable-cpus", "cont",
                                  "info status", "stop", cpu2, "info hotpluggable-cpus", "system_reset", "info status",
                                  "info hotpluggable-cpus", "info cpus", "qom-list /machine/peripheral"))
    m19(b, "reset-views", steps=hmp(cpu1, cpu2, "system_reset") + m19views("mixed") +
        [{"hmp": "info qtree", "grep": "dev: "}] + hmp("device_del c2", "system_reset") + m19views("mixed"))
    # A non-CPU device plugged and unplugged twice, with the views each time.
    m19(b, "rng-twice", steps=hmp(M19_DISK[t], "info pci", "qom-list /machine/peripheral", "device_del r1",
                                  "qom-list /machine/peripheral", M19_DISK[t], "info pci",
                                  "qom-get /machine/peripheral/r1 type") +
        [{"hmp": "info qtree", "grep": "dev: "}], settle=0.5)
    # The help texts of the commands used, in the middle of the session.
    m19(b, "help", steps=hmp("help device_add", "help device_del", "help info", "help stop", "help cont",
                             "help system_reset", "help qom-list", "help info hotpluggable-cpus", "help info qtree",
                             "help info pci", cpu1, "help device_add", "info hotpluggable-cpus"))
    m19(b, "hmc-session", steps=[hmc(cpu1), hmc(nic), hmc("info hotpluggable-cpus"), hmc("info pci"),
                                 hmc("qom-list /machine/peripheral"), hmc("device_del n1"), hmc("stop"),
                                 hmc("system_reset"), hmc("info status"), hmc("info cpus"), hmc("help device_add"),
                                 qmp("query-hotpluggable-cpus")], settle=0.5)

# x86 only: CPUs plugged, one unplugged and plugged again, with the views between.
for b in ["pc", "q35", "pc72"]:
    cpu1, cpu2 = M19_CPU["x86_64"]
    m19(b, "cpu-cycle", steps=hmp(cpu1, cpu2, "info hotpluggable-cpus", "device_del c1", "info cpus",
                                  "qom-list /machine/peripheral", cpu1, "info cpus") +
        [qmp("query-hotpluggable-cpus"), {"hmp": "info qtree", "grep": "dev: "}])
    m19(b, "unplug-qmp", steps=[qmp("device_add", driver="qemu64-x86_64-cpu", id="c3", **{"socket-id": 3, "core-id": 0,
                                                                                           "thread-id": 0}),
                                qmp("query-cpus-fast"), qmp("device_del", id="c3"), qmp("query-cpus-fast"),
                                {"hmp": "info hotpluggable-cpus"}, qmp("system_reset"), qmp("query-status"),
                                {"hmp": "info cpus"}])
# pseries: cores plugged and unplugged, and a PCI device on the PHB.
for b in ["pseries", "pseries72"]:
    cpu1, cpu2 = M19_CPU["ppc64"]
    m19(b, "core-cycle", steps=hmp(cpu1, cpu2, "info hotpluggable-cpus", "device_del c1", "info cpus",
                                   "info hotpluggable-cpus", "qom-list /machine/peripheral", "system_reset",
                                   "info cpus") + [qmp("query-hotpluggable-cpus")], settle=0.5)
    m19(b, "pci-nic", steps=hmp("device_add virtio-net-pci,id=vn1", "info pci", "stop", "system_reset", "info pci",
                                "qom-list /machine/peripheral") + [{"hmp": "info qtree", "grep": "dev: "}])

# --------------------------------------------------------------- round 20 ----
# A twentieth outside tester (ids m20-): HMP's argument parser as a learner
# meets it, on pc, q35, pseries and versioned types: commands with missing,
# extra and wrongly typed arguments (device_del without an id, device_add
# without a driver, cpu with a word or past the last CPU, info with an unknown
# subcommand or an extra word), quoting and spacing (double and trailing
# spaces, tabs, quoted ids with commas, device_add "driver=..."), numbers where
# HMP evaluates them (x/xp/p with registers, arithmetic, hex and octal; k/M/G
# suffixes where sizes are taken: balloon, migrate_set_parameter), help and ?
# for the commands a hotplug tutorial uses, abbreviations HMP does and does not
# accept, and the same lines through human-monitor-command.
M20 = {"pc": ("x86_64", ["-M", "pc", "-smp", "1,maxcpus=4"]),
       "q35": ("x86_64", ["-M", "q35", "-smp", "1,maxcpus=4"]),
       "pc72": ("x86_64", ["-M", "pc-i440fx-7.2", "-smp", "1,maxcpus=4"]),
       "q3572": ("x86_64", ["-M", "pc-q35-7.2", "-smp", "1,maxcpus=4"]),
       "pseries": ("ppc64", ["-M", "pseries", "-cpu", "POWER9", "-smp", "1,maxcpus=4"]),
       "pseries72": ("ppc64", ["-M", "pseries-7.2", "-cpu", "POWER9", "-smp", "1,maxcpus=4"])}
M20_CPU = {"x86_64": ("qemu64-x86_64-cpu", "socket-id=%s,core-id=0,thread-id=0"),
           "ppc64": ("power9_v2.0-spapr-cpu-core", "core-id=%s")}
M20_NIC = {"x86_64": "e1000", "ppc64": "spapr-vlan"}


def m20(board, id, *extra, steps, **kw):
    t, a = M20[board]
    corpus.case(t, "m20-%s-%s" % (board, id), *(a + list(extra)), steps=steps, **kw)


def m20cpu(t, n, id=None):
    drv, ids = M20_CPU[t]
    return "%s,%s%s" % (drv, "id=%s," % id if id else "", ids % n)


for b in ["pc", "q35", "pseries", "pc72", "pseries72"]:
    t = M20[b][0]
    drv, _ = M20_CPU[t]
    nic = M20_NIC[t]
    x86 = t == "x86_64"
    sp = "$esp" if x86 else "$r1"
    # Missing arguments, extra ones, wrongly typed ones.
    m20(b, "missing", steps=hmp("device_add ", "device_add id=c1", "device_add ,id=c1", "device_add %s" % ("socket-id=1,core-id=0,thread-id=0" if x86 else "core-id=1"),
                                "device_del  ", "qom-list ", "qom-get /machine/peripheral", "qom-set /machine/peripheral",
                                "object_add", "object_del", "netdev_add", "netdev_del", "chardev-add", "cpu ",
                                "migrate_set_parameter max-bandwidth", "info hotpluggable-cpus"))
    m20(b, "extra", steps=hmp("device_add %s extra" % m20cpu(t, 1, "c1"), "device_add %s %s" % (m20cpu(t, 1, "c1"), nic),
                              "info hotpluggable-cpus now", "info hotpluggable-cpus -v", "info cpus -v", "info status now",
                              "info qtree extra", "stop now", "cont now", "system_reset now", "help device_add device_del",
                              "device_del c1 c2", "qom-list /machine/peripheral extra", "info cpus"))
    m20(b, "cpu-arg", steps=hmp("cpu one", "cpu first", "cpu 0", "cpu 4", "cpu 3", "cpu 1+1", "cpu (0)", "cpu 2-2",
                                "cpu 0x0", "cpu 00", "cpu 1k", "cpu $pc", "cpu -0", "cpu 4294967296",
                                "device_add %s" % m20cpu(t, 1, "c1"), "cpu 1", "info cpus", "cpu 2-1", "info cpus",
                                "cpu 0", "info cpus"))
    m20(b, "info-unknown", steps=hmp("info nosuch", "info hotplug", "info cpus-fast", "info query-cpus", "info devices",
                                     "info qdev", "info hotpluggable-cpus 1", "info hotpluggable-cpus -a",
                                     "info hotpluggable-cpus hotpluggable-cpus", "info info", "info -h", "info --help",
                                     "info hotpluggable-cpus,", "info cpus,", "info \"cpus\""))
    # Spacing: doubled, trailing, tabs, leading.
    m20(b, "spacing", steps=hmp("device_add  %s" % m20cpu(t, 1, "c1"), "info hotpluggable-cpus  ",
                                "device_add\t%s" % m20cpu(t, 2, "c2"), "info\thotpluggable-cpus", " info cpus",
                                "device_del c2  ", "device_del\tc1", "device_add %s , id=n1" % nic,
                                "device_add %s,id= n1" % nic, "device_add %s ,id=n1" % nic, "qom-list  /machine/peripheral  ",
                                "info  cpus\t", "device_add %s,id=n1\t" % nic, "qom-list /machine/peripheral"))
    # Quoting: quoted ids with commas, the whole argument quoted, driver= spelled out.
    m20(b, "quoting", steps=hmp("device_add %s,id=\"a,b\"" % nic, "device_add \"%s,id=a,b\"" % nic,
                                "device_add %s,id=a,,b" % nic, "device_add \"driver=%s,id=n2\"" % nic,
                                "device_add driver=%s,id=n3" % nic, "device_add \"driver=%s\"" % m20cpu(t, 1, "c1"),
                                "device_add '%s,id=n4'" % nic, "qom-list /machine/peripheral", "device_del \"a,b\"",
                                "device_del a,,b", "device_del a,b", "device_del \"n2\" ", "device_del \"n3",
                                "device_add \"%s,id=n5\"extra" % nic, "device_add \"\"", "device_add \"\\x65\""))
    # Numbers where HMP evaluates them.
    if x86:
        exprs = ["p 0x10 + 010", "p 08", "p 0x", "p 0xg", "p 1M", "p 1k", "p 1 >> 1", "p (1 << 10) * 4", "p ( 1 + 2 )",
                 "p 1+ 2", "p $eax * 2 + 1", "p -$eip", "p/x $eflags | 0x200", "p/x $esp + 0x10", "p/d 0777",
                 "x /2xw $esp + 8", "x /4xb $pc+0x10", "xp /2xw 0x1000 + 0x10*2", "xp /4xb 1k", "xp /2xw 0X10",
                 "x/2i $eip", "xp /2xb (0x7c00)", "p $eip >> 4 << 4", "p 0b101"]
    else:
        exprs = ["p 0x10 + 010", "p 08", "p 0x", "p 0xg", "p 1M", "p 1k", "p 1 >> 1", "p (1 << 10) * 4", "p ( 1 + 2 )",
                 "p 1+ 2", "p $r3 * 2 + 1", "p -$pc", "p/x $msr | 0x8000", "p/x $r1 + 0x10", "p/d 0777",
                 "x /2xw $r1 + 8", "x /4xb $pc+0x10", "xp /2xw 0x1000 + 0x10*2", "xp /4xb 1k", "xp /2xw 0X10",
                 "x/2i $pc", "xp /2xb (0x100)", "p $lr >> 4 << 4", "p 0b101"]
    m20(b, "expr", steps=hmp(*exprs))
    # Sizes with suffixes: balloon (a balloon present) and migrate_set_parameter.
    m20(b, "balloon", "-device", "virtio-balloon-pci,id=bal0",
        steps=hmp("info balloon", "balloon 64M", "info balloon", "balloon 100m", "balloon 64", "info balloon",
                  "balloon 0.5G", "balloon 96k", "balloon 65536K", "info balloon", "balloon 1g", "info balloon",
                  "balloon 0x40", "balloon 64 M", "balloon 64MB", "balloon 64Mi", "balloon 1E", "info balloon"))
    m20(b, "sizes", steps=hmp("migrate_set_parameter max-bandwidth 10k", "migrate_set_parameter max-bandwidth 2m",
                              "migrate_set_parameter max-bandwidth 1.5",  "migrate_set_parameter max-bandwidth 64MB",
                              "migrate_set_parameter max-bandwidth 0x1000k",
                              "migrate_set_parameter max-postcopy-bandwidth 1G",
                              "migrate_set_parameter xbzrle-cache-size 64m", "migrate_set_parameter xbzrle-cache-size 3M",
                              "migrate_set_parameter xbzrle-cache-size 4k", "migrate_set_parameter downtime-limit 2e2",
                              "migrate_set_parameter announce-max 1k", "migrate_set_parameter max-bandwidth  32M",
                              "migrate_set_parameter  max-bandwidth 16M", "migrate_set_parameter max-bandwidth 8M extra",
                              "info migrate_parameters"))
    # help and ? for the commands a hotplug tutorial uses.
    m20(b, "help", steps=hmp("? device_add", "? info hotpluggable-cpus", "? qom-list", "help info cpus",
                             "help object_add", "help netdev_add", "help system_powerdown", "help x", "help xp",
                             "help print", "help device_add extra", "help info hotpluggable-cpus extra", "help info nosuch",
                             "? qom-get", "help  cpu", "help info\thotpluggable-cpus", "help\tdevice_del"))
    # Abbreviations HMP does and does not take.
    m20(b, "abbrev", steps=hmp("dev_add %s" % nic, "device %s" % nic, "device_a %s" % nic, "info hot", "info hotpl",
                               "info stat", "info qt", "info pc", "print 1", "c", "info status", "stop",
                               "info status", "inf cpus", "hel", "h device_del", "system_res", "qom_list /machine",
                               "qom-ls /machine", "i", "s", "info cpu", "info qom"))
    # The same lines through human-monitor-command.
    m20(b, "hmc", steps=[hmc("device_del"), hmc("device_add"), hmc("device_add id=c1"), hmc("cpu one"), hmc("cpu 4"),
                         hmc("info nosuch"), hmc("info hotpluggable-cpus extra"),
                         hmc("device_add  %s" % m20cpu(t, 1, "c1")), hmc("info\thotpluggable-cpus"),
                         hmc("device_add %s,id=\"a,b\"" % nic), hmc("device_add \"driver=%s,id=n2\"" % nic),
                         hmc("p 0x10 + 010"), hmc("p/x %s + 0x10" % sp), hmc("xp /2xw 0x1000 + 0x10*2"),
                         hmc("migrate_set_parameter max-bandwidth 10k"), hmc("info migrate_parameters"),
                         hmc("? device_add"), hmc("dev_add %s" % nic), hmc("info hot"), hmc("c"), hmc("info status"), hmc("stop"),
                         hmc("  info   cpus  "), hmc("device_del c1 c2")])

# q35's versioned type: the parser does not change with the machine; once.
t = "x86_64"
m20("q3572", "missing", steps=hmp("device_add ", "device_add id=c1", "device_del  ", "cpu one", "cpu 4",
                                   "info nosuch", "info hotpluggable-cpus extra", "device_add  %s" % m20cpu(t, 1, "c1"),
                                   "device_add e1000e,id=\"a,b\"", "device_add \"driver=e1000e,id=n2\"",
                                   "info hotpluggable-cpus", "qom-list /machine/peripheral"))
m20("q3572", "balloon", "-device", "virtio-balloon-pci,id=bal0",
    steps=hmp("balloon 64M", "info balloon", "balloon 1g", "balloon 0.5G", "info balloon", "balloon 64MB"))

# Sizes HMP reads itself (block_resize's size: MiB when bare), help asked of
# device_add/device_del in their own argument, on/off words, and lines that
# reach human-monitor-command with a newline, a return or a comment.
for b in ["pc", "q35", "pseries", "pc72", "pseries72"]:
    t = M20[b][0]
    drv, _ = M20_CPU[t]
    m20(b, "osize", "-drive", "if=none,id=d0,driver=null-co,size=1M,node-name=n0",
        steps=hmp("block_resize d0 1g", "block_resize d0 1.5M", "block_resize d0 0x100000", "block_resize d0 0x10M",
                  "block_resize d0 1e6", "block_resize d0 2048k", "block_resize d0 64 M", "block_resize d0 1.5",
                  "block_resize d0 0.5k", "block_resize d0 2", "block_resize d0 9999999999999", "block_resize d0 ",
                  "block_resize  d0  4M", "info block d0"))
    m20(b, "help-args", steps=[{"hmp": "device_add ?", "truncate": 8}, {"hmp": "device_add %s,?" % drv, "truncate": 8},
                               {"hmp": "device_add %s,help" % drv, "truncate": 8}, {"hmp": "device_add help extra"},
                               {"hmp": "device_add %s,help,id=x" % drv, "truncate": 8}, {"hmp": "device_del help"},
                               {"hmp": "device_del ?"}, {"hmp": "cpu help"}, {"hmp": "cpu ?"},
                               {"hmp": "info hotpluggable-cpus help"}, {"hmp": "qom-list help"}, {"hmp": "info cpus"}])
    m20(b, "bools", steps=hmp("migrate_set_capability xbzrle On", "migrate_set_capability xbzrle yes",
                              "migrate_set_capability xbzrle off ", "migrate_set_capability  xbzrle  on",
                              "migrate_set_capability xbzrle\toff", "migrate_set_capability xbzrle on,",
                              "migrate_set_capability \"xbzrle\" on", "trace-event cpuhp* yes", "trace-event cpuhp* 0",
                              "trace-event cpuhp* Off", "info migrate_capabilities"))
    m20(b, "hmc-lines", steps=[hmc("info cpus\n"), hmc("info cpus\r\n"), hmc("\tinfo cpus"), hmc("# info cpus"),
                               hmc("info cpus # the CPUs"), hmc("help\n"), hmc("cpu 0\n"), hmc("p 1+1\n"),
                               hmc("device_del\n"), hmc("info hotpluggable-cpus\x00extra"), hmc("info   "),
                               hmc("  "), hmc("\n")])


# Measured for the engine (m20-BOARD-m-): the migration views of older machine
# versions on 10.0, whose compat properties change them (a 7.2 binary refuses
# the 8.x and 9.x types at start).
for b, m in [("pc92", "pc-i440fx-9.2"), ("pc90", "pc-i440fx-9.0"), ("pc82", "pc-i440fx-8.2"), ("q3580", "pc-q35-8.0"),
             ("pc72", "pc-i440fx-7.2"), ("pc52", "pc-i440fx-5.2"), ("pseries92", "pseries-9.2"),
             ("pseries82", "pseries-8.2"), ("pseries72", "pseries-7.2")]:
    t = "ppc64" if b.startswith("pseries") else "x86_64"
    corpus.case(t, "m20-%s-m-migviews" % b, "-M", m, steps=hmp("info migrate_parameters", "info migrate") + [
        qmp("query-migrate-parameters"), qmp("query-migrate")] + hmp(
        "migrate_set_parameter zero-page-detection none", "info migrate_parameters"))

# ------------------------------------------------------------- round mr1 ----
# Round mr1 (ids mr1-): memory regions as QOM objects. `info qom-tree` lists
# many "(memory-region)" children -- /machine/unattached/system[0] and io[0],
# /machine/device-memory[0] with maxmem, /machine/pc.ram[0] with NUMA memdevs,
# a memory backend's own region, a PCI device's BARs and bus master regions,
# the host bridge's config ports, pseries' XIVE MMIOs -- and a learner copies
# such a path into qom-list, qom-get (type, size, addr, priority, container),
# qom-set (read-only properties) and their QMP twins, before and after a CPU
# and a DIMM hotplug.
MR1 = {"pc": ("x86_64", ["-M", "pc", "-m", "1G,slots=2,maxmem=4G", "-smp", "1,maxcpus=4"]),
       "q35": ("x86_64", ["-M", "q35", "-m", "1G,slots=2,maxmem=4G", "-smp", "1,maxcpus=4"]),
       "pseries": ("ppc64", ["-M", "pseries", "-m", "1G,slots=2,maxmem=2G", "-smp", "1,maxcpus=2"])}
MR1_HOST = {"pc": "/machine/i440fx", "q35": "/machine/q35"}
MR1_CPU = {"x86_64": "device_add qemu64-x86_64-cpu,id=c1,socket-id=0,core-id=1,thread-id=0",
           "ppc64": "device_add power9_v2.0-spapr-cpu-core,id=c1,core-id=1"}


def mr1(board, id, *extra, steps, **kw):
    t, a = MR1[board]
    corpus.case(t, "mr1-%s-%s" % (board, id), *(a + list(extra)), steps=steps, **kw)


def mr1look(path, props=("type", "size", "addr", "priority", "container")):
    return hmp("qom-list " + path, *["qom-get %s %s" % (path, p) for p in props])


def mr1qmp(path):
    return [qmp("qom-list", path=path)] + [qmp("qom-get", path=path, property=p)
                                           for p in ("size", "addr", "priority", "container")]


MR1_DIMM = ["object_add memory-backend-ram,id=mem1,size=256M", "device_add pc-dimm,id=d1,memdev=mem1"]
MR1_NUMA = ["-object", "memory-backend-ram,id=m0,size=512M", "-object", "memory-backend-ram,id=m1,size=512M",
            "-numa", "node,nodeid=0,memdev=m0", "-numa", "node,nodeid=1,memdev=m1"]

for b in ["pc", "q35", "pseries"]:
    t = MR1[b][0]
    # The roots: system memory and the I/O space.
    mr1(b, "system", steps=mr1look("/machine/unattached/system[0]") + mr1look("/machine/unattached/io[0]"))
    # The device memory region a maxmem= gives.
    mr1(b, "devmem", steps=mr1look("/machine/device-memory[0]") + hmp("qom-get /machine/device-memory[0] name",
                                                                        "qom-list /machine/device-memory[0]/"))
    mr1(b, "devmem-qmp", steps=mr1qmp("/machine/device-memory[0]") + mr1qmp("/machine/unattached/system[0]") +
        [qmp("qom-get", path="/machine/device-memory[0]", property="type")])
    # Read-only properties written.
    mr1(b, "set", steps=hmp("qom-set /machine/device-memory[0] size 4096", "qom-set /machine/device-memory[0] addr 0",
                            "qom-set /machine/device-memory[0] priority 1",
                            "qom-set /machine/device-memory[0] container /machine/unattached/io[0]",
                            "qom-set /machine/unattached/system[0] type x",
                            "qom-set /machine/unattached/system[0] nosuch 1") +
        [qmp("qom-set", path="/machine/device-memory[0]", property="size", value=4096),
         qmp("qom-set", path="/machine/unattached/io[0]", property="priority", value=2)] +
        hmp("qom-get /machine/device-memory[0] size", "qom-get /machine/device-memory[0] priority"))
    # Errors around the paths: a wrong index, a property that is not there, partial paths.
    mr1(b, "errors", steps=hmp("qom-list /machine/unattached/system[1]", "qom-get /machine/unattached/system[0] nosuch",
                               "qom-get /machine/device-memory size", "qom-list device-memory[0]",
                               "qom-get device-memory[0] size", "qom-get system[0] size", "qom-get io[0] container",
                               "qom-list /machine/device-memory[0]/nosuch"))
    # The backend a NUMA node's memory comes from, and (x86) the machine's RAM container.
    mr1(b, "numa", *MR1_NUMA, steps=hmp("info qom-tree /objects") + mr1look("/objects/m0/m0[0]") +
        mr1look("/objects/m1/m1[0]") + (mr1look("/machine/pc.ram[0]") if t == "x86_64" else []))
    # After a CPU and a DIMM hotplug.
    mr1(b, "hotplug", steps=hmp(MR1_CPU[t], *MR1_DIMM) + mr1look("/objects/mem1/mem1[0]") +
        mr1look("/machine/device-memory[0]") + hmp("qom-list /machine/peripheral/d1", "qom-get /machine/peripheral/d1 addr") +
        [qmp("qom-get", path="/objects/mem1/mem1[0]", property="container"),
         qmp("qom-get", path="/objects/mem1/mem1[0]", property="addr")])
    mr1(b, "dimm-cold", "-object", "memory-backend-ram,id=mem0,size=512M", "-device", "pc-dimm,id=d0,memdev=mem0",
        steps=mr1look("/objects/mem0/mem0[0]") + hmp("device_del d0") + mr1look("/objects/mem0/mem0[0]"))
    # A PCI device's regions: its BARs and its bus master address space.
    nic = "e1000" if t == "x86_64" else "virtio-net-pci"
    bars = ["e1000-mmio[0]", "e1000-io[0]"] if t == "x86_64" else ["virtio-pci[0]", "msix-table[0]"]
    mr1(b, "bars", "-device", nic + ",id=n1", steps=sum([mr1look("/machine/peripheral/n1/" + r) for r in bars], []) +
        mr1look("/machine/peripheral/n1/bus master container[0]") + mr1look("/machine/peripheral/n1/bus master[0]") +
        mr1qmp("/machine/peripheral/n1/bus master container[0]") + mr1qmp("/machine/peripheral/n1/bus master[0]"))
    # A virtio proxy's: its BARs (modern, legacy I/O, MSI-X) and the MSI-X table and pending bits.
    vdev = "virtio-net-pci" if b != "pseries" else "virtio-scsi-pci"
    mr1(b, "virtio-bars", "-device", vdev + ",id=v1",
        steps=sum([mr1look("/machine/peripheral/v1/" + r) for r in
                   ["virtio-pci[0]", "virtio-pci[1]", vdev + "-msix[0]", "msix-table[0]", "msix-pba[0]"]], []))
    if t == "x86_64":
        h = MR1_HOST[b]
        mr1(b, "conf", steps=mr1look(h + "/pci-conf-idx[0]") + mr1look(h + "/pci-conf-data[0]") +
            [qmp("qom-list", path=h + "/pci-conf-idx[0]")])
        # The CPU's own regions, booted and hot-plugged.
        mr1(b, "cpu-regions", steps=mr1look("/machine/unattached/device[0]/memory[0]") +
            mr1look("/machine/unattached/device[0]/smram[0]") + hmp(MR1_CPU[t], "qom-list /machine/peripheral/c1",
                                                                    "qom-get /machine/peripheral/c1/memory[0] size"))
    else:
        mr1(b, "xive", steps=mr1look("/machine/unattached/device[0]/xive.tima[0]") +
            mr1look("/machine/unattached/device[0]/source/xive.esb[0]") +
            mr1look("/machine/unattached/device[0]/end_source/xive.end[0]"))
    # The machine's RAM: the default backend's region, as info qom-tree /objects shows it.
    ramid = "pc.ram" if t == "x86_64" else "ppc_spapr.ram"
    mr1(b, "ram", steps=hmp("info qom-tree /objects", "qom-list /objects/" + ramid) +
        mr1look("/objects/%s/%s[0]" % (ramid, ramid)) + [qmp("qom-get", path="/objects/%s/%s[0]" % (ramid, ramid),
                                                              property="size")])
    # A learner without maxmem: no device memory region.
    corpus.case(t, "mr1-%s-nomaxmem" % b, "-M", b, "-m", "1G",
                steps=hmp("qom-list /machine/device-memory[0]", "qom-get /machine/unattached/system[0] size"))
    # Copied from the tree after a hotplug: the paths as info qom-tree printed them.
    mr1(b, "tree-copy", steps=hmp(*MR1_DIMM) + hmp("info qom-tree /objects/mem1") + mr1look("/objects/mem1/mem1[0]") +
        hmp("device_del d1") + mr1look("/machine/device-memory[0]"), settle=0.5)

# Round mn (mn-, lead, 2026-12-08): the monitor on "-M none", which has no
# CPU, no interrupt controller and (without -m) no RAM: the commands that
# read the current CPU (info registers/lapic/tlb/mem, x, p $pc, memsave),
# info irq/pic, nmi and inject-nmi, and the CPU device refusals. (A CPU
# given with -device and an apic-id is created there: not simulated.)
for t in ("x86_64", "ppc64"):
    cpu_reads = ["info registers", "info registers -a", "cpu 0", "x /4x 0", "info tlb", "p $pc", "info cpus"]
    if t == "x86_64":
        cpu_reads += ["info lapic", "info mem"]
    corpus.case(t, "mn-%s-cpu-reads" % t, "-M", "none", steps=hmp(*cpu_reads) + [
        qmp("human-monitor-command", **{"command-line": "info registers"}), qmp("query-cpus-fast"),
        qmp("memsave", val=0, size=16, filename="/tmp/x"), qmp("memsave", val=0, size=16, filename="/tmp/x", **{"cpu-index": 0})])
    corpus.case(t, "mn-%s-irq-nmi" % t, "-M", "none", steps=hmp("nmi", "info pic", "info irq", "xp /2x 0", "xp /2i 0",
                                                                 "info hotpluggable-cpus") + [qmp("inject-nmi")])
corpus.case("x86_64", "mn-x86_64-cpu-add", "-M", "none", steps=hmp(
    "device_add qemu64-x86_64-cpu,apic-id=2,id=c2", "info cpus", "device_del c2", "device_add qemu64-x86_64-cpu,id=c3")
    + [qmp("query-cpus-fast")])
corpus.case("ppc64", "mn-ppc64-core-add", "-M", "none", steps=hmp(
    "device_add power9_v2.0-spapr-cpu-core,core-id=0,id=c0", "info cpus"))
corpus.case("x86_64", "mn-x86_64-smp2", "-M", "none", "-smp", "2", steps=hmp("info cpus"))

corpus.write()
