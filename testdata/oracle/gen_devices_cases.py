#!/usr/bin/env python3
"""Writes devices_cases.jsonl: everything around the CPUs (issue 8): non-CPU
devices and their buses, help and property listings, the device tree as the
monitor shows it (info qtree/pci/usb/block/network/chardev, query-*, qom-*),
device_add/device_del of non-CPU devices, backends (-netdev, -nic,
-chardev, -object, -blockdev, -drive) and their checks, JSON option syntax,
disk images on the host (format probing, -hda, -cdrom, positional images),
real libvirt and blog command lines, error paths. Both releases record the
same cases:

    python3 testdata/oracle/gen_devices_cases.py      # also writes the disk images
    python3 ../shared/oracle/record.py testdata/oracle/devices_cases.jsonl -o testdata/oracle/devices.jsonl -j 2
    PATH=$QBIN:$PATH python3 ../shared/oracle/record.py testdata/oracle/devices_cases.jsonl -o testdata/oracle/v10.0/devices.jsonl -j 2

(twice each; testdata/oracle/keep_identical.py keeps the cases that come out
identical.)

A case that names host files carries "hostfs": the files the recording host
had (path, format, virtual size; written here, on the host and inside the
10.0 chroot at the same path). The simulator's replay gives the session the
same simulated host files."""
import os, subprocess

from casegen import Corpus, hmp, qmp

CHROOT = "/work/oracle-env/trixie"  # the 10.0 recording chroot (../shared/oracle/v10.0/README.md)
IMG = "/tmp/hotplug-lab-img"

corpus = Corpus("devices", "dv")
C = corpus.cases
x, p = corpus.x, corpus.p


QTREE = {"hmp": "info qtree"}
PCI = {"hmp": "info pci"}
USB = {"hmp": "info usb"}
BLOCK = {"hmp": "info block"}
NET = {"hmp": "info network"}
CHR = {"hmp": "info chardev"}
INFO = [QTREE, PCI]

# Host files: name -> (format, virtual size). Written below.
FILES = {"disk.raw": ("raw", 16 << 20), "disk.qcow2": ("qcow2", 64 << 20), "boot.iso": ("raw", 2 << 20),
         "vm1.qcow2": ("qcow2", 1 << 30), "data.img": ("raw", 1 << 20), "small.raw": ("raw", 512)}


def hostfs(*names):
    return [{"path": IMG + "/" + n, "format": FILES[n][0], "size": FILES[n][1]} for n in names]


def img(n):
    return IMG + "/" + n


# ---------------------------------------------------------------- help ----
for t in ["virtio-net-pci", "e1000", "usb-tablet", "pcie-root-port", "virtio-blk-pci", "scsi-hd", "isa-serial",
          "VGA", "virtio-net", "nosuch", "pci-device", "ide-hd", "qemu-xhci", "virtio-serial-pci", "i8042"]:
    x("help-" + t, steps=hmp("device_add %s,help" % t))
for t in ["spapr-vscsi", "spapr-vlan", "virtio-net-pci", "usb-kbd", "spapr-pci-host-bridge"]:
    p("help-" + t, steps=hmp("device_add %s,help" % t))
for t in ["virtio-net-pci", "nosuch", "scsi-cd", "pci-device"]:
    x("cmdhelp-" + t, "-device", t + ",help")
p("cmdhelp-spapr-vty", "-device", "spapr-vty,help")
x("dlp", steps=[qmp("device-list-properties", typename=t) for t in
                ["virtio-net-pci", "e1000e", "usb-kbd", "nosuch", "pci-device", "memory-backend-ram",
                 "virtio-net", "scsi-cd", "pcie-root-port", "ich9-usb-ehci1"]])
p("dlp", steps=[qmp("device-list-properties", typename=t) for t in
                ["spapr-vscsi", "spapr-vty", "spapr-nvram", "virtio-blk-pci", "spapr-pci-host-bridge"]])
x("qlt", steps=[qmp("qom-list-types", implements="pci-device"), qmp("qom-list-types", implements="usb-device", abstract=True),
                qmp("qom-list-types", implements="nosuch"), qmp("qom-list-types", implements="hotplug-handler"),
                qmp("qom-list-types", implements="netdev")])
p("qlt", steps=[qmp("qom-list-types", implements="spapr-vio-device"), qmp("qom-list-types", implements="pci-device", abstract=True)])

# --------------------------------------------------- cold plug, x86 pc ----
NET0 = ["-netdev", "user,id=n0"]
for name, args in [
    ("e1000", ["-device", "e1000"]),
    ("e1000-id", ["-device", "e1000,id=nic1,mac=52:54:00:aa:bb:cc"]),
    ("virtio-net", NET0 + ["-device", "virtio-net-pci,netdev=n0,id=net0"]),
    ("rtl8139", NET0 + ["-device", "rtl8139,netdev=n0"]),
    ("e1000e", NET0 + ["-device", "e1000e,netdev=n0,id=e"]),
    ("vmxnet3", NET0 + ["-device", "vmxnet3,netdev=n0"]),
    ("xhci-tablet", ["-device", "qemu-xhci,id=xhci", "-device", "usb-tablet,id=tab", "-device", "usb-kbd"]),
    ("ehci-mouse", ["-device", "usb-ehci,id=ehci", "-device", "usb-mouse,bus=ehci.0"]),
    ("uhci-kbd", ["-device", "piix3-usb-uhci", "-device", "usb-kbd"]),
    ("usb-hub", ["-device", "qemu-xhci", "-device", "usb-hub,id=hub", "-device", "usb-kbd,port=1.2", "-device", "usb-tablet"]),
    ("vga", ["-device", "VGA"]),
    ("cirrus", ["-device", "cirrus-vga"]),
    ("virtio-vga", ["-device", "virtio-vga"]),
    ("qxl-vga", ["-device", "qxl-vga"]),
    ("bochs", ["-device", "bochs-display"]),
    ("balloon", ["-device", "virtio-balloon-pci,id=balloon0"]),
    ("rng", ["-object", "rng-random,filename=/dev/urandom,id=rng0", "-device", "virtio-rng-pci,rng=rng0"]),
    ("rng-builtin", ["-device", "virtio-rng-pci"]),
    ("serial", ["-chardev", "null,id=c0", "-device", "virtio-serial-pci,id=vs", "-device", "virtconsole,chardev=c0,id=con0"]),
    ("isa-serial", ["-chardev", "null,id=c0", "-device", "isa-serial,chardev=c0"]),
    ("i6300esb", ["-device", "i6300esb"]),
    ("pvpanic", ["-device", "pvpanic"]),
    ("virtio-input", ["-device", "virtio-keyboard-pci", "-device", "virtio-tablet-pci", "-device", "virtio-mouse-pci"]),
    ("pci-bridge", NET0 + ["-device", "pci-bridge,id=br0,chassis_nr=1", "-device", "virtio-net-pci,netdev=n0,bus=br0,addr=0x3"]),
    ("scsi-cd", ["-device", "virtio-scsi-pci,id=scsi0", "-device", "scsi-cd,id=cd0"]),
    ("lsi-scsi", ["-device", "lsi53c895a,id=lsi", "-device", "scsi-cd,bus=lsi.0"]),
    ("ahci", ["-device", "ahci,id=ahci0", "-device", "ide-cd,bus=ahci0.0"]),
    ("ide-cd", ["-device", "ide-cd,id=cd"]),
    ("intel-hda", ["-device", "intel-hda", "-device", "hda-duplex,audiodev=a", "-audiodev", "none,id=a"]),
    ("addr-func", NET0 + ["-device", "virtio-net-pci,netdev=n0,addr=0x5.0x3"]),
    ("multifunction", ["-device", "virtio-balloon-pci,addr=0x6.0,multifunction=on", "-device", "virtio-rng-pci,addr=0x6.1"]),
    ("nvme-null", ["-blockdev", "null-co,node-name=nul", "-device", "nvme,drive=nul,serial=abc"]),
    ("virtio-blk-null", ["-blockdev", "null-co,node-name=nul", "-device", "virtio-blk-pci,drive=nul,id=vd0"]),
    ("scsi-hd-null", ["-blockdev", "null-co,node-name=nul,size=1048576", "-device", "virtio-scsi-pci", "-device", "scsi-hd,drive=nul"]),
    ("vhost-vsock", ["-device", "vhost-vsock-pci,guest-cid=3"]),
]:
    x("cold-pc-" + name, "-M", "pc", *args, steps=INFO)

# --------------------------------------------------- cold plug, x86 q35 ----
RP = ["-device", "pcie-root-port,port=16,chassis=1,id=pci.1,bus=pcie.0,multifunction=on,addr=0x2",
      "-device", "pcie-root-port,port=17,chassis=2,id=pci.2,bus=pcie.0,addr=0x2.0x1",
      "-device", "pcie-root-port,port=18,chassis=3,id=pci.3,bus=pcie.0,addr=0x2.0x2"]
for name, args in [
    ("rp", RP),
    ("rp-net", RP + NET0 + ["-device", "virtio-net-pci,netdev=n0,id=net0,bus=pci.1,addr=0x0"]),
    ("rp-xhci", RP + ["-device", "qemu-xhci,p2=15,p3=15,id=usb,bus=pci.2,addr=0x0", "-device", "usb-tablet,id=input0,bus=usb.0,port=1"]),
    ("rootbus-net", NET0 + ["-device", "virtio-net-pci,netdev=n0"]),
    ("e1000e", NET0 + ["-device", "e1000e,netdev=n0"]),
    ("rp-noid", ["-device", "pcie-root-port,chassis=1", "-device", "pcie-root-port,chassis=2"]),
    ("rp-nochassis", ["-device", "pcie-root-port", "-device", "pcie-root-port"]),
    ("intel-iommu", ["-device", "intel-iommu"]),
    ("ich9-usb", ["-device", "ich9-usb-ehci1,id=usb", "-device", "ich9-usb-uhci1,masterbus=usb.0,firstport=0,multifunction=on",
                  "-device", "usb-kbd"]),
    ("pcie-pci-bridge", RP + ["-device", "pcie-pci-bridge,id=pci.4,bus=pci.1,addr=0x0", "-device", "e1000,bus=pci.4,addr=0x1"]),
    ("sata-cd", ["-device", "ide-cd,bus=ide.2,id=sata0-0-0"]),
    ("vga", ["-device", "VGA,id=video0,vgamem_mb=16,bus=pcie.0,addr=0x1"]),
    ("balloon-rp", RP + ["-device", "virtio-balloon-pci,id=balloon0,bus=pci.3,addr=0x0"]),
]:
    x("cold-q35-" + name, "-M", "q35", *args, steps=INFO)

# --------------------------------------------------- cold plug, pseries ----
for name, args in [
    ("vscsi", ["-device", "spapr-vscsi,id=scsi0", "-device", "scsi-cd,id=cd0"]),
    ("vlan", NET0 + ["-device", "spapr-vlan,netdev=n0,id=vlan0"]),
    ("vty", ["-chardev", "null,id=c0", "-device", "spapr-vty,chardev=c0"]),
    ("virtio-net", NET0 + ["-device", "virtio-net-pci,netdev=n0"]),
    ("xhci-kbd", ["-device", "qemu-xhci", "-device", "usb-kbd", "-device", "usb-mouse"]),
    ("vga", ["-device", "VGA"]),
    ("rng", ["-device", "spapr-rng"]),
    ("vlan-reg", ["-device", "spapr-vlan,reg=0x2000"]),
    ("phb", ["-device", "spapr-pci-host-bridge,index=1,id=phb1", "-device", "e1000,bus=phb1.0"]),
]:
    p("cold-" + name, "-M", "pseries", *args, steps=INFO)

# ---------------------------------------------------- cold plug errors ----
for name, args in [
    ("unknown", ["-device", "nosuch"]),
    ("abstract", ["-device", "pci-device"]),
    ("not-user", ["-device", "i8042"]),
    ("no-driver", ["-device", "id=x"]),
    ("bus-notfound", ["-device", "e1000,bus=pci.7"]),
    ("bus-wrongkind", ["-device", "qemu-xhci,id=u", "-device", "e1000,bus=u.0"]),
    ("no-usb-bus", ["-device", "usb-tablet"]),
    ("no-scsi-bus", ["-device", "scsi-cd"]),
    ("no-vserial-bus", ["-device", "virtconsole"]),
    ("addr-taken", ["-device", "e1000,addr=0x1"]),
    ("addr-taken-user", ["-device", "e1000,addr=3", "-device", "rtl8139,addr=3,id=r"]),
    ("addr-bad", ["-device", "e1000,addr=zz"]),
    ("addr-func-bad", ["-device", "e1000,addr=0x2.9"]),
    ("addr-slot-big", ["-device", "e1000,addr=0x20"]),
    ("prop-unknown", ["-device", "e1000,foo=1"]),
    ("prop-bool", ["-device", "virtio-net-pci,mq=maybe"]),
    ("prop-int", ["-device", "virtio-net-pci,vectors=x"]),
    ("prop-int-range", ["-device", "virtio-net-pci,host_mtu=70000"]),
    ("mac-bad", ["-device", "e1000,mac=zz"]),
    ("netdev-missing", ["-device", "e1000,netdev=nope"]),
    ("netdev-twice", NET0 + ["-device", "e1000,netdev=n0", "-device", "rtl8139,netdev=n0"]),
    ("chardev-missing", ["-device", "isa-serial,chardev=nope"]),
    ("drive-missing", ["-device", "virtio-blk-pci"]),
    ("drive-unknown", ["-device", "virtio-blk-pci,drive=nope"]),
    ("scsi-hd-nodrive", ["-device", "virtio-scsi-pci", "-device", "scsi-hd"]),
    ("dup-id", ["-device", "e1000,id=a", "-device", "rtl8139,id=a"]),
    ("dup-id-cpu", ["-smp", "1,maxcpus=2", "-device", "e1000,id=c1", "-device", "qemu64-x86_64-cpu,id=c1,socket-id=0,core-id=1,thread-id=0"]),
    ("bad-id", ["-device", "e1000,id=1a"]),
    ("usb-port-bad", ["-device", "qemu-xhci", "-device", "usb-kbd,port=9"]),
    ("isa-serial-4", ["-device", "isa-serial", "-device", "isa-serial", "-device", "isa-serial", "-device", "isa-serial", "-device", "isa-serial"]),
    ("sysbus-iommu-pc", ["-device", "intel-iommu"]),
    ("rp-on-pc", ["-device", "pcie-root-port"]),
    ("bus-has-no-child", ["-device", "e1000,id=e", "-device", "rtl8139,bus=e"]),
    ("bus-path", ["-device", "rtl8139,bus=/i440FX-pcihost/pci.0"]),
    ("bus-path-bad", ["-device", "rtl8139,bus=/i440FX-pcihost/nope"]),
    ("bus-path-dev", ["-device", "rtl8139,bus=/nodev/pci.0"]),
]:
    x("err-" + name, "-M", "pc", *args, steps=[PCI])
for name, args in [
    ("rootbus-rp-addr", ["-device", "pcie-root-port,id=rp,chassis=1", "-device", "e1000e,bus=rp,addr=0x1"]),
    ("rp-full", ["-device", "pcie-root-port,id=rp,chassis=1", "-device", "e1000e,bus=rp", "-device", "e1000e,bus=rp,id=b"]),
    ("usb-on-pcie", ["-device", "usb-kbd,bus=pcie.0"]),
    ("chassis-dup", ["-device", "pcie-root-port,id=a,chassis=1", "-device", "pcie-root-port,id=b,chassis=1"]),
    ("iommu-late", ["-device", "e1000e", "-device", "intel-iommu"]),
    ("ide-bus-taken", ["-device", "ide-cd,bus=ide.0", "-device", "ide-cd,bus=ide.0"]),
]:
    x("err-q35-" + name, "-M", "q35", *args, steps=[PCI])
for name, args in [
    ("vio-reg-dup", ["-device", "spapr-vlan,reg=0x1000", "-device", "spapr-vscsi,reg=0x1000"]),
    ("no-isa", ["-device", "isa-serial"]),
    ("iommu", ["-device", "intel-iommu"]),
]:
    p("err-" + name, "-M", "pseries", *args, steps=[PCI])

# ----------------------------------------------- device_add / device_del ----
x("hp-pc-e1000", "-M", "pc", steps=hmp("device_add e1000", "info pci", "device_add e1000,id=e2", "info pci", "info network",
                                        "device_del e2", "info pci", "device_del e2", "device_del nosuch"))
x("hp-pc-virtio", "-M", "pc", *NET0, steps=[*hmp("device_add virtio-net-pci,netdev=n0,id=net0", "info qtree"),
                                             qmp("query-pci"), *hmp("device_del net0"), qmp("device_del", id="net0")])
x("hp-pc-refusals", "-M", "pc", steps=hmp("device_add usb-tablet", "device_add isa-serial", "device_add VGA",
                                           "device_add pcie-root-port", "device_add intel-iommu", "device_add nosuch",
                                           "device_add scsi-cd", "device_add virtio-blk-pci", "device_add e1000,addr=0",
                                           "device_add e1000,bus=pci.0,addr=0x1.0x2", "device_add e1000,netdev=x",
                                           "device_add ide-cd", "device_add virtio-rng-pci,id=1x"))
x("hp-pc-qmp-refusals", "-M", "pc", steps=[qmp("device_add", driver="usb-tablet"), qmp("device_add", driver="isa-serial"),
                                            qmp("device_add", driver="e1000", addr="0x1"), qmp("device_add", driver="nosuch"),
                                            qmp("device_add", driver="e1000", bus="nope"), qmp("device_add", driver="VGA"),
                                            qmp("device_add", driver="virtio-net-pci", id="v", mq=True),
                                            qmp("device_add", driver="virtio-net-pci", id="v2", vectors="3"),
                                            qmp("device_add", driver="virtio-net-pci", id="v3", addr=5),
                                            qmp("query-pci")])
x("hp-pc-usb", "-M", "pc", "-device", "qemu-xhci,id=x", steps=hmp("device_add usb-tablet,id=t", "info usb", "device_del t",
                                                                   "info usb", "device_add usb-kbd", "device_add usb-mouse,bus=x.0",
                                                                   "info usb", "info qtree"))
x("hp-pc-usb-qmp", "-M", "pc", "-device", "qemu-xhci,id=x", steps=[qmp("device_add", driver="usb-tablet", id="t"),
                                                                    qmp("device_del", id="t"), qmp("device_del", id="x"),
                                                                    qmp("device_del", id="t")])
x("hp-pc-scsi", "-M", "pc", "-device", "virtio-scsi-pci,id=s", "-blockdev", "null-co,node-name=n1",
  steps=hmp("device_add scsi-hd,drive=n1,id=d1", "info qtree", "device_del d1", "device_add scsi-cd,id=cd1,bus=s.0", "info block"))
x("hp-pc-serialport", "-M", "pc", "-device", "virtio-serial-pci,id=vs", "-chardev", "null,id=c1",
  steps=hmp("device_add virtserialport,chardev=c1,name=org.qemu.guest_agent.0,id=ch1", "info qtree", "device_del ch1", "info chardev"))
x("hp-q35", "-M", "q35", *RP, *NET0, steps=hmp("device_add virtio-net-pci,netdev=n0", "device_add virtio-net-pci,netdev=n0,bus=pci.1,id=net0",
                                              "info pci", "device_add e1000e,bus=pci.1", "device_del net0", "device_del net0",
                                              "device_add e1000e,bus=pci.2,id=e", "device_del pci.3", "device_del e"))
x("hp-q35-qmp", "-M", "q35", *RP, steps=[qmp("device_add", driver="virtio-balloon-pci", bus="pci.1", id="b"),
                                        qmp("device_del", id="b"), qmp("device_add", driver="virtio-balloon-pci"),
                                        qmp("device_del", id="pci.1")])
x("hp-pc-bridge", "-M", "pc", "-device", "pci-bridge,id=br,chassis_nr=1", steps=hmp("device_add e1000,bus=br,id=e1", "info pci",
                                                                                 "device_del e1", "device_del br"))
x("hp-pc-cpu-anon", "-M", "pc", "-smp", "1,maxcpus=2", "-device", "e1000",
  steps=hmp("device_add e1000", "device_add qemu64-x86_64-cpu,socket-id=1,core-id=0,thread-id=0", "info hotpluggable-cpus"))
x("hp-pc-id-shared", "-M", "pc", "-smp", "1,maxcpus=2",
  steps=hmp("device_add qemu64-x86_64-cpu,id=foo,socket-id=1,core-id=0,thread-id=0", "device_add e1000,id=foo", "device_del foo"))
p("hp-pci", "-M", "pseries", *NET0, steps=hmp("device_add virtio-net-pci,netdev=n0,id=n1", "info pci", "device_del n1", "device_del n1",
                                               "device_add e1000,addr=0x1f.7", "device_add spapr-vlan", "device_add usb-kbd",
                                               "device_add spapr-vscsi"))
p("hp-pci-qmp", "-M", "pseries", steps=[qmp("device_add", driver="virtio-balloon-pci", id="b"), qmp("device_del", id="b"),
                                       qmp("query-pci")])
p("hp-usb", "-M", "pseries", "-device", "qemu-xhci", steps=hmp("device_add usb-kbd,id=k", "info usb", "device_del k", "info usb"))

# ------------------------------------------------------- backends: net ----
for name, args in [
    ("user", ["-netdev", "user,id=n0"]),
    ("user-unused2", ["-netdev", "user,id=n0", "-netdev", "user,id=n1", "-device", "e1000,netdev=n1"]),
    ("nic-user", ["-nic", "user"]),
    ("nic-model", ["-nic", "user,model=virtio-net-pci,mac=52:54:00:01:02:03"]),
    ("nic-none", ["-nic", "none"]),
    ("net-legacy", ["-net", "nic", "-net", "user"]),
    ("net-legacy-model", ["-net", "nic,model=rtl8139", "-net", "user,id=u1"]),
    ("netdev-hostfwd", ["-netdev", "user,id=n0,hostfwd=tcp::2222-:22", "-device", "e1000,netdev=n0"]),
    ("netdev-notype", ["-netdev", "id=n0"]),
    ("netdev-badtype", ["-netdev", "bogus,id=n0"]),
    ("netdev-noid", ["-netdev", "user"]),
    ("netdev-dup", ["-netdev", "user,id=n0", "-netdev", "user,id=n0"]),
    ("netdev-badkey", ["-netdev", "user,id=n0,foo=1"]),
    ("netdev-socket", ["-netdev", "socket,id=n0", "-device", "e1000,netdev=n0"]),
    ("netdev-hubport", ["-netdev", "hubport,id=h0,hubid=0", "-device", "e1000,netdev=h0"]),
    ("nic-bad-model", ["-nic", "user,model=nosuch"]),
    ("nic-model-help", ["-nic", "model=help"]),
    ("netdev-help", ["-netdev", "help"]),
]:
    x("net-" + name, "-M", "pc", *args, steps=[NET, PCI])
p("net-nic-default", "-M", "pseries", "-nic", "user", steps=[NET, QTREE])
p("net-vlan-nic", "-M", "pseries", "-nic", "user,model=spapr-vlan", steps=[NET])

# --------------------------------------------------- backends: chardev ----
for name, args in [
    ("null", ["-chardev", "null,id=c0"]),
    ("ringbuf", ["-chardev", "ringbuf,id=r0,size=1024", "-device", "isa-serial,chardev=r0"]),
    ("pty", ["-chardev", "pty,id=charserial0", "-device", "isa-serial,chardev=charserial0,id=serial0"]),
    ("file", ["-chardev", "file,id=f0,path=/dev/null"]),
    ("badbackend", ["-chardev", "nosuch,id=c0"]),
    ("noid", ["-chardev", "null"]),
    ("dup", ["-chardev", "null,id=c0", "-chardev", "null,id=c0"]),
    ("badkey", ["-chardev", "null,id=c0,foo=bar"]),
    ("help", ["-chardev", "help"]),
    ("serial-null", ["-serial", "null"]),
    ("serial-none", ["-serial", "none"]),
    ("mon-null", ["-chardev", "null,id=m0", "-mon", "chardev=m0,mode=control"]),
    ("mon-missing", ["-mon", "chardev=m0,mode=control"]),
    ("mux", ["-chardev", "null,id=c0,mux=on", "-device", "isa-serial,chardev=c0", "-mon", "chardev=c0,mode=readline"]),
    ("serial-used-twice", ["-chardev", "null,id=c0", "-device", "isa-serial,chardev=c0", "-device", "isa-serial,chardev=c0"]),
]:
    x("chr-" + name, "-M", "pc", *args, steps=[CHR, qmp("query-chardev")])

# --------------------------------------------------- backends: objects ----
for name, args in [
    ("iothread", ["-object", "iothread,id=io1", "-device", "virtio-scsi-pci,iothread=io1"]),
    ("iothread-missing", ["-device", "virtio-scsi-pci,iothread=io1"]),
    ("secret", ["-object", "secret,id=sec0,data=letmein"]),
    ("rng-builtin", ["-object", "rng-builtin,id=r", "-device", "virtio-rng-pci,rng=r"]),
    ("rng-missing", ["-device", "virtio-rng-pci,rng=r"]),
    ("bad-type", ["-object", "nosuch,id=o"]),
    ("no-id", ["-object", "iothread"]),
    ("dup", ["-object", "iothread,id=a", "-object", "iothread,id=a"]),
    ("bad-prop", ["-object", "iothread,id=a,foo=1"]),
    ("throttle", ["-object", "throttle-group,id=tg0,x-bps-total=1000000"]),
    ("help", ["-object", "help"]),
    ("type-help", ["-object", "iothread,help"]),
]:
    x("obj-" + name, "-M", "pc", *args, steps=[QTREE, qmp("qom-list", path="/objects")])

# -------------------------------------------- backends: block and files ----
for name, args, files in [
    ("drive-raw-noformat", ["-drive", "file=%s,if=virtio" % img("disk.raw")], ["disk.raw"]),
    ("drive-raw", ["-drive", "file=%s,if=virtio,format=raw" % img("disk.raw")], ["disk.raw"]),
    ("drive-qcow2", ["-drive", "file=%s,if=none,id=d0" % img("disk.qcow2"), "-device", "virtio-blk-pci,drive=d0"], ["disk.qcow2"]),
    ("drive-qcow2-as-raw", ["-drive", "file=%s,format=raw,if=none,id=d0" % img("disk.qcow2")], ["disk.qcow2"]),
    ("drive-raw-as-qcow2", ["-drive", "file=%s,format=qcow2,if=none,id=d0" % img("disk.raw")], ["disk.raw"]),
    ("drive-missing", ["-drive", "file=/tmp/hotplug-lab-img/nope.qcow2,if=virtio"], []),
    ("drive-ide", ["-drive", "file=%s,format=raw,if=ide,index=0,media=disk" % img("disk.raw")], ["disk.raw"]),
    ("drive-cdrom", ["-drive", "file=%s,media=cdrom" % img("boot.iso")], ["boot.iso"]),
    ("drive-empty-cdrom", ["-drive", "if=ide,media=cdrom"], []),
    ("hda", ["-hda", img("disk.raw")], ["disk.raw"]),
    ("hda-qcow2", ["-hda", img("disk.qcow2")], ["disk.qcow2"]),
    ("cdrom", ["-cdrom", img("boot.iso")], ["boot.iso"]),
    ("cdrom-missing", ["-cdrom", "/tmp/hotplug-lab-img/none.iso"], []),
    ("positional", [img("disk.qcow2")], ["disk.qcow2"]),
    ("positional-missing", ["core-id=1,thread-id=0"], []),
    ("positional-two", [img("disk.qcow2"), img("disk.raw")], ["disk.qcow2", "disk.raw"]),
    ("hda-hdb", ["-hda", img("disk.raw"), "-hdb", img("data.img")], ["disk.raw", "data.img"]),
    ("blockdev-file", ["-blockdev", "driver=file,filename=%s,node-name=f0" % img("disk.qcow2"),
                       "-blockdev", "driver=qcow2,file=f0,node-name=q0", "-device", "virtio-blk-pci,drive=q0,id=vd"], ["disk.qcow2"]),
    ("blockdev-raw-on-qcow2", ["-blockdev", "driver=file,filename=%s,node-name=f0" % img("disk.qcow2"),
                               "-blockdev", "driver=raw,file=f0,node-name=r0", "-device", "virtio-blk-pci,drive=r0"], ["disk.qcow2"]),
    ("blockdev-missing-file", ["-blockdev", "driver=file,filename=/tmp/hotplug-lab-img/nope,node-name=f0"], []),
    ("blockdev-bad-driver", ["-blockdev", "driver=nosuch,node-name=x"], []),
    ("blockdev-no-nodename", ["-blockdev", "driver=null-co"], []),
    ("blockdev-dup", ["-blockdev", "null-co,node-name=a", "-blockdev", "null-co,node-name=a"], []),
    ("blockdev-qcow2-on-raw", ["-blockdev", "driver=file,filename=%s,node-name=f0" % img("disk.raw"),
                               "-blockdev", "driver=qcow2,file=f0,node-name=q0"], ["disk.raw"]),
    ("drive-null", ["-drive", "driver=null-co,if=none,id=d0", "-device", "virtio-blk-pci,drive=d0"], []),
    ("drive-bad-if", ["-drive", "file=x,if=nosuch"], []),
    ("drive-snapshot-readonly", ["-drive", "file=%s,format=raw,if=virtio,readonly=on" % img("disk.raw")], ["disk.raw"]),
    ("drive-scsi", ["-drive", "file=%s,format=qcow2,if=scsi" % img("disk.qcow2")], ["disk.qcow2"]),
    ("drive-small", ["-drive", "file=%s,if=virtio" % img("small.raw")], ["small.raw"]),
    ("drive-id-used-twice", ["-drive", "file=%s,format=raw,if=none,id=d0" % img("disk.raw"), "-device", "virtio-blk-pci,drive=d0",
                             "-device", "virtio-blk-pci,drive=d0"], ["disk.raw"]),
    ("drive-unused", ["-drive", "file=%s,format=raw,if=none,id=d0" % img("disk.raw")], ["disk.raw"]),
]:
    x("blk-" + name, "-M", "pc", *args, hostfs=hostfs(*files), steps=[BLOCK, qmp("query-block"), PCI])
x("blk-q35-cdrom", "-M", "q35", "-cdrom", img("boot.iso"), hostfs=hostfs("boot.iso"), steps=[BLOCK, QTREE])
x("blk-q35-hda", "-M", "q35", "-hda", img("disk.qcow2"), hostfs=hostfs("disk.qcow2"), steps=[BLOCK])
p("blk-hda", "-M", "pseries", "-hda", img("disk.qcow2"), hostfs=hostfs("disk.qcow2"), steps=[BLOCK, QTREE])
p("blk-cdrom", "-M", "pseries", "-cdrom", img("boot.iso"), hostfs=hostfs("boot.iso"), steps=[BLOCK, QTREE])
p("blk-drive-vscsi", "-M", "pseries", "-drive", "file=%s,if=none,id=d0,format=qcow2" % img("disk.qcow2"), "-device", "spapr-vscsi",
  "-device", "scsi-hd,drive=d0", hostfs=hostfs("disk.qcow2"), steps=[BLOCK, QTREE])

# ------------------------------------------------------- JSON options ----
for name, args in [
    ("device", ["-netdev", "user,id=n0", "-device", '{"driver":"virtio-net-pci","netdev":"n0","id":"net0","mac":"52:54:00:9d:f1:11","bus":"pci.0","addr":"0x3"}']),
    ("device-int-addr", ["-device", '{"driver":"e1000","addr":3}']),
    ("device-bool", ["-device", '{"driver":"virtio-net-pci","mq":true,"vectors":6}']),
    ("device-bool-string", ["-device", '{"driver":"virtio-net-pci","mq":"on"}']),
    ("device-int-string", ["-device", '{"driver":"virtio-net-pci","vectors":"6"}']),
    ("device-no-driver", ["-device", '{"id":"x"}']),
    ("device-unknown-prop", ["-device", '{"driver":"e1000","foo":1}']),
    ("device-syntax", ["-device", '{"driver":"e1000"']),
    ("device-not-object", ["-device", '["e1000"]']),
    ("device-id-int", ["-device", '{"driver":"e1000","id":5}']),
    ("device-bad-id", ["-device", '{"driver":"e1000","id":"1x"}']),
    ("netdev", ["-netdev", '{"type":"user","id":"n0"}', "-device", "e1000,netdev=n0"]),
    ("netdev-unexpected", ["-netdev", '{"type":"user","id":"n0","foo":1}']),
    ("netdev-missing-id", ["-netdev", '{"type":"user"}']),
    ("netdev-bad-type", ["-netdev", '{"type":"nosuch","id":"n0"}']),
    ("netdev-type-int", ["-netdev", '{"type":"user","id":"n0","ipv6":"yes"}']),
    ("object", ["-object", '{"qom-type":"iothread","id":"io0"}']),
    ("object-memory", ["-object", '{"qom-type":"memory-backend-ram","id":"pc.ram","size":134217728}', "-machine", "memory-backend=pc.ram"]),
    ("object-size-string", ["-object", '{"qom-type":"memory-backend-ram","id":"m","size":"128M"}']),
    ("object-unexpected", ["-object", '{"qom-type":"iothread","id":"io0","foo":1}']),
    ("object-no-type", ["-object", '{"id":"io0"}']),
    ("blockdev", ["-blockdev", '{"driver":"null-co","node-name":"n0","size":1048576}', "-device", "virtio-blk-pci,drive=n0"]),
    ("blockdev-file-qcow2", ["-blockdev", '{"driver":"file","filename":"%s","node-name":"libvirt-1-storage","auto-read-only":true,"discard":"unmap"}' % img("vm1.qcow2"),
                             "-blockdev", '{"node-name":"libvirt-1-format","read-only":false,"driver":"qcow2","file":"libvirt-1-storage"}',
                             "-device", '{"driver":"virtio-blk-pci","bus":"pci.0","addr":"0x4","drive":"libvirt-1-format","id":"virtio-disk0","bootindex":1}']),
    ("blockdev-unexpected", ["-blockdev", '{"driver":"null-co","node-name":"n0","foo":1}']),
    ("blockdev-no-driver", ["-blockdev", '{"node-name":"n0"}']),
    ("blockdev-size-string", ["-blockdev", '{"driver":"null-co","node-name":"n0","size":"1M"}']),
    ("blockdev-keyval-size", ["-blockdev", "driver=null-co,node-name=n0,size=1M"]),
]:
    hf = hostfs("vm1.qcow2") if "vm1" in name or "file-qcow2" in name else None
    kw = {"hostfs": hf} if hf else {}
    x("json-" + name, "-M", "pc", *args, steps=[PCI, BLOCK], **kw)
p("json-device", "-M", "pseries", "-device", '{"driver":"spapr-vscsi","id":"scsi0","reg":8192}', "-device", '{"driver":"scsi-cd","bus":"scsi0.0","id":"cd"}',
  steps=[QTREE])

# ---------------------------------------------------- qom over devices ----
x("qom-pc", "-M", "pc", "-device", "e1000,id=nic0", "-device", "virtio-net-pci", "-device", "qemu-xhci,id=usb", "-device", "usb-tablet,id=tab",
  steps=[qmp("qom-list", path="/machine/peripheral"), qmp("qom-list", path="/machine/peripheral-anon"),
         qmp("qom-list", path="/machine/peripheral/nic0"), qmp("qom-get", path="/machine/peripheral/nic0", property="mac"),
         qmp("qom-get", path="/machine/peripheral/nic0", property="addr"), qmp("qom-get", path="/machine/peripheral/tab", property="port"),
         qmp("qom-get", path="nic0", property="type"), qmp("qom-get", path="/machine/peripheral-anon/device[0]", property="type"),
         qmp("qom-get", path="/machine/peripheral/nic0", property="netdev"), qmp("qom-get", path="/machine/peripheral/nic0", property="realized"),
         qmp("qom-get", path="/machine/peripheral/nic0", property="hotplugged"), qmp("qom-get", path="/machine/peripheral/nic0", property="parent_bus"),
         qmp("qom-get", path="/machine/peripheral/nic0", property="nosuch"), *hmp("qom-list /machine/peripheral", "qom-get nic0 mac",
                                                                                   "qom-list nic0")])
x("qom-unattached", "-M", "pc", steps=[qmp("qom-list", path="/machine/unattached"), qmp("qom-list", path="/machine"),
                                       *hmp("qom-list /", "qom-list /machine/unattached/device[3]")])
x("qom-q35", "-M", "q35", *RP, steps=[qmp("qom-list", path="/machine/peripheral"), qmp("qom-get", path="pci.1", property="chassis"),
                                     qmp("qom-get", path="pci.2", property="addr"), qmp("qom-list", path="/machine/q35")])
p("qom", "-M", "pseries", "-device", "spapr-vscsi", "-device", "virtio-net-pci,id=n",
  steps=[qmp("qom-list", path="/machine/peripheral-anon"), qmp("qom-get", path="/machine/peripheral-anon/device[0]", property="reg"),
         qmp("qom-list", path="/machine/unattached"), qmp("qom-get", path="n", property="addr")])

# ------------------------------------------------------ default devices ----
# Without -nodefaults (the recorder's base args are dropped: "base": false).
BASE = ["-S", "-no-user-config", "-display", "none", "-accel", "tcg"]
for name, args in [("pc", ["-M", "pc"]), ("q35", ["-M", "q35"]), ("pc-vga-none", ["-M", "pc", "-vga", "none"]),
                   ("pc-net-none", ["-M", "pc", "-net", "none"]), ("q35-nic", ["-M", "q35", "-nic", "user,model=virtio-net-pci"])]:
    x("def-" + name, *BASE, *args, base=False, steps=[QTREE, PCI, BLOCK, NET, CHR, USB])
p("def-pseries", *BASE, "-M", "pseries", base=False, steps=[QTREE, PCI, BLOCK, NET, CHR])

# ---------------------------------------------- libvirt and blog lines ----
LIBVIRT_Q35 = [
    "-name", "guest=fedora38,debug-threads=on", "-S",
    "-object", '{"qom-type":"secret","id":"masterKey0","format":"raw","data":"aGVsbG8gd29ybGQgaGVsbG8gd29ybGQhIQ=="}',
    "-machine", "pc-q35-7.2,usb=off,vmport=off,dump-guest-core=off,memory-backend=pc.ram",
    "-accel", "tcg", "-cpu", "qemu64", "-m", "1024",
    "-object", '{"qom-type":"memory-backend-ram","id":"pc.ram","size":1073741824}',
    "-overcommit", "mem-lock=off", "-smp", "2,sockets=2,cores=1,threads=1",
    "-uuid", "4e9e6f21-8c6c-4a28-9f0e-3f7c1a2b5d10", "-no-user-config", "-nodefaults",
    "-rtc", "base=utc,driftfix=slew", "-global", "kvm-pit.lost_tick_policy=delay", "-no-hpet", "-no-shutdown",
    "-global", "ICH9-LPC.disable_s3=1", "-global", "ICH9-LPC.disable_s4=1", "-boot", "strict=on",
    "-device", '{"driver":"pcie-root-port","port":16,"chassis":1,"id":"pci.1","bus":"pcie.0","multifunction":true,"addr":"0x2"}',
    "-device", '{"driver":"pcie-root-port","port":17,"chassis":2,"id":"pci.2","bus":"pcie.0","addr":"0x2.0x1"}',
    "-device", '{"driver":"pcie-root-port","port":18,"chassis":3,"id":"pci.3","bus":"pcie.0","addr":"0x2.0x2"}',
    "-device", '{"driver":"pcie-root-port","port":19,"chassis":4,"id":"pci.4","bus":"pcie.0","addr":"0x2.0x3"}',
    "-device", '{"driver":"pcie-root-port","port":20,"chassis":5,"id":"pci.5","bus":"pcie.0","addr":"0x2.0x4"}',
    "-device", '{"driver":"pcie-root-port","port":21,"chassis":6,"id":"pci.6","bus":"pcie.0","addr":"0x2.0x5"}',
    "-device", '{"driver":"qemu-xhci","p2":15,"p3":15,"id":"usb","bus":"pci.2","addr":"0x0"}',
    "-device", '{"driver":"virtio-serial-pci","id":"virtio-serial0","bus":"pci.3","addr":"0x0"}',
    "-blockdev", '{"driver":"null-co","node-name":"libvirt-1-storage","size":10737418240}',
    "-blockdev", '{"node-name":"libvirt-1-format","read-only":false,"driver":"raw","file":"libvirt-1-storage"}',
    "-device", '{"driver":"virtio-blk-pci","bus":"pci.4","addr":"0x0","drive":"libvirt-1-format","id":"virtio-disk0","bootindex":1}',
    "-netdev", '{"type":"user","id":"hostnet0"}',
    "-device", '{"driver":"virtio-net-pci","netdev":"hostnet0","id":"net0","mac":"52:54:00:5a:3b:1c","bus":"pci.1","addr":"0x0"}',
    "-chardev", "pty,id=charserial0",
    "-device", '{"driver":"isa-serial","chardev":"charserial0","id":"serial0","index":0}',
    "-chardev", "null,id=charchannel0",
    "-device", '{"driver":"virtserialport","bus":"virtio-serial0.0","nr":1,"chardev":"charchannel0","id":"channel0","name":"org.qemu.guest_agent.0"}',
    "-device", '{"driver":"usb-tablet","id":"input0","bus":"usb.0","port":"1"}',
    "-audiodev", '{"id":"audio1","driver":"none"}',
    "-device", '{"driver":"virtio-vga","id":"video0","max_outputs":1,"bus":"pcie.0","addr":"0x1"}',
    "-device", '{"driver":"virtio-balloon-pci","id":"balloon0","bus":"pci.5","addr":"0x0"}',
    "-object", '{"qom-type":"rng-random","id":"objrng0","filename":"/dev/urandom"}',
    "-device", '{"driver":"virtio-rng-pci","rng":"objrng0","id":"rng0","bus":"pci.6","addr":"0x0"}',
    "-sandbox", "on,obsolete=deny,elevateprivileges=deny,spawn=deny,resourcecontrol=deny",
    "-msg", "timestamp=on"]
x("libvirt-q35", *LIBVIRT_Q35, steps=[QTREE, PCI, BLOCK, NET, CHR, USB, qmp("query-block"), qmp("query-chardev"),
                                     qmp("qom-list", path="/machine/peripheral")])
x("libvirt-q35-hotplug", *LIBVIRT_Q35, steps=[
    *hmp("device_add virtio-net-pci,netdev=hostnet0,id=net1,bus=pci.6"), qmp("device_del", id="rng0"),
    qmp("device_add", driver="usb-kbd", id="input1", bus="usb.0", port="2"), USB, PCI])
LIBVIRT_PC = [
    "-name", "guest=debian11,debug-threads=on", "-machine", "pc-i440fx-7.2,usb=off,dump-guest-core=off", "-accel", "tcg",
    "-m", "512", "-overcommit", "mem-lock=off", "-smp", "1,sockets=1,cores=1,threads=1", "-no-user-config", "-nodefaults",
    "-rtc", "base=utc", "-no-shutdown", "-boot", "strict=on",
    "-device", "piix3-usb-uhci,id=usb,bus=pci.0,addr=0x1.0x2",
    "-drive", "file=%s,format=qcow2,if=none,id=drive-virtio-disk0" % img("vm1.qcow2"),
    "-device", "virtio-blk-pci,scsi=off,bus=pci.0,addr=0x4,drive=drive-virtio-disk0,id=virtio-disk0,bootindex=1",
    "-drive", "if=none,id=drive-ide0-0-0,readonly=on",
    "-device", "ide-cd,bus=ide.0,unit=0,drive=drive-ide0-0-0,id=ide0-0-0",
    "-netdev", "user,id=hostnet0",
    "-device", "e1000,netdev=hostnet0,id=net0,mac=52:54:00:12:ab:cd,bus=pci.0,addr=0x3",
    "-chardev", "null,id=charserial0", "-device", "isa-serial,chardev=charserial0,id=serial0",
    "-device", "usb-tablet,id=input0,bus=usb.0,port=1",
    "-device", "cirrus-vga,id=video0,bus=pci.0,addr=0x2",
    "-device", "virtio-balloon-pci,id=balloon0,bus=pci.0,addr=0x5", "-msg", "timestamp=on"]
x("libvirt-pc", *LIBVIRT_PC, hostfs=hostfs("vm1.qcow2"), steps=[QTREE, PCI, BLOCK, NET, CHR, USB, qmp("query-pci"), qmp("query-block")])
LIBVIRT_PPC = [
    "-machine", "pseries-7.2,usb=off,dump-guest-core=off", "-accel", "tcg", "-m", "1024", "-smp", "1,sockets=1,cores=1,threads=1",
    "-no-user-config", "-nodefaults", "-device", "qemu-xhci,p2=15,p3=15,id=usb,bus=pci.0,addr=0x2",
    "-device", "virtio-scsi-pci,id=scsi0,bus=pci.0,addr=0x3", "-device", "virtio-serial-pci,id=virtio-serial0,bus=pci.0,addr=0x4",
    "-blockdev", '{"driver":"null-co","node-name":"libvirt-2-storage"}',
    "-device", '{"driver":"scsi-hd","bus":"scsi0.0","channel":0,"scsi-id":0,"lun":0,"device_id":"drive-scsi0-0-0-0","drive":"libvirt-2-storage","id":"scsi0-0-0-0","bootindex":1}',
    "-netdev", '{"type":"user","id":"hostnet0"}',
    "-device", '{"driver":"virtio-net-pci","netdev":"hostnet0","id":"net0","mac":"52:54:00:7e:11:22","bus":"pci.0","addr":"0x1"}',
    "-chardev", "null,id=charserial0", "-device", '{"driver":"spapr-vty","chardev":"charserial0","id":"serial0","reg":805306368}',
    "-device", '{"driver":"usb-kbd","id":"input0","bus":"usb.0","port":"1"}',
    "-device", '{"driver":"usb-mouse","id":"input1","bus":"usb.0","port":"2"}',
    "-device", '{"driver":"VGA","id":"video0","vgamem_mb":16,"bus":"pci.0","addr":"0x7"}',
    "-device", '{"driver":"virtio-balloon-pci","id":"balloon0","bus":"pci.0","addr":"0x5"}']
p("libvirt-pseries", *LIBVIRT_PPC, steps=[QTREE, PCI, BLOCK, NET, CHR, USB, qmp("query-pci")])
BLOG = [
    ("blog-ubuntu", ["-M", "q35", "-m", "2048", "-smp", "2", "-drive", "file=%s,if=virtio" % img("vm1.qcow2"),
                     "-cdrom", img("boot.iso"), "-boot", "d", "-netdev", "user,id=net0,hostfwd=tcp::2222-:22",
                     "-device", "virtio-net-pci,netdev=net0", "-vga", "virtio"], ["vm1.qcow2", "boot.iso"]),
    ("blog-usb-tablet", ["-M", "pc", "-usb", "-device", "usb-tablet", "-hda", img("disk.qcow2")], ["disk.qcow2"]),
    ("blog-virtio-scsi", ["-M", "pc", "-device", "virtio-scsi-pci,id=scsi", "-drive", "file=%s,if=none,id=hd,format=raw" % img("disk.raw"),
                          "-device", "scsi-hd,drive=hd,bus=scsi.0"], ["disk.raw"]),
    ("blog-nvme", ["-M", "q35", "-drive", "file=%s,if=none,id=nvm" % img("disk.qcow2"), "-device", "nvme,serial=deadbeef,drive=nvm"], ["disk.qcow2"]),
    ("blog-ahci", ["-M", "pc", "-drive", "id=disk,file=%s,if=none" % img("disk.raw"), "-device", "ahci,id=ahci",
                   "-device", "ide-hd,drive=disk,bus=ahci.0"], ["disk.raw"]),
    ("blog-serial-mon", ["-M", "pc", "-nographic", "-serial", "null", "-monitor", "none"], []),
    ("blog-snapshot", ["-M", "pc", "-snapshot", "-hda", img("disk.qcow2")], ["disk.qcow2"]),
    ("blog-guide-as-printed", ["-M", "pc", "-smp", "1,maxcpus=2", "-device", "qemu64-x86_64-cpu,socket-id=1,", "core-id=0,thread-id=0"], []),
    ("blog-virtfs-missing", ["-M", "pc", "-virtfs", "local,path=/nonexistent-hl,mount_tag=host0,security_model=none,id=fs0"], []),
]
for name, args, files in BLOG:
    x(name, *args, hostfs=hostfs(*files), steps=[PCI, BLOCK, NET])
p("blog-pseries", "-M", "pseries", "-m", "2G", "-drive", "file=%s,if=scsi" % img("disk.qcow2"), "-nic", "user,model=spapr-vlan",
  hostfs=hostfs("disk.qcow2"), steps=[BLOCK, NET, QTREE])

# The balloon's handler (2026-12-07, lead): free-page-hint needs an
# iothread, checked after qemu_add_balloon_handler, which a failed realize
# leaves registered (another balloon is refused, query-balloon answers).
x("balloon-fph-leak", "-M", "pc", steps=[
    qmp("device_add", driver="virtio-balloon-pci", **{"free-page-hint": True, "id": "b1"}),
    qmp("device_add", driver="virtio-balloon-pci", id="b2"), qmp("query-balloon"), {"hmp": "info balloon"}])
x("balloon-fph-iothread", "-M", "pc", "-object", "iothread,id=io0", "-device",
  "virtio-balloon-pci,free-page-hint=on,iothread=io0,id=b1", steps=[qmp("query-balloon"), QTREE])
x("balloon-fph-cmdline", "-M", "pc", "-device", "virtio-balloon-pci,free-page-hint=on")
x("balloon-two-cmdline", "-M", "pc", "-device", "virtio-balloon-pci", "-device", "virtio-balloon-pci,free-page-hint=on")


# ------------------------------------------- round 14: machine versions ----
# The devices real command lines use, on versioned pc-i440fx, pc-q35 and
# pseries types (2026-12-07, d14): what the machine's compat properties
# (hw_compat_X_Y, pc_compat_X_Y, spapr's) set on them, read back with
# qom-get on the device (and its virtio-backend), in `info qtree`, in
# device_add's help and device-list-properties, and in device_add/device_del
# and query-pci without a guest. Versions newer than 7.2 are 7.2's
# "unsupported machine type" error; 10.0 dropped the oldest.
def qget(path, *props):
    return [qmp("qom-get", path=path, property=q) for q in props]


def r14(binary, id, *args, **kw):
    corpus.case(binary, "r14-" + id, *args, **kw)


VPCI = ["disable-legacy", "disable-modern", "page-per-vq", "migrate-extra", "x-disable-pcie", "x-ignore-backend-features",
        "x-pcie-deverr-init", "x-pcie-lnkctl-init", "x-pcie-pm-init", "x-pcie-flr-init", "modern-pio-notify", "vectors",
        "virtio-pci-bus-master-bug-migration", "ats"]
VDEV = ["any_layout", "use-started", "use-disabled-flag", "x-disable-legacy-check", "queue_reset", "iommu_platform",
        "event_idx", "indirect_desc", "packed"]
PCV = ["2.4", "2.6", "2.7", "2.8", "2.11", "3.1", "4.2", "5.1", "5.2", "7.2", "8.0", "9.2"]
Q35V = ["2.6", "2.8", "3.1", "4.2", "5.2", "6.1", "7.2", "9.1"]
PPCV = ["3.0", "4.2", "5.1", "7.2", "9.0"]

# virtio-net-pci: the virtio-pci proxy's compat bits, the NIC's and its backend's
for m in ["pc-i440fx-" + v for v in PCV] + ["pc-q35-" + v for v in Q35V] + ["pseries-" + v for v in PPCV]:
    b = "ppc64" if m.startswith("pseries") else "x86_64"
    r14(b, "vnet-" + m, "-M", m, *NET0, "-device", "virtio-net-pci,netdev=n0,id=net0",
        steps=qget("/machine/peripheral/net0", *VPCI, "mq", "x-mtu-bypass-backend", "host_uso", "guest_uso4", "mrg_rxbuf",
                   "guest_announce", "speed", "duplex", "tx") + qget("/machine/peripheral/net0/virtio-backend", *VDEV))

# virtio-blk-pci and virtio-scsi-pci: queues, vectors, segments (two CPUs: num-queues follows them)
BLK = ["-blockdev", "null-co,node-name=d0,size=1048576"]
for m in ["pc-i440fx-" + v for v in ["2.4", "2.11", "3.1", "4.2", "5.0", "5.1", "5.2", "7.2"]] + \
         ["pc-q35-" + v for v in ["4.2", "5.1", "7.2"]] + ["pseries-" + v for v in ["4.2", "5.1", "7.2"]]:
    b = "ppc64" if m.startswith("pseries") else "x86_64"
    r14(b, "vblk-" + m, "-M", m, "-smp", "2", *BLK, "-device", "virtio-blk-pci,drive=d0,id=vd0",
        steps=qget("/machine/peripheral/vd0", "vectors", "num-queues", "queue-size", "seg-max-adjust", "x-enable-wce-if-config-wce",
                   "discard", "write-zeroes", "report-discard-granularity", "scsi", "config-wce", "disable-legacy", "page-per-vq",
                   "discard_granularity", "max-discard-sectors", "x-disable-pcie") +
        qget("/machine/peripheral/vd0/virtio-backend", "use-started", "queue_reset"))
    r14(b, "vscsi-" + m, "-M", m, "-smp", "2", "-device", "virtio-scsi-pci,id=scsi0",
        steps=qget("/machine/peripheral/scsi0", "vectors", "num_queues", "virtqueue_size", "seg_max_adjust", "max_sectors",
                   "cmd_per_lun", "hotplug", "param_change", "disable-modern", "page-per-vq"))

# NICs beside virtio: e1000 and e1000e
for m in ["pc-i440fx-" + v for v in ["2.3", "2.4", "2.11", "5.2", "6.0", "7.2", "8.0"]] + ["pc-q35-" + v for v in ["6.0"]]:
    r14("x86_64", "e1000-" + m, "-M", m, "-device", "e1000,id=nic0", "-device", "e1000e,id=nic1",
        steps=qget("/machine/peripheral/nic0", "extra_mac_registers", "migrate_tso_props", "init-vet", "autonegotiation",
                   "mitigation", "mac") + qget("/machine/peripheral/nic1", "init-vet", "migrate-timadj", "subsys_ven", "subsys",
                                                "disable_vnet_hdr", "x-pcie-flr-init"))

# USB: xhci and EHCI with a tablet (usb_version, serial "42" before 4.0)
for m in ["pc-i440fx-2.4", "pc-i440fx-2.12", "pc-i440fx-3.0", "pc-i440fx-3.1", "pc-i440fx-4.0", "pc-i440fx-7.2",
          "pc-q35-3.1", "pc-q35-4.0", "pc-q35-7.2"]:
    r14("x86_64", "xhci-tablet-" + m, "-M", m, "-device", "qemu-xhci,id=xhci", "-device", "usb-tablet,id=tab,bus=xhci.0",
        "-device", "usb-kbd,id=kbd", steps=[USB] + qget("/machine/peripheral/tab", "serial", "usb_version", "port", "attached",
                                                          "full-path", "msos-desc", "pcap") +
        qget("/machine/peripheral/kbd", "serial") + qget("/machine/peripheral/xhci", "p2", "p3", "intrs", "slots", "streams",
                                                          "msi", "msix", "conditional-intr-mapping"))
    if m not in ["pc-i440fx-2.4", "pc-i440fx-3.1", "pc-i440fx-4.0", "pc-q35-7.2"]:
        continue
    r14("x86_64", "ehci-tablet-" + m, "-M", m, "-device", "usb-ehci,id=ehci", "-device", "usb-tablet,id=tab,bus=ehci.0",
        "-device", "usb-mouse,id=mouse,bus=ehci.0", steps=[QTREE, USB] + qget("/machine/peripheral/mouse", "serial"))
for m in ["pseries-3.0", "pseries-3.1", "pseries-4.0", "pseries-7.2"]:
    r14("ppc64", "xhci-tablet-" + m, "-M", m, "-device", "qemu-xhci,id=xhci", "-device", "usb-tablet,id=tab",
        steps=[USB] + qget("/machine/peripheral/tab", "serial", "usb_version"))

# virtio-rng-pci (vectors), virtio-serial with a console (emergency-write)
for m in ["pc-i440fx-2.6", "pc-i440fx-2.7", "pc-i440fx-4.2", "pc-i440fx-7.0", "pc-i440fx-7.1", "pc-i440fx-7.2", "pc-i440fx-8.0",
          "pc-q35-7.1", "pc-q35-7.2", "pseries-7.1", "pseries-7.2"]:
    b = "ppc64" if m.startswith("pseries") else "x86_64"
    r14(b, "rng-serial-" + m, "-M", m, "-device", "virtio-rng-pci,id=rng0", "-chardev", "null,id=c0",
        "-device", "virtio-serial-pci,id=vs0", "-device", "virtconsole,chardev=c0,id=con0",
        steps=qget("/machine/peripheral/rng0", "vectors", "max-bytes", "period", "disable-legacy") +
        qget("/machine/peripheral/vs0", "vectors", "max_ports", "emergency-write", "ioeventfd", "disable-modern") +
        qget("/machine/peripheral/con0", "nr", "name", "chardev") + [CHR])

# Displays without qxl: edid (4.0), global-vmstate (2.12), cirrus's 8 MiB (2.8)
for m in ["pc-i440fx-2.7", "pc-i440fx-2.8", "pc-i440fx-2.11", "pc-i440fx-2.12", "pc-i440fx-3.1", "pc-i440fx-4.0", "pc-i440fx-7.2",
          "pc-q35-3.1", "pc-q35-4.0", "pseries-3.1", "pseries-4.0"]:
    b = "ppc64" if m.startswith("pseries") else "x86_64"
    r14(b, "vga-" + m, "-M", m, "-device", "VGA,id=vga0", "-device", "secondary-vga,id=vga1", "-device", "bochs-display,id=bd",
        steps=qget("/machine/peripheral/vga0", "edid", "global-vmstate", "vgamem_mb", "qemu-extended-regs", "mmio", "xres", "yres",
                   "refresh_rate") + qget("/machine/peripheral/vga1", "edid", "global-vmstate") +
        qget("/machine/peripheral/bd", "edid", "vgamem"))
for m in ["pc-i440fx-2.7", "pc-i440fx-2.8", "pc-i440fx-2.12", "pc-i440fx-3.0", "pc-i440fx-7.2"]:
    r14("x86_64", "cirrus-" + m, "-M", m, "-device", "cirrus-vga,id=cv", steps=qget("/machine/peripheral/cv", "vgamem_mb",
                                                                                  "global-vmstate", "blitter") + [QTREE])
for m in ["pc-i440fx-3.1", "pc-i440fx-4.0", "pc-q35-7.2"]:
    r14("x86_64", "virtio-vga-" + m, "-M", m, "-device", "virtio-vga,id=vv", "-device", "virtio-gpu-pci,id=vg",
        steps=qget("/machine/peripheral/vv", "edid", "max_outputs", "xres", "vectors", "disable-legacy") +
        qget("/machine/peripheral/vg", "edid", "disable-legacy", "disable-modern", "vectors"))

# pvpanic (events), vmcoreinfo (fw_cfg's DMA), i6300esb, intel-hda (use-timer)
for m in ["pc-i440fx-2.4", "pc-i440fx-5.0", "pc-i440fx-5.1", "pc-i440fx-5.2", "pc-i440fx-7.2", "pc-i440fx-9.0", "pc-q35-5.1",
          "pc-q35-6.0"]:
    r14("x86_64", "pvpanic-" + m, "-M", m, "-device", "pvpanic,id=pp", "-device", "pvpanic-pci,id=ppp",
        steps=qget("/machine/peripheral/pp", "events", "ioport") + qget("/machine/peripheral/ppp", "events") + [PCI])
for m in ["pc-i440fx-2.4", "pc-i440fx-2.5", "pc-i440fx-2.12", "pc-i440fx-7.2", "pc-q35-2.4", "pc-q35-2.5", "pc-q35-7.2"]:
    r14("x86_64", "vmcoreinfo-" + m, "-M", m, "-device", "vmcoreinfo,id=vmci", steps=[QTREE] +
        qget("/machine/peripheral/vmci", "type") + [qmp("qom-list", path="/machine/peripheral")])
r14("x86_64", "vmcoreinfo-twice", "-M", "pc", "-device", "vmcoreinfo", "-device", "vmcoreinfo")
r14("x86_64", "vmcoreinfo-hotplug", "-M", "pc", steps=hmp("device_add vmcoreinfo,id=v", "info qtree") + [qmp("device_add", driver="vmcoreinfo")])
r14("ppc64", "vmcoreinfo-pseries", "-M", "pseries", "-device", "vmcoreinfo")
for m in ["pc-i440fx-2.4", "pc-i440fx-7.2", "pc-q35-2.4", "pc-q35-7.2", "pseries-7.2"]:
    b = "ppc64" if m.startswith("pseries") else "x86_64"
    r14(b, "i6300esb-" + m, "-M", m, "-device", "i6300esb,id=wd", "-watchdog-action", "pause",
        steps=[PCI] + qget("/machine/peripheral/wd", "addr", "multifunction", "x-pcie-lnksta-dllla", "romfile", "rombar"))
for m in ["pc-i440fx-2.11", "pc-i440fx-2.12", "pc-i440fx-3.0", "pc-i440fx-7.2", "pc-q35-2.12", "pc-q35-7.2"]:
    r14("x86_64", "hda-" + m, "-M", m, "-audiodev", "none,id=a", "-device", "intel-hda,id=hda", "-device",
        "hda-duplex,audiodev=a,id=codec", "-device", "ich9-intel-hda,id=hda2", "-device", "hda-output,audiodev=a,bus=hda2.0,id=out",
        steps=qget("/machine/peripheral/codec", "use-timer", "mixer", "cad", "debug") + qget("/machine/peripheral/out", "use-timer") +
        qget("/machine/peripheral/hda", "msi", "old_msi_addr", "debug") + qget("/machine/peripheral/hda2", "msi", "old_msi_addr"))

# pcie-root-port on q35 versions: link speed and width (3.1), ACS, MSI-X migration (2.9)
for m in ["pc-q35-2.8", "pc-q35-2.9", "pc-q35-3.1", "pc-q35-4.0", "pc-q35-5.2", "pc-q35-6.0", "pc-q35-6.1", "pc-q35-7.2", "pc-q35-9.0"]:
    r14("x86_64", "rp-" + m, "-M", m, "-device", "pcie-root-port,id=rp1,chassis=1", "-device", "virtio-net-pci,bus=rp1,id=net1",
        steps=qget("/machine/peripheral/rp1", "x-speed", "x-width", "disable-acs", "x-migrate-msix", "hotplug", "x-native-hotplug",
                   "power_controller_present", "x-do-not-expose-native-hotplug-cap", "aer") +
        qget("/machine/peripheral/net1", "x-pcie-lnkctl-init", "x-pcie-flr-init", "disable-legacy", "disable-modern") +
        qget("/machine/q35/lpc", "acpi-pci-hotplug-with-bridge-support", "acpi-root-pci-hotplug", "smm-compat") + [PCI])

# device_add/device_del without a guest: ACPI (i440fx, q35 since 6.1) or native PCIe hotplug (q35 before 6.1)
for m in ["pc-i440fx-2.4", "pc-i440fx-7.2", "pc-q35-5.2", "pc-q35-6.0", "pc-q35-6.1", "pc-q35-7.2"]:
    rp = ["-device", "pcie-root-port,id=rp1,chassis=1,bus=pcie.0,addr=0x5"] if "q35" in m else []
    bus = ",bus=rp1" if "q35" in m else ""
    r14("x86_64", "hp-" + m, "-M", m, *rp, *NET0, steps=[
        qmp("device_add", driver="virtio-net-pci", netdev="n0", id="net1", **({"bus": "rp1"} if rp else {})),
        qmp("query-pci"), *hmp("device_del net1", "info pci"), qmp("device_del", id="net1"),
        *hmp("device_add e1000" + ("e" if rp else "") + ",id=e1" + bus, "device_add virtio-rng-pci,id=r1",
             "device_add usb-tablet,id=t1", "info pci"), qmp("device_del", id="r1"),
        *qget("/machine/peripheral/net1", "disable-legacy", "hotplugged")])
for m in ["pc-i440fx-2.6", "pc-i440fx-7.2", "pc-q35-7.2", "pseries-7.2"]:
    b = "ppc64" if m.startswith("pseries") else "x86_64"
    r14(b, "hp-usb-" + m, "-M", m, "-device", "qemu-xhci,id=xhci", steps=[
        *hmp("device_add usb-tablet,id=t1", "info usb"), *qget("/machine/peripheral/t1", "serial", "usb_version"),
        qmp("device_del", id="t1"), USB, *hmp("device_add usb-tablet,id=t1,serial=abc", "info usb")])
r14("ppc64", "hp-pseries-5.2", "-M", "pseries-5.2", *NET0, steps=[
    qmp("device_add", driver="virtio-net-pci", netdev="n0", id="net1"), qmp("query-pci"), qmp("device_del", id="net1"), PCI,
    *qget("/machine/peripheral/net1", "disable-legacy", "disable-modern", "x-pcie-lnkctl-init")])

# help and device-list-properties once a versioned machine exists (the monitor's) and before (the command line's)
for m in ["pc-i440fx-2.6", "pc-i440fx-7.2", "pseries-4.2"]:
    b = "ppc64" if m.startswith("pseries") else "x86_64"
    r14(b, "help-" + m, "-M", m, steps=hmp("device_add virtio-net-pci,help", "device_add virtio-rng-pci,help") +
        [qmp("device-list-properties", typename="virtio-blk-pci"), qmp("device-list-properties", typename="usb-tablet")])
r14("x86_64", "cmdhelp-pc-i440fx-2.6-vnet", "-M", "pc-i440fx-2.6", "-device", "virtio-net-pci,help")
r14("x86_64", "cmdhelp-pc-i440fx-3.1-tablet", "-M", "pc-i440fx-3.1", "-device", "usb-tablet,help")
r14("x86_64", "cmdhelp-pvpanic", "-device", "pvpanic,help")
r14("x86_64", "cmdhelp-vmcoreinfo", "-device", "vmcoreinfo,help")
r14("x86_64", "cmdhelp-i6300esb", "-device", "i6300esb,help")
r14("x86_64", "cmdhelp-intel-hda", "-device", "intel-hda,help")
r14("x86_64", "cmdhelp-virtconsole", "-device", "virtconsole,help")
r14("x86_64", "cmdhelp-virtio-rng-pci", "-device", "virtio-rng-pci,help")
r14("x86_64", "cmdhelp-usb-ehci", "-device", "usb-ehci,help")
r14("x86_64", "cmdhelp-secondary-vga", "-device", "secondary-vga,help")

# A compat property set again on the command line wins over the machine's
for m in ["pc-i440fx-2.6", "pc-i440fx-3.1"]:
    r14("x86_64", "override-" + m, "-M", m, "-device", "virtio-net-pci,id=n,disable-modern=off,disable-legacy=on",
        "-device", "qemu-xhci", "-device", "usb-tablet,id=t,serial=7", "-global", "VGA.edid=on", "-device", "VGA,id=v",
        steps=qget("/machine/peripheral/n", "disable-modern", "disable-legacy") + qget("/machine/peripheral/t", "serial") +
        qget("/machine/peripheral/v", "edid") + [PCI])
r14("x86_64", "global-virtio-pci-pc-7.2", "-M", "pc-i440fx-7.2", "-global", "virtio-pci.disable-modern=on", "-device",
    "virtio-net-pci,id=n", "-device", "virtio-blk-pci,drive=d0,id=b", *BLK,
    steps=qget("/machine/peripheral/n", "disable-modern", "disable-legacy") + qget("/machine/peripheral/b", "disable-modern") + [PCI])


# What the compat bits do to what `info pci`, query-pci and `info qtree`
# show of a set of common devices (BARs: modern virtio, MSI-X vectors,
# page-per-vq; PCIe capabilities on q35's root ports).
COMMON_SET = ["-smp", "2", *BLK, "-chardev", "null,id=c0", "-audiodev", "none,id=a", "-device", "virtio-net-pci,id=net0",
              "-device", "virtio-blk-pci,drive=d0,id=vd0", "-device", "virtio-scsi-pci,id=scsi0", "-device", "virtio-rng-pci,id=rng0",
              "-device", "virtio-serial-pci,id=vs0", "-device", "virtconsole,chardev=c0,id=con0", "-device", "qemu-xhci,id=xhci",
              "-device", "usb-tablet,id=tab", "-device", "e1000,id=nic0", "-device", "intel-hda,id=hda",
              "-device", "hda-duplex,audiodev=a,id=codec", "-device", "VGA,id=vga0", "-device", "i6300esb,id=wd",
              "-device", "pvpanic,id=pp"]
for m in ["pc-i440fx-" + v for v in ["2.4", "2.6", "2.7", "2.8", "2.11", "2.12", "3.1", "4.0", "4.2", "5.1", "5.2", "6.2", "7.2"]]:
    r14("x86_64", "set-" + m, "-M", m, *COMMON_SET, steps=[PCI, qmp("query-pci")])
for m in ["pc-i440fx-2.6", "pc-i440fx-3.1", "pc-i440fx-4.2", "pc-i440fx-7.2"]:
    r14("x86_64", "set-qtree-" + m, "-M", m, *COMMON_SET, steps=[QTREE])
RPS = ["-device", "pcie-root-port,id=rp1,chassis=1,addr=0x5", "-device", "pcie-root-port,id=rp2,chassis=2,addr=0x6",
       "-device", "pcie-root-port,id=rp3,chassis=3,addr=0x7"]
for m in ["pc-q35-" + v for v in ["2.6", "2.8", "2.9", "3.1", "4.0", "4.2", "5.2", "6.0", "7.2"]]:
    r14("x86_64", "set-rp-" + m, "-M", m, *RPS, *BLK, "-device", "virtio-net-pci,bus=rp1,id=net1",
        "-device", "virtio-blk-pci,drive=d0,bus=rp2,id=vd1", "-device", "e1000e,bus=rp3,id=nic1",
        "-device", "virtio-rng-pci,id=rng0", steps=[PCI, QTREE])
for m in ["pseries-" + v for v in ["3.0", "4.2", "5.1", "5.2", "7.2"]]:
    r14("ppc64", "set-" + m, "-M", m, "-smp", "2", *BLK, "-device", "virtio-net-pci,id=net0", "-device", "virtio-blk-pci,drive=d0,id=vd0",
        "-device", "virtio-scsi-pci,id=scsi0", "-device", "qemu-xhci,id=xhci", "-device", "usb-tablet,id=tab",
        "-device", "virtio-rng-pci,id=rng0", steps=[PCI, QTREE])


# Round 14's measurements (r14m-): around its fixes.
def r14m(binary, id, *args, **kw):
    corpus.case(binary, "r14m-" + id, *args, **kw)


for m in ["none", "microvm", "isapc", "pc-i440fx-2.5", "pc-q35-2.4,fw_cfg_dma=on"]:
    r14m("x86_64", "vmcoreinfo-" + m.split(",")[0], "-M", m, "-device", "vmcoreinfo", steps=[qmp("qom-list", path="/machine/peripheral-anon")])
r14m("x86_64", "vmcoreinfo-hotplug-2.4", "-M", "pc-i440fx-2.4", steps=[*hmp("device_add vmcoreinfo,id=v"),
     qmp("device_add", driver="vmcoreinfo", id="v2"), qmp("qom-list", path="/machine/peripheral")])
r14m("x86_64", "vmcoreinfo-twice-2.4", "-M", "pc-i440fx-2.4", "-device", "vmcoreinfo", "-device", "vmcoreinfo")
r14m("x86_64", "vmcoreinfo-global-dma", "-M", "pc-i440fx-2.4", "-global", "fw_cfg_io.dma_enabled=on", "-device", "vmcoreinfo",
     steps=[qmp("qom-list", path="/machine/peripheral-anon")])
for m in ["pc-q35-2.8", "pc-q35-2.9", "pc-i440fx-2.12"]:
    r14m("x86_64", "cirrus-" + m, "-M", m, "-device", "cirrus-vga,id=cv", steps=[QTREE, PCI])
r14m("x86_64", "cirrus-vga-2.11", "-M", "pc-i440fx-2.11", "-device", "VGA", "-device", "cirrus-vga")
r14m("x86_64", "cirrus-vga-2.12", "-M", "pc-i440fx-2.12", "-device", "VGA", "-device", "cirrus-vga", steps=[PCI])
r14m("x86_64", "cirrus-set-2.8", "-M", "pc-i440fx-2.8", "-device", "cirrus-vga,id=cv,vgamem_mb=16",
     steps=qget("/machine/peripheral/cv", "vgamem_mb") + [PCI])
r14m("x86_64", "xhci-set", "-M", "pc", "-device", "qemu-xhci,id=x,p2=15,p3=8,streams=off", "-device", "nec-usb-xhci,id=n",
     "-device", "usb-ehci,id=e", steps=qget("/machine/peripheral/x", "p2", "p3", "streams", "host") +
     qget("/machine/peripheral/n", "p2", "p3", "streams", "intrs", "slots", "msi", "msix") +
     qget("/machine/peripheral/e", "companion-enable", "maxframes", "attached") + [USB])
r14m("x86_64", "xhci-qmp", "-M", "q35", steps=[qmp("device_add", driver="qemu-xhci", id="x", p2=2, p3=0),
     *qget("/machine/peripheral/x", "p2", "p3", "streams"), qmp("device_add", driver="usb-kbd", id="k"),
     *qget("/machine/peripheral/k", "attached", "port"), USB])
r14m("x86_64", "usb-attached-uhci", "-M", "pc", "-device", "piix3-usb-uhci", "-device", "usb-tablet,id=t", "-device", "usb-hub,id=h",
     steps=qget("/machine/peripheral/t", "attached") + qget("/machine/peripheral/h", "attached", "port", "ports"))
r14m("ppc64", "xhci-set", "-M", "pseries", "-device", "qemu-xhci,id=x,p2=6", "-device", "usb-kbd,id=k",
     steps=qget("/machine/peripheral/x", "p2", "p3", "streams") + qget("/machine/peripheral/k", "attached"))


def write_images():
    for root in ["", CHROOT]:
        d = root + IMG
        os.makedirs(d, exist_ok=True)
        for n, (fmt, size) in FILES.items():
            path = os.path.join(d, n)
            if os.path.exists(path):
                os.remove(path)
            subprocess.run(["qemu-img", "create", "-q", "-f", fmt, path, str(size)], check=True)


# o4 (open-file pass o4): -device on -M none, which has the system bus
# alone (dv-x-r14m-vmcoreinfo-none): a device wanting a bus of another kind
# finds none; vmcoreinfo finds no fw_cfg.
for d in ["e1000", "usb-tablet", "virtio-rng-device", "scsi-hd", "isa-serial", "vmcoreinfo,id=v", "virtio-net-pci,id=n0,mac=52:54:00:12:34:56"]:
    x("o4-none-" + d.split(",")[0], "-M", "none", "-device", d)
x("o4-none-device-add", "-M", "none", steps=hmp("device_add e1000,id=n0", "device_add usb-tablet", "device_add vmcoreinfo"))
for d in ["spapr-vty", "virtio-net-pci", "usb-kbd"]:
    p("o4-none-" + d, "-M", "none", "-device", d)

if __name__ == "__main__":
    corpus.write()
    write_images()
