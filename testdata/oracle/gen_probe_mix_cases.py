#!/usr/bin/env python3
"""Writes probe_mix_cases.jsonl: random machines beyond the CPU path, the
way a learner puts a tutorial's pieces together (issue 8). Each case draws,
from a fixed seed, a machine, memory, backends (-netdev user, -drive and
-blockdev with the null-co driver, -chardev null/ringbuf, -object memory
and rng backends) and devices that use them (NICs, disks on virtio, SCSI,
AHCI, NVMe and USB, serial ports, USB input, PCIe root ports and bridges,
DIMMs, the sPAPR devices), sometimes with a backend missing, a property
wrong or a bus that is not there; then a few monitor steps: an info or
query of what was built, a hotplug of one more device and its removal,
backends added from the monitor. Written without reading the engine.

Record with the real binaries, twice each, and keep what is identical:
    python3 testdata/oracle/gen_probe_mix_cases.py
    python3 ../shared/oracle/record.py testdata/oracle/probe_mix_cases.jsonl -o /tmp/pm1.jsonl -j 2   # and /tmp/pm2.jsonl
    python3 testdata/oracle/keep_identical.py /tmp/pm1.jsonl /tmp/pm2.jsonl testdata/oracle/probe_mix.jsonl
    (10.0: PATH=/work/oracle-env/qbin:$PATH, output under testdata/oracle/v10.0/)
Left out: host files, sockets, taps, displays, automatic node names (every
drive and blockdev names its node)."""
import json
import random
import re

from casegen import Corpus, qmp

corpus = Corpus("probe_mix", "pm")


class Machine:
    """One random command line and what it made, so that devices can name
    backends and buses that exist (mostly) and steps can name devices."""

    def __init__(self, r, x86):
        self.r, self.x86 = r, x86
        self.args, self.ids, self.n = [], [], 0
        self.netdevs, self.drives, self.chardevs, self.mems, self.rngs = [], [], [], [], []
        self.scsi, self.usb, self.ports, self.serial, self.ahci = [], [], [], [], []
        self.wants_slots = False

    def new(self, stem):
        self.n += 1
        return "%s%d" % (stem, self.n)

    def pick(self, have, stem):
        """A backend or bus by id: one that exists, or now and then one that
        does not."""
        if have and self.r.random() < 0.9:
            return self.r.choice(have)
        return "no" + stem

    def netdev(self):
        i = self.new("net")
        opts = ["user", "id=" + i]
        if self.r.random() < 0.2:
            opts.append(self.r.choice(["net=10.1.2.0/24", "hostfwd=tcp::0-:22", "restrict=on", "ipv6=off", "net=10.0.2.0/33"]))
        self.args += ["-netdev", ",".join(opts)]
        self.netdevs.append(i)

    def drive(self):
        i = self.new("d")
        if self.r.random() < 0.5:
            o = "driver=null-co,node-name=%s" % i
            if self.r.random() < 0.2:
                o += self.r.choice([",read-only=on", ",size=1M", ",size=x"])
            self.args += ["-blockdev", o]
        else:
            o = "if=none,id=%s,driver=null-co,node-name=n%s" % (i, i)
            if self.r.random() < 0.2:
                o += self.r.choice([",readonly=on", ",media=cdrom", ",cache=none", ",format=raw", ",werror=stop"])
            self.args += ["-drive", o]
        self.drives.append(i)

    def chardev(self):
        i = self.new("c")
        self.args += ["-chardev", "%s,id=%s%s" % (self.r.choice(["null", "ringbuf", "ringbuf"]), i, self.r.choice(["", "", ",size=4096", ",size=1000", ",logfile=/dev/null"]))]
        self.chardevs.append(i)

    def memory(self):
        i = self.new("m")
        self.args += ["-object", "%s,id=%s,size=%s" % (self.r.choice(["memory-backend-ram", "memory-backend-ram", "memory-backend-file,mem-path=/dev/shm"]), i, self.r.choice(["128M", "256M", "512M", "100M", "1G"]))]
        self.mems.append(i)

    def rng(self):
        i = self.new("rng")
        self.args += ["-object", "rng-builtin,id=" + i]
        self.rngs.append(i)

    def dev(self, spec, id_stem=None, keep=None):
        """-device SPEC with an id (most of the time), remembered under keep."""
        if id_stem and self.r.random() < 0.85:
            i = self.new(id_stem)
            spec += ",id=" + i
            self.ids.append(i)
            if keep is not None:
                keep.append(i)
        self.args += ["-device", spec]


def x86_device(m):
    r = m.r
    k = r.randrange(22)
    mac = ",mac=52:54:00:12:34:%02x" % r.randrange(256) if r.random() < 0.3 else ""
    if k < 4:
        if not m.netdevs or r.random() < 0.3:
            m.netdev()
        nic = r.choice(["e1000", "e1000e", "rtl8139", "virtio-net-pci", "vmxnet3", "i82559er", "ne2k_pci", "pcnet", "virtio-net-pci"])
        extra = ""
        if nic == "virtio-net-pci" and r.random() < 0.3:
            extra = r.choice([",mq=on", ",vectors=4", ",disable-legacy=on", ",rx_queue_size=512", ",host_mtu=9000", ",speed=1000,duplex=full"])
        m.dev("%s,netdev=%s%s%s" % (nic, m.pick(m.netdevs, "net"), mac, extra), "nic")
    elif k < 7:
        if not m.drives or r.random() < 0.4:
            m.drive()
        d = m.pick(m.drives, "drive")
        c = r.randrange(6)
        if c == 0:
            m.dev("virtio-blk-pci,drive=" + d + r.choice(["", ",num-queues=2", ",serial=abc", ",logical_block_size=4096", ",bootindex=1"]), "vd")
        elif c == 1:
            if not m.scsi or r.random() < 0.3:
                m.dev(r.choice(["virtio-scsi-pci", "lsi53c895a", "megasas", "virtio-scsi-pci,num_queues=2"]), "scsi", m.scsi)
            bus = (m.pick(m.scsi, "scsi") + ".0") if r.random() < 0.8 else ""
            m.dev(r.choice(["scsi-hd", "scsi-cd", "scsi-hd"]) + ",drive=" + d + (",bus=" + bus if bus else "") + r.choice(["", ",scsi-id=1", ",lun=3", ",channel=0,scsi-id=0,lun=0"]), "sd")
        elif c == 2:
            if not m.ahci or r.random() < 0.3:
                m.dev("ahci", "ahci", m.ahci)
            bus = m.pick(m.ahci, "ahci") + "." + str(r.choice([0, 0, 1, 5, 6]))
            m.dev(r.choice(["ide-hd", "ide-cd"]) + ",drive=" + d + ",bus=" + bus, "ide")
        elif c == 3:
            m.dev("nvme,drive=%s%s" % (d, r.choice([",serial=deadbeef", ",serial=x", ""])), "nvme")
        elif c == 4:
            if not m.usb or r.random() < 0.3:
                m.dev(r.choice(["qemu-xhci", "nec-usb-xhci", "usb-ehci", "piix3-usb-uhci"]), "usb", m.usb)
            m.dev("usb-storage,drive=" + d + (",bus=%s.0" % m.pick(m.usb, "usb") if r.random() < 0.5 else ""), "us")
        else:
            m.dev("ide-hd,drive=" + d + r.choice(["", ",bus=ide.0", ",bus=ide.1,unit=1", ",bus=ide.2"]), "ide")
    elif k < 9:
        if not m.usb or r.random() < 0.3:
            if r.random() < 0.8:
                m.dev(r.choice(["qemu-xhci", "qemu-xhci,p2=8,p3=8", "usb-ehci", "piix3-usb-uhci", "ich9-usb-ehci1"]), "usb", m.usb)
        m.dev(r.choice(["usb-tablet", "usb-kbd", "usb-mouse", "usb-hub", "usb-tablet,port=2", "usb-kbd,bus=usb.0"]), "u")
    elif k < 11:
        if not m.chardevs or r.random() < 0.3:
            m.chardev()
        c = m.pick(m.chardevs, "chardev")
        s = r.randrange(4)
        if s == 0:
            if not m.serial or r.random() < 0.3:
                m.dev(r.choice(["virtio-serial-pci", "virtio-serial-pci,max_ports=2"]), "vser", m.serial)
            m.dev(r.choice(["virtconsole", "virtserialport"]) + ",chardev=" + c + r.choice(["", ",name=org.qemu.guest_agent.0", ",nr=1", ",nr=5", ",bus=%s.0" % m.pick(m.serial, "vser")]), "port")
        elif s == 1:
            m.dev("isa-serial,chardev=" + c + r.choice(["", ",index=1", ",iobase=0x2f8,irq=3", ",index=4"]), "ser")
        elif s == 2:
            m.dev(r.choice(["pci-serial,chardev=", "pci-serial-2x,chardev1="]) + c, "pser")
        else:
            m.dev("isa-parallel,chardev=" + c, "par")
    elif k < 13:
        if r.random() < 0.6:
            n = len(m.ports) + 1
            m.dev("pcie-root-port,chassis=%d,slot=%d%s" % (r.choice([n, 1]), n, r.choice(["", ",bus=pcie.0,addr=0x1c.%d" % (n % 8), ",multifunction=on,addr=0x1c", ",bus=pci.0"])), "rp", m.ports)
        else:
            m.dev("pci-bridge,chassis_nr=%d%s" % (len(m.ports) + 1, r.choice(["", ",shpc=off", ",addr=0x10"])), "br", m.ports)
        if m.ports and r.random() < 0.6:
            nic = r.choice(["virtio-net-pci", "e1000e", "virtio-rng-pci", "virtio-balloon-pci"])
            if nic.endswith("net-pci") or nic == "e1000e":
                if not m.netdevs:
                    m.netdev()
                nic += ",netdev=" + m.netdevs[0]
            m.dev(nic + ",bus=" + m.pick(m.ports, "port") + r.choice(["", ",addr=0", ",addr=1"]), "pd")
    elif k < 15:
        m.wants_slots = True
        if not m.mems or r.random() < 0.3:
            m.memory()
        m.dev(r.choice(["pc-dimm", "pc-dimm", "virtio-mem-pci,requested-size=0"]) + ",memdev=" + m.pick(m.mems, "mem") + r.choice(["", ",node=0", ",node=3", ",slot=0", ",addr=0x100000000"]), "dimm")
    elif k < 16:
        if not m.rngs or r.random() < 0.4:
            m.rng()
        m.dev("virtio-rng-pci,rng=" + m.pick(m.rngs, "rng") + r.choice(["", ",max-bytes=1024,period=1000", ",period=0"]), "rng")
    else:
        m.dev(r.choice([
            "virtio-balloon-pci", "virtio-balloon", "i6300esb", "ib700", "pvpanic", "isa-debugcon,iobase=0x402", "VGA",
            "bochs-display", "virtio-gpu-pci", "intel-hda", "ich9-intel-hda", "virtio-keyboard-pci", "virtio-tablet-pci",
            "edu", "pci-testdev", "intel-iommu", "virtio-iommu-pci", "sdhci-pci", "ivshmem-plain", "vmcoreinfo",
            "virtio-balloon-pci,deflate-on-oom=on", "i8042", "isa-fdc", "floppy", "hpet", "ich9-ahci",
        ]), "misc")


def ppc_device(m):
    r = m.r
    k = r.randrange(14)
    if k < 3:
        if not m.netdevs or r.random() < 0.3:
            m.netdev()
        nic = r.choice(["spapr-vlan", "spapr-vlan", "virtio-net-pci", "e1000", "rtl8139"])
        extra = r.choice(["", "", ",reg=0x71000010", ",mac=52:54:00:aa:bb:cc"]) if nic == "spapr-vlan" else ""
        m.dev("%s,netdev=%s%s" % (nic, m.pick(m.netdevs, "net"), extra), "nic")
    elif k < 6:
        if not m.drives or r.random() < 0.4:
            m.drive()
        d = m.pick(m.drives, "drive")
        c = r.randrange(4)
        if c == 0:
            m.dev("virtio-blk-pci,drive=" + d, "vd")
        elif c == 1:
            if not m.scsi or r.random() < 0.3:
                m.dev(r.choice(["spapr-vscsi", "virtio-scsi-pci", "spapr-vscsi,reg=0x2000"]), "scsi", m.scsi)
            bus = m.pick(m.scsi, "scsi") + ".0"
            m.dev(r.choice(["scsi-hd", "scsi-cd"]) + ",drive=" + d + ",bus=" + bus + r.choice(["", ",scsi-id=1", ",lun=2"]), "sd")
        elif c == 2:
            m.dev("nvme,serial=x,drive=" + d, "nvme")
        else:
            if not m.usb or r.random() < 0.3:
                m.dev(r.choice(["qemu-xhci", "usb-ehci", "pci-ohci"]), "usb", m.usb)
            m.dev("usb-storage,drive=" + d, "us")
    elif k < 8:
        if not m.chardevs or r.random() < 0.3:
            m.chardev()
        c = m.pick(m.chardevs, "chardev")
        if r.random() < 0.6:
            m.dev("spapr-vty,chardev=" + c + r.choice(["", ",reg=0x71000100", ",reg=0x30000000"]), "vty")
        else:
            if not m.serial:
                m.dev("virtio-serial-pci", "vser", m.serial)
            m.dev("virtconsole,chardev=" + c, "port")
    elif k < 9:
        if not m.usb or r.random() < 0.3:
            m.dev(r.choice(["qemu-xhci", "pci-ohci", "usb-ehci"]), "usb", m.usb)
        m.dev(r.choice(["usb-kbd", "usb-mouse", "usb-tablet", "usb-hub"]), "u")
    elif k < 11:
        m.wants_slots = True
        if not m.mems or r.random() < 0.3:
            m.memory()
        m.dev("pc-dimm,memdev=" + m.pick(m.mems, "mem") + r.choice(["", ",node=0", ",slot=1"]), "dimm")
    elif k < 12:
        idx = r.choice([1, 2, 1, 300])
        m.dev("spapr-pci-host-bridge,index=%d" % idx, "phb", m.ports)
        if r.random() < 0.5:
            m.dev("virtio-balloon-pci,bus=%s" % m.pick([p + ".0" for p in m.ports], "phb"), "pd")
    elif k < 13:
        if not m.rngs:
            m.rng()
        m.dev(r.choice(["virtio-rng-pci,rng=" + m.rngs[0], "spapr-rng,rng=" + m.rngs[0], "spapr-rng,use-kvm=off,rng=" + m.rngs[0]]), "rng")
    else:
        m.dev(r.choice(["virtio-balloon-pci", "VGA", "spapr-nvram", "pci-bridge,chassis_nr=1", "virtio-gpu-pci", "usb-kbd", "edu", "sdhci-pci", "virtio-keyboard-pci"]), "misc")


X86_MACHINES = ["pc", "q35", "pc", "q35", "pc-i440fx-7.2", "pc-q35-7.2", "pc-i440fx-4.2", "pc-q35-6.0", "q35,usb=on", "pc,usb=off", "isapc"]
PPC_MACHINES = ["pseries", "pseries", "pseries-7.2", "pseries-6.2", "pseries,usb=off", "pseries,ic-mode=xics"]

X86_INFO = ["info pci", "info qtree", "info network", "info block", "info chardev", "info usb", "info memdev",
            "info memory-devices", "info status", "info virtio", "info balloon", "info irq", "info qom-tree /machine/peripheral",
            "info memory_size_summary", "info numa"]
PPC_INFO = ["info pci", "info qtree", "info network", "info block", "info chardev", "info usb", "info memdev",
            "info memory-devices", "info numa", "info status", "info memory_size_summary"]
QUERIES = ["query-pci", "query-block", "query-chardev", "query-memdev", "query-memory-devices", "query-rx-filter",
           "query-named-block-nodes", "query-memory-size-summary", "query-balloon", "query-usb"]


def hotplug(m):
    """One device added from the monitor, in HMP or QMP, and maybe removed."""
    r = m.r
    steps = []
    i = "h%d" % r.randrange(10)
    if m.x86:
        choices = ["e1000", "virtio-net-pci", "rtl8139", "virtio-blk-pci", "scsi-hd", "usb-tablet", "virtio-rng-pci",
                   "virtio-balloon-pci", "pc-dimm", "virtserialport", "pcie-root-port,chassis=9,slot=9", "ide-hd", "isa-serial"]
    else:
        choices = ["spapr-vlan", "virtio-net-pci", "virtio-blk-pci", "scsi-hd", "usb-kbd", "pc-dimm", "spapr-vty", "virtio-rng-pci"]
    drv = r.choice(choices)
    need = ""
    if "net" in drv or drv in ("e1000", "rtl8139", "spapr-vlan"):
        if r.random() < 0.6:
            steps.append({"hmp": "netdev_add user,id=hn" + i})
            need = ",netdev=hn" + i
        elif m.netdevs:
            need = ",netdev=" + m.netdevs[0]
    elif drv in ("virtio-blk-pci", "scsi-hd", "ide-hd"):
        if r.random() < 0.6:
            steps.append({"hmp": "drive_add 0 if=none,id=hd%s,driver=null-co,node-name=hn%s" % (i, i)})
            need = ",drive=hd" + i
        elif m.drives:
            need = ",drive=" + m.drives[-1]
    elif drv == "pc-dimm":
        if r.random() < 0.6:
            steps.append({"hmp": "object_add memory-backend-ram,id=hm%s,size=128M" % i})
            need = ",memdev=hm" + i
        elif m.mems:
            need = ",memdev=" + m.mems[0]
    elif drv in ("virtserialport", "spapr-vty", "isa-serial"):
        if r.random() < 0.6:
            steps.append({"qmp": {"execute": "chardev-add", "arguments": {"id": "hc" + i, "backend": {"type": "ringbuf", "data": {}}}}})
            need = ",chardev=hc" + i
    elif drv == "virtio-rng-pci" and m.rngs:
        need = ",rng=" + m.rngs[0]
    spec = drv + need
    if m.ports and r.random() < 0.4 and m.x86:
        spec += ",bus=" + r.choice(m.ports)
    if r.random() < 0.5:
        steps.append({"hmp": "device_add %s,id=%s" % (spec, i)})
    else:
        name, *props = spec.split(",")
        args = {"driver": name, "id": i}
        for kv in props:
            k, v = kv.split("=", 1)
            args[k] = v
        steps.append({"qmp": {"execute": "device_add", "arguments": args}})
    if r.random() < 0.5:
        steps.append({"hmp": r.choice(m_info(m))})
    if r.random() < 0.5:
        victim = r.choice([i, i, i] + m.ids[-2:] + ["nosuch"])
        steps.append({"hmp": "device_del " + victim} if r.random() < 0.5 else {"qmp": {"execute": "device_del", "arguments": {"id": victim}}})
    return steps


def m_info(m):
    return X86_INFO if m.x86 else PPC_INFO


def case(n, x86, seed=9100, name=""):
    r = random.Random(seed + n)
    m = Machine(r, x86)
    mach = r.choice(X86_MACHINES if x86 else PPC_MACHINES)
    m.args += ["-machine", mach]
    mem = None
    if r.random() < 0.3:
        mem = r.choice(["1G", "1G,slots=4,maxmem=4G", "512M,slots=2,maxmem=2G", "2G,slots=1,maxmem=2G", "1G,maxmem=4G", "1G,slots=4,maxmem=4G"])
    if r.random() < 0.3 and not mach.startswith("isapc"):
        m.args += ["-smp", r.choice(["2", "2,maxcpus=4", "4,sockets=2,cores=2"])]
    if r.random() < 0.15:
        # Two nodes share the RAM, as NUMA guides write it.
        mem = mem or "1G"
        half = {"1G": "512M", "512M": "256M", "2G": "1G"}[mem.split(",")[0]]
        m.args += ["-object", "memory-backend-ram,id=ram0,size=" + half, "-object", "memory-backend-ram,id=ram1,size=" + half,
                   "-numa", "node,nodeid=0,memdev=ram0", "-numa", "node,nodeid=1,memdev=ram1"]
    if x86 and r.random() < 0.2:
        m.args += [r.choice(["-vga", "-vga", "-usb", "-nic"]), ]
        if m.args[-1] == "-vga":
            m.args.append(r.choice(["std", "none", "cirrus", "virtio", "qxl", "vmware"]))
        elif m.args[-1] == "-nic":
            m.args.append(r.choice(["user,model=e1000", "user,model=virtio-net-pci,mac=52:54:00:00:00:09", "none", "user,model=nosuch"]))
    for _ in range(r.randint(1, 5)):
        (x86_device if x86 else ppc_device)(m)
    if m.wants_slots and (mem is None or "slots" not in mem) and r.random() < 0.85:
        mem = (mem or "1G").split(",")[0] + ",slots=4,maxmem=8G"
    if mem:
        m.args += ["-m", mem]
    if r.random() < 0.15:
        m.args += ["-global", r.choice(["e1000.mac=52:54:00:00:00:01", "virtio-net-pci.mq=on", "pc-dimm.node=1", "scsi-hd.removable=on", "usb-tablet.usb_version=1"])]
    steps = []
    for _ in range(r.randint(1, 3)):
        c = r.random()
        if c < 0.45:
            steps.append({"hmp": r.choice(m_info(m))})
        elif c < 0.6:
            steps.append({"qmp": {"execute": r.choice(QUERIES)}})
        else:
            steps += hotplug(m)
    corpus.case("x86_64" if x86 else "ppc64", name or str(n), *m.args, steps=steps)


for n in range(300):
    case(n, n % 10 < 7)

# What the random cases found, measured around it (after them, so that
# their ids stay): -vga cards each binary lacks, virtio-mem as a memory
# device, pc-dimm addresses, a second spapr-rng, USB speeds.
for b in ("x86_64", "ppc64"):
    for v in ("qxl", "tcx", "cg3", "xenfb", "vmware", "virtio", "cirrus", "std", "none"):
        corpus.case(b, "vga-" + v, "-vga", v, steps=[{"hmp": "info pci"}])
VM = ["-m", "1G,slots=4,maxmem=4G", "-object", "memory-backend-ram,id=m1,size=128M"]
corpus.x("vmem-1", "-M", "pc", *VM, "-device", "virtio-mem-pci,memdev=m1,id=vm0", steps=[
    {"qmp": {"execute": "device_del", "arguments": {"id": "vm0"}}},
    {"qmp": {"execute": "object-add", "arguments": {"qom-type": "memory-backend-ram", "id": "m2", "size": 134217728}}},
    {"qmp": {"execute": "device_add", "arguments": {"driver": "virtio-mem-pci", "id": "vm1", "memdev": "m2", "requested-size": 67108864}}},
    {"qmp": {"execute": "device_del", "arguments": {"id": "vm1"}}},
    {"hmp": "info memory-devices"}, {"qmp": {"execute": "query-memory-devices"}}, {"hmp": "info memory_size_summary"},
    {"hmp": "info qtree"}, {"hmp": "info pci"}])
corpus.x("vmem-2", "-M", "q35", *VM, "-object", "memory-backend-ram,id=m2,size=128M", "-device", "pc-dimm,memdev=m2,id=dd",
         "-device", "virtio-mem-pci,memdev=m1,id=vm0,requested-size=16M,node=0", steps=[
    {"hmp": "info memory-devices"}, {"qmp": {"execute": "query-memory-devices"}}, {"hmp": "device_del vm0"},
    {"hmp": "device_add virtio-mem-pci,memdev=m1,id=x"}, {"hmp": "object_add memory-backend-ram,id=m3,size=64M"},
    {"hmp": "device_add virtio-mem-pci,memdev=m3,id=x,memaddr=0x100000000"},
    {"hmp": "device_add virtio-mem-pci,memdev=m3,id=x,memaddr=0x180000000"}, {"hmp": "info memory-devices"}])
for i, extra in enumerate([
    ["-device", "virtio-mem-pci,memdev=m1,requested-size=0,addr=0x100000000"],
    ["-device", "virtio-mem-pci,memdev=m1,memaddr=0x100000001"],
    ["-device", "virtio-mem-pci,memdev=m1,memaddr=0x300000000"],
    ["-device", "virtio-mem-pci,memdev=m1,node=2"],
    ["-device", "pc-dimm,memdev=m1", "-device", "virtio-mem-pci,memdev=m1"],
    ["-device", "virtio-mem-pci"],
    ["-object", "memory-backend-ram,id=m2,size=128M", "-device", "virtio-mem-pci,memdev=m1,id=vm0", "-device", "pc-dimm,memdev=m2,addr=0x100000000"],
    ["-object", "memory-backend-ram,id=m2,size=128M", "-device", "pc-dimm,memdev=m2,id=dd", "-device", "virtio-mem-pci,memdev=m1,memaddr=0x100000000"],
    ["-object", "memory-backend-ram,id=m2,size=128M", "-device", "pc-dimm,memdev=m1,addr=0x140000000", "-device", "pc-dimm,memdev=m2,addr=0x140000000"],
    ["-device", "pc-dimm,memdev=m1,addr=0x300000000"],
    ["-device", "pc-dimm,memdev=m1,slot=7"],
]):
    corpus.x("vmem-err-%d" % i, "-M", "pc", *VM, *extra)
corpus.x("vmem-nomax", "-M", "pc", "-object", "memory-backend-ram,id=m1,size=128M", "-device", "virtio-mem-pci,memdev=m1")
corpus.x("dimm-noslots", "-M", "pc", "-object", "memory-backend-ram,id=m1,size=128M", "-device", "pc-dimm,memdev=m1,slot=-2")
corpus.x("vmem-space", "-M", "pc", "-m", "1G,slots=4,maxmem=1100M", "-object", "memory-backend-ram,id=m1,size=64M",
         "-object", "memory-backend-ram,id=m2,size=64M", "-device", "virtio-mem-pci,memdev=m1", "-device", "pc-dimm,memdev=m2")
corpus.x("slots-2.0", "-M", "pc-i440fx-2.0", "-m", "1G,slots=2,maxmem=4G")
corpus.p("dimm-range", "-M", "pseries", "-m", "1G,slots=4,maxmem=4G", "-object", "memory-backend-ram,id=m1,size=256M",
         "-device", "pc-dimm,memdev=m1,addr=0x300000000")
corpus.p("rng-twice", "-M", "pseries", "-object", "rng-builtin,id=r", "-device", "spapr-rng,rng=r", "-device", "spapr-rng,rng=r")
corpus.p("rng-twice-nobackend", "-M", "pseries", "-object", "rng-builtin,id=r", "-device", "spapr-rng,rng=r", "-device", "spapr-rng,id=x")
for r in ("0x71000100", "0x1000", "0x30000000", "0x71000010"):
    corpus.p("vio-irq-" + r, "-M", "pseries", "-chardev", "null,id=c1", "-device", "spapr-vty,chardev=c1,reg=" + r,
             "-chardev", "null,id=c2", "-device", "spapr-vty,chardev=c2,reg=0x71000001")
for hc in ("usb-ehci", "piix3-usb-uhci", "qemu-xhci"):
    for dev in ("usb-hub", "usb-uas", "usb-tablet", "usb-serial,chardev=c"):
        corpus.x("usb-speed-%s-%s" % (hc, dev.split(",")[0]), "-M", "pc", "-chardev", "null,id=c", "-device", hc, "-device", dev,
                 steps=[{"hmp": "info usb"}])
corpus.p("usb-speed-ohci", "-M", "pseries", "-device", "pci-ohci", "-device", "usb-uas")
corpus.x("blk-logical", "-M", "pc", "-device", "virtio-scsi-pci", "-device", "scsi-cd,logical_block_size=4096")
corpus.x("deprecated-chardev", "-M", "pc-i440fx-4.2", "-chardev", "ringbuf,id=c,size=1000")
corpus.x("deprecated-netdev", "-M", "pc-i440fx-4.2", "-netdev", "user,id=n,net=1.2.3.4/40")
corpus.x("iommu-q35", "-M", "q35", "-device", "virtio-iommu-pci", steps=[{"hmp": "info qtree"}])
corpus.x("perm-usb-anon", "-M", "pc", "-blockdev", "null-co,node-name=d1", "-device", "virtio-blk-pci,drive=d1",
         "-device", "qemu-xhci", "-device", "virtio-scsi-pci", "-device", "usb-storage,drive=d1")
corpus.x("perm-nvme", "-M", "pc", "-blockdev", "null-co,node-name=d1", "-device", "virtio-blk-pci,drive=d1", "-device", "nvme,drive=d1,id=nv")
corpus.x("drive-format", "-M", "pc", "-drive", "if=none,id=d,driver=null-co,format=raw")


# Round 2 (r2-): machines that start, then the monitor at length: devices
# added and removed, backends added and removed, their QOM properties, the
# link state, and what the info and query commands then say.
def r2_steps(m, r):
    ids = lambda: m.ids + ["h%d" % i for i in range(4)] + ["nosuch"]
    steps = []
    for _ in range(r.randint(4, 9)):
        c = r.randrange(16)
        if c < 3:
            steps += hotplug(m)
        elif c == 3:
            steps.append({"hmp": "device_del " + r.choice(ids())})
        elif c == 4:
            i = r.choice(["hn0", "hn1"] + m.netdevs)
            steps.append(r.choice([{"hmp": "netdev_add user,id=" + i}, {"hmp": "netdev_del " + i},
                                   {"qmp": {"execute": "netdev_del", "arguments": {"id": i}}}]))
        elif c == 5:
            i = r.choice(["hd0", "hd1"] + m.drives)
            steps.append(r.choice([{"hmp": "drive_add 0 if=none,id=%s,driver=null-co,node-name=n%s" % (i, i)}, {"hmp": "drive_del " + i},
                                   {"qmp": {"execute": "blockdev-del", "arguments": {"node-name": i}}}]))
        elif c == 6:
            i = r.choice(["hc0", "hc1"] + m.chardevs)
            steps.append(r.choice([{"qmp": {"execute": "chardev-add", "arguments": {"id": i, "backend": {"type": "null", "data": {}}}}},
                                   {"hmp": "chardev-remove " + i}, {"hmp": "chardev-add ringbuf,id=" + i}]))
        elif c == 7:
            i = r.choice(["ho0"] + m.mems + m.rngs)
            steps.append(r.choice([{"hmp": "object_add memory-backend-ram,id=%s,size=64M" % i}, {"hmp": "object_del " + i},
                                   {"hmp": "object_add rng-builtin,id=" + i}]))
        elif c == 8:
            steps.append({"hmp": "qom-get /machine/peripheral/%s %s" % (r.choice(ids()), r.choice(
                ["type", "realized", "hotpluggable", "hotplugged", "addr", "netdev", "drive", "chardev", "mac", "bus", "parent_bus", "memdev", "node", "nosuch"]))})
        elif c == 9:
            steps.append({"qmp": {"execute": "qom-list", "arguments": {"path": "/machine/peripheral/" + r.choice(ids())}}})
        elif c == 10:
            nic = r.choice([i for i in m.ids if i.startswith("nic")] + ["nosuch"])
            steps.append(r.choice([{"hmp": "set_link %s %s" % (nic, r.choice(["off", "on", "x"]))},
                                   {"qmp": {"execute": "query-rx-filter", "arguments": {"name": nic}}}]))
        elif c < 13:
            steps.append({"hmp": r.choice(m_info(m))})
        else:
            steps.append({"qmp": {"execute": r.choice(QUERIES)}})
    return steps


def r2_cases(count, seed=20000, name="r2-"):
    started, n = 0, 0
    while started < count:
        r = random.Random(seed + n)
        x86 = n % 3 != 2
        m = Machine(r, x86)
        m.args += ["-machine", r.choice(["pc", "q35", "pc", "q35"] if x86 else ["pseries"])]
        for _ in range(r.randint(1, 4)):
            (x86_device if x86 else ppc_device)(m)
        # Only what starts (the first round holds the start-up errors): no
        # absent backends or buses, no DIMMs without room.
        text = " ".join(m.args)
        n += 1
        if "=no" in text or "pc-dimm" in text or "virtio-mem" in text or "ide.2" in text or "index=4" in text:
            continue
        corpus.case("x86_64" if x86 else "ppc64", name + str(started), *m.args, steps=r2_steps(m, r))
        started += 1


r2_cases(120)


# Round 3 (r3-): the CPU path among other devices: CPUs plugged and
# unplugged beside NICs, disks and bridges, with NUMA now and then, and
# what the CPU and PCI views then say.
def r3_cpu(r, x86, topo):
    sockets, cores, threads, maxcpus = topo
    if x86:
        s_, c_, t_ = r.randrange(sockets), r.randrange(cores), r.randrange(threads)
        cid = "cpu%d" % r.randrange(6)
        drv = r.choice(["qemu64-x86_64-cpu", "qemu64-x86_64-cpu", "max-x86_64-cpu"])
        if r.random() < 0.5:
            return {"hmp": "device_add %s,id=%s,socket-id=%d,core-id=%d,thread-id=%d" % (drv, cid, s_, c_, t_)}
        return {"qmp": {"execute": "device_add", "arguments": {"driver": drv, "id": cid, "socket-id": s_, "core-id": c_, "thread-id": t_}}}
    core = r.randrange(maxcpus // threads) * threads
    cid = "core%d" % r.randrange(6)
    if r.random() < 0.5:
        return {"hmp": "device_add power9_v2.0-spapr-cpu-core,id=%s,core-id=%d" % (cid, core)}
    return {"qmp": {"execute": "device_add", "arguments": {"driver": "power9_v2.0-spapr-cpu-core", "id": cid, "core-id": core}}}


CPU_VIEWS_X = ["info hotpluggable-cpus", "info cpus", "info numa", "info pci", "info qtree"]
CPU_VIEWS_P = ["info hotpluggable-cpus", "info cpus", "info numa", "info pci"]
def r3_case(n, seed=30000, name="r3-"):
    r = random.Random(seed + n)
    x86 = n % 3 != 2
    m = Machine(r, x86)
    if x86:
        sockets, cores, threads = r.choice([(2, 2, 1), (2, 1, 2), (4, 1, 1), (1, 4, 1)])
        maxcpus = sockets * cores * threads
        m.args += ["-machine", r.choice(["pc", "q35", "pc-i440fx-7.2", "pc-q35-7.2"]),
                   "-smp", "1,maxcpus=%d,sockets=%d,cores=%d,threads=%d" % (maxcpus, sockets, cores, threads)]
    else:
        sockets, cores, threads = 1, r.choice([2, 4]), r.choice([1, 2])
        maxcpus = cores * threads
        m.args += ["-machine", "pseries", "-cpu", "POWER9", "-smp", "%d,maxcpus=%d,threads=%d" % (threads, maxcpus, threads)]
    if r.random() < 0.3:
        m.args += ["-m", "1G", "-object", "memory-backend-ram,id=ram0,size=512M", "-object", "memory-backend-ram,id=ram1,size=512M",
                   "-numa", "node,nodeid=0,memdev=ram0", "-numa", "node,nodeid=1,memdev=ram1"]
    for _ in range(r.randint(0, 3)):
        (x86_device if x86 else ppc_device)(m)
    text = " ".join(m.args)
    if "=no" in text or "pc-dimm" in text or "virtio-mem" in text or "ide.2" in text or "index=4" in text:
        return
    steps = []
    for _ in range(r.randint(4, 8)):
        c = r.random()
        if c < 0.35:
            steps.append(r3_cpu(r, x86, (sockets, cores, threads, maxcpus)))
        elif c < 0.5:
            victim = r.choice(["cpu%d" % i for i in range(6)] if x86 else ["core%d" % i for i in range(6)])
            steps.append({"hmp": "device_del " + victim} if r.random() < 0.5 else {"qmp": {"execute": "device_del", "arguments": {"id": victim}}})
        elif c < 0.65:
            steps += hotplug(m)
        elif c < 0.9:
            steps.append({"hmp": r.choice(CPU_VIEWS_X if x86 else CPU_VIEWS_P)})
        else:
            steps.append({"qmp": {"execute": r.choice(["query-hotpluggable-cpus", "query-cpus-fast", "query-pci"])}})
    corpus.case("x86_64" if x86 else "ppc64", name + str(n), *m.args, steps=steps)


for n in range(100):
    r3_case(n)


# Round 4 (r4-): memory hotplug as tutorials teach it: -m with slots and
# maxmem, NUMA nodes, backends made on the command line or by object_add,
# pc-dimm (and on x86 virtio-mem) plugged and unplugged by HMP and QMP,
# then what info memory-devices, memdev, numa and memory_size_summary say.
def r4_step(r, x86, k):
    mid = "mem%d" % r.randrange(4)
    size = r.choice(["256M", "512M", "128M", "1G", "300M"] if x86 else ["256M", "512M", "1G", "128M"])
    c = r.random()
    if c < 0.25:
        typ = r.choice(["memory-backend-ram", "memory-backend-ram", "memory-backend-memfd"])
        if r.random() < 0.5:
            return {"hmp": "object_add %s,id=%s,size=%s" % (typ, mid, size)}
        n = {"256M": 256, "512M": 512, "128M": 128, "1G": 1024, "300M": 300}[size] << 20
        return {"qmp": {"execute": "object-add", "arguments": {"qom-type": typ, "id": mid, "size": n}}}
    if c < 0.55:
        drv = "pc-dimm" if not x86 or r.random() < 0.7 else "virtio-mem-pci"
        did = "dimm%d" % r.randrange(4)
        extra = r.choice(["", "", ",node=1", ",node=0", ",slot=1", ",node=2"])
        if drv == "virtio-mem-pci":
            extra = r.choice(["", ",requested-size=0", ",node=1"])
        if r.random() < 0.5:
            return {"hmp": "device_add %s,id=%s,memdev=%s%s" % (drv, did, mid, extra)}
        args = {"driver": drv, "id": did, "memdev": mid}
        for kv in extra.split(",")[1:]:
            key, v = kv.split("=")
            args[key] = int(v)
        return {"qmp": {"execute": "device_add", "arguments": args}}
    if c < 0.65:
        did = "dimm%d" % r.randrange(4)
        return {"hmp": "device_del " + did} if r.random() < 0.5 else {"qmp": {"execute": "device_del", "arguments": {"id": did}}}
    if c < 0.7:
        return {"hmp": "object_del " + mid}
    if c < 0.9:
        return {"hmp": r.choice(["info memory-devices", "info memdev", "info numa", "info memory_size_summary"])}
    return {"qmp": {"execute": r.choice(["query-memory-devices", "query-memdev", "query-memory-size-summary"])}}


def r4_case(n, seed=40000, name="r4-"):
    r = random.Random(seed + n)
    x86 = n % 3 != 2
    args = ["-machine", r.choice(["pc", "q35"]) if x86 else "pseries"]
    ram = r.choice(["1G", "2G"])
    args += ["-m", "%s,slots=%d,maxmem=%s" % (ram, r.choice([2, 4, 8]), r.choice(["4G", "8G", "3G"]))]
    if r.random() < 0.5:
        half = {"1G": "512M", "2G": "1G"}[ram]
        args += ["-object", "memory-backend-ram,id=ram0,size=" + half, "-object", "memory-backend-ram,id=ram1,size=" + half,
                 "-numa", "node,nodeid=0,memdev=ram0", "-numa", "node,nodeid=1,memdev=ram1"]
    if r.random() < 0.4:
        args += ["-object", "memory-backend-ram,id=mem0,size=%s" % r.choice(["256M", "512M"]),
                 "-device", "pc-dimm,id=dimm0,memdev=mem0"]
    steps = [r4_step(r, x86, k) for k in range(r.randint(5, 10))]
    corpus.case("x86_64" if x86 else "ppc64", name + str(n), *args, steps=steps)


for n in range(60):
    r4_case(n)


# Round 5 (r5-): hotplug sessions as tutorials script them, each a known
# sequence with random choices: a NIC (netdev_add, device_add, info
# network, set_link, device_del, netdev_del), a disk (blockdev-add or
# drive_add, device_add, info block, query-block, device_del, blockdev-del
# or drive_del), a USB device, a serial port, in QMP or HMP.
def r5_nic(r, x86, i):
    nic = r.choice(["virtio-net-pci", "e1000", "e1000e", "rtl8139"] if x86 else ["virtio-net-pci", "spapr-vlan", "e1000"])
    nd, dev = "hn%d" % i, "hnic%d" % i
    st = [r.choice([{"hmp": "netdev_add user,id=%s" % nd},
                    {"qmp": {"execute": "netdev_add", "arguments": {"type": "user", "id": nd}}}])]
    st.append(r.choice([{"hmp": "device_add %s,netdev=%s,id=%s" % (nic, nd, dev)},
                        {"qmp": {"execute": "device_add", "arguments": {"driver": nic, "netdev": nd, "id": dev}}}]))
    st += [{"hmp": "info network"}]
    if r.random() < 0.5:
        st += [{"hmp": "set_link %s off" % dev}, {"qmp": {"execute": "query-rx-filter", "arguments": {"name": dev}}}]
    st += [r.choice([{"hmp": "device_del " + dev}, {"qmp": {"execute": "device_del", "arguments": {"id": dev}}}]),
           r.choice([{"hmp": "netdev_del " + nd}, {"qmp": {"execute": "netdev_del", "arguments": {"id": nd}}}]),
           {"hmp": "info network"}]
    return st


def r5_disk(r, x86, i):
    node, dev = "hd%d" % i, "hdisk%d" % i
    st = []
    if r.random() < 0.6:
        st.append({"qmp": {"execute": "blockdev-add", "arguments": {"driver": "null-co", "node-name": node,
                                                                    "size": r.choice([1048576, 1073741824]), "read-only": r.random() < 0.2}}})
        drive = node
    else:
        st.append({"hmp": "drive_add 0 if=none,id=%s,driver=null-co,node-name=n%s" % (node, node)})
        drive = node
    drv = r.choice(["virtio-blk-pci", "virtio-blk-pci", "scsi-hd", "usb-storage"] if x86 else ["virtio-blk-pci", "scsi-hd"])
    st.append(r.choice([{"hmp": "device_add %s,drive=%s,id=%s" % (drv, drive, dev)},
                        {"qmp": {"execute": "device_add", "arguments": {"driver": drv, "drive": drive, "id": dev}}}]))
    st += [{"hmp": "info block"}, {"qmp": {"execute": r.choice(["query-block", "query-named-block-nodes"])}},
           r.choice([{"hmp": "device_del " + dev}, {"qmp": {"execute": "device_del", "arguments": {"id": dev}}}]),
           r.choice([{"qmp": {"execute": "blockdev-del", "arguments": {"node-name": node}}}, {"hmp": "drive_del " + node}]),
           {"hmp": "info block"}]
    return st


def r5_usb(r, x86, i):
    dev = "husb%d" % i
    drv = r.choice(["usb-tablet", "usb-kbd", "usb-mouse", "usb-hub"])
    return [r.choice([{"hmp": "device_add %s,id=%s" % (drv, dev)}, {"qmp": {"execute": "device_add", "arguments": {"driver": drv, "id": dev}}}]),
            {"hmp": "info usb"}, {"hmp": "device_del " + dev}, {"hmp": "info usb"}]


def r5_serial(r, x86, i):
    ch, dev = "hch%d" % i, "hport%d" % i
    return [{"qmp": {"execute": "chardev-add", "arguments": {"id": ch, "backend": {"type": r.choice(["null", "ringbuf"]), "data": {}}}}},
            r.choice([{"hmp": "device_add virtserialport,chardev=%s,id=%s,name=org.test.%d" % (ch, dev, i)},
                      {"hmp": "device_add virtconsole,chardev=%s,id=%s" % (ch, dev)}]),
            {"hmp": "info chardev"}, {"qmp": {"execute": "query-chardev"}},
            {"hmp": "device_del " + dev}, {"hmp": "chardev-remove " + ch}, {"hmp": "info chardev"}]


def r5_case(n, seed=50000, name="r5-"):
    r = random.Random(seed + n)
    x86 = n % 3 != 2
    args = ["-machine", r.choice(["pc", "q35"]) if x86 else "pseries"]
    kinds = [r5_nic, r5_disk]
    if x86 or r.random() < 0.5:
        args += ["-device", "qemu-xhci,id=xhci"]
        kinds.append(r5_usb)
    if r.random() < 0.6:
        args += ["-device", "virtio-serial-pci,id=vser"]
        kinds.append(r5_serial)
    if x86 and "q35" in args[1] and r.random() < 0.7:
        args += ["-device", "pcie-root-port,id=rp1,chassis=1", "-device", "pcie-root-port,id=rp2,chassis=2"]
    if r.random() < 0.5:
        args += ["-device", "virtio-scsi-pci,id=scsi0"] if x86 or r.random() < 0.5 else ["-device", "spapr-vscsi,id=scsi0"]
    steps = []
    for i in range(r.randint(1, 3)):
        steps += r.choice(kinds)(r, x86, i)
    corpus.case("x86_64" if x86 else "ppc64", "%s%d" % (name, n), *args, steps=steps)


for n in range(60):
    r5_case(n)

# Round 6 (r6-): the machine's life and the monitor's argument checks, as a
# learner pokes at them beside hotplug: stop/cont/system_reset and the run
# state, system_powerdown without a guest, the balloon, human-monitor-command,
# QMP arguments of the wrong type or missing or extra, HMP commands with
# missing or extra words; on pseries, PHBs and PCI devices plugged into them.
def r6_x86_args(r):
    args = ["-machine", r.choice(["pc", "q35", "pc-i440fx-7.2", "pc-q35-7.2", "q35,accel=tcg"]),
            "-smp", r.choice(["2", "2,maxcpus=4", "1,maxcpus=2", "4,sockets=2,cores=2"]), "-m", r.choice(["512M", "1G"])]
    if r.random() < 0.6:
        args += ["-netdev", "user,id=n0", "-device", r.choice(["virtio-net-pci", "e1000"]) + ",netdev=n0,id=nic0"]
    if r.random() < 0.5:
        args += ["-device", "virtio-balloon-pci,id=bal0"]
    if r.random() < 0.3:
        args += ["-S"]
    return args


def r6_ppc_args(r):
    args = ["-machine", r.choice(["pseries", "pseries-7.2", "pseries,ic-mode=xics", "pseries,cap-htm=off"]),
            "-smp", r.choice(["1", "2,maxcpus=4", "1,maxcpus=2"]), "-m", r.choice(["512M", "1G"])]
    if r.random() < 0.5:
        args += ["-netdev", "user,id=n0", "-device", r.choice(["virtio-net-pci", "spapr-vlan"]) + ",netdev=n0,id=nic0"]
    if r.random() < 0.4:
        args += ["-device", "virtio-balloon-pci,id=bal0"]
    if r.random() < 0.4:
        args += ["-device", "spapr-pci-host-bridge,index=%d,id=phb0" % r.choice([1, 2])]
    if r.random() < 0.2:
        args += ["-S"]
    return args


R6_LIFE = [
    [{"hmp": "stop"}, {"hmp": "info status"}, {"hmp": "cont"}, {"hmp": "info status"}],
    [{"qmp": {"execute": "stop"}}, {"qmp": {"execute": "query-status"}}, {"qmp": {"execute": "cont"}}, {"qmp": {"execute": "query-status"}}],
    [{"hmp": "system_reset"}, {"hmp": "info status"}],
    [{"qmp": {"execute": "system_reset"}}, {"qmp": {"execute": "query-status"}}],
    [{"hmp": "system_powerdown"}, {"hmp": "info status"}],
    [{"qmp": {"execute": "system_powerdown"}}, {"qmp": {"execute": "query-status"}}],
    [{"hmp": "stop"}, {"hmp": "stop"}, {"hmp": "c"}, {"hmp": "c"}],
    [{"hmp": "stop"}, {"hmp": "system_reset"}, {"hmp": "info status"}, {"qmp": {"execute": "cont"}}],
    [{"qmp": {"execute": "query-status", "arguments": {"verbose": True}}}],
    [{"hmp": "info status extra"}],
    [{"hmp": "watchdog_action pause"}, {"hmp": "watchdog_action explode"}],
    [{"qmp": {"execute": "set-action", "arguments": {"reboot": "shutdown"}}}, {"hmp": "system_reset"}, {"hmp": "info status"}],
    [{"qmp": {"execute": "query-kvm"}}, {"hmp": "info kvm"}],
]

R6_BALLOON = [
    [{"hmp": "info balloon"}, {"hmp": "balloon 256"}, {"hmp": "info balloon"}],
    [{"qmp": {"execute": "query-balloon"}}, {"qmp": {"execute": "balloon", "arguments": {"value": 268435456}}}, {"qmp": {"execute": "query-balloon"}}],
    [{"hmp": "balloon"}, {"hmp": "balloon -5"}, {"hmp": "balloon 1G"}],
    [{"qmp": {"execute": "balloon", "arguments": {"value": "1G"}}}, {"qmp": {"execute": "balloon", "arguments": {"value": 0}}}],
]

R6_QMP_ARGS = [
    {"execute": "device_add", "arguments": {"driver": "virtio-net-pci", "id": 5}},
    {"execute": "device_add", "arguments": {"driver": 7}},
    {"execute": "device_add", "arguments": {"id": "x1"}},
    {"execute": "device_del"},
    {"execute": "device_del", "arguments": {"id": "nosuch"}},
    {"execute": "device_del", "arguments": {"id": True}},
    {"execute": "qom-get", "arguments": {"path": "/machine", "property": 1}},
    {"execute": "qom-get", "arguments": {"path": "/machine"}},
    {"execute": "qom-get", "arguments": {"path": "/nosuch", "property": "type"}},
    {"execute": "qom-list", "arguments": {"path": 3}},
    {"execute": "qom-set", "arguments": {"path": "/machine", "property": "nosuch", "value": 1}},
    {"execute": "netdev_add", "arguments": {"type": "user", "id": "q1", "restrict": "yes"}},
    {"execute": "netdev_add", "arguments": {"type": "user"}},
    {"execute": "netdev_add", "arguments": {"type": "nosuch", "id": "q2"}},
    {"execute": "netdev_del", "arguments": {"id": "nosuch"}},
    {"execute": "object-add", "arguments": {"qom-type": "memory-backend-ram", "id": "mm1", "size": "1G"}},
    {"execute": "object-add", "arguments": {"qom-type": "memory-backend-ram", "id": "mm2"}},
    {"execute": "object-add", "arguments": {"qom-type": "nosuch-type", "id": "mm3"}},
    {"execute": "object-del", "arguments": {"id": "nosuch"}},
    {"execute": "query-cpus-fast", "arguments": {"x": 1}},
    {"execute": "query-hotpluggable-cpus", "arguments": {}},
    {"execute": "query-status", "arguments": []},
    {"execute": "human-monitor-command", "arguments": {"command-line": "info status"}},
    {"execute": "human-monitor-command", "arguments": {"command-line": "info cpus"}},
    {"execute": "human-monitor-command", "arguments": {"command-line": "info cpus", "cpu-index": 1}},
    {"execute": "human-monitor-command", "arguments": {"command-line": "nosuch"}},
    {"execute": "human-monitor-command", "arguments": {}},
    {"execute": "human-monitor-command", "arguments": {"command-line": "device_add help"}},
    {"execute": "set_link", "arguments": {"name": "nic0", "up": False}},
    {"execute": "set_link", "arguments": {"name": "nic0", "up": "off"}},
    {"execute": "set_link", "arguments": {"name": "nosuch", "up": True}},
    {"execute": "qmp_capabilities"},
    {"execute": "qmp_capabilities", "arguments": {"enable": ["oob"]}},
    {"execute": "query-machines", "arguments": {"compat-props": True}},
    {"execute": "query-cpu-definitions", "arguments": {"x": 1}},
    {"execute": "system_reset", "arguments": {"force": True}},
    {"execute": "chardev-remove", "arguments": {"id": "nosuch"}},
    {"execute": "blockdev-del", "arguments": {"node-name": "nosuch"}},
    {"execute": "query-rx-filter", "arguments": {"name": "nosuch"}},
    {"execute": "query-rx-filter", "arguments": {"name": "nic0"}},
]

R6_HMP_ARGS = [
    "device_del", "device_add", "netdev_add", "netdev_del", "object_add", "object_del", "qom-get /machine",
    "qom-set /machine nosuch 1", "qom-list /nosuch", "set_link nic0", "set_link nic0 maybe", "set_link nic0 off",
    "cpu", "cpu 9", "cpu 1 2", "info", "info nosuch", "info status now", "help nosuch", "help info", "help device_add",
    "device_add virtio-net-pci,netdev=nosuch", "device_del nic0 extra", "chardev-remove nosuch", "drive_del nosuch",
    "balloon", "netdev_del n0", "system_reset now", "stop 1", "qom-list /machine/peripheral", "info qom-tree /nosuch",
]

R6_PHB = [
    lambda i: [{"hmp": "device_add spapr-pci-host-bridge,index=%d,id=hphb%d" % (3 + i, i)}, {"hmp": "info pci"},
               {"hmp": "device_add virtio-net-pci,bus=hphb%d.0,netdev=nosuch,id=hn%d" % (i, i)},
               {"hmp": "device_add virtio-rng-pci,bus=hphb%d.0,id=hr%d" % (i, i)}, {"qmp": {"execute": "query-pci"}},
               {"hmp": "device_del hr%d" % i}, {"hmp": "device_del hphb%d" % i}],
    lambda i: [{"qmp": {"execute": "device_add", "arguments": {"driver": "spapr-pci-host-bridge", "index": 3 + i, "id": "hphb%d" % i}}},
               {"qmp": {"execute": "device_add", "arguments": {"driver": "spapr-pci-host-bridge", "index": 3 + i, "id": "hphbb%d" % i}}},
               {"qmp": {"execute": "device_del", "arguments": {"id": "hphb%d" % i}}}, {"hmp": "info qtree"}],
    lambda i: [{"hmp": "device_add virtio-balloon-pci,id=hb%d" % i}, {"hmp": "info pci"}, {"hmp": "device_del hb%d" % i},
               {"hmp": "info pci"}],
    lambda i: [{"hmp": "device_add spapr-vty,id=hv%d" % i}, {"hmp": "device_add spapr-vscsi,id=hs%d" % i},
               {"hmp": "device_add spapr-nvram,id=hn%d" % i}],
]


def r6_case(n, seed=60000, name="r6-"):
    r = random.Random(seed + n)
    x86 = n % 3 != 2
    args = r6_x86_args(r) if x86 else r6_ppc_args(r)
    steps = []
    for _ in range(r.randint(2, 4)):
        k = r.randrange(10)
        if k < 3:
            steps += r.choice(R6_LIFE)
        elif k < 4:
            steps += r.choice(R6_BALLOON)
        elif k < 6:
            steps.append({"qmp": r.choice(R6_QMP_ARGS)})
        elif k < 8:
            steps.append({"hmp": r.choice(R6_HMP_ARGS)})
        elif not x86:
            steps += r.choice(R6_PHB)(r.randrange(3))
        else:
            steps += r.choice([[{"hmp": "info pci"}], [{"hmp": "info qtree"}], [{"qmp": {"execute": "query-pci"}}], [{"hmp": "info network"}]])
    corpus.case("x86_64" if x86 else "ppc64", name + str(n), *args, steps=steps)


for n in range(120):
    r6_case(n)

# Measured around what round 6 found: PHBs plugged and unplugged, the run
# state's actions (set-action, -no-reboot, -no-shutdown), and QMP's integer
# arguments given as strings (the unsigned ones answer in other words),
# every integer member of the schema once.
def r6m_phb():
    H = lambda *c: [{"hmp": x} for x in c]
    P = lambda id, args, steps: corpus.p("r6m-phb-" + id, *args, steps=steps)
    P("dup-cold", ["-M", "pseries", "-device", "spapr-pci-host-bridge,index=1,id=p1", "-device", "spapr-pci-host-bridge,index=1,id=p2"], H("info pci"))
    P("add0", ["-M", "pseries"], H("device_add spapr-pci-host-bridge,index=0,id=p0", "device_add spapr-pci-host-bridge",
                                   "device_add spapr-pci-host-bridge,index=31", "device_add spapr-pci-host-bridge,index=30,id=p30", "info pci"))
    P("add7", ["-M", "pseries", "-netdev", "user,id=n0"], H("device_add spapr-pci-host-bridge,index=7,id=p7", "device_add virtio-net-pci,bus=p7.0,netdev=n0,id=nic7",
                                                            "info network", "info pci", "device_del nic7", "device_del p7", "device_del p7", "info pci"))
    P("cold-del", ["-M", "pseries", "-device", "spapr-pci-host-bridge,index=1,id=p1"], H("device_del p1", "device_del p1", "info status", "info pci"))
    for mt in ["pseries-3.1", "pseries-4.0", "pseries-4.2"]:
        P("mt-" + mt, ["-M", mt], H("device_add spapr-pci-host-bridge,index=2,id=p2", "info pci", "device_del p2"))
    P("prelaunch", ["-M", "pseries", "-S"], H("device_add spapr-pci-host-bridge,index=3,id=p3", "device_add virtio-rng-pci,bus=p3.0,id=r3,addr=5",
                                              "info pci", "device_del r3", "info pci", "device_del p3", "info status"))
    P("qtree", ["-M", "pseries", "-nodefaults"], H("device_add spapr-pci-host-bridge,index=3,id=p3", "info qtree"))
    P("qmp", ["-M", "pseries"], [qmp("device_add", driver="spapr-pci-host-bridge", index=2, id="p2"), qmp("query-pci"),
                                 qmp("device_del", id="p2"), qmp("query-pci")])


def r6m_actions():
    H = lambda x: {"hmp": x}
    X = lambda id, args, steps: corpus.x("r6m-sa-" + id, *args, steps=steps)
    X("pause", ["-M", "pc"], [qmp("set-action", reboot="shutdown", shutdown="pause"), H("system_reset"), H("info status"), qmp("query-status"),
                              H("cont"), H("info status"), H("system_reset"), H("info status"), H("system_powerdown"), H("info status")])
    X("noshut", ["-M", "pc", "-no-shutdown"], [H("system_reset"), H("info status"), H("system_powerdown"), H("info status")])
    X("noreboot", ["-M", "q35", "-no-reboot"], [H("info status"), H("system_reset"), H("info status")])
    X("both", ["-M", "pc", "-no-reboot", "-no-shutdown"], [H("system_reset"), H("info status"), qmp("query-status"), H("cont"), H("info status"),
                                                           H("stop"), H("info status"), H("system_reset"), H("info status")])
    X("prelaunch", ["-M", "pc", "-S"], [qmp("set-action", reboot="shutdown", shutdown="pause"), H("system_reset"), H("info status"), H("cont"), H("info status")])
    X("errs", ["-M", "pc"], [qmp("set-action", reboot="nope"), qmp("set-action", shutdown=1), qmp("set-action"),
                             qmp("set-action", panic="exit-failure", watchdog="none"), H("system_reset"), qmp("set-action", reboot="reset"),
                             H("system_reset"), H("info status")])
    X("stopped-reset", ["-M", "pc", "-no-shutdown"], [H("stop"), qmp("set-action", reboot="shutdown"), H("system_reset"), H("info status"), H("cont"), H("info status")])
    X("shutdown-state", ["-M", "pc", "-no-reboot", "-no-shutdown"], [H("cont"), H("system_reset"), H("info status"), H("cont"), qmp("cont"),
                                                                     H("system_reset"), H("info status"), qmp("set-action", reboot="reset"), H("system_reset"), H("info status"), H("cont"), H("info status")])
    corpus.p("r6m-sa-ppc", "-M", "pseries", steps=[qmp("set-action", reboot="shutdown", shutdown="pause"), H("system_reset"), H("info status"),
                                                   H("cont"), H("info status"), H("system_reset"), H("info status")])
    corpus.p("r6m-sa-ppc-noreboot", "-M", "pseries", "-no-reboot", steps=[H("system_reset"), H("info status")])


def r6m_ints():
    """Every integer member of each binary's QMP schema given a string, one
    command per step (object-add once per object type's member)."""
    import json, os
    for binary, target in [("x86_64", "x86_64"), ("ppc64", "ppc64")]:
        with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "engine", "release", "7.2", "qmp-schema-%s.json" % target)) as f:
            schema = json.load(f)
        ents = {e["name"]: e for e in schema}
        steps = []
        for v in ents[ents["object-add"]["arg-type"]]["variants"]:
            for m in ents[v["type"]].get("members", []):
                if m["type"] == "int":
                    a = {"qom-type": v["case"], "id": "o1", m["name"]: "7"}
                    if "memory-backend" in v["case"] and m["name"] != "size":
                        a["size"] = 1048576
                    steps.append({"qmp": {"execute": "object-add", "arguments": a}})
        for e in schema:
            if e.get("meta-type") != "command" or e["name"] in ("object-add", "quit", "device_add", "system_reset", "system_powerdown", "stop", "cont"):
                continue
            for m in (ents.get(e.get("arg-type")) or {}).get("members", []):
                if m["type"] == "int":
                    steps.append({"qmp": {"execute": e["name"], "arguments": {m["name"]: "7"}}})
        for i in range(0, len(steps), 60):
            corpus.case(binary, "r6m-ints-%d" % i, "-M", "pc" if binary == "x86_64" else "pseries", steps=steps[i:i + 60])


r6m_phb()
r6m_actions()
r6m_ints()

# Round 7 (r7-): libvirt-shaped machines. libvirt's line (JSON -device,
# -blockdev, -netdev and -object, root ports on q35, -nodefaults, a pinned
# machine version), with host resources swapped for ones every host has
# (null-co disks, user networking, null chardevs), drawn with a part left
# out, a value wrong or an address taken; then what libvirt does over QMP
# once it runs: its queries, and a NIC, a disk, a CPU or a controller
# attached and detached the way it sends them.
def jo(**o):
    return json.dumps(o, separators=(",", ":"))


def r7_machine(r, fam):
    if fam == "q35":
        return r.choice(["pc-q35-7.2", "pc-q35-7.1", "pc-q35-6.2", "pc-q35-5.2", "pc-q35-4.2", "q35"])
    if fam == "pc":
        return r.choice(["pc-i440fx-7.2", "pc-i440fx-6.2", "pc-i440fx-5.2", "pc"])
    return r.choice(["pseries-7.2", "pseries-7.1", "pseries-6.2", "pseries-5.2", "pseries"])


def r7_line(r, fam):
    m = r7_machine(r, fam)
    ram = "spapr.ram" if fam == "ppc" else "pc.ram"
    mem = r.choice([512, 1024, 2048])
    cpus = r.choice([1, 2, 4])
    smp = "%d,sockets=%d,cores=1,threads=1" % (cpus, cpus) if fam != "ppc" else "%d,sockets=1,cores=%d,threads=1" % (cpus, cpus)
    if r.random() < 0.3:
        smp = smp.split(",")[0] + ",maxcpus=%d," % (cpus * 2) + ",".join(smp.split(",")[1:]).replace("sockets=%d" % cpus, "sockets=%d" % (cpus * 2)).replace("cores=%d" % cpus, "cores=%d" % (cpus * 2))
    args = ["-name", "guest=vm%d,debug-threads=on" % r.randrange(10),
            "-object", jo(**{"qom-type": "secret", "id": "masterKey0", "format": "raw", "data": "aGVsbG8gd29ybGQgaGVsbG8gd29ybGQhIQ=="}),
            "-machine", m + ",usb=off,dump-guest-core=off" + (",vmport=off" if fam != "ppc" else "") + ",memory-backend=" + ram,
            "-accel", "tcg", "-m", str(mem if r.random() < 0.9 else mem * 2),
            "-object", jo(**{"qom-type": "memory-backend-ram", "id": ram, "size": mem << 20}),
            "-overcommit", "mem-lock=off", "-smp", smp, "-uuid", "4e9e6f21-8c6c-4a28-9f0e-3f7c1a2b5d1%d" % r.randrange(10),
            "-no-user-config", "-nodefaults", "-rtc", "base=utc" + (",driftfix=slew" if fam != "ppc" else ""), "-no-shutdown", "-boot", "strict=on"]
    if fam == "q35":
        args += ["-global", "kvm-pit.lost_tick_policy=delay", "-no-hpet", "-global", "ICH9-LPC.disable_s3=1", "-global", "ICH9-LPC.disable_s4=1"]
    elif fam == "pc":
        args += ["-global", "PIIX4_PM.disable_s3=1", "-global", "PIIX4_PM.disable_s4=1"]
    buses = []
    if fam == "q35":
        n = r.randint(3, 8)
        for i in range(n):
            o = {"driver": "pcie-root-port", "port": 16 + i, "chassis": 1 + i, "id": "pci.%d" % (i + 1), "bus": "pcie.0"}
            if i == 0:
                o["multifunction"] = True
            o["addr"] = "0x2" if i == 0 else "0x2.0x%x" % i
            if r.random() < 0.05:
                o["chassis"] = 1
            args += ["-device", jo(**o)]
            buses.append("pci.%d" % (i + 1))
        slot = lambda: {"bus": buses.pop(0) if buses else "pci.%d" % (n + 1), "addr": "0x0"}
    else:
        nxt = [3]
        def slot():
            nxt[0] += 1
            return {"bus": "pci.0", "addr": "0x%x" % (nxt[0] if r.random() > 0.05 else 3)}
    parts = ["usb", "serial", "disk", "net", "console", "tablet", "video", "balloon", "rng", "scsi"]
    r.shuffle(parts)
    parts = parts[:r.randint(4, len(parts))]
    for part in sorted(parts, key=["usb", "scsi", "serial", "disk", "net", "console", "tablet", "video", "balloon", "rng"].index):
        if part == "usb":
            args += ["-device", jo(driver="qemu-xhci" if fam != "pc" else "piix3-usb-uhci", id="usb", **slot())]
        elif part == "scsi":
            args += ["-device", jo(driver="virtio-scsi-pci", id="scsi0", **slot())]
        elif part == "serial":
            args += ["-device", jo(driver="virtio-serial-pci", id="virtio-serial0", **slot())]
        elif part == "disk":
            args += ["-blockdev", jo(**{"driver": "null-co", "node-name": "libvirt-1-storage", "size": 10737418240}),
                     "-blockdev", jo(**{"node-name": "libvirt-1-format", "read-only": r.random() < 0.1, "driver": "raw", "file": "libvirt-1-storage"})]
            if "scsi" in parts and r.random() < 0.5:
                args += ["-device", jo(**{"driver": "scsi-hd", "bus": "scsi0.0", "channel": 0, "scsi-id": 0, "lun": 0, "device_id": "drive-scsi0-0-0-0",
                                          "drive": "libvirt-1-format", "id": "scsi0-0-0-0", "bootindex": 1})]
            else:
                args += ["-device", jo(driver="virtio-blk-pci", drive="libvirt-1-format", id="virtio-disk0", bootindex=1, **slot())]
        elif part == "net":
            args += ["-netdev", jo(type="user", id="hostnet0")]
            args += ["-device", jo(driver=r.choice(["virtio-net-pci", "virtio-net-pci", "e1000e" if fam == "q35" else "e1000"]), netdev="hostnet0",
                                   id="net0", mac=r.choice(["52:54:00:5a:3b:1c", "52:54:00:5a:3b:1c", "01:54:00:5a:3b:1c"]), **slot())]
        elif part == "console":
            args += ["-chardev", "null,id=charserial0"]
            if fam == "ppc":
                args += ["-device", jo(driver="spapr-vty", chardev="charserial0", id="serial0", reg=0x30000000)]
            else:
                args += ["-device", jo(driver="isa-serial", chardev="charserial0", id="serial0", index=0)]
            if "serial" in parts:
                args += ["-chardev", "null,id=charchannel0", "-device", jo(driver="virtserialport", bus="virtio-serial0.0", nr=1, chardev="charchannel0",
                                                                        id="channel0", name="org.qemu.guest_agent.0")]
        elif part == "tablet":
            args += ["-device", jo(driver="usb-tablet", id="input0", bus="usb.0", port="1")]
        elif part == "video":
            if fam == "ppc":
                args += ["-device", jo(driver="VGA", id="video0", vgamem_mb=16, **slot())]
            elif fam == "q35":
                args += ["-device", jo(driver=r.choice(["virtio-vga", "VGA", "bochs-display"]), id="video0", bus="pcie.0", addr="0x1")]
            else:
                args += ["-device", jo(driver="VGA", id="video0", vgamem_mb=16, bus="pci.0", addr="0x2")]
        elif part == "balloon":
            args += ["-device", jo(driver="virtio-balloon-pci", id="balloon0", **slot())]
        elif part == "rng":
            args += ["-object", jo(**{"qom-type": "rng-builtin", "id": "objrng0"}), "-device", jo(driver="virtio-rng-pci", rng="objrng0", id="rng0", **slot())]
    if r.random() < 0.4:
        args += ["-audiodev", jo(id="audio1", driver="none")]
    if r.random() < 0.3:
        args += ["-msg", "timestamp=off"]
    return args, buses, slot


def r7_steps(r, fam, buses, slot):
    steps = [qmp("qmp_capabilities")] if r.random() < 0.2 else []
    q = ["query-hotpluggable-cpus", "query-cpus-fast", "query-named-block-nodes", "query-block", "query-chardev", "query-pci",
         "query-iothreads", "query-balloon", "query-status", "query-name", "query-uuid", "query-kvm", "query-migrate-capabilities",
         "query-memory-devices", "query-memdev", "query-current-machine", "query-target"]
    r.shuffle(q)
    steps += [qmp(c) for c in q[:r.randint(2, 5)]]
    if r.random() < 0.3:
        steps.append(qmp("qom-list", path="/machine/peripheral"))
    for k in r.sample(["nic", "disk", "cpu", "ctrl", "rng"], r.randint(1, 3)):
        if k == "nic":
            steps += [qmp("netdev_add", type="user", id="hostnet1"),
                      qmp("device_add", driver="virtio-net-pci", netdev="hostnet1", id="net1", mac="52:54:00:aa:bb:01", **slot()),
                      qmp("device_del", id="net1"), qmp("netdev_del", id="hostnet1")]
        elif k == "disk":
            steps += [qmp("blockdev-add", **{"driver": "null-co", "node-name": "libvirt-3-storage", "size": 1073741824}),
                      qmp("blockdev-add", **{"node-name": "libvirt-3-format", "read-only": False, "driver": "raw", "file": "libvirt-3-storage"}),
                      qmp("device_add", driver="virtio-blk-pci", drive="libvirt-3-format", id="virtio-disk3", **slot()),
                      qmp("query-block"), qmp("device_del", id="virtio-disk3")]
        elif k == "cpu":
            steps += [qmp("query-hotpluggable-cpus")]
            if fam == "ppc":
                steps += [qmp("device_add", driver="power10_v2.0-spapr-cpu-core", id="vcpu1", **{"core-id": r.choice([1, 2, 4, 8])})]
            else:
                steps += [qmp("device_add", driver="qemu64-x86_64-cpu", id="vcpu1", **{"socket-id": r.randrange(1, 5), "core-id": 0, "thread-id": 0})]
            steps += [qmp("query-cpus-fast"), qmp("device_del", id="vcpu1")]
        elif k == "ctrl":
            if fam == "ppc":
                steps += [qmp("device_add", driver="virtio-scsi-pci", id="scsi1", **slot()), qmp("device_del", id="scsi1")]
            else:
                steps += [qmp("device_add", driver="virtio-scsi-pci", id="scsi1", **slot()), qmp("device_del", id="scsi1")]
        else:
            steps += [qmp("object-add", **{"qom-type": "rng-builtin", "id": "objrng1"}),
                      qmp("device_add", driver="virtio-rng-pci", rng="objrng1", id="rng1", **slot()),
                      qmp("device_del", id="rng1"), qmp("object-del", id="objrng1")]
    if r.random() < 0.3:
        steps.append(qmp("human-monitor-command", **{"command-line": r.choice(["info pci", "info qtree", "info block", "info network", "info cpus"])}))
    return steps


def r7_cases(count, seed, name):
    """Round 7's libvirt-like lines and steps, count of them from seed."""
    for n in range(count):
        r = random.Random(seed + n)
        fam = ["q35", "pc", "ppc"][n % 3]
        args, buses, slot = r7_line(r, fam)
        corpus.case("ppc64" if fam == "ppc" else "x86_64", "%s%d" % (name, n), *args, steps=r7_steps(r, fam, buses, slot))


r7_cases(120, seed=70000, name="r7-")

# Measured around what round 7 found: a device hot-plugged into a PCIe
# slot no guest powered on is unplugged at once where the slot's hotplug
# is native (q35 before 6.1, or ACPI bridge hotplug turned off), asked of
# the guest where ACPI's; and a cold-plugged one is always asked.
def r7m_pcie():
    X = lambda id, args, steps: corpus.x("r7m-pcie-" + id, *args, steps=[{"hmp": c} for c in steps])
    rp = ["-device", "pcie-root-port,id=rp1,chassis=1", "-device", "pcie-root-port,id=rp2,chassis=2"]
    for mt in ["q35", "pc-q35-7.2", "pc-q35-6.2", "pc-q35-6.0", "pc-q35-5.2"]:
        X("hot-" + mt, ["-M", mt, "-nodefaults"] + rp, ["device_add e1000e,bus=rp1,id=n1", "device_del n1", "device_del n1", "info pci",
                                                         "device_add virtio-rng-pci,bus=rp1,id=r1", "info status"])
        X("cold-" + mt, ["-M", mt, "-nodefaults"] + rp + ["-device", "virtio-rng-pci,bus=rp2,id=r2"], ["device_del r2", "device_del r2", "info status"])
    X("downstream", ["-M", "q35", "-nodefaults", "-device", "pcie-root-port,id=rp1,chassis=1", "-device", "x3130-upstream,id=up,bus=rp1",
                     "-device", "xio3130-downstream,id=dn,bus=up,chassis=5"], ["device_add e1000e,bus=dn,id=n1", "device_del n1", "device_del n1"])
    X("downstream-5.2", ["-M", "pc-q35-5.2", "-nodefaults", "-device", "pcie-root-port,id=rp1,chassis=1", "-device", "x3130-upstream,id=up,bus=rp1",
                         "-device", "xio3130-downstream,id=dn,bus=up,chassis=5"], ["device_add e1000e,bus=dn,id=n1", "device_del n1", "device_del n1", "info status"])
    X("pcie-pci-bridge", ["-M", "q35", "-nodefaults", "-device", "pcie-root-port,id=rp1,chassis=1", "-device", "pcie-pci-bridge,id=br,bus=rp1"],
      ["device_add e1000,bus=br,id=n1,addr=3", "device_del n1", "device_del n1"])
    X("pc-bridge", ["-M", "pc", "-nodefaults", "-device", "pci-bridge,id=br,chassis_nr=1"], ["device_add e1000,bus=br,id=n1,addr=3", "device_del n1", "device_del n1"])
    X("q35-acpi-off", ["-M", "q35,acpi=off", "-nodefaults"] + rp, ["device_add e1000e,bus=rp1,id=n1", "device_del n1", "device_del n1"])
    for v in ["on", "off"]:
        X("q35-acpihp-" + v, ["-M", "q35", "-nodefaults", "-global", "ICH9-LPC.acpi-pci-hotplug-with-bridge-support=" + v] + rp,
          ["device_add e1000e,bus=rp1,id=n1", "device_del n1", "device_del n1", "info pci", "info status"])
    X("q35-5.2-acpihp-on", ["-M", "pc-q35-5.2", "-nodefaults", "-global", "ICH9-LPC.acpi-pci-hotplug-with-bridge-support=on"] + rp,
      ["device_add e1000e,bus=rp1,id=n1", "device_del n1", "device_del n1", "info status"])
    X("memdev-dump", ["-M", "pc,dump-guest-core=off,mem-merge=off", "-object", "memory-backend-ram,id=m0,size=64M",
                      "-object", "memory-backend-ram,id=m1,size=64M,dump=on,merge=on"], ["info memdev"])


r7m_pcie()


# Round 8 (r8-): libvirt's line with one or two mistakes, as a hand edit
# makes them: a value dropped or mistyped, a key misspelt, a JSON option
# cut short or given the wrong type, an id twice, a bus or backend that is
# not there, an option QEMU does not know, a machine version it lacks; the
# first error QEMU meets is the answer (which error wins).
def r8_mutate(r, args):
    args = list(args)
    opts = [i for i in range(0, len(args) - 1) if args[i].startswith("-") and not args[i + 1].startswith("-")]
    i = r.choice(opts)
    val = args[i + 1]
    k = r.randrange(12)
    if k == 0:  # the value dropped
        del args[i + 1]
    elif k == 1 and val.startswith("{"):  # JSON cut short
        args[i + 1] = val[:r.randrange(1, len(val) - 1)]
    elif k == 2 and val.startswith("{"):  # a key misspelt
        o = json.loads(val)
        key = r.choice(list(o))
        o[key + r.choice(["x", "_", "s"])] = o.pop(key)
        args[i + 1] = jo(**o)
    elif k == 3 and val.startswith("{"):  # a value of the wrong type
        o = json.loads(val)
        key = r.choice(list(o))
        v = o[key]
        o[key] = str(v).lower() if not isinstance(v, str) else (7 if r.random() < 0.5 else True)
        args[i + 1] = jo(**o)
    elif k == 4 and "," in val and not val.startswith("{"):  # a keyval key misspelt
        parts = val.split(",")
        j = r.randrange(len(parts))
        if "=" in parts[j]:
            a, b = parts[j].split("=", 1)
            parts[j] = a + "x=" + b
        else:
            parts[j] += "x"
        args[i + 1] = ",".join(parts)
    elif k == 5:  # an option twice (its id twice)
        args += [args[i], val]
    elif k == 6:  # an unknown option
        args.insert(i, r.choice(["-foo", "-vnc-x", "--machine-x", "-devices"]))
    elif k == 7 and args[i] == "-machine":  # a version QEMU lacks, or a property it does not know
        args[i + 1] = r.choice([val.replace("7.", "9."), val.replace(",", ",nosuch=on,", 1), val.replace("usb=off", "usb=maybe")])
    elif k == 8 and '"bus"' in val:  # a bus that is not there
        o = json.loads(val)
        o["bus"] = "pci.99"
        args[i + 1] = jo(**o)
    elif k == 9:  # the option's name misspelt
        args[i] = args[i] + r.choice(["s", "x"])
    elif k == 10:  # a number that is no number
        for n in ("-m", "-smp"):
            if n in args:
                j = args.index(n)
                args[j + 1] = r.choice(["1O24", "-1", "0", "2,sockets=0", "1G,slots=x", "", "4,maxcpus=2"])
                break
    else:  # an option moved to the end (order matters to some)
        args += [args.pop(i), args.pop(i)]
    return args


def r8_case(n, seed=80000, name="r8-"):
    r = random.Random(seed + n)
    fam = ["q35", "pc", "ppc"][n % 3]
    args, buses, slot = r7_line(r, fam)
    for _ in range(1 if r.random() < 0.7 else 2):
        args = r8_mutate(r, args)
    corpus.case("ppc64" if fam == "ppc" else "x86_64", name + str(n), *args, steps=[{"hmp": "info status"}])


for n in range(150):
    r8_case(n)

# Measured around what round 8 found: -m 0 is no -m (the memory backend's
# size is the RAM's), -rtc and -overcommit take no word without "=" (it is
# a short-form boolean), a drive's file name with a colon names a protocol,
# and 10.0's -m says out of range only for a negative number.
def r8m():
    B = ["-object", "memory-backend-ram,id=m,size=512M"]
    look = [{"hmp": "info memdev"}, {"hmp": "info memory_size_summary"}]
    for i, extra in enumerate([["-m", "0"], ["-m", "128M"], ["-m", "512M"], [], ["-m", "0", "-device", "usb-tablet,bus=usb.0"],
                               ["-m", "size=0"], ["-m", "0,slots=2,maxmem=4G"]]):
        corpus.x("r8m-membackend-%d" % i, "-M", "pc,memory-backend=m", *(B + extra), steps=look)
    corpus.x("r8m-m0", "-M", "pc", "-m", "0", steps=[{"hmp": "info memory_size_summary"}])
    for i, a in enumerate([["-overcommit", "-smp"], ["-overcommit", "on"], ["-rtc", "-no-shutdown"], ["-rtc", "utc"], ["-rtc", "clock=host,base"],
                           ["-rtc", "localtime"], ["-name", "vm1,debug-threads"]]):
        corpus.x("r8m-opts-%d" % i, "-M", "pc", *a, steps=[{"hmp": "info status"}])
    for i, a in enumerate([['{"driver":"x"}'], ["-hda", "nbdx:foo"], ["-hda", "/tmp/a:b"], ["-drive", "file=foo:bar,format=raw"], ["-cdrom", "a:b"],
                           ["-hda", "null-co:x"], ["-hda", "./a:b"], ["-drive", "file=null-co://,format=raw,if=virtio"], ["-hda", "null-aio:"]]):
        corpus.x("r8m-proto-%d" % i, "-M", "pc", *a, steps=[{"hmp": "info block"}])
    for i, v in enumerate(["-object", "-1", "-5G", "x", "-0", "-1M", " -2"]):
        corpus.x("r8m-msize-%d" % i, "-M", "pc", "-m", v)


r8m()

# Round 9 (r9-): the monitor's small languages, as a learner pokes at a
# machine that has not run yet: print's expressions (numbers in every base,
# registers, operators, parentheses, formats), x and xp over RAM, sum, port
# reads, and the commands that take a key, a button or a number.
def r9_expr(r, x86, depth=0):
    k = r.randrange(10 if depth < 3 else 4)
    if k < 3:
        n = r.choice([0, 1, 2, 7, 10, 16, 255, 256, 4096, 65535, 0x7fffffff, 0xffffffff, 0x100000000])
        return r.choice(["%d" % n, "0x%x" % n, "0%o" % n if n else "0", "%d" % n])
    if k == 3:
        return r.choice(["$pc", "$sp", "$eax", "$ebx", "$eflags", "$cs", "$cr0"] if x86 else ["$pc", "$sp", "$r1", "$r3", "$lr", "$ctr", "$msr"])
    if k < 8:
        op = r.choice(["+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>"])
        return r9_expr(r, x86, depth + 1) + r.choice([" ", ""]) + op + r.choice([" ", ""]) + r9_expr(r, x86, depth + 1)
    if k == 8:
        return "(" + r9_expr(r, x86, depth + 1) + ")"
    return r.choice(["-", "~", "+"]) + r9_expr(r, x86, depth + 1)


def r9_step(r, x86):
    k = r.randrange(12)
    if k < 4:
        fmt = r.choice(["", "/x ", "/d ", "/u ", "/o ", "/c ", "/t ", "/i ", "/4x "])
        return r.choice(["print ", "p "]) + fmt + r9_expr(r, x86)
    if k < 6:
        cmd = r.choice(["x", "xp"])
        n = r.choice(["", "2", "4", "8", "16"])
        f = r.choice(["", "x", "d", "u", "o", "c", "i"])
        sz = r.choice(["", "b", "h", "w", "g"])
        fmt = "/" + n + f + sz if (n or f or sz) else ""
        return "%s %s %s" % (cmd, fmt, r.choice(["0", "0x1000", "0x7c00", "0x100000", "0x500", "$sp", "0x9fff0"])) if fmt else "%s %s" % (cmd, r.choice(["0", "0x7c00"]))
    if k == 6:
        return "sum %s %s" % (r.choice(["0", "0x1000", "0x7c00"]), r.choice(["0", "16", "256", "4096"]))
    if k == 7 and x86:
        return "%s %s" % (r.choice(["i", "i /b", "i /w", "i /l"]), r.choice(["0x92", "0xcf8", "0x3fa", "0x3fb", "0x3fd", "0x64", "0x4d0"]))
    if k == 8:
        return r.choice(["sendkey a", "sendkey ctrl-alt-delete", "sendkey ctrl-alt-f1 200", "sendkey nosuchkey", "sendkey 0x1e", "sendkey shift-a-b-c-d-e-f",
                         "sendkey"])
    if k == 9:
        return r.choice(["mouse_move 10 10", "mouse_move 1 2 3", "mouse_button 1", "mouse_button", "mouse_set 0", "mouse_set 9"])
    if k == 10:
        return r.choice(["cpu 0", "cpu 1", "cpu 7", "cpu -1", "cpu x", "info cpus", "nmi", "boot_set c", "boot_set q"])
    return r.choice(["print", "p /z 1", "x", "x /0x 0", "xp /3q 0", "sum 0", "print 1 +", "print (1", "print 1)", "print $nosuch",
                     "p 99999999999999999999", "p 0x", "p 08", "p 'a'", "print 1e3"])


def r9_case(n, seed=90000, name="r9-"):
    r = random.Random(seed + n)
    x86 = n % 3 != 2
    args = ["-M", r.choice(["pc", "q35"]) if x86 else "pseries", "-smp", r.choice(["1", "2", "2,maxcpus=4"])]
    if r.random() < 0.3:
        args.append("-nodefaults")
    corpus.case("x86_64" if x86 else "ppc64", name + str(n), *args, steps=[{"hmp": r9_step(r, x86)} for _ in range(r.randint(6, 14))])


for n in range(90):
    r9_case(n)

# Measured around what round 9 found: the x86 boards' ports before the
# machine runs, at each access size, and the registers an expression can
# name (sp and fp, r8-r15, the segments' bases and limits).
def r9m():
    ports = ["0x92", "0x4d0", "0x4d1", "0xcf8", "0xcf9", "0xcfa", "0xcfc", "0x64", "0x65", "0x60", "0x80", "0x3f8", "0x3fd", "0x2f8", "0xcd8"]
    for mt in ["pc", "q35"]:
        for nd in [[], ["-nodefaults"]]:
            corpus.x("r9m-ports-%s%s" % (mt, "-nd" if nd else ""), "-M", mt, *nd,
                     steps=[{"hmp": "i %s %s" % (sz, p)} for p in ports for sz in ["/b", "/h", "/w"]])
    regs = ["sp", "esp", "fp", "ebp", "r8", "r15", "r16", "eip", "pc", "cs", "cs.base", "cs.limit", "ds.base", "ss.limit", "gs", "eflags", "edx", "rax", "cr0"]
    corpus.x("r9m-regs", "-M", "pc", steps=[{"hmp": "p /x $" + r} for r in regs] + [{"hmp": "x /4x $sp"}, {"hmp": "p $cs.base + $eip"}])


r9m()

# Round 10 (r10-): every device type each binary lists (-device help), asked
# for its properties the two ways a learner asks: `device_add TYPE,help` and
# QMP's device-list-properties.
def r10():
    import os, re
    here = os.path.dirname(os.path.abspath(__file__))
    for binary, target, machine in [("x86_64", "x86_64", "pc"), ("ppc64", "ppc64", "pseries")]:
        with open(os.path.join(here, "..", "..", "engine", "release", "7.2", "%s-device-help.txt" % target)) as f:
            types = re.findall(r'^name "([^"]+)"', f.read(), re.M)
        for i in range(0, len(types), 12):
            steps = []
            for t in types[i:i + 12]:
                steps += [{"hmp": "device_add %s,help" % t}, qmp("device-list-properties", typename=t)]
            corpus.case(binary, "r10-%d" % i, "-M", machine, steps=steps)


r10()

# Measured around what round 10 found: 7.2 lists virtio-gpu-gl-pci (and on
# x86 virtio-vga-gl) but Debian ships the module with its parent type apart:
# asking for its properties ends QEMU, as does -device; 10.0 lists neither.
def r10m():
    for b, m in [("x86_64", "pc"), ("ppc64", "pseries")]:
        for i, st in enumerate([[{"hmp": "device_add virtio-gpu-gl-pci,help"}], [qmp("device-list-properties", typename="virtio-gpu-gl-pci")],
                                [{"hmp": "device_add virtio-gpu-gl-pci"}], [qmp("device_add", driver="virtio-gpu-gl-pci")],
                                [{"hmp": "device_add virtio-gpu-gl-device,help"}], [{"hmp": "device_add virtio-vga-gl,help"}],
                                [qmp("qom-list-properties", typename="virtio-gpu-gl-pci")]]):
            corpus.case(b, "r10m-gl-%d" % i, "-M", m, steps=st + [{"hmp": "info status"}])
        corpus.case(b, "r10m-gl-cmd", "-M", m, "-device", "virtio-gpu-gl-pci,help")
        corpus.case(b, "r10m-gl-cmd2", "-M", m, "-device", "virtio-gpu-gl-pci")


r10m()

# Round 11 (r11-): -global as tutorials and libvirt use it (short and long
# forms), on devices the line makes and on the board's own, with values
# right and wrong, a driver or property misspelt; then what info qtree and
# a hotplug say about it.
R11_X86 = [("virtio-net-pci", "mq", ["on", "off", "maybe"]), ("e1000", "mac", ["52:54:00:12:34:99", "zz"]),
           ("isa-serial", "iobase", ["0x2f8", "x"]), ("ICH9-LPC", "disable_s3", ["1", "2"]), ("PIIX4_PM", "disable_s4", ["1", "x"]),
           ("PIIX4_PM", "acpi-pci-hotplug-with-bridge-support", ["off", "on"]), ("PIIX4_PM", "acpi-root-pci-hotplug", ["off", "on"]),
           ("ICH9-LPC", "acpi-pci-hotplug-with-bridge-support", ["off", "on"]), ("kvm-pit", "lost_tick_policy", ["delay", "slew", "x"]),
           ("mc146818rtc", "lost_tick_policy", ["slew", "discard", "x"]), ("virtio-blk-device", "num-queues", ["2", "0"]),
           ("pcie-root-port", "x-speed", ["8", "16", "3"]), ("virtio-pci", "disable-legacy", ["on", "off"]), ("cfi.pflash01", "secure", ["on"]),
           ("qemu64-x86_64-cpu", "pmu", ["on", "off"]), ("VGA", "vgamem_mb", ["32", "1"]), ("nosuch-device", "x", ["1"]),
           ("virtio-net-pci", "nosuch", ["1"]), ("usb-tablet", "usb_version", ["1", "2"])]
R11_PPC = [("virtio-net-pci", "mq", ["on", "maybe"]), ("spapr-vlan", "use-rx-buffer-pools", ["off", "x"]), ("spapr-pci-host-bridge", "ddw", ["off"]),
           ("spapr-pci-host-bridge", "dynamic-reconfiguration", ["off"]), ("spapr-vty", "reg", ["0x71000010"]), ("power10_v2.0-spapr-cpu-core", "x", ["1"]),
           ("virtio-pci", "disable-legacy", ["on"]), ("nosuch-device", "x", ["1"]), ("spapr-rng", "use-kvm", ["on"])]


def r11_global(r, x86):
    drv, prop, vals = r.choice(R11_X86 if x86 else R11_PPC)
    val = r.choice(vals)
    k = r.randrange(6)
    if k == 0:
        return "driver=%s,property=%s,value=%s" % (drv, prop, val)
    if k == 1:
        return "%s.%s" % (drv, prop)  # no value
    return "%s.%s=%s" % (drv, prop, val)


def r11_case(n, seed=110000, name="r11-"):
    r = random.Random(seed + n)
    x86 = n % 3 != 2
    args = ["-M", r.choice(["pc", "q35", "pc-i440fx-7.2", "pc-q35-7.2"]) if x86 else r.choice(["pseries", "pseries-7.2"])]
    for _ in range(r.randint(1, 3)):
        args += ["-global", r11_global(r, x86)]
    if x86:
        args += r.choice([[], ["-netdev", "user,id=n0", "-device", "virtio-net-pci,netdev=n0,id=nic0"], ["-device", "e1000,id=nic0", "-nic", "none"],
                          ["-device", "pci-bridge,id=br,chassis_nr=1"], ["-device", "pcie-root-port,id=rp1,chassis=1"]])
    else:
        args += r.choice([[], ["-netdev", "user,id=n0", "-device", "virtio-net-pci,netdev=n0,id=nic0"], ["-netdev", "user,id=n0", "-device", "spapr-vlan,netdev=n0,id=v0"]])
    steps = [{"hmp": r.choice(["info qtree", "info pci", "info status"])}]
    if r.random() < 0.5:
        if x86:
            bus = ",bus=br" if "pci-bridge,id=br,chassis_nr=1" in args else (",bus=rp1" if "pcie-root-port,id=rp1,chassis=1" in args else "")
            steps += [{"hmp": "device_add virtio-rng-pci,id=hr%s" % bus}, {"hmp": "device_del hr"}, {"hmp": "device_del hr"}]
        else:
            steps += [{"hmp": "device_add virtio-rng-pci,id=hr"}, {"hmp": "device_del hr"}, {"hmp": "info pci"}]
    corpus.case("x86_64" if x86 else "ppc64", name + str(n), *args, steps=steps)


for n in range(120):
    r11_case(n)

# Measured around what round 11 found: one -global per board or device type
# on pc, q35 and pseries, used or not, known or not.
def r11m():
    X = [("PIIX4_PM", "disable_s3", "1"), ("ICH9-LPC", "disable_s3", "1"), ("kvm-pit", "lost_tick_policy", "delay"), ("VGA", "vgamem_mb", "32"),
         ("isa-serial", "iobase", "0x2f8"), ("i8042", "extended-state", "off"), ("mc146818rtc", "lost_tick_policy", "slew"), ("hpet", "timers", "4"),
         ("kvmclock", "x-mach-use-reliable-get-clock", "on"), ("ioapic", "version", "0x11"), ("e1000", "mac", "52:54:00:12:34:99"),
         ("virtio-net-pci", "mq", "on"), ("isa-debugcon", "iobase", "0x402"), ("pcie-root-port", "x-speed", "8"), ("usb-tablet", "usb_version", "2"),
         ("ide-hd", "ver", "1"), ("intel-iommu", "aw-bits", "48"), ("virtio-balloon-pci", "deflate-on-oom", "on"), ("piix3-ide", "x", "1"),
         ("isa-fdc", "fdtypeA", "144"), ("pvpanic", "ioport", "0x505"), ("vmport", "x", "1"), ("nosuch-device", "x", "1")]
    P = [("spapr-rng", "use-kvm", "on"), ("spapr-vlan", "use-rx-buffer-pools", "off"), ("spapr-vty", "reg", "0x71000010"), ("spapr-nvram", "x", "1"),
         ("spapr-pci-host-bridge", "ddw", "off"), ("spapr-vscsi", "x", "1"), ("VGA", "vgamem_mb", "32"), ("virtio-net-pci", "mq", "on"),
         ("usb-kbd", "usb_version", "2"), ("power10_v2.0-spapr-cpu-core", "x", "1")]
    for m in ["pc", "q35"]:
        for d, p, v in X:
            corpus.x("r11m-%s-%s" % (m, d), "-M", m, "-global", "%s.%s=%s" % (d, p, v))
    for d, p, v in P:
        corpus.p("r11m-pseries-%s" % d, "-M", "pseries", "-global", "%s.%s=%s" % (d, p, v))
    corpus.x("r11m-root-hotplug-off", "-M", "pc", "-global", "PIIX4_PM.acpi-root-pci-hotplug=off",
             steps=[{"hmp": "device_add virtio-rng-pci,id=r1"}, {"hmp": "device_add pci-bridge,id=br,chassis_nr=1"}])
    corpus.p("r11m-phb-dr-off", "-M", "pseries", "-global", "spapr-pci-host-bridge.dynamic-reconfiguration=off",
             steps=[{"hmp": "device_add virtio-rng-pci,id=r1"}, {"hmp": "info pci"}])
    corpus.x("r11m-no-prefix", "-M", "pc", "-global", "nosuch-device.x")


r11m()

# Round 12 (r12-): NUMA around CPU hotplug, as tutorials set it up: nodes
# with memory backends or legacy sizes, CPUs given to nodes by -numa cpu or
# node cpus=, distances, then the hotplug slots' node-ids, CPUs plugged into
# a node (right, wrong, missing), and what info numa says.
def r12_case(n, seed=120000, name="r12-"):
    r = random.Random(seed + n)
    x86 = n % 3 != 2
    nodes = r.randint(1, 3)
    if x86:
        sockets = r.choice([2, 4])
        cores, threads = r.choice([1, 2]), r.choice([1, 2])
        maxcpus = sockets * cores * threads
        args = ["-M", r.choice(["pc", "q35", "pc-q35-7.2"]), "-smp", "%d,maxcpus=%d,sockets=%d,cores=%d,threads=%d" % (r.choice([1, cores * threads]), maxcpus, sockets, cores, threads), "-m", "2G"]
    else:
        cores, threads = r.choice([4, 8]), r.choice([1, 2, 4])
        maxcpus = cores * threads
        args = ["-M", "pseries", "-smp", "%d,maxcpus=%d,cores=%d,threads=%d" % (threads, maxcpus, cores, threads), "-m", "2G"]
    mem = r.random() < 0.6
    for i in range(nodes):
        if mem:
            args += ["-object", "memory-backend-ram,id=m%d,size=%dM" % (i, 2048 // nodes)]
            spec = "node,nodeid=%d,memdev=m%d" % (i, i)
        else:
            spec = "node,nodeid=%d" % i + (",mem=%dM" % (2048 // nodes) if r.random() < 0.7 else "")
        if r.random() < 0.3:
            spec += ",cpus=%d" % (i % maxcpus)
        args += ["-numa", spec]
    if nodes > 1 and r.random() < 0.4:
        args += ["-numa", "dist,src=0,dst=1,val=%d" % r.choice([10, 20, 9, 256])]
    if r.random() < 0.5:
        for s in range(2 if x86 else 1):
            args += ["-numa", ("cpu,node-id=%d,socket-id=%d" % (r.randrange(nodes), s)) if x86 else ("cpu,node-id=%d,core-id=%d" % (r.randrange(nodes), threads * r.randrange(cores)))]
    steps = [{"hmp": "info numa"}, qmp("query-hotpluggable-cpus")]
    for _ in range(r.randint(1, 2)):
        node = r.choice([0, nodes - 1, nodes, 7])
        nid = "" if r.random() < 0.3 else ",node-id=%d" % node
        if x86:
            steps.append({"hmp": "device_add qemu64-x86_64-cpu,id=c%d,socket-id=%d,core-id=0,thread-id=0%s" % (len(steps), sockets - 1, nid)})
        else:
            steps.append({"hmp": "device_add power10_v2.0-spapr-cpu-core,id=c%d,core-id=%d%s" % (len(steps), threads * (cores - 1), nid)})
    steps += [{"hmp": "info numa"}, {"hmp": "info hotpluggable-cpus"}]
    corpus.case("x86_64" if x86 else "ppc64", name + str(n), *args, steps=steps)


for n in range(80):
    r12_case(n)

# Round 13 (r13-): the QOM tree a learner looks at after building a machine:
# random devices (as the first rounds make them, named or anonymous), a CPU
# hot-plugged with an id or without, maybe a device too, then `info
# qom-tree` of the containers of user devices, of one device or CPU by its
# path or by a partial path, and of a bus.
def r13_paths(r, m, cpu_ids, x86):
    paths = ["/machine/peripheral", "/machine/peripheral", "/machine/peripheral-anon"]
    paths += ["/machine/peripheral/" + i for i in m.ids + cpu_ids]
    paths += [i for i in (m.ids + cpu_ids)[:2]]
    paths += ["/machine/unattached/device[0]" if x86 else "/machine/unattached/device[1]"]
    if m.usb or m.scsi:
        paths.append("/machine/peripheral/%s/%s.0" % ((m.usb + m.scsi)[0], (m.usb + m.scsi)[0]))
    return [r.choice(paths) for _ in range(r.randint(1, 3))]


def r13_case(n, seed=130000, name="r13-"):
    r = random.Random(seed + n)
    x86 = n % 3 != 2
    m = Machine(r, x86)
    if x86:
        m.args += ["-machine", r.choice(["pc", "q35", "pc-i440fx-7.2", "pc-q35-7.2"]), "-smp", "1,maxcpus=4,sockets=4,cores=1,threads=1"]
    else:
        m.args += ["-machine", r.choice(["pseries", "pseries-7.2"]), "-cpu", "power9_v2.0", "-smp", "1,maxcpus=4"]
    for _ in range(r.randint(1, 4)):
        (x86_device if x86 else ppc_device)(m)
    if m.wants_slots:
        m.args += ["-m", "1G,slots=4,maxmem=8G"]
    steps, cpu_ids = [], []
    for k in range(r.randint(0, 2)):
        cid = "" if r.random() < 0.3 else ",id=cpu%d" % (k + 1)
        if cid:
            cpu_ids.append("cpu%d" % (k + 1))
        if x86:
            steps.append({"hmp": "device_add qemu64-x86_64-cpu,socket-id=%d,core-id=0,thread-id=0%s" % (k + 1, cid)})
        else:
            steps.append({"hmp": "device_add power9_v2.0-spapr-cpu-core,core-id=%d%s" % (k + 1, cid)})
    if r.random() < 0.4:
        drv = r.choice(["virtio-rng-pci", "e1000", "virtio-balloon-pci", "pci-bridge,chassis_nr=5", "virtio-serial-pci"] if x86 else
                       ["virtio-rng-pci", "spapr-vty,chassis=x", "virtio-balloon-pci", "qemu-xhci", "virtio-scsi-pci"])
        drv = drv.replace(",chassis=x", "")
        steps.append({"hmp": "device_add %s%s" % (drv, ",id=hot1" if r.random() < 0.7 else "")})
        if "id=hot1" in steps[-1]["hmp"]:
            m.ids.append("hot1")
    steps += [{"hmp": "info qom-tree " + p} for p in r13_paths(r, m, cpu_ids, x86)]
    corpus.case("x86_64" if x86 else "ppc64", name + str(n), *m.args, steps=steps)


for n in range(100):
    r13_case(n)

# Round 14 (r14-): the whole QOM tree (`info qom-tree` with no path, and
# the board's parts by path) of x86 machines as tutorials build them: CPUs
# and RAM of several sizes, memory hotplug slots, NUMA backends, board
# options, the default devices' flags, a few devices, a CPU or a device
# hot-plugged; a few pseries machines beside them.
def r14_case(n, seed=140000, name="r14-"):
    r = random.Random(seed + n)
    x86 = n % 7 != 6
    args, steps = [], []
    if x86:
        mach = r.choice(["pc", "q35", "pc-i440fx-7.2", "pc-q35-7.2", "pc-q35-6.0", "pc-i440fx-5.2"])
        opts = r.choice(["", "", ",hpet=off", ",vmport=off", ",usb=on", ",smm=off", ",acpi=off"])
        args += ["-machine", mach + opts, "-smp", r.choice(["1", "2", "2,maxcpus=4", "4,sockets=2,cores=2", "1,maxcpus=2"])]
        mem = r.choice([None, None, "4G", "3584M", "1G,slots=2,maxmem=4G", "2G,slots=4,maxmem=8G", "numa"])
        if mem == "numa":
            args += ["-m", "1G", "-object", "memory-backend-ram,id=m0,size=512M", "-object", "memory-backend-ram,id=m1,size=512M",
                     "-numa", "node,nodeid=0,memdev=m0", "-numa", "node,nodeid=1,memdev=m1"]
        elif mem:
            args += ["-m", mem]
        for _ in range(r.randint(0, 2)):
            args += r.choice([["-vga", "std"], ["-serial", "null"], ["-parallel", "null"], ["-nic", "user,model=e1000"], ["-usb"],
                              ["-netdev", "user,id=n1", "-device", "virtio-net-pci,netdev=n1,id=nic1"], ["-device", "virtio-rng-pci"],
                              ["-device", "qemu-xhci,id=xhci", "-device", "usb-tablet,bus=xhci.0"], ["-device", "pci-bridge,chassis_nr=3,id=br"],
                              ["-chardev", "null,id=c1", "-device", "isa-serial,chardev=c1"], ["-device", "ich9-ahci,id=ahci"]])
        if r.random() < 0.4 and "maxcpus" in " ".join(args):
            steps.append({"hmp": "device_add qemu64-x86_64-cpu,socket-id=1,core-id=0,thread-id=0,id=cpu1"})
        if r.random() < 0.3:
            steps.append({"hmp": "device_add e1000,id=hot1"})
        paths = ["", "", "", "/machine", "/machine/unattached", "/machine/unattached/device[%d]" % r.randrange(24),
                 "/machine/i440fx" if "q35" not in mach else "/machine/q35", "/machine/fw_cfg", "/machine/unattached/sysbus"]
    else:
        args += ["-machine", r.choice(["pseries", "pseries-7.2"]), "-smp", r.choice(["1", "1,maxcpus=2", "2,maxcpus=4"])]
        if r.random() < 0.4:
            args += ["-m", r.choice(["1G,slots=2,maxmem=4G", "2G"])]
        paths = ["", "", "/machine/unattached"]
    for p in r.sample(paths, r.randint(1, 2)):
        steps.append({"hmp": ("info qom-tree " + p).strip()})
    corpus.case("x86_64" if x86 else "ppc64", "%s%d" % (name, n), *args, steps=steps)


for n in range(70):
    r14_case(n)

# Round 15 (r15-): qom-list and qom-get/qom-set over what a learner made:
# devices of a random line by id, a hot-plugged CPU and the boot CPU, the
# machine itself; properties every device has, ones some types have, a CPU's
# topology and model properties, names that do not exist, and a few sets.
R15_DEV = ["type", "realized", "hotplugged", "hotpluggable", "parent_bus", "addr", "romfile", "rombar", "multifunction", "netdev", "mac",
           "drive", "serial", "chassis", "port", "vectors", "disable-legacy", "num-queues", "bootindex", "acpi-index", "id", "nosuch",
           "usb_version", "bus", "legacy-addr", "reg", "x-pcie-lnksta-dllla", "failover_pair_id"]
R15_CPU = ["socket-id", "core-id", "thread-id", "apic-id", "node-id", "hotplugged", "realized", "type", "start-powered-off",
           "family", "model", "stepping", "model-id", "vendor", "level", "xlevel", "min-level", "phys-bits", "tsc-frequency", "lmce",
           "nr-threads", "threads", "die-id", "cluster-id", "hv-relaxed", "pmu", "enforce", "check", "nosuch", "parent_bus", "unavailable-features",
           "feature-words", "filtered-features", "crash-information"]
R15_MACHINE = ["type", "smp", "memory-backend", "kernel-irqchip", "hpet", "vmport", "acpi", "smm", "usb", "dump-guest-core", "mem-merge",
               "graphics", "suppress-vmdesc", "boot", "nosuch", "x-oem-id", "max-ram-below-4g", "cap-htm", "ic-mode", "max-cpu-compat",
               "nvdimm", "sata", "pit", "memory", "phandle-start"]
def r15_case(n, seed=150000, name="r15-"):
    r = random.Random(seed + n)
    x86 = n % 3 != 2
    m = Machine(r, x86)
    if x86:
        m.args += ["-machine", r.choice(["pc", "q35", "pc-q35-7.2"]), "-smp", "1,maxcpus=4,sockets=4,cores=1,threads=1"]
    else:
        m.args += ["-machine", "pseries", "-cpu", "power9_v2.0", "-smp", "1,maxcpus=4"]
    for _ in range(r.randint(1, 3)):
        (x86_device if x86 else ppc_device)(m)
    if m.wants_slots:
        m.args += ["-m", "1G,slots=4,maxmem=8G"]
    steps = []
    if r.random() < 0.6:
        steps.append({"hmp": ("device_add qemu64-x86_64-cpu,socket-id=1,core-id=0,thread-id=0,id=cpu1" if x86 else
                              "device_add power9_v2.0-spapr-cpu-core,core-id=1,id=cpu1")})
        m.ids.append("cpu1")
    targets = [("/machine/peripheral/" + i, R15_CPU if i == "cpu1" else R15_DEV) for i in m.ids]
    targets += [("/machine/unattached/device[0]" if x86 else "/machine/unattached/device[1]", R15_CPU), ("/machine", R15_MACHINE)]
    for _ in range(r.randint(2, 5)):
        path, props = r.choice(targets)
        k = r.random()
        if k < 0.25:
            steps.append(qmp("qom-list", path=path) if r.random() < 0.5 else {"hmp": "qom-list " + path})
        elif k < 0.85:
            prop = r.choice(props)
            steps.append(qmp("qom-get", path=path, property=prop) if r.random() < 0.6 else {"hmp": "qom-get %s %s" % (path, prop)})
        else:
            prop = r.choice(props)
            val = r.choice(["1", "0", "on", "true", "\"x\"", "52:54:00:00:00:01"])
            steps.append({"hmp": "qom-set %s %s %s" % (path, prop, val)})
    corpus.case("x86_64" if x86 else "ppc64", name + str(n), *m.args, steps=steps)


for n in range(100):
    r15_case(n)

# Measured around round 14: the tree from the root (`info qom-tree /`): the
# character devices, the objects (a memory backend holds its RAM region,
# the machine's own RAM backend unless NUMA or memory-backend= replaces
# it), pseries' DRC container, 10.0's /backend.
def r14m():
    objs = ["-object", "iothread,id=io0", "-object", "rng-builtin,id=rng0", "-chardev", "null,id=c0", "-chardev", "ringbuf,id=c1"]
    numa = ["-m", "1G", "-object", "memory-backend-ram,id=m0,size=512M", "-object", "memory-backend-ram,id=m1,size=512M",
            "-numa", "node,memdev=m0", "-numa", "node,memdev=m1"]
    for name, mach, extra, paths in [
            ("pc", "pc", objs, ["/", "/objects", "/chardevs", "/backend"]),
            ("q35-numa", "q35", numa, ["/", "/objects/m0"]),
            ("pc-backend", "pc", ["-object", "memory-backend-ram,id=ram,size=1G", "-machine", "memory-backend=ram", "-m", "1G"], ["/objects", "/"]),
            ("pc-serial", "pc", ["-serial", "null", "-chardev", "socket,id=s0,path=/tmp/hl-qom.sock,server=on,wait=off"], ["/chardevs"]),
            ("pseries", "pseries", objs, ["/", "/dr-connector", "/objects"]),
            ("pseries-numa", "pseries", numa, ["/objects"]),
            ("pc-file", "pc", ["-object", "memory-backend-file,id=f0,size=128M,mem-path=/dev/shm", "-m", "1G,slots=2,maxmem=2G"], ["/objects", "/objects/f0"])]:
        b = "ppc64" if mach == "pseries" else "x86_64"
        corpus.case(b, "r14m-root-" + name, "-M", mach, *extra, steps=[{"hmp": "info qom-tree " + p} for p in paths])


r14m()

# Round 16 (r16-): the machine's and the CPUs' own properties, as a learner
# reads them after choosing a machine version, -machine options and a CPU
# model with features on or off: qom-get of the machine's options and of a
# boot and a hot-plugged CPU's model properties (family, vendor, model-id,
# features, feature-words, filtered-features ...), qom-set with values
# right and wrong (HMP text and QMP JSON), and qom-get after.
R16_X86_MACHINES = ["pc", "q35", "pc-i440fx-5.2", "pc-i440fx-6.2", "pc-i440fx-7.1", "pc-q35-5.2", "pc-q35-6.0", "pc-q35-6.2", "pc-q35-7.0"]
R16_X86_OPTS = ["hpet=off", "vmport=off", "smm=off", "usb=on", "mem-merge=off", "nvdimm=on", "x-oem-id=HLLAB", "max-ram-below-4g=2G",
                "sata=off", "pit=off", "acpi=off", "dump-guest-core=off", "graphics=off", "suppress-vmdesc=on", "smbus=off",
                "i8042=off", "pic=off", "x-oem-table-id=HOTPLUG", "phandle-start=5", "hmat=on"]
R16_X86_CPUS = ["qemu64", "kvm64", "Skylake-Client", "Haswell", "EPYC", "Cascadelake-Server", "Nehalem", "Westmere", "SandyBridge",
                "Conroe", "Penryn", "Opteron_G3", "phenom", "core2duo", "athlon", "n270", "pentium3", "Skylake-Client-v2", "qemu32", "max"]
R16_X86_FEATURES = ["+pmu", "-pmu", "+vme", "-sse4.1", "+x2apic", "-x2apic", "+avx2", "-lahf_lm", "+tsc-adjust", "+md-clear", "-syscall",
                    "+invtsc", "+aes", "-aes", "+sse4_2", "enforce=off", "check=off", "+hypervisor", "-hypervisor", "+lm"]
R16_X86_MPROPS = ["hpet", "vmport", "smm", "usb", "mem-merge", "nvdimm", "x-oem-id", "max-ram-below-4g", "sata", "pit", "acpi",
                  "dump-guest-core", "graphics", "suppress-vmdesc", "smbus", "i8042", "pic", "x-oem-table-id", "phandle-start", "hmat",
                  "memory", "smp", "boot", "firmware", "kernel", "append", "smbios-entry-point-type", "bus-lock-ratelimit", "sgx-epc",
                  "max-fw-size", "default-bus-bypass-iommu", "nvdimm-persistence", "cxl", "acpi-device", "rtc_state", "smram",
                  "confidential-guest-support", "memory-encryption", "dt-compatible", "dumpdtb", "dtb", "initrd", "device-memory-region-size"]
R16_CPU_PROPS = ["family", "model", "stepping", "vendor", "model-id", "level", "xlevel", "min-level", "min-xlevel", "xlevel2", "phys-bits",
                 "tsc-frequency", "pmu", "vme", "sse4.1", "sse4_1", "x2apic", "avx2", "lahf_lm", "lahf-lm", "tsc-adjust", "md-clear",
                 "syscall", "invtsc", "aes", "sse4-2", "hypervisor", "lm", "enforce", "check", "feature-words", "filtered-features",
                 "unavailable-features", "crash-information", "ucode-rev", "host-phys-bits", "l3-cache", "cpuid-0xb", "kvm",
                 "hv-relaxed", "apic-id", "start-powered-off", "full-cpuid-auto-level", "vmware-cpuid-freq", "fill-mtrr-mask", "lbr-fmt"]
R16_PPC_MACHINES = ["pseries", "pseries-5.2", "pseries-6.2", "pseries-7.0", "pseries-7.1"]
R16_PPC_OPTS = ["cap-htm=off", "cap-vsx=off", "cap-cfpc=broken", "cap-sbbc=broken", "cap-ibs=broken", "cap-ccf-assist=off",
                "ic-mode=xics", "ic-mode=dual", "max-cpu-compat=power8", "usb=on", "vsmt=8", "resize-hpt=disabled",
                "cap-large-decr=off", "cap-fwnmi=off", "modern-hotplug-events=off", "x-vof=on", "nvdimm=off", "mem-merge=off"]
R16_PPC_MPROPS = ["cap-htm", "cap-vsx", "cap-dfp", "cap-cfpc", "cap-sbbc", "cap-ibs", "cap-ccf-assist", "cap-large-decr", "cap-fwnmi",
                  "cap-rpt-invalidate", "cap-nested-hv", "cap-hpt-max-page-size", "ic-mode", "max-cpu-compat", "usb", "vsmt", "resize-hpt",
                  "modern-hotplug-events", "x-vof", "nvdimm", "mem-merge", "memory", "smp", "boot", "kvm-type", "host-model", "host-serial",
                  "vfio-no-msix-emulation", "kernel-addr", "nvdimm-persistence", "graphics", "dump-guest-core", "phandle-start", "hmat"]
R16_PPC_CPUS = ["power9_v2.0", "power8_v2.0", "power10_v2.0", "power9_v2.2", "power8e_v2.1", "power8nvl_v1.0", "power7_v2.3"]
R16_CORE_PROPS = ["core-id", "nr-threads", "node-id", "hotplugged", "realized", "type", "nosuch"]
R16_THREAD_PROPS = ["start-powered-off", "compat-pvr", "nosuch", "realized", "hotplugged", "parent_bus"]
R16_VALUES = ["1", "0", "on", "off", "true", "auto", "\"x\"", "x", "-1", "6", "300", "AuthenticAMD", "GenuineIntel", "2G", "xics", "power8",
              "broken", "workaround"]
R16_JSON = [True, False, 1, 0, -1, "x", "on", "auto", 6, 300, "GenuineIntel", "My CPU", 4294967296, None]
def r16_case(n, seed=160000, name="r16-"):
    r = random.Random(seed + n)
    x86 = n % 3 != 2
    args, steps = [], []
    if x86:
        mach = r.choice(R16_X86_MACHINES)
        opts = r.sample(R16_X86_OPTS, r.randint(0, 3))
        model = r.choice(R16_X86_CPUS)
        feats = r.sample(R16_X86_FEATURES, r.randint(0, 2)) if r.random() < 0.5 else []
        args += ["-machine", ",".join([mach] + opts), "-cpu", ",".join([model] + feats), "-smp", "1,maxcpus=4,sockets=4,cores=1,threads=1"]
        if r.random() < 0.3:
            args += ["-m", r.choice(["1G,slots=2,maxmem=4G", "2G", "512M"])]
        if r.random() < 0.15:
            args += [r.choice(["-usb", "-nographic", "-no-hpet"])]
        boot, mprops, cprops = "/machine/unattached/device[0]", R16_X86_MPROPS, R16_CPU_PROPS
        plug = "device_add %s-x86_64-cpu,socket-id=1,core-id=0,thread-id=0,id=cpu1" % model
        targets = [("/machine", mprops), (boot, cprops)]
    else:
        mach = r.choice(R16_PPC_MACHINES)
        opts = r.sample(R16_PPC_OPTS, r.randint(0, 3))
        model = r.choice(R16_PPC_CPUS)
        args += ["-machine", ",".join([mach] + opts), "-cpu", model, "-smp", "1,maxcpus=4"]
        if r.random() < 0.3:
            args += ["-m", r.choice(["1G,slots=2,maxmem=4G", "2G"])]
        plug = "device_add %s-spapr-cpu-core,core-id=1,id=cpu1" % model
        targets = [("/machine", R16_PPC_MPROPS), ("/machine/unattached/device[1]", R16_CORE_PROPS),
                   ("/machine/unattached/device[1]/thread[0]", R16_THREAD_PROPS)]
    if r.random() < 0.4:
        steps.append({"hmp": plug})
        targets.append(("/machine/peripheral/cpu1", targets[1][1]))
    for _ in range(r.randint(3, 7)):
        path, props = r.choice(targets)
        prop = r.choice(props)
        k = r.random()
        if k < 0.6:
            steps.append(qmp("qom-get", path=path, property=prop) if r.random() < 0.5 else {"hmp": "qom-get %s %s" % (path, prop)})
        elif k < 0.8:
            steps.append({"hmp": "qom-set %s %s %s" % (path, prop, r.choice(R16_VALUES))})
            steps.append({"hmp": "qom-get %s %s" % (path, prop)})
        else:
            steps.append(qmp("qom-set", path=path, property=prop, value=r.choice(R16_JSON)))
            steps.append(qmp("qom-get", path=path, property=prop))
    corpus.case("x86_64" if x86 else "ppc64", name + str(n), *args, steps=steps)


for n in range(120):
    r16_case(n)
# Round 17 (r17-): fresh draws of the earlier generators, from seeds none
# of them used, to see how the simulator does on lines it was never
# measured around: 80 of the first round's machines, 60 of the second's
# monitor sessions, 60 of the seventh's libvirt lines.
for n in range(80):
    case(n, n % 10 < 7, seed=170000, name="r17-a%d" % n)
r2_cases(60, seed=171000, name="r17-b")
r7_cases(60, seed=172000, name="r17-c")

# Round 18 (r18-): fresh draws of rounds 3 (the CPU path among devices), 4
# (memory hotplug), 6 (the machine's life and argument checks) and 8
# (libvirt's line with a hand edit's mistake), from seeds none used.
def redraw(*plan):
    """Draw earlier rounds again: (a round's case function, how many, seed, name)."""
    for fn, count, seed, name in plan:
        for n in range(count):
            fn(n, seed=seed, name=name)


redraw((r3_case, 60, 180000, "r18-a"), (r4_case, 45, 181000, "r18-b"), (r6_case, 45, 182000, "r18-c"),
       (r8_case, 60, 183000, "r18-d"))

# Measured around rounds 17 and 18: a cold-plugged pseries DIMM waits for
# the guest (a second request is refused), a read-only node shared by a
# CD-ROM and a disk, ide-hd on a read-only node, the balloon's actual with
# a DIMM, QAPI alternates' names in type errors, -audiodev's JSON types.
def r18m():
    ppc_dimm = ["-M", "pseries", "-m", "1G,slots=2,maxmem=4G", "-object", "memory-backend-ram,id=mem0,size=512M",
                "-device", "pc-dimm,id=dimm0,memdev=mem0"]
    corpus.case("ppc64", "r18m-dimm-twice", *ppc_dimm, steps=[
        qmp("device_del", id="dimm0"), qmp("device_del", id="dimm0"), {"hmp": "device_del dimm0"},
        {"hmp": "info memory-devices"}, {"hmp": "info memory_size_summary"}])
    corpus.case("ppc64", "r18m-dimm-hot", "-M", "pseries", "-m", "1G,slots=2,maxmem=4G", steps=[
        {"hmp": "object_add memory-backend-ram,id=mem1,size=256M"}, {"hmp": "device_add pc-dimm,id=dimm1,memdev=mem1"},
        qmp("device_del", id="dimm1"), {"hmp": "info memory-devices"}])
    ro = ["-blockdev", "driver=null-co,node-name=d1,read-only=on"]
    corpus.case("x86_64", "r18m-ro-shared", "-M", "q35", *ro, "-device", "ide-cd,drive=d1,bus=ide.0,id=cd0",
                "-device", "virtio-blk-pci,drive=d1,id=vd0", steps=[{"hmp": "info block"}, {"hmp": "info qtree"}])
    corpus.case("x86_64", "r18m-ro-ide-hd", "-M", "pc", *ro, "-device", "ide-hd,drive=d1,bus=ide.0,id=hd0")
    corpus.case("x86_64", "r18m-ro-scsi-hd", "-M", "pc", *ro, "-device", "virtio-scsi-pci,id=s0", "-device", "scsi-hd,drive=d1,id=sd0",
                steps=[{"hmp": "info block"}])
    corpus.case("x86_64", "r18m-rw-shared", "-M", "q35", "-blockdev", "driver=null-co,node-name=d1",
                "-device", "ide-cd,drive=d1,bus=ide.0,id=cd0", "-device", "virtio-blk-pci,drive=d1,id=vd0")
    corpus.case("x86_64", "r18m-balloon-dimm", "-M", "pc", "-m", "1G,slots=2,maxmem=4G", "-object", "memory-backend-ram,id=m0,size=512M",
                "-device", "pc-dimm,memdev=m0,id=dimm0", "-device", "virtio-balloon-pci,id=b0", steps=[
                    {"hmp": "info balloon"}, qmp("query-balloon"), {"hmp": "object_add memory-backend-ram,id=m1,size=256M"},
                    {"hmp": "device_add pc-dimm,memdev=m1,id=dimm1"}, {"hmp": "info balloon"}])
    corpus.case("x86_64", "r18m-alternates", "-M", "pc", steps=[
        qmp("blockdev-add", driver="raw", **{"node-name": "a", "file": 7}),
        qmp("blockdev-add", driver="qcow2", **{"node-name": "b", "file": "x", "backing": 7}),
        qmp("blockdev-add", driver="qcow2", **{"node-name": "c", "file": "x", "overlap-check": 7}),
        qmp("block-dirty-bitmap-merge", node="x", target="y", bitmaps=[7]),
        qmp("migrate-set-parameters", **{"tls-creds": 7}),
        qmp("blockdev-add", driver="raw", **{"node-name": "d", "file": {"driver": "raw", "file": True}})])
    for name, arg in [("id", '{"id":true,"driver":"none"}'), ("driver", '{"id":"a","driver":5}'), ("noid", '{"driver":"none"}'),
                      ("nodriver", '{"id":"a"}'), ("bad", '{"id":"a","driver":"nosuch"}'), ("ok", '{"id":"a","driver":"none"}')]:
        corpus.case("x86_64", "r18m-audiodev-" + name, "-M", "pc", "-audiodev", arg)


r18m()

# Round 19 (r19-): fresh draws of rounds 9 (the monitor's small languages),
# 11 (-global), 12 (NUMA around CPU hotplug), 13 (the QOM tree), 15 and
# 16 (QOM properties), from seeds none used.
redraw((r9_case, 30, 190000, "r19-a"), (r11_case, 40, 191000, "r19-b"), (r12_case, 30, 192000, "r19-c"),
       (r13_case, 40, 193000, "r19-d"), (r15_case, 30, 194000, "r19-e"), (r16_case, 40, 195000, "r19-f"))

# Measured around round 19: virtio-mem's unplugged-inaccessible by machine
# version and backend ("off" up to 6.2; "auto", off only on private
# anonymous RAM, from 7.0: on 10.0 up to 8.0, newer machines "on").
def r19m():
    backends = {"ram": "memory-backend-ram,id=vm0,size=128M", "ramshare": "memory-backend-ram,id=vm0,size=128M,share=on",
                "memfd": "memory-backend-memfd,id=vm0,size=128M", "file": "memory-backend-file,mem-path=/dev/shm,id=vm0,size=128M"}
    for mach, be in [("pc-q35-7.0", "ram"), ("pc-q35-7.0", "memfd"), ("pc-q35-6.2", "memfd"), ("pc-q35-7.2", "file"),
                     ("q35", "ram"), ("q35", "memfd"), ("pc-i440fx-7.1", "ramshare"), ("pc-i440fx-6.2", "file")]:
        corpus.case("x86_64", "r19m-vmem-%s-%s" % (mach, be), "-M", mach, "-m", "1G,maxmem=2G", "-object", backends[be],
                    "-device", "virtio-mem-pci,memdev=vm0,id=vm", steps=[
                        {"hmp": "qom-get /machine/peripheral/vm unplugged-inaccessible"},
                        {"hmp": "info qtree"}])


r19m()

# Round 20 (r20-): fresh draws of rounds 3 (the CPU path among devices), 4
# (memory hotplug), 9 (the monitor's small languages: now pseries memory
# reads SLOF's image), 13 (the QOM tree) and 2 (monitor sessions), from
# seeds none used.
redraw((r3_case, 40, 200000, "r20-a"), (r4_case, 30, 201000, "r20-b"), (r9_case, 40, 202000, "r20-c"),
       (r13_case, 25, 203000, "r20-d"))
r2_cases(25, seed=204000, name="r20-e")

# Round 21 (r21-): fresh draws of rounds 6 (the machine's life), 8
# (libvirt's line with a mistake), 11 (-global), 12 (NUMA around CPU
# hotplug), 15 and 16 (QOM properties), from seeds none used.
redraw((r6_case, 30, 210000, "r21-a"), (r8_case, 30, 211000, "r21-b"), (r11_case, 30, 212000, "r21-c"),
       (r12_case, 25, 213000, "r21-d"), (r15_case, 20, 214000, "r21-e"), (r16_case, 25, 215000, "r21-f"))

# Round 22 (r22-): the first round's machines, the seventh's libvirt-like
# lines and round 3's CPU path again, from seeds none used.
for n in range(60):
    case(n, n % 10 < 7, seed=220000, name="r22-a%d" % n)
r7_cases(40, seed=221000, name="r22-b")
redraw((r3_case, 40, 222000, "r22-c"))


# Round 23 (r23-): fresh draws of rounds 2 (monitor sessions), 6 (the
# machine's life), 8 (libvirt's line with a mistake), 9 (the monitor's small
# languages), 13 and 15 (the QOM tree and its properties) and the first
# round's machines, from seeds none used.
r2_cases(30, seed=230000, name="r23-a")
redraw((r6_case, 30, 231000, "r23-b"), (r9_case, 30, 232000, "r23-c"), (r13_case, 20, 233000, "r23-d"),
       (r15_case, 20, 234000, "r23-e"), (r8_case, 25, 235000, "r23-f"))
for n in range(30):
    case(n, n % 10 < 6, seed=236000, name="r23-g%d" % n)


# Round 24 (r24-): fresh draws of rounds 3 (the CPU path among devices), 4
# (memory hotplug), 11 (-global), 12 (NUMA around CPU hotplug), 16 (QOM
# properties) and the seventh's libvirt-like lines, from seeds none used.
redraw((r3_case, 30, 240000, "r24-a"), (r4_case, 25, 241000, "r24-b"), (r11_case, 25, 242000, "r24-c"),
       (r12_case, 20, 243000, "r24-d"), (r16_case, 20, 244000, "r24-e"))
r7_cases(30, seed=245000, name="r24-f")


# Measured while fixing round 24: a virtio proxy told disable-legacy=on on a
# root bus (as a -device property, a -global on the proxy or on virtio-pci)
# is modern only: its PCI identity and BARs in info pci, query-pci and
# info qtree.
def r24m():
    for fam, x86 in (("pc", True), ("pseries", False)):
        nic = ["-netdev", "user,id=n0", "-device", "virtio-net-pci,netdev=n0,id=nic0"]
        for how, extra in (("prop", []), ("proxy", ["-global", "virtio-net-pci.disable-legacy=on"]),
                           ("parent", ["-global", "virtio-pci.disable-legacy=on"])):
            dev = nic if how != "prop" else nic[:-1] + [nic[-1] + ",disable-legacy=on"]
            corpus.case("x86_64" if x86 else "ppc64", "r24m-modern-%s-%s" % (fam, how), "-M", fam, *(extra + dev),
                        "-device", "virtio-rng-pci,id=r0,disable-legacy=on", "-device", "virtio-balloon-pci,id=b0",
                        steps=[{"hmp": "info pci"}, {"qmp": {"execute": "query-pci"}}, {"hmp": "info qtree"},
                               {"hmp": "device_add virtio-blk-pci,id=hb,drive=nosuch,disable-legacy=on"},
                               {"hmp": "device_add virtio-serial-pci,id=hs,disable-legacy=on"}, {"hmp": "info pci"}])


r24m()

# Round 25 (r25-): fresh draws of rounds 2 (monitor sessions), 8 (libvirt's
# line with a mistake), 9 (the monitor's small languages), 15 (QOM
# properties) and the first round's machines, from seeds none used.
r2_cases(25, seed=250000, name="r25-a")
redraw((r8_case, 25, 251000, "r25-b"), (r9_case, 25, 252000, "r25-c"), (r15_case, 20, 253000, "r25-d"))
for n in range(40):
    case(n, n % 10 < 6, seed=254000, name="r25-e%d" % n)


# Measured while fixing round 25: netdev_del of a backend a NIC holds
# (qemu_del_net_client cleans it up without freeing it): a second
# netdev_del, device_add's netdev= and a new netdev_add of the id, and
# info network showing the old one under its NIC.
def r25m():
    for fam, x86, nic in (("pc", True, "e1000"), ("q35", True, "virtio-net-pci"), ("pseries", False, "spapr-vlan")):
        corpus.case("x86_64" if x86 else "ppc64", "r25m-heldnetdev-%s" % fam, "-M", fam, "-netdev", "user,id=net2",
                    "-device", "%s,netdev=net2,id=nic3" % nic, steps=[
                        {"hmp": "netdev_del net2"}, {"hmp": "netdev_del net2"}, {"hmp": "info network"},
                        {"hmp": "device_add virtio-net-pci,netdev=net2,id=h4"}, {"hmp": "netdev_add user,id=net2"},
                        {"hmp": "info network"}, {"hmp": "device_add virtio-net-pci,netdev=net2,id=h5"},
                        {"hmp": "info network"}, {"qmp": {"execute": "netdev_del", "arguments": {"id": "net2"}}},
                        {"qmp": {"execute": "netdev_del", "arguments": {"id": "net2"}}}, {"hmp": "info network"}])


r25m()


# Measured while fixing round 25 (2): a pci-bridge without its SHPC has no
# BAR, interrupt pin or MSI, cold- and hot-plugged.
def r25m2():
    for fam, x86 in (("pc", True), ("q35", True), ("pseries", False)):
        corpus.case("x86_64" if x86 else "ppc64", "r25m-noshpc-%s" % fam, "-M", fam,
                    "-device", "pci-bridge,chassis_nr=1,shpc=off,id=br8", "-device", "pci-bridge,chassis_nr=2,id=br9", steps=[
                        {"hmp": "info pci"}, {"qmp": {"execute": "query-pci"}}, {"hmp": "info qtree"},
                        {"hmp": "device_add pci-bridge,chassis_nr=3,shpc=off,id=hb"}, {"hmp": "info pci"}])


r25m2()

# Round 26 (r26-): fresh draws of rounds 3 (the CPU path among devices), 4
# (memory hotplug), 6 (the machine's life), 12 (NUMA), 13 (the QOM tree)
# and 16 (QOM properties), from seeds none used.
redraw((r3_case, 25, 260000, "r26-a"), (r4_case, 20, 261000, "r26-b"), (r6_case, 25, 262000, "r26-c"),
       (r12_case, 20, 263000, "r26-d"), (r13_case, 20, 264000, "r26-e"), (r16_case, 20, 265000, "r26-f"))

# Round 27 (r27-): fresh draws of rounds 2 (monitor sessions), 9 (the
# monitor's small languages), 11 (-global), 15 (QOM properties) and the
# seventh's libvirt-like lines, from seeds none used.
r2_cases(25, seed=270000, name="r27-a")
redraw((r9_case, 25, 271000, "r27-b"), (r11_case, 25, 272000, "r27-c"), (r15_case, 20, 273000, "r27-d"))
r7_cases(30, seed=274000, name="r27-e")


# Measured while fixing round 27: `x /i` on pseries of words whose primary
# opcode is 0 (no instruction: printed as bytes), with and without a size.
def r27m():
    corpus.case("ppc64", "r27m-ppc-opcode0", "-M", "pseries", steps=[
        {"hmp": "xp /4i 0"}, {"hmp": "xp /4ih 0"}, {"hmp": "x /2ig 0"}, {"hmp": "x /2ib 0"},
        {"hmp": "xp /3iw 0x10"}, {"hmp": "x /2i 0"}, {"hmp": "xp /2i 0x7ffff8"}])


r27m()

# Round 28 (r28-): fresh draws of the first round's machines and of rounds 3
# (the CPU path among devices), 8 (libvirt's line with a mistake) and 13
# (the QOM tree), from seeds none used.
for n in range(40):
    case(n, n % 10 < 6, seed=280000, name="r28-a%d" % n)
redraw((r3_case, 25, 281000, "r28-b"), (r8_case, 25, 282000, "r28-c"), (r13_case, 20, 283000, "r28-d"))


# Measured while fixing round 28: a -netdev id given twice, JSON and
# key=value in either order: which one fails, where and in what words.
def r28m():
    j, kv = '{"type":"user","id":"hostnet0"}', "user,id=hostnet0"
    for name, first, second in (("jj", j, j), ("jk", j, kv), ("kj", kv, j), ("kk", kv, kv)):
        for x86 in (True, False):
            corpus.case("x86_64" if x86 else "ppc64", "r28m-dupnetdev-%s-%s" % (name, "x" if x86 else "p"),
                        "-M", "pc" if x86 else "pseries", "-netdev", first, "-device", "e1000,bus=nosuch", "-netdev", second)


r28m()

# Round 29 (r29-): fresh draws of rounds 2 (monitor sessions), 4 (memory
# hotplug), 6 (the machine's life), 12 (NUMA) and 16 (QOM properties), from
# seeds none used.
r2_cases(25, seed=290000, name="r29-a")
redraw((r4_case, 20, 291000, "r29-b"), (r6_case, 25, 292000, "r29-c"), (r12_case, 20, 293000, "r29-d"),
       (r16_case, 20, 294000, "r29-e"))


# Measured while fixing round 29: pc's max-ram-below-4g below 1 MiB (a
# warning) and max-fw-size above 16 MiB (an error), from -machine and from
# qom-set on both monitors.
def r29m():
    for fam in ("pc", "q35"):
        corpus.case("x86_64", "r29m-pcprops-%s" % fam, "-M", fam, steps=[
            {"hmp": "qom-set /machine max-ram-below-4g 0"}, {"hmp": "qom-set /machine max-ram-below-4g 1M"},
            {"qmp": {"execute": "qom-set", "arguments": {"path": "/machine", "property": "max-ram-below-4g", "value": 524288}}},
            {"hmp": "qom-set /machine max-fw-size 2G"}, {"hmp": "qom-set /machine max-fw-size 16M"},
            {"qmp": {"execute": "qom-set", "arguments": {"path": "/machine", "property": "max-fw-size", "value": 33554432}}},
            {"hmp": "qom-get /machine max-fw-size"}])
        corpus.case("x86_64", "r29m-lowram-%s" % fam, "-M", fam + ",max-ram-below-4g=512K", steps=[{"hmp": "info status"}])
        corpus.case("x86_64", "r29m-bigfw-%s" % fam, "-M", fam + ",max-fw-size=32M")


r29m()

# Round 30 (r30-): fresh draws of rounds 3 (the CPU path among devices), 9
# (the monitor's small languages), 13 and 15 (the QOM tree and its
# properties) and the seventh's libvirt-like lines, from seeds none used.
redraw((r3_case, 25, 300000, "r30-a"), (r9_case, 25, 301000, "r30-b"), (r13_case, 20, 302000, "r30-c"),
       (r15_case, 20, 303000, "r30-d"))
r7_cases(30, seed=304000, name="r30-e")


# Measured while fixing round 30: with no VGA, the legacy VGA window and the
# option ROM space up to the BIOS read as zeros before the guest runs.
def r30m():
    for fam in ("pc", "q35"):
        for extra in ([], ["-vga", "none"]):
            corpus.case("x86_64", "r30m-novga-%s%s" % (fam, "-vganone" if extra else ""), "-M", fam, *extra, steps=[
                {"hmp": "xp /4xw 0xa0000"}, {"hmp": "xp /4xw 0xbfff0"}, {"hmp": "xp /4xw 0xc0000"},
                {"hmp": "xp /4xw 0xdfff0"}, {"hmp": "x /16ib 0x9fff0"}])


r30m()

# Round 31 (r31-): fresh draws of rounds 2 (monitor sessions), 6 (the
# machine's life), 8 (libvirt's line with a mistake), 11 (-global) and 12
# (NUMA), from seeds none used.
r2_cases(25, seed=310000, name="r31-a")
redraw((r6_case, 25, 311000, "r31-b"), (r8_case, 25, 312000, "r31-c"), (r11_case, 20, 313000, "r31-d"),
       (r12_case, 20, 314000, "r31-e"))

# Round 32 (r32-): fresh draws of the first round's machines, of rounds 4
# (memory hotplug), 13 and 16 (the QOM tree and its properties) and the
# seventh's libvirt-like lines, from seeds none used.
for n in range(30):
    case(n, n % 10 < 6, seed=320000, name="r32-a%d" % n)
redraw((r4_case, 20, 321000, "r32-b"), (r13_case, 20, 322000, "r32-c"), (r16_case, 20, 323000, "r32-d"))
r7_cases(30, seed=324000, name="r32-e")

# Measured while fixing round 32: what expanding -cpu's features does to a
# CPU's CPUID levels (each feature word's leaf, always for leaf 7's EBX,
# Intel PT's 0x14, SVM's 0x8000000A, dies' 0x1F) and the features cleared
# because their word needs another; i8042=off (no PS/2 devices, vmport,
# port92 or their A20 lines; 10.0's vmport=auto is off and vmport=on
# refuses); a USB device that takes a bus's last free port makes a hub.
def r32m():
    levels = ["min-level", "level", "min-xlevel", "xlevel", "min-xlevel2", "xlevel2", "level-func7"]
    get = [{"qmp": {"execute": "qom-get", "arguments": {"path": "/machine/unattached/device[0]", "property": p}}}
           for p in levels]
    for f in ("avx2", "avx512vbmi", "md-clear", "avx-vnni", "arat", "xsaveopt", "lahf-lm", "invtsc", "ibpb",
              "xstore", "npt", "svm", "intel-pt", "intel-pt-lip", "xfd", "sgx1", "intel-psfd", "null-sel-clr-base"):
        corpus.case("x86_64", "r32m-level-" + f, "-M", "pc", "-cpu", "486,+" + f, steps=get)
    for name, args in (("explicit", ["-cpu", "486,+avx2,level=3"]), ("min", ["-cpu", "486,+sse3,min-level=9"]),
                       ("noauto", ["-cpu", "486,+avx2,+sse3,+nx,full-cpuid-auto-level=off"]),
                       ("xlevel", ["-cpu", "486,+nx,xlevel=5,min-xlevel=7"]),
                       ("global", ["-cpu", "486", "-global", "486-x86_64-cpu.level=4", "-global", "486-x86_64-cpu.family=5"]),
                       ("dies", ["-cpu", "486", "-smp", "2,dies=2"]), ("amd", ["-cpu", "Opteron_G3,+avx2,+xsave,+sha-ni"]),
                       ("svmnpt", ["-cpu", "486,+svm,+npt"])):
        corpus.case("x86_64", "r32m-level-" + name, "-M", "pc", *args, steps=get + [
            {"hmp": "qom-get /machine/unattached/device[0] family"}])
    for fam in ("pc", "q35"):
        for name, opts in (("off", ",i8042=off"), ("off-vmport-on", ",i8042=off,vmport=on"),
                           ("off-vmport-auto", ",i8042=off,vmport=auto"), ("on", "")):
            corpus.case("x86_64", "r32m-i8042-%s-%s" % (fam, name), "-M", fam + opts, "-usb", "-device", "usb-tablet",
                        steps=[{"qmp": {"execute": "qom-get", "arguments": {"path": "/machine", "property": "vmport"}}},
                               {"hmp": "info mice"}, {"hmp": "info qtree"}, {"hmp": "info qom-tree /machine/unattached"}])
    corpus.case("x86_64", "r32m-usbhub-pc", "-M", "pc", "-usb", "-device", "usb-tablet", "-device", "usb-kbd",
                "-device", "usb-mouse", steps=[{"hmp": "info usb"}, {"hmp": "info qtree"},
                                               {"hmp": "device_add usb-kbd,id=k2"}, {"hmp": "info usb"},
                                               {"hmp": "info qom-tree /machine/unattached"}])
    corpus.case("x86_64", "r32m-usbhub-hotplug", "-M", "pc", "-usb", "-device", "usb-tablet", steps=[
        {"hmp": "device_add usb-kbd,id=k1"}, {"hmp": "info usb"}, {"hmp": "device_add usb-mouse,id=m1,port=2.3"},
        {"hmp": "info usb"}, {"hmp": "info qtree"}])
    corpus.case("x86_64", "r32m-usbhub-port", "-M", "pc", "-usb", "-device", "usb-tablet", "-device", "usb-kbd,port=2",
                steps=[{"hmp": "info usb"}, {"hmp": "device_add usb-mouse"}])


r32m()

# Round 33 (r33-): fresh draws of rounds 2 (monitor sessions), 3 (the CPU
# path among devices), 8 (libvirt's line with a mistake), 9 (the monitor's
# small languages) and the seventh's libvirt-like lines, from seeds none used.
r2_cases(30, seed=330000, name="r33-a")
redraw((r3_case, 20, 331000, "r33-b"), (r8_case, 25, 332000, "r33-c"), (r9_case, 25, 333000, "r33-d"))
r7_cases(30, seed=334000, name="r33-e")

# Round 34 (r34-): fresh draws of rounds 4 (memory hotplug), 6 (the
# machine's life), 11 (-global), 12 (NUMA), 15 (QOM properties) and the
# first round's machines, from seeds none used.
for n in range(25):
    case(n, n % 10 < 6, seed=340000, name="r34-a%d" % n)
redraw((r4_case, 20, 341000, "r34-b"), (r6_case, 25, 342000, "r34-c"), (r11_case, 20, 343000, "r34-d"),
       (r12_case, 15, 344000, "r34-e"), (r15_case, 20, 345000, "r34-f"))

# Measured while fixing round 34: the firmware a machine that never ran
# holds, read and disassembled as a learner does it (`x /10i $pc`): x86's
# SeaBIOS below 4 GiB and its last 128 KiB below 1 MiB (zeros below it,
# display device or not), pseries' SLOF at 0.
def r34m():
    for fam in ("pc", "q35"):
        corpus.case("x86_64", "r34m-bios-" + fam, "-M", fam, steps=[
            {"hmp": "x /10i $pc"}, {"hmp": "x /20i 0xfe05b"}, {"hmp": "xp /32xb 0xfffffff0"}, {"hmp": "xp /16xb 0xe0000"},
            {"hmp": "x /5i 0xffff0"}, {"hmp": "xp /8xw 0xdfff0"}, {"hmp": "x /3i 0xffffffe0"}, {"hmp": "x /12i 0xf0000"},
            {"qmp": {"execute": "human-monitor-command", "arguments": {"command-line": "x /4i 0xfffffff0"}}}])
    corpus.case("x86_64", "r34m-bios-vganone", "-M", "pc", "-vga", "none", steps=[
        {"hmp": "xp /4xw 0xdfff8"}, {"hmp": "x /6i 0xdfffc"}])
    for fam, extra in (("pc", []), ("q35", []), ("pc", ["-vga", "cirrus"]), ("pc", ["-device", "virtio-vga"]),
                       ("q35", ["-device", "bochs-display"])):
        corpus.case("x86_64", "r34m-vga-%s-%s" % (fam, extra[-1] if extra else "std"), "-M", fam, *extra, steps=[
            {"hmp": "xp /4xw 0xa0000"}, {"hmp": "xp /4xw 0xb8000"}, {"hmp": "xp /4xw 0xc0000"},
            {"hmp": "xp /4xw 0xdfff8"}, {"hmp": "x /3i 0xc0000"}])
    # The interrupt controllers `info pic` and `info irq` list (the HPET's
    # reset interrupt counted when there is one; isapc's and microvm's own).
    for name, machine in (("pc", "pc"), ("q35", "q35"), ("pc-old", "pc-i440fx-2.6"), ("pc-noacpi", "pc,acpi=off"),
                          ("pc-hpetoff", "pc,hpet=off"), ("q35-hpetoff", "q35,hpet=off"), ("isapc", "isapc"),
                          ("microvm", "microvm")):
        corpus.case("x86_64", "r34m-pic-" + name, "-M", machine, steps=[{"hmp": "info pic"}, {"hmp": "info irq"}])
    for cpu in ("power9", "power10"):
        corpus.case("ppc64", "r34m-slof-" + cpu, "-M", "pseries", "-cpu", cpu, steps=[
            {"hmp": "x /20i $pc"}, {"hmp": "x /40i 0x4000"}, {"hmp": "xp /10i 0x20"}, {"hmp": "x /16i 0x43130"},
            {"hmp": "p $pc"}])


r34m()

# Round 35 (r35-): fresh draws of rounds 2 (monitor sessions), 6 (the
# machine's life), 9 (the monitor's small languages), 13 and 16 (the QOM
# tree and its properties) and the seventh's libvirt-like lines, from seeds
# none used.
r2_cases(25, seed=350000, name="r35-a")
redraw((r6_case, 20, 351000, "r35-b"), (r9_case, 25, 352000, "r35-c"), (r13_case, 20, 353000, "r35-d"),
       (r16_case, 20, 354000, "r35-e"))
r7_cases(20, seed=355000, name="r35-f")

# Measured while fixing round 35: the IOMMUs that only q35 takes refuse
# hotplug in their class (10.0 asks before the bus, 7.2 after the type);
# spapr-rng, on no bus, in /machine/peripheral's QOM tree; pseries'
# /machine with 1 to 128 possible cores.
def r35m():
    for fam in ("pc", "q35"):
        corpus.case("x86_64", "r35m-iommu-add-" + fam, "-M", fam, steps=[
            {"hmp": "device_add intel-iommu,id=probe"}, {"hmp": "device_add amd-iommu,id=p2"},
            {"hmp": "device_add virtio-iommu-pci,id=p3"}])
    for dev in ("intel-iommu", "amd-iommu"):
        corpus.case("x86_64", "r35m-iommu-del-" + dev, "-M", "q35", "-device", dev + ",id=m", steps=[
            {"hmp": "device_del m"}, {"qmp": {"execute": "device_del", "arguments": {"id": "m"}}}])
    # pseries' /machine holds a DR connector per possible core: qom-list
    # lists them in its hash table's order (engine/release SPAPRMachineQOM).
    for n in (1, 2, 3, 4, 5, 8, 16, 32, 64, 128):
        corpus.case("ppc64", "r35m-machine-qom-%d" % n, "-M", "pseries", "-smp", "1,maxcpus=%d" % n, steps=[
            {"qmp": {"execute": "qom-list", "arguments": {"path": "/machine"}}}])
    # A device on no bus (spapr-rng) is in the QOM tree all the same.
    corpus.case("ppc64", "r35m-spapr-rng-qom", "-M", "pseries", "-object", "rng-builtin,id=rng4", "-device",
                "spapr-rng,rng=rng4,id=rng5", "-device", "virtio-rng-pci,id=vr", steps=[
                    {"hmp": "info qom-tree /machine/peripheral"}, {"hmp": "device_del rng5"},
                    {"qmp": {"execute": "qom-list", "arguments": {"path": "/machine/peripheral"}}}])


r35m()

# Round 36 (r36-): fresh draws of rounds 3 (the CPU path among devices), 4
# (memory hotplug), 8 (libvirt's line with a mistake), 11 (-global), 12
# (NUMA) and 15 (QOM properties), from seeds none used.
redraw((r3_case, 20, 360000, "r36-a"), (r4_case, 20, 361000, "r36-b"), (r8_case, 25, 362000, "r36-c"),
       (r11_case, 20, 363000, "r36-d"), (r12_case, 20, 364000, "r36-e"), (r15_case, 20, 365000, "r36-f"))

# Measured while fixing round 36: a JSON -object whose id an earlier one
# took fails when it is created: among the early objects (a secret, an
# rng-builtin: before -smp's checks), or with the memory backends (after);
# a pc-dimm's QOM properties.
def r36m():
    bad_smp = ["-smp", "1,maxcpus=2,sockets=2,cores=2,threads=1"]
    for name, typ, extra in (("secret", "secret", ', "data": "aa"'), ("rng", "rng-builtin", ""),
                             ("ram", "memory-backend-ram", ', "size": 1048576')):
        obj = '{"qom-type": "%s", "id": "k0"%s}' % (typ, extra)
        for x86 in (True, False):
            corpus.case("x86_64" if x86 else "ppc64", "r36m-objdup-%s-%s" % (name, "x" if x86 else "p"),
                        "-object", obj, "-M", "pc" if x86 else "pseries", *bad_smp, "-object", obj)
    corpus.case("x86_64", "r36m-objdup-keyval-first", "-object", "secret,id=k0,data=bb", "-M", "pc", *bad_smp,
                "-object", '{"qom-type": "secret", "id": "k0", "data": "aa"}')
    # A pc-dimm's QOM properties, cold- and hot-plugged, on each board.
    props = ["type", "parent_bus", "realized", "hotplugged", "hotpluggable", "addr", "node", "slot", "uuid", "memdev",
             "size", "legacy-memdev"]
    for target, machine in (("x86_64", "pc"), ("x86_64", "q35"), ("ppc64", "pseries")):
        get = lambda dev, p: {"qmp": {"execute": "qom-get", "arguments": {"path": "/machine/peripheral/" + dev, "property": p}}}
        corpus.case(target, "r36m-dimm-qom-" + machine, "-M", machine, "-m", "1G,slots=4,maxmem=8G", "-object",
                    "memory-backend-ram,id=m3,size=512M", "-object", "memory-backend-ram,id=m5,size=256M", "-device",
                    "pc-dimm,memdev=m3,slot=1,id=dimm4", steps=[{"hmp": "qom-list /machine/peripheral/dimm4"}] +
                    [get("dimm4", p) for p in props] + [{"hmp": "device_add pc-dimm,memdev=m5,id=dimm6"},
                    {"hmp": "qom-list /machine/peripheral/dimm6"}] + [get("dimm6", p) for p in ("addr", "slot", "hotplugged", "size")] +
                    [{"hmp": "qom-get dimm4 memdev"}, {"hmp": "qom-set dimm4 slot 2"}])
    # A spapr-vlan's TCE table is named after its reg, in qom-list too.
    corpus.case("ppc64", "r36m-vlan-reg", "-M", "pseries", "-netdev", "user,id=n1", "-device",
                "spapr-vlan,netdev=n1,reg=0x71000010,id=nic2", steps=[
                    {"hmp": "qom-list /machine/peripheral/nic2"}, {"hmp": "info qom-tree /machine/peripheral/nic2"}])


r36m()

# Round 37 (r37-): fresh draws of rounds 2 (monitor sessions), 9 (the
# monitor's small languages), 13 (the QOM tree) and 16 (QOM properties)
# and the seventh's libvirt-like lines, from seeds none used.
r2_cases(25, seed=370000, name="r37-a")
redraw((r9_case, 25, 371000, "r37-b"), (r13_case, 20, 372000, "r37-c"), (r16_case, 20, 373000, "r37-d"))
r7_cases(25, seed=374000, name="r37-e")


def r37m():
    # A spapr-rng's QOM properties (busless, in /machine/peripheral), with
    # and without a backend, cold- and hot-plugged.
    props = ["type", "parent_bus", "realized", "hotplugged", "hotpluggable", "rng", "use-kvm", "legacy-rng", "nosuch"]
    get = lambda dev, p: {"qmp": {"execute": "qom-get", "arguments": {"path": "/machine/peripheral/" + dev, "property": p}}}
    corpus.case("ppc64", "r37m-rng-qom", "-M", "pseries", "-object", "rng-builtin,id=rng1", "-device",
                "spapr-rng,rng=rng1,id=rng2", steps=[{"hmp": "qom-list /machine/peripheral/rng2"},
                {"qmp": {"execute": "qom-list", "arguments": {"path": "/machine/peripheral/rng2"}}}] +
                [get("rng2", p) for p in props] + [{"hmp": "qom-get rng2 rng"}, {"hmp": "qom-get rng2 use-kvm"},
                {"hmp": "qom-set rng2 use-kvm true"}, {"hmp": "qom-get rng2 legacy-rng"}])
    corpus.case("ppc64", "r37m-rng-qom-kvm", "-M", "pseries", "-object", "rng-random,id=r0,filename=/dev/urandom",
                "-device", "spapr-rng,rng=r0,use-kvm=on,id=rr", steps=[get("rr", p) for p in props])
    corpus.case("ppc64", "r37m-rng-qom-hot", "-M", "pseries", "-object", "rng-builtin,id=rng1", steps=[
                {"hmp": "device_add spapr-rng,rng=rng1,id=rng3"}, {"hmp": "qom-list /machine/peripheral/rng3"}] +
                [get("rng3", p) for p in props] + [{"hmp": "info qom-tree /machine/peripheral"}])
    corpus.case("ppc64", "r37m-rng-qom-nobackend", "-M", "pseries", "-device", "spapr-rng,id=rr", steps=[
                {"hmp": "qom-list rr"}] + [get("rr", p) for p in props])


r37m()

# Round 38 (r38-): fresh draws of rounds 3, 6, 8, 11, 12 and 15.
redraw((r3_case, 20, 380000, "r38-a"), (r6_case, 20, 381000, "r38-b"), (r8_case, 20, 382000, "r38-c"),
       (r11_case, 20, 383000, "r38-d"), (r12_case, 20, 384000, "r38-e"), (r15_case, 20, 385000, "r38-f"))

# Round 39 (r39-): fresh draws of rounds 2, 4, 9, 13 and 16, and the
# libvirt-like lines.
r2_cases(20, seed=390000, name="r39-a")
redraw((r4_case, 20, 391000, "r39-b"), (r9_case, 20, 392000, "r39-c"), (r13_case, 20, 393000, "r39-d"),
       (r16_case, 20, 394000, "r39-e"))
r7_cases(20, seed=395000, name="r39-f")

# Round 40 (r40-): fresh draws of the first round's machines, of rounds 2
# (monitor sessions), 3 (the CPU path among devices), 9 (the monitor's small
# languages), 13, 15 and 16 (the QOM tree and its properties: the rounds
# that found the most recently) and the seventh's libvirt-like lines, from
# seeds none used.
for n in range(20):
    case(n, n % 10 < 6, seed=400000, name="r40-a%d" % n)
r2_cases(20, seed=401000, name="r40-b")
redraw((r3_case, 15, 402000, "r40-c"), (r9_case, 15, 403000, "r40-d"), (r13_case, 15, 404000, "r40-e"),
       (r15_case, 15, 405000, "r40-f"), (r16_case, 15, 406000, "r40-g"))
r7_cases(20, seed=407000, name="r40-h")


# Measured while fixing round 40: qom-get of the "legacy-" properties qdev
# adds beside a PCI address and beside a link; pseries' nmi (a system reset
# interrupt on every CPU, the machine never having run) and the registers
# after it.
def r40m():
    get = lambda dev, p: {"qmp": {"execute": "qom-get", "arguments": {"path": "/machine/peripheral/" + dev, "property": p}}}
    corpus.case("x86_64", "r40m-legacy-x", "-M", "pc", "-object", "iothread,id=io1", "-object", "rng-builtin,id=rng0",
                "-device", "edu,id=e1", "-device", "virtio-rng-pci,rng=rng0,id=vr,addr=0x5.0x3,multifunction=on",
                "-blockdev", "driver=null-co,node-name=nb", "-device", "virtio-blk-pci,drive=nb,iothread=io1,id=vb,addr=0x1f",
                "-device", "pci-bridge,id=br,chassis_nr=1", "-device", "e1000,bus=br,addr=3,id=nic",
                steps=[get("e1", "legacy-addr"), get("vr", "legacy-addr"), get("vr", "legacy-rng"), get("vb", "legacy-iothread"),
                       get("vb", "legacy-addr"), get("nic", "legacy-addr"), get("br", "legacy-addr"), get("e1", "legacy-nosuch"),
                       {"hmp": "qom-get vr legacy-addr"}, {"hmp": "qom-get vb legacy-iothread"},
                       {"hmp": "device_add edu,id=e2,addr=0x7"}, get("e2", "legacy-addr"),
                       {"hmp": "qom-set e1 legacy-addr 04.0"}])
    corpus.case("x86_64", "r40m-legacy-q35", "-M", "q35", "-device", "pcie-root-port,id=rp1,chassis=1,addr=0x2.0x1",
                "-blockdev", "driver=null-co,node-name=nv", "-device", "nvme,drive=nv,serial=s1,bus=rp1,id=nv1",
                steps=[get("rp1", "legacy-addr"), get("nv1", "legacy-addr"), get("nv1", "legacy-subsys"),
                       get("nv1", "legacy-pmrdev"), get("nv1", "legacy-cmb"), {"hmp": "qom-list nv1"}])
    corpus.case("ppc64", "r40m-legacy-p", "-M", "pseries", "-device", "virtio-net-pci,id=vn,addr=0x3", "-device",
                "spapr-pci-host-bridge,index=1,id=phb1", "-device", "edu,bus=phb1.0,id=e1",
                steps=[get("vn", "legacy-addr"), get("e1", "legacy-addr"), {"hmp": "qom-get e1 legacy-addr"}])
    # nmi on pseries: every CPU takes a system reset interrupt.
    regs = [{"hmp": "p $msr"}, {"hmp": "p $pc"}, {"hmp": "p $r3"}, {"hmp": "info registers"}]
    corpus.case("ppc64", "r40m-nmi-p9", "-M", "pseries", "-smp", "2", steps=regs + [{"hmp": "nmi"}] + regs + [
                {"hmp": "cpu 1"}, {"hmp": "p $msr"}, {"hmp": "nmi"}, {"hmp": "p $msr"}, {"hmp": "cpu 0"}] + regs)
    for cpu in ("power8", "power10"):
        corpus.case("ppc64", "r40m-nmi-" + cpu, "-M", "pseries", "-cpu", cpu, steps=[
                    {"qmp": {"execute": "inject-nmi"}}] + regs)
    corpus.case("ppc64", "r40m-nmi-reset", "-M", "pseries", steps=[{"hmp": "nmi"}, {"hmp": "system_reset"},
                {"hmp": "p $msr"}, {"hmp": "info registers"}])

    # qom-set of them (getters only), 10.0's aliases on a virtio proxy;
    # an nmi before a CPU is hot-plugged (it comes reset).
    qset = lambda dev, p, v: {"qmp": {"execute": "qom-set", "arguments": {"path": "/machine/peripheral/" + dev, "property": p, "value": v}}}
    corpus.case("x86_64", "r40m-legacy-set", "-M", "pc", "-object", "iothread,id=io1", "-object", "rng-builtin,id=rng0",
                "-device", "virtio-rng-pci,rng=rng0,id=vr", "-blockdev", "driver=null-co,node-name=nb", "-device",
                "virtio-blk-pci,drive=nb,iothread=io1,id=vb", steps=[
                    qset("vr", "legacy-rng", "rng0"), qset("vb", "legacy-iothread", "io1"), qset("vb", "legacy-addr", "05.0"),
                    {"hmp": "qom-set vr legacy-rng rng0"}, {"hmp": "qom-set vb legacy-addr 6"},
                    {"hmp": "qom-get /machine/peripheral/vr/virtio-backend legacy-rng"}])
    corpus.case("ppc64", "r40m-nmi-hotplug", "-M", "pseries", "-smp", "1,maxcpus=2", steps=[
                {"hmp": "nmi"}, {"hmp": "device_add power9_v2.0-spapr-cpu-core,core-id=1,id=c1"}, {"hmp": "cpu 1"},
                {"hmp": "p $msr"}, {"hmp": "cpu 0"}, {"hmp": "p $msr"}, {"hmp": "nmi"}, {"hmp": "cpu 1"}, {"hmp": "p $msr"}])

    # A proxy's virtio backend's own QOM properties (.../virtio-backend):
    # its list, its rng link, given or its own default-backend.
    vb = "/machine/peripheral/%s/virtio-backend"
    corpus.case("x86_64", "r40m-backend-qom-x", "-M", "pc", "-object", "rng-builtin,id=rng0", "-device",
                "virtio-rng-pci,rng=rng0,id=vr", "-device", "virtio-rng-pci,id=vr2", "-blockdev", "driver=null-co,node-name=nb",
                "-device", "virtio-blk-pci,drive=nb,id=vb", "-netdev", "user,id=n0", "-device", "virtio-net-pci,netdev=n0,id=vn",
                "-device", "virtio-balloon-pci,id=bal", steps=[
                    {"hmp": "qom-list " + vb % "vr"}, {"hmp": "qom-list " + vb % "vr2"}, {"hmp": "qom-list " + vb % "vb"},
                    {"hmp": "qom-list " + vb % "vn"}, {"hmp": "qom-list " + vb % "bal"},
                    {"hmp": "qom-get %s rng" % (vb % "vr")}, {"hmp": "qom-get %s rng" % (vb % "vr2")},
                    {"hmp": "qom-get %s parent_bus" % (vb % "vr")}, {"hmp": "qom-get %s hotpluggable" % (vb % "vr")},
                    {"hmp": "qom-get %s max-bytes" % (vb % "vr")}, {"hmp": "qom-get %s legacy-rng" % (vb % "vr")},
                    {"qmp": {"execute": "qom-get", "arguments": {"path": vb % "vb", "property": "legacy-iothread"}}},
                    {"hmp": "device_add virtio-rng-pci,rng=rng0,id=vr3"}, {"hmp": "qom-list " + vb % "vr3"},
                    {"hmp": "qom-get %s hotplugged" % (vb % "vr3")}, {"hmp": "qom-get %s rng" % (vb % "vr3")}])
    corpus.case("ppc64", "r40m-backend-qom-p", "-M", "pseries", "-object", "rng-builtin,id=rng0", "-device",
                "virtio-rng-pci,rng=rng0,id=vr", "-device", "virtio-rng-pci,id=vr2", steps=[
                    {"hmp": "qom-list " + vb % "vr"}, {"hmp": "qom-list " + vb % "vr2"},
                    {"hmp": "qom-get %s legacy-rng" % (vb % "vr")}, {"hmp": "qom-get %s rng" % (vb % "vr2")}])

    corpus.case("x86_64", "r40m-backend-qom-blk", "-M", "pc", "-object", "iothread,id=io1", "-blockdev",
                "driver=null-co,node-name=nb", "-device", "virtio-blk-pci,drive=nb,id=vb,iothread=io1,bootindex=3",
                "-blockdev", "driver=null-co,node-name=nc", "-device", "virtio-blk-pci,drive=nc,id=vc,serial=abc",
                steps=[{"hmp": "qom-get %s %s" % (vb % dev, p)} for dev, p in (
                    ("vb", "iothread"), ("vc", "iothread"), ("vb", "drive"), ("vb", "num-queues"), ("vc", "serial"),
                    ("vb", "bootindex"), ("vc", "bootindex"), ("vb", "nosuch"), ("vb", "legacy-iothread"))])


r40m()

# Round 41 (lane dd, measurements only): when an unplugged device's
# DEVICE_DELETED shows. QEMU sends it as the device is finalized, from an
# RCU callback; these vary one thing at a time after a device_del that
# removes at once (pseries PCI without a guest, USB on both targets): how
# many requests follow and of which kind (a light `info status`, `info
# qtree`, a device_add that succeeds or fails, HMP or QMP, system_reset).
def r41m():
    st = {"hmp": "info status"}
    tails = {
        "none": [], "st1": [st], "st3": [st] * 3, "st6": [st] * 6,
        "qtree": [{"hmp": "info qtree"}],
        "add-ok": [{"hmp": "device_add virtio-rng-pci,id=hr2"}],
        "add-bad": [{"hmp": "device_add nosuch-device,id=hr2"}],
        "add-qmp": [{"qmp": {"execute": "device_add", "arguments": {"driver": "virtio-rng-pci", "id": "hr2"}}}],
        "st1-add-ok": [st, {"hmp": "device_add virtio-rng-pci,id=hr2"}, st],
        "add-ok-st2": [{"hmp": "device_add virtio-rng-pci,id=hr2"}, st, st],
        "reset": [{"hmp": "system_reset"}, st],
    }
    for name, tail in tails.items():
        corpus.case("ppc64", "r41m-dd-rng-" + name, "-M", "pseries", steps=[
            {"hmp": "device_add virtio-rng-pci,id=hr"}, {"hmp": "device_del hr"}] + tail)
    for name in ("st1", "st3", "add-ok"):
        corpus.case("ppc64", "r41m-dd-net-" + name, "-M", "pseries", "-netdev", "user,id=n0", steps=[
            {"hmp": "device_add virtio-net-pci,netdev=n0,id=hn"}, {"hmp": "device_del hn"}] + tails[name])
    usb_tails = {"st1": [st], "st3": [st] * 3, "st6": [st] * 6, "add-ok": [{"hmp": "device_add usb-kbd,id=hk2"}],
                 "add-bad": [{"hmp": "device_add nosuch-device,id=hk2"}],
                 "add-ok-st3": [{"hmp": "device_add usb-kbd,id=hk2"}, st, st, st]}
    for name, tail in usb_tails.items():
        corpus.case("ppc64", "r41m-dd-usb-" + name, "-M", "pseries", "-device", "qemu-xhci,id=xhci", steps=[
            {"hmp": "device_add usb-kbd,id=hk"}, {"hmp": "device_del hk"}] + tail)
        corpus.case("x86_64", "r41m-dd-usb-" + name, "-M", "pc", "-device", "qemu-xhci,id=xhci", steps=[
            {"hmp": "device_add usb-kbd,id=hk"}, {"hmp": "device_del hk"}] + tail)

    # The exceptions the corpus showed: a virtio-balloon-pci's and a
    # virtio-scsi-pci's came with the next request; `info block` after.
    for dev in ("virtio-balloon-pci", "virtio-scsi-pci", "virtio-serial-pci"):
        for name in ("st1", "st3"):
            corpus.case("ppc64", "r41m-dd-%s-%s" % (dev.split("-")[1], name), "-M", "pseries", steps=[
                {"hmp": "device_add %s,id=hd" % dev}, {"hmp": "device_del hd"}] + tails[name])
    corpus.case("ppc64", "r41m-dd-rng-block", "-M", "pseries", "-blockdev", "driver=null-co,node-name=nb", "-device",
                "virtio-blk-pci,drive=nb,id=vb", steps=[{"hmp": "device_add virtio-rng-pci,id=hr"}, {"hmp": "device_del hr"},
                                                         {"hmp": "info block"}])
    corpus.case("ppc64", "r41m-dd-rng-pci", "-M", "pseries", steps=[
        {"hmp": "device_add virtio-rng-pci,id=hr"}, {"hmp": "device_del hr"}, {"qmp": "query-pci"}])


r41m()


# Round 42m (x1, measurements only): how long after its device_del an
# unplugged device's DEVICE_DELETED takes when no request drains the RCU
# callbacks. The recorder waits `settle` seconds after the last step and
# then quits; these vary that wait alone, for a pseries PCI device and a USB
# device on pseries and pc (each recorded three times per release).
def r42m():
    for settle in ("0.02", "0.05", "0.1", "0.2", "0.4"):
        tag = settle.replace("0.", "s")
        corpus.case("ppc64", "r42m-dd-rng-" + tag, "-M", "pseries", steps=[
            {"hmp": "device_add virtio-rng-pci,id=hr"}, {"hmp": "device_del hr"}], settle=float(settle))
        corpus.case("ppc64", "r42m-dd-usb-" + tag, "-M", "pseries", "-device", "qemu-xhci,id=xhci", steps=[
            {"hmp": "device_add usb-kbd,id=hk"}, {"hmp": "device_del hk"}], settle=float(settle))
        corpus.case("x86_64", "r42m-dd-usb-" + tag, "-M", "pc", "-device", "qemu-xhci,id=xhci", steps=[
            {"hmp": "device_add usb-kbd,id=hk"}, {"hmp": "device_del hk"}], settle=float(settle))


r42m()

# Round 42 (r42-, x1): fresh draws of the first round's machines, of rounds 2
# (monitor sessions), 3 (the CPU path among devices), 9 (the monitor's small
# languages), 13, 15 and 16 (the QOM tree and its properties) and the
# seventh's libvirt-like lines, from seeds none used: to measure first replay.
for n in range(20):
    case(n, n % 10 < 6, seed=420000, name="r42-a%d" % n)
r2_cases(20, seed=421000, name="r42-b")
redraw((r3_case, 12, 422000, "r42-c"), (r9_case, 12, 423000, "r42-d"), (r13_case, 12, 424000, "r42-e"),
       (r15_case, 12, 425000, "r42-f"), (r16_case, 12, 426000, "r42-g"))
r7_cases(20, seed=427000, name="r42-h")

# Round 43 (r43-, x2): learner habits mixed across pc, q35, versioned types
# and pseries: CPUs cold-plugged by -device with ids, CPUs and non-CPU
# devices (NICs, disks, USB, SCSI, rng, balloon) plugged and unplugged,
# info and query commands between the steps, qom-get/qom-list of what the
# session made, and error steps (an id twice, a bus that is not there or
# of the wrong kind, a property wrong). An unplugged device's DEVICE_DELETED
# races the recorder's light requests (round 42m), so every device_del is
# followed at once by a request that drains the RCU callbacks (a device_add
# that fails, or system_reset), or is the last step with a 0.5 s settle.
R43_X86 = ["pc", "q35", "pc-i440fx-7.2", "pc-q35-7.2", "pc-q35-6.2", "pc-i440fx-5.2", "pc", "q35"]
R43_PPC = ["pseries", "pseries-7.2", "pseries-6.2", "pseries"]
# What the first rounds' device draws refuse at start-up (their cases hold
# those errors; these sessions are about what follows).
R43_REFUSED = ["bus=usb.0", "ivshmem-plain", "size=1000", "intel-iommu", "nvme,drive", "size=1M", "period=0", "floppy",
               "hpet", "spapr-nvram", "isa-debugcon", "bus=pci.0", "logical_block_size", "usb-hub", "index=2", "bus=rp",
               "reg=0x30000000"]


def r43_drain(r, x86, qmp_form):
    """A mistyped device_add (it fails after the RCU callbacks drained) or a
    reset, right after an unplug."""
    c = r.randrange(7)
    if c == 0:
        return {"hmp": "system_reset"}
    spec = r.choice(["nosuch-device", "virtio-net-pcii", "e1000,bus=nosuch.0", "virtio-rng-pci,max-bytes=lots",
                     "virtio-blk-pci,drive=nodisk", "usb-kbd,bus=pci.0", "virtio-rng-pci,period=-1"])
    if not x86 and spec.startswith("e1000"):
        spec = "spapr-vlan,reg=oops"
    return device_add_step(spec, qmp_form)


def device_add_step(spec, qmp_form):
    """device_add of a "driver,key=value,..." spec, by HMP or as QMP's
    arguments (every value a string, as typed)."""
    if qmp_form:
        name, *props = spec.split(",")
        args = {"driver": name}
        for kv in props:
            k, v = kv.split("=", 1)
            args[k] = v
        return {"qmp": {"execute": "device_add", "arguments": args}}
    return {"hmp": "device_add " + spec}


class R43:
    def __init__(self, r, x86, m):
        self.r, self.x86, self.m = r, x86, m
        self.cpus, self.hot, self.usb, self.scsi, self.balloon = [], [], list(m.usb), list(m.scsi), False
        self.n = 0

    def new(self, stem):
        self.n += 1
        return "%s%d" % (stem, self.n)

    def add(self, spec, qmp_form):
        return device_add_step(spec, qmp_form)

    def device(self):
        """A non-CPU device plugged with its backend first, the way tutorials
        order it; remembered for unplug and qom."""
        r, x86, steps = self.r, self.x86, []
        q = r.random() < 0.4
        kind = r.choice(["nic", "nic", "disk", "disk", "usb", "scsi", "rng", "balloon"])
        if kind == "nic":
            nd = self.new("hnet")
            steps.append(r.choice([{"hmp": "netdev_add user,id=" + nd},
                                   {"qmp": {"execute": "netdev_add", "arguments": {"type": "user", "id": nd}}}]))
            drv = r.choice(["e1000", "virtio-net-pci", "rtl8139", "e1000e"] if x86 else ["virtio-net-pci", "spapr-vlan", "e1000"])
            i = self.new("nic")
            steps.append(self.add("%s,netdev=%s,id=%s" % (drv, nd, i), q))
        elif kind in ("disk", "scsi"):
            node = self.new("hd")
            if r.random() < 0.5:
                steps.append({"qmp": {"execute": "blockdev-add", "arguments": {"driver": "null-co", "node-name": node}}})
            else:
                steps.append({"hmp": "drive_add 0 if=none,id=%s,driver=null-co,node-name=n%s" % (node, node)})
            i = self.new("disk")
            if kind == "scsi":
                if not self.scsi:
                    s = self.new("hscsi")
                    steps.append(self.add("virtio-scsi-pci,id=" + s, q))
                    self.scsi.append(s)
                steps.append(self.add("%s,drive=%s,bus=%s.0,id=%s" % (r.choice(["scsi-hd", "scsi-cd"]), node, r.choice(self.scsi), i), q))
            else:
                steps.append(self.add("virtio-blk-pci,drive=%s,id=%s" % (node, i), q))
        elif kind == "usb":
            if not self.usb:
                u = self.new("husb")
                steps.append(self.add("qemu-xhci,id=" + u, q))
                self.usb.append(u)
            i = self.new("u")
            steps.append(self.add("%s,id=%s" % (r.choice(["usb-kbd", "usb-tablet", "usb-mouse"]), i), q))
        elif kind == "rng":
            o = self.new("hrng")
            steps.append({"hmp": "object_add rng-builtin,id=" + o})
            i = self.new("rng")
            steps.append(self.add("virtio-rng-pci,rng=%s,id=%s" % (o, i), q))
        else:
            i = self.new("bal")
            steps.append(self.add("virtio-balloon-pci,id=" + i, q))
            if self.balloon:
                return steps
            self.balloon = True
        self.hot.append(i)
        return steps

    def qom(self):
        r = self.r
        ids = self.m.ids + self.hot + self.cpus
        if not ids or r.random() < 0.15:
            return r.choice([{"hmp": "qom-list /machine/peripheral"},
                             {"qmp": {"execute": "qom-list", "arguments": {"path": "/machine/peripheral"}}}])
        i = r.choice(ids)
        if i in self.cpus:
            props = ["type", "realized", "hotplugged", "hotpluggable", "core-id", "parent_bus"] + (
                ["socket-id", "thread-id", "apic-id", "model-id"] if self.x86 else ["nr-threads", "node-id"])
        else:
            props = ["type", "realized", "hotplugged", "hotpluggable", "parent_bus", "addr", "netdev", "drive", "mac", "nosuch"]
        p = r.choice(props)
        c = r.randrange(4)
        if c == 0:
            return {"hmp": "qom-list /machine/peripheral/" + i}
        if c == 1:
            return {"qmp": {"execute": "qom-get", "arguments": {"path": "/machine/peripheral/" + i, "property": p}}}
        return {"hmp": "qom-get /machine/peripheral/%s %s" % (i, p)}

    def mistake(self):
        """An error a learner makes: an id twice, a wrong bus, a bad value."""
        r, x86 = self.r, self.x86
        ids = self.m.ids + self.hot + self.cpus
        c = r.randrange(5)
        if c == 0 and ids:
            return {"hmp": "device_add %s,id=%s" % ("virtio-rng-pci" if r.random() < 0.5 else "usb-mouse", r.choice(ids))}
        if c == 1:
            return self.add(r.choice(["virtio-net-pci,bus=pcie.1", "scsi-hd,bus=scsi0.0,drive=x", "usb-kbd,bus=pci.0",
                                      "virtio-blk-pci,bus=nosuch", "e1000,bus=usb.0"]), r.random() < 0.4)
        if c == 2:
            return self.add(r.choice(["e1000,mac=52:54:00:zz:00:01", "virtio-net-pci,vectors=many", "virtio-rng-pci,nosuch=1",
                                      "virtio-balloon-pci,deflate-on-oom=maybe", "usb-tablet,port=abc"]), r.random() < 0.4)
        if c == 3:
            return {"hmp": "device_del nosuch"}
        return {"qmp": {"execute": "device_del", "arguments": {"id": r.choice(["nosuch", "cpu0", "pci.0"])}}}


def cpu_machine(r, x86, x86_types):
    """A round 43/44 session's machine: its type, CPU topology and the
    slots a CPU can be plugged into (all but the boot CPU's)."""
    m = Machine(r, x86)
    if x86:
        mach = r.choice(x86_types)
        sockets, cores, threads = r.choice([(2, 2, 1), (2, 1, 2), (4, 1, 1), (1, 4, 1), (2, 2, 2)])
        maxcpus = sockets * cores * threads
        slots = [(s, c, t) for s in range(sockets) for c in range(cores) for t in range(threads)][1:]
        m.args += ["-machine", mach, "-smp", "1,maxcpus=%d,sockets=%d,cores=%d,threads=%d" % (maxcpus, sockets, cores, threads)]
        return m, mach, maxcpus, slots, (sockets, cores, threads)
    mach = r.choice(R43_PPC)
    # (TCG runs one thread per core; 10.0's POWER9 is v2.2, so the
    # model is named as libvirt names it)
    maxcpus = r.choice([2, 4])
    slots = list(range(1, maxcpus))
    m.args += ["-machine", mach, "-cpu", "power9_v2.0", "-smp", "1,maxcpus=%d" % maxcpus]
    return m, mach, maxcpus, slots, (1, maxcpus, 1)


def cold_plug_cpus(r, m, s, slots, x86):
    """Up to two CPUs on the command line (-device), in free slots the
    session s then knows as plugged."""
    for _ in range(r.randint(0, min(2, len(slots)))):
        slot = slots.pop()
        i = s.new("cpu" if x86 else "core")
        if x86:
            m.args += ["-device", "qemu64-x86_64-cpu,id=%s,socket-id=%d,core-id=%d,thread-id=%d" % ((i,) + slot)]
        else:
            m.args += ["-device", "power9_v2.0-spapr-cpu-core,id=%s,core-id=%d" % (i, slot)]
        s.cpus.append(i)


def r43_case(n, seed=430000, name="r43-"):
    tries = 0
    while True:
        r = random.Random(seed + 1000 * tries + n)
        tries += 1
        x86 = n % 3 != 2
        m, mach, maxcpus, slots, _ = cpu_machine(r, x86, R43_X86)
        r.shuffle(slots)
        s = R43(r, x86, m)
        cold_plug_cpus(r, m, s, slots, x86)
        for _ in range(r.randint(1, 3)):
            (x86_device if x86 else ppc_device)(m)
        text = " ".join(m.args)
        if "=no" in text or "pc-dimm" in text or "virtio-mem" in text or "ide.2" in text or "index=4" in text or "index=300" in text \
                or "size=x" in text or "/33" in text or any(".%d," % k in text for k in (5, 6)) \
                or any(bad in text for bad in R43_REFUSED):
            continue
        s.usb, s.scsi = list(m.usb), list(m.scsi)
        s.balloon = "balloon" in text
        break
    views = (CPU_VIEWS_X if x86 else CPU_VIEWS_P) + m_info(m)
    steps = []
    for _ in range(r.randint(5, 9)):
        c = r.random()
        if c < 0.15 and slots:
            slot = slots.pop()
            i = s.new("cpu" if x86 else "core")
            if x86:
                drv, a = "qemu64-x86_64-cpu", {"socket-id": slot[0], "core-id": slot[1], "thread-id": slot[2]}
            else:
                drv, a = "power9_v2.0-spapr-cpu-core", {"core-id": slot}  # (the model's core type)
            if r.random() < 0.5:
                steps.append({"hmp": "device_add %s,id=%s,%s" % (drv, i, ",".join("%s=%d" % kv for kv in a.items()))})
            else:
                steps.append({"qmp": {"execute": "device_add", "arguments": dict(driver=drv, id=i, **a)}})
            s.cpus.append(i)
        elif c < 0.35:
            steps += s.device()
        elif c < 0.5 and (s.hot or s.cpus or m.ids):
            pool = s.hot * 3 + s.cpus + m.ids
            v = r.choice(pool)
            q = r.random() < 0.5
            steps.append({"qmp": {"execute": "device_del", "arguments": {"id": v}}} if q else {"hmp": "device_del " + v})
            for lst in (s.hot, s.cpus, m.ids):
                if v in lst:
                    lst.remove(v)
            steps.append(r43_drain(r, x86, q))
        elif c < 0.65:
            steps.append({"hmp": r.choice(views)} if r.random() < 0.7 else
                         {"qmp": {"execute": r.choice(QUERIES + ["query-hotpluggable-cpus", "query-cpus-fast"])}})
        elif c < 0.82:
            steps.append(s.qom())
        else:
            steps.append(s.mistake())
    extra = {}
    if s.hot and r.random() < 0.25:
        # The unplug as the last step, with time for its DEVICE_DELETED.
        steps.append({"hmp": "device_del " + s.hot[-1]})
        extra["settle"] = 0.5
    corpus.case("x86_64" if x86 else "ppc64", name + str(n), *m.args, steps=steps, **extra)


for n in range(120):
    r43_case(n)


# Round 43v (x2): the cases round 42m left out of the corpus because where
# an unplugged device's DEVICE_DELETED came raced the recorder's next light
# requests (probe_mix_excluded.txt), again with the race taken away: the
# same line and steps, with a device_add that fails (it drains the RCU
# callbacks, so the event comes before its reply) right after each
# device_del.
R43V = """
    p-259 p-287 p-58 p-r11-104 p-r11-107 p-r11-11 p-r11-14 p-r11-23 p-r11-26 p-r17-c32 p-r17-c38 
    p-r17-c44 p-r17-c47 p-r17-c50 p-r17-c8 p-r18-c14 p-r18-c23 p-r2-104 p-r20-e17 p-r21-c2 p-r22-b14 
    p-r23-b17 p-r23-b23 p-r24-c14 p-r24-c17 p-r24-c20 p-r24-c23 p-r24-f23 p-r25-a15 p-r26-a2 p-r26-c11 
    p-r27-c17 p-r27-c2 p-r27-e11 p-r27-e17 p-r27-e2 p-r27-e29 p-r29-a18 p-r29-c5 p-r3-71 p-r30-e11 
    p-r31-b2 p-r31-b20 p-r32-a6 p-r32-e5 p-r33-a9 p-r33-e17 p-r33-e29 p-r34-d11 p-r35-b2 p-r35-f14 
    p-r36-d17 p-r37-e11 p-r37-e14 p-r37-e17 p-r37-e23 p-r38-b2 p-r38-d17 p-r39-a15 p-r39-f11 p-r39-f5 
    p-r40-h17 p-r40-h5 p-r42-h11 p-r42-h2 p-r42-h5 p-r5-11 p-r5-14 p-r5-2 p-r5-23 p-r5-26 p-r5-29 
    p-r5-35 p-r5-38 p-r5-41 p-r5-47 p-r5-5 p-r5-50 p-r5-53 p-r5-56 p-r6-116 p-r6-20 p-r6-71 p-r6-80 
    p-r6-95 p-r6m-phb-add7 p-r6m-phb-mt-pseries-4.0 p-r6m-phb-mt-pseries-4.2 p-r6m-phb-qmp p-r7-11 
    p-r7-113 p-r7-116 p-r7-2 p-r7-38 p-r7-53 p-r7-8 p-r7-89 p-r7-95 x-r17-c12 x-r2-109 x-r22-b24 
    x-r27-a21 x-r27-e9 x-r3-64 x-r30-e0 x-r31-a11 x-r32-a15 x-r33-e27 x-r5-0 x-r5-1 x-r5-10 x-r5-15 
    x-r5-16 x-r5-18 x-r5-3 x-r5-30 x-r5-31 x-r5-33 x-r5-37 x-r5-42 x-r5-43 x-r5-48 x-r5-54 x-r5-55 
    x-r5-58 x-r5-6 x-r5-9 x-r7-105 x-r7m-pcie-downstream-5.2 x-r7m-pcie-hot-pc-q35-5.2 
    x-r7m-pcie-q35-acpihp-off
""".split()


def r43v():
    by_id = {c["id"]: c for c in corpus.cases}
    for short in R43V:
        c = by_id["pm-" + short]
        steps = []
        for st in c.get("steps", []):
            steps.append(st)
            q = st.get("qmp")
            if isinstance(q, dict) and q.get("execute") == "device_del":
                steps.append({"qmp": {"execute": "device_add", "arguments": {"driver": "nosuch-device"}}})
            elif isinstance(st.get("hmp"), str) and st["hmp"].startswith("device_del "):
                steps.append({"hmp": "device_add nosuch-device"})
        extra = {k: v for k, v in c.items() if k not in ("id", "binary", "args", "steps", "nondeterministic")}
        corpus.case(c["binary"], "r43v-" + short[2:], *c["args"], steps=steps, **extra)


r43v()



# Measured around round 43 (r43m-): what a machine reset does to PCI unplugs
# a guest was asked for and never answered: pseries releases the DRC
# (spapr_drc_reset), the ACPI PCI hotplug block ejects its pending slots
# (a bridge present from the start excepted), a native PCIe slot keeps its
# device; and where their DEVICE_DELETED then comes (a drain after).
def r43m():
    st = {"hmp": "info status"}
    bad = {"hmp": "device_add nosuch-device"}
    corpus.case("ppc64", "r43m-reset-pseries", "-M", "pseries", "-netdev", "user,id=n1", "-device", "rtl8139,netdev=n1,id=nic1",
                "-device", "virtio-rng-pci,id=rng1", steps=[{"hmp": "device_del nic1"}, {"hmp": "device_del rng1"}, {"hmp": "info pci"},
                {"hmp": "system_reset"}, st, {"hmp": "info pci"}, bad, {"hmp": "device_add virtio-rng-pci,id=rng1"}])
    corpus.case("ppc64", "r43m-reset-pseries-drain", "-M", "pseries", "-device", "virtio-rng-pci,id=rng1",
                steps=[{"hmp": "device_del rng1"}, {"hmp": "system_reset"}, bad, {"hmp": "info pci"}])
    for mt in ("pc", "pc-i440fx-7.2"):
        corpus.case("x86_64", "r43m-reset-" + mt, "-M", mt, "-netdev", "user,id=n1", "-device", "e1000,netdev=n1,id=nic1",
                    "-device", "pci-bridge,chassis_nr=1,id=br1", "-device", "virtio-rng-pci,bus=br1,addr=3,id=rng1",
                    steps=[{"hmp": "device_del nic1"}, {"hmp": "device_del br1"}, {"hmp": "device_del rng1"}, {"hmp": "system_reset"},
                           st, {"hmp": "info pci"}, bad, st, {"hmp": "info pci"}, {"hmp": "device_del br1"}, {"hmp": "device_add e1000,netdev=n1,id=nic1"}])
    corpus.case("x86_64", "r43m-reset-pc-hotbridge", "-M", "pc", steps=[
        {"hmp": "device_add pci-bridge,chassis_nr=2,id=hb"}, {"hmp": "device_del hb"}, {"hmp": "system_reset"}, bad, {"hmp": "info pci"}])
    for mt in ("q35", "pc-q35-5.2"):
        corpus.case("x86_64", "r43m-reset-" + mt, "-M", mt, "-device", "pcie-root-port,id=rp1,chassis=1", "-device",
                    "virtio-rng-pci,bus=rp1,id=rng1", steps=[{"hmp": "device_del rng1"}, {"hmp": "system_reset"}, bad, {"hmp": "info pci"},
                                                             {"hmp": "device_del rng1"}])

    # A virtio serial port's parent_bus: the bus of its proxy's
    # virtio-backend (the first draw of round 43 asked it of a port on an
    # anonymous virtio-serial-pci).
    for b, mt in (("ppc64", "pseries"), ("x86_64", "pc")):
        corpus.case(b, "r43m-parent-bus", "-M", mt, "-chardev", "null,id=c1", "-chardev", "null,id=c2", "-device",
                    "virtio-serial-pci", "-device", "virtconsole,chardev=c1,id=port1", "-device", "virtio-serial-pci,id=vser",
                    "-device", "virtserialport,chardev=c2,bus=vser.0,id=port2", steps=[
                        {"qmp": {"execute": "qom-get", "arguments": {"path": "/machine/peripheral/port1", "property": "parent_bus"}}},
                        {"hmp": "qom-get port2 parent_bus"}])


r43m()


# Round 44 (r44-, x3): round 43's sessions drawn again from a fresh seed,
# with more of what sits beside CPU hotplug: memory (-m with slots and
# maxmem, memory backends by object_add, pc-dimm plugged and unplugged, a
# DIMM of the wrong size or a backend used twice), PCIe root ports on q35
# (cold-plugged with ids, devices hot-plugged into them, a root port
# hot-plugged into pcie.0), virtio serial ports on chardevs made by
# chardev-add, backends removed while in use and after, and CPU mistakes (a
# slot taken, ids missing or out of range, a boot CPU removed). Every
# device_del is followed at once by a device_add that fails (it drains the
# RCU callbacks); pseries never removes a PCI device (its DEVICE_DELETED
# races even then, round 43v) nor a hot-plugged core (the TCG heap
# corruption of ../../shared/qemu/device-del.md section 6).
R44_X86 = R43_X86 + ["pc-q35-5.2", "q35"]
R44_MEM = {"x86": ["1G,slots=4,maxmem=8G", "512M,slots=2,maxmem=2G", "1G,slots=1,maxmem=4G", "2G,slots=4,maxmem=4G"],
           "ppc": ["2G,slots=4,maxmem=8G", "1G,slots=2,maxmem=4G", "2G,slots=1,maxmem=4G"]}
R44_DRAIN = ["nosuch-device", "virtio-net-pcii", "virtio-rng-pci,max-bytes=lots", "virtio-blk-pci,drive=nodisk",
             "virtio-rng-pci,period=-1", "usb-kbd,bus=nosuch.0"]


class R44(R43):
    def __init__(self, r, x86, m, mem):
        super().__init__(r, x86, m)
        self.mem = mem
        self.dimms, self.mems, self.ports = [], list(m.mems), list(m.ports)
        self.removable = []  # what pseries may unplug: no PCI device, no hot core
        self.chardevs, self.netdevs, self.nodes = list(m.chardevs), list(m.netdevs), []
        self.pending = set()  # unplugs asked of a guest that is not there

    def drain(self, q):
        return device_add_step(self.r.choice(R44_DRAIN), q)

    def memory(self):
        """A backend made from the monitor and a DIMM on it (or on one the
        line made), the way memory hotplug guides do it."""
        r, steps = self.r, []
        q = r.random() < 0.4
        if not self.mems or r.random() < 0.7:
            b = self.new("hmem")
            size = r.choice(["128M", "256M", "512M", "1G", "256M", "100M"])
            kind = r.choice(["memory-backend-ram", "memory-backend-ram", "memory-backend-file"])
            if r.random() < 0.5:
                steps.append({"hmp": "object_add %s,id=%s,size=%s%s" % (kind, b, size, ",mem-path=/dev/shm" if kind.endswith("file") else "")})
            else:
                props = {"size": size}
                if kind.endswith("file"):
                    props["mem-path"] = "/dev/shm"
                steps.append({"qmp": {"execute": "object-add", "arguments": dict({"qom-type": kind, "id": b}, **props)}})
            self.mems.append(b)
        b = r.choice(self.mems)
        i = self.new("dimm")
        extra = r.choice(["", "", "", ",node=0", ",slot=0", ",slot=9", ",addr=0x180000000"])
        if getattr(self, "numa", False):
            extra = r.choice(["", ",node=1", ",node=1", ",node=2", ",node=0"])
            if self.x86 and r.random() < 0.6:
                i = self.new("vmem")
                if self.ports:
                    extra += ",bus=" + r.choice(self.ports)
                steps.append(self.add("virtio-mem-pci,id=%s,memdev=%s,requested-size=%s%s" % (
                    i, b, r.choice(["0", "0", "64M", "1G"]), extra), q))
                self.hot.append(i)
                self.vmem = getattr(self, "vmem", []) + [i]
                return steps
        steps.append(self.add("pc-dimm,id=%s,memdev=%s%s" % (i, b, extra), q))
        self.dimms.append(i)
        self.hot.append(i)
        self.removable.append(i)
        return steps

    def port_device(self):
        """A device hot-plugged into a root port the line made, or a root
        port hot-plugged (pcie.0 takes none)."""
        r, steps = self.r, []
        q = r.random() < 0.4
        if not self.ports or r.random() < 0.2:
            n = len(self.ports) + 5
            return [self.add("pcie-root-port,id=hrp%d,chassis=%d,slot=%d" % (n, n, n), q)]
        port = r.choice(self.ports)
        drv = r.choice(["virtio-net-pci", "e1000e", "virtio-rng-pci", "virtio-balloon-pci", "virtio-blk-pci", "nvme"])
        i = self.new("pd")
        need = ""
        if drv in ("virtio-net-pci", "e1000e"):
            nd = self.new("hnet")
            steps.append({"hmp": "netdev_add user,id=" + nd})
            self.netdevs.append(nd)
            need = ",netdev=" + nd
        elif drv in ("virtio-blk-pci", "nvme"):
            node = self.new("hd")
            steps.append({"qmp": {"execute": "blockdev-add", "arguments": {"driver": "null-co", "node-name": node}}})
            self.nodes.append(node)
            need = ",drive=" + node + (",serial=s" + node if drv == "nvme" else "")
        steps.append(self.add("%s,bus=%s,id=%s%s" % (drv, port, i, need), q))
        self.hot.append(i)
        return steps

    def serial_port(self):
        r, steps = self.r, []
        q = r.random() < 0.4
        c = self.new("hc")
        steps.append(r.choice([{"qmp": {"execute": "chardev-add", "arguments": {"id": c, "backend": {"type": r.choice(["null", "ringbuf"]), "data": {}}}}},
                               {"hmp": "chardev-add ringbuf,id=" + c}]))
        self.chardevs.append(c)
        if not self.m.serial and not getattr(self, "vser", None):
            self.vser = self.new("hvser")
            steps.append(self.add("virtio-serial-pci,id=" + self.vser, q))
        i = self.new("port")
        steps.append(self.add("%s,chardev=%s,id=%s%s" % (r.choice(["virtserialport", "virtconsole"]), c, i,
                                                         r.choice(["", "", ",name=org.qemu.guest_agent.0", ",nr=3"])), q))
        self.hot.append(i)
        self.removable.append(i)
        return steps

    def device(self):
        r = self.r
        k = r.random()
        if k < (0.5 if getattr(self, "numa", False) or getattr(self, "heavy", False) else 0.3) and self.mem:
            return self.memory()
        if k < 0.45 and self.x86 and "q35" in self.m.args[1]:
            return self.port_device()
        if k < 0.55:
            return self.serial_port()
        before = len(self.hot)
        steps = R43.device(self)
        new = self.hot[before:]
        # USB devices and SCSI disks leave at once on every machine.
        for st in steps:
            spec = st.get("hmp", "") or json.dumps(st.get("qmp", {}))
            for i in new:
                if ("id=" + i in spec or '"id": "%s"' % i in spec) and any(w in spec for w in ("usb-kbd", "usb-tablet", "usb-mouse", "scsi-hd", "scsi-cd")):
                    self.removable.append(i)
        return steps

    def cpu_mistake(self, slots_all):
        r, x86 = self.r, self.x86
        c = r.randrange(5)
        if x86:
            drv = "qemu64-x86_64-cpu"
            a = r.choice([{"socket-id": 0, "core-id": 0, "thread-id": 0}, {"socket-id": 9, "core-id": 0, "thread-id": 0},
                          {"socket-id": 0}, {"socket-id": 1, "core-id": 0, "thread-id": 0, "node-id": 3}, {}])
            if c == 0:
                return {"hmp": "device_del " + r.choice(["cpu0", "/machine/unattached/device[0]"])}
        else:
            drv = "power9_v2.0-spapr-cpu-core"
            a = r.choice([{"core-id": 0}, {"core-id": 9}, {"core-id": 3 if len(slots_all) < 3 else 1}, {}, {"core-id": 1, "nr-threads": 2}])
            if c == 0:
                return {"qmp": {"execute": "device_del", "arguments": {"id": "/machine/unattached/device[1]"}}}
        if c == 1:
            drv = r.choice(["host-x86_64-cpu", "qemu64-cpu", "max-x86_64-cpu"] if x86 else ["power8_v2.0-spapr-cpu-core", "host-spapr-cpu-core"])
        i = self.new("bad")
        if r.random() < 0.5:
            return {"hmp": "device_add %s,id=%s%s" % (drv, i, "".join(",%s=%d" % kv for kv in a.items()))}
        return {"qmp": {"execute": "device_add", "arguments": dict(driver=drv, id=i, **a)}}

    def backend(self):
        """A backend removed, in use or not, or one made twice."""
        r = self.r
        c = r.randrange(6)
        if getattr(self, "heavy", False) and self.mems and c < 3:
            c = 6
        if c == 0 and self.mems:
            b = r.choice(self.mems)
            return r.choice([{"hmp": "object_del " + b}, {"qmp": {"execute": "object-del", "arguments": {"id": b}}}])
        if c == 1 and self.netdevs:
            return {"hmp": "netdev_del " + r.choice(self.netdevs)}
        if c == 2 and self.chardevs:
            return r.choice([{"hmp": "chardev-remove " + r.choice(self.chardevs)},
                             {"qmp": {"execute": "chardev-remove", "arguments": {"id": r.choice(self.chardevs)}}}])
        if c == 3 and self.nodes:
            return {"qmp": {"execute": "blockdev-del", "arguments": {"node-name": r.choice(self.nodes)}}}
        if c == 4 and self.mems:
            return {"hmp": "object_add memory-backend-ram,id=%s,size=128M" % r.choice(self.mems)}
        if c == 6:
            # A backend's own properties, read and set after it was made.
            b = r.choice(self.mems)
            p = r.choice(["size", "policy", "host-nodes", "prealloc", "share", "merge", "dump", "reserve", "x-use-canonical-path-for-ramblock-id", "mem-path"])
            k = r.randrange(4)
            if k == 0:
                return {"hmp": "qom-get /objects/%s %s" % (b, p)}
            if k == 1:
                return {"qmp": {"execute": "qom-get", "arguments": {"path": "/objects/" + b, "property": p}}}
            if k == 2:
                return {"hmp": "qom-set /objects/%s %s" % (b, r.choice(["size 512M", "merge off", "dump off", "policy bind", "share on", "host-nodes 0"]))}
            return {"hmp": "qom-list /objects/" + b}
        return {"hmp": r.choice(["info memdev", "info chardev", "info network", "info block -n"])}


R44_QUERIES = QUERIES + ["query-hotpluggable-cpus", "query-cpus-fast", "query-hotpluggable-cpus", "query-memory-devices",
                         "query-acpi-ospm-status", "query-current-machine"]


re_usb_dev = re.compile(r"-device usb-(kbd|mouse|tablet|hub|storage)")


def r44_backend_twice(args):
    """A netdev, chardev or drive two devices name (the first rounds hold
    that start-up error)."""
    used = re.findall(r"(?:netdev|chardev1?|drive)=([a-z0-9]+)", " ".join(a for a in args if "," in a and not a.startswith(("user", "null", "ringbuf", "if=", "driver="))))
    return len(used) != len(set(used))


def r44_case(n, seed=440000, name="r44-", numa=False, heavy=False):
    tries = 0
    while True:
        r = random.Random(seed + 1000 * tries + n)
        tries += 1
        x86 = n % 3 != 2
        m, mach, maxcpus, slots, (sockets, cores, _) = cpu_machine(r, x86, R44_X86)
        slots_all = list(slots)
        mem = None
        if r.random() < 0.6 or numa or heavy:
            mem = r.choice(R44_MEM["x86" if x86 else "ppc"])
            m.args += ["-m", mem]
        if numa:
            half = {"512M": "256M", "1G": "512M", "2G": "1G"}[mem.split(",")[0]]
            m.args += ["-object", "memory-backend-ram,id=ram0,size=" + half, "-object", "memory-backend-ram,id=ram1,size=" + half,
                       "-numa", "node,nodeid=0,memdev=ram0", "-numa", "node,nodeid=1,memdev=ram1"]
            if r.random() < 0.5:
                m.args += ["-numa", ("cpu,node-id=1,socket-id=%d" % (sockets - 1) if sockets > 1 else "cpu,node-id=1,socket-id=0,core-id=%d" % (cores - 1))
                           if x86 else "cpu,node-id=1,core-id=%d" % (maxcpus - 1)]
        r.shuffle(slots)
        s = R44(r, x86, m, mem)
        s.numa = numa
        cold_plug_cpus(r, m, s, slots, x86)
        if x86 and "q35" in mach:
            for k in range(r.randint(0, 2)):
                m.args += ["-device", "pcie-root-port,id=rp%d,chassis=%d,slot=%d" % (k + 1, k + 1, k + 1)]
                m.ports.append("rp%d" % (k + 1))
        for _ in range(r.randint(1, 3)):
            (x86_device if x86 else ppc_device)(m)
        text = " ".join(m.args)
        if "=no" in text or "pc-dimm" in text or "virtio-mem" in text or "ide.2" in text or "index=4" in text or "index=300" in text \
                or "size=x" in text or "/33" in text or any(".%d," % k in text for k in (5, 6)) \
                or any(bad in text for bad in R43_REFUSED) or "pci-bridge" in text or "chassis=1,slot=1,bus" in text \
                or "multifunction" in text or "addr=0x1c" in text or "reg=0x71000100" in text or text.count("pvpanic") > 1 \
                or r44_backend_twice(m.args) or (re_usb_dev.search(text) and not re.search("xhci|[eou]hci", text)):
            continue
        s.__init__(r, x86, m, mem)
        s.numa, s.heavy = numa, heavy
        s.cpus = [a.split("id=")[1].split(",")[0] for a in m.args if a.startswith(("qemu64-x86_64-cpu", "power9_v2.0-spapr"))]
        s.n = 100
        s.balloon = "balloon" in text
        break
    views = (CPU_VIEWS_X if x86 else CPU_VIEWS_P) + ["info memory-devices", "info memdev", "info chardev", "info network"]
    if numa:
        views += ["info numa", "info numa", "info memory_size_summary", "info balloon"]
    steps = []
    hot_cores = []
    for _ in range(r.randint(6, 10)):
        c = r.random()
        if c < 0.14 and slots:
            slot = slots.pop()
            i = s.new("cpu" if x86 else "core")
            if x86:
                drv, a = "qemu64-x86_64-cpu", {"socket-id": slot[0], "core-id": slot[1], "thread-id": slot[2]}
            else:
                drv, a = "power9_v2.0-spapr-cpu-core", {"core-id": slot}
            if numa and r.random() < 0.6:
                a["node-id"] = r.choice([0, 1, 1, 2])
            if r.random() < 0.5:
                steps.append({"hmp": "device_add %s,id=%s,%s" % (drv, i, ",".join("%s=%d" % kv for kv in a.items()))})
            else:
                steps.append({"qmp": {"execute": "device_add", "arguments": dict(driver=drv, id=i, **a)}})
            s.cpus.append(i)
            hot_cores.append(i)
        elif c < 0.2:
            steps.append(s.cpu_mistake(slots_all))
        elif c < 0.42:
            steps += s.device()
        elif c < 0.54:
            if x86:
                pool = s.hot * 3 + s.cpus + m.ids
            else:
                pool = s.removable * 3 + [i for i in s.cpus if i not in hot_cores]
            if not pool:
                continue
            v = r.choice(pool)
            q = r.random() < 0.5
            steps.append({"qmp": {"execute": "device_del", "arguments": {"id": v}}} if q else {"hmp": "device_del " + v})
            if v in s.removable or r.random() < 0.5:
                for lst in (s.hot, s.cpus, m.ids, s.removable, s.dimms):
                    if v in lst:
                        lst.remove(v)
            steps.append(s.drain(q))
        elif c < (0.6 if heavy else 0.7):
            steps.append({"hmp": r.choice(views)} if r.random() < 0.6 else {"qmp": {"execute": r.choice(R44_QUERIES)}})
        elif c < (0.85 if heavy else 0.8):
            steps.append(s.backend())
        elif c < 0.88 and getattr(s, "vmem", None) and r.random() < 0.5:
            i = r.choice(s.vmem)
            v = r.choice(["128M", "0", "64M", "3M", "16G"])
            steps.append(r.choice([{"hmp": "qom-set %s requested-size %s" % (i, v)},
                                   {"qmp": {"execute": "qom-set", "arguments": {"path": "/machine/peripheral/" + i, "property": "requested-size", "value": v}}}]))
            steps.append(r.choice([{"hmp": "info memory-devices"}, {"qmp": {"execute": "query-memory-devices"}},
                                   {"hmp": "qom-get %s size" % i}]))
        elif c < 0.88:
            ids = s.hot + s.cpus
            if ids:
                i = r.choice(ids)
                p = r.choice(["type", "realized", "hotplugged", "hotpluggable", "parent_bus"] +
                             (["size", "addr", "slot", "memdev", "node"] if i in s.dimms else
                              ["core-id", "socket-id", "apic-id", "node-id"] if i in s.cpus else ["addr", "chardev", "netdev"]))
                steps.append(r.choice([{"hmp": "qom-get /machine/peripheral/%s %s" % (i, p)},
                                       {"qmp": {"execute": "qom-get", "arguments": {"path": "/machine/peripheral/" + i, "property": p}}}]))
            else:
                steps.append({"hmp": "info hotpluggable-cpus"})
        else:
            steps.append(s.mistake())
    corpus.case("x86_64" if x86 else "ppc64", name + str(n), *m.args, steps=steps)


for n in range(120):
    r44_case(n)


# Round 44n (r44-n, x3): the same sessions on two NUMA nodes made of
# memory backends (a socket or core given to node 1 now and then), CPUs
# plugged with a node-id (right, wrong, missing), DIMMs and on x86 virtio-mem
# into a node, virtio-mem's requested-size set, and what info numa says.
for n in range(40):
    r44_case(n, seed=445000, name="r44-n", numa=True)

# Round 44b (r44-b, x3): the same sessions weighted to memory: -m with
# slots always, DIMMs and backends made and removed more often, and the
# backends' own properties read, listed and set after they were made.
for n in range(40):
    r44_case(n, seed=447000, name="r44-b", heavy=True)

# Measured around round 44 (r44m-): how a virtio serial port's number is
# picked (the port map's lowest free bit, bit 0 kept for a console) and
# which of its errors wins.
def r44m():
    bad = {"hmp": "device_add nosuch-device"}
    for b, mt in (("x86_64", "pc"), ("ppc64", "pseries")):
        corpus.case(b, "r44m-vser-max2", "-M", mt, "-device", "virtio-serial-pci,max_ports=2,id=vs", steps=[
            {"hmp": "device_add virtserialport,id=p1"}, {"hmp": "device_add virtserialport,id=p2"},
            {"hmp": "device_add virtconsole,id=k0"}, {"hmp": "device_add virtconsole,id=k1"},
            {"hmp": "device_del p1"}, bad, {"hmp": "device_add virtserialport,id=p3"}, {"hmp": "info qtree"}])
    many = []
    for k in range(1, 31):
        many += ["-device", "virtserialport,bus=vs.0,id=s%d" % k]
    corpus.case("x86_64", "r44m-vser-full31", "-M", "pc", "-device", "virtio-serial-pci,id=vs", *many, steps=[
        {"hmp": "device_add virtserialport,id=extra"}, {"hmp": "device_add virtconsole,id=con"},
        {"hmp": "device_add virtconsole,id=con2"}])
    corpus.case("x86_64", "r44m-vser-full32", "-M", "pc", "-device", "virtio-serial-pci,max_ports=32,id=vs", *many, steps=[
        {"hmp": "device_add virtserialport,id=s31"}, {"hmp": "device_add virtserialport,id=extra"},
        {"qmp": {"execute": "device_add", "arguments": {"driver": "virtserialport", "id": "extra2", "nr": 40}}},
        {"hmp": "device_add virtconsole,id=con"}, {"hmp": "device_add virtconsole,id=con2"}])
    corpus.case("x86_64", "r44m-vser-order", "-M", "pc", "-device", "virtio-serial-pci,max_ports=4,id=vs", "-device",
                "virtserialport,nr=1,name=a,id=p1", "-device", "virtconsole,id=k0", steps=[
                    {"hmp": "device_add virtserialport,nr=1,name=a,id=x1"}, {"hmp": "device_add virtserialport,nr=9,name=a,id=x2"},
                    {"hmp": "device_add virtserialport,nr=0,name=b,id=x3"}, {"hmp": "device_add virtserialport,nr=9,name=b,id=x4"},
                    {"hmp": "device_add virtserialport,name=a,id=x5"}, {"hmp": "device_del k0"}, bad,
                    {"hmp": "device_add virtserialport,nr=0,id=x6"}, {"hmp": "device_add virtserialport,id=x7"},
                    {"hmp": "device_add virtconsole,id=k1"}, {"hmp": "info qtree"}])

    # virtio-mem's own QOM properties after realize (size, requested-size,
    # block-size: virtio_mem_set_requested_size checks a new value against
    # the block size and the backend), and which unplug check wins.
    vm = ["-m", "1G,slots=2,maxmem=4G", "-object", "memory-backend-ram,id=vb,size=256M"]
    sets = [("hmp", v) for v in ("64M", "3M", "1M", "512M", "256M", "abc", "-1", "0")] + \
           [("qmp", v) for v in (67108864, 3145728, "64M", -2097152, 0)]
    steps = [{"hmp": "device_add virtio-mem-pci,id=vm1,memdev=vb,requested-size=128M"}]
    for how, v in sets:
        if how == "hmp":
            steps.append({"hmp": "qom-set vm1 requested-size %s" % v})
        else:
            steps.append({"qmp": {"execute": "qom-set", "arguments": {"path": "/machine/peripheral/vm1", "property": "requested-size", "value": v}}})
        steps.append({"hmp": "qom-get vm1 requested-size"})
    steps += [{"hmp": "qom-get vm1 size"}, {"hmp": "qom-get vm1 block-size"},
              {"qmp": {"execute": "qom-get", "arguments": {"path": "/machine/peripheral/vm1", "property": "size"}}},
              {"hmp": "qom-set vm1 block-size 4M"}, {"hmp": "qom-set vm1 size 0"}, {"hmp": "qom-set -j vm1 requested-size 8388608"},
              {"hmp": "info memory-devices"}, {"qmp": {"execute": "query-memory-devices"}}, {"hmp": "device_del vm1"},
              {"hmp": "qom-set vm1 requested-size 0"}, {"hmp": "device_del vm1"}, {"hmp": "device_add nosuch-device"}]
    corpus.case("x86_64", "r44m-vmem-set", "-M", "pc", *vm, steps=steps)
    for mt in ("pc-i440fx-6.2", "pc-i440fx-7.0", "pc-q35-8.0", "pc"):
        for be in ("memory-backend-ram,id=vb,size=256M", "memory-backend-ram,id=vb,size=256M,share=on"):
            corpus.case("x86_64", "r44m-vmem-del-%s%s" % (mt, "-share" if "share" in be else ""), "-M", mt, "-m", "1G,slots=2,maxmem=4G",
                        "-object", be, steps=[{"hmp": "device_add virtio-mem-pci,id=vm1,memdev=vb"}, {"hmp": "device_del vm1"},
                                              {"hmp": "qom-set vm1 requested-size 64M"}, {"hmp": "device_del vm1"},
                                              {"hmp": "qom-get vm1 unplugged-inaccessible"}, {"hmp": "device_add nosuch-device"}])
    corpus.case("x86_64", "r44m-vmem-typed", "-M", "pc", *vm, steps=[
        {"qmp": {"execute": "device_add", "arguments": {"driver": "virtio-mem-pci", "id": "vm1", "memdev": "vb", "requested-size": "64M"}}},
        {"qmp": {"execute": "device_add", "arguments": {"driver": "virtio-mem-pci", "id": "vm2", "memdev": "vb", "requested-size": -1}}},
        {"qmp": {"execute": "device_add", "arguments": {"driver": "virtio-mem-pci", "id": "vm3", "memdev": "vb", "block-size": "2097152"}}},
        {"qmp": {"execute": "device_add", "arguments": {"driver": "virtio-mem-pci", "id": "vm4", "memdev": "vb", "requested-size": 67108864, "block-size": 2097152}}},
        {"hmp": "info memory-devices"}])

    # A memory backend's own properties read back (host_memory_backend's
    # getters and each kind's), as made with defaults or with values, on
    # a machine whose mem-merge and dump-guest-core are on or off; then a
    # few set after it was made.
    props = ["size", "merge", "dump", "prealloc", "prealloc-threads", "prealloc-context", "reserve", "share", "host-nodes",
             "policy", "x-use-canonical-path-for-ramblock-id", "mem-path", "align", "offset", "discard-data", "pmem", "readonly",
             "rom", "hugetlb", "hugetlbsize", "seal", "guest-memfd", "type", "nosuch"]
    kinds = [("ram", "memory-backend-ram,id=mb,size=64M"), ("file", "memory-backend-file,id=mb,size=64M,mem-path=/dev/shm"),
             ("memfd", "memory-backend-memfd,id=mb,size=64M"),
             ("ram-set", "memory-backend-ram,id=mb,size=64M,merge=off,dump=off,share=on,reserve=off,policy=default,prealloc-threads=2"),
             ("file-set", "memory-backend-file,id=mb,size=64M,mem-path=/dev/shm,align=2M,discard-data=on,share=on,readonly=off"),
             ("memfd-set", "memory-backend-memfd,id=mb,size=64M,seal=off,share=off")]
    for tag, spec in kinds:
        for b, mt in (("x86_64", "pc"), ("ppc64", "pseries")):
            if b == "ppc64" and tag not in ("ram", "file-set"):
                continue
            steps = [{"hmp": "object_add " + spec}, {"qmp": {"execute": "qom-list", "arguments": {"path": "/objects/mb"}}}]
            steps += [{"hmp": "qom-get /objects/mb " + p} for p in props]
            corpus.case(b, "r44m-memobj-" + tag, "-M", mt, steps=steps)
    corpus.case("x86_64", "r44m-memobj-machine-off", "-M", "pc,mem-merge=off,dump-guest-core=off", steps=[
        {"hmp": "object_add memory-backend-ram,id=mb,size=64M"}, {"hmp": "qom-get /objects/mb merge"}, {"hmp": "qom-get /objects/mb dump"},
        {"hmp": "qom-get /objects/pc.ram merge"}, {"hmp": "qom-get /objects/pc.ram dump"}, {"hmp": "qom-get /objects/pc.ram size"},
        {"hmp": "qom-get /objects/pc.ram x-use-canonical-path-for-ramblock-id"}])
    corpus.case("x86_64", "r44m-memobj-old", "-M", "pc-i440fx-4.0", "-object", "memory-backend-file,id=mf,size=64M,mem-path=/dev/shm",
                "-object", "memory-backend-ram,id=mr,size=64M", steps=[
                    {"hmp": "qom-get /objects/mf x-use-canonical-path-for-ramblock-id"},
                    {"hmp": "qom-get /objects/mr x-use-canonical-path-for-ramblock-id"}])
    corpus.case("x86_64", "r44m-memobj-qmp", "-M", "pc", steps=[
        {"qmp": {"execute": "object-add", "arguments": {"qom-type": "memory-backend-ram", "id": "mb", "size": 67108864, "host-nodes": [0], "policy": "bind"}}},
        {"qmp": {"execute": "qom-get", "arguments": {"path": "/objects/mb", "property": "host-nodes"}}},
        {"qmp": {"execute": "qom-get", "arguments": {"path": "/objects/mb", "property": "policy"}}},
        {"qmp": {"execute": "qom-get", "arguments": {"path": "/objects/mb", "property": "size"}}},
        {"qmp": {"execute": "qom-get", "arguments": {"path": "/objects/mb", "property": "merge"}}},
        {"hmp": "info memdev"}])
    sets = ["size 128M", "merge off", "dump off", "share on", "reserve off", "policy bind", "host-nodes 0", "prealloc-threads 4",
            "x-use-canonical-path-for-ramblock-id on", "mem-path /tmp", "align 4096", "discard-data on", "readonly on", "seal off"]
    for tag, spec in (("ram", "memory-backend-ram,id=mb,size=64M"), ("file", "memory-backend-file,id=mb,size=64M,mem-path=/dev/shm")):
        steps = [{"hmp": "object_add " + spec}]
        for st in sets:
            steps += [{"hmp": "qom-set /objects/mb " + st}, {"hmp": "qom-get /objects/mb " + st.split()[0]}]
        corpus.case("x86_64", "r44m-memobj-set-" + tag, "-M", "pc", steps=steps)
    odd = ["policy nosuch", "host-nodes 999", "host-nodes abc", "host-nodes 0-1", "prealloc-threads 0", "prealloc-threads -1",
           "prealloc on", "prealloc off", "rom on", "hugetlbsize 2M", "seal on", "hugetlb on", "merge maybe", "dump 1"]
    steps = [{"hmp": "object_add memory-backend-memfd,id=mb,size=64M"}]
    for st in odd:
        steps += [{"hmp": "qom-set /objects/mb " + st}, {"hmp": "qom-get /objects/mb " + st.split()[0]}]
    steps += [{"qmp": {"execute": "qom-set", "arguments": {"path": "/objects/mb", "property": p, "value": v}}}
              for p, v in (("host-nodes", [0]), ("policy", "preferred"), ("merge", "off"), ("merge", False), ("prealloc-threads", "2"),
                           ("prealloc-threads", 3), ("policy", 1), ("host-nodes", 0), ("size", 1))]
    steps += [{"hmp": "info memdev"}, {"qmp": {"execute": "query-memdev"}}, {"hmp": "qom-set /objects/pc.ram merge off"},
              {"hmp": "qom-set /objects/pc.ram size 1G"}, {"hmp": "qom-get /objects/pc.ram merge"}]
    corpus.case("x86_64", "r44m-memobj-odd", "-M", "pc", steps=steps)
    # What a learner reads of a plugged virtio-mem and DIMM beside it.
    corpus.case("x86_64", "r44m-vmem-look", "-M", "pc", "-m", "1G,slots=2,maxmem=4G", "-object", "memory-backend-ram,id=vb,size=256M",
                "-object", "memory-backend-ram,id=db,size=128M", steps=[
                    {"hmp": "device_add virtio-mem-pci,id=vm1,memdev=vb,requested-size=64M"}, {"hmp": "device_add pc-dimm,id=d1,memdev=db"},
                    {"hmp": "qom-get vm1 memaddr"}, {"hmp": "qom-set vm1 memaddr 0x200000000"}, {"hmp": "qom-get vm1 node"},
                    {"hmp": "qom-get vm1 memdev"}, {"hmp": "qom-get vm1 unplugged-inaccessible"}, {"hmp": "qom-get vm1 prealloc"},
                    {"hmp": "qom-set vm1 requested-size 128M"}, {"hmp": "info memory_size_summary"}, {"hmp": "info memdev"},
                    {"qmp": {"execute": "query-memory-size-summary"}}, {"hmp": "qom-get d1 size"}, {"hmp": "qom-set d1 node 0"},
                    {"hmp": "object_del vb"}, {"hmp": "object_del db"}, {"qmp": {"execute": "query-acpi-ospm-status"}},
                    {"hmp": "info numa"}])
    corpus.case("ppc64", "r44m-dimm-look", "-M", "pseries", "-m", "1G,slots=2,maxmem=4G", "-object", "memory-backend-ram,id=db,size=256M",
                steps=[{"hmp": "device_add pc-dimm,id=d1,memdev=db"}, {"hmp": "qom-get d1 addr"}, {"hmp": "qom-get d1 size"},
                       {"hmp": "info memory_size_summary"}, {"hmp": "info numa"}, {"hmp": "object_del db"}, {"hmp": "device_del d1"},
                       {"hmp": "device_add nosuch-device"}, {"hmp": "object_del db"}, {"hmp": "info memory-devices"},
                       {"hmp": "info memory_size_summary"}, {"hmp": "info memdev"}])


r44m()

# Round 45 (r45-, lead): fresh draws of the first round's machines, of
# rounds 2, 3, 9, 13, 15 and 16, of the seventh's libvirt-like lines and of
# round 44's sessions, from seeds none used, on a new recording machine: to
# measure first replay.
for n in range(15):
    case(n, n % 10 < 6, seed=450000, name="r45-a%d" % n)
r2_cases(15, seed=451000, name="r45-b")
redraw((r3_case, 10, 452000, "r45-c"), (r9_case, 10, 453000, "r45-d"), (r13_case, 10, 454000, "r45-e"),
       (r15_case, 10, 455000, "r45-f"), (r16_case, 10, 456000, "r45-g"))
r7_cases(15, seed=457000, name="r45-h")
for n in range(25):
    r44_case(n, seed=458000, name="r45-i")

# Measured while fixing round 45 (r45m-): which interrupt controller a QOM
# walk meets first (info irq, info pic) on pc and q35, with and without a
# memory region more under /machine (-m maxmem, a NUMA memdev) and acpi=off.
for mach in ("q35", "pc"):
    for tag, extra in (("base", []), ("maxmem", ["-m", "512,slots=2,maxmem=2G"]),
                       ("numa", ["-object", "memory-backend-ram,id=r0,size=128M", "-numa", "node,memdev=r0"]),
                       ("both", ["-m", "128M,slots=2,maxmem=2G", "-object", "memory-backend-ram,id=r0,size=128M", "-numa", "node,memdev=r0"]),
                       ("acpioff", ["-machine", "acpi=off"]), ("acpioffmax", ["-machine", "acpi=off", "-m", "512,slots=2,maxmem=2G"]),
                       ("maxmem-smp2", ["-m", "512,slots=2,maxmem=2G", "-smp", "2"])):
        corpus.case("x86_64", "r45m-irq-%s-%s" % (mach, tag), "-M", mach, *extra, steps=[{"hmp": "info irq"}, {"hmp": "info pic"}])


# Measured for helper o5 (o5-): /machine's own QOM hash table on pc and q35,
# whose order qom-list /machine shows and a QOM walk (info irq, info pic)
# follows: the properties a configuration adds to /machine or drops from it
# (-m maxmem's device-memory[0], a NUMA memdev's pc.ram[0], acpi=off's
# acpi-device, a used pflash's alias, cxl's host region), versioned types
# and isapc.
def o5_cases():
    mem = ["-object", "memory-backend-ram,id=r0,size=128M", "-numa", "node,memdev=r0"]
    configs = (("base", []), ("maxmem", ["-m", "512,slots=2,maxmem=2G"]), ("numa", mem),
               ("numa2", ["-m", "256M", "-object", "memory-backend-ram,id=r0,size=128M", "-object", "memory-backend-ram,id=r1,size=128M",
                          "-numa", "node,memdev=r0", "-numa", "node,memdev=r1"]),
               ("both", ["-m", "128M,slots=2,maxmem=2G"] + mem), ("acpioff", ["-machine", "acpi=off"]),
               ("acpioff-max", ["-machine", "acpi=off", "-m", "512,slots=2,maxmem=2G"]), ("acpioff-numa", ["-machine", "acpi=off"] + mem),
               ("acpioff-both", ["-machine", "acpi=off", "-m", "128M,slots=2,maxmem=2G"] + mem),
               ("nvdimm", ["-machine", "nvdimm=on", "-m", "512,slots=2,maxmem=2G"]), ("nvdimm-only", ["-machine", "nvdimm=on"]),
               ("smmoff", ["-machine", "smm=off"]), ("cxl", ["-machine", "cxl=on"]),
               ("membackend", ["-object", "memory-backend-ram,id=mb,size=128M", "-machine", "memory-backend=mb", "-m", "128M"]),
               ("maxmem-noslots", ["-m", "512M,maxmem=2G"]),
               ("pflash", ["-blockdev", "driver=null-co,node-name=f0,size=1M,read-zeroes=on", "-machine", "pflash0=f0"]),
               ("pflash-n", ["-blockdev", "driver=null-co,node-name=f0,size=1048576,read-zeroes=on", "-machine", "pflash0=f0"]),
               ("lean", ["-machine", "hpet=off,sata=off,smbus=off,i8042=off,vmport=off,pit=off,pic=off"]),
               ("hmat", ["-machine", "hmat=on"] + mem))
    steps = [{"hmp": "qom-list /machine"}, {"hmp": "info irq"}, {"hmp": "info pic"}]
    for mach in ("pc", "q35"):
        for tag, extra in configs:
            corpus.case("x86_64", "o5-qom-%s-%s" % (mach, tag), "-M", mach, *extra, steps=steps)
    for mach in ("pc-i440fx-2.4", "pc-q35-2.4", "pc-i440fx-5.2", "pc-q35-6.2", "pc-i440fx-7.2", "pc-q35-7.2", "isapc"):
        corpus.case("x86_64", "o5-qom-%s" % mach, "-M", mach, steps=steps)
        corpus.case("x86_64", "o5-qom-%s-maxmem" % mach, "-M", mach, "-m", "512,slots=2,maxmem=2G", steps=steps)


o5_cases()


# o5's check of the model (o5-qom-mix-): combinations none of the cases
# above measured, recorded after the order was fixed, to see it predict them.
def o5_mix_cases():
    mem = ["-object", "memory-backend-ram,id=r0,size=128M", "-numa", "node,memdev=r0"]
    flash = ["-blockdev", "driver=null-co,node-name=f0,size=1048576,read-zeroes=on",
             "-blockdev", "driver=null-co,node-name=f1,size=65536,read-zeroes=on", "-machine", "pflash0=f0,pflash1=f1"]
    combos = (("all", ["-machine", "cxl=on,nvdimm=on", "-m", "128M,slots=2,maxmem=2G"] + mem),
              ("cxl-max", ["-machine", "cxl=on", "-m", "512,slots=2,maxmem=2G"]),
              ("cxl-numa", ["-machine", "cxl=on"] + mem),
              ("nvdimm-numa", ["-machine", "nvdimm=on"] + mem),
              ("acpioff-nvdimm", ["-machine", "acpi=off,nvdimm=on"]),
              ("smmoff-max", ["-machine", "smm=off", "-m", "512,slots=2,maxmem=2G"]),
              ("smmoff-numa", ["-machine", "smm=off"] + mem),
              ("flash2", flash), ("flash2-max", flash + ["-m", "512,slots=2,maxmem=2G"]),
              ("flash-numa", ["-blockdev", "driver=null-co,node-name=f0,size=1048576,read-zeroes=on", "-machine", "pflash0=f0"] + mem),
              ("acpioff-cxl", ["-machine", "acpi=off,cxl=on"]))
    steps = [{"hmp": "qom-list /machine"}, {"hmp": "info irq"}, {"hmp": "info pic"}]
    for mach in ("pc", "q35"):
        for tag, extra in combos:
            corpus.case("x86_64", "o5-qom-mix-%s-%s" % (mach, tag), "-M", mach, *extra, steps=steps)


o5_mix_cases()


# o5's old machine types (o5-qom-old-): 7.2's pc-i440fx-1.4 to 2.3 (gone
# from 10.0) and q35's oldest, bare, with maxmem and with a NUMA memdev.
def o5_old_cases():
    steps = [{"hmp": "qom-list /machine"}, {"hmp": "info irq"}, {"hmp": "info pic"}]
    for mach in ("pc-i440fx-1.4", "pc-i440fx-1.7", "pc-i440fx-2.0", "pc-i440fx-2.2", "pc-i440fx-2.3", "pc-q35-2.5", "pc-i440fx-2.6"):
        corpus.case("x86_64", "o5-qom-old-%s" % mach, "-M", mach, steps=steps)
        corpus.case("x86_64", "o5-qom-old-%s-maxmem" % mach, "-M", mach, "-m", "512,slots=2,maxmem=2G", steps=steps)
        corpus.case("x86_64", "o5-qom-old-%s-numa" % mach, "-M", mach, "-object", "memory-backend-ram,id=r0,size=128M",
                    "-numa", "node,memdev=r0", steps=steps)


o5_old_cases()


# Round 46 (r46-, lead): fresh draws of rounds 4, 6, 8, 11, 12 and 43 and of
# round 44's NUMA and heavy sessions, from seeds none used, on a new recording
# machine: to measure first replay.
redraw((r4_case, 12, 460000, "r46-a"), (r6_case, 12, 461000, "r46-b"), (r8_case, 12, 462000, "r46-c"),
       (r11_case, 10, 463000, "r46-d"), (r12_case, 10, 464000, "r46-e"), (r43_case, 14, 465000, "r46-f"))
for n in range(10):
    r44_case(n, seed=466000, name="r46-g", numa=True)
for n in range(10):
    r44_case(n, seed=467000, name="r46-h", heavy=True)


# Measured while fixing round 46 (r46m-): QEMU 10.0 aborts in system_reset
# while a virtio-balloon-pci's unplug request is pending on x86 (pc's ACPI
# hotplug, behind a bridge, in a q35 root port; cold- or hot-plugged; HMP
# or QMP); 7.2 resets, and so does pseries (no request pends there). A
# failed device_add after the reset drains what the reset ejected.
def r46m():
    drain = [{"hmp": "device_add nosuch-device"}, {"hmp": "info status"}]
    for tag, args, pre in (
            ("pc-cold", ["-M", "pc", "-device", "virtio-balloon-pci,id=m1"], []),
            ("pc-hot", ["-M", "pc"], [{"hmp": "device_add virtio-balloon-pci,id=m1"}]),
            ("pc-trans", ["-M", "pc", "-device", "virtio-balloon-pci-transitional,id=m1"], []),
            ("pc-bridge", ["-M", "pc", "-device", "pci-bridge,chassis_nr=1,id=br1", "-device", "virtio-balloon-pci,bus=br1,addr=3,id=m1"], []),
            ("q35-rp", ["-M", "q35", "-device", "pcie-root-port,id=rp1,chassis=1", "-device", "virtio-balloon-pci,bus=rp1,id=m1"], []),
            ("q35-pcie0", ["-M", "q35", "-device", "virtio-balloon-pci,id=m1"], []),
            ("pc-e1000", ["-M", "pc", "-device", "e1000,id=m1"], [])):
        corpus.case("x86_64", "r46m-balloon-reset-" + tag, *args, steps=pre + [{"hmp": "device_del m1"}, {"hmp": "system_reset"}] + drain)
    corpus.case("x86_64", "r46m-balloon-reset-qmp", "-M", "pc", "-device", "virtio-balloon-pci,id=m1",
                steps=[qmp("device_del", id="m1"), qmp("system_reset"), qmp("query-status")])
    corpus.case("x86_64", "r46m-balloon-reset-two", "-M", "pc", "-device", "virtio-balloon-pci,id=m1", "-device", "e1000,id=n1",
                steps=[{"hmp": "device_del n1"}, {"hmp": "device_del m1"}, {"hmp": "system_reset"}] + drain)
    corpus.case("x86_64", "r46m-balloon-nodel", "-M", "pc", "-device", "virtio-balloon-pci,id=m1",
                steps=[{"hmp": "system_reset"}, {"hmp": "device_del m1"}, {"hmp": "info status"}])
    corpus.case("ppc64", "r46m-balloon-reset-pseries", "-M", "pseries", "-device", "virtio-balloon-pci,id=m1",
                steps=[{"hmp": "device_del m1"}, {"hmp": "system_reset"}] + drain)


r46m()


# Round 47 (r47-, lead): fresh draws of the first round's machines and of
# rounds 2, 3, 7, 9, 13, 15 and 16, from seeds none used.
for n in range(12):
    case(n, n % 10 < 6, seed=470000, name="r47-a%d" % n)
r2_cases(12, seed=471000, name="r47-b")
redraw((r3_case, 12, 472000, "r47-c"), (r9_case, 12, 473000, "r47-d"), (r13_case, 12, 474000, "r47-e"),
       (r15_case, 12, 475000, "r47-f"), (r16_case, 12, 476000, "r47-g"))
r7_cases(12, seed=477000, name="r47-h")


# Measured while fixing round 47 (r47m-): a -global on pc-dimm's node and
# slot is what realize and pre_plug read when the device's own options
# leave them (cold- and hot-plugged, nvdimm too, pc and pseries).
def r47m():
    mem = ["-m", "1G,slots=4,maxmem=8G", "-object", "memory-backend-ram,id=m1,size=128M", "-object", "memory-backend-ram,id=m2,size=256M"]
    numa = ["-object", "memory-backend-ram,id=r0,size=512M", "-object", "memory-backend-ram,id=r1,size=512M",
            "-numa", "node,nodeid=0,memdev=r0", "-numa", "node,nodeid=1,memdev=r1"]
    look = [{"hmp": "info memory-devices"}, {"qmp": {"execute": "query-memory-devices"}}]
    for tag, args, steps in (
            ("node-bad", ["-M", "pc"] + mem + ["-global", "pc-dimm.node=1", "-device", "pc-dimm,memdev=m1,id=d1"], look),
            ("node-own", ["-M", "pc"] + mem + ["-global", "pc-dimm.node=1", "-device", "pc-dimm,memdev=m1,id=d1,node=0"], look),
            ("node-numa", ["-M", "pc"] + mem + numa + ["-global", "pc-dimm.node=1", "-device", "pc-dimm,memdev=m1,id=d1"], look),
            ("node-hot", ["-M", "pc"] + mem + ["-global", "pc-dimm.node=3"],
             [{"hmp": "device_add pc-dimm,memdev=m2,id=d2"}, {"hmp": "device_add pc-dimm,memdev=m2,id=d3,node=0"}] + look),
            ("slot", ["-M", "pc"] + mem + ["-global", "pc-dimm.slot=2", "-device", "pc-dimm,memdev=m1,id=d1"],
             [{"hmp": "device_add pc-dimm,memdev=m2,id=d2"}, {"hmp": "device_add pc-dimm,memdev=m2,id=d3,slot=1"}] + look),
            ("slot-bad", ["-M", "pc"] + mem + ["-global", "pc-dimm.slot=7", "-device", "pc-dimm,memdev=m1,id=d1"], look),
            ("nvdimm-node", ["-M", "pc,nvdimm=on"] + mem + ["-global", "pc-dimm.node=2", "-device", "nvdimm,memdev=m1,id=n1"], look),
            ("q35-slot", ["-M", "q35"] + mem + ["-global", "pc-dimm.slot=3"], [{"hmp": "device_add pc-dimm,memdev=m1,id=d1"}] + look)):
        corpus.case("x86_64", "r47m-dimm-global-" + tag, *args, steps=steps)
    corpus.case("ppc64", "r47m-dimm-global-pseries-node", "-M", "pseries", "-m", "1G,slots=4,maxmem=8G",
                "-object", "memory-backend-ram,id=m1,size=256M", "-global", "pc-dimm.node=1", steps=[
                    {"hmp": "device_add pc-dimm,memdev=m1,id=d1"}] + look)


r47m()


# Round 48 (r48-, lead): fresh draws of rounds 4, 6, 8, 11, 12, 43 and 44,
# from seeds none used.
redraw((r4_case, 12, 480000, "r48-a"), (r6_case, 12, 481000, "r48-b"), (r8_case, 12, 482000, "r48-c"),
       (r11_case, 12, 483000, "r48-d"), (r12_case, 12, 484000, "r48-e"), (r43_case, 16, 485000, "r48-f"))
for n in range(16):
    r44_case(n, seed=486000, name="r48-g")

# Round 49 (r49-, lead): the first fresh draws of rounds 5 (non-CPU devices
# hot-plugged and removed beside the CPUs) and 14 (the whole QOM tree), and
# more of rounds 2, 7, 15 and 16, from seeds none used.
redraw((r5_case, 18, 490000, "r49-a"), (r14_case, 18, 491000, "r49-b"), (r15_case, 10, 492000, "r49-c"),
       (r16_case, 10, 493000, "r49-d"))
r2_cases(10, seed=494000, name="r49-e")
r7_cases(10, seed=495000, name="r49-f")


# Measured while fixing round 49 (r49m-): a BlockBackend's "Attached to"
# once its device is unparented (device_del that unplugs at once) but not
# yet finalized: the holder's id, or nothing for one without (a proxy's
# virtio-backend, usb-storage's legacy[0] SCSI disk, a device without an
# id), and "<anonymous>" for a nameless one without a node; and whether a
# PCI device_add on pseries delivers a pending USB or virtio serial port's
# DEVICE_DELETED.
def r49m():
    blk = [{"hmp": "info block"}, qmp("query-block")]
    corpus.case("ppc64", "r49m-attach-ps-vblk", "-M", "pseries", steps=[
        {"hmp": "drive_add 0 if=none,id=d0,driver=null-co,node-name=n0"}, {"hmp": "device_add virtio-blk-pci,drive=d0,id=vd0"},
        {"hmp": "device_del vd0"}] + blk + [{"hmp": "drive_del d0"}] + blk)
    corpus.case("ppc64", "r49m-attach-ps-vblk-node", "-M", "pseries", "-blockdev", "driver=null-co,node-name=n0", steps=[
        {"hmp": "device_add virtio-blk-pci,drive=n0,id=vd0"}, {"hmp": "device_del vd0"}] + blk)
    for tag, dev, path in (("id", "scsi-hd,drive=d0,id=sd0", "sd0"), ("noid", "scsi-hd,drive=d0", "/machine/peripheral-anon/device[0]")):
        corpus.case("x86_64", "r49m-attach-scsi-" + tag, "-M", "pc", "-device", "virtio-scsi-pci,id=s0",
                    "-drive", "if=none,id=d0,driver=null-co", "-device", dev, steps=[
                        {"hmp": "device_del " + path}] + blk + [{"hmp": "drive_del d0"}] + blk)
    corpus.case("x86_64", "r49m-attach-scsi-node", "-M", "q35", "-device", "virtio-scsi-pci,id=s0",
                "-blockdev", "driver=null-co,node-name=n0", "-device", "scsi-hd,drive=n0", steps=[
                    {"hmp": "device_del /machine/peripheral-anon/device[0]"}] + blk)
    corpus.case("x86_64", "r49m-attach-usb-storage", "-M", "q35", "-device", "qemu-xhci,id=x",
                "-drive", "if=none,id=d0,driver=null-co", "-device", "usb-storage,drive=d0,id=us0", steps=[
                    {"hmp": "device_del us0"}] + blk + [{"hmp": "drive_del d0"}] + blk)
    corpus.case("ppc64", "r49m-attach-ps-usb-storage", "-M", "pseries", "-device", "qemu-xhci,id=x", steps=[
        {"hmp": "drive_add 0 if=none,id=d0,driver=null-co"}, qmp("device_add", driver="usb-storage", drive="d0", id="us0"),
        qmp("device_del", id="us0"), {"hmp": "drive_del d0"}] + blk)
    look = [{"hmp": "info usb"}, {"hmp": "info pci"}, qmp("query-status")]
    corpus.case("ppc64", "r49m-drain-ps-usb", "-M", "pseries", "-device", "qemu-xhci,id=x", steps=[
        {"hmp": "device_add usb-kbd,id=k1"}, {"hmp": "device_del k1"}, {"hmp": "device_add e1000,id=n1"}] + look)
    corpus.case("ppc64", "r49m-drain-ps-usb-qmp", "-M", "pseries", "-device", "qemu-xhci,id=x", steps=[
        qmp("device_add", driver="usb-mouse", id="k1"), qmp("device_del", id="k1"), qmp("device_add", driver="virtio-rng-pci", id="r1")] + look)
    corpus.case("ppc64", "r49m-drain-ps-vserport", "-M", "pseries", "-device", "virtio-serial-pci,id=vs", "-chardev", "null,id=c1", steps=[
        {"hmp": "device_add virtserialport,chardev=c1,id=p1"}, {"hmp": "device_del p1"}, {"hmp": "device_add e1000,id=n1"}] + look)
    corpus.case("ppc64", "r49m-drain-ps-pci-and-usb", "-M", "pseries", "-device", "qemu-xhci,id=x", steps=[
        {"hmp": "device_add usb-kbd,id=k1"}, {"hmp": "device_add e1000,id=n0"}, {"hmp": "device_del k1"}, {"hmp": "device_del n0"},
        {"hmp": "device_add e1000,id=n1"}] + look)


r49m()


# Round 50 (r50-, lead): more fresh draws of rounds 5 and 14, and of rounds
# 6, 9, 12 and 43, from seeds none used.
redraw((r14_case, 20, 500000, "r50-a"), (r5_case, 20, 501000, "r50-b"), (r43_case, 14, 502000, "r50-c"),
       (r6_case, 12, 503000, "r50-d"), (r12_case, 10, 504000, "r50-e"), (r9_case, 10, 505000, "r50-f"))


# Measured while fixing round 50 (r50m-): a display device's graphic
# console keeps a strong link to it, so an unplugged display device is
# never finalized: no DEVICE_DELETED, whatever drains (pm-x-r50-c6's
# bochs-display ejected at reset). Other PCI devices beside them as a
# control.
def r50m():
    drain = [{"hmp": "device_add nosuch-device"}, {"hmp": "info pci"}, {"hmp": "info qom-tree /machine/peripheral"}]
    for dev in ("bochs-display", "virtio-gpu-pci", "secondary-vga", "cirrus-vga", "ati-vga", "VGA", "virtio-vga", "e1000", "ramfb"):
        corpus.case("x86_64", "r50m-display-reset-" + dev, "-M", "pc", "-vga", "none", "-device", dev + ",id=d1", steps=[
            {"hmp": "device_del d1"}, {"hmp": "system_reset"}] + drain + [{"hmp": "device_add " + dev + ",id=d1"}, {"hmp": "info pci"}])
    for dev in ("bochs-display", "virtio-gpu-pci", "VGA", "e1000"):
        corpus.case("ppc64", "r50m-display-ps-" + dev, "-M", "pseries", steps=[
            {"hmp": "device_add " + dev + ",id=d1"}, {"hmp": "device_del d1"}] + drain + [{"hmp": "device_add " + dev + ",id=d1"}])
    corpus.case("x86_64", "r50m-display-q35-rp", "-M", "pc-q35-5.2", "-device", "pcie-root-port,id=rp1,chassis=1", steps=[
        {"hmp": "device_add bochs-display,bus=rp1,id=d1"}, {"hmp": "device_del d1"}] + drain)
    corpus.case("x86_64", "r50m-display-qmp", "-M", "pc", "-vga", "none", "-device", "bochs-display,id=d1", "-device", "e1000,id=n1", steps=[
        qmp("device_del", id="d1"), qmp("device_del", id="n1"), qmp("system_reset"), qmp("device_add", driver="nosuch"), qmp("query-pci")])


r50m()


# Round 51 (r51-, lead): fresh draws of rounds 3, 9, 12, 14, 15 and 16, from
# seeds none used.
redraw((r14_case, 20, 510000, "r51-a"), (r15_case, 15, 511000, "r51-b"), (r16_case, 15, 512000, "r51-c"),
       (r3_case, 15, 513000, "r51-d"), (r9_case, 15, 514000, "r51-e"), (r12_case, 10, 515000, "r51-f"))


# Round 52 (r52-, lead): fresh draws of rounds 4, 8, 11 and 43 and of round
# 44's NUMA and heavy sessions, from seeds none used.
redraw((r43_case, 15, 520000, "r52-a"), (r8_case, 10, 521000, "r52-b"), (r11_case, 10, 522000, "r52-c"),
       (r4_case, 10, 523000, "r52-d"))
for n in range(10):
    r44_case(n, seed=524000, name="r52-e", numa=True)
for n in range(10):
    r44_case(n, seed=525000, name="r52-f", heavy=True)


# Round 53 (r53-, lead): fresh draws of rounds 5, 13, 14 and 16 and of rounds
# 2 and 7, from seeds none used.
redraw((r5_case, 20, 530000, "r53-a"), (r14_case, 15, 531000, "r53-b"), (r13_case, 10, 532000, "r53-c"),
       (r16_case, 10, 533000, "r53-d"))
r2_cases(10, seed=534000, name="r53-e")
r7_cases(10, seed=535000, name="r53-f")


# Round 54 (r54-, lead): fresh draws of rounds 3, 6, 8, 9, 12 and 15, from
# seeds none used.
redraw((r6_case, 15, 540000, "r54-a"), (r3_case, 15, 541000, "r54-b"), (r15_case, 15, 542000, "r54-c"),
       (r8_case, 10, 543000, "r54-d"), (r9_case, 10, 544000, "r54-e"), (r12_case, 10, 545000, "r54-f"))


# Measured while fixing round 54 (r54m-): pseries /machine's memory
# connectors (an LMB per 256 MiB above -m, a PMEM per slot from
# pseries-5.0) and its device-memory region, in qom-list's hash order.
def r54m():
    look = [{"hmp": "qom-list /machine"}, qmp("qom-list", path="/machine")]
    for tag, typ, mem, smp in (("4lmb", "pseries", "1G,maxmem=2G", "1"), ("half", "pseries", "512M,slots=2,maxmem=4G", "2,maxcpus=4"),
                               ("many", "pseries", "2G,slots=32,maxmem=64G", "1,maxcpus=8"), ("v42", "pseries-4.2", "1G,slots=4,maxmem=8G", "1"),
                               ("v31", "pseries-3.1", "1G,slots=2,maxmem=4G", "1"), ("equal", "pseries", "1G,maxmem=1G", "1"),
                               ("v72", "pseries-7.2", "3G,slots=1,maxmem=5G", "2,maxcpus=8")):
        corpus.case("ppc64", "r54m-lmb-" + tag, "-M", typ, "-m", mem, "-smp", smp, steps=look)
    corpus.case("ppc64", "r54m-lmb-tree", "-M", "pseries", "-m", "1G,slots=2,maxmem=2G", steps=[
        {"hmp": "info qom-tree /machine"}, {"hmp": "qom-list /machine/device-memory[0]"}])
    corpus.case("ppc64", "r54m-lmb-plug", "-M", "pseries", "-m", "1G,slots=2,maxmem=3G", "-smp", "1,maxcpus=2",
                "-object", "memory-backend-ram,id=m1,size=1G", steps=[
                    {"hmp": "device_add pc-dimm,memdev=m1,id=d1"}, {"hmp": "device_add host-spapr-cpu-core,core-id=1,id=c1"}] + look)


r54m()


# Round 55 (r55-, lead): fresh draws of rounds 43, 11, 13 and 4 and of
# rounds 2 and 7, from seeds none used.
redraw((r43_case, 15, 550000, "r55-a"), (r11_case, 12, 551000, "r55-b"), (r13_case, 12, 552000, "r55-c"),
       (r4_case, 12, 553000, "r55-d"))
r2_cases(10, seed=554000, name="r55-e")
r7_cases(10, seed=555000, name="r55-f")


# Round 56 (r56-, lead): fresh draws of rounds 5, 14, 16 and 6, from seeds
# none used.
redraw((r5_case, 20, 560000, "r56-a"), (r14_case, 20, 561000, "r56-b"), (r16_case, 15, 562000, "r56-c"),
       (r6_case, 15, 563000, "r56-d"))


# Round 57 (r57-, lead): fresh draws of rounds 15, 3, 9 and 12 and of round
# 44's NUMA and heavy sessions, from seeds none used.
redraw((r15_case, 15, 570000, "r57-a"), (r3_case, 15, 571000, "r57-b"), (r9_case, 12, 572000, "r57-c"),
       (r12_case, 10, 573000, "r57-d"))
for n in range(8):
    r44_case(n, seed=574000, name="r57-e", numa=True)
for n in range(8):
    r44_case(n, seed=575000, name="r57-f", heavy=True)


# Round 58 (r58-, lead): fresh draws of rounds 14, 5, 43, 8 and 11, from
# seeds none used.
redraw((r14_case, 20, 580000, "r58-a"), (r5_case, 15, 581000, "r58-b"), (r43_case, 15, 582000, "r58-c"),
       (r8_case, 10, 583000, "r58-d"), (r11_case, 10, 584000, "r58-e"))


# Measured while fixing round 58 (r58m-): 7.2 died of SIGSEGV at a
# virtio-rng-pci's device_add on pseries after a core's unplug and a USB
# controller's (pm-p-r58-c14); which of them it takes.
def r58m():
    core = [{"hmp": "device_add power9_v2.0-spapr-cpu-core,id=core1,core-id=3"}, {"hmp": "device_del core1"}]
    ehci = [qmp("device_del", id="usb1")]
    rng = [{"hmp": "object_add rng-builtin,id=hrng2"}, {"hmp": "device_add virtio-rng-pci,rng=hrng2,id=rng3"}]
    after = [{"hmp": "info pci"}, qmp("query-status")]
    base = ["-M", "pseries-7.2", "-cpu", "power9_v2.0", "-smp", "1,maxcpus=4"]
    usb = ["-device", "usb-ehci,id=usb1", "-device", "usb-tablet"]
    for tag, extra, steps in (("core-rng", [], core + rng), ("ehci-rng", usb, ehci + rng), ("both-rng", usb, core + ehci + rng),
                              ("core-e1000", [], core + [{"hmp": "device_add e1000,id=n1"}]),
                              ("core-rng-noobj", [], core + [{"hmp": "device_add virtio-rng-pci,id=rng3"}]),
                              ("ehci-only-rng", ["-device", "usb-ehci,id=usb1"], ehci + rng),
                              ("core-info", [], core + [{"hmp": "info qtree"}]),
                              ("core-object", [], core + [{"hmp": "object_add rng-builtin,id=hrng2"}]),
                              ("core-cont", [], core + [{"hmp": "device_add virtio-rng-pci,id=rng3"}, {"hmp": "cont"}])):
        corpus.case("ppc64", "r58m-" + tag, *base, *extra, steps=steps + after)


r58m()

corpus.write()
