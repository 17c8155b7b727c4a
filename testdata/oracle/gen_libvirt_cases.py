#!/usr/bin/env python3
"""Cases for the command lines people paste (issue 8): libvirt's lines for
q35, i440fx and pseries as libvirt 9-11 writes them (JSON -device,
-blockdev, -netdev and -object, -machine with usb=off,dump-guest-core=off,
memory-backend=, -overcommit, -no-shutdown, -boot strict=on, -rtc, -global,
-msg timestamp=on, -sandbox), blog and wiki lines (virtio-scsi, virtio-gpu,
qxl, usb-ehci with usb-storage, e1000e, virtio-net without vhost, rng,
balloon, i6300esb, HDA), each followed by the monitor commands a reader
tries next (info pci, info qtree, info block, info network, query-pci,
device_add). Pinned machine types run on both releases: 7.2's older
versions and 10.0 with 7.2-9.2 versions, whose compat properties change
device defaults (engine/compat). Disks are null-co nodes: no host files,
but round 3's -blockdev chains and round 4's OVMF pairs and Nova/KubeVirt
disks, whose images casegen.HostFiles writes under /tmp/hotplug-lab-lv3 and
/tmp/hotplug-lab-lv4 on the host and in the 10.0 chroot when this runs.

    python3 testdata/oracle/gen_libvirt_cases.py
    python3 ../shared/oracle/record.py testdata/oracle/libvirt_cases.jsonl -o /tmp/l1.jsonl   # twice
    python3 testdata/oracle/keep_identical.py /tmp/l1.jsonl /tmp/l2.jsonl testdata/oracle/libvirt.jsonl
    (10.0: PATH=/work/oracle-env/qbin:$PATH, output under testdata/oracle/v10.0/)

libvirt's own host state is left out: monitor sockets and tap devices by
fd, pty chardevs (their /dev/pts number), secrets in files."""
import json

from casegen import Corpus, HostFiles, hmp, qmp

corpus = Corpus("libvirt", "lv")
x, p = corpus.x, corpus.p


def j(**o):
    """A JSON option as libvirt writes it (no spaces, its key order)."""
    return json.dumps(o, separators=(",", ":"))


def dev(**o):
    return ["-device", j(**o)]


LOOK = hmp("info pci", "info qtree", "info block", "info network") + [qmp("query-pci")]
SHORT = hmp("info pci", "info network") + [qmp("query-pci")]

# libvirt's head of line (qemu:///session, TCG).
def head(machine, name="vm1", mem=1024, smp="2,sockets=2,cores=1,threads=1", extra=""):
    return ["-name", "guest=%s,debug-threads=on" % name,
            "-object", j(**{"qom-type": "secret", "id": "masterKey0", "format": "raw", "data": "aGVsbG8gd29ybGQgaGVsbG8gd29ybGQhIQ=="}),
            "-machine", machine + ",usb=off,dump-guest-core=off" + extra + ",memory-backend=%s.ram" % ("spapr" if machine.startswith("pseries") else "pc"),
            "-accel", "tcg", "-m", str(mem),
            "-object", j(**{"qom-type": "memory-backend-ram", "id": "%s.ram" % ("spapr" if machine.startswith("pseries") else "pc"), "size": mem << 20}),
            "-overcommit", "mem-lock=off", "-smp", smp, "-uuid", "4e9e6f21-8c6c-4a28-9f0e-3f7c1a2b5d10",
            "-no-user-config", "-nodefaults"]


def root_ports(n):
    out = []
    for i in range(n):
        o = {"driver": "pcie-root-port", "port": 16 + i, "chassis": 1 + i, "id": "pci.%d" % (i + 1), "bus": "pcie.0"}
        if i == 0:
            o["multifunction"] = True
        o["addr"] = "0x2" if i == 0 else "0x2.0x%x" % i
        out += dev(**o)
    return out


def disk(n, size=10737418240):
    return ["-blockdev", j(**{"driver": "null-co", "node-name": "libvirt-%d-storage" % n, "size": size}),
            "-blockdev", j(**{"node-name": "libvirt-%d-format" % n, "read-only": False, "driver": "raw", "file": "libvirt-%d-storage" % n})]


def q35_line(machine):
    return (head(machine, extra=",vmport=off") + ["-rtc", "base=utc,driftfix=slew", "-global", "kvm-pit.lost_tick_policy=delay",
                                                  "-no-hpet", "-no-shutdown", "-global", "ICH9-LPC.disable_s3=1",
                                                  "-global", "ICH9-LPC.disable_s4=1", "-boot", "strict=on"]
            + root_ports(7)
            + dev(driver="qemu-xhci", p2=15, p3=15, id="usb", bus="pci.2", addr="0x0")
            + dev(driver="virtio-serial-pci", id="virtio-serial0", bus="pci.3", addr="0x0")
            + disk(1) + dev(driver="virtio-blk-pci", bus="pci.4", addr="0x0", drive="libvirt-1-format", id="virtio-disk0", bootindex=1)
            + ["-netdev", j(type="user", id="hostnet0")]
            + dev(driver="virtio-net-pci", netdev="hostnet0", id="net0", mac="52:54:00:5a:3b:1c", bus="pci.1", addr="0x0")
            + ["-chardev", "null,id=charserial0"] + dev(driver="isa-serial", chardev="charserial0", id="serial0", index=0)
            + ["-chardev", "null,id=charchannel0"]
            + dev(driver="virtserialport", bus="virtio-serial0.0", nr=1, chardev="charchannel0", id="channel0", name="org.qemu.guest_agent.0")
            + dev(driver="usb-tablet", id="input0", bus="usb.0", port="1")
            + ["-audiodev", j(id="audio1", driver="none")]
            + dev(driver="virtio-vga", id="video0", max_outputs=1, bus="pcie.0", addr="0x1")
            + dev(driver="virtio-balloon-pci", id="balloon0", bus="pci.5", addr="0x0")
            + ["-object", j(**{"qom-type": "rng-builtin", "id": "objrng0"})]
            + dev(driver="virtio-rng-pci", rng="objrng0", id="rng0", bus="pci.6", addr="0x0"))


def i440fx_line(machine):
    return (head(machine, name="legacy", smp="1,sockets=1,cores=1,threads=1", extra=",vmport=off")
            + ["-rtc", "base=utc", "-no-shutdown", "-global", "PIIX4_PM.disable_s3=1", "-global", "PIIX4_PM.disable_s4=1",
               "-boot", "strict=on"]
            + dev(driver="piix3-usb-uhci", id="usb", bus="pci.0", addr="0x1.0x2")
            + dev(driver="virtio-serial-pci", id="virtio-serial0", bus="pci.0", addr="0x4")
            + disk(2) + dev(driver="ide-hd", bus="ide.0", unit=0, drive="libvirt-2-format", id="ide0-0-0", bootindex=1)
            + ["-netdev", j(type="user", id="hostnet0")]
            + dev(driver="e1000", netdev="hostnet0", id="net0", mac="52:54:00:11:22:33", bus="pci.0", addr="0x3")
            + dev(driver="usb-tablet", id="input0", bus="usb.0", port="1")
            + ["-audiodev", j(id="audio1", driver="none")]
            + dev(driver="VGA", id="video0", vgamem_mb=16, bus="pci.0", addr="0x2")
            + dev(driver="virtio-balloon-pci", id="balloon0", bus="pci.0", addr="0x5"))


def pseries_line(machine):
    return (head(machine, name="ppcguest", smp="2,sockets=1,cores=2,threads=1") + ["-rtc", "base=utc", "-no-shutdown", "-boot", "strict=on"]
            + dev(driver="qemu-xhci", p2=15, p3=15, id="usb", bus="pci.0", addr="0x2")
            + dev(driver="virtio-scsi-pci", id="scsi0", bus="pci.0", addr="0x3")
            + dev(driver="virtio-serial-pci", id="virtio-serial0", bus="pci.0", addr="0x4")
            + disk(2) + dev(driver="scsi-hd", bus="scsi0.0", channel=0, **{"scsi-id": 0}, lun=0, device_id="drive-scsi0-0-0-0",
                            drive="libvirt-2-format", id="scsi0-0-0-0", bootindex=1)
            + ["-netdev", j(type="user", id="hostnet0")]
            + dev(driver="virtio-net-pci", netdev="hostnet0", id="net0", mac="52:54:00:7e:11:22", bus="pci.0", addr="0x1")
            + ["-chardev", "null,id=charserial0"] + dev(driver="spapr-vty", chardev="charserial0", id="serial0", reg=0x30000000)
            + dev(driver="usb-kbd", id="input0", bus="usb.0", port="1")
            + dev(driver="usb-mouse", id="input1", bus="usb.0", port="2")
            + dev(driver="VGA", id="video0", vgamem_mb=16, bus="pci.0", addr="0x7")
            + dev(driver="virtio-balloon-pci", id="balloon0", bus="pci.0", addr="0x5")
            + ["-object", j(**{"qom-type": "rng-builtin", "id": "objrng0"})]
            + dev(driver="virtio-rng-pci", rng="objrng0", id="rng0", bus="pci.0", addr="0x6"))


# ------------------------------------------ libvirt lines, pinned machines --
# 7.2 knows versions up to 7.2; 10.0 up to 10.0 (a newer pin on 7.2 is its
# "unsupported machine type" error, also worth answering right).
for m in ["pc-q35-7.2", "pc-q35-6.2", "pc-q35-7.1", "pc-q35-8.2", "pc-q35-9.2", "pc-q35-5.2", "pc-q35-4.2", "q35"]:
    x("q35-" + m, *q35_line(m), steps=LOOK)
for m in ["pc-i440fx-7.2", "pc-i440fx-5.2", "pc-i440fx-6.2", "pc-i440fx-8.2", "pc-i440fx-9.2", "pc"]:
    x("i440fx-" + m, *i440fx_line(m), steps=LOOK)
for m in ["pseries-7.2", "pseries-6.2", "pseries-7.0", "pseries-8.2", "pseries-9.2", "pseries-5.2", "pseries"]:
    p("pseries-" + m, *pseries_line(m), steps=LOOK)

# Hot-plug on a libvirt line: what virsh attach-device sends.
for m in ["pc-q35-7.2", "pc-q35-8.2"]:
    x("q35-hp-" + m, *q35_line(m), steps=[
        qmp("netdev_add", type="user", id="hostnet1"),
        qmp("device_add", driver="virtio-net-pci", netdev="hostnet1", id="net1", mac="52:54:00:aa:bb:cc", bus="pci.7", addr="0x0"),
        qmp("query-pci"), {"hmp": "info network"}])
for m in ["pseries-7.2", "pseries-8.2"]:
    p("pseries-hp-" + m, *pseries_line(m), steps=[
        qmp("device_add", driver="virtio-net-pci", id="net9", bus="pci.0", addr="0x9"),
        {"hmp": "info pci"}, qmp("query-pci")])

# ------------------------------------------------ blog and wiki lines ----
BLOG = [
    ("virtio-scsi", ["-device", "virtio-scsi-pci,id=scsi0", "-blockdev", "null-co,node-name=d0",
                     "-device", "scsi-hd,drive=d0,bus=scsi0.0", "-blockdev", "null-co,node-name=c0", "-device", "scsi-cd,drive=c0,bus=scsi0.0"]),
    ("virtio-gpu", ["-device", "virtio-gpu-pci"]),
    ("qxl", ["-device", "qxl-vga,vgamem_mb=32"]),
    ("std-vga", ["-vga", "none", "-device", "VGA,vgamem_mb=64"]),
    ("ehci-storage", ["-device", "usb-ehci,id=ehci", "-blockdev", "null-co,node-name=u0", "-device", "usb-storage,bus=ehci.0,drive=u0"]),
    ("xhci-tablet", ["-device", "qemu-xhci,id=xhci", "-device", "usb-tablet,bus=xhci.0", "-device", "usb-kbd,bus=xhci.0"]),
    ("e1000e", ["-netdev", "user,id=net0", "-device", "e1000e,netdev=net0,mac=52:54:00:12:34:99"]),
    ("e1000", ["-netdev", "user,id=n", "-device", "e1000,netdev=n"]),
    ("rtl8139", ["-netdev", "user,id=n", "-device", "rtl8139,netdev=n"]),
    ("virtio-net-novhost", ["-netdev", "user,id=net0,hostfwd=tcp::2222-:22", "-device", "virtio-net-pci,netdev=net0"]),
    ("virtio-net-mq", ["-netdev", "user,id=n0", "-device", "virtio-net-pci,netdev=n0,mq=on,vectors=10"]),
    ("virtio-net-mtu", ["-netdev", "user,id=n0", "-device", "virtio-net-pci,netdev=n0,host_mtu=9000"]),
    ("virtio-net-novec", ["-netdev", "user,id=n0", "-device", "virtio-net-pci,netdev=n0,vectors=0"]),
    ("nic-virtio", ["-nic", "user,model=virtio-net-pci"]),
    ("nic-e1000", ["-nic", "user,model=e1000,mac=52:54:00:12:34:60"]),
    ("rng-builtin", ["-object", "rng-builtin,id=rng0", "-device", "virtio-rng-pci,rng=rng0"]),
    ("rng-default", ["-device", "virtio-rng-pci"]),
    ("balloon", ["-device", "virtio-balloon-pci,id=balloon0,deflate-on-oom=on"]),
    ("balloon-novec", ["-device", "virtio-balloon-pci,vectors=0"]),
    ("watchdog", ["-device", "i6300esb,id=wd0", "-action", "watchdog=pause"]),
    ("hda", ["-audiodev", "none,id=snd0", "-device", "ich9-intel-hda", "-device", "hda-output,audiodev=snd0"]),
    ("input-virtio", ["-device", "virtio-keyboard-pci", "-device", "virtio-mouse-pci", "-device", "virtio-tablet-pci"]),
    ("nvme", ["-blockdev", "null-co,node-name=nv", "-device", "nvme,drive=nv,serial=deadbeef"]),
    ("virtio-blk-json", ["-blockdev", j(driver="null-co", **{"node-name": "d"}), "-device", j(driver="virtio-blk-pci", drive="d", id="vda", **{"num-queues": 2})]),
    ("serial-pci", ["-chardev", "null,id=s0", "-device", "pci-serial,chardev=s0"]),
    ("global-virtio-net", ["-global", "virtio-net-pci.vectors=6", "-netdev", "user,id=n", "-device", "virtio-net-pci,netdev=n"]),
    ("global-e1000", ["-global", "e1000.mac=52:54:00:00:00:42", "-netdev", "user,id=n", "-device", "e1000,netdev=n"]),
]
# -nic and if=scsi drives make automatic names (#net011, #block076) that
# differ between runs: their cases look at PCI only.
ANON = [qmp("query-pci")] + hmp("info pci")
for name, args in BLOG:
    x("blog-pc-" + name, "-M", "pc", *args, steps=ANON if name.startswith("nic-") else SHORT + hmp("info qtree"))
for name, args in BLOG[:12]:
    x("blog-q35-" + name, "-M", "pc-q35-7.2", *args, steps=SHORT + hmp("info qtree"))
for name, args in [BLOG[0], BLOG[6], BLOG[10], BLOG[17], BLOG[18], BLOG[15]]:
    x("blog-i440fx52-" + name, "-M", "pc-i440fx-5.2", *args, steps=SHORT + hmp("info qtree"))

# -rtc and -global on board devices.
for name, args in [
    ("rtc-slew", ["-rtc", "base=utc,driftfix=slew"]),
    ("rtc-localtime", ["-rtc", "base=localtime,clock=vm"]),
    ("global-s3", ["-global", "PIIX4_PM.disable_s3=1"]),
    ("global-fdc", ["-global", "isa-fdc.fallback=288"]),
    ("global-bad-prop", ["-global", "PIIX4_PM.nosuch=1"]),
    ("global-bad-value", ["-global", "PIIX4_PM.disable_s3=maybe"]),
    ("global-no-dot", ["-global", "PIIX4_PM"]),
]:
    x("board-" + name, "-M", "pc", *args, steps=hmp("info qtree"))

# ----------------------------------------------------- pseries blog lines --
PBLOG = [
    ("vscsi", ["-device", "spapr-vscsi,id=scsi0", "-blockdev", "null-co,node-name=d0", "-device", "scsi-hd,drive=d0,bus=scsi0.0"]),
    ("vlan", ["-netdev", "user,id=n0", "-device", "spapr-vlan,netdev=n0"]),
    ("nic-vlan", ["-nic", "user,model=spapr-vlan"]),
    ("vty", ["-chardev", "null,id=c0", "-device", "spapr-vty,chardev=c0"]),
    ("virtio-scsi", BLOG[0][1]),
    ("virtio-net", ["-netdev", "user,id=n0", "-device", "virtio-net-pci,netdev=n0"]),
    ("virtio-net-mq", BLOG[10][1]),
    ("ehci-storage", BLOG[4][1]),
    ("balloon", BLOG[17][1]),
    ("rng", BLOG[15][1]),
    ("drive-scsi", ["-drive", "driver=null-co,if=scsi,id=d0"]),
    ("drive-scsi-two", ["-drive", "driver=null-co,if=scsi,id=d0", "-drive", "driver=null-co,if=scsi,id=d1"]),
]
for name, args in PBLOG:
    anon = name.startswith("nic-") or name.startswith("drive-")
    p("blog-" + name, "-M", "pseries", *args, steps=ANON if anon else SHORT + hmp("info qtree", "info block"))
# The board's own: a -nic NIC and the SCSI controller of if=scsi drives
# (automatic names in info block/network, and a -nic's netdev in info
# qtree: their places in /machine/unattached instead).
for name, args in [
    ("nic-and-scsi", ["-nic", "user,model=spapr-vlan", "-drive", "driver=null-co,if=scsi,id=d0"]),
    ("scsi-two-buses", ["-drive", "driver=null-co,if=scsi,id=d0", "-drive", "driver=null-co,if=scsi,media=cdrom,id=c0",
                        "-drive", "driver=null-co,if=scsi,bus=1,id=e0"]),
    ("nic-virtio-scsi72", ["-nic", "user,model=virtio-net-pci", "-drive", "driver=null-co,if=scsi,id=d0"]),
]:
    where = [qmp("qom-get", path="/machine/unattached/device[%d]" % i, property="type") for i in (5, 6, 7)]
    p("board-" + name, "-M", "pseries-7.2" if name.endswith("72") else "pseries", *args,
      steps=ANON + where + ([] if name.startswith("nic") else hmp("info qtree")))
for name, args in [PBLOG[0], PBLOG[4], PBLOG[5], PBLOG[8]]:
    p("blog-p72-" + name, "-M", "pseries-7.2", *args, steps=SHORT + hmp("info qtree"))

# libvirt's other options, alone (-msg timestamp=on stamps warnings with
# the host's time: only lines without warnings).
x("msg-timestamp", "-M", "pc", "-msg", "timestamp=on", steps=hmp("info network"))
x("sandbox", "-M", "pc", "-sandbox", "on,obsolete=deny,elevateprivileges=deny,spawn=deny,resourcecontrol=deny", steps=hmp("info network"))
x("no-shutdown-boot", "-M", "q35", "-no-shutdown", "-boot", "strict=on", "-boot", "menu=on,splash-time=3000", steps=hmp("info pci"))

# ------------------------------------------------ monitor: drive_add ----
x("drive-add", "-M", "pc", steps=hmp("drive_add 0 if=none,driver=null-co,id=dd0",
                                     "device_add virtio-blk-pci,drive=dd0,id=vd0", "info pci"))
x("drive-add-bad", "-M", "pc", steps=hmp("drive_add 0 if=none,file=/nope.qcow2,id=dd0", "drive_add", "drive_add 0 if=none,id=x,nosuch=1"))
p("drive-add", "-M", "pseries", steps=hmp("drive_add 0 if=none,driver=null-co,id=dd0", "drive_add 0 if=none,driver=null-co,id=dd0"))

# ============================================================ round 2 ====
# Round 2 (r2-): the lines libvirt 9-11 writes that round 1 did not cover,
# each followed by what libvirt (and a reader) sends next: pseries VIO and
# PHBs, -machine pseries caps, iothreads, memory and CPU hotplug with
# libvirt's ids, virtio-serial ports on null/ringbuf chardevs, balloon,
# watchdogs with -action, video and sound models, PCIe chains, -blockdev
# chains naming missing host files (QEMU's own open error), -fw_cfg,
# -smbios, pvpanic, vmcoreinfo. Host state (taps, ptys, sockets, vhost,
# hostdev, files that must exist) is left out; query-iothreads and
# query-cpus-fast print host thread ids and are left out too.


def head2(machine, name="vm2", mem=1024, smp="2,sockets=2,cores=1,threads=1", extra="", numa=None, maxmem=None, cpu=None,
          numa_cpu=None, uuid="4e9e6f21-8c6c-4a28-9f0e-3f7c1a2b5d10"):
    """libvirt's head with NUMA (-numa node,memdev= instead of the machine's
    memory-backend=) and -m size=,slots=,maxmem= when memory can be hot-plugged.
    numa is a list of (cpus or None, size MiB) or (cpus or None, size MiB,
    backend qom-type, extra backend props); numa_cpu a list of -numa cpu
    option strings (libvirt's vcpus given per node by socket/core)."""
    ps = machine.startswith("pseries")
    out = ["-name", "guest=%s,debug-threads=on" % name,
           "-object", j(**{"qom-type": "secret", "id": "masterKey0", "format": "raw", "data": "aGVsbG8gd29ybGQgaGVsbG8gd29ybGQhIQ=="}),
           "-machine", machine + ",usb=off,dump-guest-core=off" + extra + ("" if numa else ",memory-backend=%s.ram" % ("spapr" if ps else "pc")),
           "-accel", "tcg"]
    if cpu:
        out += ["-cpu", cpu]
    out += ["-m", "size=%dk,slots=%d,maxmem=%dk" % (mem << 10, maxmem[0], maxmem[1] << 10) if maxmem else str(mem)]
    if numa:
        out += ["-overcommit", "mem-lock=off", "-smp", smp]
        for n, node in enumerate(numa):
            cpus, sz, typ, more = node if len(node) == 4 else node + ("memory-backend-ram", {})
            o = {"qom-type": typ, "id": "ram-node%d" % n}
            o.update(more)
            o["size"] = sz << 20
            out += ["-object", j(**o), "-numa", "node,nodeid=%d,%smemdev=ram-node%d" % (n, "".join("cpus=%s," % c for c in cpus.split(",")) if cpus else "", n)]
        for c in numa_cpu or []:
            out += ["-numa", "cpu," + c]
    else:
        out += ["-object", j(**{"qom-type": "memory-backend-ram", "id": "%s.ram" % ("spapr" if ps else "pc"), "size": mem << 20}),
                "-overcommit", "mem-lock=off", "-smp", smp]
    return out + ["-uuid", uuid, "-no-user-config", "-nodefaults"]


# libvirt writes hpet=off into -machine where QEMU has it (10.0 has no -no-hpet).
Q35_TAIL = ["-rtc", "base=utc,driftfix=slew", "-global", "kvm-pit.lost_tick_policy=delay", "-no-shutdown",
            "-global", "ICH9-LPC.disable_s3=1", "-global", "ICH9-LPC.disable_s4=1", "-boot", "strict=on"]
PC_TAIL = ["-rtc", "base=utc", "-no-shutdown", "-global", "PIIX4_PM.disable_s3=1", "-global", "PIIX4_PM.disable_s4=1", "-boot", "strict=on"]
PS_TAIL = ["-rtc", "base=utc", "-no-shutdown", "-boot", "strict=on"]


def q35(*more, machine="pc-q35-7.2", ports=4, **kw):
    return head2(machine, extra=",vmport=off,hpet=off", **kw) + Q35_TAIL + root_ports(ports) + list(more)


def pc(*more, machine="pc-i440fx-7.2", **kw):
    return head2(machine, name="legacy2", smp=kw.pop("smp", "1,sockets=1,cores=1,threads=1"), extra=",vmport=off", **kw) + PC_TAIL + list(more)


def pseries(*more, machine="pseries-7.2", extra="", **kw):
    return head2(machine, name="ppc2", smp=kw.pop("smp", "2,sockets=1,cores=2,threads=1"), extra=extra, **kw) + PS_TAIL + list(more)


def blk(n, driver="virtio-blk-pci", **o):
    return dev(driver=driver, drive="libvirt-%d-format" % n, id="virtio-disk%d" % n, **o)


# ----------------------------------------------------------- pseries ----
p("r2-ps-vscsi", *pseries(*dev(driver="spapr-vscsi", id="scsi0", reg=0x2000), *disk(1),
                          *dev(driver="scsi-hd", bus="scsi0.0", channel=0, **{"scsi-id": 0}, lun=0, device_id="drive-scsi0-0-0-0",
                               drive="libvirt-1-format", id="scsi0-0-0-0", bootindex=1),
                          "-chardev", "null,id=charserial0", *dev(driver="spapr-vty", chardev="charserial0", id="serial0", reg=0x30000000)),
  steps=hmp("info qtree", "info block") + [qmp("query-block"), qmp("query-chardev")])
p("r2-ps-vscsi-cd", *pseries(*dev(driver="spapr-vscsi", id="scsi0", reg=0x2000), *disk(2),
                             *dev(driver="scsi-cd", bus="scsi0.0", channel=0, **{"scsi-id": 0}, lun=1, device_id="drive-scsi0-0-0-1",
                                  drive="libvirt-2-format", id="scsi0-0-0-1")),
  steps=hmp("info qtree") + [qmp("query-block")])
p("r2-ps-vty-two", *pseries("-chardev", "null,id=charserial0", *dev(driver="spapr-vty", chardev="charserial0", id="serial0", reg=0x30000000),
                            "-chardev", "ringbuf,id=charserial1,size=1024", *dev(driver="spapr-vty", chardev="charserial1", id="serial1", reg=0x30001000)),
  steps=hmp("info qtree") + [qmp("query-chardev"), qmp("ringbuf-write", device="charserial1", data="hello"),
                             qmp("ringbuf-read", device="charserial1", size=16, format="utf8")])
p("r2-ps-vty-same-reg", *pseries("-chardev", "null,id=c0", *dev(driver="spapr-vty", chardev="c0", id="serial0", reg=0x30000000),
                                 "-chardev", "null,id=c1", *dev(driver="spapr-vty", chardev="c1", id="serial1", reg=0x30000000)),
  steps=hmp("info qtree"))
p("r2-ps-nvram", *pseries(*dev(driver="spapr-nvram", id="nvram", reg=0x3000)), steps=hmp("info qtree"))
# libvirt names a PHB's bus pci.N.0; the PHB's own id (pci.N) is no bus.
for idx in (1, 2):
    p("r2-ps-phb-%d" % idx, *pseries(*dev(driver="spapr-pci-host-bridge", index=idx, id="pci.%d" % idx),
                                      *dev(driver="virtio-balloon-pci", id="balloon0", bus="pci.%d.0" % idx, addr="0x2")),
      steps=hmp("info pci") + [qmp("query-pci")])
p("r2-ps-phb-bus-by-id", *pseries(*dev(driver="spapr-pci-host-bridge", index=1, id="pci.1"),
                                  *dev(driver="virtio-balloon-pci", id="balloon0", bus="pci.1", addr="0x2")), steps=hmp("info pci"))
p("r2-ps-phb-hotplug", *pseries(*dev(driver="spapr-pci-host-bridge", index=1, id="pci.1")),
  steps=[qmp("netdev_add", type="user", id="hostnet1"),
         qmp("device_add", driver="virtio-net-pci", netdev="hostnet1", id="net1", mac="52:54:00:aa:00:01", bus="pci.1.0", addr="0x1"),
         qmp("query-pci"), qmp("device_del", id="net1"), qmp("qom-list", path="/machine/peripheral/pci.1")])
p("r2-ps-phb-dup-index", *pseries(*dev(driver="spapr-pci-host-bridge", index=0, id="pci.1")), steps=hmp("info pci"))
p("r2-ps-phb-big-index", *pseries(*dev(driver="spapr-pci-host-bridge", index=40, id="pci.1")), steps=hmp("info pci"))
p("r2-ps-phb-no-index", *pseries(*dev(driver="spapr-pci-host-bridge", id="pci.1")), steps=hmp("info pci"))
CAPS = ",cap-cfpc=broken,cap-sbbc=broken,cap-ibs=broken,cap-ccf-assist=off"
for name, extra in [("caps-broken", CAPS), ("caps-htm-off", CAPS + ",cap-htm=off"),
                    ("caps-hpt", CAPS + ",cap-hpt-max-page-size=64k"), ("caps-fwnmi-off", CAPS + ",cap-fwnmi=off"),
                    ("caps-default", ""), ("caps-cfpc-workaround", ",cap-cfpc=workaround"),
                    ("caps-large-decr", CAPS + ",cap-large-decr=off"), ("caps-bad-value", ",cap-cfpc=maybe"),
                    ("caps-htm-on", CAPS + ",cap-htm=on"), ("resize-hpt", CAPS + ",resize-hpt=disabled"),
                    ("compat-power9", CAPS + ",max-cpu-compat=power9"), ("compat-power8", CAPS + ",max-cpu-compat=power8"),
                    ("compat-bad", CAPS + ",max-cpu-compat=power99"), ("compat-power10", CAPS + ",max-cpu-compat=power10")]:
    p("r2-ps-" + name, *pseries("-chardev", "null,id=charserial0", *dev(driver="spapr-vty", chardev="charserial0", id="serial0", reg=0x30000000), extra=extra),
      steps=[qmp("qom-get", path="/machine", property=pr) for pr in ("cap-cfpc", "cap-htm", "max-cpu-compat")])
for m in ("pseries-8.2", "pseries-9.2"):
    p("r2-ps-caps-" + m, *pseries(machine=m, extra=CAPS), steps=[qmp("qom-get", path="/machine", property="cap-ccf-assist"), qmp("query-hotpluggable-cpus")])

# CPU hot-plug as libvirt does it on pseries: query-hotpluggable-cpus, then
# device_add of the core with its vcpuN id and props.
PSC = "power9_v2.0-spapr-cpu-core"
p("r2-ps-cpu-hotplug", *pseries(smp="1,maxcpus=4,sockets=1,cores=4,threads=1"),
  steps=[qmp("query-hotpluggable-cpus"),
         qmp("device_add", driver=PSC, id="vcpu1", **{"core-id": 1}),
         qmp("query-hotpluggable-cpus"), hmp("info hotpluggable-cpus")[0],
         qmp("device_del", id="vcpu1")])
p("r2-ps-cpu-hotplug-numa", *pseries(smp="2,maxcpus=4,sockets=1,cores=4,threads=1", numa=[("0-1", 512), ("2-3", 512)]),
  steps=[qmp("query-hotpluggable-cpus"),
         qmp("device_add", driver=PSC, id="vcpu2", **{"core-id": 2, "node-id": 1}),
         qmp("device_add", driver=PSC, id="vcpu3", **{"core-id": 3, "node-id": 0}),
         hmp("info numa")[0], qmp("query-hotpluggable-cpus")])
p("r2-ps-cpu-hotplug-smt", *pseries(smp="2,maxcpus=8,sockets=1,cores=4,threads=2"),
  steps=[qmp("device_add", driver=PSC, id="vcpu2", **{"core-id": 2}), qmp("device_add", driver=PSC, id="vcpu1", **{"core-id": 1}),
         qmp("query-hotpluggable-cpus")])
p("r2-ps-cpu-hotplug-bad", *pseries(smp="1,maxcpus=2,sockets=1,cores=2,threads=1"),
  steps=[qmp("device_add", driver=PSC, id="vcpu1", **{"core-id": 5}),
         qmp("device_add", driver=PSC, id="vcpu0", **{"core-id": 0}),
         qmp("device_add", driver="power8_v2.0-spapr-cpu-core", id="vcpu1", **{"core-id": 1}),
         qmp("device_add", driver=PSC, id="vcpu1", **{"core-id": 1}),
         qmp("device_add", driver=PSC, id="vcpu1", **{"core-id": 1})])
# Memory hot-plug on pseries (slots, maxmem, a NUMA node).
p("r2-ps-mem-hotplug", *pseries(maxmem=(16, 4096), numa=[("0-1", 1024)]),
  steps=[qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "memdimm0", "size": 536870912}),
         qmp("device_add", driver="pc-dimm", node=0, memdev="memdimm0", id="dimm0", slot=0),
         qmp("query-memory-devices"), hmp("info memory-devices")[0], qmp("query-memdev"),
         qmp("device_del", id="dimm0")])
p("r2-ps-mem-hotplug-unaligned", *pseries(maxmem=(16, 4096), numa=[("0-1", 1024)]),
  steps=[qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "memdimm0", "size": 134217728}),
         qmp("device_add", driver="pc-dimm", node=0, memdev="memdimm0", id="dimm0", slot=0)])
p("r2-ps-mem-cold", *pseries("-object", j(**{"qom-type": "memory-backend-ram", "id": "memdimm0", "size": 536870912}), *dev(driver="pc-dimm", node=0, memdev="memdimm0", id="dimm0", slot=0), maxmem=(16, 4096), numa=[("0-1", 1024)]),
  steps=[qmp("query-memory-devices")])
p("r2-ps-iothread", *pseries("-object", j(**{"qom-type": "iothread", "id": "iothread1"}),
                             *dev(driver="virtio-scsi-pci", iothread="iothread1", id="scsi0", bus="pci.0", addr="0x3"), *disk(1),
                             *dev(driver="scsi-hd", bus="scsi0.0", channel=0, **{"scsi-id": 0}, lun=0, drive="libvirt-1-format", id="scsi0-0-0-0")),
  steps=hmp("info qtree") + [qmp("qom-get", path="/machine/peripheral/scsi0", property="iothread")])

# --------------------------------------------------------- iothreads ----
IOT = ["-object", j(**{"qom-type": "iothread", "id": "iothread1"}), "-object", j(**{"qom-type": "iothread", "id": "iothread2"})]
x("r2-iothread-blk", *q35(*IOT, *disk(1), *blk(1, bus="pci.1", addr="0x0", iothread="iothread1", **{"num-queues": 2}), "-audiodev", j(id="audio1", driver="none")),
  steps=hmp("info qtree") + [qmp("qom-get", path="/machine/peripheral/virtio-disk1", property="iothread"), qmp("query-block")])
x("r2-iothread-scsi", *q35(*IOT, *dev(driver="virtio-scsi-pci", iothread="iothread2", id="scsi0", bus="pci.2", addr="0x0"), *disk(1),
                           *dev(driver="scsi-hd", bus="scsi0.0", channel=0, **{"scsi-id": 0}, lun=0, device_id="drive-scsi0-0-0-0",
                                drive="libvirt-1-format", id="scsi0-0-0-0", bootindex=1)),
  steps=hmp("info qtree", "info block"))
x("r2-iothread-missing", *q35(*disk(1), *blk(1, bus="pci.1", addr="0x0", iothread="iothread9")), steps=hmp("info pci"))
x("r2-iothread-hotplug", *q35(*IOT),
  steps=[qmp("blockdev-add", driver="null-co", **{"node-name": "libvirt-2-storage", "size": 1073741824}),
         qmp("blockdev-add", driver="raw", **{"node-name": "libvirt-2-format", "read-only": False, "file": "libvirt-2-storage"}),
         qmp("device_add", driver="virtio-blk-pci", iothread="iothread1", drive="libvirt-2-format", id="virtio-disk2", bus="pci.3", addr="0x0"),
         qmp("query-block"), qmp("object-del", id="iothread1"), qmp("object-add", **{"qom-type": "iothread", "id": "iothread3"}),
         qmp("qom-get", path="/objects/iothread3", property="poll-max-ns")])
x("r2-iothread-props", *q35("-object", j(**{"qom-type": "iothread", "id": "iothread1", "poll-max-ns": 32768, "poll-grow": 2, "poll-shrink": 4})),
  steps=[qmp("qom-get", path="/objects/iothread1", property=pr) for pr in ("poll-max-ns", "poll-grow", "poll-shrink")]
  + [qmp("qom-set", path="/objects/iothread1", property="poll-max-ns", value=0), qmp("qom-get", path="/objects/iothread1", property="poll-max-ns")])

# ---------------------------------------------------- memory hot-plug ----
for mach in ("pc-q35-7.2", "pc-q35-9.2"):
    x("r2-mem-hotplug-" + mach, *q35(machine=mach, maxmem=(16, 8192), numa=[("0-1", 1024)]),
      steps=[qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "memdimm0", "size": 536870912}),
             qmp("device_add", driver="pc-dimm", node=0, memdev="memdimm0", id="dimm0", slot=0),
             qmp("query-memory-devices"), hmp("info memory-devices")[0], qmp("query-memdev"), hmp("info numa")[0],
             qmp("device_del", id="dimm0")])
x("r2-mem-hotplug-two-nodes", *q35(maxmem=(16, 8192), numa=[("0", 512), ("1", 512)]),
  steps=[qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "memdimm0", "size": 268435456}),
         qmp("device_add", driver="pc-dimm", node=1, memdev="memdimm0", id="dimm0", slot=0),
         qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "memdimm1", "size": 268435456}),
         qmp("device_add", driver="pc-dimm", node=0, memdev="memdimm1", id="dimm1", slot=1),
         qmp("query-memory-devices"), hmp("info numa")[0]])
x("r2-mem-hotplug-pc", *pc(maxmem=(4, 4096), numa=[("0", 1024)]),
  steps=[qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "memdimm0", "size": 134217728}),
         qmp("device_add", driver="pc-dimm", node=0, memdev="memdimm0", id="dimm0", slot=0),
         qmp("query-memory-devices"), qmp("query-memdev")])
x("r2-mem-hotplug-errors", *q35(maxmem=(2, 2048), numa=[("0-1", 1024)]),
  steps=[qmp("device_add", driver="pc-dimm", node=0, memdev="memdimm9", id="dimm0", slot=0),
         qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "memdimm0", "size": 2147483648}),
         qmp("device_add", driver="pc-dimm", node=0, memdev="memdimm0", id="dimm0", slot=0),
         qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "memdimm1", "size": 268435456}),
         qmp("device_add", driver="pc-dimm", node=3, memdev="memdimm1", id="dimm1", slot=0),
         qmp("device_add", driver="pc-dimm", node=0, memdev="memdimm1", id="dimm1", slot=5),
         qmp("device_add", driver="pc-dimm", node=0, memdev="memdimm1", id="dimm1", slot=1),
         qmp("device_add", driver="pc-dimm", node=0, memdev="memdimm1", id="dimm2", slot=0),
         qmp("object-del", id="memdimm1")])
x("r2-mem-cold-dimm", *q35("-object", j(**{"qom-type": "memory-backend-ram", "id": "memdimm0", "size": 536870912}),
                           *dev(driver="pc-dimm", node=0, memdev="memdimm0", id="dimm0", slot=0), maxmem=(16, 8192), numa=[("0-1", 1024)]),
  steps=[qmp("query-memory-devices"), qmp("query-memdev"), hmp("info memory-devices")[0]])
x("r2-mem-no-slots", *q35(numa=[("0-1", 1024)]),
  steps=[qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "memdimm0", "size": 536870912}),
         qmp("device_add", driver="pc-dimm", node=0, memdev="memdimm0", id="dimm0")])
x("r2-mem-virtio-mem", *q35("-object", j(**{"qom-type": "memory-backend-ram", "id": "memvirtiomem0", "reserve": False, "size": 1073741824}),
                            *dev(driver="virtio-mem-pci", node=0, **{"block-size": 2097152, "requested-size": 0}, memdev="memvirtiomem0", id="virtiomem0", bus="pci.1", addr="0x0"),
                            maxmem=(16, 8192), numa=[("0-1", 1024)]),
  steps=[qmp("query-memory-devices"), qmp("qom-get", path="/machine/peripheral/virtiomem0", property="size"),
         qmp("qom-set", path="/machine/peripheral/virtiomem0", property="requested-size", value=134217728),
         qmp("qom-get", path="/machine/peripheral/virtiomem0", property="requested-size")])
x("r2-mem-numa-memdev-share", *q35(maxmem=(16, 8192), numa=[("0-1", 1024)]), steps=[qmp("query-memdev"), hmp("info numa")[0], hmp("info memdev")[0]])
x("r2-mem-backend-prealloc", *q35("-object", j(**{"qom-type": "memory-backend-ram", "id": "memdimm0", "prealloc": False, "size": 268435456, "policy": "default"}),
                                  maxmem=(16, 8192), numa=[("0-1", 1024)]),
  steps=[qmp("device_add", driver="pc-dimm", node=0, memdev="memdimm0", id="dimm0", slot=0), qmp("query-memdev")])

# ------------------------------------------------------- CPU hot-plug ----
X86C = "qemu64-x86_64-cpu"
for mach in ("pc-q35-7.2", "pc-i440fx-7.2", "pc-q35-9.2"):
    line = q35(machine=mach, smp="1,maxcpus=4,sockets=4,cores=1,threads=1") if "q35" in mach else pc(machine=mach, smp="1,maxcpus=4,sockets=4,cores=1,threads=1")
    x("r2-cpu-hotplug-" + mach, *line,
      steps=[qmp("query-hotpluggable-cpus"),
             qmp("device_add", driver=X86C, id="vcpu1", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
             qmp("query-hotpluggable-cpus"), hmp("info hotpluggable-cpus")[0],
             qmp("device_del", id="vcpu1")])
x("r2-cpu-hotplug-numa", *q35(smp="2,maxcpus=4,sockets=4,cores=1,threads=1", numa=[("0,2", 512), ("1,3", 512)]),
  steps=[qmp("query-hotpluggable-cpus"),
         qmp("device_add", driver=X86C, id="vcpu2", **{"socket-id": 2, "core-id": 0, "thread-id": 0, "node-id": 0}),
         qmp("device_add", driver=X86C, id="vcpu3", **{"socket-id": 3, "core-id": 0, "thread-id": 0, "node-id": 1}),
         hmp("info numa")[0]])
x("r2-cpu-hotplug-cores", *q35(smp="2,maxcpus=8,sockets=2,dies=1,cores=2,threads=2"),
  steps=[qmp("query-hotpluggable-cpus"),
         qmp("device_add", driver=X86C, id="vcpu2", **{"socket-id": 0, "die-id": 0, "core-id": 1, "thread-id": 0}),
         qmp("device_add", driver=X86C, id="vcpu5", **{"socket-id": 1, "die-id": 0, "core-id": 0, "thread-id": 1})])
x("r2-cpu-hotplug-errors", *q35(smp="1,maxcpus=2,sockets=2,cores=1,threads=1"),
  steps=[qmp("device_add", driver=X86C, id="vcpu1", **{"socket-id": 5, "core-id": 0, "thread-id": 0}),
         qmp("device_add", driver=X86C, id="vcpu0", **{"socket-id": 0, "core-id": 0, "thread-id": 0}),
         qmp("device_add", driver=X86C, id="vcpu1", **{"socket-id": 1, "core-id": 0}),
         qmp("device_add", driver="Skylake-Client-x86_64-cpu", id="vcpu1", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
         qmp("device_add", driver=X86C, id="vcpu1", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
         qmp("device_add", driver=X86C, id="vcpu1", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
         qmp("device_del", id="vcpu0")])
x("r2-cpu-cold-device", *q35(*dev(driver=X86C, id="vcpu1", **{"socket-id": 1, "core-id": 0, "thread-id": 0}), smp="1,maxcpus=4,sockets=4,cores=1,threads=1"),
  steps=[qmp("query-hotpluggable-cpus")])
x("r2-cpu-qom-path", *q35(smp="1,maxcpus=2,sockets=2,cores=1,threads=1"),
  steps=[qmp("device_add", driver=X86C, id="vcpu1", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
         qmp("qom-get", path="/machine/peripheral/vcpu1", property="apic-id"),
         qmp("qom-get", path="/machine/peripheral/vcpu1", property="socket-id")])

# ------------------------------------------------------ virtio-serial ----
VS = dev(driver="virtio-serial-pci", id="virtio-serial0", bus="pci.1", addr="0x0")
x("r2-vserial-ports", *q35(*VS, "-chardev", "null,id=charchannel0",
                           *dev(driver="virtserialport", bus="virtio-serial0.0", nr=1, chardev="charchannel0", id="channel0", name="org.qemu.guest_agent.0"),
                           "-chardev", "ringbuf,id=charchannel1",
                           *dev(driver="virtserialport", bus="virtio-serial0.0", nr=2, chardev="charchannel1", id="channel1", name="com.redhat.spice.0"),
                           "-chardev", "ringbuf,id=charconsole0,size=4096",
                           *dev(driver="virtconsole", chardev="charconsole0", id="console0")),
  steps=hmp("info qtree", "info chardev") + [qmp("query-chardev"), qmp("ringbuf-write", device="charconsole0", data="aGk=", format="base64"),
                                             qmp("ringbuf-read", device="charconsole0", size=8, format="base64")])
x("r2-vserial-nr-taken", *q35(*VS, "-chardev", "null,id=c0", *dev(driver="virtserialport", bus="virtio-serial0.0", nr=1, chardev="c0", id="channel0"),
                              "-chardev", "null,id=c1", *dev(driver="virtserialport", bus="virtio-serial0.0", nr=1, chardev="c1", id="channel1")),
  steps=hmp("info qtree"))
x("r2-vserial-name-taken", *q35(*VS, "-chardev", "null,id=c0", *dev(driver="virtserialport", bus="virtio-serial0.0", nr=1, chardev="c0", id="channel0", name="org.qemu.guest_agent.0"),
                                "-chardev", "null,id=c1", *dev(driver="virtserialport", bus="virtio-serial0.0", nr=2, chardev="c1", id="channel1", name="org.qemu.guest_agent.0")),
  steps=hmp("info qtree"))
x("r2-vserial-nr-zero", *q35(*VS, "-chardev", "null,id=c0", *dev(driver="virtserialport", bus="virtio-serial0.0", nr=0, chardev="c0", id="channel0")),
  steps=hmp("info qtree"))
x("r2-vserial-max-ports", *q35(*dev(driver="virtio-serial-pci", id="virtio-serial0", max_ports=2, bus="pci.1", addr="0x0"),
                               "-chardev", "null,id=c0", *dev(driver="virtserialport", bus="virtio-serial0.0", nr=2, chardev="c0", id="channel0")),
  steps=hmp("info qtree"))
x("r2-vserial-hotplug", *q35(*VS),
  steps=[qmp("chardev-add", id="charchannel2", backend={"type": "ringbuf", "data": {"size": 1024}}),
         qmp("device_add", driver="virtserialport", bus="virtio-serial0.0", nr=3, chardev="charchannel2", id="channel2", name="org.example.port"),
         qmp("query-chardev"), qmp("device_del", id="channel2"), qmp("qom-list", path="/machine/peripheral"),
         qmp("chardev-remove", id="charchannel2")])
x("r2-vserial-chardev-busy", *q35(*VS, "-chardev", "null,id=c0", *dev(driver="virtserialport", bus="virtio-serial0.0", nr=1, chardev="c0", id="channel0")),
  steps=[qmp("chardev-remove", id="c0"), qmp("device_add", driver="virtserialport", bus="virtio-serial0.0", nr=2, chardev="c0", id="channel1"),
         qmp("chardev-add", id="c0", backend={"type": "null", "data": {}})])
x("r2-vserial-pc", *pc(*dev(driver="virtio-serial-pci", id="virtio-serial0", bus="pci.0", addr="0x4"), "-chardev", "null,id=charchannel0",
                       *dev(driver="virtserialport", bus="virtio-serial0.0", nr=1, chardev="charchannel0", id="channel0", name="org.qemu.guest_agent.0")),
  steps=hmp("info pci", "info chardev") + [qmp("query-chardev")])
p("r2-ps-vserial", *pseries(*dev(driver="virtio-serial-pci", id="virtio-serial0", bus="pci.0", addr="0x4"), "-chardev", "ringbuf,id=charchannel0",
                            *dev(driver="virtserialport", bus="virtio-serial0.0", nr=1, chardev="charchannel0", id="channel0", name="org.qemu.guest_agent.0")),
  steps=hmp("info qtree") + [qmp("query-chardev")])

# ---------------------------------------------------------- balloon ----
for name, o in [("fpr", {"free-page-reporting": True}), ("fpr-oom", {"deflate-on-oom": True, "free-page-reporting": True}),
                ("fpr-off", {"free-page-reporting": False}), ("hinting", {"free-page-hint": True})]:
    x("r2-balloon-" + name, *q35(*dev(driver="virtio-balloon-pci", id="balloon0", bus="pci.2", addr="0x0", **o)),
      steps=hmp("info qtree") + [qmp("qom-set", path="/machine/peripheral/balloon0", property="guest-stats-polling-interval", value=5),
                                 qmp("qom-get", path="/machine/peripheral/balloon0", property="guest-stats-polling-interval"),
                                 qmp("query-balloon")])
x("r2-balloon-none", *q35(), steps=[qmp("query-balloon"), qmp("balloon", value=536870912), hmp("info balloon")[0]])
x("r2-balloon-set", *q35(*dev(driver="virtio-balloon-pci", id="balloon0", bus="pci.2", addr="0x0", **{"free-page-reporting": True})),
  steps=[qmp("balloon", value=536870912), qmp("query-balloon"), hmp("info balloon")[0], qmp("qom-get", path="/machine/peripheral/balloon0", property="guest-stats")])
p("r2-ps-balloon-fpr", *pseries(*dev(driver="virtio-balloon-pci", id="balloon0", bus="pci.0", addr="0x5", **{"free-page-reporting": True})),
  steps=hmp("info qtree") + [qmp("query-balloon")])

# --------------------------------------------------------- watchdogs ----
for act in ("reset", "poweroff", "pause", "none", "inject-nmi", "shutdown", "debug"):
    x("r2-wd-i6300esb-" + act, *q35(*dev(driver="i6300esb", id="watchdog0", bus="pci.3", addr="0x0"), "-action", "watchdog=" + act),
      steps=hmp("info pci") + [qmp("query-pci")])
x("r2-wd-ib700", *pc(*dev(driver="ib700", id="watchdog0"), "-action", "watchdog=reset"), steps=hmp("info qtree"))
x("r2-wd-ib700-q35", *q35(*dev(driver="ib700", id="watchdog0"), "-action", "watchdog=pause"), steps=hmp("info qtree"))
x("r2-wd-set-action", *q35(*dev(driver="i6300esb", id="watchdog0", bus="pci.3", addr="0x0"), "-action", "watchdog=reset"),
  steps=[qmp("watchdog-set-action", action="pause"), qmp("watchdog-set-action", action="nosuch"), qmp("set-action", watchdog="poweroff"),
         hmp("watchdog_action shutdown")[0], hmp("watchdog_action bogus")[0]])
x("r2-wd-action-bad", *q35("-action", "watchdog=explode"), steps=hmp("info pci"))
x("r2-wd-action-multi", *q35("-action", "reboot=shutdown,shutdown=pause,panic=pause,watchdog=none"), steps=hmp("info pci"))
x("r2-wd-two", *q35(*dev(driver="i6300esb", id="watchdog0", bus="pci.3", addr="0x0"), *dev(driver="i6300esb", id="watchdog1", bus="pci.4", addr="0x0")),
  steps=hmp("info pci"))

# ------------------------------------------------------------- video ----
VIDEO = [
    ("virtio-vga", dev(driver="virtio-vga", id="video0", max_outputs=1, bus="pcie.0", addr="0x1")),
    ("virtio-vga-heads", dev(driver="virtio-vga", id="video0", max_outputs=2, bus="pcie.0", addr="0x1")),
    ("ramfb", dev(driver="ramfb", id="video0")),
    ("qxl-vga", dev(driver="qxl-vga", id="video0", max_outputs=1, ram_size=67108864, vram_size=67108864, vram64_size_mb=0, vgamem_mb=16, bus="pcie.0", addr="0x1")),
    ("qxl-two", dev(driver="qxl-vga", id="video0", max_outputs=1, ram_size=67108864, vram_size=67108864, vram64_size_mb=0, vgamem_mb=16, bus="pcie.0", addr="0x1")
     + dev(driver="qxl", id="video1", ram_size=67108864, vram_size=67108864, vram64_size_mb=0, vgamem_mb=16, bus="pcie.0", addr="0x3")),
    ("bochs", dev(driver="bochs-display", id="video0", vgamem=16777216, bus="pcie.0", addr="0x1")),
    ("virtio-gpu-second", dev(driver="VGA", id="video0", vgamem_mb=16, bus="pcie.0", addr="0x1") + dev(driver="virtio-gpu-pci", id="video1", max_outputs=1, bus="pci.1", addr="0x0")),
    ("vga-two", dev(driver="VGA", id="video0", vgamem_mb=16, bus="pcie.0", addr="0x1") + dev(driver="VGA", id="video1", vgamem_mb=16, bus="pcie.0", addr="0x3")),
    ("qxl-bad-vgamem", dev(driver="qxl-vga", id="video0", vgamem_mb=3, bus="pcie.0", addr="0x1")),
    ("cirrus", dev(driver="cirrus-vga", id="video0", bus="pcie.0", addr="0x1")),
]
for name, d in VIDEO:
    x("r2-video-" + name, *q35(*d), steps=hmp("info pci", "info qtree") + [qmp("query-pci")])
for name, d in [("qxl-vga", dev(driver="qxl-vga", id="video0", max_outputs=1, ram_size=67108864, vram_size=67108864, vram64_size_mb=0, vgamem_mb=16, bus="pci.0", addr="0x2")),
                ("cirrus", dev(driver="cirrus-vga", id="video0", bus="pci.0", addr="0x2")),
                ("bochs", dev(driver="bochs-display", id="video0", vgamem=16777216, bus="pci.0", addr="0x2")),
                ("ramfb", dev(driver="ramfb", id="video0"))]:
    x("r2-video-pc-" + name, *pc(*d), steps=hmp("info pci") + [qmp("query-pci")])
p("r2-ps-video-bochs", *pseries(*dev(driver="bochs-display", id="video0", vgamem=16777216, bus="pci.0", addr="0x7")), steps=hmp("info pci"))
p("r2-ps-video-virtio-gpu", *pseries(*dev(driver="virtio-gpu-pci", id="video0", max_outputs=1, bus="pci.0", addr="0x7")), steps=hmp("info pci"))

# ------------------------------------------------------------- sound ----
AUD = ["-audiodev", j(id="audio1", driver="none")]
SOUND = [
    ("ich9-duplex", dev(driver="ich9-intel-hda", id="sound0", bus="pcie.0", addr="0x1b") + dev(driver="hda-duplex", id="sound0-codec0", bus="sound0.0", cad=0, audiodev="audio1")),
    ("ich9-micro", dev(driver="ich9-intel-hda", id="sound0", bus="pcie.0", addr="0x1b") + dev(driver="hda-micro", id="sound0-codec0", bus="sound0.0", cad=0, audiodev="audio1")),
    ("ich9-two-codecs", dev(driver="ich9-intel-hda", id="sound0", bus="pcie.0", addr="0x1b") + dev(driver="hda-duplex", id="sound0-codec0", bus="sound0.0", cad=0, audiodev="audio1")
     + dev(driver="hda-output", id="sound0-codec1", bus="sound0.0", cad=1, audiodev="audio1")),
    ("ich9-same-cad", dev(driver="ich9-intel-hda", id="sound0", bus="pcie.0", addr="0x1b") + dev(driver="hda-duplex", id="sound0-codec0", bus="sound0.0", cad=0, audiodev="audio1")
     + dev(driver="hda-output", id="sound0-codec1", bus="sound0.0", cad=0, audiodev="audio1")),
    ("ich9-no-audiodev", dev(driver="ich9-intel-hda", id="sound0", bus="pcie.0", addr="0x1b") + dev(driver="hda-duplex", id="sound0-codec0", bus="sound0.0", cad=0, audiodev="audio9")),
    ("usb-audio", dev(driver="qemu-xhci", p2=15, p3=15, id="usb", bus="pci.1", addr="0x0") + dev(driver="usb-audio", id="sound0", audiodev="audio1", bus="usb.0", port="1")),
]
for name, d in SOUND:
    x("r2-sound-" + name, *q35(*AUD, *d), steps=hmp("info qtree", "info pci"))
for name, d in [("intel-hda", dev(driver="intel-hda", id="sound0", bus="pci.0", addr="0x4") + dev(driver="hda-duplex", id="sound0-codec0", bus="sound0.0", cad=0, audiodev="audio1")),
                ("ac97", dev(driver="AC97", id="sound0", audiodev="audio1", bus="pci.0", addr="0x4")),
                ("es1370", dev(driver="ES1370", id="sound0", audiodev="audio1", bus="pci.0", addr="0x4")),
                ("sb16", dev(driver="sb16", id="sound0", audiodev="audio1"))]:
    x("r2-sound-pc-" + name, *pc(*AUD, *d), steps=hmp("info pci", "info qtree"))

# ------------------------------------------------------ PCIe chains ----
x("r2-pcie-pci-bridge", *q35(*dev(driver="pcie-pci-bridge", id="pci.5", bus="pci.4", addr="0x0"),
                             *dev(driver="pci-bridge", chassis_nr=6, id="pci.6", bus="pci.5", addr="0x1"),
                             "-netdev", j(type="user", id="hostnet0"),
                             *dev(driver="e1000", netdev="hostnet0", id="net0", mac="52:54:00:00:00:01", bus="pci.6", addr="0x1")),
  steps=hmp("info pci") + [qmp("query-pci")])
x("r2-pcie-pci-bridge-direct", *q35(*dev(driver="pcie-pci-bridge", id="pci.5", bus="pci.4", addr="0x0"),
                                    *dev(driver="rtl8139", id="net0", bus="pci.5", addr="0x1")),
  steps=hmp("info pci") + [qmp("query-pci")])
x("r2-pcie-pci-bridge-slot0", *q35(*dev(driver="pcie-pci-bridge", id="pci.5", bus="pci.4", addr="0x0"),
                                   *dev(driver="rtl8139", id="net0", bus="pci.5", addr="0x0")), steps=hmp("info pci"))
x("r2-pcie-pci-bridge-on-root", *q35(*dev(driver="pcie-pci-bridge", id="pci.5", bus="pcie.0", addr="0x5")), steps=hmp("info pci"))
x("r2-pcie-switch", *q35(*dev(driver="x3130-upstream", id="pci.5", bus="pci.1", addr="0x0"),
                         *dev(driver="xio3130-downstream", port=0, chassis=6, id="pci.6", bus="pci.5", addr="0x0"),
                         *dev(driver="xio3130-downstream", port=1, chassis=7, id="pci.7", bus="pci.5", addr="0x1"),
                         *dev(driver="virtio-balloon-pci", id="balloon0", bus="pci.7", addr="0x0")),
  steps=hmp("info pci") + [qmp("query-pci")])
x("r2-pcie-pxb", *q35(*dev(driver="pxb-pcie", bus_nr=254, id="pci.5", numa_node=0, bus="pcie.0", addr="0x5"),
                      *dev(driver="pcie-root-port", port=0, chassis=6, id="pci.6", bus="pci.5", addr="0x0"),
                      *dev(driver="virtio-balloon-pci", id="balloon0", bus="pci.6", addr="0x0"), numa=[("0-1", 1024)]),
  steps=hmp("info pci") + [qmp("query-pci")])
x("r2-pcie-root-port-hotplug-off", *q35(*dev(driver="pcie-root-port", port=24, chassis=9, id="pci.9", bus="pcie.0", addr="0x3", hotplug=False)),
  steps=[qmp("device_add", driver="virtio-balloon-pci", id="balloon0", bus="pci.9", addr="0x0"), qmp("device_del", id="balloon0"), hmp("info pci")[0]])
x("r2-pcie-hotplug-del", *q35(),
  steps=[qmp("netdev_add", type="user", id="hostnet1"),
         qmp("device_add", driver="virtio-net-pci", netdev="hostnet1", id="net1", mac="52:54:00:aa:bb:01", bus="pci.2", addr="0x0"),
         qmp("device_del", id="net1"), qmp("device_del", id="net1"), qmp("qom-list", path="/machine/peripheral"),
         qmp("netdev_del", id="hostnet1")])
x("r2-pcie-addr-taken", *q35(*dev(driver="virtio-balloon-pci", id="balloon0", bus="pci.1", addr="0x0"),
                             *dev(driver="virtio-rng-pci", id="rng0", bus="pci.1", addr="0x0")), steps=hmp("info pci"))
x("r2-pcie-root-port-slot1", *q35(*dev(driver="virtio-balloon-pci", id="balloon0", bus="pci.1", addr="0x1")), steps=hmp("info pci"))
x("r2-pc-pci-bridge", *pc(*dev(driver="pci-bridge", chassis_nr=1, id="pci.1", bus="pci.0", addr="0x3"),
                          *dev(driver="pci-bridge", chassis_nr=2, id="pci.2", bus="pci.1", addr="0x1"),
                          *dev(driver="virtio-balloon-pci", id="balloon0", bus="pci.2", addr="0x1")),
  steps=hmp("info pci") + [qmp("query-pci")])
x("r2-pc-pci-bridge-chassis-dup", *pc(*dev(driver="pci-bridge", chassis_nr=1, id="pci.1", bus="pci.0", addr="0x3"),
                                      *dev(driver="pci-bridge", chassis_nr=1, id="pci.2", bus="pci.0", addr="0x4")), steps=hmp("info pci"))
x("r2-pc-pci-bridge-hotplug", *pc(*dev(driver="pci-bridge", chassis_nr=1, id="pci.1", bus="pci.0", addr="0x3")),
  steps=[qmp("device_add", driver="virtio-rng-pci", id="rng1", bus="pci.1", addr="0x2"), qmp("query-pci"), qmp("device_del", id="rng1")])
x("r2-pcie-dmi-bridge", *q35(*dev(driver="i82801b11-bridge", id="pci.5", bus="pcie.0", addr="0x1e"),
                             *dev(driver="pci-bridge", chassis_nr=6, id="pci.6", bus="pci.5", addr="0x0"),
                             *dev(driver="virtio-balloon-pci", id="balloon0", bus="pci.6", addr="0x1")), steps=hmp("info pci"))

# ----------------------------------------------- -blockdev chains ----
MISSING = "/var/lib/libvirt/images/missing-vm2.qcow2"
FILEBD = {"driver": "file", "filename": MISSING, "node-name": "libvirt-1-storage", "auto-read-only": True, "discard": "unmap"}
x("r2-blockdev-file-missing", *q35("-blockdev", j(**FILEBD),
                                   "-blockdev", j(**{"node-name": "libvirt-1-format", "read-only": False, "driver": "qcow2", "file": "libvirt-1-storage"}),
                                   *blk(1, bus="pci.1", addr="0x0", bootindex=1)), steps=hmp("info block"))
x("r2-blockdev-file-missing-ro", *q35("-blockdev", j(**dict(FILEBD, **{"read-only": True}))), steps=hmp("info block"))
x("r2-blockdev-file-cache", *q35("-blockdev", j(**dict(FILEBD, cache={"direct": True, "no-flush": False}))), steps=hmp("info block"))
x("r2-blockdev-qcow2-on-null", *q35("-blockdev", j(**{"driver": "null-co", "node-name": "libvirt-1-storage", "size": 1048576}),
                                    "-blockdev", j(**{"node-name": "libvirt-1-format", "read-only": False, "driver": "qcow2", "file": "libvirt-1-storage"})),
  steps=hmp("info block"))
x("r2-blockdev-qcow2-backing-null", *q35("-blockdev", j(**{"driver": "null-co", "node-name": "libvirt-2-storage", "size": 1048576, "read-zeroes": True}),
                                         "-blockdev", j(**{"node-name": "libvirt-2-format", "read-only": True, "driver": "raw", "file": "libvirt-2-storage"}),
                                         "-blockdev", j(**{"driver": "null-co", "node-name": "libvirt-1-storage", "size": 1048576}),
                                         "-blockdev", j(**{"node-name": "libvirt-1-format", "read-only": False, "driver": "qcow2", "file": "libvirt-1-storage", "backing": "libvirt-2-format"})),
  steps=hmp("info block"))
x("r2-blockdev-raw-missing-file-node", *q35("-blockdev", j(**{"node-name": "libvirt-1-format", "read-only": False, "driver": "raw", "file": "libvirt-9-storage"})),
  steps=hmp("info block"))
x("r2-blockdev-dup-node", *q35(*disk(1), "-blockdev", j(**{"driver": "null-co", "node-name": "libvirt-1-storage"})), steps=hmp("info block"))
x("r2-blockdev-hotplug-missing", *q35(),
  steps=[qmp("blockdev-add", **FILEBD), qmp("query-named-block-nodes", flat=True),
         qmp("blockdev-add", driver="null-co", **{"node-name": "libvirt-3-storage", "size": 1073741824}),
         qmp("blockdev-add", driver="qcow2", **{"node-name": "libvirt-3-format", "read-only": False, "file": "libvirt-3-storage"}),
         qmp("blockdev-add", driver="raw", **{"node-name": "libvirt-3-format", "read-only": False, "file": "libvirt-3-storage"}),
         qmp("device_add", driver="virtio-blk-pci", drive="libvirt-3-format", id="virtio-disk3", bus="pci.2", addr="0x0"),
         qmp("blockdev-del", **{"node-name": "libvirt-3-format"}), qmp("blockdev-del", **{"node-name": "libvirt-3-storage"}),
         qmp("device_del", id="virtio-disk3")])
x("r2-blockdev-query-nodes", *q35(*disk(1), *blk(1, bus="pci.1", addr="0x0")),
  steps=[qmp("query-named-block-nodes", flat=True), qmp("query-block")])
x("r2-blockdev-del-unused", *q35(*disk(1)),
  steps=[qmp("blockdev-del", **{"node-name": "libvirt-1-storage"}), qmp("blockdev-del", **{"node-name": "libvirt-1-format"}),
         qmp("blockdev-del", **{"node-name": "libvirt-1-storage"}), qmp("blockdev-del", **{"node-name": "libvirt-1-storage"}), hmp("info block")[0]])
x("r2-blockdev-scsi-cd-empty", *q35(*dev(driver="virtio-scsi-pci", id="scsi0", bus="pci.1", addr="0x0"),
                                    *dev(driver="scsi-cd", bus="scsi0.0", channel=0, **{"scsi-id": 0}, lun=0, device_id="drive-scsi0-0-0-0", id="scsi0-0-0-0")),
  steps=hmp("info block") + [qmp("query-block")])
x("r2-blockdev-ide-cd-empty", *q35(*dev(driver="ide-cd", bus="ide.0", id="sata0-0-0")), steps=hmp("info block") + [qmp("query-block")])
x("r2-blockdev-throttle", *q35(*disk(1), *blk(1, bus="pci.1", addr="0x0")),
  steps=[qmp("block_set_io_throttle", id="virtio-disk1", bps=0, bps_rd=0, bps_wr=0, iops=100, iops_rd=0, iops_wr=0), qmp("query-block"),
         qmp("block_resize", **{"node-name": "libvirt-1-format", "size": 21474836480}), hmp("info block")[0]])

# ---------------------------------------------------- fw_cfg, smbios ----
for name, opt in [("string", "name=opt/com.example/foo,string=bar"), ("two", "name=opt/a,string=1"),
                  ("no-opt-prefix", "name=com.example/foo,string=bar"), ("no-name", "string=bar"),
                  ("file-missing", "name=opt/com.example/blob,file=/var/lib/libvirt/nope.bin"),
                  ("both", "name=opt/x,string=a,file=/nope"), ("neither", "name=opt/x"),
                  ("long-name", "name=opt/" + "n" * 60 + ",string=x")]:
    extra = ["-fw_cfg", "name=opt/b,string=2"] if name == "two" else []
    x("r2-fwcfg-" + name, *q35("-fw_cfg", opt, *extra), steps=hmp("info pci"))
x("r2-fwcfg-dup", *q35("-fw_cfg", "name=opt/a,string=1", "-fw_cfg", "name=opt/a,string=2"), steps=hmp("info pci"))
SMB = [("type0", ["-smbios", "type=0,vendor=LENOVO,version=N2CET48W,date=01/01/2022,release=1.48"]),
       ("type1", ["-smbios", "type=1,manufacturer=QEMU,product=Standard PC,version=7.2,serial=abc123,uuid=4e9e6f21-8c6c-4a28-9f0e-3f7c1a2b5d10,sku=S1,family=Virtual"]),
       ("type1-uuid-mismatch", ["-smbios", "type=1,uuid=00000000-0000-0000-0000-000000000001"]),
       ("type2", ["-smbios", "type=2,manufacturer=ACME,product=Board,version=1,serial=B1,asset=A1,location=L1"]),
       ("type3", ["-smbios", "type=3,manufacturer=ACME,version=1,serial=C1,asset=A2,sku=S2"]),
       ("all", ["-smbios", "type=0,vendor=V", "-smbios", "type=1,manufacturer=M", "-smbios", "type=2,manufacturer=B", "-smbios", "type=3,manufacturer=C"]),
       ("type1-bad-uuid", ["-smbios", "type=1,uuid=xyz"]), ("type9", ["-smbios", "type=9"]), ("type-bad", ["-smbios", "type=42"]),
       ("type0-bad-key", ["-smbios", "type=0,nosuch=1"]), ("type11", ["-smbios", "type=11,value=hello"]),
       ("type4", ["-smbios", "type=4,manufacturer=Intel,version=X"]), ("type17", ["-smbios", "type=17,loc_pfx=DIMM,speed=2400"]),
       ("type0-uefi", ["-smbios", "type=0,uefi=on"])]
for name, a in SMB:
    x("r2-smbios-" + name, *q35(*a), steps=hmp("info pci"))
x("r2-smbios-pc", *pc(*SMB[1][1]), steps=hmp("info pci"))
p("r2-ps-smbios", *pseries(*SMB[0][1]), steps=hmp("info pci"))
p("r2-ps-fwcfg", *pseries("-fw_cfg", "name=opt/a,string=1"), steps=hmp("info pci"))

# ------------------------------------------------ board globals, panic ----
x("r2-global-s3-qom", *q35(), steps=[{"hmp": "info qtree", "grep": "disable_s[34]"}])
x("r2-global-s3-pc-on-q35", *q35("-global", "PIIX4_PM.disable_s3=1"), steps=[{"hmp": "info qtree", "grep": "disable_s3"}])
x("r2-global-s3-q35-on-pc", *pc("-global", "ICH9-LPC.disable_s3=1"), steps=[{"hmp": "info qtree", "grep": "disable_s3"}])
x("r2-global-s3-zero", *head2("pc-q35-7.2", extra=",vmport=off"), "-global", "ICH9-LPC.disable_s3=0", "-global", "ICH9-LPC.disable_s4=0",
  steps=[{"hmp": "info qtree", "grep": "disable_s"}])
x("r2-global-s3-bad", *head2("pc-q35-7.2", extra=",vmport=off"), "-global", "ICH9-LPC.disable_s3=2", steps=hmp("info pci"))
x("r2-pvpanic", *q35(*dev(driver="pvpanic", ioport=1285)), steps=hmp("info qtree") + [qmp("qom-list", path="/machine/peripheral-anon")])
x("r2-pvpanic-id", *q35(*dev(driver="pvpanic", id="panic0", ioport=1285, events=3)),
  steps=[qmp("qom-get", path="/machine/peripheral/panic0", property="ioport"), qmp("qom-get", path="/machine/peripheral/panic0", property="events")])
x("r2-pvpanic-pci", *q35(*dev(driver="pvpanic-pci", id="panic0", bus="pci.1", addr="0x0")), steps=hmp("info pci"))
x("r2-pvpanic-two", *q35(*dev(driver="pvpanic", ioport=1285), *dev(driver="pvpanic", ioport=1286)), steps=hmp("info qtree"))
x("r2-pvpanic-pc", *pc(*dev(driver="pvpanic", ioport=1285)), steps=hmp("info qtree"))
x("r2-pvpanic-action", *q35(*dev(driver="pvpanic", ioport=1285), "-action", "panic=shutdown"), steps=hmp("info qtree"))
x("r2-vmcoreinfo", *q35(*dev(driver="vmcoreinfo")), steps=hmp("info qtree"))
x("r2-vmcoreinfo-two", *q35(*dev(driver="vmcoreinfo"), *dev(driver="vmcoreinfo")), steps=hmp("info qtree"))
x("r2-vmcoreinfo-pc", *pc(*dev(driver="vmcoreinfo"), *dev(driver="pvpanic", ioport=1285)), steps=hmp("info qtree"))
x("r2-vmcoreinfo-hotplug", *q35(), steps=[qmp("device_add", driver="vmcoreinfo"), qmp("device_add", driver="pvpanic")])
p("r2-ps-pvpanic", *pseries(*dev(driver="pvpanic-pci", id="panic0", bus="pci.0", addr="0x8")), steps=hmp("info pci"))
p("r2-ps-vmcoreinfo", *pseries(*dev(driver="vmcoreinfo")), steps=hmp("info qtree"))

# ------------------------------------- libvirt's monitor checks -----
x("r2-mon-device-list-properties", *q35(),
  steps=[qmp("device-list-properties", typename=t) for t in ("pvpanic", "vmcoreinfo", "pc-dimm", "nosuch-device", "i6300esb")])
x("r2-mon-qom-list-types", *q35(), steps=[qmp("qom-list-types", implements="pc-dimm", abstract=False)])
x("r2-mon-qom-list", *q35(*VS), steps=[qmp("qom-list", path="/machine/peripheral/virtio-serial0"), qmp("qom-list", path="/nosuch"),
                                       qmp("qom-get", path="/machine/peripheral/virtio-serial0", property="max_ports")])
p("r2-ps-mon-qom", *pseries(), steps=[qmp("qom-get", path="/machine", property=pr) for pr in ("cap-vsx", "cap-dfp", "resize-hpt", "ic-mode", "kvm-type")])
p("r2-ps-mon-dlp", *pseries(), steps=[qmp("device-list-properties", typename=t) for t in ("spapr-vty", "spapr-nvram", "spapr-pci-host-bridge")])

# Measurements (r2m-) for the fixes: qxl's RAM sizes after realize,
# block_set_io_throttle by a device id, block_resize through raw.
for name, o in [("vgamem64", dict(vgamem_mb=64)), ("vgamem300", dict(vgamem_mb=300)), ("ram-mb32", dict(ram_size_mb=32)),
                ("vram-mb1", dict(vram_size_mb=1)), ("ram-small", dict(ram_size=1048576, vram_size=1000)), ("rev1", dict(revision=1)),
                ("vgamem24", dict(vgamem_mb=24, ram_size=33554432))]:
    x("r2m-qxl-" + name, *q35(*dev(driver="qxl-vga", id="video0", bus="pcie.0", addr="0x1", **o)),
      steps=[{"hmp": "info qtree", "grep": "ram_size|vram_size|vgamem_mb|revision"}, qmp("query-pci")])
x("r2m-qxl-second-vgamem2", *q35(*dev(driver="qxl", id="video1", vgamem_mb=2, bus="pcie.0", addr="0x3")),
  steps=[{"hmp": "info qtree", "grep": "ram_size|vram_size|vgamem_mb"}, qmp("query-pci")])
for name, d in [("scsi-hd-node", dev(driver="virtio-scsi-pci", id="scsi0", bus="pci.1", addr="0x0") + disk(1)
                 + dev(driver="scsi-hd", bus="scsi0.0", drive="libvirt-1-format", id="scsi0-0-0-0")),
                ("virtio-blk-drive", ["-drive", "if=none,id=drive0,driver=null-co"] + dev(driver="virtio-blk-pci", drive="drive0", id="vd0", bus="pci.1", addr="0x0")),
                ("ide-hd-drive", ["-drive", "if=none,id=drive0,driver=null-co"] + dev(driver="ide-hd", drive="drive0", id="sata0-0-0", bus="ide.0")),
                ("virtio-blk-node", disk(1) + blk(1, bus="pci.1", addr="0x0"))]:
    ids = ["scsi0-0-0-0", "vd0", "sata0-0-0", "virtio-disk1", "pci.1", "nosuch"]
    x("r2m-throttle-" + name, *q35(*d),
      steps=[qmp("block_set_io_throttle", id=i, bps=0, bps_rd=0, bps_wr=0, iops=100, iops_rd=0, iops_wr=0) for i in ids]
      + [qmp("eject", id=i) for i in ids[:4]] + hmp("info block"))
x("r2m-resize", *q35(*disk(1), "-blockdev", j(**{"driver": "null-co", "node-name": "n2", "size": 1048576}),
                     "-blockdev", j(**{"driver": "raw", "node-name": "r2", "file": "n2", "size": 4096}),
                     "-drive", "if=none,id=drive0,driver=null-co"),
  steps=[qmp("block_resize", **{"node-name": n, "size": 2097152}) for n in ("libvirt-1-format", "libvirt-1-storage", "r2", "n2")]
  + [qmp("block_resize", device="drive0", size=2097152), qmp("block_resize", **{"node-name": "libvirt-1-format", "size": -1})])

# ============================================================ round 3 ====
# Round 3 (r3-): the command lines libvirt 9-11 generates for domain
# configurations rounds 1-2 did not cover, as `ps` or
# /var/log/libvirt/qemu/NAME.log show them, then what libvirt sends on QMP
# after start: full pseries domains (PHBs, VIO, caps, max-cpu-compat), q35
# with many pcie-root-ports (multifunction, chassis/port = slot<<3|function,
# root ports at 0x1 when there is no video), <vcpus> with hotpluggable vcpus
# (libvirt cold-plugs the enabled hotpluggable ones with -device ...,id=vcpuN)
# and <numa> cells (memdev per node, -numa cpu=, memory-backend-ram/-memfd
# with share=/prealloc=), CPU models libvirt expands (host-model as written
# on EPYC/Skylake/Cascadelake/Icelake hosts, custom mode with
# policy=require/disable as name=on/off), -overcommit, -sandbox,
# -msg timestamp=on, -global ICH9-LPC.*, -device JSON with bootindex, romfile
# and serial, -blockdev chains over host images (casegen.HostFiles),
# virtio-scsi disks and CD-ROMs, USB controllers (qemu-xhci, ich9-usb-ehci1
# with its uhci companions), -netdev JSON without vhost, and libvirt's QMP
# at start (qom-list/qom-get of the CPU's properties, qom-list-get, which
# neither release has, query-hotpluggable-cpus, query-chardev, query-balloon)
# and at vcpu hot-plug (device_add with id vcpuN, device_del, DEVICE_DELETED).
# Left out: host thread ids (query-cpus-fast, query-iothreads), automatic
# node names, query-block/query-named-block-nodes on host images (their
# actual-size is the host's), hostfwd (host ports), thread-context objects.

LV3_IMG = "/tmp/hotplug-lab-lv3"
LV3_FILES = {"root.qcow2": ("qcow2", 1 << 30), "base.raw": ("raw", 16 << 20), "data.raw": ("raw", 8 << 20),
             "top.qcow2": ("qcow2", 16 << 20), "install.iso": ("raw", 2 << 20)}
hostfiles = HostFiles(corpus, LV3_IMG, LV3_FILES)
img = hostfiles.img


def xf(*a, **k):
    hostfiles.case("x86_64", *a, **k)


def obj(**o):
    return ["-object", j(**o)]


def head3(machine, name="vm3", smp="2,sockets=2,dies=1,cores=1,threads=1", **kw):
    """libvirt 9-11's head: head2's, with dies in -smp and another uuid."""
    return head2(machine, name=name, smp=smp, uuid="8d0c5b7e-2f43-4a61-9c3e-0b5a7d2e9f11", **kw)


def ports_at(slot, n, first_chassis=1, first_id=1):
    """libvirt's pcie-root-ports filling slot, slot+1, ...: port = slot<<3 | function,
    multifunction on function 0 when the slot has more than one port."""
    out = []
    for i in range(n):
        s, f = slot + i // 8, i % 8
        o = {"driver": "pcie-root-port", "port": s << 3 | f, "chassis": first_chassis + i, "id": "pci.%d" % (first_id + i), "bus": "pcie.0"}
        if f == 0 and i + 1 < n:
            o["multifunction"] = True
        o["addr"] = "0x%x" % s if f == 0 else "0x%x.0x%x" % (s, f)
        out += dev(**o)
    return out


def q35b(*more, machine="pc-q35-7.2", ports=None, **kw):
    return (head3(machine, extra=",vmport=off,hpet=off,acpi=on", **kw) + Q35_TAIL
            + (ports if ports is not None else ports_at(2, 4)) + list(more))


def psb(*more, machine="pseries-7.2", extra="", smp="2,sockets=1,dies=1,cores=2,threads=1", **kw):
    return head3(machine, name="ppc3", smp=smp, extra=extra, **kw) + PS_TAIL + list(more)


CPU0 = "/machine/unattached/device[0]"
# What libvirt asks after a start with -S: the CPU's properties (qom-list,
# then qom-get of feature-words and filtered-features; libvirt 11 tries
# qom-list-get first), the vcpus, chardevs and the balloon.
START_X = [qmp("qom-list-get", paths=[CPU0]), qmp("qom-get", path=CPU0, property="feature-words"),
           qmp("qom-get", path=CPU0, property="filtered-features"), qmp("query-hotpluggable-cpus")]
START_P = [qmp("qom-list-get", paths=[CPU0]), qmp("query-hotpluggable-cpus"), qmp("query-chardev")]

# ------------------------------------------------------ pseries domains --
PS_CAPS = ",cap-cfpc=broken,cap-sbbc=broken,cap-ibs=broken,cap-ccf-assist=off"
VTY = ["-chardev", "null,id=charserial0"] + dev(driver="spapr-vty", chardev="charserial0", id="serial0", reg=0x30000000)
VSCSI = dev(driver="spapr-vscsi", id="scsi0", reg=0x2000)
# libvirt sets the board's nvram by -global (spapr-nvram is no -device).
NVRAM = ["-global", "spapr-nvram.reg=0x3000"]


def ps_full(machine="pseries-7.2", extra=PS_CAPS, phbs=1, **kw):
    more = []
    for i in range(1, phbs + 1):
        more += dev(driver="spapr-pci-host-bridge", index=i, id="pci.%d" % i)
    more += (dev(driver="qemu-xhci", p2=15, p3=15, id="usb", bus="pci.0", addr="0x2") + VSCSI + disk(1)
             + dev(driver="scsi-hd", bus="scsi0.0", channel=0, **{"scsi-id": 0}, lun=0, device_id="drive-scsi0-0-0-0",
                   drive="libvirt-1-format", id="scsi0-0-0-0", bootindex=1)
             + ["-netdev", j(type="user", id="hostnet0")]
             + dev(driver="virtio-net-pci", netdev="hostnet0", id="net0", mac="52:54:00:3c:4d:5e", bus="pci.0", addr="0x1")
             + VTY + NVRAM + dev(driver="usb-kbd", id="input0", bus="usb.0", port="1"))
    return psb(*more, machine=machine, extra=extra, **kw)


for m in ("pseries-7.2", "pseries-7.1", "pseries-8.2", "pseries-9.2"):
    p("r3-ps-domain-" + m, *ps_full(m), steps=hmp("info pci", "info qtree") + START_P)
p("r3-ps-domain-compat9", *ps_full(extra=PS_CAPS + ",max-cpu-compat=power9"),
  steps=[qmp("qom-get", path="/machine", property="max-cpu-compat"), qmp("qom-get", path=CPU0, property="compat-pvr")] + START_P)
p("r3-ps-domain-compat8-cpu", *ps_full(extra=PS_CAPS + ",max-cpu-compat=power8", cpu="POWER8"),
  steps=[qmp("qom-get", path="/machine", property="max-cpu-compat"), qmp("query-hotpluggable-cpus")])
p("r3-ps-domain-cpu-power9", *ps_full(cpu="POWER9"), steps=hmp("info cpus") + [qmp("query-hotpluggable-cpus")])
p("r3-ps-domain-cpu-power10", *ps_full(cpu="POWER10", extra=PS_CAPS), steps=[qmp("query-hotpluggable-cpus")])
p("r3-ps-domain-phb3", *ps_full(phbs=3), steps=hmp("info pci") + [qmp("query-pci")])
p("r3-ps-domain-phb-devices", *psb(*dev(driver="spapr-pci-host-bridge", index=1, id="pci.1"),
                                   *dev(driver="spapr-pci-host-bridge", index=2, id="pci.2"),
                                   *dev(driver="virtio-scsi-pci", id="scsi1", bus="pci.1.0", addr="0x1"),
                                   *dev(driver="virtio-balloon-pci", id="balloon0", bus="pci.2.0", addr="0x3"),
                                   *dev(driver="virtio-rng-pci", id="rng0", bus="pci.2.0", addr="0x4"), extra=PS_CAPS),
  steps=hmp("info pci") + [qmp("query-pci")])
p("r3-ps-domain-vty-vscsi-nvram", *psb(*VTY, *VSCSI, *NVRAM, extra=PS_CAPS),
  steps=hmp("info qtree") + [qmp("qom-list", path="/machine/peripheral"), qmp("query-chardev")])
p("r3-ps-domain-vio-reg-taken", *psb(*VSCSI, "-global", "spapr-nvram.reg=0x2000", extra=PS_CAPS), steps=hmp("info qtree"))
p("r3-ps-domain-numa-cpu", *psb(smp="4,maxcpus=4,sockets=1,dies=1,cores=4,threads=1", extra=PS_CAPS,
                                numa=[(None, 512, "memory-backend-ram", {}), (None, 512, "memory-backend-ram", {})],
                                numa_cpu=["node-id=0,core-id=0", "node-id=0,core-id=1", "node-id=1,core-id=2", "node-id=1,core-id=3"]),
  steps=hmp("info numa") + [qmp("query-hotpluggable-cpus")])
p("r3-ps-domain-numa-memfd", *psb(smp="2,maxcpus=2,sockets=1,dies=1,cores=2,threads=1", extra=PS_CAPS,
                                  numa=[("0", 512, "memory-backend-memfd", {"share": True}), ("1", 512, "memory-backend-memfd", {"share": True})]),
  steps=hmp("info numa") + [qmp("query-memdev")])
# <vcpus> with hot-pluggable cores: libvirt cold-plugs the enabled ones.
# The core type follows -cpu (10.0's default is power9_v2.2): libvirt names the model.
PSC9 = "power9_v2.0-spapr-cpu-core"
p("r3-ps-vcpus-coldplug", *psb(*dev(driver=PSC9, id="vcpu1", **{"core-id": 1}), smp="1,maxcpus=4,sockets=1,dies=1,cores=4,threads=1", extra=PS_CAPS, cpu="power9_v2.0"),
  steps=[qmp("query-hotpluggable-cpus"), qmp("qom-list", path="/machine/peripheral")])
p("r3-ps-vcpus-coldplug-smt", *psb(*dev(driver=PSC9, id="vcpu2", **{"core-id": 2}), smp="2,maxcpus=8,sockets=1,dies=1,cores=4,threads=2", extra=PS_CAPS, cpu="power9_v2.0"),
  steps=[qmp("query-hotpluggable-cpus"), hmp("info cpus")[0]])
p("r3-ps-vcpus-coldplug-bad-id", *psb(*dev(driver=PSC9, id="vcpu1", **{"core-id": 5}), smp="2,maxcpus=4,sockets=1,dies=1,cores=4,threads=1", extra=PS_CAPS, cpu="power9_v2.0"),
  steps=[qmp("query-hotpluggable-cpus")])
p("r3-ps-vcpu-hotplug-seq", *psb(smp="1,maxcpus=4,sockets=1,dies=1,cores=4,threads=1", extra=PS_CAPS, cpu="power9_v2.0"),
  steps=[qmp("query-hotpluggable-cpus"), qmp("device_add", driver=PSC9, id="vcpu1", **{"core-id": 1}),
         qmp("qom-get", path="/machine/peripheral/vcpu1", property="core-id"),
         qmp("qom-get", path="/machine/peripheral/vcpu1", property="nr-threads"),
         qmp("qom-list-get", paths=["/machine/peripheral/vcpu1"]),
         qmp("query-hotpluggable-cpus"), qmp("device_del", id="vcpu1"), qmp("query-hotpluggable-cpus")])
p("r3-ps-vcpu-hotplug-numa", *psb(smp="2,maxcpus=4,sockets=1,dies=1,cores=4,threads=1", extra=PS_CAPS, cpu="power9_v2.0",
                                  numa=[(None, 512, "memory-backend-ram", {}), (None, 512, "memory-backend-ram", {})],
                                  numa_cpu=["node-id=0,core-id=0", "node-id=0,core-id=1", "node-id=1,core-id=2", "node-id=1,core-id=3"]),
  steps=[qmp("device_add", driver=PSC9, id="vcpu2", **{"core-id": 2, "node-id": 1}), qmp("device_add", driver=PSC9, id="vcpu3", **{"core-id": 3, "node-id": 0}),
         qmp("query-hotpluggable-cpus"), hmp("info numa")[0]])
p("r3-ps-vcpu-hotplug-two-del", *psb(smp="2,maxcpus=6,sockets=1,dies=1,cores=6,threads=1", extra=PS_CAPS, cpu="power9_v2.0"),
  steps=[qmp("device_add", driver=PSC9, id="vcpu2", **{"core-id": 2}), qmp("device_add", driver=PSC9, id="vcpu4", **{"core-id": 4}),
         qmp("device_del", id="vcpu4"), qmp("device_del", id="vcpu2"), qmp("qom-list", path="/machine/peripheral"), qmp("query-hotpluggable-cpus")])

# ------------------------------------------- q35 with many root ports ----
x("r3-q35-ports-16", *q35b(ports=ports_at(2, 16)), steps=hmp("info pci") + [qmp("query-pci")])
x("r3-q35-ports-at-1", *q35b(ports=ports_at(1, 8)), steps=hmp("info pci") + [qmp("qom-get", path="/machine/peripheral/pci.8", property="port"),
                                                                               qmp("qom-get", path="/machine/peripheral/pci.8", property="chassis")])
x("r3-q35-ports-at-1-video", *q35b(*dev(driver="virtio-vga", id="video0", max_outputs=1, bus="pcie.0", addr="0x1"), ports=ports_at(1, 2)), steps=hmp("info pci"))
x("r3-q35-ports-9", *q35b(*dev(driver="virtio-balloon-pci", id="balloon0", bus="pci.9", addr="0x0"), ports=ports_at(2, 9)),
  steps=hmp("info pci") + [qmp("query-pci")])
x("r3-q35-ports-no-multifunction", *q35b(ports=dev(driver="pcie-root-port", port=16, chassis=1, id="pci.1", bus="pcie.0", addr="0x2")
                                         + dev(driver="pcie-root-port", port=17, chassis=2, id="pci.2", bus="pcie.0", addr="0x2.0x1")), steps=hmp("info pci"))
x("r3-q35-ports-func-first", *q35b(ports=dev(driver="pcie-root-port", port=17, chassis=2, id="pci.2", bus="pcie.0", addr="0x2.0x1")
                                   + dev(driver="pcie-root-port", port=16, chassis=1, id="pci.1", bus="pcie.0", addr="0x2")), steps=hmp("info pci"))
x("r3-q35-ports-func-first-mf", *q35b(ports=dev(driver="pcie-root-port", port=23, chassis=8, id="pci.8", bus="pcie.0", addr="0x2.0x7")
                                      + dev(driver="pcie-root-port", port=16, chassis=1, id="pci.1", bus="pcie.0", multifunction=True, addr="0x2")),
  steps=hmp("info pci"))
x("r3-q35-ports-dup-chassis", *q35b(ports=dev(driver="pcie-root-port", port=16, chassis=1, id="pci.1", bus="pcie.0", addr="0x2")
                                    + dev(driver="pcie-root-port", port=24, chassis=1, id="pci.2", bus="pcie.0", addr="0x3")), steps=hmp("info pci"))
x("r3-q35-ports-dup-port", *q35b(ports=dev(driver="pcie-root-port", port=16, chassis=1, id="pci.1", bus="pcie.0", addr="0x2")
                                 + dev(driver="pcie-root-port", port=16, chassis=2, id="pci.2", bus="pcie.0", addr="0x3")),
  steps=hmp("info pci") + [qmp("qom-get", path="/machine/peripheral/pci.2", property="port")])
x("r3-q35-ports-addr-1-7", *q35b(ports=ports_at(1, 8)), steps=[qmp("query-pci")])
x("r3-q35-ports-hotplug-last", *q35b(ports=ports_at(2, 12)),
  steps=[qmp("netdev_add", type="user", id="hostnet1"),
         qmp("device_add", driver="virtio-net-pci", netdev="hostnet1", id="net1", mac="52:54:00:aa:cc:01", bus="pci.12", addr="0x0"),
         qmp("device_add", driver="virtio-balloon-pci", id="balloon0", bus="pci.9", addr="0x0"),
         hmp("info pci")[0], qmp("device_del", id="net1"), qmp("device_del", id="balloon0")])
x("r3-q35-ports-hotplug-func", *q35b(ports=ports_at(2, 2)),
  steps=[qmp("device_add", driver="pcie-root-port", port=18, chassis=3, id="pci.3", bus="pcie.0", addr="0x2.0x2"),
         qmp("device_add", driver="pcie-root-port", port=24, chassis=4, id="pci.4", bus="pcie.0", addr="0x3")])
x("r3-q35-ports-slot-props", *q35b(ports=ports_at(2, 3)),
  steps=[{"hmp": "info qtree", "grep": "chassis|port =|slot|multifunction|addr ="}])

# ----------------------------------------- <vcpus> and <numa> cells ----
def numa2(typ="memory-backend-ram", more=None, sz=512):
    return [(None, sz, typ, more or {}), (None, sz, typ, more or {})]


SKC = "Skylake-Client-IBRS-x86_64-cpu"
x("r3-numa-cpu-sockets", *q35b(smp="4,maxcpus=4,sockets=4,dies=1,cores=1,threads=1", numa=numa2(),
                               numa_cpu=["node-id=0,socket-id=0", "node-id=0,socket-id=1", "node-id=1,socket-id=2", "node-id=1,socket-id=3"]),
  steps=hmp("info numa") + [qmp("query-hotpluggable-cpus")])
x("r3-numa-cpu-cores", *q35b(smp="4,maxcpus=8,sockets=2,dies=1,cores=2,threads=2", numa=numa2(),
                             numa_cpu=["node-id=0,socket-id=0", "node-id=1,socket-id=1"]),
  steps=hmp("info numa") + [qmp("query-hotpluggable-cpus")])
x("r3-numa-cpu-and-cpus", *q35b(smp="2,maxcpus=2,sockets=2,dies=1,cores=1,threads=1",
                                numa=[("0", 512, "memory-backend-ram", {}), (None, 512, "memory-backend-ram", {})], numa_cpu=["node-id=1,socket-id=1"]),
  steps=hmp("info numa"))
x("r3-numa-cpu-bad-node", *q35b(smp="2,maxcpus=2,sockets=2,dies=1,cores=1,threads=1", numa=numa2(), numa_cpu=["node-id=5,socket-id=1"]), steps=hmp("info numa"))
x("r3-numa-cpu-bad-socket", *q35b(smp="2,maxcpus=2,sockets=2,dies=1,cores=1,threads=1", numa=numa2(), numa_cpu=["node-id=1,socket-id=7"]), steps=hmp("info numa"))
x("r3-numa-cpu-no-node", *q35b(smp="2,maxcpus=2,sockets=2,dies=1,cores=1,threads=1", numa=numa2(), numa_cpu=["socket-id=1"]), steps=hmp("info numa"))
x("r3-numa-memfd-share", *q35b(numa=numa2("memory-backend-memfd", {"share": True})), steps=hmp("info numa") + [qmp("query-memdev")])
x("r3-numa-memfd-noshare", *q35b(numa=numa2("memory-backend-memfd", {"share": False})), steps=[qmp("query-memdev")])
x("r3-numa-ram-share", *q35b(numa=numa2("memory-backend-ram", {"share": True})), steps=[qmp("query-memdev")])
x("r3-numa-ram-prealloc", *q35b(numa=numa2("memory-backend-ram", {"prealloc": True, "prealloc-threads": 2}, sz=128), mem=256),
  steps=[qmp("query-memdev"), qmp("qom-get", path="/objects/ram-node0", property="prealloc")])
x("r3-numa-memfd-prealloc", *q35b(numa=numa2("memory-backend-memfd", {"share": True, "prealloc": True, "prealloc-threads": 1}, sz=128), mem=256),
  steps=[qmp("query-memdev")])
x("r3-numa-memfd-hugetlb-off", *q35b(numa=numa2("memory-backend-memfd", {"hugetlb": False, "share": True})), steps=[qmp("qom-get", path="/objects/ram-node1", property="hugetlb")])
x("r3-numa-ram-canonical", *q35b(numa=numa2("memory-backend-ram", {"x-use-canonical-path-for-ramblock-id": False})),
  steps=[qmp("qom-get", path="/objects/ram-node0", property="x-use-canonical-path-for-ramblock-id"), qmp("query-memdev")])
x("r3-numa-size-mismatch", *q35b(numa=[(None, 512, "memory-backend-ram", {}), (None, 256, "memory-backend-ram", {})]), steps=hmp("info numa"))
x("r3-numa-memfd-pc", *head3("pc-i440fx-7.2", name="legacy3", smp="2,sockets=2,dies=1,cores=1,threads=1", extra=",vmport=off",
                             numa=numa2("memory-backend-memfd", {"share": True})), *PC_TAIL, steps=hmp("info numa"))
x("r3-numa-host-nodes", *q35b(numa=numa2("memory-backend-ram", {"host-nodes": [0], "policy": "bind"})), steps=[qmp("query-memdev")])
x("r3-numa-clusters", *q35b(smp="4,maxcpus=4,sockets=2,dies=1,clusters=1,cores=2,threads=1", numa=numa2(),
                            numa_cpu=["node-id=0,socket-id=0", "node-id=1,socket-id=1"]), steps=hmp("info numa"))
# libvirt cold-plugs enabled hot-pluggable vcpus with -device.
x("r3-vcpus-coldplug", *q35b(*dev(driver="qemu64-x86_64-cpu", id="vcpu1", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
                             *dev(driver="qemu64-x86_64-cpu", id="vcpu2", **{"socket-id": 2, "core-id": 0, "thread-id": 0}),
                             smp="1,maxcpus=4,sockets=4,dies=1,cores=1,threads=1"),
  steps=[qmp("query-hotpluggable-cpus"), hmp("info cpus")[0]])
x("r3-vcpus-coldplug-numa", *q35b(*dev(driver="qemu64-x86_64-cpu", id="vcpu2", **{"socket-id": 2, "core-id": 0, "thread-id": 0, "node-id": 1}),
                                  smp="2,maxcpus=4,sockets=4,dies=1,cores=1,threads=1", numa=numa2(),
                                  numa_cpu=["node-id=0,socket-id=0", "node-id=0,socket-id=1", "node-id=1,socket-id=2", "node-id=1,socket-id=3"]),
  steps=[qmp("query-hotpluggable-cpus"), hmp("info numa")[0]])
x("r3-vcpus-coldplug-skylake", *q35b(*dev(driver=SKC, id="vcpu1", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
                                     smp="1,maxcpus=2,sockets=2,dies=1,cores=1,threads=1", cpu="Skylake-Client-IBRS"),
  steps=[qmp("query-hotpluggable-cpus"), qmp("qom-get", path="/machine/peripheral/vcpu1", property="model-id")])
x("r3-vcpus-coldplug-wrong-model", *q35b(*dev(driver="qemu64-x86_64-cpu", id="vcpu1", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
                                         smp="1,maxcpus=2,sockets=2,dies=1,cores=1,threads=1", cpu="Skylake-Client-IBRS"),
  steps=[qmp("query-hotpluggable-cpus")])
x("r3-vcpus-coldplug-dies", *q35b(*dev(driver="qemu64-x86_64-cpu", id="vcpu2", **{"socket-id": 0, "die-id": 1, "core-id": 0, "thread-id": 0}),
                                  smp="2,maxcpus=4,sockets=1,dies=2,cores=2,threads=1"),
  steps=[qmp("query-hotpluggable-cpus")])

# -------------------------------------------------------- CPU models ----
HOST_MODEL = {
    "skylake": "Skylake-Client-IBRS,ss=on,vmx=on,pdcm=on,hypervisor=on,tsc-adjust=on,clflushopt=on,umip=on,md-clear=on,stibp=on,"
               "arch-capabilities=on,ssbd=on,xsaves=on,pdpe1gb=on,ibpb=on,ibrs=on,amd-stibp=on,amd-ssbd=on,rsba=on,"
               "skip-l1dfl-vmentry=on,pschange-mc-no=on,hle=off,rtm=off",
    "cascadelake": "Cascadelake-Server,ss=on,vmx=on,pdcm=on,hypervisor=on,tsc-adjust=on,umip=on,pku=on,md-clear=on,stibp=on,"
                   "arch-capabilities=on,xsaves=on,ibpb=on,ibrs=on,amd-stibp=on,amd-ssbd=on,rdctl-no=on,ibrs-all=on,"
                   "skip-l1dfl-vmentry=on,mds-no=on,pschange-mc-no=on,tsx-ctrl=on,hle=off,rtm=off",
    "icelake": "Icelake-Server,ss=on,vmx=on,pdcm=on,hypervisor=on,tsc-adjust=on,avx512ifma=on,sha-ni=on,rdpid=on,fsrm=on,"
               "md-clear=on,stibp=on,arch-capabilities=on,xsaves=on,ibpb=on,ibrs=on,amd-stibp=on,amd-ssbd=on,rdctl-no=on,"
               "ibrs-all=on,skip-l1dfl-vmentry=on,mds-no=on,pschange-mc-no=on,tsx-ctrl=on,hle=off,rtm=off,mpx=off,intel-pt=off",
    "epyc-rome": "EPYC-Rome,x2apic=on,tsc-deadline=on,hypervisor=on,tsc-adjust=on,stibp=on,arch-capabilities=on,ssbd=on,"
                 "xsaves=on,cmp-legacy=on,amd-ssbd=on,virt-ssbd=on,rdctl-no=on,skip-l1dfl-vmentry=on,mds-no=on,"
                 "pschange-mc-no=on,topoext=on",
    "epyc": "EPYC,x2apic=on,tsc-deadline=on,hypervisor=on,tsc-adjust=on,cmp-legacy=on,perfctr-core=on,virt-ssbd=on,"
            "monitor=off,svm=off",
    "epyc-milan": "EPYC-Milan,x2apic=on,tsc-deadline=on,hypervisor=on,tsc-adjust=on,vaes=on,vpclmulqdq=on,spec-ctrl=on,"
                  "stibp=on,arch-capabilities=on,ssbd=on,cmp-legacy=on,virt-ssbd=on,lbrv=on,tsc-scale=on,vmcb-clean=on,"
                  "pause-filter=on,pfthreshold=on,v-vmsave-vmload=on,vgif=on,rdctl-no=on,skip-l1dfl-vmentry=on,mds-no=on,"
                  "pschange-mc-no=on",
    "haswell": "Haswell-noTSX-IBRS,vme=on,ss=on,vmx=on,f16c=on,rdrand=on,hypervisor=on,arat=on,tsc-adjust=on,md-clear=on,"
               "stibp=on,ssbd=on,xsaveopt=on,pdpe1gb=on,abm=on",
}
for name, c in HOST_MODEL.items():
    x("r3-cpu-host-model-" + name, *q35b(cpu=c, smp="1,maxcpus=2,sockets=2,dies=1,cores=1,threads=1"),
      steps=START_X + [qmp("device_add", driver=c.split(",")[0] + "-x86_64-cpu", id="vcpu1", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
                       qmp("qom-get", path="/machine/peripheral/vcpu1", property="hypervisor")])
CUSTOM = {
    "require-disable": "Skylake-Client,vmx=off,pcid=off,hypervisor=on",
    "disable-only": "Broadwell-noTSX,hle=off,rtm=off",
    "require-x2apic": "Westmere,x2apic=on,vmx=off",
    "qemu64-svm-off": "qemu64,svm=off",
    "pentium-plus": "Nehalem,+ssse3,-sse4.2",
    "unknown-feature": "Skylake-Client,nosuchfeature=on",
    "unknown-model": "Skylake-Clientt",
    "max-vmx-off": "max,vmx=off",
    "enforce": "Skylake-Client,enforce",
    "check-off": "Cascadelake-Server,check=off",
    "versioned": "Cascadelake-Server-v4,hle=off",
    "epyc-v3": "EPYC-v3,topoext=on",
}
for name, c in CUSTOM.items():
    x("r3-cpu-custom-" + name, *q35b(cpu=c, smp="1,maxcpus=2,sockets=2,dies=1,cores=1,threads=1"),
      steps=[qmp("qom-get", path=CPU0, property="filtered-features"), qmp("query-hotpluggable-cpus")])
x("r3-cpu-qom-list", *q35b(cpu="Skylake-Client-IBRS,hle=off,rtm=off", smp="1,sockets=1,dies=1,cores=1,threads=1"),
  steps=[qmp("qom-list", path=CPU0), qmp("qom-get", path=CPU0, property="unavailable-features"),
         qmp("qom-get", path=CPU0, property="hle"), qmp("qom-get", path=CPU0, property="vendor")])
x("r3-cpu-pc-host-model", *head3("pc-i440fx-7.2", name="legacy3", smp="1,sockets=1,dies=1,cores=1,threads=1", extra=",vmport=off",
                                 cpu=HOST_MODEL["epyc-rome"]), *PC_TAIL, steps=START_X)

# --------------------------------------------- vcpu hot-plug on x86 ----
for name, c, smp in [("qemu64", None, "1,maxcpus=4,sockets=4,dies=1,cores=1,threads=1"),
                     ("skylake-cores", "Skylake-Client-IBRS", "2,maxcpus=8,sockets=2,dies=1,cores=2,threads=2"),
                     ("epyc", "EPYC-Rome", "1,maxcpus=4,sockets=1,dies=1,cores=4,threads=1")]:
    drv = (c or "qemu64") + "-x86_64-cpu"
    x("r3-vcpu-hotplug-" + name, *q35b(cpu=c, smp=smp),
      steps=[qmp("query-hotpluggable-cpus"),
             qmp("device_add", driver=drv, id="vcpu1", **({"socket-id": 1, "core-id": 0, "thread-id": 0} if name == "qemu64" else
                                                          {"socket-id": 0, "core-id": 1, "thread-id": 0} if name == "epyc" else
                                                          {"socket-id": 0, "die-id": 0, "core-id": 0, "thread-id": 1})),
             qmp("qom-get", path="/machine/peripheral/vcpu1", property="apic-id"),
             qmp("qom-list-get", paths=["/machine/peripheral/vcpu1"]),
             qmp("query-hotpluggable-cpus"), qmp("device_del", id="vcpu1"), qmp("qom-list", path="/machine/peripheral")])
x("r3-vcpu-hotplug-numa", *q35b(smp="2,maxcpus=4,sockets=4,dies=1,cores=1,threads=1", numa=numa2(),
                                numa_cpu=["node-id=0,socket-id=0", "node-id=0,socket-id=1", "node-id=1,socket-id=2", "node-id=1,socket-id=3"]),
  steps=[qmp("device_add", driver="qemu64-x86_64-cpu", id="vcpu2", **{"socket-id": 2, "core-id": 0, "thread-id": 0, "node-id": 1}),
         qmp("device_add", driver="qemu64-x86_64-cpu", id="vcpu3", **{"socket-id": 3, "core-id": 0, "thread-id": 0, "node-id": 0}),
         qmp("query-hotpluggable-cpus"), hmp("info numa")[0]])
x("r3-vcpu-hotplug-pc", *head3("pc-i440fx-7.2", name="legacy3", smp="1,maxcpus=2,sockets=2,dies=1,cores=1,threads=1", extra=",vmport=off"), *PC_TAIL,
  steps=[qmp("device_add", driver="qemu64-x86_64-cpu", id="vcpu1", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
         qmp("device_del", id="vcpu1"), qmp("device_del", id="vcpu1"), qmp("query-hotpluggable-cpus")])
x("r3-vcpu-del-boot-cpu", *q35b(smp="1,maxcpus=2,sockets=2,dies=1,cores=1,threads=1"),
  steps=[qmp("device_del", id="vcpu0"), qmp("qom-list", path="/machine/peripheral")])

# ----------------------------------------- -overcommit, -sandbox, -msg ----
for name, a in [("overcommit-cpu-pm-off", ["-overcommit", "cpu-pm=off"]), ("overcommit-both", ["-overcommit", "mem-lock=off,cpu-pm=off"]),
                ("overcommit-bad", ["-overcommit", "mem-lock=maybe"]), ("overcommit-unknown", ["-overcommit", "nosuch=on"]),
                ("sandbox-off", ["-sandbox", "off"]), ("sandbox-on", ["-sandbox", "on"]),
                ("sandbox-children", ["-sandbox", "on,obsolete=deny,elevateprivileges=children,spawn=deny,resourcecontrol=deny"]),
                ("sandbox-bad", ["-sandbox", "on,spawn=maybe"]), ("sandbox-unknown", ["-sandbox", "on,nosuch=deny"]),
                ("msg-timestamp-off", ["-msg", "timestamp=off"]), ("msg-timestamp-guest-name", ["-msg", "timestamp=on,guest-name=on"])]:
    x("r3-opt-" + name, *q35b(*a), steps=hmp("info pci") + [qmp("query-status")])

# ------------------------------------------------- -global ICH9-LPC ----
for name, a in [("noreboot", ["-global", "ICH9-LPC.noreboot=off"]),
                ("bridge-hotplug-off", ["-global", "ICH9-LPC.acpi-pci-hotplug-with-bridge-support=off"]),
                ("long-form", ["-global", "driver=ICH9-LPC,property=disable_s3,value=0"]),
                ("nosuch", ["-global", "ICH9-LPC.nosuch=1"]),
                ("bad-bool", ["-global", "ICH9-LPC.noreboot=perhaps"]),
                ("smm-compat", ["-global", "ICH9-LPC.x-smi-broadcast=off"])]:
    x("r3-global-lpc-" + name, *q35b(*a), steps=[{"hmp": "info qtree", "grep": "noreboot|disable_s|hotplug|x-smi"}])
x("r3-global-lpc-bridge-hotplug-off-add", *q35b("-global", "ICH9-LPC.acpi-pci-hotplug-with-bridge-support=off"),
  steps=[qmp("device_add", driver="virtio-balloon-pci", id="balloon0", bus="pci.2", addr="0x0"), qmp("device_del", id="balloon0")])

# ---------------------------------- -device JSON: bootindex, romfile, serial --
x("r3-dev-serial-virtio-blk", *q35b(*disk(1), *blk(1, bus="pci.1", addr="0x0", bootindex=1, serial="WD-WCC4N1234567")),
  steps=[{"hmp": "info qtree", "grep": "serial|bootindex"}, qmp("qom-get", path="/machine/peripheral/virtio-disk1", property="serial")])
x("r3-dev-serial-scsi-hd", *q35b(*dev(driver="virtio-scsi-pci", id="scsi0", bus="pci.1", addr="0x0"), *disk(1),
                                 *dev(driver="scsi-hd", bus="scsi0.0", channel=0, **{"scsi-id": 0}, lun=0, device_id="drive-scsi0-0-0-0",
                                      drive="libvirt-1-format", id="scsi0-0-0-0", bootindex=1, serial="S3Z9NB0K123456")),
  steps=[{"hmp": "info qtree", "grep": "serial|bootindex|device_id"}])
x("r3-dev-serial-scsi-long", *q35b(*dev(driver="virtio-scsi-pci", id="scsi0", bus="pci.1", addr="0x0"), *disk(1),
                                   *dev(driver="scsi-hd", bus="scsi0.0", drive="libvirt-1-format", id="scsi0-0-0-0", serial="X" * 40)), steps=hmp("info pci"))
x("r3-dev-serial-ide-long", *q35b(*disk(1), *dev(driver="ide-hd", bus="ide.0", drive="libvirt-1-format", id="sata0-0-0", serial="Y" * 24)), steps=hmp("info pci"))
x("r3-dev-serial-virtio-long", *q35b(*disk(1), *blk(1, bus="pci.1", addr="0x0", serial="Z" * 24)),
  steps=[qmp("qom-get", path="/machine/peripheral/virtio-disk1", property="serial")])
x("r3-dev-romfile-empty", *q35b("-netdev", j(type="user", id="hostnet0"),
                                *dev(driver="virtio-net-pci", netdev="hostnet0", id="net0", mac="52:54:00:01:02:03", bus="pci.1", addr="0x0", romfile="", bootindex=2)),
  steps=hmp("info pci") + [qmp("query-pci")])
x("r3-dev-rombar-off", *q35b("-netdev", j(type="user", id="hostnet0"),
                             *dev(driver="e1000e", netdev="hostnet0", id="net0", mac="52:54:00:01:02:04", bus="pci.1", addr="0x0", rombar=0)),
  steps=hmp("info pci") + [qmp("query-pci")])
x("r3-dev-romfile-missing", *q35b("-netdev", j(type="user", id="hostnet0"),
                                  *dev(driver="virtio-net-pci", netdev="hostnet0", id="net0", bus="pci.1", addr="0x0", romfile="/usr/share/nosuch/efi-virtio.rom")),
  steps=hmp("info pci"))
x("r3-dev-bootindex-dup", *q35b(*disk(1), *blk(1, bus="pci.1", addr="0x0", bootindex=1), *disk(2), *blk(2, bus="pci.2", addr="0x0", bootindex=1)),
  steps=hmp("info pci"))
x("r3-dev-bootindex-order", *q35b(*disk(1), *blk(1, bus="pci.1", addr="0x0", bootindex=2), "-netdev", j(type="user", id="hostnet0"),
                                  *dev(driver="virtio-net-pci", netdev="hostnet0", id="net0", bus="pci.2", addr="0x0", bootindex=1)),
  steps=[qmp("qom-get", path="/machine/peripheral/net0", property="bootindex"), qmp("qom-set", path="/machine/peripheral/net0", property="bootindex", value=2),
         qmp("qom-set", path="/machine/peripheral/net0", property="bootindex", value=3), qmp("qom-get", path="/machine/peripheral/net0", property="bootindex")])
x("r3-dev-bootindex-hotplug", *q35b(*disk(1), *blk(1, bus="pci.1", addr="0x0", bootindex=1)),
  steps=[qmp("blockdev-add", driver="null-co", **{"node-name": "libvirt-2-storage", "size": 1073741824}),
         qmp("blockdev-add", driver="raw", **{"node-name": "libvirt-2-format", "read-only": False, "file": "libvirt-2-storage"}),
         qmp("device_add", driver="virtio-blk-pci", drive="libvirt-2-format", id="virtio-disk2", bus="pci.2", addr="0x0", bootindex=1),
         qmp("device_add", driver="virtio-blk-pci", drive="libvirt-2-format", id="virtio-disk2", bus="pci.2", addr="0x0", bootindex=2, serial="hot2")])

# ------------------------------------------------ -blockdev over images ----
def fileb(n, path, ro=False):
    o = {"driver": "file", "filename": path, "node-name": "libvirt-%d-storage" % n, "auto-read-only": True, "discard": "unmap"}
    if ro:
        o["read-only"] = True
    return ["-blockdev", j(**o)]


def fmtb(n, drv, ro=False, **more):
    o = {"node-name": "libvirt-%d-format" % n, "read-only": ro, "driver": drv, "file": "libvirt-%d-storage" % n}
    o.update(more)
    return ["-blockdev", j(**o)]


xf("r3-blk-qcow2", *q35b(*fileb(1, img("root.qcow2")), *fmtb(1, "qcow2"), *blk(1, bus="pci.1", addr="0x0", bootindex=1)),
   files=["root.qcow2"], steps=hmp("info block"))
xf("r3-blk-raw", *q35b(*fileb(1, img("data.raw")), *fmtb(1, "raw"), *blk(1, bus="pci.1", addr="0x0")), files=["data.raw"], steps=hmp("info block"))
xf("r3-blk-raw-ro", *q35b(*fileb(1, img("data.raw"), ro=True), *fmtb(1, "raw", ro=True), *blk(1, bus="pci.1", addr="0x0")),
   files=["data.raw"], steps=hmp("info block"))
xf("r3-blk-chain", *q35b(*fileb(2, img("base.raw"), ro=True), *fmtb(2, "raw", ro=True), *fileb(1, img("top.qcow2")),
                         *fmtb(1, "qcow2", backing="libvirt-2-format"), *blk(1, bus="pci.1", addr="0x0", bootindex=1)),
   files=["base.raw", "top.qcow2"], steps=hmp("info block"))
xf("r3-blk-chain-null-backing", *q35b(*fileb(1, img("top.qcow2")), *fmtb(1, "qcow2", backing=None), *blk(1, bus="pci.1", addr="0x0")),
   files=["top.qcow2"], steps=hmp("info block"))
xf("r3-blk-qcow2-as-raw", *q35b(*fileb(1, img("root.qcow2")), *fmtb(1, "raw"), *blk(1, bus="pci.1", addr="0x0")), files=["root.qcow2"], steps=hmp("info block"))
xf("r3-blk-raw-as-qcow2", *q35b(*fileb(1, img("data.raw")), *fmtb(1, "qcow2"), *blk(1, bus="pci.1", addr="0x0")), files=["data.raw"], steps=hmp("info block"))
xf("r3-blk-scsi-cd-iso", *q35b(*dev(driver="virtio-scsi-pci", id="scsi0", bus="pci.1", addr="0x0"), *fileb(3, img("install.iso"), ro=True),
                               *fmtb(3, "raw", ro=True), *dev(driver="scsi-cd", bus="scsi0.0", channel=0, **{"scsi-id": 0}, lun=0,
                                                               device_id="drive-scsi0-0-0-0", drive="libvirt-3-format", id="scsi0-0-0-0", bootindex=2)),
   files=["install.iso"], steps=hmp("info block"))
xf("r3-blk-sata-cd-iso", *q35b(*fileb(3, img("install.iso"), ro=True), *fmtb(3, "raw", ro=True),
                               *dev(driver="ide-cd", bus="ide.0", drive="libvirt-3-format", id="sata0-0-0", bootindex=2)),
   files=["install.iso"], steps=hmp("info block"))
xf("r3-blk-hotplug-image", *q35b(), files=["data.raw"],
   steps=[qmp("blockdev-add", driver="file", filename=img("data.raw"), **{"node-name": "libvirt-4-storage", "auto-read-only": True, "discard": "unmap"}),
          qmp("blockdev-add", driver="raw", **{"node-name": "libvirt-4-format", "read-only": False, "file": "libvirt-4-storage"}),
          qmp("device_add", driver="virtio-blk-pci", drive="libvirt-4-format", id="virtio-disk4", bus="pci.2", addr="0x0"),
          hmp("info block")[0], qmp("device_del", id="virtio-disk4")])
xf("r3-blk-two-users", *q35b(*fileb(1, img("data.raw")), *fmtb(1, "raw"), *blk(1, bus="pci.1", addr="0x0"),
                             *dev(driver="virtio-blk-pci", drive="libvirt-1-format", id="virtio-disk9", bus="pci.2", addr="0x0")),
   files=["data.raw"], steps=hmp("info block"))
# query-named-block-nodes on nodes without host data (null-co).
x("r3-blk-named-nodes-chain", *q35b("-blockdev", j(**{"driver": "null-co", "node-name": "libvirt-2-storage", "size": 1048576, "read-zeroes": True}),
                                    *fmtb(2, "raw", ro=True), *disk(1), *blk(1, bus="pci.1", addr="0x0")),
  steps=[qmp("query-named-block-nodes", flat=True), qmp("query-named-block-nodes")])

# ---------------------------------------------- virtio-scsi disks, CDs ----
SCSI = dev(driver="virtio-scsi-pci", id="scsi0", bus="pci.1", addr="0x0")


def shd(n, unit, drv="scsi-hd", **more):
    return dev(driver=drv, bus="scsi0.0", channel=0, **{"scsi-id": unit}, lun=0, device_id="drive-scsi0-0-%d-0" % unit,
               drive="libvirt-%d-format" % n, id="scsi0-0-%d-0" % unit, **more)


x("r3-scsi-hd-cd", *q35b(*SCSI, *disk(1), *shd(1, 0, bootindex=1), *disk(2), *shd(2, 1, drv="scsi-cd")),
  steps=hmp("info qtree", "info block") + [qmp("query-block")])
x("r3-scsi-many", *q35b(*SCSI, *sum((disk(i) + shd(i, i - 1) for i in range(1, 5)), [])), steps=hmp("info block"))
x("r3-scsi-cd-empty-change", *q35b(*SCSI, *dev(driver="scsi-cd", bus="scsi0.0", channel=0, **{"scsi-id": 0}, lun=0, device_id="drive-scsi0-0-0-0", id="scsi0-0-0-0")),
  steps=[qmp("blockdev-add", driver="null-co", **{"node-name": "libvirt-5-storage", "size": 1048576, "read-only": True}),
         qmp("blockdev-add", driver="raw", **{"node-name": "libvirt-5-format", "read-only": True, "file": "libvirt-5-storage"}),
         qmp("blockdev-open-tray", id="scsi0-0-0-0"), qmp("blockdev-insert-medium", id="scsi0-0-0-0", **{"node-name": "libvirt-5-format"}),
         qmp("blockdev-close-tray", id="scsi0-0-0-0"), hmp("info block")[0]])
x("r3-scsi-lun-taken", *q35b(*SCSI, *disk(1), *shd(1, 0), *disk(2), *shd(2, 0)), steps=hmp("info block"))
x("r3-scsi-hd-wwn", *q35b(*SCSI, *disk(1), *shd(1, 0, wwn=0x5000c500a1b2c3d4, rotation_rate=1)),
  steps=[{"hmp": "info qtree", "grep": "wwn|rotation_rate"}])
x("r3-scsi-hotplug", *q35b(*SCSI),
  steps=[qmp("blockdev-add", driver="null-co", **{"node-name": "libvirt-6-storage", "size": 1073741824}),
         qmp("blockdev-add", driver="raw", **{"node-name": "libvirt-6-format", "read-only": False, "file": "libvirt-6-storage"}),
         qmp("device_add", driver="scsi-hd", bus="scsi0.0", channel=0, **{"scsi-id": 2}, lun=0, device_id="drive-scsi0-0-2-0",
             drive="libvirt-6-format", id="scsi0-0-2-0"),
         hmp("info block")[0], qmp("device_del", id="scsi0-0-2-0"), qmp("blockdev-del", **{"node-name": "libvirt-6-format"})])
p("r3-ps-vscsi-hd-cd", *psb(*VSCSI, *disk(1), *dev(driver="scsi-hd", bus="scsi0.0", channel=0, **{"scsi-id": 0}, lun=0, device_id="drive-scsi0-0-0-0",
                                                  drive="libvirt-1-format", id="scsi0-0-0-0", bootindex=1),
                            *dev(driver="scsi-cd", bus="scsi0.0", channel=0, **{"scsi-id": 1}, lun=0, device_id="drive-scsi0-0-1-0", id="scsi0-0-1-0"),
                            extra=PS_CAPS),
  steps=hmp("info block"))

# ------------------------------------------------------ USB controllers --
def ehci(slot, bus="pcie.0"):
    a = "0x%x" % slot
    return (dev(driver="ich9-usb-ehci1", id="usb", bus=bus, addr=a + ".0x7")
            + dev(driver="ich9-usb-uhci1", masterbus="usb.0", firstport=0, bus=bus, multifunction=True, addr=a)
            + dev(driver="ich9-usb-uhci2", masterbus="usb.0", firstport=2, bus=bus, addr=a + ".0x1")
            + dev(driver="ich9-usb-uhci3", masterbus="usb.0", firstport=4, bus=bus, addr=a + ".0x2"))


TABLET = dev(driver="usb-tablet", id="input0", bus="usb.0", port="1")
x("r3-usb-ehci-companions", *q35b(*ehci(0x1d), *TABLET), steps=hmp("info usb", "info pci") + [qmp("query-pci")])
x("r3-usb-ehci-companions-pc", *head3("pc-i440fx-7.2", name="legacy3", smp="1,sockets=1,dies=1,cores=1,threads=1", extra=",vmport=off"),
  *PC_TAIL, *ehci(5, "pci.0"), *TABLET, steps=hmp("info usb", "info pci"))
x("r3-usb-ehci-companions-qtree", *q35b(*ehci(0x1d), *TABLET, *dev(driver="usb-kbd", id="input1", bus="usb.0", port="2")),
  steps=[{"hmp": "info qtree", "grep": "usb|port|masterbus|firstport"}])
x("r3-usb-ehci-bad-masterbus", *q35b(*dev(driver="ich9-usb-ehci1", id="usb", bus="pcie.0", addr="0x1d.0x7"),
                                     *dev(driver="ich9-usb-uhci1", masterbus="usb9.0", firstport=0, bus="pcie.0", multifunction=True, addr="0x1d")),
  steps=hmp("info usb"))
x("r3-usb-ehci-firstport-clash", *q35b(*dev(driver="ich9-usb-ehci1", id="usb", bus="pcie.0", addr="0x1d.0x7"),
                                       *dev(driver="ich9-usb-uhci1", masterbus="usb.0", firstport=0, bus="pcie.0", multifunction=True, addr="0x1d"),
                                       *dev(driver="ich9-usb-uhci2", masterbus="usb.0", firstport=0, bus="pcie.0", addr="0x1d.0x1")),
  steps=hmp("info usb"))
x("r3-usb-xhci-ports", *q35b(*dev(driver="qemu-xhci", p2=15, p3=15, id="usb", bus="pci.2", addr="0x0"), *TABLET,
                             *dev(driver="usb-kbd", id="input1", bus="usb.0", port="2"), *dev(driver="usb-mouse", id="input2", bus="usb.0", port="15")),
  steps=hmp("info usb") + [{"hmp": "info qtree", "grep": "p2|p3|port"}])
x("r3-usb-xhci-port-out", *q35b(*dev(driver="qemu-xhci", p2=4, p3=4, id="usb", bus="pci.2", addr="0x0"),
                                *dev(driver="usb-tablet", id="input0", bus="usb.0", port="5")), steps=hmp("info usb"))
x("r3-usb-xhci-hub", *q35b(*dev(driver="qemu-xhci", p2=15, p3=15, id="usb", bus="pci.2", addr="0x0"),
                           *dev(driver="usb-hub", id="hub0", bus="usb.0", port="1"), *dev(driver="usb-tablet", id="input0", bus="usb.0", port="1.1")),
  steps=hmp("info usb"))
x("r3-usb-xhci-hotplug", *q35b(*dev(driver="qemu-xhci", p2=15, p3=15, id="usb", bus="pci.2", addr="0x0")),
  steps=[qmp("device_add", driver="usb-tablet", id="input0", bus="usb.0", port="3"), hmp("info usb")[0],
         qmp("device_del", id="input0"), hmp("info usb")[0]])
x("r3-usb-nec-xhci", *q35b(*dev(driver="nec-usb-xhci", p2=4, p3=4, id="usb", bus="pci.2", addr="0x0"), *TABLET), steps=hmp("info usb", "info pci"))
x("r3-usb-none-tablet", *q35b(*TABLET), steps=hmp("info usb"))

# --------------------------------------------------- -netdev JSON ----
for name, nd in [("user-net", {"type": "user", "net": "10.0.2.0/24", "ipv6": False, "id": "hostnet0"}),
                 ("user-dns", {"type": "user", "dns": "10.0.2.3", "dnssearch": [{"str": "example.com"}], "domainname": "example.com", "id": "hostnet0"}),
                 ("user-ipv4-off", {"type": "user", "ipv4": False, "ipv6": True, "id": "hostnet0"}),
                 ("user-restrict", {"type": "user", "restrict": True, "hostname": "guest3", "id": "hostnet0"}),
                 ("user-bad-net", {"type": "user", "net": "10.0.2.0/33", "id": "hostnet0"}),
                 ("user-bad-key", {"type": "user", "nosuch": 1, "id": "hostnet0"}),
                 ("hubport", {"type": "hubport", "hubid": 0, "id": "hostnet0"})]:
    x("r3-netdev-" + name, *q35b("-netdev", j(**nd), *dev(driver="virtio-net-pci", netdev="hostnet0", id="net0", mac="52:54:00:0a:0b:0c", bus="pci.1", addr="0x0")),
      steps=hmp("info network") + [qmp("query-rx-filter", name="net0")])
x("r3-netdev-queues", *q35b("-netdev", j(type="user", id="hostnet0"),
                            *dev(driver="virtio-net-pci", netdev="hostnet0", id="net0", mac="52:54:00:0a:0b:0d", bus="pci.1", addr="0x0",
                                 rx_queue_size=512, tx_queue_size=256)),
  steps=[{"hmp": "info qtree", "grep": "queue_size"}])
x("r3-netdev-bad-rxq", *q35b("-netdev", j(type="user", id="hostnet0"),
                             *dev(driver="virtio-net-pci", netdev="hostnet0", id="net0", bus="pci.1", addr="0x0", rx_queue_size=100)), steps=hmp("info network"))
x("r3-netdev-hotplug-seq", *q35b(),
  steps=[qmp("netdev_add", type="user", id="hostnet1", net="192.168.100.0/24", ipv6=False),
         qmp("device_add", driver="virtio-net-pci", netdev="hostnet1", id="net1", mac="52:54:00:aa:dd:01", bus="pci.3", addr="0x0"),
         qmp("query-rx-filter", name="net1"), hmp("info network")[0],
         qmp("device_del", id="net1"), qmp("netdev_del", id="hostnet1"), qmp("netdev_del", id="hostnet1")])
x("r3-netdev-e1000e-pc", *head3("pc-i440fx-7.2", name="legacy3", smp="1,sockets=1,dies=1,cores=1,threads=1", extra=",vmport=off"), *PC_TAIL,
  "-netdev", j(type="user", id="hostnet0"), *dev(driver="e1000e", netdev="hostnet0", id="net0", mac="52:54:00:0a:0b:0e", bus="pci.0", addr="0x3"),
  steps=hmp("info network", "info pci"))

# -------------------------------------- libvirt's QMP at start, q35 ----
x("r3-start-seq-q35", *q35b(*dev(driver="qemu-xhci", p2=15, p3=15, id="usb", bus="pci.2", addr="0x0"),
                                                        *dev(driver="virtio-serial-pci", id="virtio-serial0", bus="pci.3", addr="0x0"),
                                                        *disk(1), *blk(1, bus="pci.4", addr="0x0", bootindex=1),
                                                        "-chardev", "null,id=charserial0", *dev(driver="isa-serial", chardev="charserial0", id="serial0", index=0),
                                                        *dev(driver="virtio-balloon-pci", id="balloon0", bus="pci.1", addr="0x0")),
  steps=START_X + [qmp("query-chardev"), qmp("query-balloon"),
                   qmp("qom-set", path="/machine/peripheral/balloon0", property="guest-stats-polling-interval", value=5),
                   qmp("query-named-block-nodes", flat=True), qmp("query-status"), qmp("query-migrate-capabilities")])

# o4 (open-file pass o4): block_set_io_throttle's group when none is given
# (the name or id the backend was found by) and the limits of a device's
# own BlockBackend for a node: set, changed, regrouped, turned off.
T = dict(bps=0, bps_rd=0, bps_wr=0, iops=100, iops_rd=0, iops_wr=0)
T0 = dict(T, iops=0)
x("o4-throttle-group-drive", *q35("-drive", "if=none,id=drive0,driver=null-co,node-name=nd0",
                                  *dev(driver="virtio-blk-pci", drive="drive0", id="vd0", bus="pci.1", addr="0x0")),
  steps=[qmp("block_set_io_throttle", id="vd0", **T), qmp("query-block"),
         qmp("block_set_io_throttle", device="drive0", **dict(T, iops=50)), hmp("info block")[0],
         qmp("block_set_io_throttle", device="drive0", **T0), qmp("block_set_io_throttle", device="drive0", **T), hmp("info block")[0]])
x("o4-throttle-node", *q35(*disk(1), *dev(driver="virtio-blk-pci", drive="libvirt-1-format", id="vd0", bus="pci.1", addr="0x0")),
  steps=[qmp("block_set_io_throttle", id="vd0", **T), qmp("query-block"),
         qmp("block_set_io_throttle", id="vd0", **dict(T, bps=1048576)), hmp("info block")[0],
         qmp("block_set_io_throttle", id="vd0", group="g1", **T), hmp("info block")[0],
         qmp("block_set_io_throttle", id="vd0", **T0), qmp("query-block")])
x("o4-throttle-node-unplug", *q35(*disk(1), *dev(driver="virtio-blk-pci", drive="libvirt-1-format", id="vd0", bus="pci.1", addr="0x0")),
  steps=[qmp("block_set_io_throttle", id="/machine/peripheral/vd0", **T), hmp("info block")[0],
         qmp("block_set_io_throttle", id="/machine/peripheral/vd0/virtio-backend", **T)])
x("o4-eject-path", "-M", "pc", "-drive", "if=none,id=cd0,media=cdrom,driver=null-co,node-name=n0", "-device", "ide-cd,drive=cd0,id=cd",
  steps=[qmp("eject", id="/machine/peripheral/cd"), qmp("eject", id="peripheral/cd"), qmp("eject", id="/machine/peripheral/nosuch"),
         qmp("blockdev-close-tray", id="/machine/peripheral/cd"), qmp("block_set_io_throttle", id="/machine/peripheral/cd", **T),
         hmp("info block")[0]])


# ============================================================ round 4 ====
# Round 4 (r4-): the command lines of domains that virt-install and
# virt-manager make with their defaults for common --os-variant values
# (Linux distributions, Windows 10/11/Server with Hyper-V enlightenments,
# which TCG warns about or ignores, FreeBSD), that OpenStack Nova makes (its
# -smbios type=1, the serial console with a log file, the config drive,
# virtio-balloon with stats, virtio-rng from /dev/urandom) and that KubeVirt's
# virt-launcher makes (its ua- aliases, -chardev/-device layout, ephemeral
# container disks as a qcow2 over a raw base), host resources swapped for
# casegen.HostFiles images and null chardevs/backends; q35 with OVMF pflash
# pairs (images of OVMF_CODE_4M.fd's and OVMF_VARS_4M.fd's sizes declared as
# host files), smm= and cfi.pflash01's secure=; then libvirt's QMP after
# start: the query-* it issues at connect, qom-list/qom-get of the devices it
# checks (balloon guest-stats, a qxl's RAM sizes), device_add/device_del of a
# disk, a NIC and a vCPU with libvirt's ids and aliases, set_link, balloon,
# query-block. Left out: host thread ids, automatic node names, KVM (so no
# hv-passthrough answers from a host), real sockets (qemu-ga, swtpm, vnc,
# spice) and displays.

LV4_IMG = "/tmp/hotplug-lab-lv4"
LV4_FILES = {"OVMF_CODE_4M.fd": ("raw", 3653632), "OVMF_VARS_4M.fd": ("raw", 540672),
             "OVMF_CODE.fd": ("raw", 1966080), "OVMF_VARS.fd": ("raw", 131072), "odd_VARS.fd": ("raw", 100000),
             "disk.qcow2": ("qcow2", 1 << 30), "disk.config": ("raw", 512 << 10), "disk.raw": ("raw", 16 << 20),
             "container.raw": ("raw", 32 << 20), "overlay.qcow2": ("qcow2", 32 << 20), "cloudinit.iso": ("raw", 1 << 20),
             "win.iso": ("raw", 4 << 20), "virtio-win.iso": ("raw", 2 << 20)}
hostfiles4 = HostFiles(corpus, LV4_IMG, LV4_FILES)
img4 = hostfiles4.img


def xf4(*a, **k):
    hostfiles4.case("x86_64", *a, **k)


def head4(machine, name="vm4", mem=2048, smp="2,sockets=2,dies=1,cores=1,threads=1", extra="", cpu=None, uuid="c7a5fdbd-cdaf-9455-926a-d65c16db1809"):
    out = ["-name", "guest=%s,debug-threads=on" % name, "-S",
           "-object", j(**{"qom-type": "secret", "id": "masterKey0", "format": "raw", "data": "aGVsbG8gd29ybGQgaGVsbG8gd29ybGQhIQ=="}),
           "-machine", machine + ",usb=off" + extra + ",dump-guest-core=off,memory-backend=pc.ram", "-accel", "tcg"]
    if cpu:
        out += ["-cpu", cpu]
    return out + ["-m", "size=%dk" % (mem << 10)] + obj(**{"qom-type": "memory-backend-ram", "id": "pc.ram", "size": mem << 20}) + [
        "-overcommit", "mem-lock=off", "-smp", smp, "-uuid", uuid, "-no-user-config", "-nodefaults"]


def pflash_blockdevs(code="OVMF_CODE_4M.fd", vars="OVMF_VARS_4M.fd"):
    return (["-blockdev", j(driver="file", filename=img4(code), **{"node-name": "libvirt-pflash0-storage", "auto-read-only": True, "discard": "unmap"}),
             "-blockdev", j(**{"node-name": "libvirt-pflash0-format", "read-only": True, "driver": "raw", "file": "libvirt-pflash0-storage"}),
             "-blockdev", j(driver="file", filename=img4(vars), **{"node-name": "libvirt-pflash1-storage", "auto-read-only": True, "discard": "unmap"}),
             "-blockdev", j(**{"node-name": "libvirt-pflash1-format", "read-only": False, "driver": "raw", "file": "libvirt-pflash1-storage"})])


SECURE = ["-global", "driver=cfi.pflash01,property=secure,value=on"]
PFLASH = ",pflash0=libvirt-pflash0-format,pflash1=libvirt-pflash1-format"
Q35_TAIL4 = ["-rtc", "base=utc,driftfix=slew", "-global", "kvm-pit.lost_tick_policy=delay", "-no-shutdown",
             "-global", "ICH9-LPC.disable_s3=1", "-global", "ICH9-LPC.disable_s4=1", "-boot", "strict=on"]
WIN_TAIL4 = ["-rtc", "base=localtime,driftfix=slew", "-global", "kvm-pit.lost_tick_policy=delay", "-no-shutdown",
             "-global", "ICH9-LPC.disable_s3=1", "-global", "ICH9-LPC.disable_s4=1", "-boot", "strict=on"]


def vi_ports(n=14):
    """virt-install's pcie-root-ports: 14 of them, 0x2.0 ... 0x3.0x5 (port 0x10 up)."""
    return ports_at(2, n)


def vi_linux(*more, machine="pc-q35-7.2", uefi=False, secure=False, cpu=None, video="virtio-vga", smp="2,sockets=2,dies=1,cores=1,threads=1",
             name="fedora39", ports=14, disk_dev="virtio-blk-pci"):
    """virt-install --os-variant <linux> on q35: xhci, virtio-serial with the qemu-ga channel
    (a null chardev here), a virtio disk, a user NIC, a serial console, the tablet, sound, balloon, rng."""
    extra = ",vmport=off,hpet=off,acpi=on" if not uefi else (",vmport=off" + (",smm=on" if secure else "") + ",hpet=off,acpi=on" + PFLASH)
    out = head4(machine, name=name, extra=extra, cpu=cpu, smp=smp) + (pflash_blockdevs() if uefi else []) + (SECURE if secure else []) + Q35_TAIL4 + vi_ports(ports)
    out += (dev(driver="qemu-xhci", p2=15, p3=15, id="usb", bus="pci.2", addr="0x0")
            + dev(driver="virtio-serial-pci", id="virtio-serial0", bus="pci.3", addr="0x0")
            + disk(1, size=21474836480)
            + dev(driver=disk_dev, bus="pci.4", addr="0x0", drive="libvirt-1-format", id="virtio-disk0", bootindex=1)
            + ["-netdev", j(type="user", id="hostnet0")]
            + dev(driver="virtio-net-pci", netdev="hostnet0", id="net0", mac="52:54:00:6b:3c:58", bus="pci.1", addr="0x0")
            + ["-chardev", "null,id=charserial0"] + dev(driver="isa-serial", chardev="charserial0", id="serial0", index=0)
            + ["-chardev", "null,id=charchannel0"]
            + dev(driver="virtserialport", bus="virtio-serial0.0", nr=1, chardev="charchannel0", id="channel0", name="org.qemu.guest_agent.0")
            + dev(driver="usb-tablet", id="input0", bus="usb.0", port="1")
            + ["-audiodev", j(id="audio1", driver="none")])
    if video == "VGA":
        out += dev(driver=video, id="video0", vgamem_mb=16, bus="pcie.0", addr="0x1")
    elif video:
        out += dev(driver=video, id="video0", max_outputs=1, bus="pcie.0", addr="0x1")
    out += (dev(driver="ich9-intel-hda", id="sound0", bus="pcie.0", addr="0x1b")
            + dev(driver="hda-duplex", id="sound0-codec0", bus="sound0.0", cad=0, audiodev="audio1")
            + dev(driver="virtio-balloon-pci", id="balloon0", bus="pci.5", addr="0x0")
            + obj(**{"qom-type": "rng-random", "id": "objrng0", "filename": "/dev/urandom"})
            + dev(driver="virtio-rng-pci", rng="objrng0", id="rng0", bus="pci.6", addr="0x0"))
    return out + list(more)


# What libvirt asks at connect and after start (no host thread ids).
CONNECT = [qmp("query-kvm"), qmp("query-status"), qmp("query-migrate-capabilities"), qmp("query-chardev"),
           qmp("qom-list", path="/machine/peripheral"), qmp("query-balloon")]
CONNECT_X = CONNECT + [qmp("query-sev-capabilities"), qmp("query-sgx-capabilities"), qmp("query-tpm-models"), qmp("query-tpm-types")]

# --------------------------------------- virt-install, Linux variants ----
for osv, machine, cpu in [("fedora39", "pc-q35-7.2", None), ("rhel9", "pc-q35-7.2", "Skylake-Client-IBRS"),
                          ("ubuntu22.04", "pc-q35-6.2", None), ("debian12", "pc-q35-7.2", "qemu64"),
                          ("centos-stream9", "pc-q35-7.1", "EPYC-Rome"), ("opensuse15.5", "pc-q35-7.0", "Haswell-noTSX-IBRS"),
                          ("archlinux", "pc-q35-7.2", "max"), ("alpinelinux3.19", "pc-q35-5.2", None)]:
    x("r4-vi-" + osv, *vi_linux(machine=machine, cpu=cpu, name=osv), steps=hmp("info pci") + CONNECT_X)
x("r4-vi-fedora-qtree", *vi_linux(), steps=[{"hmp": "info qtree", "grep": "dev: |bus: |chardev|nr =|name ="}])
x("r4-vi-fedora-block", *vi_linux(), steps=hmp("info block") + [qmp("query-block")])
x("r4-vi-fedora-virtio-gpu", *vi_linux(video="virtio-gpu-pci"), steps=hmp("info pci"))
x("r4-vi-fedora-no-video", *vi_linux(video=None, ports=16), steps=hmp("info pci"))
x("r4-vi-fedora-scsi-disk", *vi_linux(*dev(driver="virtio-scsi-pci", id="scsi0", bus="pci.7", addr="0x0"), *disk(2),
                                      *dev(driver="scsi-hd", bus="scsi0.0", channel=0, **{"scsi-id": 0}, lun=0, device_id="drive-scsi0-0-0-0",
                                           drive="libvirt-2-format", id="scsi0-0-0-0")),
  steps=hmp("info block") + [qmp("query-block")])
x("r4-vi-fedora-sata-cd-empty", *vi_linux(*dev(driver="ide-cd", bus="ide.0", id="sata0-0-0")),
  steps=hmp("info block") + [qmp("query-block")])
x("r4-vi-fedora-pc", *head4("pc-i440fx-7.2", name="fedora-pc", extra=",vmport=off"), *PC_TAIL,
  *dev(driver="piix3-usb-uhci", id="usb", bus="pci.0", addr="0x1.0x2"),
  *dev(driver="virtio-serial-pci", id="virtio-serial0", bus="pci.0", addr="0x4"), *disk(1),
  *dev(driver="virtio-blk-pci", bus="pci.0", addr="0x5", drive="libvirt-1-format", id="virtio-disk0", bootindex=1),
  "-netdev", j(type="user", id="hostnet0"), *dev(driver="virtio-net-pci", netdev="hostnet0", id="net0", mac="52:54:00:6b:3c:59", bus="pci.0", addr="0x3"),
  "-chardev", "null,id=charserial0", *dev(driver="isa-serial", chardev="charserial0", id="serial0", index=0),
  *dev(driver="usb-tablet", id="input0", bus="usb.0", port="1"), *dev(driver="VGA", id="video0", vgamem_mb=16, bus="pci.0", addr="0x2"),
  *dev(driver="virtio-balloon-pci", id="balloon0", bus="pci.0", addr="0x6"),
  steps=hmp("info pci", "info usb") + [qmp("query-balloon")])

# ----------------------------------------------- UEFI, SMM, secure boot ----
xf4("r4-uefi-pflash", *vi_linux(uefi=True), files=["OVMF_CODE_4M.fd", "OVMF_VARS_4M.fd"],
    steps=hmp("info block") + [qmp("qom-get", path="/machine", property="smm"), qmp("qom-get", path="/machine", property="pflash0")])
xf4("r4-uefi-secure", *vi_linux(uefi=True, secure=True), files=["OVMF_CODE_4M.fd", "OVMF_VARS_4M.fd"],
    steps=[qmp("qom-get", path="/machine", property="smm"), qmp("qom-get", path="/machine", property="pflash1"),
           {"hmp": "info qtree", "grep": "cfi|secure|pflash"}])
xf4("r4-uefi-secure-smm-off", *head4("pc-q35-7.2", extra=",vmport=off,smm=off,hpet=off" + PFLASH), *pflash_blockdevs(), *SECURE, *Q35_TAIL4,
    files=["OVMF_CODE_4M.fd", "OVMF_VARS_4M.fd"], steps=hmp("info block"))
xf4("r4-uefi-2m-pair", *head4("pc-q35-7.2", extra=",vmport=off,smm=on,hpet=off" + PFLASH), *pflash_blockdevs("OVMF_CODE.fd", "OVMF_VARS.fd"), *SECURE,
    *Q35_TAIL4, files=["OVMF_CODE.fd", "OVMF_VARS.fd"], steps=hmp("info block"))
xf4("r4-uefi-odd-vars", *head4("pc-q35-7.2", extra=",vmport=off,smm=on,hpet=off" + PFLASH), *pflash_blockdevs(vars="odd_VARS.fd"), *Q35_TAIL4,
    files=["OVMF_CODE_4M.fd", "odd_VARS.fd"], steps=hmp("info block"))
xf4("r4-uefi-pflash0-only", *head4("pc-q35-7.2", extra=",vmport=off,smm=on,hpet=off,pflash0=libvirt-pflash0-format"), *pflash_blockdevs()[:4], *Q35_TAIL4,
    files=["OVMF_CODE_4M.fd"], steps=hmp("info block"))
xf4("r4-uefi-pflash1-only", *head4("pc-q35-7.2", extra=",vmport=off,smm=on,hpet=off,pflash1=libvirt-pflash1-format"), *pflash_blockdevs()[4:], *Q35_TAIL4,
    files=["OVMF_VARS_4M.fd"], steps=hmp("info block"))
xf4("r4-uefi-code-rw", *head4("pc-q35-7.2", extra=",vmport=off,smm=on,hpet=off" + PFLASH),
    "-blockdev", j(driver="file", filename=img4("OVMF_CODE_4M.fd"), **{"node-name": "libvirt-pflash0-storage", "auto-read-only": True, "discard": "unmap"}),
    "-blockdev", j(**{"node-name": "libvirt-pflash0-format", "read-only": False, "driver": "raw", "file": "libvirt-pflash0-storage"}),
    *pflash_blockdevs()[4:], *Q35_TAIL4, files=["OVMF_CODE_4M.fd", "OVMF_VARS_4M.fd"], steps=hmp("info block"))
xf4("r4-uefi-pc", *head4("pc-i440fx-7.2", extra=",vmport=off,smm=on" + PFLASH), *pflash_blockdevs(), *PC_TAIL,
    files=["OVMF_CODE_4M.fd", "OVMF_VARS_4M.fd"], steps=hmp("info block"))
xf4("r4-uefi-secure-pc", *head4("pc-i440fx-7.2", extra=",vmport=off,smm=on" + PFLASH), *pflash_blockdevs(), *SECURE, *PC_TAIL,
    files=["OVMF_CODE_4M.fd", "OVMF_VARS_4M.fd"], steps=hmp("info block"))
xf4("r4-uefi-missing-node", *head4("pc-q35-7.2", extra=",vmport=off,smm=on,hpet=off" + PFLASH), *pflash_blockdevs()[:4], *Q35_TAIL4,
    files=["OVMF_CODE_4M.fd"], steps=hmp("info block"))
xf4("r4-uefi-query-block", *vi_linux(uefi=True, secure=True), files=["OVMF_CODE_4M.fd", "OVMF_VARS_4M.fd"],
    steps=[qmp("query-block")])
for val in ("on", "off", "auto", "maybe"):
    x("r4-smm-" + val, *head4("pc-q35-7.2", extra=",vmport=off,smm=%s,hpet=off" % val), *Q35_TAIL4,
      steps=[qmp("qom-get", path="/machine", property="smm")])
x("r4-secure-global-no-flash", *head4("pc-q35-7.2", extra=",vmport=off,smm=on,hpet=off"), *SECURE, *Q35_TAIL4,
  steps=[{"hmp": "info qtree", "grep": "cfi|secure"}])
x("r4-secure-global-bad", *head4("pc-q35-7.2", extra=",vmport=off,smm=on,hpet=off"), "-global", "driver=cfi.pflash01,property=secure,value=yes please", *Q35_TAIL4,
  steps=hmp("info pci"))
x("r4-smm-bad-value", *head4("pc-q35-7.2", extra=",vmport=off,smm=yes,hpet=off"), *Q35_TAIL4, steps=hmp("info pci"))

# ---------------------------------------------------- Windows guests ----
HV_WIN10 = ("hv-time=on,hv-relaxed=on,hv-vapic=on,hv-spinlocks=0x1fff,hv-vpindex=on,hv-runtime=on,hv-synic=on,"
            "hv-stimer=on,hv-frequencies=on,hv-tlbflush=on,hv-ipi=on")
HV_WIN11 = HV_WIN10 + ",hv-reset=on,hv-vendor-id=KVM Hv,hv-stimer-direct=on"


def win(*more, machine="pc-q35-7.2", cpu="qemu64," + HV_WIN10, name="win10", uefi=False, secure=False, video="qxl-vga", nic="e1000e",
        smp="2,sockets=1,dies=1,cores=2,threads=1"):
    extra = ",vmport=off" + (",smm=on" if secure or uefi else "") + ",hpet=off,acpi=on" + (PFLASH if uefi else "")
    out = head4(machine, name=name, extra=extra, cpu=cpu, smp=smp, mem=4096) + (pflash_blockdevs() if uefi else []) + (SECURE if secure else [])
    out += WIN_TAIL4 + vi_ports(14)
    out += (dev(driver="qemu-xhci", p2=15, p3=15, id="usb", bus="pci.2", addr="0x0")
            + dev(driver="virtio-serial-pci", id="virtio-serial0", bus="pci.3", addr="0x0")
            + disk(2, size=68719476736)
            + dev(driver="ide-hd", bus="ide.0", drive="libvirt-2-format", id="sata0-0-0", bootindex=1)
            + disk(1, size=4 << 20)
            + dev(driver="ide-cd", bus="ide.1", id="sata0-0-1")
            + ["-netdev", j(type="user", id="hostnet0")]
            + dev(driver=nic, netdev="hostnet0", id="net0", mac="52:54:00:1f:2e:3d", bus="pci.1", addr="0x0")
            + ["-chardev", "null,id=charserial0"] + dev(driver="isa-serial", chardev="charserial0", id="serial0", index=0)
            + dev(driver="usb-tablet", id="input0", bus="usb.0", port="1")
            + ["-audiodev", j(id="audio1", driver="none")])
    if video == "qxl-vga":
        out += dev(driver="qxl-vga", id="video0", max_outputs=1, ram_size=67108864, vram_size=67108864, vram64_size_mb=0, vgamem_mb=16, bus="pcie.0", addr="0x1")
    elif video == "VGA":
        out += dev(driver=video, id="video0", vgamem_mb=16, bus="pcie.0", addr="0x1")
    elif video:
        out += dev(driver=video, id="video0", max_outputs=1, bus="pcie.0", addr="0x1")
    out += (dev(driver="ich9-intel-hda", id="sound0", bus="pcie.0", addr="0x1b")
            + dev(driver="hda-duplex", id="sound0-codec0", bus="sound0.0", cad=0, audiodev="audio1")
            + dev(driver="virtio-balloon-pci", id="balloon0", bus="pci.4", addr="0x0"))
    return out + list(more)


# 7.2 refuses hv-vpindex without KVM at the CPU's pre_plug ("kernel doesn't
# allow setting HyperV VP_INDEX"), 10.0 only under KVM: the same lines
# without hv-vpindex (and hv-synic/hv-ipi/hv-tlbflush that lean on it) follow.
HV_TCG = "hv-time=on,hv-relaxed=on,hv-vapic=on,hv-spinlocks=0x1fff,hv-runtime=on,hv-stimer=on,hv-frequencies=on,hv-reset=on"
x("r4-win10", *win(), steps=hmp("info pci") + CONNECT_X)
x("r4-win10-tcg", *win(cpu="qemu64," + HV_TCG), steps=hmp("info pci") + CONNECT_X)
x("r4-win10-tcg-cpu-props", *win(cpu="qemu64," + HV_TCG), steps=[qmp("qom-get", path=CPU0, property=pn) for pn in
                                                              ("hv-relaxed", "hv-spinlocks", "hv-vapic", "hv-stimer", "hv-vpindex", "hv-vendor-id")])
x("r4-win10-tcg-qxl-sizes", *win(cpu="qemu64," + HV_TCG), steps=[qmp("qom-get", path="/machine/peripheral/video0", property=pn) for pn in
                                                              ("ram_size", "vram_size", "vram64_size_mb", "vgamem_mb")])
x("r4-win10-tcg-block", *win(cpu="qemu64," + HV_TCG), steps=hmp("info block") + [qmp("query-block")])
xf4("r4-win11-tcg-secure", *win(cpu="qemu64," + HV_TCG, name="win11", uefi=True, secure=True, video="virtio-vga"), files=["OVMF_CODE_4M.fd", "OVMF_VARS_4M.fd"],
    steps=hmp("info block", "info pci") + [qmp("qom-get", path="/machine", property="smm")])
x("r4-win2022-tcg", *win(cpu="Cascadelake-Server," + HV_TCG, name="win2k22", video="VGA", smp="4,sockets=1,dies=1,cores=4,threads=1"),
  steps=hmp("info pci") + [qmp("query-hotpluggable-cpus")])
x("r4-win10-cpu-props", *win(), steps=[qmp("qom-get", path=CPU0, property=pn) for pn in
                                      ("hv-relaxed", "hv-spinlocks", "hv-vapic", "hv-stimer", "hv-vendor-id", "hv-passthrough")])
x("r4-win10-qxl-sizes", *win(), steps=[qmp("qom-get", path="/machine/peripheral/video0", property=pn) for pn in
                                      ("ram_size", "vram_size", "vram64_size_mb", "vgamem_mb")])
x("r4-win10-block", *win(), steps=hmp("info block") + [qmp("query-block")])
x("r4-win10-pc-i440fx", *head4("pc-i440fx-7.2", name="win10pc", extra=",vmport=off", cpu="qemu64," + HV_WIN10, mem=4096),
  *["-rtc", "base=localtime", "-no-shutdown", "-global", "PIIX4_PM.disable_s3=1", "-global", "PIIX4_PM.disable_s4=1", "-boot", "strict=on"],
  *disk(2), *dev(driver="ide-hd", bus="ide.0", unit=0, drive="libvirt-2-format", id="ide0-0-0", bootindex=1),
  *dev(driver="ide-cd", bus="ide.0", unit=1, id="ide0-0-1"),
  "-netdev", j(type="user", id="hostnet0"), *dev(driver="e1000", netdev="hostnet0", id="net0", mac="52:54:00:1f:2e:3e", bus="pci.0", addr="0x3"),
  *dev(driver="VGA", id="video0", vgamem_mb=16, bus="pci.0", addr="0x2"),
  steps=hmp("info pci", "info block"))
x("r4-win11", *win(cpu="Skylake-Client-IBRS," + HV_WIN11, name="win11", video="virtio-vga"), steps=hmp("info pci") + [qmp("query-hotpluggable-cpus")])
xf4("r4-win11-secure", *win(cpu="qemu64," + HV_WIN11, name="win11", uefi=True, secure=True), files=["OVMF_CODE_4M.fd", "OVMF_VARS_4M.fd"],
    steps=hmp("info block") + [qmp("qom-get", path="/machine", property="smm")])
x("r4-win2022", *win(cpu="Cascadelake-Server," + HV_WIN11, name="win2k22", nic="e1000e", video="VGA", smp="4,sockets=1,dies=1,cores=4,threads=1"),
  steps=hmp("info pci"))
x("r4-win2019-virtio", *win(cpu="qemu64," + HV_WIN10, name="win2k19", nic="virtio-net-pci", video="qxl-vga"), steps=hmp("info network") + [qmp("query-pci")])
xf4("r4-win-install-isos", *win(*["-blockdev", j(driver="file", filename=img4("win.iso"), **{"node-name": "libvirt-3-storage", "auto-read-only": True, "discard": "unmap", "read-only": True}),
                                   "-blockdev", j(**{"node-name": "libvirt-3-format", "read-only": True, "driver": "raw", "file": "libvirt-3-storage"}),
                                   "-blockdev", j(driver="file", filename=img4("virtio-win.iso"), **{"node-name": "libvirt-4-storage", "auto-read-only": True, "discard": "unmap", "read-only": True}),
                                   "-blockdev", j(**{"node-name": "libvirt-4-format", "read-only": True, "driver": "raw", "file": "libvirt-4-storage"})],
                                *dev(driver="ide-cd", bus="ide.2", drive="libvirt-3-format", id="sata0-0-2", bootindex=2),
                                *dev(driver="ide-cd", bus="ide.3", drive="libvirt-4-format", id="sata0-0-3")),
    files=["win.iso", "virtio-win.iso"], steps=hmp("info block"))
# Hyper-V enlightenments one by one and in the combinations libvirt writes (TCG's answers).
for name, c in [("hv-evmcs", "qemu64,hv-evmcs=on"), ("hv-evmcs-vmx", "Skylake-Client,vmx=on,hv-vapic=on,hv-evmcs=on"),
                ("hv-stimer-alone", "qemu64,hv-stimer=on"), ("hv-synic-alone", "qemu64,hv-synic=on"),
                ("hv-synic-vpindex", "qemu64,hv-vpindex=on,hv-synic=on"), ("hv-stimer-direct-alone", "qemu64,hv-stimer-direct=on"),
                ("hv-ipi-alone", "qemu64,hv-ipi=on"), ("hv-tlbflush-alone", "qemu64,hv-tlbflush=on"),
                ("hv-spinlocks-small", "qemu64,hv-spinlocks=0x10"), ("hv-spinlocks-bad", "qemu64,hv-spinlocks=lots"),
                ("hv-vendor-long", "qemu64,hv-vendor-id=ABCDEFGHIJKLMN"), ("hv-passthrough", "qemu64,hv-passthrough=on"),
                ("hv-avic", "qemu64,hv-avic=on"), ("hv-emsr-bitmap", "qemu64,hv-emsr-bitmap=on"),
                ("hv-xmm-input", "qemu64,hv-xmm-input=on"), ("hv-tlbflush-ext", "qemu64,hv-tlbflush-ext=on"),
                ("hv-tlbflush-direct", "qemu64,hv-tlbflush-direct=on"), ("hv-reenlightenment", "qemu64,hv-reenlightenment=on"),
                ("hv-crash", "qemu64,hv-crash=on"), ("hv-syndbg", "qemu64,hv-syndbg=on"), ("hv-unknown", "qemu64,hv-nosuch=on"),
                ("hv-version", "qemu64,hv-relaxed=on,hv-version-id-build=0x4a61,hv-version-id-major=10"),
                ("hv-legacy-underscore", "qemu64,hv_relaxed,hv_vapic,hv_spinlocks=0x1fff,hv_time"),
                ("kvm-hidden", "qemu64,kvm=off,hv-vendor-id=whatever"), ("hv-win11-full", "qemu64," + HV_WIN11)]:
    x("r4-cpu-" + name, *head4("pc-q35-7.2", name="hv", extra=",vmport=off,hpet=off", cpu=c, smp="1,sockets=1,dies=1,cores=1,threads=1"), *Q35_TAIL4,
      steps=[qmp("qom-get", path=CPU0, property="filtered-features"), qmp("qom-get", path=CPU0, property="hv-spinlocks")])
x("r4-cpu-hv-hotplug", *head4("pc-q35-7.2", name="hv", extra=",vmport=off,hpet=off", cpu="qemu64," + HV_WIN10, smp="1,maxcpus=2,sockets=2,dies=1,cores=1,threads=1"),
  *Q35_TAIL4, steps=[qmp("device_add", driver="qemu64-x86_64-cpu", id="vcpu1", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
                     qmp("qom-get", path="/machine/peripheral/vcpu1", property="hv-relaxed"), qmp("query-hotpluggable-cpus")])

# ----------------------------------------------------------- FreeBSD ----
x("r4-vi-freebsd14", *vi_linux(machine="pc-q35-7.2", name="freebsd14.0", video="VGA"), steps=hmp("info pci") + [qmp("query-pci")])
x("r4-vi-freebsd13-pc", *head4("pc-i440fx-7.2", name="freebsd13.2", extra=",vmport=off", smp="2,sockets=2,dies=1,cores=1,threads=1"), *PC_TAIL,
  *dev(driver="piix3-usb-uhci", id="usb", bus="pci.0", addr="0x1.0x2"), *disk(1),
  *dev(driver="virtio-blk-pci", bus="pci.0", addr="0x4", drive="libvirt-1-format", id="virtio-disk0", bootindex=1),
  "-netdev", j(type="user", id="hostnet0"), *dev(driver="virtio-net-pci", netdev="hostnet0", id="net0", mac="52:54:00:b5:d1:02", bus="pci.0", addr="0x3"),
  "-chardev", "null,id=charserial0", *dev(driver="isa-serial", chardev="charserial0", id="serial0", index=0),
  *dev(driver="usb-tablet", id="input0", bus="usb.0", port="1"), *dev(driver="VGA", id="video0", vgamem_mb=16, bus="pci.0", addr="0x2"),
  *dev(driver="virtio-balloon-pci", id="balloon0", bus="pci.0", addr="0x5"), steps=hmp("info pci", "info usb"))
x("r4-vi-freebsd-ahci", *vi_linux(name="freebsd12"),
  steps=[qmp("qom-get", path="/machine/peripheral/virtio-disk0", property="bootindex")])

# ------------------------------------------------------ OpenStack Nova ----
NOVA_UUID = "3f0b9c2e-6d1a-4b8e-9a57-2c4d1e8f0a63"
NOVA_SMBIOS = ["-smbios", "type=1,manufacturer=OpenStack Foundation,product=OpenStack Nova,version=27.1.0,serial=%s,uuid=%s,family=Virtual Machine" % (NOVA_UUID, NOVA_UUID)]


def nova_pc(*more, machine="pc-i440fx-7.2", cpu="Skylake-Client-IBRS", config=True, rng=True, log=False):
    out = head4(machine, name="instance-0000002a", extra="", cpu=cpu, mem=2048, smp="1,sockets=1,dies=1,cores=1,threads=1", uuid=NOVA_UUID)
    out += NOVA_SMBIOS + ["-rtc", "base=utc,driftfix=slew", "-global", "kvm-pit.lost_tick_policy=delay", "-no-shutdown", "-boot", "strict=on"]
    out += dev(driver="piix3-usb-uhci", id="usb", bus="pci.0", addr="0x1.0x2")
    out += (["-blockdev", j(driver="file", filename=img4("disk.qcow2"), **{"node-name": "libvirt-2-storage", "cache": {"direct": False, "no-flush": False}, "auto-read-only": True, "discard": "unmap"}),
             "-blockdev", j(**{"node-name": "libvirt-2-format", "read-only": False, "cache": {"direct": False, "no-flush": False}, "driver": "qcow2", "file": "libvirt-2-storage"})]
            + dev(driver="virtio-blk-pci", bus="pci.0", addr="0x4", drive="libvirt-2-format", id="virtio-disk0", bootindex=1, **{"write-cache": "on"}))
    if config:
        out += (["-blockdev", j(driver="file", filename=img4("disk.config"), **{"node-name": "libvirt-1-storage", "cache": {"direct": False, "no-flush": False}, "auto-read-only": True, "discard": "unmap"}),
                 "-blockdev", j(**{"node-name": "libvirt-1-format", "read-only": True, "cache": {"direct": False, "no-flush": False}, "driver": "raw", "file": "libvirt-1-storage"})]
                + dev(driver="ide-cd", bus="ide.0", unit=1, drive="libvirt-1-format", id="ide0-0-1", **{"write-cache": "on"}))
    out += ["-netdev", j(type="user", id="hostnet0")] + dev(driver="virtio-net-pci", host_mtu=1450, netdev="hostnet0", id="net0", mac="fa:16:3e:5c:7d:21", bus="pci.0", addr="0x3")
    if log:
        out += ["-chardev", "null,id=charserial0,logfile=%s,logappend=off" % img4("console.log")]
    else:
        out += ["-chardev", "null,id=charserial0"]
    out += dev(driver="isa-serial", chardev="charserial0", id="serial0", index=0)
    out += dev(driver="usb-tablet", id="input0", bus="usb.0", port="1") + dev(driver="virtio-vga", id="video0", max_outputs=1, bus="pci.0", addr="0x2")
    out += dev(driver="virtio-balloon-pci", id="balloon0", bus="pci.0", addr="0x5")
    if rng:
        out += obj(**{"qom-type": "rng-random", "id": "objrng0", "filename": "/dev/urandom"}) + dev(driver="virtio-rng-pci", rng="objrng0", id="rng0", bus="pci.0", addr="0x6")
    return out + list(more)


NOVA_FILES = ["disk.qcow2", "disk.config"]
xf4("r4-nova-pc", *nova_pc(), files=NOVA_FILES, steps=hmp("info pci", "info network") + CONNECT_X)
xf4("r4-nova-pc-block", *nova_pc(), files=NOVA_FILES, steps=hmp("info block"))
xf4("r4-nova-smbios-qtree", *nova_pc(), files=NOVA_FILES, steps=[qmp("query-uuid"), qmp("query-name")])
xf4("r4-nova-balloon-stats", *nova_pc(), files=NOVA_FILES,
    steps=[qmp("qom-list", path="/machine/peripheral"),
           qmp("qom-set", path="/machine/peripheral/balloon0", property="guest-stats-polling-interval", value=10),
           qmp("qom-get", path="/machine/peripheral/balloon0", property="guest-stats-polling-interval"),
           qmp("qom-get", path="/machine/peripheral/balloon0", property="guest-stats"), qmp("query-balloon"),
           qmp("balloon", value=1073741824), qmp("query-balloon"), hmp("info balloon")[0]])
xf4("r4-nova-balloon-stats-bad", *nova_pc(), files=NOVA_FILES,
    steps=[qmp("qom-set", path="/machine/peripheral/balloon0", property="guest-stats-polling-interval", value=-1),
           qmp("qom-set", path="/machine/peripheral/balloon0", property="guest-stats-polling-interval", value="ten"),
           qmp("qom-set", path="/machine/peripheral/balloon0", property="guest-stats-polling-interval", value=0),
           qmp("qom-get", path="/machine/peripheral/balloon0", property="guest-stats")])
xf4("r4-nova-rng-rate", *nova_pc(*obj(**{"qom-type": "rng-random", "id": "objrng1", "filename": "/dev/urandom"}),
                                 *dev(driver="virtio-rng-pci", rng="objrng1", **{"max-bytes": 1024, "period": 1000}, id="rng1", bus="pci.0", addr="0x7")),
    files=NOVA_FILES, steps=[{"hmp": "info qtree", "grep": "rng|max-bytes|period"}, qmp("qom-get", path="/objects/objrng1", property="filename")])
xf4("r4-nova-rng-missing", *nova_pc(rng=False, *obj(**{"qom-type": "rng-random", "id": "objrng0", "filename": "/dev/nosuch-random"}),
                                    *dev(driver="virtio-rng-pci", rng="objrng0", id="rng0", bus="pci.0", addr="0x6")),
    files=NOVA_FILES, steps=hmp("info pci"))
xf4("r4-nova-rng-builtin", *nova_pc(rng=False, *obj(**{"qom-type": "rng-builtin", "id": "objrng0"}),
                                    *dev(driver="virtio-rng-pci", rng="objrng0", id="rng0", bus="pci.0", addr="0x6")),
    files=NOVA_FILES, steps=[qmp("qom-list", path="/objects")])
xf4("r4-nova-serial-log", *nova_pc(log=True), files=NOVA_FILES, steps=[qmp("query-chardev")])
xf4("r4-nova-no-config", *nova_pc(config=False), files=["disk.qcow2"], steps=hmp("info block"))
xf4("r4-nova-config-eject", *nova_pc(), files=NOVA_FILES,
    steps=[qmp("eject", id="ide0-0-1"), qmp("eject", id="ide0-0-1", force=True), qmp("query-block"), hmp("info block")[0]])
xf4("r4-nova-q35", *head4("pc-q35-7.2", name="instance-0000002b", cpu="Skylake-Client-IBRS", smp="1,sockets=1,dies=1,cores=1,threads=1", uuid=NOVA_UUID, extra=",hpet=off"),
    *NOVA_SMBIOS, *Q35_TAIL4, *ports_at(2, 16),
    "-blockdev", j(driver="file", filename=img4("disk.qcow2"), **{"node-name": "libvirt-2-storage", "auto-read-only": True, "discard": "unmap"}),
    "-blockdev", j(**{"node-name": "libvirt-2-format", "read-only": False, "driver": "qcow2", "file": "libvirt-2-storage"}),
    *dev(driver="virtio-blk-pci", bus="pci.3", addr="0x0", drive="libvirt-2-format", id="virtio-disk0", bootindex=1),
    "-blockdev", j(driver="file", filename=img4("disk.config"), **{"node-name": "libvirt-1-storage", "auto-read-only": True, "discard": "unmap"}),
    "-blockdev", j(**{"node-name": "libvirt-1-format", "read-only": True, "driver": "raw", "file": "libvirt-1-storage"}),
    *dev(driver="ide-cd", bus="ide.0", drive="libvirt-1-format", id="sata0-0-0"),
    "-netdev", j(type="user", id="hostnet0"), *dev(driver="virtio-net-pci", host_mtu=1450, netdev="hostnet0", id="net0", mac="fa:16:3e:5c:7d:22", bus="pci.2", addr="0x0"),
    "-chardev", "null,id=charserial0", *dev(driver="isa-serial", chardev="charserial0", id="serial0", index=0),
    *dev(driver="virtio-balloon-pci", id="balloon0", bus="pci.4", addr="0x0"),
    *obj(**{"qom-type": "rng-random", "id": "objrng0", "filename": "/dev/urandom"}), *dev(driver="virtio-rng-pci", rng="objrng0", id="rng0", bus="pci.5", addr="0x0"),
    files=NOVA_FILES, steps=hmp("info pci", "info block"))
for name, sm in [("smbios-type1-bad-uuid", "type=1,manufacturer=OpenStack Foundation,uuid=not-a-uuid"),
                 ("smbios-type1-family", "type=1,family=Virtual Machine,sku=m1.small"),
                 ("smbios-type1-unknown", "type=1,product=OpenStack Nova,flavor=m1.small"),
                 ("smbios-type3", "type=3,manufacturer=OpenStack Foundation,asset=rack42"),
                 ("smbios-type0", "type=0,vendor=OpenStack,version=1.16.0,uefi=on")]:
    x("r4-nova-" + name, *head4("pc-i440fx-7.2", name="instance-0000002c", smp="1,sockets=1,dies=1,cores=1,threads=1", uuid=NOVA_UUID),
      "-smbios", sm, *PC_TAIL, steps=[qmp("query-uuid")])
xf4("r4-nova-attach-volume", *nova_pc(), files=NOVA_FILES + ["disk.raw"],
    steps=[qmp("blockdev-add", driver="file", filename=img4("disk.raw"), **{"node-name": "libvirt-3-storage", "auto-read-only": True, "discard": "unmap"}),
           qmp("blockdev-add", driver="raw", **{"node-name": "libvirt-3-format", "read-only": False, "file": "libvirt-3-storage"}),
           qmp("device_add", driver="virtio-blk-pci", bus="pci.0", addr="0x8", drive="libvirt-3-format", id="virtio-disk1", serial="9d7e5a3c-2b1f-4e6d-8a9c-0f1e2d3c4b5a"),
           hmp("info block")[0], qmp("device_del", id="virtio-disk1"), qmp("blockdev-del", **{"node-name": "libvirt-3-format"})])
xf4("r4-nova-attach-port", *nova_pc(), files=NOVA_FILES,
    steps=[qmp("netdev_add", type="user", id="hostnet1"),
           qmp("device_add", driver="virtio-net-pci", host_mtu=1450, netdev="hostnet1", id="net1", mac="fa:16:3e:11:22:33", bus="pci.0", addr="0x9"),
           qmp("set_link", name="net1", up=False), hmp("info network")[0], qmp("query-rx-filter", name="net1"),
           qmp("device_del", id="net1"), qmp("netdev_del", id="hostnet1")])

# ------------------------------------------------------ KubeVirt -----
def kv(*more, machine="pc-q35-7.2", ephemeral=True, cloudinit=True, cpu="Skylake-Client-IBRS", smp="1,sockets=1,dies=1,cores=1,threads=1", free_page=True):
    out = head4(machine, name="default_testvmi", extra=",hpet=off", cpu=cpu, smp=smp, mem=128)
    out += ["-sandbox", "on,obsolete=deny,elevateprivileges=deny,spawn=deny,resourcecontrol=deny", "-msg", "timestamp=off"][:2]
    out += ["-rtc", "base=utc", "-no-shutdown", "-boot", "strict=on"] + ports_at(2, 10)
    out += dev(driver="virtio-serial-pci", id="virtio-serial0", bus="pci.2", addr="0x0")
    if ephemeral:
        out += (["-blockdev", j(driver="file", filename=img4("container.raw"), **{"node-name": "libvirt-3-storage", "auto-read-only": True, "discard": "unmap"}),
                 "-blockdev", j(**{"node-name": "libvirt-3-format", "read-only": True, "discard": "unmap", "cache": {"direct": False, "no-flush": False}, "driver": "raw", "file": "libvirt-3-storage"}),
                 "-blockdev", j(driver="file", filename=img4("overlay.qcow2"), **{"node-name": "libvirt-2-storage", "auto-read-only": True, "discard": "unmap"}),
                 "-blockdev", j(**{"node-name": "libvirt-2-format", "read-only": False, "discard": "unmap", "driver": "qcow2", "file": "libvirt-2-storage", "backing": "libvirt-3-format"})]
                + dev(driver="virtio-blk-pci", bus="pci.3", addr="0x0", drive="libvirt-2-format", id="ua-containerdisk", bootindex=1, **{"write-cache": "on", "werror": "stop", "rerror": "stop"}))
    if cloudinit:
        out += (["-blockdev", j(driver="file", filename=img4("cloudinit.iso"), **{"node-name": "libvirt-1-storage", "auto-read-only": True, "discard": "unmap"}),
                 "-blockdev", j(**{"node-name": "libvirt-1-format", "read-only": False, "discard": "unmap", "driver": "raw", "file": "libvirt-1-storage"})]
                + dev(driver="virtio-blk-pci", bus="pci.4", addr="0x0", drive="libvirt-1-format", id="ua-cloudinitdisk", **{"write-cache": "on", "werror": "stop", "rerror": "stop"}))
    out += ["-netdev", j(type="user", id="hostua-default")] + dev(driver="virtio-net-pci", host_mtu=1480, netdev="hostua-default", id="ua-default",
                                                                   mac="d6:a1:4e:2f:08:7c", bus="pci.1", addr="0x0", romfile="")
    out += ["-chardev", "null,id=charserial0"] + dev(driver="isa-serial", chardev="charserial0", id="serial0", index=0)
    out += ["-chardev", "null,id=charchannel0"] + dev(driver="virtserialport", bus="virtio-serial0.0", nr=1, chardev="charchannel0", id="channel0", name="org.qemu.guest_agent.0")
    out += dev(driver="VGA", id="video0", vgamem_mb=16, bus="pcie.0", addr="0x1")
    bal = dict(driver="virtio-balloon-pci", id="balloon0")
    if free_page:
        bal["free-page-reporting"] = True
    bal.update(bus="pci.5", addr="0x0")
    out += dev(**bal)
    return out + list(more)


KV_FILES = ["container.raw", "overlay.qcow2", "cloudinit.iso"]
xf4("r4-kv-vmi", *kv(), files=KV_FILES, steps=hmp("info pci", "info block") + CONNECT_X)
xf4("r4-kv-qtree", *kv(), files=KV_FILES, steps=[{"hmp": "info qtree", "grep": "dev: |id |werror|rerror|write-cache|host_mtu|free-page"}])
xf4("r4-kv-block", *kv(), files=KV_FILES, steps=[qmp("qom-get", path="/machine/peripheral/ua-containerdisk", property="bootindex"),
                                                 qmp("qom-list", path="/machine/peripheral")])
xf4("r4-kv-no-cloudinit", *kv(cloudinit=False), files=["container.raw", "overlay.qcow2"], steps=hmp("info block"))
x("r4-kv-no-disks", *kv(ephemeral=False, cloudinit=False), steps=hmp("info pci", "info network") + [qmp("query-balloon")])
x("r4-kv-pc-q35-7.1", *kv(machine="pc-q35-7.1", ephemeral=False, cloudinit=False), steps=hmp("info pci"))
x("r4-kv-no-free-page", *kv(ephemeral=False, cloudinit=False, free_page=False), steps=[{"hmp": "info qtree", "grep": "free-page|deflate|stats"}])
x("r4-kv-sandbox", *kv(ephemeral=False, cloudinit=False), steps=[qmp("query-status")])
x("r4-kv-hotplug-spare-port", *kv(ephemeral=False, cloudinit=False),
  steps=[qmp("netdev_add", type="user", id="hostua-secondary"),
         qmp("device_add", driver="virtio-net-pci", netdev="hostua-secondary", id="ua-secondary", mac="d6:a1:4e:2f:08:7d", bus="pci.6", addr="0x0", romfile=""),
         qmp("query-pci"), qmp("device_del", id="ua-secondary"), qmp("qom-list", path="/machine/peripheral")])
x("r4-kv-hotplug-disk", *kv(ephemeral=False, cloudinit=False),
  steps=[qmp("blockdev-add", driver="null-co", **{"node-name": "libvirt-4-storage", "size": 1073741824}),
         qmp("blockdev-add", driver="raw", **{"node-name": "libvirt-4-format", "read-only": False, "file": "libvirt-4-storage"}),
         qmp("device_add", driver="virtio-blk-pci", bus="pci.7", addr="0x0", drive="libvirt-4-format", id="ua-hotplug-disk", **{"write-cache": "on", "werror": "stop", "rerror": "stop"}),
         qmp("query-block"), qmp("device_del", id="ua-hotplug-disk"), qmp("query-block")])
# A scsi-hd's and a virtio serial port's DEVICE_DELETED come some time
# after device_del (both releases: within 3 s, not within the recorder's
# settle): timing, so these cases stop before the unplug.
x("r4-kv-hotplug-scsi", *kv(*dev(driver="virtio-scsi-pci", id="scsi0", bus="pci.6", addr="0x0"), ephemeral=False, cloudinit=False),
  steps=[qmp("blockdev-add", driver="null-co", **{"node-name": "libvirt-5-storage", "size": 1073741824}),
         qmp("blockdev-add", driver="raw", **{"node-name": "libvirt-5-format", "read-only": False, "file": "libvirt-5-storage"}),
         qmp("device_add", driver="scsi-hd", bus="scsi0.0", channel=0, **{"scsi-id": 0}, lun=1, device_id="drive-ua-hotplug-volume", drive="libvirt-5-format",
             id="ua-hotplug-volume", **{"write-cache": "on", "werror": "stop", "rerror": "stop"}),
         hmp("info block")[0], qmp("query-block")])
x("r4-kv-vcpu-hotplug", *kv(ephemeral=False, cloudinit=False, smp="1,maxcpus=4,sockets=4,dies=1,cores=1,threads=1"),
  steps=[qmp("query-hotpluggable-cpus"),
         qmp("device_add", driver="Skylake-Client-IBRS-x86_64-cpu", id="vcpu1", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
         qmp("device_add", driver="Skylake-Client-IBRS-x86_64-cpu", id="vcpu2", **{"socket-id": 2, "core-id": 0, "thread-id": 0}),
         qmp("query-hotpluggable-cpus"), qmp("device_del", id="vcpu2")])

# ------------------------------------------- libvirt's QMP after start ----
L = vi_linux()
x("r4-qmp-connect-all", *L, steps=CONNECT_X + [qmp("query-name"), qmp("query-uuid"), qmp("query-pr-managers"), qmp("query-dump-guest-memory-capability"),
                                               qmp("query-fdsets"), qmp("query-acpi-ospm-status")])
x("r4-qmp-balloon-guest-stats", *L, steps=[qmp("qom-get", path="/machine/peripheral/balloon0", property="guest-stats"),
                                            qmp("qom-get", path="/machine/peripheral/balloon0", property="guest-stats-polling-interval"),
                                            qmp("qom-set", path="/machine/peripheral/balloon0", property="guest-stats-polling-interval", value=5),
                                            qmp("qom-get", path="/machine/peripheral/balloon0", property="guest-stats")])
x("r4-qmp-balloon-set", *L, steps=[qmp("balloon", value=1073741824), qmp("query-balloon"), qmp("balloon", value=0), qmp("balloon", value=4294967296),
                                   qmp("query-balloon"), hmp("balloon 512", "info balloon")[0], hmp("info balloon")[0]])
x("r4-qmp-set-link", *L, steps=[qmp("set_link", name="net0", up=False), hmp("info network")[0], qmp("query-rx-filter", name="net0"),
                                qmp("set_link", name="net0", up=True), qmp("set_link", name="hostnet0", up=False), hmp("info network")[0],
                                qmp("set_link", name="nosuch", up=False)])
x("r4-qmp-disk-hotplug", *L, steps=[qmp("blockdev-add", driver="null-co", **{"node-name": "libvirt-3-storage", "size": 5368709120}),
                                    qmp("blockdev-add", driver="raw", **{"node-name": "libvirt-3-format", "read-only": False, "file": "libvirt-3-storage"}),
                                    qmp("device_add", driver="virtio-blk-pci", bus="pci.7", addr="0x0", drive="libvirt-3-format", id="virtio-disk1"),
                                    qmp("query-block"), qmp("qom-list", path="/machine/peripheral"),
                                    qmp("device_del", id="virtio-disk1"), qmp("query-block")])
x("r4-qmp-disk-hotplug-dup", *L, steps=[qmp("blockdev-add", driver="null-co", **{"node-name": "libvirt-3-storage", "size": 5368709120}),
                                        qmp("blockdev-add", driver="raw", **{"node-name": "libvirt-3-format", "read-only": False, "file": "libvirt-3-storage"}),
                                        qmp("device_add", driver="virtio-blk-pci", bus="pci.7", addr="0x0", drive="libvirt-3-format", id="virtio-disk0"),
                                        qmp("device_add", driver="virtio-blk-pci", bus="pci.4", addr="0x0", drive="libvirt-3-format", id="virtio-disk1"),
                                        qmp("device_add", driver="virtio-blk-pci", bus="pci.7", addr="0x0", drive="libvirt-1-format", id="virtio-disk1")])
x("r4-qmp-nic-hotplug", *L, steps=[qmp("netdev_add", type="user", id="hostnet1"),
                                   qmp("device_add", driver="virtio-net-pci", netdev="hostnet1", id="net1", mac="52:54:00:6b:3c:60", bus="pci.8", addr="0x0"),
                                   qmp("query-rx-filter", name="net1"), qmp("set_link", name="net1", up=False), hmp("info network")[0],
                                   qmp("device_del", id="net1"), qmp("netdev_del", id="hostnet1")])
x("r4-qmp-nic-e1000e-hotplug", *L, steps=[qmp("netdev_add", type="user", id="hostnet2"),
                                          qmp("device_add", driver="e1000e", netdev="hostnet2", id="net2", mac="52:54:00:6b:3c:61", bus="pci.9", addr="0x0"),
                                          hmp("info network")[0], qmp("device_del", id="net2")])
x("r4-qmp-vcpu-hotplug", *vi_linux(smp="1,maxcpus=4,sockets=4,dies=1,cores=1,threads=1"),
  steps=[qmp("query-hotpluggable-cpus"), qmp("device_add", driver="qemu64-x86_64-cpu", id="vcpu1", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
         qmp("qom-list", path="/machine/peripheral"), qmp("device_del", id="vcpu1"), qmp("query-hotpluggable-cpus")])
x("r4-qmp-qom-list-peripheral", *L, steps=[qmp("qom-list", path="/machine/peripheral"), qmp("qom-list", path="/machine/peripheral/rng0"),
                                           qmp("qom-get", path="/machine/peripheral/rng0", property="rng")])
x("r4-qmp-query-block-full", *L, steps=[qmp("query-block"), qmp("query-named-block-nodes", flat=True)])
x("r4-qmp-channel-chardev", *L, steps=[qmp("query-chardev"), qmp("qom-get", path="/machine/peripheral/channel0", property="name"),
                                       qmp("qom-get", path="/machine/peripheral/channel0", property="nr")])
x("r4-qmp-serial-chardev-change", *L, steps=[qmp("chardev-add", id="charchannel1", backend={"type": "null", "data": {}}),
                                             qmp("device_add", driver="virtserialport", bus="virtio-serial0.0", nr=2, chardev="charchannel1", id="channel1", name="org.libguestfs.channel.0"),
                                             qmp("query-chardev"), qmp("qom-get", path="/machine/peripheral/channel1", property="name")])
x("r4-qmp-video-props", *L, steps=[qmp("qom-get", path="/machine/peripheral/video0", property="max_outputs"),
                                   qmp("qom-get", path="/machine/peripheral/video0", property="vgamem_mb")])

# ============================================================ round 5 ====
# Round 5 (r5-): command lines as management stacks write them that rounds
# 1-4 did not cover, each followed by the CPU hot-plug and look-around
# commands their users type next (info hotpluggable-cpus, device_add of a
# CPU, info qtree/pci, query-*). Proxmox VE's `qm showcmd` (its QMP socket
# and qmeventd's socket with -mon, -pidfile, -smbios type=1,uuid=, -device
# vmgenid, -iscsi, pci-bridges, the x86-64-v2-AES/kvm64 CPUs with enforce
# and kvm_pv_*, -boot menu/splash, -vnc unix:); virt-install/virt-manager
# lines as libvirt 6-8 wrote them (-device/-object as key=value, hex ports,
# -drive if=none, -sandbox, -msg timestamp=on, -realtime/-overcommit),
# host-model CPUs as libvirt expands them (feature lists TCG filters), Nova
# and KubeVirt with vCPU hot-plug (maxcpus), hand-written blog lines; q35, pc
# and pseries. Paths under /var/run, /var/lib, /dev/pve and Proxmox's own
# options (-id, +pve0 machine suffix) are kept in a few cases that fail as
# upstream QEMU fails; the others name sockets and pid files in /tmp (one
# vmid per case). Left out: -daemonize (the recorder talks over stdio), the
# tap netdev with pve-bridge (host-dependent: 7.2's host opens the tap and
# runs the missing script, 10.0's chroot has no /dev/net/tun),
# -readconfig /usr/share/qemu-server/pve-q35-4.0.cfg (a host file: its
# bridges and ports are written out as -device), tap netdevs and
# /dev/pve volumes other than their failing starts, fds and ptys.
_vmid = [100]


def vmid():
    _vmid[0] += 1
    return _vmid[0]


PVE_V2 = "qemu64,+aes,enforce,+kvm_pv_eoi,+kvm_pv_unhalt,+pni,+popcnt,+sse4.1,+sse4.2,+ssse3"
PVE_KVM64 = "kvm64,enforce,+kvm_pv_eoi,+kvm_pv_unhalt,+lahf_lm,+sep"
PVE_UUID = "7b4d1c1a-3e2f-4a5b-8c6d-9e0f1a2b3c4d"
PVE_GUID = "0d9a6f3c-5b2e-4c71-a8d4-2f6e1b7c9a05"


def pve(*more, vm=None, machine="pc-i440fx-7.2", cpu=PVE_V2, smp="2,sockets=1,cores=2,maxcpus=2", mem="2048", run="/tmp/lv5-pve-%d",
        qmp_event=True, pidfile=True, vnc=True, iscsi=True, boot="menu=on,strict=on,reboot-timeout=1000", q35=False, scsi=True, net=True,
        disk=None, rtc=None):
    """qm showcmd's line for VM `vm` (Linux ostype), sockets and pid file under `run`."""
    vm = vm or vmid()
    r = run % vm
    out = ["-name", "vm%d,debug-threads=on" % vm, "-no-shutdown",
           "-chardev", "socket,id=qmp,path=%s.qmp,server=on,wait=off" % r, "-mon", "chardev=qmp,mode=control"]
    if qmp_event:
        out += ["-chardev", "socket,id=qmp-event,path=/var/run/qmeventd.sock,reconnect=5", "-mon", "chardev=qmp-event,mode=control"]
    if pidfile:
        out += ["-pidfile", "%s.pid" % r]
    out += ["-smbios", "type=1,uuid=" + PVE_UUID, "-smp", smp, "-nodefaults", "-boot", boot]
    if vnc:
        out += ["-vnc", "unix:%s.vnc,password=on" % r]
    if cpu:
        out += ["-cpu", cpu]
    out += ["-m", mem]
    if scsi:
        out += ["-object", "iothread,id=iothread-virtioscsi0"]
    if q35:
        # pve-q35-4.0.cfg's devices (-readconfig in the real line).
        out += ["-device", "i82801b11-bridge,id=pcidmi,bus=pcie.0,addr=0x1e",
                "-device", "pci-bridge,id=pci.0,chassis_nr=1,bus=pcidmi,addr=0x1",
                "-device", "pci-bridge,id=pci.1,chassis_nr=2,bus=pcidmi,addr=0x2",
                "-device", "pci-bridge,id=pci.2,chassis_nr=3,bus=pcidmi,addr=0x3",
                "-device", "ioh3420,id=ich9-pcie-port-1,multifunction=on,bus=pcie.0,addr=0x1c,port=1,chassis=1",
                "-device", "ioh3420,id=ich9-pcie-port-2,bus=pcie.0,addr=0x1c.0x1,port=2,chassis=2",
                "-device", "pci-bridge,id=pci.3,chassis_nr=3,bus=pci.0,addr=0x5"]
        b0 = "pci.0"
    else:
        out += ["-device", "pci-bridge,id=pci.1,chassis_nr=1,bus=pci.0,addr=0x1e",
                "-device", "pci-bridge,id=pci.2,chassis_nr=2,bus=pci.0,addr=0x1f",
                "-device", "pci-bridge,id=pci.3,chassis_nr=3,bus=pci.0,addr=0x5"]
        b0 = "pci.0"
    out += ["-device", "vmgenid,guid=" + PVE_GUID]
    if q35:
        out += ["-device", "qemu-xhci,p2=15,p3=15,id=xhci,bus=pci.1,addr=0x1b", "-device", "usb-tablet,id=tablet,bus=xhci.0,port=1"]
    else:
        out += ["-device", "piix3-usb-uhci,id=uhci,bus=pci.0,addr=0x1.0x2", "-device", "usb-tablet,id=tablet,bus=uhci.0,port=1"]
    out += ["-device", "VGA,id=vga,bus=%s,addr=0x2" % ("pcie.0" if q35 else "pci.0"),
            "-chardev", "socket,path=%s.qga,server=on,wait=off,id=qga0" % r,
            "-device", "virtio-serial,id=qga0,bus=%s,addr=0x8" % b0,
            "-device", "virtserialport,chardev=qga0,name=org.qemu.guest_agent.0",
            "-device", "virtio-balloon-pci,id=balloon0,bus=%s,addr=0x3,free-page-reporting=on" % b0]
    if iscsi:
        out += ["-iscsi", "initiator-name=iqn.1993-08.org.debian:01:6d3f8a2b1c"]
    out += ["-drive", "if=none,id=drive-ide2,media=cdrom,aio=io_uring",
            "-device", "ide-cd,bus=ide.1,unit=0,drive=drive-ide2,id=ide2,bootindex=101"]
    if scsi:
        out += ["-device", "virtio-scsi-pci,id=virtioscsi0,bus=pci.3,addr=0x1,iothread=iothread-virtioscsi0",
                "-drive", disk or "if=none,id=drive-scsi0,driver=null-co,size=34359738368,cache=none,aio=io_uring,detect-zeroes=on",
                "-device", "scsi-hd,bus=virtioscsi0.0,channel=0,scsi-id=0,lun=0,drive=drive-scsi0,id=scsi0,bootindex=100"]
    if net:
        out += ["-netdev", net if isinstance(net, str) else "type=user,id=net0",
                "-device", "virtio-net-pci,mac=BC:24:11:5E:7A:%02X,netdev=net0,bus=%s,addr=0x12,id=net0,rx_queue_size=1024,tx_queue_size=256,bootindex=102" % (vm % 256, b0)]
    if rtc:
        out += rtc
    out += ["-machine", "type=" + machine]
    return out + list(more)


PVE_LOOK = hmp("info status", "info hotpluggable-cpus", "info pci")
PVE_CPUHP = [{"hmp": "info hotpluggable-cpus"}, {"hmp": "device_add qemu64-x86_64-cpu,id=cpu2,socket-id=0,core-id=1,thread-id=0"},
             {"hmp": "device_add qemu64-x86_64-cpu,id=cpu3,socket-id=0,core-id=2,thread-id=0"}, {"hmp": "info cpus"},
             qmp("query-hotpluggable-cpus"), qmp("device_del", id="cpu3")]

# --------------------------------------------------- Proxmox VE lines ----
x("r5-pve-default", *pve(), steps=PVE_LOOK + [qmp("query-uuid"), qmp("query-vm-generation-id")])
x("r5-pve-qtree", *pve(), steps=[{"hmp": "info qtree", "grep": "dev: |bus: |chassis_nr|guid|iothread|free-page|rx_queue|bootindex"}])
# -drive driver=null-co names its node automatically (#blockNNN, not the same per run): looked at without it.
x("r5-pve-block", *pve(), steps=hmp("info block drive-ide2") + [qmp("query-iothreads"), qmp("qom-get", path="/machine/peripheral/scsi0", property="drive"),
                                                             qmp("qom-get", path="/machine/peripheral/virtioscsi0", property="iothread")])
x("r5-pve-chardevs", *pve(), steps=[qmp("query-chardev"), qmp("query-vnc"), qmp("query-name")])
x("r5-pve-cpu-hotplug", *pve(smp="1,sockets=1,cores=4,maxcpus=4"), steps=PVE_CPUHP)
x("r5-pve-cpu-hotplug-2sockets", *pve(smp="2,sockets=2,cores=2,maxcpus=4"),
  steps=[{"hmp": "info hotpluggable-cpus"}, {"hmp": "device_add qemu64-x86_64-cpu,id=cpu3,socket-id=1,core-id=0,thread-id=0"},
         {"hmp": "device_add qemu64-x86_64-cpu,id=cpu4,socket-id=1,core-id=1,thread-id=0"},
         {"hmp": "device_add qemu64-x86_64-cpu,id=cpu5,socket-id=1,core-id=1,thread-id=0"}, qmp("query-cpus-fast")])
x("r5-pve-cpu-hotplug-kvm64", *pve(cpu=PVE_KVM64, smp="1,sockets=1,cores=2,maxcpus=2"),
  steps=[{"hmp": "device_add kvm64-x86_64-cpu,id=cpu2,socket-id=0,core-id=1,thread-id=0"}, {"hmp": "info hotpluggable-cpus"}])
x("r5-pve-cpu-kvm64", *pve(cpu=PVE_KVM64), steps=[qmp("qom-get", path=CPU0, property="filtered-features"), {"hmp": "info cpus"}])
x("r5-pve-cpu-v2-noenforce", *pve(cpu=PVE_V2.replace(",enforce", "")),
  steps=[qmp("qom-get", path=CPU0, property="filtered-features"), qmp("qom-get", path=CPU0, property="aes")])
x("r5-pve-cpu-v2-hotplug-noenforce", *pve(cpu=PVE_V2.replace(",enforce", ""), smp="1,sockets=1,cores=2,maxcpus=2"),
  steps=[{"hmp": "device_add qemu64-x86_64-cpu,id=cpu2,socket-id=0,core-id=1,thread-id=0"},
         qmp("qom-get", path="/machine/peripheral/cpu2", property="popcnt"), qmp("query-hotpluggable-cpus")])
x("r5-pve-cpu-host", *pve(cpu="host,+kvm_pv_eoi,+kvm_pv_unhalt"), steps=PVE_LOOK)
x("r5-pve-cpu-x86-64-v3", *pve(cpu="qemu64,+abm,+aes,+avx,+avx2,+bmi1,+bmi2,enforce,+f16c,+fma,+kvm_pv_eoi,+kvm_pv_unhalt,+movbe,+pni,+popcnt,+sse4.1,+sse4.2,+ssse3,+xsave"),
  steps=[qmp("qom-get", path=CPU0, property="filtered-features")])
x("r5-pve-cpu-epyc", *pve(cpu="EPYC-Rome,+kvm_pv_eoi,+kvm_pv_unhalt", smp="1,sockets=1,cores=2,maxcpus=2"),
  steps=[{"hmp": "device_add EPYC-Rome-x86_64-cpu,id=cpu2,socket-id=0,core-id=1,thread-id=0"}, {"hmp": "info hotpluggable-cpus"}])
x("r5-pve-q35", *pve(q35=True, machine="pc-q35-7.2"), steps=hmp("info pci") + [qmp("query-pci")])
x("r5-pve-q35-qtree", *pve(q35=True, machine="pc-q35-7.2"), steps=[{"hmp": "info qtree", "grep": "dev: |bus: |chassis|port|slot"}])
x("r5-pve-q35-cpu-hotplug", *pve(q35=True, machine="pc-q35-7.2", smp="1,sockets=2,cores=2,maxcpus=4"), steps=PVE_CPUHP)
x("r5-pve-q35-hotplug-nic", *pve(q35=True, machine="pc-q35-7.2"),
  steps=[{"hmp": "netdev_add user,id=net1"}, {"hmp": "device_add virtio-net-pci,mac=BC:24:11:00:11:22,netdev=net1,bus=pci.1,addr=0x13,id=net1"},
         {"hmp": "info network"}, {"hmp": "device_del net1"}])
x("r5-pve-pc-8.1", *pve(machine="pc-i440fx-8.1"), steps=PVE_LOOK)
x("r5-pve-q35-8.1", *pve(q35=True, machine="pc-q35-8.1"), steps=PVE_LOOK)
x("r5-pve-pc-5.1", *pve(machine="pc-i440fx-5.1"), steps=PVE_LOOK + [{"hmp": "info qtree", "grep": "free-page"}])
x("r5-pve-machine-pve0", *pve(machine="pc-i440fx-7.2+pve0"), steps=PVE_LOOK)
x("r5-pve-id-option", "-id", "131", *pve(vm=131), steps=PVE_LOOK)
x("r5-pve-qmp-var-run", *pve(run="/var/run/qemu-server/%d", pidfile=False), steps=PVE_LOOK)
x("r5-pve-pidfile-var-run", *pve(run="/tmp/lv5-pve-%d", pidfile=False, vm=133), "-pidfile", "/var/run/qemu-server/133.pid", steps=PVE_LOOK)
x("r5-pve-vnc-var-run", *pve(vnc=False, vm=134), "-vnc", "unix:/var/run/qemu-server/134.vnc,password=on", steps=PVE_LOOK)
x("r5-pve-disk-lvm", *pve(disk="file=/dev/pve/vm-135-disk-0,if=none,id=drive-scsi0,format=raw,cache=none,aio=io_uring,detect-zeroes=on", vm=135), steps=PVE_LOOK)
x("r5-pve-disk-dir", *pve(disk="file=/var/lib/vz/images/136/vm-136-disk-0.qcow2,if=none,id=drive-scsi0,format=qcow2,cache=none,aio=io_uring,detect-zeroes=on", vm=136), steps=PVE_LOOK)
x("r5-pve-iso-missing", *pve(scsi=False), "-drive", "file=/var/lib/vz/template/iso/debian-12.5.0-amd64-netinst.iso,if=none,id=drive-ide0,media=cdrom,aio=io_uring",
  "-device", "ide-cd,bus=ide.0,unit=0,drive=drive-ide0,id=ide0,bootindex=103", steps=PVE_LOOK)
x("r5-pve-splash", *pve(boot="menu=on,strict=on,reboot-timeout=1000,splash=/usr/share/qemu-server/bootsplash.jpg"), steps=hmp("info status"))
x("r5-pve-no-iscsi", *pve(iscsi=False, qmp_event=False, pidfile=False, vnc=False), steps=PVE_LOOK)
x("r5-pve-iscsi-bad", *pve(iscsi=False), "-iscsi", "initiator-name=iqn.1993-08.org.debian:01:x,nosuch=1", steps=PVE_LOOK)
x("r5-pve-windows", *pve(cpu="qemu64,+aes,enforce,hv_ipi,hv_relaxed,hv_reset,hv_runtime,hv_spinlocks=0x1fff,hv_stimer,hv_synic,hv_time,hv_vapic,hv_vpindex,+kvm_pv_eoi,+kvm_pv_unhalt,+pni,+popcnt,+sse4.1,+sse4.2,+ssse3",
                         rtc=["-rtc", "driftfix=slew,base=localtime", "-global", "kvm-pit.lost_tick_policy=discard"]), steps=PVE_LOOK)
x("r5-pve-windows-nohv", *pve(cpu=PVE_V2.replace(",enforce", ""), rtc=["-rtc", "driftfix=slew,base=localtime", "-global", "kvm-pit.lost_tick_policy=discard"]),
  steps=[qmp("query-kvm"), {"hmp": "info qtree", "grep": "lost_tick|kvm-pit"}])
x("r5-pve-balloon", *pve(), steps=[qmp("query-balloon"), qmp("qom-set", path="/machine/peripheral/balloon0", property="guest-stats-polling-interval", value=2),
                                   qmp("qom-get", path="/machine/peripheral/balloon0", property="guest-stats"), {"hmp": "balloon 1024"}, {"hmp": "info balloon"}])
x("r5-pve-numa-hotplug", *pve(smp="2,sockets=2,cores=1,maxcpus=4", mem="size=2048,slots=255,maxmem=4194304M"),
  "-object", "memory-backend-ram,id=ram-node0,size=1024M", "-numa", "node,nodeid=0,cpus=0-1,memdev=ram-node0",
  "-object", "memory-backend-ram,id=ram-node1,size=1024M", "-numa", "node,nodeid=1,cpus=2-3,memdev=ram-node1",
  steps=[{"hmp": "info numa"}, {"hmp": "device_add qemu64-x86_64-cpu,id=cpu3,socket-id=2,core-id=0,thread-id=0"}, {"hmp": "info hotpluggable-cpus"}])

# ------------------------------- virt-install with libvirt 6-8's syntax ----
def vi_old(*more, machine="pc-q35-5.2", cpu=None, smp="2,sockets=2,cores=1,threads=1", mem=2048, realtime=False, sandbox=True, msg=False,
           name="fedora33", memdev=True, accel=""):
    """virt-install --os-variant fedora33 as libvirt 6.x-7.x wrote it: key=value -device/-object, hex root-port numbers, -drive if=none.
    Its -machine accel= (accel=kvm in the real line) clashes with the recorder's -accel tcg: one case keeps it.
    -msg timestamp=on only where nothing is printed (a timestamp differs per run)."""
    out = ["-name", "guest=%s,debug-threads=on" % name, "-S",
           "-object", "secret,id=masterKey0,format=raw,data=aGVsbG8gd29ybGQgaGVsbG8gd29ybGQhIQ==",
           "-machine", machine + accel + ",usb=off,vmport=off,dump-guest-core=off" + (",memory-backend=pc.ram" if memdev else "")]
    if cpu:
        out += ["-cpu", cpu]
    out += ["-m", str(mem)]
    if memdev:
        out += ["-object", "memory-backend-ram,id=pc.ram,size=%d" % (mem << 20)]
    out += (["-realtime", "mlock=off"] if realtime else ["-overcommit", "mem-lock=off"])
    out += ["-smp", smp, "-uuid", "2f6e1d3c-7a8b-4c9d-a0e1-f2a3b4c5d6e7", "-no-user-config", "-nodefaults",
            "-rtc", "base=utc,driftfix=slew", "-global", "kvm-pit.lost_tick_policy=delay", "-no-hpet", "-no-shutdown",
            "-global", "ICH9-LPC.disable_s3=1", "-global", "ICH9-LPC.disable_s4=1", "-boot", "strict=on"]
    for i in range(7):
        a = "0x2" if i == 0 else "0x2.0x%x" % i
        out += ["-device", "pcie-root-port,port=0x%x,chassis=%d,id=pci.%d,bus=pcie.0%s,addr=%s" % (0x10 + i, i + 1, i + 1, ",multifunction=on" if i == 0 else "", a)]
    out += ["-device", "qemu-xhci,p2=15,p3=15,id=usb,bus=pci.2,addr=0x0",
            "-device", "virtio-serial-pci,id=virtio-serial0,bus=pci.3,addr=0x0",
            "-blockdev", j(driver="null-co", **{"node-name": "libvirt-1-storage", "size": 21474836480}),
            "-blockdev", j(**{"node-name": "libvirt-1-format", "read-only": False, "driver": "raw", "file": "libvirt-1-storage"}),
            "-device", "virtio-blk-pci,bus=pci.4,addr=0x0,drive=libvirt-1-format,id=virtio-disk0,bootindex=1",
            "-netdev", "user,id=hostnet0",
            "-device", "virtio-net-pci,netdev=hostnet0,id=net0,mac=52:54:00:3c:4d:5e,bus=pci.1,addr=0x0",
            "-chardev", "null,id=charserial0", "-device", "isa-serial,chardev=charserial0,id=serial0",
            "-chardev", "null,id=charchannel0",
            "-device", "virtserialport,bus=virtio-serial0.0,nr=1,chardev=charchannel0,id=channel0,name=org.qemu.guest_agent.0",
            "-device", "usb-tablet,id=input0,bus=usb.0,port=1",
            "-device", "virtio-vga,id=video0,max_outputs=1,bus=pcie.0,addr=0x1",
            "-device", "virtio-balloon-pci,id=balloon0,bus=pci.5,addr=0x0",
            "-object", "rng-random,id=objrng0,filename=/dev/urandom",
            "-device", "virtio-rng-pci,rng=objrng0,id=rng0,bus=pci.6,addr=0x0"]
    if sandbox:
        out += ["-sandbox", "on,obsolete=deny,elevateprivileges=deny,spawn=deny,resourcecontrol=deny"]
    if msg:
        out += ["-msg", "timestamp=on"]
    return out + list(more)


# libvirt's host-model CPUs as it writes them on common hosts (TCG filters some).
HM_INTEL = ("Cascadelake-Server,ss=on,vmx=on,pdcm=on,hypervisor=on,tsc-adjust=on,umip=on,pku=on,md-clear=on,stibp=on,arch-capabilities=on,"
            "xsaves=on,ibpb=on,ibrs=on,amd-stibp=on,amd-ssbd=on,rdctl-no=on,ibrs-all=on,skip-l1dfl-vmentry=on,mds-no=on,pschange-mc-no=on,tsx-ctrl=on,hle=off,rtm=off")
HM_AMD = ("EPYC-Rome,x2apic=on,tsc-deadline=on,hypervisor=on,tsc-adjust=on,stibp=on,arch-capabilities=on,ssbd=on,xsaves=on,cmp-legacy=on,"
          "amd-ssbd=on,virt-ssbd=on,rdctl-no=on,skip-l1dfl-vmentry=on,mds-no=on,pschange-mc-no=on")
HM_SKL = "Skylake-Client-IBRS,ss=on,vmx=on,hypervisor=on,tsc-adjust=on,clflushopt=on,umip=on,md-clear=on,stibp=on,arch-capabilities=on,ssbd=on,xsaves=on,pdpe1gb=on,ibpb=on,amd-ssbd=on,skip-l1dfl-vmentry=on,pschange-mc-no=on,hle=off,rtm=off"
HM_ICX = "Icelake-Server,ss=on,vmx=on,pdcm=on,hypervisor=on,tsc-adjust=on,avx512ifma=on,sha-ni=on,rdpid=on,fsrm=on,md-clear=on,stibp=on,arch-capabilities=on,xsaves=on,ibpb=on,ibrs=on,amd-stibp=on,amd-ssbd=on,rdctl-no=on,ibrs-all=on,skip-l1dfl-vmentry=on,mds-no=on,pschange-mc-no=on,hle=off,rtm=off,mpx=off"
VI_CPUHP = [qmp("query-hotpluggable-cpus"), {"hmp": "info hotpluggable-cpus"}]

x("r5-vi6-fedora33", *vi_old(msg=True), steps=hmp("info pci") + [qmp("query-status")])
x("r5-vi6-qtree", *vi_old(msg=True), steps=[{"hmp": "info qtree", "grep": "dev: |bus: |port|chassis|nr ="}])
x("r5-vi6-realtime", *vi_old(realtime=True), steps=hmp("info status"))
x("r5-vi6-no-memdev", *vi_old(memdev=False, machine="pc-q35-4.2", msg=True), steps=hmp("info pci", "info memdev"))
x("r5-vi7-q35-6.2", *vi_old(machine="pc-q35-6.2", name="rhel8.5", smp="2,sockets=2,dies=1,cores=1,threads=1"), steps=hmp("info pci"))
x("r5-vi6-msg-only", *vi_old(sandbox=False, msg=True),
  steps=hmp("info status", "info version"))
x("r5-vi6-machine-accel", *vi_old(accel=",accel=tcg"), steps=hmp("info status", "info version"))
x("r5-vi6-hostmodel-intel", *vi_old(cpu=HM_INTEL, smp="2,maxcpus=8,sockets=8,cores=1,threads=1"),
  steps=VI_CPUHP + [qmp("qom-get", path=CPU0, property="filtered-features")])
x("r5-vi6-hostmodel-intel-hotplug", *vi_old(cpu=HM_INTEL, smp="1,maxcpus=4,sockets=4,cores=1,threads=1"),
  steps=[qmp("device_add", driver="Cascadelake-Server-x86_64-cpu", id="vcpu1", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
         qmp("qom-get", path="/machine/peripheral/vcpu1", property="vmx"), qmp("qom-get", path="/machine/peripheral/vcpu1", property="hle")] + VI_CPUHP)
x("r5-vi6-hostmodel-amd", *vi_old(cpu=HM_AMD, smp="2,maxcpus=4,sockets=1,cores=4,threads=1"),
  steps=VI_CPUHP + [qmp("device_add", driver="EPYC-Rome-x86_64-cpu", id="vcpu2", **{"socket-id": 0, "core-id": 2, "thread-id": 0}), qmp("query-cpus-fast")])
x("r5-vi6-hostmodel-skylake", *vi_old(cpu=HM_SKL, smp="2,maxcpus=4,sockets=2,cores=1,threads=2"),
  steps=VI_CPUHP + [{"hmp": "device_add Skylake-Client-IBRS-x86_64-cpu,id=vcpu2,socket-id=1,core-id=0,thread-id=0"}, {"hmp": "info cpus"}])
x("r5-vi7-hostmodel-icelake", *vi_old(cpu=HM_ICX, machine="pc-q35-6.2", smp="4,maxcpus=4,sockets=1,dies=1,cores=2,threads=2"),
  steps=[qmp("qom-get", path=CPU0, property="filtered-features"), qmp("query-hotpluggable-cpus")])
x("r5-vi6-hostmodel-check", *vi_old(cpu=HM_SKL + ",check", smp="1"), steps=hmp("info status"))
x("r5-vi6-hostmodel-enforce", *vi_old(cpu=HM_SKL + ",enforce", smp="1"), steps=hmp("info status"))
x("r5-vi6-pc", "-name", "guest=centos7,debug-threads=on", "-S", "-machine", "pc-i440fx-5.2,usb=off,vmport=off,dump-guest-core=off",
  "-cpu", "Haswell-noTSX-IBRS,vme=on,ss=on,vmx=on,f16c=on,rdrand=on,hypervisor=on,arat=on,tsc-adjust=on,umip=on,md-clear=on,stibp=on,arch-capabilities=on,ssbd=on,xsaveopt=on,pdpe1gb=on,abm=on,ibpb=on,amd-ssbd=on,skip-l1dfl-vmentry=on,pschange-mc-no=on",
  "-m", "1024", "-overcommit", "mem-lock=off", "-smp", "1,maxcpus=2,sockets=2,cores=1,threads=1", "-uuid", "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d",
  "-no-user-config", "-nodefaults", "-rtc", "base=utc,driftfix=slew", "-global", "kvm-pit.lost_tick_policy=delay", "-no-hpet", "-no-shutdown",
  "-global", "PIIX4_PM.disable_s3=1", "-global", "PIIX4_PM.disable_s4=1", "-boot", "strict=on",
  "-device", "ich9-usb-ehci1,id=usb,bus=pci.0,addr=0x5.0x7", "-device", "ich9-usb-uhci1,masterbus=usb.0,firstport=0,bus=pci.0,multifunction=on,addr=0x5",
  "-device", "virtio-serial-pci,id=virtio-serial0,bus=pci.0,addr=0x6", "-drive", "if=none,id=drive-ide0-0-0,driver=null-co",
  "-device", "ide-hd,bus=ide.0,unit=0,drive=drive-ide0-0-0,id=ide0-0-0,bootindex=1", "-netdev", "user,id=hostnet0",
  "-device", "virtio-net-pci,netdev=hostnet0,id=net0,mac=52:54:00:9f:8e:7d,bus=pci.0,addr=0x3", "-device", "cirrus-vga,id=video0,bus=pci.0,addr=0x2",
  "-device", "virtio-balloon-pci,id=balloon0,bus=pci.0,addr=0x7", "-sandbox", "on,obsolete=deny,elevateprivileges=deny,spawn=deny,resourcecontrol=deny",
  steps=hmp("info pci", "info hotpluggable-cpus") + [qmp("device_add", driver="Haswell-noTSX-IBRS-x86_64-cpu", id="vcpu1", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
                                                    qmp("query-hotpluggable-cpus")])
x("r5-vm-json-vcpus-coldplug", *vi_linux(smp="2,maxcpus=6,sockets=6,dies=1,cores=1,threads=1", cpu="Skylake-Client-IBRS"),
  *dev(driver="Skylake-Client-IBRS-x86_64-cpu", id="vcpu2", **{"socket-id": 2, "core-id": 0, "thread-id": 0}),
  *dev(driver="Skylake-Client-IBRS-x86_64-cpu", id="vcpu3", **{"socket-id": 3, "core-id": 0, "thread-id": 0}),
  steps=VI_CPUHP + [qmp("qom-list", path="/machine/peripheral"), qmp("device_del", id="vcpu3"), qmp("query-hotpluggable-cpus")])
x("r5-vm-json-hostmodel-cpu", *vi_linux(smp="1,maxcpus=2,sockets=2,dies=1,cores=1,threads=1", cpu=HM_AMD),
  steps=[qmp("device_add", driver="EPYC-Rome-x86_64-cpu", id="vcpu1", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
         qmp("qom-get", path="/machine/peripheral/vcpu1", property="virt-ssbd"), qmp("query-cpus-fast")])
x("r5-vm-libvirt-monitor-socket", "-chardev", "socket,id=charmonitor,path=/var/lib/libvirt/qemu/domain-1-fedora39/monitor.sock,server=on,wait=off",
  "-mon", "chardev=charmonitor,id=monitor,mode=control", *vi_linux(), steps=hmp("info status"))
x("r5-vm-monitor-socket-tmp", "-chardev", "socket,id=charmonitor,path=/tmp/lv5-vm-monitor.sock,server=on,wait=off",
  "-mon", "chardev=charmonitor,id=monitor,mode=control", *vi_linux(), steps=[qmp("query-chardev"), {"hmp": "info chardev"}])

# ------------------------------------------- Nova and KubeVirt, vCPUs ----
x("r5-nova-q35-hostmodel", *head4("pc-q35-7.2", name="instance-0000003a", cpu=HM_INTEL, smp="2,sockets=2,dies=1,cores=1,threads=1", uuid=NOVA_UUID, extra=",hpet=off"),
  *NOVA_SMBIOS, *Q35_TAIL4, *ports_at(2, 16),
  steps=[qmp("query-hotpluggable-cpus"), qmp("qom-get", path=CPU0, property="filtered-features"), qmp("query-uuid")])
x("r5-nova-pc-custom-model", *head4("pc-i440fx-7.2", name="instance-0000003b", cpu="Icelake-Server-noTSX", smp="4,sockets=4,dies=1,cores=1,threads=1", uuid=NOVA_UUID),
  *NOVA_SMBIOS, *PC_TAIL, steps=[{"hmp": "info hotpluggable-cpus"}, {"hmp": "info cpus"}])
x("r5-nova-cpu-extra-flags", *head4("pc-q35-7.2", name="instance-0000003c", cpu="Skylake-Server-IBRS,pcid=on,ssbd=on,pdpe1gb=on", smp="2,sockets=1,dies=1,cores=2,threads=1", uuid=NOVA_UUID),
  *NOVA_SMBIOS, *Q35_TAIL4, steps=[qmp("qom-get", path=CPU0, property="filtered-features"), qmp("query-hotpluggable-cpus")])
x("r5-nova-smbios-type1-only-uuid", *head4("pc-q35-7.2", name="instance-0000003d", smp="1,sockets=1,dies=1,cores=1,threads=1", uuid=NOVA_UUID),
  "-smbios", "type=1,uuid=" + NOVA_UUID, *Q35_TAIL4, steps=[qmp("query-uuid")])
x("r5-nova-smbios-uuid-mismatch", *head4("pc-q35-7.2", name="instance-0000003e", smp="1,sockets=1,dies=1,cores=1,threads=1", uuid=NOVA_UUID),
  "-smbios", "type=1,uuid=" + PVE_UUID, *Q35_TAIL4, steps=[qmp("query-uuid")])
x("r5-kv-vcpu-hotplug-hostmodel", *kv(ephemeral=False, cloudinit=False, cpu=HM_SKL, smp="1,maxcpus=4,sockets=4,dies=1,cores=1,threads=1"),
  steps=[qmp("device_add", driver="Skylake-Client-IBRS-x86_64-cpu", id="vcpu1", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
         qmp("query-hotpluggable-cpus"), {"hmp": "info hotpluggable-cpus"}])
x("r5-kv-vcpu-hotplug-cores", *kv(ephemeral=False, cloudinit=False, smp="2,maxcpus=8,sockets=4,dies=1,cores=2,threads=1"),
  steps=[qmp("device_add", driver="Skylake-Client-IBRS-x86_64-cpu", id="vcpu2", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
         qmp("device_add", driver="Skylake-Client-IBRS-x86_64-cpu", id="vcpu3", **{"socket-id": 1, "core-id": 1, "thread-id": 0}),
         qmp("device_add", driver="Skylake-Client-IBRS-x86_64-cpu", id="vcpu9", **{"socket-id": 4, "core-id": 0, "thread-id": 0}),
         qmp("query-cpus-fast")])
x("r5-kv-msg-timestamp", *kv(ephemeral=False, cloudinit=False, cpu=None), "-msg", "timestamp=on", steps=hmp("info status"))
x("r5-kv-monitor-var-run", "-chardev", "socket,id=charmonitor,path=/var/run/kubevirt-private/libvirt/qemu/lib/domain-1-default_testvmi/monitor.sock,server=on,wait=off",
  "-mon", "chardev=charmonitor,id=monitor,mode=control", *kv(ephemeral=False, cloudinit=False), steps=hmp("info status"))

# ------------------------------------------------ blog posts, by hand ----
BLOG5 = [
    ("q35-maxcpus", ["-M", "q35", "-m", "1G", "-smp", "1,maxcpus=4"],
     [{"hmp": "info hotpluggable-cpus"}, {"hmp": "device_add qemu64-x86_64-cpu,id=cpu1,socket-id=1,core-id=0,thread-id=0"}, {"hmp": "info cpus"}]),
    ("q35-cpu-host", ["-machine", "q35", "-cpu", "host", "-smp", "2,maxcpus=4"], hmp("info cpus")),
    ("q35-cpu-host-model", ["-machine", "q35", "-cpu", "host-model", "-smp", "2"], hmp("info cpus")),
    ("pc-smp-sockets", ["-M", "pc", "-smp", "cpus=2,sockets=2,cores=2,threads=1,maxcpus=4", "-cpu", "Nehalem"],
     [{"hmp": "info hotpluggable-cpus"}, {"hmp": "device_add Nehalem-x86_64-cpu,socket-id=0,core-id=1,thread-id=0,id=c1"},
      {"hmp": "device_add Nehalem-x86_64-cpu,socket-id=1,core-id=1,thread-id=0,id=c2"}, {"hmp": "info qtree", "grep": "Nehalem|socket-id|core-id"}]),
    ("pc-cpu-add", ["-M", "pc", "-smp", "1,maxcpus=2"], hmp("cpu-add 1", "info cpus")),
    ("q35-device-add-wrong-model", ["-M", "q35", "-cpu", "Haswell", "-smp", "1,maxcpus=2"],
     [{"hmp": "device_add qemu64-x86_64-cpu,id=c1,socket-id=1,core-id=0,thread-id=0"}, {"hmp": "info hotpluggable-cpus"}]),
    ("q35-device-add-apic-id", ["-M", "q35", "-smp", "1,maxcpus=4"],
     [{"hmp": "device_add qemu64-x86_64-cpu,id=c1,apic-id=2"}, {"hmp": "device_add qemu64-x86_64-cpu,id=c2,apic-id=9"}, {"hmp": "info cpus"}]),
    ("q35-numa-cpus", ["-M", "q35", "-m", "2G", "-smp", "2,maxcpus=4,sockets=4", "-numa", "node,nodeid=0,cpus=0-1,mem=1G", "-numa", "node,nodeid=1,cpus=2-3,mem=1G"],
     [{"hmp": "info numa"}, {"hmp": "device_add qemu64-x86_64-cpu,socket-id=3,core-id=0,thread-id=0,id=c3,node-id=1"}, {"hmp": "info numa"}]),
    ("q35-cpu-plus-features", ["-M", "q35", "-cpu", "qemu64,+ssse3,+sse4.1,+sse4.2,+x2apic,-svm", "-smp", "1,maxcpus=2"],
     [{"hmp": "device_add qemu64-x86_64-cpu,socket-id=1,core-id=0,thread-id=0,id=c1"}, qmp("qom-get", path="/machine/peripheral/c1", property="sse4.2"),
      qmp("qom-get", path="/machine/peripheral/c1", property="svm")]),
    ("q35-query-cpus", ["-M", "q35", "-smp", "2"], [qmp("query-cpus"), qmp("query-cpus-fast")]),
]
for name, a, st in BLOG5:
    x("r5-blog-" + name, *a, steps=st)

# --------------------------------------------------------------- pseries --
PS5_HP = [{"hmp": "info hotpluggable-cpus"}, qmp("device_add", driver=PSC9, id="vcpu2", **{"core-id": 2}),
          qmp("query-hotpluggable-cpus"), {"hmp": "info cpus"}]
p("r5-ps-vi-power9", *psb(*VTY, smp="2,maxcpus=4,sockets=1,dies=1,cores=4,threads=1", extra=PS_CAPS, cpu="power9_v2.0"), "-msg", "timestamp=on",
  "-sandbox", "on,obsolete=deny,elevateprivileges=deny,spawn=deny,resourcecontrol=deny", steps=PS5_HP)
p("r5-ps-vi-smt4", *psb(*VTY, smp="4,maxcpus=16,sockets=1,dies=1,cores=4,threads=4", extra=PS_CAPS, cpu="power9_v2.0"),
  steps=[{"hmp": "info hotpluggable-cpus"}, qmp("device_add", driver=PSC9, id="vcpu4", **{"core-id": 4}),
         qmp("device_add", driver=PSC9, id="vcpu5", **{"core-id": 5}), {"hmp": "info cpus"}])
p("r5-ps-vi-hmp-device-add", *psb(*VTY, smp="1,maxcpus=2,sockets=1,dies=1,cores=2,threads=1", extra=PS_CAPS, cpu="power9_v2.0"),
  steps=[{"hmp": "device_add power9_v2.0-spapr-cpu-core,id=core1,core-id=1"}, {"hmp": "info hotpluggable-cpus"}, {"hmp": "info qtree", "grep": "spapr-cpu-core|core-id|node-id"}])
p("r5-ps-blog-host-core", "-M", "pseries", "-smp", "1,maxcpus=4", steps=[{"hmp": "device_add host-spapr-cpu-core,core-id=1,id=core1"}, {"hmp": "info hotpluggable-cpus"}])
p("r5-ps-blog-cpu-power9", "-M", "pseries,cap-htm=off", "-cpu", "POWER9", "-smp", "4,cores=4,threads=1,maxcpus=8", steps=hmp("info hotpluggable-cpus", "info cpus"))
p("r5-ps-blog-bad-core-id", "-M", "pseries-7.2", "-cpu", "power9_v2.0", "-smp", "1,maxcpus=4",
  steps=[{"hmp": "device_add power9_v2.0-spapr-cpu-core,core-id=3,id=c3"}, {"hmp": "device_add power9_v2.0-spapr-cpu-core,core-id=4,id=c4"},
         {"hmp": "device_add power9_v2.0-spapr-cpu-core,id=c5"}, {"hmp": "info hotpluggable-cpus"}])
p("r5-ps-blog-threads8", "-M", "pseries", "-cpu", "power8", "-smp", "8,threads=8,maxcpus=16", steps=hmp("info hotpluggable-cpus", "info cpus"))
p("r5-ps-libvirt-numa-hotplug", *psb(*VTY, smp="2,maxcpus=4,sockets=1,dies=1,cores=4,threads=1", extra=PS_CAPS, cpu="power9_v2.0",
                                     numa=[("0-1", 512), ("2-3", 512)]),
  steps=[qmp("device_add", driver=PSC9, id="vcpu2", **{"core-id": 2, "node-id": 1}), {"hmp": "info numa"}, qmp("query-hotpluggable-cpus")])
p("r5-ps-msg-timestamp-qtree", *psb(*VTY, extra=PS_CAPS), "-msg", "timestamp=on", steps=[{"hmp": "info qtree", "grep": "spapr-vty|reg|chardev"}, qmp("query-pci")])

# ============================================================ round 6 ====
# Round 6 (r6-): command lines as management stacks write them that rounds
# 1-5 did not cover, each followed by a few monitor commands: libvirt 9-11's
# JSON -blockdev chains (file+qcow2 nodes naming a missing image fail as
# QEMU fails; null-co/null-aio nodes under raw, throttle filters with
# -object throttle-group, copy-on-read filters, detect-zeroes, raw
# offset/size), -object {"qom-type":...} for memory backends, iothreads
# (polling), secrets (base64, keyid), throttle groups and rng-egd, -device
# JSON with acpi-index, bootindex and romfile="" (and values of the wrong
# JSON type), -action/-sandbox/-msg/-overcommit/-compat given an id=
# (QemuOpts lists that merge refuse ids), -compat's policies on deprecated
# commands, -audiodev JSON, -global as libvirt writes them (tseg, pci-hole64,
# root-bus hotplug), and vCPU hot-plug as libvirt does it (-smp with dies and
# clusters, query-hotpluggable-cpus then device_add with the props it got)
# on q35, pc and pseries with host-model CPUs. Left out: memory-backend-file
# on /dev/hugepages (host-dependent; one case names a missing
# /var/lib/libvirt directory and fails as QEMU fails), -audiodev pa/spice
# (host audio and modules), secrets encrypted with the master key (the
# engine would need the host's key), -msg timestamp=on lines that warn.


def pc6(*more, machine="pc-i440fx-7.2", smp="1,sockets=1,dies=1,cores=1,threads=1", **kw):
    return head3(machine, name="legacy6", smp=smp, extra=",vmport=off,hpet=off,acpi=on", **kw) + PC_TAIL + list(more)


def nullb(n, size=10737418240, drv="null-co", **more):
    o = {"driver": drv, "node-name": "libvirt-%d-storage" % n, "size": size}
    o.update(more)
    return ["-blockdev", j(**o)]


MISSING6 = "/var/lib/libvirt/images/lv6-missing.qcow2"
BD_LOOK = hmp("info block") + [qmp("query-named-block-nodes", flat=True)]
TG = {"qom-type": "throttle-group", "id": "limits0", "limits": {"iops-total": 100, "iops-total-max": 200, "iops-total-max-length": 10}}


def thr(n, group="limits0"):
    return ["-blockdev", j(**{"driver": "throttle", "node-name": "libvirt-%d-throttle" % n, "throttle-group": group, "file": "libvirt-%d-format" % n})]


# ------------------------------------------------- -blockdev chains ----
x("r6-bd-qcow2-missing", *q35b(*fileb(1, MISSING6), *fmtb(1, "qcow2"), *blk(1, bus="pci.1", addr="0x0", bootindex=1)), steps=hmp("info block"))
x("r6-bd-qcow2-missing-pc", *pc6(*fileb(1, MISSING6), *fmtb(1, "qcow2"), *dev(driver="ide-hd", bus="ide.0", unit=0, drive="libvirt-1-format", id="ide0-0-0", bootindex=1)),
  steps=hmp("info block"))
p("r6-ps-bd-qcow2-missing", *psb(*VSCSI, *fileb(1, MISSING6), *fmtb(1, "qcow2"),
                                 *dev(driver="scsi-hd", bus="scsi0.0", channel=0, **{"scsi-id": 0}, lun=0, drive="libvirt-1-format", id="scsi0-0-0-0"),
                                 extra=PS_CAPS), steps=hmp("info block"))
x("r6-bd-backing-missing", *q35b(*fileb(2, MISSING6, ro=True), *fmtb(2, "qcow2", ro=True), *nullb(1), *fmtb(1, "qcow2", backing="libvirt-2-format")),
  steps=hmp("info block"))
x("r6-bd-hotplug-missing", *q35b(),
  steps=[qmp("blockdev-add", driver="file", filename=MISSING6, **{"node-name": "libvirt-5-storage", "auto-read-only": True, "discard": "unmap"}),
         qmp("blockdev-add", driver="qcow2", **{"node-name": "libvirt-5-format", "read-only": False, "file": "libvirt-5-storage"}),
         qmp("query-named-block-nodes", flat=True)])
x("r6-bd-throttle", *q35b(*obj(**TG), *nullb(1), *fmtb(1, "raw"), *thr(1),
                          *dev(driver="virtio-blk-pci", bus="pci.1", addr="0x0", drive="libvirt-1-throttle", id="virtio-disk0", bootindex=1)),
  steps=BD_LOOK + [qmp("qom-get", path="/objects/limits0", property="limits")])
x("r6-bd-throttle-two-disks", *q35b(*obj(**TG), *nullb(1), *fmtb(1, "raw"), *thr(1), *nullb(2), *fmtb(2, "raw"), *thr(2),
                                    *dev(driver="virtio-blk-pci", bus="pci.1", addr="0x0", drive="libvirt-1-throttle", id="virtio-disk0"),
                                    *dev(driver="virtio-blk-pci", bus="pci.2", addr="0x0", drive="libvirt-2-throttle", id="virtio-disk1")),
  steps=BD_LOOK + [qmp("query-block")])
x("r6-bd-throttle-group-missing", *q35b(*nullb(1), *fmtb(1, "raw"), *thr(1, group="nosuch")), steps=hmp("info block"))
x("r6-bd-throttle-no-group", *q35b(*nullb(1), *fmtb(1, "raw"),
                                   "-blockdev", j(**{"driver": "throttle", "node-name": "libvirt-1-throttle", "file": "libvirt-1-format"})), steps=hmp("info block"))
x("r6-bd-throttle-hotplug", *q35b(),
  steps=[qmp("object-add", **TG),
         qmp("blockdev-add", driver="null-co", **{"node-name": "libvirt-3-storage", "size": 1073741824}),
         qmp("blockdev-add", driver="raw", **{"node-name": "libvirt-3-format", "read-only": False, "file": "libvirt-3-storage"}),
         qmp("blockdev-add", driver="throttle", **{"node-name": "libvirt-3-throttle", "throttle-group": "limits0", "file": "libvirt-3-format"}),
         qmp("device_add", driver="virtio-blk-pci", drive="libvirt-3-throttle", id="virtio-disk3", bus="pci.2", addr="0x0"),
         qmp("qom-set", path="/objects/limits0", property="limits", value={"bps-total": 1048576}),
         qmp("qom-get", path="/objects/limits0", property="limits"),
         qmp("object-del", id="limits0"), hmp("info block")[0]])
x("r6-bd-throttle-group-bad-limits", *q35b(*obj(**{"qom-type": "throttle-group", "id": "limits0", "limits": {"bps-total-max": 1000}})), steps=hmp("info block"))
x("r6-bd-throttle-group-negative", *q35b(*obj(**{"qom-type": "throttle-group", "id": "limits0", "limits": {"iops-total": -5}})), steps=hmp("info block"))
x("r6-bd-cor", *q35b(*nullb(1), *fmtb(1, "raw"), "-blockdev", j(**{"driver": "copy-on-read", "node-name": "libvirt-CoR-vda", "file": "libvirt-1-format"}),
                     *dev(driver="virtio-blk-pci", bus="pci.1", addr="0x0", drive="libvirt-CoR-vda", id="virtio-disk0", bootindex=1)),
  steps=BD_LOOK + [qmp("query-block")])
x("r6-bd-cor-hotplug", *q35b(*nullb(1), *fmtb(1, "raw")),
  steps=[qmp("blockdev-add", driver="copy-on-read", **{"node-name": "libvirt-CoR-vdb", "file": "libvirt-1-format"}),
         qmp("blockdev-add", driver="copy-on-read", **{"node-name": "libvirt-CoR-vdc", "file": "libvirt-9-format"}),
         qmp("device_add", driver="virtio-blk-pci", drive="libvirt-CoR-vdb", id="virtio-disk1", bus="pci.2", addr="0x0"),
         qmp("query-named-block-nodes", flat=True)])
x("r6-bd-null-aio", *q35b(*nullb(1, drv="null-aio", **{"read-zeroes": True}), *fmtb(1, "raw"), *blk(1, bus="pci.1", addr="0x0")), steps=BD_LOOK)
x("r6-bd-detect-zeroes-unmap-bad", *q35b(*nullb(1), *fmtb(1, "raw", **{"detect-zeroes": "unmap"})), steps=hmp("info block"))
x("r6-bd-detect-zeroes-unmap", *q35b(*nullb(1), *fmtb(1, "raw", discard="unmap", **{"detect-zeroes": "unmap"}), *blk(1, bus="pci.1", addr="0x0")),
  steps=hmp("info block") + [qmp("query-block")])
x("r6-bd-raw-offset", *q35b(*nullb(1, size=1073741824), *fmtb(1, "raw", offset=1048576, size=536870912), *blk(1, bus="pci.1", addr="0x0")),
  steps=hmp("info block"))
x("r6-bd-raw-offset-too-big", *q35b(*nullb(1, size=1073741824), *fmtb(1, "raw", offset=1048576, size=1073741824)), steps=hmp("info block"))

# ------------------------------------------------- -object as JSON ----
def swap_mem(line, new, rid="pc.ram", mem=1024):
    """libvirt's line with its machine memory backend object replaced."""
    old = j(**{"qom-type": "memory-backend-ram", "id": rid, "size": mem << 20})
    assert old in line
    return [j(**new) if a == old else a for a in line]


Q35H6 = head3("pc-q35-7.2", extra=",vmport=off,hpet=off,acpi=on")
x("r6-obj-memfd-machine", *swap_mem(Q35H6, {"qom-type": "memory-backend-memfd", "id": "pc.ram", "share": True, "size": 1024 << 20}), *Q35_TAIL,
  steps=[qmp("query-memdev"), qmp("qom-get", path="/objects/pc.ram", property="share")])
x("r6-obj-ram-dump-merge", *swap_mem(Q35H6, {"qom-type": "memory-backend-ram", "id": "pc.ram", "dump": False, "merge": False, "size": 1024 << 20}), *Q35_TAIL,
  steps=[qmp("query-memdev")])
x("r6-obj-ram-size-mismatch", *swap_mem(Q35H6, {"qom-type": "memory-backend-ram", "id": "pc.ram", "size": 512 << 20}), *Q35_TAIL, steps=[qmp("query-memdev")])
x("r6-obj-file-missing-dir", *q35b(*obj(**{"qom-type": "memory-backend-file", "id": "memdimm0", "mem-path": "/var/lib/libvirt/qemu/ram/1-vm3/dimm0", "share": True, "size": 268435456}),
                                   maxmem=(16, 8192), numa=[("0-1", 1024)]), steps=[qmp("query-memdev")])
x("r6-obj-iothread-poll", *q35b(*obj(**{"qom-type": "iothread", "id": "iothread1", "poll-max-ns": 32768, "poll-grow": 2, "poll-shrink": 4}),
                                *obj(**{"qom-type": "iothread", "id": "iothread2", "thread-pool-min": 2, "thread-pool-max": 16})),
  steps=[qmp("qom-get", path="/objects/iothread1", property=pr) for pr in ("poll-max-ns", "poll-grow", "poll-shrink", "aio-max-batch")]
  + [qmp("qom-get", path="/objects/iothread2", property="thread-pool-max"), qmp("qom-set", path="/objects/iothread1", property="poll-max-ns", value=0)])
x("r6-obj-iothread-poll-bad", *q35b(*obj(**{"qom-type": "iothread", "id": "iothread1", "poll-max-ns": -1})), steps=hmp("info pci"))
x("r6-obj-iothread-pool-bad", *q35b(*obj(**{"qom-type": "iothread", "id": "iothread1", "thread-pool-min": 8, "thread-pool-max": 2})), steps=hmp("info pci"))
x("r6-obj-iothread-dup", *q35b(*obj(**{"qom-type": "iothread", "id": "iothread1"}), *obj(**{"qom-type": "iothread", "id": "iothread1"})), steps=hmp("info pci"))
x("r6-obj-secret-base64", *q35b(*obj(**{"qom-type": "secret", "id": "libvirt-1-storage-auth-secret0", "data": "cGFzc3dvcmQ=", "format": "base64"})),
  steps=[qmp("qom-list", path="/objects"), qmp("object-del", id="libvirt-1-storage-auth-secret0"), qmp("object-del", id="libvirt-1-storage-auth-secret0")])
x("r6-obj-secret-bad-base64", *q35b(*obj(**{"qom-type": "secret", "id": "sec0", "data": "not base64!", "format": "base64"})), steps=hmp("info pci"))
x("r6-obj-secret-keyid-missing", *q35b(*obj(**{"qom-type": "secret", "id": "sec0", "data": "aGVsbG8=", "keyid": "masterKey9", "iv": "AAAAAAAAAAAAAAAAAAAAAA==", "format": "base64"})),
  steps=hmp("info pci"))
x("r6-obj-secret-iv-no-keyid", *q35b(*obj(**{"qom-type": "secret", "id": "sec0", "data": "aGVsbG8=", "iv": "AAAAAAAAAAAAAAAAAAAAAA==", "format": "base64"})),
  steps=hmp("info pci"))
x("r6-obj-rng-egd", *q35b("-chardev", "null,id=charrng0", *obj(**{"qom-type": "rng-egd", "id": "objrng0", "chardev": "charrng0"}),
                          *dev(driver="virtio-rng-pci", rng="objrng0", id="rng0", **{"max-bytes": 1024}, period=1000, bus="pci.3", addr="0x0")),
  steps=[qmp("query-chardev"), {"hmp": "info qtree", "grep": "virtio-rng|rng =|max-bytes|period"}, qmp("qom-get", path="/objects/objrng0", property="chardev")])
x("r6-obj-rng-egd-no-chardev", *q35b(*obj(**{"qom-type": "rng-egd", "id": "objrng0", "chardev": "charrng9"})), steps=hmp("info pci"))
x("r6-obj-no-qom-type", *q35b("-object", j(id="iothread1")), steps=hmp("info pci"))
x("r6-obj-unknown-prop", *q35b(*obj(**{"qom-type": "iothread", "id": "iothread1", "nosuch": 1})), steps=hmp("info pci"))
x("r6-obj-wrong-type-size", *q35b(*obj(**{"qom-type": "memory-backend-ram", "id": "mem1", "size": "1G"})), steps=hmp("info pci"))
p("r6-ps-obj-memfd", *swap_mem(psb(extra=PS_CAPS), {"qom-type": "memory-backend-memfd", "id": "spapr.ram", "share": True, "size": 1024 << 20}, rid="spapr.ram"),
  steps=[qmp("query-memdev"), qmp("query-hotpluggable-cpus")])

# --------------------------------- -device JSON: acpi-index, bootindex ----
NET6 = ["-netdev", j(type="user", id="hostnet0")]
x("r6-dev-acpi-index", *q35b(*NET6, *dev(driver="virtio-net-pci", netdev="hostnet0", id="net0", mac="52:54:00:6a:00:01", bus="pci.1", addr="0x0", **{"acpi-index": 1}),
                             *disk(1), *blk(1, bus="pci.2", addr="0x0", bootindex=1, **{"acpi-index": 2})),
  steps=hmp("info pci") + [qmp("qom-get", path="/machine/peripheral/net0", property="acpi-index")])
x("r6-dev-acpi-index-dup", *q35b(*NET6, *dev(driver="virtio-net-pci", netdev="hostnet0", id="net0", bus="pci.1", addr="0x0", **{"acpi-index": 1}),
                                 *disk(1), *blk(1, bus="pci.2", addr="0x0", **{"acpi-index": 1})), steps=hmp("info pci"))
x("r6-dev-acpi-index-pc", *pc6(*NET6, *dev(driver="e1000", netdev="hostnet0", id="net0", mac="52:54:00:6a:00:02", bus="pci.0", addr="0x3", **{"acpi-index": 3})),
  steps=hmp("info pci") + [qmp("qom-get", path="/machine/peripheral/net0", property="acpi-index")])
x("r6-dev-acpi-index-max", *q35b(*NET6, *dev(driver="virtio-net-pci", netdev="hostnet0", id="net0", bus="pci.1", addr="0x0", **{"acpi-index": 16384})), steps=hmp("info pci"))
x("r6-dev-acpi-index-hotplug", *q35b(*NET6, *dev(driver="virtio-net-pci", netdev="hostnet0", id="net0", bus="pci.1", addr="0x0", **{"acpi-index": 1})),
  steps=[qmp("netdev_add", type="user", id="hostnet1"),
         qmp("device_add", driver="virtio-net-pci", netdev="hostnet1", id="net1", bus="pci.2", addr="0x0", **{"acpi-index": 1}),
         qmp("device_add", driver="virtio-net-pci", netdev="hostnet1", id="net1", bus="pci.2", addr="0x0", **{"acpi-index": 2}),
         qmp("qom-get", path="/machine/peripheral/net1", property="acpi-index"), hmp("info pci")[0]])
x("r6-dev-acpi-index-no-bridge-hotplug", *q35b("-global", "ICH9-LPC.acpi-pci-hotplug-with-bridge-support=off", *NET6,
                                               *dev(driver="virtio-net-pci", netdev="hostnet0", id="net0", bus="pci.1", addr="0x0", **{"acpi-index": 1})),
  steps=hmp("info pci"))
p("r6-ps-dev-acpi-index", *psb(*NET6, *dev(driver="virtio-net-pci", netdev="hostnet0", id="net0", bus="pci.0", addr="0x1", **{"acpi-index": 1}), extra=PS_CAPS),
  steps=hmp("info pci"))
# Where acpi-index is checked (7.2: the ACPI PCI hotplug pre_plug; later: every PCI device's realize).
x("r6-dev-acpi-index-dup-no-bridge-hotplug", *q35b("-global", "ICH9-LPC.acpi-pci-hotplug-with-bridge-support=off", *NET6,
                                                   *dev(driver="virtio-net-pci", netdev="hostnet0", id="net0", bus="pci.1", addr="0x0", **{"acpi-index": 1}),
                                                   *dev(driver="virtio-balloon-pci", id="balloon0", bus="pci.2", addr="0x0", **{"acpi-index": 1})),
  steps=hmp("info pci"))
x("r6-dev-acpi-index-max-pcie0", *q35b(*dev(driver="virtio-balloon-pci", id="balloon0", bus="pcie.0", addr="0x5", **{"acpi-index": 16384})), steps=hmp("info pci"))
x("r6-dev-acpi-index-dup-pcie0", *q35b(*dev(driver="virtio-balloon-pci", id="balloon0", bus="pcie.0", addr="0x5", **{"acpi-index": 7}),
                                       *dev(driver="virtio-rng-pci", id="rng0", bus="pcie.0", addr="0x6", **{"acpi-index": 7})), steps=hmp("info pci"))
p("r6-ps-dev-acpi-index-dup", *psb(*dev(driver="virtio-balloon-pci", id="balloon0", bus="pci.0", addr="0x5", **{"acpi-index": 3}),
                                   *dev(driver="virtio-rng-pci", id="rng0", bus="pci.0", addr="0x6", **{"acpi-index": 3}), extra=PS_CAPS), steps=hmp("info pci"))
p("r6-ps-dev-acpi-index-max", *psb(*dev(driver="virtio-balloon-pci", id="balloon0", bus="pci.0", addr="0x5", **{"acpi-index": 20000}), extra=PS_CAPS),
  steps=hmp("info pci"))
x("r6-dev-acpi-index-dup-pc-bridge", *pc6(*dev(driver="pci-bridge", chassis_nr=1, id="pci.1", bus="pci.0", addr="0x3"),
                                          *dev(driver="virtio-balloon-pci", id="balloon0", bus="pci.1", addr="0x1", **{"acpi-index": 4}),
                                          *dev(driver="virtio-rng-pci", id="rng0", bus="pci.0", addr="0x6", **{"acpi-index": 4})), steps=hmp("info pci"))
x("r6-dev-romfile-empty-e1000e", *q35b(*NET6, *dev(driver="e1000e", netdev="hostnet0", id="net0", mac="52:54:00:6a:00:03", bus="pci.1", addr="0x0", romfile="", bootindex=1)),
  steps=hmp("info pci") + [qmp("qom-get", path="/machine/peripheral/net0", property="romfile"), qmp("query-pci")])
p("r6-ps-dev-romfile-empty", *psb(*NET6, *dev(driver="virtio-net-pci", netdev="hostnet0", id="net0", bus="pci.0", addr="0x1", romfile="", bootindex=1), extra=PS_CAPS),
  steps=hmp("info pci") + [qmp("query-pci")])
x("r6-dev-bootindex-string", *q35b(*disk(1), *blk(1, bus="pci.1", addr="0x0", bootindex="1")), steps=hmp("info pci"))
x("r6-dev-bootindex-no-prop", *q35b(*dev(driver="virtio-balloon-pci", id="balloon0", bus="pci.1", addr="0x0", bootindex=1)), steps=hmp("info pci"))
x("r6-dev-bootindex-negative", *q35b(*disk(1), *blk(1, bus="pci.1", addr="0x0", bootindex=-5)), steps=hmp("info pci"))
x("r6-dev-multifunction-string", *q35b(*dev(driver="virtio-balloon-pci", id="balloon0", bus="pci.1", addr="0x0", multifunction="on")), steps=hmp("info pci"))
x("r6-dev-json-truncated", *q35b("-device", '{"driver":"virtio-balloon-pci","id":"balloon0",'), steps=hmp("info pci"))
x("r6-dev-addr-int", *q35b(*dev(driver="virtio-balloon-pci", id="balloon0", bus="pci.1", addr=0)), steps=hmp("info pci"))

# ------------------------------- option lists that merge: no id= ----
for name, a in [("action", ["-action", "id=act0,watchdog=pause"]), ("action-second", ["-action", "watchdog=pause", "-action", "id=act1,panic=none"]),
                ("sandbox", ["-sandbox", "on,id=sb0"]), ("msg", ["-msg", "timestamp=off,id=msg0"]),
                ("overcommit", ["-overcommit", "mem-lock=off,id=oc0"]), ("compat", ["-compat", "deprecated-input=accept,id=c0"]),
                ("action-json", ["-action", j(watchdog="pause")]), ("compat-json", ["-compat", j(**{"deprecated-input": "reject", "deprecated-output": "hide"})])]:
    x("r6-optid-" + name, *q35b(*a), steps=hmp("info status") + [qmp("query-status")])
x("r6-compat-reject", *q35b("-compat", "deprecated-input=reject,deprecated-output=hide"),
  steps=[qmp("nbd-server-add", device="nosuch"), qmp("drive-backup", device="nosuch", target="/tmp/lv6-nope.qcow2", sync="full"),
         qmp("query-status"), qmp("query-hotpluggable-cpus")])
x("r6-compat-accept", *q35b("-compat", "deprecated-input=accept"),
  steps=[qmp("nbd-server-add", device="nosuch"), qmp("drive-backup", device="nosuch", target="/tmp/lv6-nope.qcow2", sync="full")])
x("r6-compat-unstable-reject", *q35b("-compat", "unstable-input=reject"),
  steps=[qmp("x-query-ramblock"), qmp("qom-get", path="/machine", property="type"), qmp("x-exit-preconfig")])

# ------------------------------------------------------ -audiodev JSON --
for name, a in [("timer", j(id="audio1", driver="none", **{"timer-period": 10000})),
                ("in-out", j(id="audio1", driver="none", **{"in": {"mixing-engine": False, "voices": 1}, "out": {"mixing-engine": True, "fixed-settings": True, "frequency": 48000}})),
                ("bad-driver", j(id="audio1", driver="nosuch")), ("no-id", j(driver="none")),
                ("bad-member", j(id="audio1", driver="none", **{"out": {"nosuch": 1}}))]:
    x("r6-audiodev-" + name, *q35b("-audiodev", a, *dev(driver="ich9-intel-hda", id="sound0", bus="pcie.0", addr="0x1b"),
                                   *dev(driver="hda-duplex", id="sound0-codec0", bus="sound0.0", cad=0, audiodev="audio1")),
      steps=[{"hmp": "info qtree", "grep": "hda|audiodev|cad"}])
x("r6-audiodev-dup", *q35b("-audiodev", j(id="audio1", driver="none"), "-audiodev", j(id="audio1", driver="none")), steps=hmp("info pci"))
x("r6-audiodev-pc-ac97", *pc6("-audiodev", j(id="audio1", driver="none"), *dev(driver="AC97", id="sound0", audiodev="audio1", bus="pci.0", addr="0x4")),
  steps=hmp("info pci") + [qmp("qom-get", path="/machine/peripheral/sound0", property="audiodev")])

# ------------------------------------------------ -global as libvirt ----
x("r6-global-tseg", *q35b("-global", "mch.extended-tseg-mbytes=48"), steps=[qmp("qom-get", path="/machine/q35/mch", property="extended-tseg-mbytes")])
x("r6-global-pcihole64-q35", *q35b("-global", "q35-pcihost.pci-hole64-size=1048576K"),
  steps=[qmp("qom-get", path="/machine/q35", property="pci-hole64-size"), {"hmp": "info qtree", "grep": "pci-hole64"}])
x("r6-global-pcihole64-pc", *pc6("-global", "i440FX-pcihost.pci-hole64-size=2097152K"),
  steps=[qmp("qom-get", path="/machine/i440fx", property="pci-hole64-size")])
x("r6-global-root-hotplug-off", *pc6("-global", "PIIX4_PM.acpi-root-pci-hotplug=off"),
  steps=[qmp("device_add", driver="virtio-balloon-pci", id="balloon0", bus="pci.0", addr="0x7"),
         {"hmp": "info qtree", "grep": "acpi-root-pci-hotplug|acpi-pci-hotplug"}])
x("r6-global-pcihole64-bad", *q35b("-global", "q35-pcihost.pci-hole64-size=lots"), steps=hmp("info pci"))

# --------------------------------------------- vCPU hot-plug, libvirt ----
def cpu_seq(drv, props, vid="vcpu1"):
    return [qmp("query-hotpluggable-cpus"), qmp("device_add", driver=drv, id=vid, **props),
            qmp("query-hotpluggable-cpus"), qmp("qom-get", path="/machine/peripheral/" + vid, property="apic-id"),
            qmp("device_del", id=vid), qmp("query-cpus-fast")]


x("r6-cpu-q35-dies", *q35b(smp="2,maxcpus=8,sockets=2,dies=2,cores=2,threads=1"),
  steps=cpu_seq(X86C, {"socket-id": 1, "die-id": 1, "core-id": 0, "thread-id": 0}))
x("r6-cpu-pc-dies", *pc6(smp="1,maxcpus=4,sockets=1,dies=2,cores=2,threads=1"),
  steps=cpu_seq(X86C, {"socket-id": 0, "die-id": 1, "core-id": 1, "thread-id": 0}))
x("r6-cpu-q35-dies-no-die-id", *q35b(smp="2,maxcpus=8,sockets=2,dies=2,cores=2,threads=1"),
  steps=[qmp("device_add", driver=X86C, id="vcpu2", **{"socket-id": 0, "core-id": 1, "thread-id": 0}),
         qmp("device_add", driver=X86C, id="vcpu2", **{"socket-id": 0, "die-id": 2, "core-id": 1, "thread-id": 0}),
         qmp("device_add", driver=X86C, id="vcpu2", **{"socket-id": 0, "die-id": 1, "core-id": 1, "thread-id": 0}), qmp("query-hotpluggable-cpus")])
x("r6-cpu-q35-clusters1", *q35b(smp="2,maxcpus=4,sockets=2,dies=1,clusters=1,cores=2,threads=1"),
  steps=cpu_seq(X86C, {"socket-id": 1, "core-id": 1, "thread-id": 0}))
x("r6-cpu-q35-clusters2", *q35b(smp="4,maxcpus=8,sockets=2,dies=1,clusters=2,cores=2,threads=1"), steps=[qmp("query-hotpluggable-cpus")])
x("r6-cpu-pc-dies-threads", *pc6(smp="2,maxcpus=8,sockets=2,dies=2,cores=1,threads=2", cpu="Skylake-Client-IBRS"),
  steps=cpu_seq(SKC, {"socket-id": 1, "die-id": 0, "core-id": 0, "thread-id": 1}, vid="vcpu5"))
p("r6-ps-cpu-dies2", *psb(smp="2,maxcpus=4,sockets=1,dies=2,cores=2,threads=1", extra=PS_CAPS), steps=[qmp("query-hotpluggable-cpus")])
p("r6-ps-cpu-clusters1", *psb(smp="2,maxcpus=4,sockets=1,dies=1,clusters=1,cores=4,threads=1", extra=PS_CAPS),
  steps=[qmp("query-hotpluggable-cpus"), qmp("device_add", driver=PSC9, id="vcpu2", **{"core-id": 2}), {"hmp": "info cpus"}])
HM_MILAN = ("EPYC-Milan,x2apic=on,tsc-deadline=on,hypervisor=on,tsc-adjust=on,vaes=on,vpclmulqdq=on,spec-ctrl=on,stibp=on,arch-capabilities=on,"
            "ssbd=on,cmp-legacy=on,virt-ssbd=on,lbrv=on,tsc-scale=on,vmcb-clean=on,pause-filter=on,pfthreshold=on,v-vmsave-vmload=on,vgif=on,"
            "rdctl-no=on,skip-l1dfl-vmentry=on,mds-no=on,pschange-mc-no=on,npt=on,nrip-save=on,svme-addr-chk=on")
HM_SKX = ("Skylake-Server-IBRS,ss=on,vmx=on,pdcm=on,hypervisor=on,tsc-adjust=on,clflushopt=on,umip=on,pku=on,md-clear=on,stibp=on,"
          "arch-capabilities=on,ssbd=on,xsaves=on,ibpb=on,ibrs=on,amd-stibp=on,amd-ssbd=on,skip-l1dfl-vmentry=on,pschange-mc-no=on,hle=off,rtm=off")
for name, c, drv in [("milan", HM_MILAN, "EPYC-Milan-x86_64-cpu"), ("skx", HM_SKX, "Skylake-Server-IBRS-x86_64-cpu")]:
    x("r6-cpu-hostmodel-" + name, *q35b(cpu=c, smp="2,maxcpus=4,sockets=1,dies=1,cores=4,threads=1"),
      steps=cpu_seq(drv, {"socket-id": 0, "core-id": 2, "thread-id": 0}) + [qmp("qom-get", path=CPU0, property="filtered-features")])
x("r6-cpu-hostmodel-numa", *q35b(cpu=HM_ICX, smp="2,maxcpus=4,sockets=4,dies=1,cores=1,threads=1", numa=numa2(),
                                 numa_cpu=["node-id=0,socket-id=0", "node-id=0,socket-id=1", "node-id=1,socket-id=2", "node-id=1,socket-id=3"]),
  steps=[qmp("query-hotpluggable-cpus"),
         qmp("device_add", driver="Icelake-Server-x86_64-cpu", id="vcpu2", **{"socket-id": 2, "core-id": 0, "thread-id": 0, "node-id": 1}),
         qmp("device_add", driver="Icelake-Server-x86_64-cpu", id="vcpu3", **{"socket-id": 3, "core-id": 0, "thread-id": 0, "node-id": 0}),
         hmp("info numa")[0]])
x("r6-cpu-hostmodel-pc", *pc6(cpu=HM_INTEL, smp="1,maxcpus=2,sockets=2,dies=1,cores=1,threads=1"),
  steps=cpu_seq("Cascadelake-Server-x86_64-cpu", {"socket-id": 1, "core-id": 0, "thread-id": 0}) + [{"hmp": "info hotpluggable-cpus"}])
x("r6-cpu-hotplug-all", *q35b(smp="1,maxcpus=4,sockets=4,dies=1,cores=1,threads=1"),
  steps=[qmp("query-hotpluggable-cpus")] + [qmp("device_add", driver=X86C, id="vcpu%d" % i, **{"socket-id": i, "core-id": 0, "thread-id": 0}) for i in (1, 2, 3)]
  + [qmp("device_add", driver=X86C, id="vcpu4", **{"socket-id": 3, "core-id": 0, "thread-id": 0}), qmp("qom-list", path="/machine/peripheral"), {"hmp": "info cpus"}])
x("r6-cpu-del-readd", *q35b(smp="1,maxcpus=2,sockets=2,dies=1,cores=1,threads=1"),
  steps=[qmp("device_add", driver=X86C, id="vcpu1", **{"socket-id": 1, "core-id": 0, "thread-id": 0}), qmp("device_del", id="vcpu1"),
         qmp("device_add", driver=X86C, id="vcpu1", **{"socket-id": 1, "core-id": 0, "thread-id": 0}), qmp("query-hotpluggable-cpus")])
PSC10 = "power10_v2.0-spapr-cpu-core"
p("r6-ps-cpu-power10", *psb(extra=PS_CAPS, cpu="POWER10", smp="1,maxcpus=4,sockets=1,dies=1,cores=4,threads=1"),
  steps=[qmp("query-hotpluggable-cpus"), qmp("device_add", driver=PSC10, id="vcpu1", **{"core-id": 1}),
         qmp("device_add", driver=PSC9, id="vcpu2", **{"core-id": 2}), {"hmp": "info cpus"}])
p("r6-ps-cpu-power8-compat", *psb(extra=PS_CAPS + ",max-cpu-compat=power8", cpu="POWER8", smp="2,maxcpus=4,sockets=1,dies=1,cores=4,threads=1"),
  steps=[qmp("query-hotpluggable-cpus"), qmp("device_add", driver="power8_v2.0-spapr-cpu-core", id="vcpu2", **{"core-id": 2}),
         qmp("qom-get", path=CPU0, property="compat-pvr"), {"hmp": "info hotpluggable-cpus"}])
p("r6-ps-cpu-smt4-seq", *psb(extra=PS_CAPS, cpu="power9_v2.0", smp="4,maxcpus=12,sockets=1,dies=1,cores=3,threads=4"),
  steps=[qmp("query-hotpluggable-cpus"), qmp("device_add", driver=PSC9, id="vcpu4", **{"core-id": 4}),
         qmp("device_add", driver=PSC9, id="vcpu6", **{"core-id": 6}), qmp("device_del", id="vcpu4"), qmp("query-cpus-fast")])
p("r6-ps-cpu-numa-node-mismatch", *psb(extra=PS_CAPS, smp="2,maxcpus=4,sockets=1,dies=1,cores=4,threads=1", numa=[("0-1", 512), ("2-3", 512)]),
  steps=[qmp("device_add", driver=PSC9, id="vcpu2", **{"core-id": 2, "node-id": 0}),
         qmp("device_add", driver=PSC9, id="vcpu2", **{"core-id": 2, "node-id": 1}), {"hmp": "info numa"}])

# ------------------------------------------ whole libvirt 10/11 lines ----
FULL6 = (obj(**TG) + nullb(1) + fmtb(1, "raw") + thr(1)
         + dev(driver="virtio-blk-pci", bus="pci.1", addr="0x0", drive="libvirt-1-throttle", id="virtio-disk0", bootindex=1, **{"acpi-index": 1})
         + NET6 + dev(driver="virtio-net-pci", netdev="hostnet0", id="net0", mac="52:54:00:6a:00:09", bus="pci.2", addr="0x0", romfile="", **{"acpi-index": 2})
         + ["-audiodev", j(id="audio1", driver="none")]
         + obj(**{"qom-type": "rng-builtin", "id": "objrng0"}) + dev(driver="virtio-rng-pci", rng="objrng0", id="rng0", bus="pci.3", addr="0x0")
         + ["-sandbox", "on,obsolete=deny,elevateprivileges=deny,spawn=deny,resourcecontrol=deny"])
# -msg timestamp=on only on lines that print nothing (the TCG warnings of a host-model CPU would carry the time).
x("r6-full-q35", *q35b(*FULL6, cpu=HM_SKX, smp="2,maxcpus=4,sockets=2,dies=1,cores=2,threads=1"),
  steps=BD_LOOK + [qmp("query-hotpluggable-cpus"), qmp("device_add", driver="Skylake-Server-IBRS-x86_64-cpu", id="vcpu2", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
                   {"hmp": "info pci"}])
x("r6-full-pc", *pc6(*obj(**TG), *nullb(1), *fmtb(1, "raw"), *thr(1),
                     *dev(driver="ide-hd", bus="ide.0", unit=0, drive="libvirt-1-throttle", id="ide0-0-0", bootindex=1),
                     *NET6, *dev(driver="e1000", netdev="hostnet0", id="net0", mac="52:54:00:6a:00:0a", bus="pci.0", addr="0x3", romfile="", **{"acpi-index": 1}),
                     "-sandbox", "on,obsolete=deny,elevateprivileges=deny,spawn=deny,resourcecontrol=deny",
                     cpu=HM_AMD, smp="1,maxcpus=2,sockets=2,dies=1,cores=1,threads=1"),
  steps=hmp("info block", "info pci") + cpu_seq("EPYC-Rome-x86_64-cpu", {"socket-id": 1, "core-id": 0, "thread-id": 0}))
p("r6-ps-full", *psb(*obj(**TG), *nullb(1), *fmtb(1, "raw"), *thr(1), *VSCSI,
                     *dev(driver="scsi-hd", bus="scsi0.0", channel=0, **{"scsi-id": 0}, lun=0, drive="libvirt-1-throttle", id="scsi0-0-0-0", bootindex=1),
                     *VTY, "-sandbox", "on,obsolete=deny,elevateprivileges=deny,spawn=deny,resourcecontrol=deny", "-msg", "timestamp=on",
                     extra=PS_CAPS, cpu="POWER9", smp="2,maxcpus=4,sockets=1,dies=1,cores=4,threads=1"),
  steps=BD_LOOK + [qmp("device_add", driver=PSC9, id="vcpu2", **{"core-id": 2}), qmp("query-hotpluggable-cpus")])



# ============================================================ round 7 ====
# Round 7 (r7-): pasted lines rounds 1-6 did not try, each followed by a
# vCPU hot-plug the way libvirt's setvcpus does it (query-hotpluggable-cpus,
# device_add with the props it got and id vcpuN, query-cpus-fast): pseries
# domains with VIO devices on their own regs (two spapr-vscsi, two
# spapr-vty, nvram by -global), spapr-pci-host-bridge with index= and
# numa_node= (and one hot-plugged), resize-hpt and cap-* values one by one
# (nested-hv, ail-mode-3, rpt-invalidate under TCG), max-cpu-compat against
# the -cpu model, pinned pseries versions, SMT cores with core-id in
# threads, POWER7/8/10 cores, -cpu host and host-spapr-cpu-core under TCG;
# q35 lines with many pcie-root-ports (libvirt's chassis/port/addr and
# multifunction, hotplug=off), pcie-pci-bridge with conventional devices
# behind it (and a pci-bridge), -audiodev with ich9-intel-hda and its codecs,
# virtio-gpu-pci / virtio-vga (and their -gl forms), qxl-vga and qxl with
# -spice on a unix socket, spicevmc channels and usb-redir (10.0's build has
# no spice and no qxl: refused). -spice on a TCP port is left out (the
# host's ports); its sockets are under /tmp/lv7-spice-*.
# Recorded twice per release, none dropped; all kept pass (7.2's probe of
# the host's audio with no -audiodev is release data: libasound's lines on
# the recording host).


def setv(drv, props, vid="vcpu1"):
    """virsh setvcpus: the hot-pluggable list, device_add with its props, the vcpus."""
    return [qmp("query-hotpluggable-cpus"), qmp("device_add", driver=drv, id=vid, **props), qmp("query-cpus-fast")]


PS7_SMP = "1,maxcpus=4,sockets=1,dies=1,cores=4,threads=1"


def ps7(*more, machine="pseries-7.2", extra=PS_CAPS, cpu="power9_v2.0", smp=PS7_SMP, **kw):
    return psb(*more, machine=machine, extra=extra, cpu=cpu, smp=smp, **kw)


VTY2 = ["-chardev", "null,id=charserial1"] + dev(driver="spapr-vty", chardev="charserial1", id="serial1", reg=0x30001000)
VIO_GREP = {"hmp": "info qtree", "grep": "spapr-v|reg =|dev: scsi-hd|chardev"}

# --------------------------------------------------- pseries: VIO ----
p("r7-ps-vio-all", *ps7(*VSCSI, *disk(1), *dev(driver="scsi-hd", bus="scsi0.0", channel=0, **{"scsi-id": 0}, lun=0, device_id="drive-scsi0-0-0-0",
                                              drive="libvirt-1-format", id="scsi0-0-0-0", bootindex=1), *VTY, *VTY2, *NVRAM),
  steps=[VIO_GREP] + setv(PSC9, {"core-id": 1}))
p("r7-ps-vscsi-two", *ps7(*VSCSI, *dev(driver="spapr-vscsi", id="scsi1", reg=0x2001), *disk(1), *disk(2),
                          *dev(driver="scsi-hd", bus="scsi0.0", channel=0, **{"scsi-id": 0}, lun=0, drive="libvirt-1-format", id="scsi0-0-0-0"),
                          *dev(driver="scsi-hd", bus="scsi1.0", channel=0, **{"scsi-id": 1}, lun=0, drive="libvirt-2-format", id="scsi1-0-1-0")),
  steps=[VIO_GREP, qmp("query-block")] + setv(PSC9, {"core-id": 2}, "vcpu2"))
p("r7-ps-vscsi-no-reg", *ps7(*dev(driver="spapr-vscsi", id="scsi0"), *dev(driver="spapr-vscsi", id="scsi1")),
  steps=[VIO_GREP] + setv(PSC9, {"core-id": 1}))
p("r7-ps-vscsi-reg-taken-vty", *ps7(*dev(driver="spapr-vscsi", id="scsi0", reg=0x30000000), *VTY), steps=[VIO_GREP])
p("r7-ps-vty-hotplug", *ps7(*VTY),
  steps=[qmp("chardev-add", id="charserial1", backend={"type": "null", "data": {}}),
         qmp("device_add", driver="spapr-vty", chardev="charserial1", id="serial1", reg=0x30001000), VIO_GREP] + setv(PSC9, {"core-id": 3}, "vcpu3"))
p("r7-ps-vscsi-hotplug", *ps7(),
  steps=[qmp("device_add", driver="spapr-vscsi", id="scsi0", reg=0x2000), qmp("device_add", driver="spapr-vlan", id="net0"),
         VIO_GREP] + setv(PSC9, {"core-id": 1}))
p("r7-ps-nvram-global-size", *ps7("-global", "spapr-nvram.reg=0x3000", "-global", "spapr-nvram.drive=nosuch"), steps=[VIO_GREP])

# ------------------------------------------------- pseries: PHBs ----
p("r7-ps-phb-numa", *ps7(*dev(driver="spapr-pci-host-bridge", index=1, id="pci.1", numa_node=1),
                         *dev(driver="virtio-balloon-pci", id="balloon0", bus="pci.1.0", addr="0x1"),
                         smp="2,maxcpus=4,sockets=1,dies=1,cores=4,threads=1", numa=[("0-1", 512), ("2-3", 512)]),
  steps=hmp("info pci") + [qmp("qom-get", path="/machine/peripheral/pci.1", property="numa_node")] + setv(PSC9, {"core-id": 2, "node-id": 1}, "vcpu2"))
p("r7-ps-phb-numa-bad", *ps7(*dev(driver="spapr-pci-host-bridge", index=1, id="pci.1", numa_node=5), numa=[("0", 512), ("1-3", 512)]),
  steps=hmp("info pci"))
p("r7-ps-phb-numa-no-numa", *ps7(*dev(driver="spapr-pci-host-bridge", index=1, id="pci.1", numa_node=0)), steps=hmp("info pci"))
for idx in (30, 31):
    p("r7-ps-phb-index-%d" % idx, *ps7(*dev(driver="spapr-pci-host-bridge", index=idx, id="pci.1")),
      steps=hmp("info pci") + setv(PSC9, {"core-id": 1}))
p("r7-ps-phb-four", *ps7(*[a for i in (1, 2, 3, 4) for a in dev(driver="spapr-pci-host-bridge", index=i, id="pci.%d" % i)],
                         *dev(driver="virtio-rng-pci", id="rng0", bus="pci.4.0", addr="0x1f")),
  steps=[qmp("query-pci")] + setv(PSC9, {"core-id": 1}))
p("r7-ps-phb-hotplug", *ps7(*dev(driver="spapr-pci-host-bridge", index=1, id="pci.1")),
  steps=[qmp("device_add", driver="spapr-pci-host-bridge", index=2, id="pci.2"),
         qmp("device_add", driver="virtio-balloon-pci", id="balloon0", bus="pci.2.0", addr="0x2"), hmp("info pci")[0]] + setv(PSC9, {"core-id": 1}))
p("r7-ps-phb-hotplug-dup-index", *ps7(*dev(driver="spapr-pci-host-bridge", index=1, id="pci.1")),
  steps=[qmp("device_add", driver="spapr-pci-host-bridge", index=1, id="pci.2"), qmp("device_add", driver="spapr-pci-host-bridge", id="pci.3")])

# --------------------------------------------- pseries: machine caps ----
for name, extra in [("hpt-enabled", ",resize-hpt=enabled"), ("hpt-required", ",resize-hpt=required"),
                    ("hpt-bad", ",resize-hpt=sometimes"),
                    ("nested-hv-on", ",cap-nested-hv=on"), ("nested-hv-off", ",cap-nested-hv=off"),
                    ("ail-mode-3-off", ",cap-ail-mode-3=off"), ("rpt-invalidate-on", ",cap-rpt-invalidate=on"),
                    ("ccf-assist-on", ",cap-ccf-assist=on"), ("hpt-page-16m", ",cap-hpt-max-page-size=16M"),
                    ("large-decr-on", ",cap-large-decr=on"), ("ic-mode-dual", ",ic-mode=dual")]:
    pr = extra.split("=")[0].lstrip(",")
    p("r7-ps-cap-" + name, *ps7(extra=PS_CAPS + extra),
      steps=[qmp("qom-get", path="/machine", property=pr)] + setv(PSC9, {"core-id": 1}))

# ------------------------------------- pseries: CPU model and compat ----
for name, cpu, compat, core in [("p9-compat-p9", "POWER9", "power9", PSC9), ("p9-compat-p8", "POWER9", "power8", PSC9),
                                ("p9-compat-p10", "POWER9", "power10", PSC9), ("p8-compat-p9", "POWER8", "power9", "power8_v2.0-spapr-cpu-core"),
                                ("p9-compat-p7", "POWER9", "power7", PSC9), ("p10-compat-p9", "POWER10", "power9", PSC10),
                                ("p7", "POWER7", None, "power7_v2.3-spapr-cpu-core"),
                                ("p8nvl", "POWER8NVL", None, "power8nvl_v1.0-spapr-cpu-core"),
                                ]:
    p("r7-ps-cpu-" + name, *ps7(extra=PS_CAPS + (",max-cpu-compat=" + compat if compat else ""), cpu=cpu),
      steps=setv(core, {"core-id": 1}) + [qmp("qom-get", path=CPU0, property="compat-pvr")])
p("r7-ps-cpu-host", *ps7(cpu="host"), steps=[qmp("query-hotpluggable-cpus")])
p("r7-ps-cpu-host-core", *ps7(), steps=setv("host-spapr-cpu-core", {"core-id": 1}))
p("r7-ps-cpu-host-core-cold", *ps7(*dev(driver="host-spapr-cpu-core", id="vcpu1", **{"core-id": 1})), steps=[qmp("query-hotpluggable-cpus")])
p("r7-ps-cpu-default-model", *ps7(cpu=None), steps=setv(PSC9, {"core-id": 1}))
for m in ("pseries-7.1", "pseries-8.0", "pseries-9.0", "pseries-10.0"):
    p("r7-ps-machine-" + m, *ps7(machine=m), steps=setv(PSC9, {"core-id": 1}))

# -------------------------------------------- pseries: SMT and NUMA ----
p("r7-ps-smt4", *ps7(smp="4,maxcpus=16,sockets=1,dies=1,cores=4,threads=4"),
  steps=setv(PSC9, {"core-id": 4}, "vcpu4") + [qmp("device_add", driver=PSC9, id="vcpu6", **{"core-id": 6}), {"hmp": "info cpus"}])
p("r7-ps-smt8", *ps7(smp="8,maxcpus=16,sockets=1,dies=1,cores=2,threads=8"), steps=setv(PSC9, {"core-id": 8}, "vcpu8"))
p("r7-ps-smt2-numa", *ps7(smp="2,maxcpus=8,sockets=1,dies=1,cores=4,threads=2", numa=numa2(),
                          numa_cpu=["node-id=0,core-id=0", "node-id=0,core-id=2", "node-id=1,core-id=4", "node-id=1,core-id=6"]),
  steps=setv(PSC9, {"core-id": 4, "node-id": 1}, "vcpu2") + hmp("info numa"))
p("r7-ps-sockets2", *ps7(smp="2,maxcpus=8,sockets=2,dies=1,cores=4,threads=1"),
  steps=setv(PSC9, {"core-id": 5}, "vcpu5") + [qmp("device_add", driver=PSC9, id="vcpu9", **{"core-id": 9})])
p("r7-ps-setvcpus-no-id", *ps7(), steps=[qmp("device_add", driver=PSC9, **{"core-id": 1}), qmp("query-cpus-fast"), qmp("qom-list", path="/machine/peripheral-anon")])

# ============================================ q35: root ports, bridges ==
PC_DEVS = (NET6 + dev(driver="e1000", netdev="hostnet0", id="net0", mac="52:54:00:7a:00:01", bus="pci.15", addr="0x1")
           + dev(driver="rtl8139", id="net1", bus="pci.15", addr="0x2", netdev="hostnet1"))
X7 = {"socket-id": 1, "core-id": 0, "thread-id": 0}
Q7_SMP = "1,maxcpus=4,sockets=4,dies=1,cores=1,threads=1"


def q7(*more, ports=None, smp=Q7_SMP, **kw):
    return q35b(*more, ports=ports, smp=smp, **kw)


x("r7-q35-ports14-pcibridge", *q7(*dev(driver="pcie-pci-bridge", id="pci.15", bus="pci.14", addr="0x0"),
                                  "-netdev", j(type="user", id="hostnet1"), *PC_DEVS, ports=ports_at(2, 14)),
  steps=hmp("info pci") + setv(X86C, X7))
x("r7-q35-pcibridge-pcie0", *q7("-device", "pcie-pci-bridge,id=br0,bus=pcie.0,addr=0x5", "-device", "e1000,bus=br0,addr=0x1,id=nic0", ports=[]),
  steps=hmp("info pci") + setv(X86C, X7))
x("r7-q35-pcibridge-slot0", *q7(*dev(driver="pcie-pci-bridge", id="pci.5", bus="pci.4", addr="0x0"),
                                *dev(driver="virtio-balloon-pci", id="balloon0", bus="pci.5", addr="0x0")), steps=hmp("info pci"))
x("r7-q35-pcibridge-hotplug", *q7(*dev(driver="pcie-pci-bridge", id="pci.5", bus="pci.4", addr="0x0")),
  steps=[qmp("netdev_add", type="user", id="hostnet1"),
         qmp("device_add", driver="e1000", netdev="hostnet1", id="net1", mac="52:54:00:7a:00:02", bus="pci.5", addr="0x3"),
         hmp("info pci")[0], qmp("device_del", id="net1")] + setv(X86C, X7))
x("r7-q35-pcibridge-pcibridge", *q7(*dev(driver="pcie-pci-bridge", id="pci.5", bus="pci.4", addr="0x0"),
                                    *dev(driver="pci-bridge", chassis_nr=6, id="pci.6", bus="pci.5", addr="0x1"),
                                    *dev(driver="virtio-balloon-pci", id="balloon0", bus="pci.6", addr="0x1")),
  steps=hmp("info pci") + setv(X86C, X7))
x("r7-q35-pcibridge-on-pcie-dev", *q7(*dev(driver="pcie-pci-bridge", id="pci.5", bus="pci.4", addr="0x0"),
                                      *dev(driver="pcie-root-port", port=0x30, chassis=9, id="pci.9", bus="pci.5", addr="0x1")), steps=hmp("info pci"))
x("r7-q35-pcibridge-two-on-port", *q7(*dev(driver="pcie-pci-bridge", id="pci.5", bus="pci.4", addr="0x0"),
                                      *dev(driver="pcie-pci-bridge", id="pci.6", bus="pci.4", addr="0x1")), steps=hmp("info pci"))
x("r7-q35-ports-hotplug-off", *q7(ports=ports_at(2, 3)[:-2] + dev(driver="pcie-root-port", port=0x12, chassis=3, id="pci.3", bus="pcie.0", addr="0x2.0x2", hotplug=False)),
  steps=[qmp("device_add", driver="virtio-balloon-pci", id="balloon0", bus="pci.3", addr="0x0"),
         qmp("qom-get", path="/machine/peripheral/pci.3", property="hotplug")] + setv(X86C, X7))
x("r7-q35-ports-hotplug-off-cold", *q7(*dev(driver="virtio-balloon-pci", id="balloon0", bus="pci.1", addr="0x0"),
                                       ports=dev(driver="pcie-root-port", port=0x10, chassis=1, id="pci.1", bus="pcie.0", addr="0x2", hotplug=False)),
  steps=[qmp("device_del", id="balloon0"), hmp("info pci")[0]])
x("r7-q35-ports-30", *q7(ports=ports_at(2, 30)), steps=[qmp("query-pci"), qmp("qom-get", path="/machine/peripheral/pci.30", property="chassis")] + setv(X86C, X7))
x("r7-q35-ports-hotplug-dev-last", *q7(ports=ports_at(2, 8)),
  steps=[qmp("device_add", driver="virtio-gpu-pci", id="video1", bus="pci.8", addr="0x0"), hmp("info pci")[0]] + setv(X86C, X7))
x("r7-q35-ports-mf-off-func", *q7(ports=dev(driver="pcie-root-port", port=0x10, chassis=1, id="pci.1", bus="pcie.0", addr="0x2", multifunction=False)
                                  + dev(driver="pcie-root-port", port=0x11, chassis=2, id="pci.2", bus="pcie.0", addr="0x2.0x1")), steps=hmp("info pci"))

# ------------------------------------------------------ sound: ich9 ----
AUD = ["-audiodev", j(id="audio1", driver="none")]
HDA = dev(driver="ich9-intel-hda", id="sound0", bus="pcie.0", addr="0x1b")
for name, codecs in [("micro", [("hda-micro", 0)]), ("output", [("hda-output", 0)]),
                     ("two-codecs", [("hda-duplex", 0), ("hda-micro", 1)]), ("cad-taken", [("hda-duplex", 0), ("hda-output", 0)]),
                     ]:
    more = [a for i, (c, cad) in enumerate(codecs) for a in dev(driver=c, id="sound0-codec%d" % i, bus="sound0.0", cad=cad, audiodev="audio1")]
    x("r7-hda-" + name, *q7(*AUD, *HDA, *more), steps=[{"hmp": "info qtree", "grep": "hda|cad|audiodev"}] + setv(X86C, X7))
x("r7-hda-no-audiodev", *q7(*HDA, *dev(driver="hda-duplex", id="sound0-codec0", bus="sound0.0", cad=0)), steps=[{"hmp": "info qtree", "grep": "hda|cad|audiodev"}])
x("r7-hda-pc-ich6", *pc6(*AUD, *dev(driver="intel-hda", id="sound0", bus="pci.0", addr="0x4"),
                         *dev(driver="hda-duplex", id="sound0-codec0", bus="sound0.0", cad=0, audiodev="audio1"), smp="1,maxcpus=2,sockets=2,dies=1,cores=1,threads=1"),
  steps=hmp("info pci") + setv(X86C, X7))
x("r7-hda-hotplug", *q7(*AUD),
  steps=[qmp("device_add", driver="ich9-intel-hda", id="sound0", bus="pci.1", addr="0x0"),
         qmp("device_add", driver="hda-duplex", id="sound0-codec0", bus="sound0.0", cad=0, audiodev="audio1"),
         {"hmp": "info qtree", "grep": "hda|cad|audiodev"}] + setv(X86C, X7))

# ------------------------------------------------------ video ----
VGA1 = dev(driver="virtio-vga", id="video0", max_outputs=1, bus="pcie.0", addr="0x1")
for name, more in [("gpu-secondary", VGA1 + dev(driver="virtio-gpu-pci", id="video1", max_outputs=1, bus="pci.1", addr="0x0")),
                   ("gpu-heads", dev(driver="virtio-gpu-pci", id="video0", max_outputs=4, bus="pci.1", addr="0x0")),
                   ("gpu-heads-too-many", dev(driver="virtio-gpu-pci", id="video0", max_outputs=17, bus="pci.1", addr="0x0")),
                   ("vga-gl", dev(driver="virtio-vga-gl", id="video0", max_outputs=1, bus="pcie.0", addr="0x1")),
                   ("gpu-gl", dev(driver="virtio-gpu-gl-pci", id="video0", max_outputs=1, bus="pci.1", addr="0x0")),
                   ("gpu-blob", dev(driver="virtio-gpu-pci", id="video0", blob=True, bus="pci.1", addr="0x0")),
                   ("qxl-no-spice", dev(driver="qxl-vga", id="video0", max_outputs=1, ram_size=67108864, vram_size=67108864, vram64_size_mb=0, vgamem_mb=16, bus="pcie.0", addr="0x1"))]:
    x("r7-video-" + name, *q7(*more), steps=hmp("info pci") + setv(X86C, X7))

# ------------------------------------------------------ spice ----
def spice(n, more=""):
    return ["-spice", "unix=on,addr=/tmp/lv7-spice-%d.sock,disable-ticketing=on,seamless-migration=on%s" % (n, more)]


QXL = dev(driver="qxl-vga", id="video0", max_outputs=1, ram_size=67108864, vram_size=67108864, vram64_size_mb=0, vgamem_mb=16, bus="pcie.0", addr="0x1")
VS7 = dev(driver="virtio-serial-pci", id="virtio-serial0", bus="pci.2", addr="0x0")
VDAGENT = ["-chardev", "spicevmc,id=charchannel0,name=vdagent"] + dev(driver="virtserialport", bus="virtio-serial0.0", nr=1, chardev="charchannel0", id="channel0", name="com.redhat.spice.0")
USBC = dev(driver="qemu-xhci", p2=15, p3=15, id="usb", bus="pci.3", addr="0x0")
x("r7-spice-qxl", *q7(*spice(1), *QXL), steps=hmp("info pci") + [qmp("query-spice")] + setv(X86C, X7))
x("r7-spice-qxl-vdagent", *q7(*spice(2), *QXL, *VS7, *VDAGENT), steps=[qmp("query-chardev")] + setv(X86C, X7))
x("r7-spice-qxl-two", *q7(*spice(3), *QXL, *dev(driver="qxl", id="video1", ram_size=67108864, vram_size=67108864, vram64_size_mb=0, vgamem_mb=16, bus="pci.1", addr="0x0")),
  steps=hmp("info pci") + setv(X86C, X7))
x("r7-spice-audio", *q7(*spice(4), *QXL, "-audiodev", j(id="audio1", driver="spice"), *HDA,
                        *dev(driver="hda-duplex", id="sound0-codec0", bus="sound0.0", cad=0, audiodev="audio1")),
  steps=[{"hmp": "info qtree", "grep": "hda|audiodev"}] + setv(X86C, X7))
x("r7-spice-usbredir", *q7(*spice(5), *QXL, *USBC, "-chardev", "spicevmc,id=charredir0,name=usbredir",
                           *dev(driver="usb-redir", chardev="charredir0", id="redir0", bus="usb.0", port="2")),
  steps=[qmp("query-chardev"), {"hmp": "info usb"}] + setv(X86C, X7))
x("r7-spice-virtio-vga", *q7(*spice(6), *VGA1), steps=hmp("info pci") + setv(X86C, X7))
x("r7-spice-port0", *q7("-spice", "port=0,disable-ticketing=on", *QXL), steps=hmp("info pci"))
x("r7-spice-gl", *q7(*spice(7, ",gl=on,rendernode=/dev/dri/by-path/nosuch-render"), *VGA1), steps=hmp("info pci"))
x("r7-spice-vdagent-no-spice", *q7(*VS7, *VDAGENT), steps=[qmp("query-chardev")])
x("r7-spice-qxl-pc", *pc6(*spice(8), *dev(driver="qxl-vga", id="video0", max_outputs=1, ram_size=67108864, vram_size=67108864, vram64_size_mb=0, vgamem_mb=16, bus="pci.0", addr="0x2"),
                          smp="1,maxcpus=2,sockets=2,dies=1,cores=1,threads=1"),
  steps=hmp("info pci") + setv(X86C, X7))
x("r7-spice-qxl-hotplug", *q7(*spice(9)),
  steps=[qmp("device_add", driver="qxl", id="video1", bus="pci.1", addr="0x0"), hmp("info pci")[0]] + setv(X86C, X7))


# hostfiles.write() writes every case's files, round 4's too.
corpus.write()
hostfiles.write()
