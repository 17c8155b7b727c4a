#!/usr/bin/env python3
"""Writes defaults_cases.jsonl: the devices a board creates by itself when
-nodefaults is absent (issue 8): the display card (-vga, -device of a
display type, -nographic), the serial and parallel ports of -serial and
-parallel, the floppy and CD-ROM of the default drives, q35's and
pseries' own, and how -nodefaults and -device change them; info pci /
qtree / chardev / block, qom-get and qom-list of the board's devices and its
machine, of -object instances, device_add of a second card. Both releases record the same cases:

    python3 testdata/oracle/gen_defaults_cases.py
    python3 ../shared/oracle/record.py testdata/oracle/defaults_cases.jsonl -o /tmp/df72a.jsonl -j 2   # twice
    PATH=/work/oracle-env/qbin:$PATH python3 ../shared/oracle/record.py testdata/oracle/defaults_cases.jsonl -o /tmp/df10a.jsonl -j 2   # twice
    python3 testdata/oracle/keep_identical.py /tmp/df72a.jsonl /tmp/df72b.jsonl testdata/oracle/defaults.jsonl

Every case drops the recorder's base arguments ("base": false) so that
-nodefaults is the case's own choice; -display none stays (without it
QEMU opens a window). No default NIC with a user backend is asked for
where `info network` would print it (it names no host state, but
the cases here are about the other devices)."""
from casegen import Corpus, hmp, qmp

corpus = Corpus("defaults", "df")
x, p = corpus.x, corpus.p

BASE = ["-S", "-no-user-config", "-display", "none", "-accel", "tcg"]
QTREE, PCI, CHR, BLOCK = hmp("info qtree", "info pci", "info chardev", "info block")
QPCI = qmp("query-pci")


def dx(id, *args, steps):
    x(id, *BASE, *args, base=False, steps=steps)


def dp(id, *args, steps):
    p(id, *BASE, *args, base=False, steps=steps)


def unattached(*ns):
    return [qmp("qom-get", path="/machine/unattached/device[%d]" % n, property="type") for n in ns]


# ------------------------------------------------------------- display ----
for m in ["pc", "q35"]:
    for vga in ["std", "cirrus", "virtio", "none", "vmware", "qxl"]:
        dx("%s-vga-%s" % (m, vga), "-M", m, "-net", "none", "-vga", vga, steps=[PCI, QTREE])
    dx(m + "-device-vga", "-M", m, "-net", "none", "-device", "VGA,id=card", steps=[PCI, *unattached(7, 8, 9)])
    dx(m + "-device-cirrus", "-M", m, "-net", "none", "-device", "cirrus-vga", steps=[PCI])
    dx(m + "-device-secondary", "-M", m, "-net", "none", "-device", "secondary-vga", steps=[PCI])
    dx(m + "-vga-none-device", "-M", m, "-net", "none", "-vga", "none", "-device", "virtio-vga", steps=[PCI])
    dx(m + "-nodefaults-vga-std", "-M", m, "-nodefaults", "-vga", "std", steps=[PCI, CHR, BLOCK, QTREE])
    dx(m + "-nodefaults-vga-cirrus", "-M", m, "-nodefaults", "-vga", "cirrus", steps=[PCI])
    dx(m + "-vga-twice", "-M", m, "-net", "none", "-vga", "cirrus", "-vga", "std", steps=[PCI])
    dx(m + "-add-vga", "-M", m, "-net", "none", steps=hmp("device_add VGA", "device_add VGA,id=v2", "device_add secondary-vga,id=s2", "info pci"))
    dx(m + "-add-vga-qmp", "-M", m, "-net", "none", steps=[qmp("device_add", driver="VGA", id="v"), qmp("device_add", driver="cirrus-vga")])
    dx(m + "-qom-vga", "-M", m, "-net", "none",
       steps=[*unattached(*range(0, 12)), qmp("qom-get", path="/machine/unattached/device[8]", property="vgamem_mb"),
              qmp("qom-get", path="/machine/unattached/device[8]", property="addr")])
dx("pc-vga-bad", "-M", "pc", "-vga", "nosuch", steps=[])
dx("pc-vga-help", "-M", "pc", "-vga", "help", steps=[])
dx("pc-nographic", "-M", "pc", "-net", "none", "-nographic", steps=[PCI, CHR])
dx("pc-graphics-off", "-M", "pc,graphics=off", "-net", "none", steps=[PCI, CHR])
dx("pc-smp2", "-M", "pc", "-net", "none", "-smp", "2", steps=[BLOCK, *unattached(0, 1, 2, 9)])

# ----------------------------------------------------- serial, parallel ----
for name, args in [
    ("serial-null", ["-serial", "null"]),
    ("serial-two", ["-serial", "null", "-serial", "null"]),
    ("serial-none", ["-serial", "none"]),
    ("serial-none-null", ["-serial", "none", "-serial", "null"]),
    ("serial-four", ["-serial", "null"] * 4),
    ("serial-five", ["-serial", "null"] * 5),
    ("serial-chardev", ["-chardev", "null,id=c0", "-serial", "chardev:c0"]),
    ("serial-device", ["-device", "isa-serial"]),
    ("serial-device-chardev", ["-chardev", "null,id=c0", "-device", "isa-serial,chardev=c0"]),
    ("serial-device-taken", ["-device", "isa-serial,chardev=serial0"]),
    ("serial-nodefaults", ["-nodefaults", "-serial", "null", "-serial", "null"]),
    ("parallel-null", ["-parallel", "null"]),
    ("parallel-none", ["-parallel", "none"]),
    ("parallel-three", ["-parallel", "null"] * 3),
    ("parallel-four", ["-parallel", "null"] * 4),
    ("parallel-device", ["-device", "isa-parallel"]),
    ("parallel-nodefaults", ["-nodefaults", "-parallel", "null"]),
]:
    dx("pc-" + name, "-M", "pc", "-net", "none", *args, steps=[CHR, QTREE])
dx("q35-serial-two", "-M", "q35", "-net", "none", "-serial", "null", "-serial", "null", steps=[CHR, QTREE])
dx("pc-add-serial", "-M", "pc", "-net", "none", steps=hmp("device_add isa-serial", "device_add isa-serial,chardev=serial0"))
dx("pc-serial-qom", "-M", "pc", "-net", "none",
   steps=[qmp("qom-get", path="/machine/unattached/device[13]", property="chardev"),
          qmp("qom-get", path="/machine/unattached/device[14]", property="chardev"),
          qmp("qom-get", path="/machine/unattached/device[13]", property="index")])

# ------------------------------------------------------ floppy, CD-ROM ----
for name, args in [
    ("device-ide-cd", ["-device", "ide-cd,bus=ide.1,unit=0"]),
    ("device-ide-cd-any", ["-device", "ide-cd"]),
    ("device-floppy", ["-device", "floppy"]),
    ("device-isa-fdc", ["-device", "isa-fdc"]),
    ("device-scsi-cd", ["-device", "virtio-scsi-pci", "-device", "scsi-cd"]),
]:
    dx("pc-" + name, "-M", "pc", "-net", "none", *args, steps=[BLOCK, QTREE])
dx("q35-block", "-M", "q35", "-net", "none", steps=[BLOCK, QTREE])
dx("q35-device-ide-cd", "-M", "q35", "-net", "none", "-device", "ide-cd,bus=ide.2", steps=[BLOCK])
dx("pc-add-ide-cd", "-M", "pc", "-net", "none", steps=hmp("device_add ide-cd,bus=ide.1,unit=1", "info block"))

# ------------------------------------------------------------ pseries ----
for name, args in [
    ("plain", ["-net", "none"]),
    ("vga-none", ["-net", "none", "-vga", "none"]),
    ("vga-std", ["-nodefaults", "-vga", "std"]),
    ("nographic", ["-net", "none", "-nographic"]),
    ("usb-off", ["-M", "pseries,usb=off", "-net", "none"]),
    ("serial-null", ["-net", "none", "-serial", "null"]),
    ("serial-two", ["-net", "none", "-serial", "null", "-serial", "null"]),
    ("device-vga", ["-net", "none", "-device", "VGA"]),
    ("nodefaults-serial", ["-nodefaults", "-serial", "null"]),
]:
    args = args if "-M" in args else ["-M", "pseries", *args]
    dp(name, *args, steps=[QTREE, PCI, CHR, BLOCK])
dp("qom", "-M", "pseries", "-net", "none", steps=unattached(*range(0, 12)))
dp("smp4", "-M", "pseries", "-net", "none", "-smp", "4", steps=[CHR, BLOCK, *unattached(*range(0, 15))])
dp("xics", "-M", "pseries,ic-mode=xics", "-net", "none", steps=[*unattached(*range(0, 6)), *hmp("device_del /machine/unattached/device[4]")])
dp("nic", "-M", "pseries", "-nic", "user,id=n0", steps=[QTREE, *unattached(5, 6, 7, 8)])
dp("nic-nodefaults", "-M", "pseries", "-nodefaults", "-nic", "user,id=n0,model=spapr-vlan", steps=[QTREE])
dp("drive-scsi-cd", "-M", "pseries", "-net", "none", "-drive", "if=scsi,media=cdrom,index=1", steps=[QTREE, BLOCK])
dp("add-vga", "-M", "pseries", "-net", "none", steps=hmp("device_add VGA,id=v2", "info pci"))

# --------------------------------------------- QOM of the board's own ----
for m, bridge in [("pc", "/machine/i440fx"), ("q35", "/machine/q35")]:
    dx(m + "-qom-lists", "-M", m, "-net", "none",
       steps=[qmp("qom-list", path="/machine"), qmp("qom-list", path=bridge), qmp("qom-list", path="/machine/unattached/device[3]"),
              qmp("qom-list", path="/machine/unattached/device[8]"), *hmp("qom-list /machine/unattached/device[2]")])
dx("pc-qom-lists-smp2", "-M", "pc", "-nodefaults", "-smp", "2", steps=[qmp("qom-list", path="/machine/unattached/device[4]"),
                                                                      qmp("qom-get", path="/machine/unattached/device[4]", property="type")])
dp("qom-lists", "-M", "pseries", "-net", "none", steps=[qmp("qom-list", path="/machine"), qmp("qom-list", path="/machine/unattached/device[2]"),
                                                       qmp("qom-list", path="/machine/unattached/device[5]")])
for typ, arg in [("iothread", "iothread,id=o,poll-max-ns=100"), ("secret", "secret,id=o,data=x"),
                 ("memory-backend-ram", "memory-backend-ram,id=o,size=1M"), ("throttle-group", "throttle-group,id=o")]:
    dx("object-" + typ, "-M", "pc", "-nodefaults", "-object", arg,
       steps=[qmp("qom-list", path="/objects/o"), *hmp("info iothreads"), qmp("query-iothreads")])
dx("object-add-iothread", "-M", "pc", "-nodefaults",
   steps=[qmp("object-add", **{"qom-type": "iothread", "id": "t1", "poll-grow": 2}), *hmp("info iothreads", "qom-list /objects/t1")])

corpus.write()
