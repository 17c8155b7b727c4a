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
pc, q35 and pseries, 95 cases, with 4 m4m- measurements; none dropped).
Round 5v (ids m5v-, at the end: default MACs freed with their NIC, an nvme's
leaked BlockBackend, isapc and microvm in the monitor) likewise.
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
corpus.write()
