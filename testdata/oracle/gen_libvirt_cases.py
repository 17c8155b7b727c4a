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
device defaults (engine/compat). Disks are null-co nodes: no host files.

    python3 testdata/oracle/gen_libvirt_cases.py
    python3 ../shared/oracle/record.py testdata/oracle/libvirt_cases.jsonl -o /tmp/l1.jsonl   # twice
    python3 testdata/oracle/keep_identical.py /tmp/l1.jsonl /tmp/l2.jsonl testdata/oracle/libvirt.jsonl
    (10.0: PATH=/work/oracle-env/qbin:$PATH, output under testdata/oracle/v10.0/)

libvirt's own host state is left out: monitor sockets and tap devices by
fd, pty chardevs (their /dev/pts number), secrets in files."""
import json

from casegen import Corpus, hmp, qmp

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

corpus.write()
