#!/usr/bin/env python3
"""Writes qdevx_cases.jsonl: what a learner tries with devices beyond the
backends, recorded with both releases: q35 with pcie-root-ports and
hotplug into them, pci-bridge on pc, virtio devices on pseries, device_del
of PCI devices without a guest (the request waits) and of devices whose bus
unplugs at once (USB, SCSI, virtio-serial, pseries before the guest),
USB companions, QMP device_add/device_del refusals, qom-get/qom-list over
the devices created.

    python3 testdata/oracle/gen_qdevx_cases.py
    python3 ../shared/oracle/record.py testdata/oracle/qdevx_cases.jsonl -o /tmp/qdevx-a.jsonl -j 2
    python3 ../shared/oracle/record.py testdata/oracle/qdevx_cases.jsonl -o /tmp/qdevx-b.jsonl -j 2
    python3 testdata/oracle/keep_identical.py /tmp/qdevx-a.jsonl /tmp/qdevx-b.jsonl testdata/oracle/qdevx.jsonl
    (and the same with PATH=$QBIN:$PATH into testdata/oracle/v10.0/qdevx.jsonl)
"""
from casegen import Corpus, hmp, qmp

corpus = Corpus("qdevx", "qx")
C = corpus.cases
x, p = corpus.x, corpus.p


NET0 = ["-netdev", "user,id=n0"]
NUL = ["-blockdev", "null-co,node-name=nul,size=1048576"]


def rps(n, first=1):
    """n pcie-root-ports as libvirt writes them (functions of slot 2)."""
    out = []
    for i in range(n):
        dev = "pcie-root-port,port=%d,chassis=%d,id=pci.%d,bus=pcie.0,addr=0x2.0x%x" % (16 + i, first + i, first + i, i)
        if i == 0:
            dev += ",multifunction=on"
        out += ["-device", dev]
    return out


RP4 = rps(4)

# ------------------------------------------- q35: root ports and hotplug ----
x("q35-rp-info", "-M", "q35", *RP4, steps=hmp("info pci", "info qtree"))
x("q35-rp-hp-net", "-M", "q35", *RP4, *NET0,
  steps=hmp("device_add virtio-net-pci,netdev=n0,bus=pci.1,id=net1", "info pci", "device_del net1", "device_del net1", "info pci"))
x("q35-rp-hp-e1000e", "-M", "q35", *RP4, steps=hmp("device_add e1000e,bus=pci.2,id=e", "info network", "device_del e"))
x("q35-rp-hp-blk", "-M", "q35", *RP4, *NUL,
  steps=hmp("device_add virtio-blk-pci,drive=nul,bus=pci.3,id=disk1", "info qtree", "device_add virtio-blk-pci,drive=nul,bus=pci.4"))
x("q35-rp-full", "-M", "q35", *RP4, steps=hmp("device_add virtio-balloon-pci,bus=pci.1", "device_add virtio-rng-pci,bus=pci.1",
                                          "device_add virtio-rng-pci,bus=pci.1,addr=0x1"))
x("q35-rp-root", "-M", "q35", *RP4, steps=hmp("device_add e1000e", "device_add e1000e,bus=pcie.0", "device_add e1000e,bus=pci.9"))
x("q35-rp-rp-hotplug", "-M", "q35", *RP4, steps=hmp("device_add pcie-root-port,id=pci.9,chassis=9,bus=pci.1", "info pci"))
x("q35-rp-del-port", "-M", "q35", *RP4, steps=hmp("device_del pci.2", "device_del pci.1"))
x("q35-rp-qmp", "-M", "q35", *RP4, steps=[
    qmp("device_add", driver="virtio-net-pci", bus="pci.1", id="n"),
    qmp("query-pci"),
    qmp("device_del", id="n"),
    qmp("device_del", id="n"),
    qmp("device_add", driver="virtio-net-pci", bus="pci.1", id="n2"),
    qmp("device_add", driver="e1000e", bus="pci.2", addr="0x0", id="e"),
    qmp("device_add", driver="e1000e", bus="pcie.0", id="e2")])
x("q35-rp-qom", "-M", "q35", *RP4, "-device", "virtio-net-pci,bus=pci.1,id=net0", steps=[
    qmp("qom-list", path="/machine/peripheral"),
    qmp("qom-get", path="net0", property="parent_bus"),
    qmp("qom-get", path="/machine/peripheral/net0", property="addr"),
    qmp("qom-get", path="/machine/peripheral/pci.1", property="chassis"),
    qmp("qom-get", path="/machine/peripheral/pci.1", property="port")])
x("q35-rp-chassis-clash", "-M", "q35", "-device", "pcie-root-port,id=a,chassis=1", "-device", "pcie-root-port,id=b,chassis=1",
  steps=hmp("info pci"))
x("q35-rp-8", "-M", "q35", *rps(8), steps=hmp("info pci"))
x("q35-rp-slot1", "-M", "q35", *RP4, "-device", "e1000e,bus=pci.1,addr=0x1", steps=hmp("info pci"))
x("q35-xhci-rp", "-M", "q35", *RP4, "-device", "qemu-xhci,id=usb,bus=pci.2",
  steps=hmp("device_add usb-tablet,id=tab,bus=usb.0", "device_add usb-kbd,id=kbd", "info usb", "device_del kbd", "info usb"))
x("q35-scsi-rp", "-M", "q35", *RP4, "-device", "virtio-scsi-pci,id=scsi0,bus=pci.3",
  steps=hmp("device_add scsi-cd,id=cd0", "info qtree", "device_del cd0", "info qtree"))

# --------------------------------------------------- pc: pci-bridge ----
BR = ["-device", "pci-bridge,id=br0,chassis_nr=1"]
x("pc-bridge-info", "-M", "pc", *BR, steps=hmp("info pci", "info qtree"))
x("pc-bridge-cold", "-M", "pc", *BR, *NET0, "-device", "virtio-net-pci,netdev=n0,bus=br0,addr=0x1",
  "-device", "e1000,bus=br0,addr=0x2", steps=hmp("info pci"))
x("pc-bridge-hp", "-M", "pc", *BR, steps=hmp("device_add e1000,bus=br0,id=e1", "device_add virtio-rng-pci,bus=br0,addr=0x1f",
                                         "info qtree", "device_del e1", "device_del e1"))
x("pc-bridge-hp-qmp", "-M", "pc", *BR, steps=[qmp("device_add", driver="e1000", bus="br0", id="e1"),
                                             qmp("device_add", driver="e1000", bus="br0", addr="0x0"),
                                             qmp("device_del", id="e1"), qmp("device_del", id="br0")])
x("pc-bridge-nochassis", "-M", "pc", "-device", "pci-bridge,id=br0")
x("pc-bridge-two", "-M", "pc", "-device", "pci-bridge,id=br0,chassis_nr=1", "-device", "pci-bridge,id=br1,chassis_nr=2,bus=br0,addr=0x3",
  steps=hmp("info pci"))
x("pc-bridge-hp-bridge", "-M", "pc", steps=hmp("device_add pci-bridge,id=br9,chassis_nr=9", "info pci"))

# ------------------------------------------ pc: hotplug, unplug, no guest ----
x("pc-hp-del-noguest", "-M", "pc", steps=hmp("device_add e1000,id=e", "device_add virtio-balloon-pci,id=b", "device_del e",
                                            "device_del b", "info pci", "device_del e"))
x("pc-hp-addr", "-M", "pc", steps=hmp("device_add e1000,addr=0x10,id=e", "device_add e1000,addr=0x10", "device_add e1000,addr=0x1f.7",
                                     "device_add e1000,addr=0x20", "info pci"))
x("pc-hp-usb", "-M", "pc", "-device", "qemu-xhci,id=xhci",
  steps=hmp("device_add usb-tablet,id=t1", "device_add usb-mouse,id=m1", "device_add usb-kbd", "info usb", "device_del m1", "info usb"))
x("pc-hp-usb-hub", "-M", "pc", "-device", "qemu-xhci,id=xhci", "-device", "usb-hub,id=hub",
  steps=hmp("device_add usb-kbd,port=1.1,id=k", "info usb", "device_del hub"))
x("pc-hp-scsi", "-M", "pc", "-device", "virtio-scsi-pci,id=scsi0", *NUL,
  steps=hmp("device_add scsi-hd,drive=nul,id=hd0", "info qtree", "device_del hd0", "info qtree"))
x("pc-hp-serial", "-M", "pc", "-device", "virtio-serial-pci,id=vs", "-chardev", "null,id=c1",
  steps=hmp("device_add virtserialport,chardev=c1,id=p1,name=org.test.0", "device_del p1", "device_add virtconsole,chardev=c1,id=con"))
x("pc-hp-refusals", "-M", "pc", steps=hmp("device_add pcie-root-port,id=rp", "device_add usb-ehci", "device_add usb-kbd,bus=usb-bus.0",
                                         "device_add scsi-hd", "device_add virtio-blk-pci,drive=nope", "device_add e1000,id=e,id=f",
                                         "device_del", "device_del /machine/i440fx", "device_del /machine/peripheral"))
x("pc-hp-qmp-del", "-M", "pc", steps=[qmp("device_add", driver="e1000", id="e"), qmp("device_del", id="e"),
                                     qmp("device_del", id="e"), qmp("device_del", id="nope"),
                                     qmp("device_del", id="/machine/peripheral/e")])
x("pc-qom", "-M", "pc", "-device", "e1000,id=nic0", "-device", "virtio-net-pci", "-device", "piix3-usb-uhci,id=uhci",
  "-device", "usb-kbd,id=kbd", steps=[
      qmp("qom-list", path="/machine/peripheral"), qmp("qom-list", path="/machine/peripheral-anon"),
      qmp("qom-get", path="kbd", property="parent_bus"), qmp("qom-get", path="kbd", property="port"),
      qmp("qom-get", path="/machine/peripheral-anon/device[0]", property="addr"),
      qmp("qom-get", path="uhci", property="masterbus"), qmp("qom-get", path="nic0", property="nosuch"),
      qmp("qom-get", path="nic0", property="hotplugged")] + hmp("qom-list /machine/peripheral/kbd"))
x("pc-qom-hotplugged", "-M", "pc", steps=hmp("device_add e1000,id=e") + [qmp("qom-get", path="e", property="hotplugged"),
                                                                       qmp("qom-list", path="/machine/peripheral")])

# ------------------------------------------------- USB companions ----
x("q35-ich9-companions", "-M", "q35", "-device", "ich9-usb-ehci1,id=usb", "-device",
  "ich9-usb-uhci1,masterbus=usb.0,firstport=0,multifunction=on", "-device", "ich9-usb-uhci2,masterbus=usb.0,firstport=2",
  "-device", "usb-tablet", steps=hmp("info usb", "info qtree"))
x("pc-ehci-companion-missing", "-M", "pc", "-device", "ich9-usb-uhci1,masterbus=nope.0")

# ---------------------------------------------- pseries: virtio devices ----
for name, args in [
    ("virtio-net", NET0 + ["-device", "virtio-net-pci,netdev=n0,id=net0"]),
    ("virtio-blk", NUL + ["-device", "virtio-blk-pci,drive=nul,id=disk0"]),
    ("virtio-scsi", NUL + ["-device", "virtio-scsi-pci,id=scsi0", "-device", "scsi-hd,drive=nul,id=hd0"]),
    ("virtio-balloon", ["-device", "virtio-balloon-pci,id=balloon0"]),
    ("virtio-rng", ["-device", "virtio-rng-pci,id=rng0"]),
    ("virtio-serial", ["-chardev", "null,id=c0", "-device", "virtio-serial-pci,id=vs", "-device", "virtconsole,chardev=c0"]),
    ("virtio-gpu", ["-device", "virtio-gpu-pci"]),
    ("virtio-kbd", ["-device", "virtio-keyboard-pci", "-device", "virtio-tablet-pci"]),
    ("virtio-addr", NET0 + ["-device", "virtio-net-pci,netdev=n0,addr=0x5"]),
]:
    p("cold-" + name, "-M", "pseries", *args, steps=hmp("info pci", "info qtree"))
p("hp-virtio", "-M", "pseries", *NET0, *NUL,
  steps=hmp("device_add virtio-net-pci,netdev=n0,id=net0", "device_add virtio-blk-pci,drive=nul,id=disk0", "info pci",
            "device_add virtio-rng-pci,addr=0x3", "device_add spapr-vscsi"))
p("hp-scsi", "-M", "pseries", "-device", "virtio-scsi-pci,id=s", steps=hmp("device_add scsi-cd,id=cd", "info qtree"))
p("hp-usb-xhci", "-M", "pseries", "-device", "qemu-xhci,id=usb", steps=hmp("device_add usb-tablet,id=t", "info usb"))
p("hp-refusals", "-M", "pseries", steps=hmp("device_add usb-kbd", "device_add spapr-vty", "device_add pci-bridge,chassis_nr=1,id=br",
                                           "device_add e1000,bus=pci.9", "device_add VGA", "device_add scsi-cd"))
p("hp-qmp", "-M", "pseries", steps=[qmp("device_add", driver="virtio-rng-pci", id="r", addr="0x4"), qmp("query-pci"),
                                    qmp("device_add", driver="virtio-rng-pci", addr="0x4")])
p("qom", "-M", "pseries", "-device", "virtio-net-pci,id=n", "-device", "spapr-vscsi,id=vs", steps=[
    qmp("qom-list", path="/machine/peripheral"), qmp("qom-get", path="vs", property="reg"),
    qmp("qom-get", path="n", property="addr"), qmp("qom-get", path="n", property="parent_bus")])

if __name__ == "__main__":
    corpus.write()
