#!/usr/bin/env python3
"""Writes probe_errors_cases.jsonl: error paths as an outside tester finds
them (issue 8), the cases the earlier probes (probe_cmdline, probe_monitor,
own_monitor, machineopts, smp) do not already hold. Written from QEMU's
documentation and what learners paste, not from the engine:

- machine properties of pc, q35 and pseries given wrong, empty, repeated
  and unknown values (booleans, on/off/auto, sizes, enums, links);
- -cpu: bad features (+/- and key=value forms, unknown, ill-typed, on a
  model that has them), bad models, x86 and ppc64;
- -device of CPUs with ids, topology properties and node-id out of range
  or ill-typed, and of non-CPU devices with properties of every type
  (uint8/16/32 ranges, enums, MACs, PCI addresses, links to backends of
  the wrong kind), in keyval and JSON forms;
- -numa node/cpu/dist errors, -m maxmem/slots errors, -object property
  errors, -global and -accel errors, options missing their argument;
- the monitor: device_add/device_del of CPUs and non-CPU devices with bad
  arguments, qom-get/qom-set/qom-list on bad paths and properties, HMP
  commands with missing, extra and ill-typed arguments, QMP commands with
  missing, extra and ill-typed members.

Record with the real binaries, twice each, and keep what is identical:
    python3 testdata/oracle/gen_probe_errors_cases.py
    python3 ../shared/oracle/record.py testdata/oracle/probe_errors_cases.jsonl -o /tmp/pe1.jsonl -j 2   # and /tmp/pe2.jsonl
    python3 testdata/oracle/keep_identical.py /tmp/pe1.jsonl /tmp/pe2.jsonl testdata/oracle/probe_errors.jsonl
    (10.0: PATH=/work/oracle-env/qbin:$PATH, output under testdata/oracle/v10.0/)
Left out, as depending on the host or the run: host paths that exist,
sockets, taps, ptys, -enable-kvm, displays, automatic node and netdev
names (drives carry node-name=, NICs a -netdev)."""
import json

from casegen import Corpus, hmp, qmp

corpus = Corpus("probe_errors", "pe")
x, p = corpus.x, corpus.p


def j(**o):
    return json.dumps(o, separators=(",", ":"))


# ---------------------------------------------------- machine properties ----
for i, m in enumerate([
    "pc,hpet=maybe", "pc,hpet=off", "pc,vmport=sometimes", "pc,vmport=off", "pc,smm=x", "pc,smm=off",
    "pc,sata=on", "pc,pit=no", "pc,graphics=2", "pc,usb=yes", "pc,usb=on,usb=off", "pc,nvdimm=on",
    "pc,max-ram-below-4g=1X", "pc,max-ram-below-4g=8G", "pc,kernel-irqchip=on", "pc,kernel-irqchip=maybe",
    "pc,dump-guest-core=2", "pc,mem-merge=off", "pc,acpi=none", "pc,acpi=off", "pc,sgx-epc.0.memdev=nosuch",
    "pc,memory-backend=nosuch", "pc,nosuch=1", "pc,=1", "pc,hpet", "pc,,", "q35,smbus=off", "q35,sata=off",
    "q35,nosuch", "q35,i8042=off", "q35,default-bus-bypass-iommu=on", "q35,pflash0=nosuch", "q35,type=pc",
    "type=q35", "accel=tcg,type=pc", "q35,firmware=/nosuch.fd", "q35,confidential-guest-support=nosuch",
    "pc,x-oem-id=TOOLONGID", "pc,x-oem-table-id=TOOLONGTABLEID", "pc,bus-lock-ratelimit=x",
]):
    x("mach-%d" % i, "-machine", m, steps=hmp("info status"))
for i, m in enumerate([
    "pseries,ic-mode=dual", "pseries,ic-mode=", "pseries,cap-hpt-max-page-size=3", "pseries,cap-hpt-max-page-size=64k",
    "pseries,cap-large-decr=on", "pseries,cap-large-decr=maybe", "pseries,cap-nested-hv=on", "pseries,cap-fwnmi=off",
    "pseries,cap-ccf-assist=on", "pseries,cap-rpt-invalidate=on", "pseries,kvm-type=HV", "pseries,kvm-type=XX",
    "pseries,vsmt=8", "pseries,vsmt=3", "pseries,resize-hpt=required", "pseries,resize-hpt=sometimes",
    "pseries,max-cpu-compat=power11", "pseries,max-cpu-compat=", "pseries,rtas-base=x", "pseries,nosuch=1",
    "pseries,x-vof=on", "pseries,dump-guest-core=off", "pseries,graphics=off", "pseries,usb=on",
]):
    p("mach-%d" % i, "-machine", m, steps=hmp("info status"))

# ------------------------------------------------------------------ -cpu ----
for i, c in enumerate([
    "qemu64,+nosuch", "qemu64,-nosuch", "qemu64,nosuch=on", "qemu64,sse4.2=maybe", "qemu64,+sse4.2,-sse4.2",
    "qemu64,sse4_2=on", "qemu64,family=x", "qemu64,family=300", "qemu64,model=-1", "qemu64,stepping=16",
    "qemu64,level=x", "qemu64,xlevel=0x80000008", "qemu64,model-id=My CPU", "qemu64,vendor=GenuineAMD1",
    "qemu64,vendor=AuthenticAMD", "qemu64,hv-relaxed", "qemu64,hv_relaxed=on", "qemu64,pmu=on", "qemu64,check",
    "qemu64,enforce,+avx512f", "qemu64,phys-bits=x", "qemu64,phys-bits=99", "qemu64,host-phys-bits=on",
    "qemu64,tsc-frequency=abc", "qemu64,,+sse3", "qemu64,+", "qemu64,=on", "max,-x2apic", "max,migratable=off",
    "base", "base,+sse2", "qemu64-x86_64-cpu", "Skylake", "Cascadelake-Server-v9", "EPYC-Rome,-xsaves",
    "qemu64,apic-id=3", "qemu64,socket-id=1",
]):
    x("cpu-%d" % i, "-cpu", c, steps=hmp("info cpus"))
for i, c in enumerate([
    "POWER9,nosuch=on", "POWER9,+altivec", "POWER9_v2.0", "power9_v2.2", "POWER9-v2.2", "POWER11", "power5+",
    "POWER8,compat=power7", "POWER8,compat=power10", "POWER9,compat=x", "970", "host", "max",
]):
    p("cpu-%d" % i, "-cpu", c, steps=hmp("info cpus"))

# ---------------------------------------------------- -device: CPUs -----
XCPU = "qemu64-x86_64-cpu"
for i, d in enumerate([
    XCPU, XCPU + ",socket-id=1", XCPU + ",socket-id=1,core-id=0", XCPU + ",socket-id=9,core-id=0,thread-id=0",
    XCPU + ",socket-id=x,core-id=0,thread-id=0", XCPU + ",socket-id=-1,core-id=0,thread-id=0",
    XCPU + ",socket-id=1,core-id=1,thread-id=0", XCPU + ",socket-id=1,core-id=0,thread-id=0,node-id=3",
    XCPU + ",socket-id=1,core-id=0,thread-id=0,apic-id=7", XCPU + ",apic-id=1",
    XCPU + ",socket-id=1,core-id=0,thread-id=0,id=", XCPU + ",socket-id=1,core-id=0,thread-id=0,die-id=1",
    XCPU + ",socket-id=0,core-id=0,thread-id=0", "Haswell-x86_64-cpu,socket-id=1,core-id=0,thread-id=0",
    "max-x86_64-cpu,socket-id=1,core-id=0,thread-id=0,id=c1",
    j(driver=XCPU, **{"socket-id": "1", "core-id": 0, "thread-id": 0}),
    j(driver=XCPU, **{"socket-id": 1, "core-id": 0, "thread-id": 0, "id": 5}),
    j(driver=XCPU, **{"socket-id": 1, "core-id": 0, "thread-id": 0, "id": "c1"}),
]):
    x("devcpu-%d" % i, "-smp", "1,maxcpus=4", "-device", d, steps=hmp("info hotpluggable-cpus"))
PCORE = "power9_v2.0-spapr-cpu-core"
for i, d in enumerate([
    PCORE, PCORE + ",core-id=1", PCORE + ",core-id=8", PCORE + ",core-id=x", PCORE + ",core-id=0",
    PCORE + ",core-id=1,nr-threads=2", PCORE + ",core-id=1,node-id=2", "power8_v2.0-spapr-cpu-core,core-id=1",
    PCORE + ",core-id=1,id=", j(driver=PCORE, **{"core-id": "1"}),
]):
    p("devcpu-%d" % i, "-cpu", "POWER9", "-smp", "1,maxcpus=4", "-device", d, steps=hmp("info hotpluggable-cpus"))

# --------------------------------------------- -device: other properties ----
for i, d in enumerate([
    "e1000,mac=52:54:00:12:34", "e1000,mac=01:00:00:00:00:01", "e1000,mac=52-54-00-12-34-56", "e1000,addr=1f.8",
    "e1000,addr=0x20", "e1000,addr=-1", "e1000,addr=03.0,multifunction=on", "e1000,addr=03.1",
    "e1000,romfile=", "e1000,romfile=/nosuch.rom", "e1000,rombar=2", "e1000,bootindex=x", "e1000,bootindex=-2",
    "e1000,x-pcie-lnksta-dllla=on", "virtio-net-pci,vectors=x", "virtio-net-pci,vectors=-1",
    "virtio-net-pci,disable-legacy=maybe", "virtio-net-pci,disable-modern=on,disable-legacy=on",
    "virtio-net-pci,rx_queue_size=100", "virtio-net-pci,rx_queue_size=2048", "virtio-net-pci,tx=timer",
    "virtio-net-pci,tx=nosuch", "virtio-net-pci,speed=-5", "virtio-net-pci,duplex=half-ish", "virtio-net-pci,host_mtu=10",
    "virtio-blk-pci,drive=nosuch", "virtio-blk-pci,num-queues=0", "virtio-scsi-pci,num_queues=x",
    "virtio-scsi-pci,iothread=nosuch", "virtio-balloon-pci,deflate-on-oom=x", "virtio-rng-pci,max-bytes=0",
    "virtio-rng-pci,period=0", "usb-ehci,freq=x", "qemu-xhci,p2=20", "qemu-xhci,p2=0,p3=0", "nec-usb-xhci,msi=maybe",
    "isa-serial,iobase=0x3f8,irq=x", "isa-serial,index=9", "isa-serial,chardev=nosuch", "pvpanic,ioport=70000",
    "i6300esb,addr=0x1f", "VGA,vgamem_mb=1", "VGA,vgamem_mb=1024", "cirrus-vga,vgamem_mb=3", "bochs-display,vgamem=1",
    "pcie-root-port", "edu,dma_mask=x", "ivshmem-plain", "ivshmem-plain,memdev=nosuch", "nvme,serial=x",
    "ide-hd", "ide-cd,drive=nosuch", "e1000,netdev=nosuch", "e1000,id=a b", "e1000,id=1abc",
]):
    x("dev-%d" % i, "-device", d, steps=hmp("info pci"))
for i, d in enumerate([
    "pcie-root-port,chassis=1,slot=1,port=x", "pcie-root-port,id=rp,chassis=1", "ioh3420,chassis=300",
    "x3130-upstream", "pcie-pci-bridge", "e1000e,bus=pcie.0,addr=0x1f", "e1000e,bus=pcie.0,addr=0x2",
    "intel-iommu,aw-bits=40", "intel-iommu,caching-mode=on,device-iotlb=on", "ich9-ahci,addr=0x1f.2",
]):
    x("devq-%d" % i, "-M", "q35", "-device", d, steps=hmp("info pci"))
for i, d in enumerate([
    "spapr-vlan,reg=x", "spapr-vlan,reg=0x1", "spapr-vty", "spapr-vty,chardev=nosuch", "spapr-vscsi,reg=0x2000,id=v",
    "spapr-rng", "spapr-rng,use-kvm=on", "spapr-pci-host-bridge", "spapr-pci-host-bridge,index=1",
    "spapr-pci-host-bridge,index=x", "spapr-pci-host-bridge,index=300", "spapr-nvram", "e1000,bus=pci.0,addr=0x2",
    "virtio-net-pci,bus=pci.1", "isa-serial", "VGA,addr=0x1", "tpm-spapr",
]):
    p("dev-%d" % i, "-device", d, steps=hmp("info qtree"))

# ---------------------------------------------------- -numa, -m, -object ----
for i, a in enumerate([
    ["-numa", "node"], ["-numa", "node,nodeid=65"], ["-numa", "node,nodeid=0", "-numa", "node,nodeid=0"],
    ["-numa", "node,nodeid=1"], ["-numa", "node,cpus=0,cpus=1", "-smp", "2"], ["-numa", "node,cpus=x"],
    ["-numa", "node,mem=x"], ["-numa", "node,initiator=5"], ["-numa", "node", "-numa", "dist,src=0,dst=0,val=20"],
    ["-numa", "node", "-numa", "node", "-numa", "dist,src=0,dst=1,val=5"],
    ["-numa", "node", "-numa", "node", "-numa", "dist,src=0,dst=2,val=20"],
    ["-numa", "node", "-numa", "node", "-numa", "dist,src=0,dst=1"], ["-numa", "node", "-numa", "dist,src=0,val=20"],
    ["-numa", "node", "-numa", "cpu,node-id=0"], ["-numa", "node", "-numa", "cpu,socket-id=0"],
    ["-numa", "node", "-numa", "cpu,node-id=1,socket-id=0"], ["-numa", "node", "-numa", "cpu,node-id=0,socket-id=9"],
    ["-smp", "2", "-numa", "node,cpus=0", "-numa", "node,cpus=0"], ["-smp", "2", "-numa", "node,cpus=5"],
    ["-numa", "nosuch"], ["-numa", "node,nosuch=1"], ["-numa", "hmat-lb,initiator=0"],
    ["-numa", "node,memdev=m0", "-object", "memory-backend-ram,id=m0,size=128M", "-numa", "node,mem=128M"],
    ["-m", "1G,maxmem=512M"], ["-m", "1G,slots=2,maxmem=1G"], ["-m", "1G,slots=300,maxmem=4G"], ["-m", "1G,maxmem=4G"],
    ["-m", "size=1G,size=2G"], ["-m", "1G,nosuch=1"], ["-m", "slots=2"], ["-m", "1G,slots=x,maxmem=4G"],
    ["-m", "1G,slots=2,maxmem=4G", "-M", "q35"],
    ["-object", "memory-backend-ram,id=m,size=64M,policy=nosuch"], ["-object", "memory-backend-ram,id=m,size=64M,host-nodes=0"],
    ["-object", "memory-backend-ram,id=m,size=64M,prealloc-threads=0"], ["-object", "memory-backend-ram,id=m,size=64M,merge=x"],
    ["-object", "memory-backend-ram,id=m,size=0"], ["-object", "memory-backend-ram,size=64M,id="],
    ["-object", "rng-random,id=r,filename=/nosuch/rng", "-device", "virtio-rng-pci,rng=r"],
    ["-object", "rng-egd,id=r"], ["-object", "iothread,id=i,poll-max-ns=-1"], ["-object", "iothread,id=i,poll-grow=x"],
    ["-object", "throttle-group,id=t,x-bps-total=x"], ["-object", "secret,id=s"], ["-object", "secret,id=s,data=abc,format=nosuch"],
    ["-object", "tls-creds-anon,id=t,endpoint=middle"], ["-object", "cryptodev-backend-builtin,id=c,queues=0"],
    ["-object", "authz-simple,id=a"], ["-object", "can-bus,id=c"], ["-object", "nosuch-type,id=x"],
    ["-object", "device,id=x"], ["-object", "e1000,id=x"], ["-object", "memory-backend,id=x"],
    ["-object", j(**{"qom-type": "iothread", "id": "i", "poll-max-ns": "5"})],
    ["-object", j(**{"qom-type": "memory-backend-ram", "id": "m", "size": -5})],
    ["-object", j(**{"qom-type": "memory-backend-ram", "id": "m", "size": 67108864, "share": "yes"})],
]):
    x("nmo-%d" % i, *a, steps=hmp("info numa"))

# ------------------------------------------ -global, -accel, missing args ----
for i, a in enumerate([
    ["-global", "e1000.mac="], ["-global", "nosuch.prop=1"], ["-global", "e1000."], ["-global", ".prop=1"],
    ["-global", "driver=e1000,property=mac,value=52:54:00:00:00:01", "-device", "e1000"],
    ["-global", "driver=e1000,property=mac"], ["-global", "driver=e1000"], ["-global", "e1000.addr=0x40", "-device", "e1000"],
    ["-global", "qemu64-x86_64-cpu.nosuch=1"], ["-global", "qemu64-x86_64-cpu.family=x"],
    ["-global", "kvm-pit.lost_tick_policy=discard"], ["-global", "mc146818rtc.lost_tick_policy=nosuch"],
    ["-accel", "tcg,thread=double"], ["-accel", "tcg,tb-size=x"], ["-accel", "tcg,nosuch=1"], ["-accel", "tcg,split-wx=maybe"],
    ["-accel", "accel=tcg"], ["-accel", "qtest"], ["-accel", ""], ["-accel", "tcg", "-machine", "accel=tcg"],
    ["-accel", "tcg,one-insn-per-tb=on"], ["-machine", "accel=nosuch"],
    ["-smp"], ["-machine"], ["-numa"], ["-object"], ["-chardev"], ["-global"], ["-accel"], ["-boot"], ["-name"],
    ["-uuid"], ["-rtc"], ["-blockdev"], ["-nic"], ["-vga"], ["-serial"], ["-bios"], ["-kernel"], ["-append", "x"],
    ["-initrd", "/nosuch"], ["-append", "console=ttyS0"], ["-dtb", "/nosuch.dtb"], ["-L", "/nosuch", "-bios", "nosuch.bin"],
    ["-incoming"], ["-loadvm", "snap"], ["-cpu", "qemu64", "-cpu", "max"], ["-M", "pc", "-M", "q35"], ["-m", "1G", "-m", "2G"],
    ["-smp", "2", "-smp", "4"], ["-name", "a", "-name", "b"], ["-uuid", "00000000-0000-0000-0000-000000000001",
                                                               "-uuid", "00000000-0000-0000-0000-000000000002"],
    ["-icount", "shift=x"], ["-icount", "shift=auto,sleep=on"], ["-icount", "shift=3,align=on"], ["-d", "nosuch"],
    ["-D"], ["-trace", "nosuch_event_*"], ["-trace", "enable="], ["-S", "-S"], ["-no-reboot", "-no-shutdown"],
    ["-action", "reboot=nosuch"], ["-action", "panic=none,shutdown=pause"], ["-action", "nosuch=1"],
    ["-sandbox", "on"], ["-sandbox", "maybe"], ["-mem-prealloc", "-mem-path", "/nosuch/dir"], ["-nodefaults", "-nodefaults"],
    ["-compat", "deprecated-input=crash"], ["-compat", "nosuch=1"], ["-overcommit", "cpu-pm=on"], ["-msg", "nosuch=1"],
    ["-add-fd", "fd=x"], ["-fsdev", "local,id=f"], ["-virtfs", "local,mount_tag=x"],
    ["-watchdog", "i6300esb"], ["-watchdog-action", "pause", "-watchdog-action", "none"], ["-semihosting"],
    ["-pflash", "/nosuch.fd"], ["-mtdblock", "/nosuch.img"], ["-sd", "/nosuch.img"], ["-fda", "/nosuch.img"],
    ["-usb", "-usbdevice", "mouse"], ["-device", "usb-kbd", "-usb"], ["-smbios", "type=1,manufacturer=Lab"],
    ["-smbios", "type=99"], ["-smbios", "type=1,nosuch=x"], ["-smbios", "file=/nosuch.bin"], ["-acpitable", "file=/nosuch"],
    ["-fw_cfg", "name=opt/x,string=1"], ["-fw_cfg", "name=x,string=1"], ["-fw_cfg", "opt/y,string=2"],
    ["-fw_cfg", "name=opt/z"], ["-prom-env", "x=1"], ["-g", "800x600"], ["-full-screen"], ["-no-acpi"], ["-no-hpet"],
    ["-no-fd-bootchk"], ["-win2k-hack"], ["-singlestep"], ["-nographic", "-vga", "std"], ["-portrait"], ["-rotate", "90"],
]):
    x("opt-%d" % i, *a, steps=hmp("info status"))
for i, a in enumerate([
    ["-prom-env", "boot-command=boot"], ["-g", "800x600x8"], ["-no-acpi"], ["-no-hpet"], ["-M", "pseries,accel=tcg",
                                                                                         "-accel", "tcg"],
    ["-numa", "node", "-numa", "node", "-numa", "dist,src=0,dst=1,val=40"], ["-numa", "node,nodeid=5"],
    ["-m", "1G,slots=2,maxmem=2G"], ["-m", "1G,slots=64,maxmem=8G"], ["-m", "1G,maxmem=2G"],
    ["-smbios", "type=1,manufacturer=Lab"], ["-global", "spapr-vlan.mac=x", "-device", "spapr-vlan,netdev=n",
                                             "-netdev", "user,id=n"],
]):
    p("opt-%d" % i, *a, steps=hmp("info status"))

# ------------------------------------------------------------- monitor ----
MX = ["-M", "q35", "-smp", "1,maxcpus=4", "-netdev", "user,id=n0", "-device", "pcie-root-port,id=rp1,chassis=1",
      "-device", "virtio-net-pci,netdev=n0,id=nic0,bus=rp1", "-object", "iothread,id=io0"]
MP = ["-M", "pseries", "-smp", "1,maxcpus=4", "-netdev", "user,id=n0", "-device", "spapr-vlan,netdev=n0,id=vlan0"]
for i, cmds in enumerate([
    ["device_add", "device_add ,", "device_add driver=", "device_add id=x"],
    ["device_add " + XCPU + ",socket-id=1", "device_add " + XCPU + ",core-id=0,thread-id=0",
     "device_add " + XCPU + ",socket-id=4,core-id=0,thread-id=0"],
    ["device_add " + XCPU + ",socket-id=1,core-id=0,thread-id=0,id=nic0",
     "device_add " + XCPU + ",socket-id=1,core-id=0,thread-id=0,id=c1",
     "device_add " + XCPU + ",socket-id=1,core-id=0,thread-id=0,id=c2", "device_del c1", "device_del c1"],
    ["device_add " + XCPU + ",socket-id=one,core-id=0,thread-id=0", "device_add " + XCPU + ",socket-id=1,core-id=0,thread-id=0,nosuch=1",
     "device_add " + XCPU + ",socket-id=1,core-id=0,thread-id=0,family=x"],
    ["device_add Haswell-x86_64-cpu,socket-id=1,core-id=0,thread-id=0", "device_add max-x86_64-cpu,socket-id=2,core-id=0,thread-id=0",
     "info cpus"],
    ["device_del", "device_del nic0 extra", "device_del /machine/peripheral/nic0", "device_del rp1", "device_del io0"],
    ["device_del /machine/unattached/device[0]", "device_del pcie.0", "device_del /machine/q35", "device_del n0"],
    ["device_add virtio-net-pci,netdev=n0", "device_add virtio-net-pci,bus=rp1", "device_add virtio-net-pci,bus=rp1,addr=0x1",
     "device_add e1000e,bus=pcie.0,addr=0x1f.7"],
    ["device_add virtio-blk-pci", "device_add virtio-blk-pci,drive=nosuch", "device_add scsi-hd", "device_add usb-kbd",
     "device_add isa-serial", "device_add VGA"],
    ["device_add virtio-net-pci,help", "device_add help"],
    ["device_add e1000,mac=zz", "device_add e1000,addr=0x40", "device_add e1000,romfile=/nosuch.rom", "device_add e1000,bootindex=x"],
    ["qom-get", "qom-get /machine", "qom-get /machine nosuch", "qom-get /nosuch type", "qom-get /machine type extra"],
    ["qom-set", "qom-set /machine", "qom-set /machine type", "qom-set /machine type x", "qom-set /machine/peripheral/nic0 mac x"],
    ["qom-list /nosuch", "qom-list", "qom-list /machine/peripheral/nic0", "qom-list machine", "qom-list /machine/peripheral extra"],
    ["qom-get /machine/peripheral/nic0 mac", "qom-get /machine/peripheral/nic0 realized", "qom-set /machine/peripheral/nic0 realized false",
     "qom-get /objects/io0 poll-max-ns", "qom-set /objects/io0 poll-max-ns x"],
    ["qom-get /machine/unattached/device[0] apic-id", "qom-get /machine/unattached/device[0] socket-id",
     "qom-set /machine/unattached/device[0] socket-id 3", "qom-get /machine smp", "qom-get /machine/unattached/device[99] type"],
    ["cpu", "cpu x", "cpu -1", "cpu 1 2", "cpu 0"],
    ["x", "x 0", "x /z 0", "x /4 nosuch", "xp /0x 0"],
    ["memsave", "memsave 0", "memsave 0 16", "pmemsave 0 x /dev/null", "p", "p $nosuch", "p 1/0"],
    ["i", "i 0x60 extra", "o", "o /b 0x80", "o /w 0x80 x", "i /q 0x60"],
    ["boot_set", "sendkey", "sendkey nosuch", "sendkey ctrl-alt-nosuch", "sendkey a 0", "mouse_move", "mouse_button x"],
    ["stop x", "cont x", "system_reset now", "system_powerdown x", "nmi 5", "info", "info nosuch extra"],
    ["netdev_add", "netdev_add user", "netdev_add user,id=n0", "netdev_add user,id=n9,hostfwd=tcp::x-:22", "netdev_del",
     "netdev_del nosuch", "netdev_del n0"],
    ["chardev-add", "chardev-add null", "chardev-add nosuch,id=c", "chardev-add socket,id=c", "chardev-remove",
     "chardev-remove nosuch", "chardev-change c0 null"],
    ["object_add", "object_add iothread", "object_add iothread,id=io0", "object_add iothread,id=io1,poll-max-ns=x",
     "object_del", "object_del nosuch", "object_del io0"],
    ["drive_add", "drive_add 0", "drive_add 0 if=none", "drive_add x if=none,id=d1,driver=null-co", "drive_del",
     "drive_del nosuch"],
    ["migrate_set_parameter", "migrate_set_parameter nosuch 1", "migrate_set_parameter downtime-limit x",
     "migrate_set_capability", "migrate_set_capability nosuch on", "migrate_set_capability xbzrle maybe"],
    ["trace-event", "trace-event nosuch on", "trace-event cpuhp* maybe", "log", "log nosuch", "watchdog_action", "watchdog_action explode"],
    ["help nosuch", "help info nosuch", "help device_add extra", "? info cpus"],
    ["balloon", "balloon 100", "balloon x", "set_link", "set_link n0 maybe", "set_link nosuch on", "set_link n0 off", "info network"],
    ["screendump", "block_resize", "block_resize nosuch 1G", "eject", "eject nosuch", "change nosuch x", "block_set_io_throttle"],
]):
    x("mon-%d" % i, *MX, steps=hmp(*cmds))
for i, cmds in enumerate([
    ["device_add " + PCORE, "device_add " + PCORE + ",core-id=3", "device_add " + PCORE + ",core-id=4",
     "device_add " + PCORE + ",core-id=1,id=vlan0", "device_add power8_v2.0-spapr-cpu-core,core-id=1"],
    ["device_add " + PCORE + ",core-id=1,id=c1", "device_add " + PCORE + ",core-id=1,id=c2", "device_del c1", "device_del c1",
     "info hotpluggable-cpus"],
    ["device_add spapr-vlan", "device_add spapr-vlan,netdev=n0", "device_add spapr-vty", "device_add spapr-vscsi,reg=x",
     "device_del vlan0", "device_del nosuch"],
    ["device_add e1000,addr=0x2", "device_add e1000,addr=0x2", "device_add virtio-net-pci,bus=pci.1", "info pci"],
    ["qom-get /machine ic-mode", "qom-set /machine ic-mode xics", "qom-get /machine nosuch", "qom-list /machine/peripheral",
     "qom-get /machine/peripheral/vlan0 reg"],
    ["cpu 3", "cpu x", "x /4x 0x100", "info registers -a extra", "boot_set z"],
]):
    p("mon-%d" % i, *MP, steps=hmp(*cmds))

# QMP: missing, extra and ill-typed members of the commands a learner sends.
QX = [
    qmp("device_add"), qmp("device_add", id="x"), qmp("device_add", driver=5), qmp("device_add", driver=XCPU),
    qmp("device_add", driver=XCPU, **{"socket-id": "1", "core-id": 0, "thread-id": 0}),
    qmp("device_add", driver=XCPU, **{"socket-id": 1, "core-id": 0, "thread-id": 0, "nosuch": 1}),
    qmp("device_add", driver=XCPU, **{"socket-id": 1, "core-id": 0, "thread-id": 0, "id": ["a"]}),
    qmp("device_add", driver="e1000", addr=5), qmp("device_add", driver="e1000", mac=1),
    qmp("device_add", driver="virtio-net-pci", netdev="n0", bus="rp1", id="nic9"),
    qmp("device_del"), qmp("device_del", id=5), qmp("device_del", id="nosuch"), qmp("device_del", id="rp1", extra=1),
    qmp("qom-get"), qmp("qom-get", path="/machine"), qmp("qom-get", path="/machine", property=5),
    qmp("qom-get", path="/nosuch", property="type"), qmp("qom-set", path="/machine", property="type", value="x"),
    qmp("qom-set", path="/objects/io0", property="poll-max-ns", value="x"), qmp("qom-set", path="/objects/io0", property="poll-max-ns"),
    qmp("qom-list"), qmp("qom-list", path=5), qmp("qom-list", path="/nosuch"),
    qmp("qom-list-properties", typename="nosuch"), qmp("qom-list-properties"), qmp("device-list-properties", typename="nosuch"),
    qmp("device-list-properties", typename="iothread"), qmp("device-list-properties", typename="device"),
    qmp("device-list-properties"), qmp("object-add"), qmp("object-add", **{"qom-type": "nosuch", "id": "x"}),
    qmp("object-add", **{"qom-type": "iothread"}), qmp("object-add", **{"qom-type": "iothread", "id": "io0"}),
    qmp("object-add", **{"qom-type": "iothread", "id": "io1", "poll-max-ns": "x"}),
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m"}), qmp("object-del"), qmp("object-del", id="nosuch"),
    qmp("netdev_add"), qmp("netdev_add", type="user"), qmp("netdev_add", type="nosuch", id="x"), qmp("netdev_add", type="user", id="n0"),
    qmp("netdev_del", id="n0"), qmp("chardev-add", id="c"), qmp("chardev-add", id="c", backend={"type": "nosuch"}),
    qmp("chardev-add", id="c", backend={"type": "null"}), qmp("chardev-add", id="c", backend={"type": "null", "data": {}}),
    qmp("chardev-remove"), qmp("cont", x=1), qmp("stop", x=1), qmp("system_reset", x=1),
    qmp("query-cpus-fast", x=1), qmp("query-hotpluggable-cpus", x=1), qmp("query-cpu-model-expansion"),
    qmp("query-cpu-model-expansion", type="full"), qmp("query-cpu-model-expansion", type="nosuch", model={"name": "qemu64"}),
    qmp("query-cpu-model-expansion", type="full", model={"name": "nosuch"}),
    qmp("query-cpu-model-expansion", type="full", model={"name": "qemu64", "props": {"nosuch": True}}),
    qmp("query-cpu-model-comparison", modela={"name": "qemu64"}, modelb={"name": "max"}),
    qmp("query-cpu-model-baseline", modela={"name": "qemu64"}, modelb={"name": "max"}),
    qmp("human-monitor-command"), qmp("human-monitor-command", **{"command-line": 5}),
    qmp("human-monitor-command", **{"command-line": "info cpus", "cpu-index": 9}),
    qmp("human-monitor-command", **{"command-line": "nosuch"}), qmp("qmp_capabilities"),
    qmp("qmp_capabilities", enable=["oob"]), qmp("qmp_capabilities", enable=["nosuch"]),
    qmp("query-command-line-options", option="nosuch"), qmp("query-command-line-options", option="smp"),
    qmp("query-machines", compat=True), qmp("query-machines", compat="yes"), qmp("qom-list-types", implements="nosuch"),
    qmp("qom-list-types", implements="cpu", abstract=True), qmp("migrate-set-parameters", **{"downtime-limit": -1}),
    qmp("set_link", name="n0", up="off"), qmp("set_link", name="nosuch", up=False), qmp("set_link", name="n0", up=False),
    qmp("balloon", value=1), qmp("inject-nmi"), qmp("screendump", filename="/tmp/pe-nosuch.ppm"),
    qmp("query-status", **{"x": {"y": 1}}), qmp("query-name", id=1),
    qmp("trace-event-get-state", name="nosuch*"), qmp("trace-event-set-state", name="nosuch", enable=True),
    qmp("trace-event-set-state", name="cpuhp_*"), qmp("x-query-ramblock"), qmp("query-memory-devices", x=1),
    qmp("query-acpi-ospm-status"), qmp("query-iothreads"), qmp("blockdev-add", driver="null-co"),
    qmp("blockdev-add", driver="null-co", **{"node-name": "b0"}), qmp("blockdev-del", **{"node-name": "nosuch"}),
    qmp("getfd", fdname="x"), qmp("closefd", fdname="nosuch"), qmp("add-fd"), qmp("query-fdsets"),
]
for i in range(0, len(QX), 4):
    x("qmp-%d" % (i // 4), *MX, steps=QX[i:i + 4])
QP = [
    qmp("device_add", driver=PCORE), qmp("device_add", driver=PCORE, **{"core-id": "1"}),
    qmp("device_add", driver=PCORE, **{"core-id": 1, "id": "c1"}), qmp("device_add", driver=PCORE, **{"core-id": 1, "id": "c1"}),
    qmp("device_add", driver=PCORE, **{"core-id": 2, "nr-threads": 2}), qmp("device_del", id="c1"),
    qmp("query-cpu-model-expansion", type="full", model={"name": "POWER9"}), qmp("query-cpu-definitions", x=1),
    qmp("qom-get", path="/machine", property="ic-mode"), qmp("qom-set", path="/machine", property="ic-mode", value="xics"),
    qmp("qom-get", path="/machine/peripheral/vlan0", property="reg"), qmp("device_del", id="vlan0"),
]
for i in range(0, len(QP), 4):
    p("qmp-%d" % (i // 4), *MP, steps=QP[i:i + 4])

# ---------------------------------------------------------------- round 2 ----
# Backends and buses: -drive/-blockdev/-netdev/-chardev/-nic/-serial/-boot/
# -rtc values, USB/SCSI/IDE/PCI placement out of range, the monitor's block,
# char and net commands given wrong arguments.
for i, a in enumerate([
    ["-drive", "if=none,id=d0,driver=null-co,size=x"], ["-drive", "if=none,id=d0,driver=null-co,read-only=maybe"],
    ["-drive", "if=none,id=d0,driver=null-co,aio=fast"], ["-drive", "if=none,id=d0,driver=null-co,discard=maybe"],
    ["-drive", "if=none,id=d0,driver=null-co,detect-zeroes=maybe"], ["-drive", "if=none,id=d0,driver=null-co,werror=explode"],
    ["-drive", "if=none,id=d0,driver=null-co,rerror=enospc"], ["-drive", "if=none,id=d0,driver=null-co,serial=abc"],
    ["-drive", "if=ide,index=9,driver=null-co"], ["-drive", "if=ide,bus=3,unit=0,driver=null-co"],
    ["-drive", "if=ide,bus=0,unit=2,driver=null-co"], ["-drive", "if=ide,unit=1,index=1,driver=null-co"],
    ["-drive", "if=scsi,driver=null-co"], ["-drive", "if=floppy,index=2,driver=null-co"], ["-drive", "if=virtio,bus=1,driver=null-co"],
    ["-drive", "if=none,driver=null-co"], ["-drive", "if=none,id=d0,driver=null-co,node-name=d0"],
    ["-drive", "if=none,id=d0,driver=null-co,bps=-1"], ["-drive", "if=none,id=d0,driver=null-co,iops=x"],
    ["-drive", "if=none,id=d0,driver=null-co,throttling.bps-total=100,bps=100"],
    ["-blockdev", "driver=null-co"], ["-blockdev", "driver=null-co,node-name=n,size=-1"], ["-blockdev", "driver=nosuch,node-name=n"],
    ["-blockdev", "driver=raw,node-name=n"], ["-blockdev", "driver=raw,node-name=n,file=nosuch"],
    ["-blockdev", "driver=null-co,node-name=n", "-blockdev", "driver=null-co,node-name=n"],
    ["-blockdev", "driver=null-co,node-name=1n"], ["-blockdev", "driver=null-co,node-name=n,read-only=maybe"],
    ["-blockdev", "driver=null-co,node-name=n,cache.direct=maybe"], ["-blockdev", "driver=file,node-name=f"],
    ["-netdev", "user,id=n0,restrict=maybe"], ["-netdev", "user,id=n0,ipv6=off,ipv4=off"], ["-netdev", "user,id=n0,dhcpstart=10.0.3.15"],
    ["-netdev", "user,id=n0,net=10.0.2.0/24,host=10.0.3.2"], ["-netdev", "user,id=n0,dns=1.2.3.4"],
    ["-netdev", "user,id=n0,hostname=a,,b"],
    ["-netdev", "user,id=n0,tftp=/nosuch,bootfile=pxelinux.0"], ["-netdev", "socket,id=n0"],
    ["-netdev", "hubport,id=h0"], ["-netdev", "hubport,id=h0,hubid=0"],
    ["-nic", "user,model=e1000,mac=52:54:00:12:34:56,id=n1"], ["-nic", "user,mac=zz"], ["-nic", "nosuch"], ["-nic", "user,nosuch=1"],
    ["-net", "nic,model=e1000", "-net", "nic,model=e1000"], ["-net", "user,id=u"], ["-net", "nic,netdev=nosuch"],
    ["-chardev", "null,id=c0,logfile=/nosuch/dir/x.log"], ["-chardev", "file,id=c0"], ["-chardev", "file,id=c0,path=/nosuch/dir/x"],
    ["-chardev", "ringbuf,id=c0,size=x"], ["-chardev", "socket,id=c0,host=127.0.0.1"],
    ["-chardev", "null,id=c0,mux=on"], ["-chardev", "null,id=c0,mux=maybe"],
    ["-serial", "file:/nosuch/dir/out"], ["-serial", "udp:"], ["-serial", "tcp:"], ["-serial", "unix:"],
    ["-parallel", "null", "-parallel", "null", "-parallel", "null", "-parallel", "null"], ["-parallel", "nosuch:x"],
    ["-boot", "order=cdn,once=x"], ["-boot", "reboot-timeout=x"], ["-boot", "reboot-timeout=70000"], ["-boot", "splash=/nosuch.bmp"],
    ["-boot", "order=cc"], ["-boot", "strict=maybe"], ["-rtc", "base=2006-06-17T16:01"], ["-rtc", "base=utc,base=localtime"],
    ["-vga", "std", "-vga", "none", "-vga", "cirrus"],
    ["-name", "guest=a,debug-threads=maybe"], ["-name", "process=x"], ["-uuid", "6c1f8e2a-3b4d-4e5f-9a0b-1c2d3e4f5a6g"],
    ["-k", "en-us", "-k", "fr"], ["-watchdog-action", "inject-nmi"], ["-overcommit", "nosuch=1"],
]):
    x("r2-opt-%d" % i, *a, steps=hmp("info block"))
USB = ["-device", "qemu-xhci,id=xhci"]
for i, a in enumerate([
    USB + ["-device", "usb-tablet,bus=xhci.0,port=0"], USB + ["-device", "usb-tablet,bus=xhci.0,port=5"],
    USB + ["-device", "usb-tablet,bus=xhci.0,port=1", "-device", "usb-kbd,bus=xhci.0,port=1"],
    USB + ["-device", "usb-tablet,bus=xhci.1"], USB + ["-device", "usb-hub,id=hub", "-device", "usb-kbd,bus=xhci.0,port=1.9"],
    ["-device", "piix3-usb-uhci,id=u", "-device", "usb-tablet,bus=u.0,port=3"], ["-device", "usb-ehci,id=e", "-device", "usb-kbd,bus=e.0,port=7"],
    ["-device", "usb-ehci,id=e", "-device", "usb-storage"], ["-device", "qemu-xhci,p2=4,p3=4,id=x", "-device", "usb-tablet,port=9,bus=x.0"],
    ["-device", "virtio-scsi-pci,id=s"] + ["-blockdev", "null-co,node-name=n", "-device", "scsi-hd,drive=n,bus=s.0,scsi-id=300"],
    ["-device", "virtio-scsi-pci,id=s", "-blockdev", "null-co,node-name=n", "-device", "scsi-hd,drive=n,bus=s.0,lun=20000"],
    ["-device", "virtio-scsi-pci,id=s", "-blockdev", "null-co,node-name=a", "-blockdev", "null-co,node-name=b",
     "-device", "scsi-hd,drive=a,bus=s.0,scsi-id=1,lun=0", "-device", "scsi-hd,drive=b,bus=s.0,scsi-id=1,lun=0"],
    ["-device", "lsi53c895a,id=l", "-blockdev", "null-co,node-name=n", "-device", "scsi-hd,drive=n,bus=l.0,scsi-id=7"],
    ["-device", "lsi53c895a,id=l", "-blockdev", "null-co,node-name=n", "-device", "scsi-hd,drive=n,bus=l.0,scsi-id=9"],
    ["-device", "virtio-scsi-pci,id=s,num_queues=0"], ["-device", "virtio-scsi-pci,id=s,virtqueue_size=2"],
    ["-blockdev", "null-co,node-name=n", "-device", "ide-hd,drive=n,bus=ide.0,unit=2"],
    ["-blockdev", "null-co,node-name=n", "-device", "ide-hd,drive=n,unit=1,bus=ide.1", "-device", "ide-cd,bus=ide.1,unit=1"],
    ["-blockdev", "null-co,node-name=n", "-device", "ide-hd,drive=n,physical_block_size=1000"],
    ["-blockdev", "null-co,node-name=n", "-device", "virtio-blk-pci,drive=n,logical_block_size=4096,physical_block_size=512"],
    ["-blockdev", "null-co,node-name=n", "-device", "virtio-blk-pci,drive=n,queue-size=3"],
    ["-blockdev", "null-co,node-name=n", "-device", "virtio-blk-pci,drive=n,num-queues=2000"],
    ["-blockdev", "null-co,node-name=n", "-device", "virtio-blk-pci,drive=n,serial=01234567890123456789012"],
    ["-device", "pci-bridge,id=b,chassis_nr=0"], ["-device", "pci-bridge,id=b,chassis_nr=1", "-device", "pci-bridge,id=c,chassis_nr=1"],
    ["-device", "pci-bridge,id=b,chassis_nr=1", "-device", "e1000,bus=b,addr=0x20"],
    ["-device", "e1000,addr=4.0,multifunction=off", "-device", "e1000,addr=4.1"],
    ["-device", "e1000,addr=4.1", "-device", "e1000,addr=4.0,multifunction=on"],
    ["-device", "virtio-serial-pci,id=v", "-chardev", "null,id=c", "-device", "virtserialport,chardev=c,nr=0"],
    ["-device", "virtio-serial-pci,id=v", "-chardev", "null,id=c", "-device", "virtconsole,chardev=c,nr=40"],
    ["-device", "virtio-serial-pci,id=v", "-chardev", "null,id=c", "-chardev", "null,id=d",
     "-device", "virtserialport,chardev=c,name=a", "-device", "virtserialport,chardev=d,name=a"],
    ["-device", "virtserialport"], ["-device", "isa-serial,iobase=0x3f8", "-device", "isa-serial,iobase=0x3f8"],
    ["-device", "isa-parallel", "-device", "isa-parallel", "-device", "isa-parallel", "-device", "isa-parallel"],
    ["-device", "isa-debugcon,iobase=0x402"], ["-device", "pvpanic,ioport=0x505", "-device", "pvpanic"],
    ["-device", "e1000,id=n", "-device", "rtl8139,id=N"], ["-device", "e1000,id=n.1"], ["-device", "e1000,id=" + "a" * 300],
]):
    x("r2-bus-%d" % i, *a, steps=hmp("info qtree"))
for i, a in enumerate([
    ["-M", "q35", "-device", "pcie-root-port,id=rp,chassis=1", "-device", "pcie-root-port,id=rp2,chassis=1"],
    ["-M", "q35", "-device", "pcie-root-port,id=rp,chassis=1,slot=0", "-device", "e1000e,bus=rp,addr=0x1"],
    ["-M", "q35", "-device", "pcie-root-port,id=rp,chassis=1", "-device", "e1000e,bus=rp", "-device", "e1000e,bus=rp"],
    ["-M", "q35", "-device", "pcie-root-port,id=rp,chassis=1", "-device", "pci-bridge,id=b,bus=rp,chassis_nr=2"],
    ["-M", "q35", "-device", "pcie-pci-bridge,id=pb"], ["-M", "q35", "-device", "ioh3420,id=rp,chassis=1", "-device", "x3130-upstream,id=up,bus=rp",
                                                           "-device", "xio3130-downstream,id=dn,bus=up,chassis=2,slot=0"],
    ["-M", "q35", "-device", "pcie-root-port,id=rp,chassis=1,bus=pcie.0,addr=0x1f"],
    ["-M", "q35", "-device", "pcie-root-port,id=rp,multifunction=on,chassis=1,addr=0x2",
     "-device", "pcie-root-port,id=rp2,chassis=2,addr=0x2.0x8"],
    ["-M", "q35", "-device", "ich9-ahci,id=ahci", "-blockdev", "null-co,node-name=n", "-device", "ide-hd,drive=n,bus=ahci.6"],
    ["-M", "q35", "-device", "e1000,bus=pcie.1"], ["-M", "q35", "-device", "intel-iommu", "-device", "intel-iommu"],
    ["-M", "q35", "-device", "virtio-iommu-pci", "-device", "intel-iommu"], ["-M", "q35,kernel-irqchip=off", "-device", "intel-iommu,intremap=on"],
]):
    x("r2-q35-%d" % i, *a, steps=hmp("info pci"))
M2 = ["-M", "q35", "-netdev", "user,id=n0", "-chardev", "null,id=c0", "-drive", "if=none,id=d0,driver=null-co,node-name=nd0",
      "-device", "virtio-scsi-pci,id=scsi0", "-device", "qemu-xhci,id=xhci"]
for i, cmds in enumerate([
    ["drive_add", "drive_add 0 if=none,id=d0,driver=null-co", "drive_add 0 if=none,id=d9,driver=null-co,node-name=nd0",
     "drive_add 0 if=scsi,driver=null-co", "drive_add 0 if=none,id=x,driver=nosuch"],
    ["drive_del d0", "drive_del d0", "info block"],
    ["device_add scsi-hd,drive=d0,bus=scsi0.0,scsi-id=300", "device_add scsi-hd,drive=d0,bus=scsi0.0", "device_add scsi-hd,drive=d0,bus=scsi0.0",
     "device_add scsi-cd,bus=scsi0.0,drive=nosuch"],
    ["device_add usb-tablet,bus=xhci.0,port=99", "device_add usb-tablet,bus=nosuch.0", "device_add usb-storage,drive=d0",
     "device_add usb-storage,drive=d0,id=st"],
    ["device_add virtio-net-pci,netdev=n0,mac=01:02:03:04:05:06", "device_add virtio-net-pci,netdev=n0,id=a",
     "device_add virtio-net-pci,netdev=n0,id=b"],
    ["device_add virtserialport,chardev=c0", "device_add virtio-serial-pci,id=vs", "device_add virtconsole,chardev=c0,bus=vs.0",
     "device_add virtconsole,chardev=c0,bus=vs.0"],
    ["netdev_del n0", "netdev_add user,id=n0,hostfwd=tcp::x-:1", "netdev_add user,id=n1,ipv4=off,ipv6=off", "info network"],
    ["chardev-add ringbuf,id=r,size=3", "chardev-add ringbuf,id=r,size=1024", "ringbuf_write r hello", "ringbuf_read r 3",
     "ringbuf_read r x", "ringbuf_read nosuch 3", "ringbuf_write c0 x"],
    ["chardev-change c0 null", "chardev-change nosuch null", "chardev-remove c0", "chardev-remove c0"],
    ["block_resize d0 1G", "block_resize nd0 x", "eject d0", "eject -f d0", "change d0 /nosuch.img", "block_passwd d0 x"],
    ["info block d0", "info block nosuch", "info block -v nd0", "info blockstats x", "info chardev x", "info network x"],
    ["set_link", "set_link n0", "set_link n0 on extra", "set_link n0 off", "info network"],
    ["object_add memory-backend-ram,id=m,size=64M,policy=nosuch", "object_add memory-backend-ram,id=m,size=64M,merge=x",
     "object_add memory-backend-ram,id=m,size=0", "object_add memory-backend-ram,id=1m,size=1M", "info memdev"],
    ["object_add rng-random,id=r,filename=/nosuch", "object_add secret,id=s", "object_add iothread,id=i,poll-max-ns=-1",
     "object_add iothread,id=i2,poll-grow=x", "info iothreads"],
]):
    x("r2-mon-%d" % i, *M2, steps=hmp(*cmds))
QX2 = [
    qmp("blockdev-add", driver="null-co", **{"node-name": "nd0"}), qmp("blockdev-add", driver="nosuch", **{"node-name": "x"}),
    qmp("blockdev-add", driver="raw", **{"node-name": "r", "file": "nosuch"}), qmp("blockdev-del", **{"node-name": "nd0"}),
    qmp("device_add", driver="scsi-hd", drive="nd0", bus="scsi0.0"), qmp("device_add", driver="usb-tablet", bus="xhci.0", port=1),
    qmp("device_add", driver="usb-tablet", bus="xhci.0", port="1"), qmp("device_add", driver="virtio-net-pci", netdev=5),
    qmp("netdev_add", type="user", id="n9", hostfwd="tcp::1-:2"), qmp("netdev_add", type="user", id="n9", hostfwd=[{"str": "tcp::x-:2"}]),
    qmp("netdev_add", type="user", id="n8", restrict="yes"), qmp("netdev_del", id="nosuch"),
    qmp("chardev-add", id="c1", backend={"type": "ringbuf", "data": {"size": 3}}),
    qmp("chardev-add", id="c1", backend={"type": "ringbuf", "data": {"size": 1024}}),
    qmp("ringbuf-write", device="c1", data="hello"), qmp("ringbuf-read", device="c1", size=3),
    qmp("ringbuf-read", device="c1", size=3, format="base64"), qmp("ringbuf-read", device="c0", size=3),
    qmp("chardev-remove", id="c1"), qmp("chardev-change", id="c0", backend={"type": "null"}),
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m", "size": 0}),
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m", "size": 67108864, "policy": "nosuch"}),
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m2", "size": 67108864, "host-nodes": [0]}),
    qmp("object-add", **{"qom-type": "secret", "id": "s"}), qmp("object-add", **{"qom-type": "iothread", "id": "1i"}),
    qmp("query-block", x=1), qmp("query-named-block-nodes", flat="yes"), qmp("query-chardev-backends"),
    qmp("query-rx-filter", name="nosuch"), qmp("set_link", name="n0"), qmp("eject", device="nosuch"),
    qmp("block_resize", **{"node-name": "nd0", "size": 1024}),
]
for i in range(0, len(QX2), 4):
    x("r2-qmp-%d" % (i // 4), *M2, steps=QX2[i:i + 4])
x("r2-eject", "-drive", "if=none,id=d0,driver=null-co,node-name=n0", "-device", "virtio-blk-pci,drive=d0",
  "-drive", "if=none,id=d1,driver=null-co,node-name=n1",
  steps=hmp("eject d0") + [qmp("eject", device="d0")] + hmp("eject d1", "info block d1", "info block"))

# ---------------------------------------------------------------- round 3 ----
# Hotplug beyond CPUs as learners try it: PCI(e) slots and bridges, pseries
# buses and memory, QMP introspection of types, a second machine version.
# No device_del of a device QEMU removes at once (USB, SCSI, pseries PCI)
# in mid-case: its DEVICE_DELETED comes from an RCU callback, after the
# recorder's last step or not at all.
R3Q = ["-M", "q35", "-netdev", "user,id=n0", "-netdev", "user,id=n1",
       "-device", "pcie-root-port,id=rp1,chassis=1,slot=1", "-device", "pcie-root-port,id=rp2,chassis=2,slot=2",
       "-device", "pcie-pci-bridge,id=pb,bus=rp2"]
for i, cmds in enumerate([
    ["device_add e1000e,netdev=n0,bus=pcie.0", "device_add e1000e,netdev=n0,bus=rp1,id=a", "device_add e1000e,netdev=n1,bus=rp1",
     "device_del rp1", "device_del a", "info pci"],
    ["device_add e1000,netdev=n0,bus=pb,addr=0x1,id=b1", "device_add e1000,netdev=n1,bus=pb,addr=0x1", "device_add e1000,bus=pb,addr=0x0",
     "device_del pb", "device_del b1"],
    ["device_add pcie-root-port,id=rp3,chassis=3", "device_add pci-bridge,id=br,chassis_nr=4,bus=rp1", "device_del rp2"],
    ["device_add virtio-net-pci,netdev=n0,bus=rp1,addr=0x1", "device_add virtio-net-pci,netdev=n0,bus=rp1,multifunction=on,id=m0",
     "device_add virtio-net-pci,netdev=n1,bus=rp1,addr=0x0.0x1", "info pci"],
    ["device_add nosuch-device,bus=rp1", "device_add e1000e,bus=nosuch", "device_add e1000e,bus=rp1,addr=zz",
     "device_add e1000e,bus=rp1,addr=0x0.0x8"],
    ["device_add virtio-blk-pci,bus=rp1", "device_add virtio-scsi-pci,bus=rp1,id=vs", "device_add scsi-cd,bus=vs.0,id=cd"],
    ["device_add usb-tablet", "device_add qemu-xhci,bus=rp1,id=x", "device_add usb-tablet,bus=x.0,id=t", "device_add usb-kbd,bus=x.0,port=1"],
]):
    x("r3-q35-%d" % i, *R3Q, steps=hmp(*cmds))
R3P = ["-M", "pseries", "-m", "1G,slots=4,maxmem=4G", "-smp", "1,maxcpus=2", "-netdev", "user,id=n0"]
for i, cmds in enumerate([
    ["object_add memory-backend-ram,id=m1,size=256M", "device_add pc-dimm,memdev=m1,id=d1", "info memory-devices",
     "device_del d1", "info memory-devices"],
    ["object_add memory-backend-ram,id=m1,size=100M", "device_add pc-dimm,memdev=m1", "device_add pc-dimm",
     "device_add pc-dimm,memdev=nosuch"],
    ["device_add spapr-vlan,netdev=n0,reg=0x71000001", "device_add spapr-vlan,netdev=n0", "device_add spapr-vscsi,reg=0x71000001"],
    ["device_add virtio-net-pci,netdev=n0,addr=0x1f", "device_add e1000,addr=0x2,id=e", "info pci"],
    ["device_add spapr-pci-host-bridge,index=1,id=phb1", "device_add e1000,bus=pci.1"],
    ["info memory_size_summary", "info memdev", "info numa", "info hotpluggable-cpus"],
]):
    p("r3-mon-%d" % i, *R3P, steps=hmp(*cmds))
for i, q in enumerate([
    [qmp("qom-list-properties", typename="pcie-root-port"), qmp("qom-list-properties", typename="device")],
    [qmp("device-list-properties", typename="pci-device"), qmp("device-list-properties", typename="ICH9-LPC"),
     qmp("device-list-properties", typename="memory-backend-ram")],
    [qmp("qom-list-types", implements="pci-device", abstract=False)],
    [qmp("qom-list", path="/machine/peripheral"), qmp("qom-list", path="/machine/peripheral/rp1"),
     qmp("qom-get", path="/machine/peripheral/rp1", property="chassis"), qmp("qom-get", path="/machine/peripheral/rp1", property="bus")],
    [qmp("qom-set", path="/machine/peripheral/rp1", property="chassis", value=5),
     qmp("qom-set", path="/machine/peripheral/rp1", property="nosuch", value=5)],
    [qmp("device_add", driver="e1000e", netdev="n0", bus="rp1", id="a"), qmp("device_del", id="a"), qmp("device_del", id="a")],
    [qmp("device_add", driver="pcie-root-port", id="rp3", chassis="3"), qmp("device_add", driver="pcie-root-port", id="rp3", chassis=3)],
    [qmp("query-pci"), qmp("query-acpi-ospm-status")],
]):
    x("r3-qmp-%d" % i, *R3Q, steps=q)
for i, a in enumerate([
    ["-M", "pc-q35-6.2", "-device", "pcie-root-port,id=rp,chassis=1", "-device", "e1000e,bus=rp"],
    ["-M", "pc-i440fx-2.12", "-device", "virtio-net-pci,disable-legacy=on"], ["-M", "pc-i440fx-7.2", "-m", "1G,slots=2,maxmem=2G"],
    ["-M", "pc-q35-2.11", "-device", "intel-iommu"], ["-M", "pc-q35-7.1,smm=off", "-device", "ich9-intel-hda"],
    ["-M", "pc-i440fx-1.5", "-device", "virtio-balloon-pci"], ["-M", "pc-i440fx-4.2,hpet=off,vmport=off,sata=on"],
]):
    x("r3-ver-%d" % i, *a, steps=hmp("info pci"))
for i, a in enumerate([
    ["-M", "pseries-6.2,cap-large-decr=off", "-cpu", "POWER8"], ["-M", "pseries-5.2", "-device", "spapr-vlan,netdev=n", "-netdev", "user,id=n"],
    ["-M", "pseries-3.1,ic-mode=xive"], ["-M", "pseries-2.12,cap-htm=on"], ["-M", "pseries-7.1", "-m", "1G,slots=64,maxmem=8G"],
    ["-M", "pseries", "-device", "spapr-vscsi,id=v", "-device", "scsi-hd,bus=v.0"],
    ["-M", "pseries", "-device", "spapr-vscsi,id=v", "-blockdev", "null-co,node-name=n", "-device", "scsi-hd,bus=v.0,drive=n,scsi-id=70"],
    ["-M", "pseries", "-device", "spapr-vscsi,id=v", "-blockdev", "null-co,node-name=n", "-device", "scsi-hd,bus=v.0,drive=n,lun=40"],
]):
    p("r3-opt-%d" % i, *a, steps=hmp("info qtree"))

# ---------------------------------------------------------------- round 4 ----
# Devices tutorials use, each without what it needs or with a wrong value
# (not vfio-pci with a host device: its answer follows the host's /sys).
for i, d in enumerate([
    "nvme", "nvme,drive=nosuch", "nvme,serial=1,num_queues=0", "nvme,serial=1,max_ioqpairs=0", "nvme-ns", "nvme-ns,drive=x",
    "virtio-9p-pci", "virtio-9p-pci,fsdev=nosuch,mount_tag=x", "virtio-9p-pci,mount_tag=x",
    "vhost-vsock-pci", "vhost-vsock-pci,guest-cid=2", "vhost-vsock-pci,guest-cid=1",
    "tpm-tis", "tpm-crb", "ich9-intel-hda", "hda-duplex", "hda-output", "intel-hda,id=h",
    "virtio-gpu-pci,max_outputs=0", "virtio-gpu-pci,max_outputs=20", "virtio-vga,max_hostmem=0", "VGA,vgamem_mb=3",
    "vmxnet3,mac=00:00:00:00:00:00", "e1000e,disable_vnet_hdr=maybe", "rtl8139,netdev=", "pcnet,romfile=",
    "megasas", "megasas-gen2,id=m,max_cmds=0", "pvscsi", "am53c974", "mptsas1068",
    "ahci", "ich9-ahci,id=a,addr=0x1f.3", "sdhci-pci", "sd-card", "usb-host,hostbus=1,hostaddr=2", "usb-mtp",
    "virtio-mem-pci", "virtio-mem-pci,memdev=nosuch", "nvdimm", "pc-dimm", "virtio-pmem-pci",
    "vfio-pci", "ib700", "i6300esb,addr=0x2", "isa-applesmc", "isa-ipmi-bt",
    "virtio-input-host-pci", "virtio-input-host-pci,evdev=/nosuch", "virtio-crypto-pci", "virtio-iommu-pci",
    "pci-testdev", "pxb", "pxb,bus_nr=300", "pxb-pcie", "ivshmem-doorbell", "kvm-pit", "isa-pit",
    "usb-bot", "usb-uas", "usb-serial", "usb-serial,chardev=nosuch", "usb-net", "usb-audio", "usb-wacom-tablet",
]):
    x("r4-dev-%d" % i, "-device", d, steps=hmp("info pci"))
for i, d in enumerate([
    "pcie-root-port,chassis=1,slot=0,port=300", "pcie-root-port,x-speed=99", "pcie-root-port,x-width=99",
    "ioh3420", "xio3130-downstream", "x3130-upstream,bus=pcie.0", "pcie-pci-bridge,bus=pcie.0,addr=0x1f.7",
    "virtio-net-pci,bus=pcie.0,addr=0x0", "e1000e,bus=pcie.0,addr=0x1f.1",
    "intel-iommu,caching-mode=maybe", "intel-iommu,x-scalable-mode=on", "amd-iommu", "AMDVI-PCI",
]):
    x("r4-q35-%d" % i, "-M", "q35", "-device", d, steps=hmp("info pci"))

# ---------------------------------------------------------------- round 5 ----
# Whole lines as blog posts write them, then what a reader looks at.
LOOK5 = hmp("info pci", "info qtree", "info block") + [qmp("query-hotpluggable-cpus")]
NULLD = "if=none,driver=null-co,node-name=n%d,id=d%d"
for i, a in enumerate([
    ["-M", "q35", "-smp", "4,sockets=1,cores=2,threads=2", "-m", "2G", "-device", "virtio-gpu-pci", "-device", "qemu-xhci",
     "-device", "usb-kbd", "-device", "usb-tablet"],
    ["-M", "q35", "-m", "1G", "-device", "nvme,serial=deadbeef,drive=d0", "-drive", NULLD % (0, 0)],
    ["-M", "pc", "-m", "1G", "-device", "ich9-intel-hda", "-device", "hda-output,audiodev=a", "-audiodev", "none,id=a"],
    ["-M", "q35", "-device", "virtio-scsi-pci,id=scsi", "-device", "scsi-hd,drive=d0,bus=scsi.0,lun=1", "-drive", NULLD % (0, 0)],
    ["-M", "pc", "-device", "usb-ehci,id=ehci", "-device", "usb-storage,bus=ehci.0,drive=d0,removable=on", "-drive", NULLD % (0, 0)],
    ["-M", "q35", "-smp", "2,maxcpus=8,sockets=2,cores=2,threads=2", "-device", "pcie-root-port,id=rp,chassis=1",
     "-device", "virtio-blk-pci,bus=rp,drive=d0", "-drive", NULLD % (0, 0)],
    ["-M", "pc", "-m", "512", "-fsdev", "local,id=fs0,path=/tmp,security_model=none", "-device", "virtio-9p-pci,fsdev=fs0,mount_tag=host"],
    ["-M", "q35", "-device", "virtio-rng-pci", "-device", "virtio-balloon", "-device", "virtio-keyboard-pci"],
    ["-M", "pc", "-device", "e1000,netdev=n0,mac=52:54:00:12:34:56", "-netdev", "user,id=n0,hostfwd=tcp::47301-:22"],
    ["-M", "q35", "-cpu", "max", "-smp", "4", "-m", "4G", "-device", "intel-iommu", "-device", "virtio-net-pci,netdev=n0,iommu_platform=on",
     "-netdev", "user,id=n0"],
    ["-M", "pseries", "-smp", "4,threads=2", "-m", "2G", "-device", "virtio-scsi-pci,id=s", "-device", "scsi-cd,bus=s.0,drive=d0",
     "-drive", NULLD % (0, 0) + ",media=cdrom"],
    ["-M", "pseries", "-device", "spapr-vscsi,id=v", "-device", "scsi-hd,bus=v.0,drive=d0", "-drive", NULLD % (0, 0),
     "-device", "virtio-net-pci,netdev=n", "-netdev", "user,id=n"],
    ["-M", "pseries", "-device", "qemu-xhci", "-device", "usb-kbd", "-device", "usb-mouse", "-device", "virtio-rng-pci"],
    ["-M", "pc", "-smp", "2,maxcpus=4", "-numa", "node,nodeid=0,cpus=0-1", "-numa", "node,nodeid=1,cpus=2-3", "-m", "2G",
     "-object", "memory-backend-ram,id=m0,size=1G", "-object", "memory-backend-ram,id=m1,size=1G"],
    ["-M", "q35", "-device", "virtio-serial-pci", "-device", "virtconsole,chardev=c", "-chardev", "null,id=c",
     "-device", "virtserialport,chardev=c2,name=org.qemu.guest_agent.0", "-chardev", "null,id=c2"],
    ["-M", "pc", "-vga", "none", "-device", "VGA,vgamem_mb=32", "-device", "i6300esb", "-watchdog-action", "poweroff"],
]):
    c = x if i < 10 or i >= 13 else p
    c("r5-line-%d" % i, *a, steps=LOOK5)


# ---------------------------------------------------------------- round 6 ----
# CPU hotplug's error paths as learners hit them: a CPU type of the wrong
# model or family, topology ids out of range or missing under -smp shapes,
# slots taken, ids already used, device_del of boot CPUs and of what is not a
# device; -smp, -numa, versioned machine types and pseries -cpu errors the
# other corpora leave out; QMP and HMP hotplug commands given ill-typed
# arguments and help variants; QemuOpts options with a bad key, a missing
# '=', a trailing comma, an empty value, and ids used twice.
S6 = ["-smp", "2,maxcpus=8,sockets=2,cores=2,threads=2"]
C6 = XCPU + ",socket-id=%s,core-id=%s,thread-id=%s"
for i, (a, cmds) in enumerate([
    (S6, ["device_add Haswell-x86_64-cpu,socket-id=1,core-id=0,thread-id=0", "device_add qemu64,socket-id=1,core-id=0,thread-id=0",
          "device_add QEMU64-x86_64-cpu,socket-id=1,core-id=0,thread-id=0", "device_add qemu64-i386-cpu,socket-id=1,core-id=0,thread-id=0"]),
    (S6, ["device_add x86_64-cpu,socket-id=1,core-id=0,thread-id=0", "device_add host-x86_64-cpu,socket-id=1,core-id=0,thread-id=0",
          "device_add power9_v2.0-spapr-cpu-core,core-id=1", "device_add qemu32-x86_64-cpu,socket-id=1,core-id=0,thread-id=0"]),
    (S6, ["device_add " + C6 % (2, 0, 0), "device_add " + C6 % (1, 2, 0), "device_add " + C6 % (1, 0, 2),
          "device_add " + C6 % (1, 1, 1) + ",die-id=1"]),
    (S6, ["device_add " + XCPU + ",socket-id=1,core-id=1", "device_add " + XCPU + ",socket-id=1,thread-id=1",
          "device_add " + XCPU + ",core-id=1,thread-id=1", "device_add " + XCPU + ",id=cpu4"]),
    (S6, ["device_add " + C6 % (0, 0, 0), "device_add " + C6 % (0, 0, 1), "device_add " + C6 % (0, 1, 0) + ",id=c1",
          "device_add " + C6 % (0, 1, 0) + ",id=c2", "info hotpluggable-cpus"]),
    (S6 + ["-device", "e1000,id=nic0", "-object", "iothread,id=io0", "-netdev", "user,id=n0", "-chardev", "null,id=ch0"],
     ["device_add " + C6 % (1, 0, 0) + ",id=nic0", "device_add " + C6 % (1, 0, 0) + ",id=io0",
      "device_add " + C6 % (1, 0, 1) + ",id=n0", "device_add " + C6 % (1, 1, 0) + ",id=ch0", "info cpus"]),
    (S6, ["device_del /machine/unattached/device[0]", "device_del /machine/unattached/device[1]", "device_del cpu0", "device_del 0",
          "info cpus"]),
    (S6, ["device_add " + C6 % (1, 0, 0) + ",id=c1", "device_del /machine/peripheral/c1", "device_del /machine/peripheral/c1",
          "device_del c1", "info hotpluggable-cpus"]),
    (S6 + ["-device", "isa-serial,id=ser0", "-device", "piix3-usb-uhci,id=uhci"],
     ["device_del ser0", "device_del uhci", "device_del /machine/i440fx", "device_del /machine/unattached/device[0]/lapic"]),
    (S6 + ["-device", C6 % (1, 0, 0) + ",id=cold1"], ["device_del cold1", "device_del cold1", "info hotpluggable-cpus"]),
    (["-smp", "2,maxcpus=8,sockets=2,dies=2,cores=2,threads=1"],
     ["device_add " + XCPU + ",socket-id=1,core-id=0,thread-id=0", "device_add " + C6 % (1, 0, 0) + ",die-id=2",
      "device_add " + C6 % (1, 0, 0) + ",die-id=x", "device_add " + C6 % (1, 0, 0) + ",die-id=1,cluster-id=0",
      "info hotpluggable-cpus"]),
    (["-smp", "1"], ["device_add " + C6 % (0, 0, 0), "device_add " + C6 % (1, 0, 0), "device_add " + XCPU]),
    (["-M", "isapc", "-smp", "1,maxcpus=2"], ["device_add " + XCPU + ",socket-id=1,core-id=0,thread-id=0", "info hotpluggable-cpus"]),
    (["-M", "pc,acpi=off", "-smp", "1,maxcpus=2"], ["device_add " + XCPU + ",socket-id=1,core-id=0,thread-id=0"]),
    (["-M", "pc-i440fx-6.1", "-smp", "1,maxcpus=4"], ["device_add " + XCPU + ",socket-id=1,core-id=0,thread-id=0",
                                                        "device_add " + XCPU + ",socket-id=0,core-id=1,thread-id=0",
                                                        "info hotpluggable-cpus"]),
    (["-cpu", "Haswell", "-smp", "1,maxcpus=2"], ["device_add qemu64-x86_64-cpu,socket-id=1,core-id=0,thread-id=0",
                                                  "device_add Haswell-x86_64-cpu,socket-id=1,core-id=0,thread-id=0,id=h1",
                                                  "info cpus"]),
    (S6, ["cpu-add 1", "cpu_add 1", "cpu-del 1", "device_add", "device_add ?", "device_add cpu,help"]),
    (S6, ["device_add host-x86_64-cpu,help", "device_add POWER9_v2.0-spapr-cpu-core,help", "device_add nosuch-cpu,help",
          "device_add x86_64-cpu,help", "device_add qemu64-x86_64-cpu,?"]),
    (S6 + ["-numa", "node,nodeid=0", "-numa", "node,nodeid=1", "-numa", "cpu,node-id=0,socket-id=0",
           "-numa", "cpu,node-id=1,socket-id=1"],
     ["device_add " + C6 % (1, 0, 0) + ",node-id=0", "device_add " + C6 % (1, 0, 0) + ",node-id=2",
      "device_add " + C6 % (1, 0, 0) + ",node-id=1,id=n1c", "info numa"]),
]):
    x("r6-mon-%d" % i, *a, steps=hmp(*cmds))
for i, a in enumerate([
    ["-smp", "2,maxcpus=4", "-numa", "node,cpus=0-1", "-numa", "node,cpus=2-4"],
    ["-smp", "2,maxcpus=4", "-numa", "node,cpus=0-7"],
    ["-smp", "4", "-numa", "node,cpus=3-1"],
    ["-smp", "4,sockets=2,cores=2", "-numa", "node", "-numa", "cpu,node-id=0,socket-id=2"],
    ["-smp", "4,sockets=2,cores=2", "-numa", "node", "-numa", "cpu,node-id=0,socket-id=0,core-id=5"],
    ["-smp", "4,sockets=2,cores=2", "-numa", "node", "-numa", "cpu,node-id=0,core-id=1"],
    ["-smp", "4,sockets=2,cores=2", "-numa", "node,cpus=0-3", "-numa", "cpu,node-id=0,socket-id=0"],
    ["-smp", "4,sockets=2,cores=2", "-numa", "node", "-numa", "node", "-numa", "cpu,node-id=0,socket-id=0",
     "-numa", "cpu,node-id=1,socket-id=0"],
    ["-smp", "2,maxcpus=4,sockets=2,cores=2", "-numa", "node", "-numa", "node", "-numa", "cpu,node-id=1,socket-id=1",
     "-device", C6 % (1, 0, 0) + ",node-id=0"],
    ["-smp", "4,sockets=2,cores=2", "-numa", "node,cpus=0-1", "-numa", "node"],
    ["-smp", "4,sockets=2,dies=2,cores=1", "-numa", "node", "-numa", "cpu,node-id=0,socket-id=0,die-id=3"],
    ["-smp", "2,maxcpus=4,sockets=2,cores=2", "-device", C6 % (1, 0, 0), "-device", C6 % (1, 0, 0)],
    ["-smp", "2,maxcpus=4,sockets=2,cores=2", "-device", C6 % (1, 0, 0) + ",id=a", "-device", C6 % (1, 1, 0) + ",id=a"],
    ["-smp", "2,maxcpus=4,sockets=2,cores=2", "-device", "Haswell-x86_64-cpu,socket-id=1,core-id=0,thread-id=0"],
    ["-smp", "2,maxcpus=4,sockets=2,cores=2", "-device", C6 % (1, 0, 0) + ",cluster-id=0"],
    ["-smp", "2,maxcpus=4,sockets=2,cores=2", "-device", C6 % (1, 0, 0) + ",module-id=0"],
    ["-smp", "4,modules=2"], ["-smp", "4,clusters=2", "-M", "q35"], ["-smp", "8,sockets=2,dies=2,clusters=2"],
    ["-smp", "4,maxcpus=2,sockets=1,cores=2"], ["-smp", "4,sockets=2,cores=2,threads=2"], ["-smp", "4,sockets=3,cores=2,threads=1"],
    ["-smp", "2", "-smp", "maxcpus=4"], ["-smp", "4,sockets=2", "-smp", "cores=4"], ["-smp", "2,maxcpus=4", "-smp", "maxcpus=2"],
    ["-smp", "2,maxcpus=4000000000"], ["-smp", "sockets=65536,cores=65536"], ["-smp", "4,dies=2", "-M", "q35"],
    ["-M", "pc-i440fx-6.1", "-smp", "4,maxcpus=8,cores=0"], ["-M", "q35", "-smp", "289"],
    ["-M", "pc-q35-2.7", "-smp", "256"], ["-M", "pc,smp=4"],
    ["-M", "pc-i440fx-1.3"], ["-M", "pc-i440fx-1.4"], ["-M", "pc-i440fx-2.3"], ["-M", "pc-i440fx-2.4"], ["-M", "pc-i440fx-2.12"],
    ["-M", "pc-q35-2.3"], ["-M", "pc-q35-2.4"], ["-M", "pc-q35-2.11"], ["-M", "pc-i44Ofx-7.2"], ["-M", "pc-i440fx-7.3"],
    ["-M", "pc-q35-10.0"], ["-M", "pc-q35-9.2"], ["-M", "pc-i440fx-10.1"], ["-M", "q35-7.2"], ["-M", "pc-7.2"], ["-M", "PC"],
    ["-M", "pc-q35-7.2,accel=tcg", "-smp", "2,maxcpus=4"], ["-M", "pc-i440fx-5.2", "-smp", "4,maxcpus=8"],
]):
    x("r6-opt-%d" % i, *a, steps=hmp("info hotpluggable-cpus"))
# QemuOpts-based options: a bad key, a missing '=', a trailing comma, an
# empty value; ids used twice across -device/-object/-netdev/-chardev/-drive.
ND = "if=none,driver=null-co"
for i, a in enumerate([
    ["-netdev", "user,id=n0,nosuch=1"], ["-netdev", "user,id"], ["-netdev", "user,id=n0,"], ["-netdev", "user,id="],
    ["-netdev", "user,id=n0,hostname="], ["-chardev", "null,id=c0,nosuch=1"], ["-chardev", "null,id"], ["-chardev", "null,id=c0,"],
    ["-chardev", "null,id="], ["-chardev", "ringbuf,id=c0,size="], ["-drive", ND + ",id=d0,nosuch=1"], ["-drive", ND + ",id"],
    ["-drive", ND + ",id=d0,"], ["-drive", ND + ",id="], ["-drive", ND + ",id=d0,cache="], ["-object", "iothread,id=i0,nosuch=1"],
    ["-object", "iothread,id"], ["-object", "iothread,id=i0,"], ["-object", "iothread,id=i0,poll-max-ns="],
    ["-device", "e1000,nosuch=1"], ["-device", "e1000,mac"], ["-device", "e1000,"], ["-device", "e1000,mac="],
    ["-blockdev", "driver=null-co,node-name=n0,"], ["-blockdev", "driver=null-co,node-name"], ["-blockdev", "driver=null-co,node-name="],
    ["-numa", "node,"], ["-numa", "node,nodeid"], ["-numa", "node,nodeid="], ["-m", "1G,"], ["-m", "size"], ["-m", "size="],
    ["-boot", "order=c,"], ["-boot", "order"], ["-boot", "order="], ["-boot", "nosuch=1"], ["-rtc", "base="], ["-rtc", "base=utc,"],
    ["-rtc", "nosuch=1"], ["-name", "guest=a,"], ["-name", "guest=a,nosuch=1"], ["-name", "guest="],
    ["-machine", "pc,hpet=off,"], ["-machine", "pc,hpet="], ["-machine", "type"], ["-accel", "tcg,"], ["-accel", "tcg,thread"],
    ["-accel", "tcg,thread="], ["-icount", "shift=1,"], ["-icount", "nosuch=1"], ["-smbios", "type=1,"], ["-smbios", "type="],
    ["-audiodev", "none,id=a,nosuch=1"], ["-audiodev", "none,id"], ["-mon", "chardev=nosuch"], ["-mon", "nosuch=1"],
    ["-fw_cfg", "name=opt/x,string=1,"], ["-action", "reboot=shutdown,"], ["-global", "driver=e1000,property=mac,value=,"],
    ["-device", "e1000,id=x", "-device", "e1000,id=x"], ["-object", "iothread,id=x", "-object", "iothread,id=x"],
    ["-netdev", "user,id=x", "-netdev", "user,id=x"], ["-chardev", "null,id=x", "-chardev", "null,id=x"],
    ["-drive", ND + ",id=x", "-drive", ND + ",id=x"], ["-device", "e1000,id=x", "-object", "iothread,id=x"],
    ["-netdev", "user,id=x", "-chardev", "null,id=x", "-device", "e1000,id=x,netdev=x"],
    ["-drive", ND + ",id=x,node-name=nx", "-blockdev", "driver=null-co,node-name=x"],
    ["-blockdev", "driver=null-co,node-name=x", "-drive", ND + ",id=x,node-name=ny"],
    ["-drive", ND + ",id=x,node-name=nx", "-device", "virtio-blk-pci,id=x,drive=x"],
    ["-object", "memory-backend-ram,id=x,size=64M", "-object", "iothread,id=x"],
    ["-chardev", "null,id=x", "-object", "iothread,id=x", "-netdev", "user,id=x", "-device", "isa-serial,id=x,chardev=x"],
]):
    x("r6-qo-%d" % i, *a, steps=hmp("info status"))
# QMP hotplug commands with members of the wrong JSON type.
QX6 = [
    qmp("device_add", driver=XCPU, **{"socket-id": 1.0, "core-id": 0, "thread-id": 0}),
    qmp("device_add", driver=XCPU, **{"socket-id": True, "core-id": 0, "thread-id": 0}),
    qmp("device_add", driver=XCPU, **{"socket-id": 1, "core-id": 0, "thread-id": 0, "id": None}),
    qmp("device_add", driver=[XCPU], **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
    qmp("device_add", driver=XCPU, **{"socket-id": 1, "core-id": 0, "thread-id": -1}),
    qmp("device_add", driver=XCPU, **{"socket-id": 4294967296, "core-id": 0, "thread-id": 0}),
    qmp("device_add", driver=XCPU, **{"socket-id": 1, "core-id": 0, "thread-id": 0, "node-id": "0"}),
    qmp("device_add", driver=XCPU, **{"socket-id": {"v": 1}, "core-id": 0, "thread-id": 0}),
    qmp("device_add", driver=XCPU, **{"socket-id": 1, "core-id": 0, "thread-id": 0, "id": "c1"}),
    qmp("device_add", driver=XCPU, **{"socket-id": 1, "core-id": 0, "thread-id": 0, "id": "c9"}),
    qmp("device_del", id="/machine/unattached/device[0]"), qmp("device_del", id="c1"),
    qmp("device_del", id="c1"), qmp("device_del", id=None), qmp("device_del", id=["c1"]), qmp("device_del", ID="c1"),
    qmp("query-hotpluggable-cpus", arguments={}), qmp("query-hotpluggable-cpus", id="c1"), qmp("query-cpus-fast", **{"cpu-index": 0}),
    qmp("query-cpus"),
    qmp("qom-get", path="/machine/peripheral/c1", property="nosuch"), qmp("qom-get", path="/machine/peripheral/c1", property="socket_id"),
    qmp("qom-get", path="/machine/unattached/device[0]", property="Socket-id"), qmp("qom-get", path="/machine/peripheral/c9", property="core-id"),
    qmp("qom-set", path="/machine/peripheral/c1", property="socket-id", value=0),
    qmp("qom-set", path="/machine/peripheral/c1", property="hotplugged", value=False),
    qmp("qom-get", path="/machine/peripheral/c1", property="hotpluggable"), qmp("qom-get", path="machine/peripheral/c1", property="type"),
]
for i in range(0, len(QX6), 4):
    x("r6-qmp-%d" % (i // 4), *S6, steps=QX6[i:i + 4])

MP6 = ["-M", "pseries", "-smp", "1,maxcpus=4"]
for i, (a, cmds) in enumerate([
    (MP6, ["device_add POWER9_v2.0-spapr-cpu-core,core-id=1", "device_add power9-spapr-cpu-core,core-id=1",
           "device_add spapr-cpu-core,core-id=1", "device_add power9_v2.0-powerpc64-cpu,core-id=1"]),
    (MP6, ["device_add power10_v2.0-spapr-cpu-core,core-id=1", "device_add power9_v2.2-spapr-cpu-core,core-id=1",
           "device_add host-spapr-cpu-core,core-id=1", "device_add qemu64-x86_64-cpu,socket-id=1"]),
    (MP6, ["device_add " + PCORE + ",core-id=-1", "device_add " + PCORE + ",core-id=4", "device_add " + PCORE + ",core-id=1,socket-id=0",
           "device_add " + PCORE + ",core-id=1,thread-id=0", "device_add " + PCORE + ",core-id=1,nr-threads=1"]),
    (MP6, ["device_add " + PCORE + ",core-id=0", "device_add " + PCORE + ",core-id=1,node-id=1", "device_add " + PCORE + ",core-id=1,id=c1",
           "device_add " + PCORE + ",core-id=2,id=c1", "device_add " + PCORE + ",core-id=1"]),
    (MP6, ["device_del /machine/unattached/device[1]", "device_del core0", "device_del /machine/unattached/device[0]", "info cpus"]),
    (MP6 + ["-device", PCORE + ",core-id=1,id=cold"], ["device_del cold", "device_del cold", "info hotpluggable-cpus"]),
    (MP6 + ["-device", "spapr-vty,id=vty0,chardev=c0", "-chardev", "null,id=c0"],
     ["device_del vty0", "device_add " + PCORE + ",core-id=1,id=vty0", "device_add " + PCORE + ",core-id=1,id=c0"]),
    (MP6, ["device_add power9_v2.0-spapr-cpu-core,help", "device_add POWER9_v2.0-spapr-cpu-core,help",
           "device_add spapr-cpu-core,help"]),
    (["-M", "pseries", "-cpu", "POWER8", "-smp", "1,maxcpus=2"],
     ["device_add " + PCORE + ",core-id=1", "device_add power8_v2.0-spapr-cpu-core,core-id=1,id=p8", "info cpus"]),
    (["-M", "pseries", "-smp", "1,maxcpus=4", "-numa", "node,nodeid=0,cpus=0-1", "-numa", "node,nodeid=1,cpus=2-3"],
     ["device_add " + PCORE + ",core-id=2,node-id=0", "device_add " + PCORE + ",core-id=2,node-id=3",
      "device_add " + PCORE + ",core-id=2,node-id=1,id=n1", "info numa"]),
    (["-M", "pseries", "-smp", "1"], ["device_add " + PCORE + ",core-id=1", "device_add " + PCORE]),
    (["-M", "pseries-2.6", "-smp", "1,maxcpus=2"], ["device_add power7_v2.3-spapr-cpu-core,core-id=1", "info hotpluggable-cpus"]),
]):
    p("r6-mon-%d" % i, *a, steps=hmp(*cmds))
for i, a in enumerate([
    ["-M", "pseries-7.2", "-cpu", "POWER10"], ["-M", "pseries-4.0", "-cpu", "POWER10"], ["-M", "pseries", "-cpu", "power10_v1.0"],
    ["-M", "pseries,max-cpu-compat=power8", "-cpu", "POWER9"], ["-M", "pseries,max-cpu-compat=power9", "-cpu", "POWER8"],
    ["-M", "pseries,max-cpu-compat=power10", "-cpu", "POWER9"], ["-M", "pseries,max-cpu-compat=POWER9"],
    ["-M", "pseries", "-cpu", "POWER9,compat=power8"], ["-M", "pseries", "-cpu", "POWER9,max-cpu-compat=power8"],
    ["-M", "pseries", "-cpu", "POWER9_v2.0,nosuch"], ["-M", "pseries", "-cpu", "POWER7", "-smp", "1,maxcpus=2"],
    ["-M", "pseries", "-cpu", "power9_v2.0-spapr-cpu-core"], ["-M", "pseries", "-cpu", "qemu64"],
    ["-M", "pseries", "-smp", "4,books=2"], ["-M", "pseries", "-smp", "4,drawers=2"], ["-M", "pseries", "-smp", "4,modules=2"],
    ["-M", "pseries", "-smp", "4,maxcpus=2"], ["-M", "pseries", "-smp", "2", "-smp", "maxcpus=4"],
    ["-M", "pseries", "-smp", "1,maxcpus=4", "-device", PCORE + ",core-id=1", "-device", PCORE + ",core-id=1"],
    ["-M", "pseries", "-smp", "1,maxcpus=4", "-device", PCORE + ",core-id=2,nr-threads=2"],
    ["-M", "pseries", "-smp", "1,maxcpus=4", "-device", "power10_v2.0-spapr-cpu-core,core-id=1"],
    ["-M", "pseries", "-smp", "1,maxcpus=4", "-numa", "node,cpus=0", "-numa", "node,cpus=1-5"],
    ["-M", "pseries", "-smp", "1,maxcpus=4", "-numa", "node", "-numa", "cpu,node-id=0,core-id=9"],
    ["-M", "pseries", "-smp", "1,maxcpus=4", "-numa", "node", "-numa", "cpu,node-id=0,socket-id=0"],
    ["-M", "pseries-2.0"], ["-M", "pseries-2.1"], ["-M", "pseries-10.0"], ["-M", "pseries-7.3"], ["-M", "pseries-", "-smp", "2"],
    ["-M", "spapr"], ["-M", "pseries,vsmt=2", "-smp", "2,threads=2"],
]):
    p("r6-opt-%d" % i, *a, steps=hmp("info hotpluggable-cpus"))
QP6 = [
    qmp("device_add", driver=PCORE, **{"core-id": 1.5}), qmp("device_add", driver=PCORE, **{"core-id": -2}),
    qmp("device_add", driver=PCORE, **{"core-id": None}), qmp("device_add", driver=PCORE, **{"core-id": 1, "node-id": "x"}),
    qmp("device_add", driver=PCORE, **{"core-id": 1, "id": "k1"}), qmp("device_del", id="/machine/unattached/device[1]"),
    qmp("device_del", id="k1"), qmp("device_del", id="k1"),
    qmp("qom-get", path="/machine/peripheral/k1", property="nr_threads"), qmp("qom-get", path="/machine/peripheral/k1", property="thread[0]"),
    qmp("qom-get", path="/machine/peripheral/k1/thread[0]", property="nosuch"),
    qmp("qom-set", path="/machine/peripheral/k1", property="core-id", value=3),
]
for i in range(0, len(QP6), 4):
    p("r6-qmp-%d" % (i // 4), *MP6, steps=QP6[i:i + 4])


# Measured around round 6's fixes (r6m-): trailing commas and "no"-prefixed
# short forms in more QemuOpts lists, malformed chardev ids, empty node
# names, -audiodev members, -machine's smp and boot given as a string.
for i, a in enumerate([
    ["-netdev", "user,id=n0,,"], ["-netdev", "user,id=n0,noipv6"], ["-netdev", "user,id=n0,norestrict"],
    ["-netdev", "user,id=n0,ipv6=off,"], ["-chardev", "null,id=c0,nomux"], ["-chardev", "null,id=1c"],
    ["-chardev", "null,id=x,id=1y"], ["-chardev", "nosuch,id="], ["-chardev", "null,id=c0,,"],
    ["-accel", "tcg,nosplit-wx"], ["-accel", "tcg,thread=multi,"], ["-icount", "shift=1,nosleep"], ["-icount", "1,align"],
    ["-icount", "shift"], ["-chardev", "null,id=c0", "-mon", "c0"], ["-chardev", "null,id=c0", "-mon", "chardev=c0,nopretty"],
    ["-chardev", "null,id=c0", "-mon", "chardev=c0,mode=nosuch"], ["-chardev", "null,id=c0", "-mon", "chardev=c0,pretty=maybe"],
    ["-chardev", "null,id=c0", "-mon", "chardev=c0,"], ["-mon", "chardev=nosuch,mode=control,"],
    ["-drive", "if=none,id=d0,driver=null-co,node-name="],
    ["-blockdev", "driver=raw,node-name=r,file.driver=null-co,file.node-name="],
    ["-audiodev", "none,id=a,timer-period=x"], ["-audiodev", "wav,id=a,path=/tmp/r6m.wav,nosuch=1"],
    ["-audiodev", "none,id=a,in.nosuch=1"], ["-audiodev", "none,id=a,"], ["-audiodev", "none,id=a,in.frequency=x"],
    ["-audiodev", "none,nosuch=1"], ["-audiodev", "nosuch,id=a,nosuch=1"],
    ["-M", "pc,boot=c"], ["-M", "pc,smp.cpus=4"], ["-M", "pc,smp=4", "-smp", "2"], ["-M", "q35,smp=", "-smp", "2"],
    ["-numa", "node,nomem"], ["-numa", "node,cpus=0,"], ["-object", "iothread,id=i0,,"], ["-device", "e1000,id=n,,"],
    ["-m", "size=1G,"], ["-name", "a,,b,"], ["-rtc", "base=utc,noclock"], ["-boot", "menu=on,"], ["-smbios", "type=0,,"],
]):
    x("r6m-opt-%d" % i, *a, steps=hmp("info status"))
p("r6m-opt-0", "-M", "pseries,smp=4", steps=hmp("info status"))
p("r6m-opt-1", "-M", "pseries,boot=c", steps=hmp("info status"))

# Round 6, second part: the hotplug monitor after a first success, legacy
# CPU hotplug on old machine types, preconfig-only commands, bus= on CPUs,
# node-id against -numa node,cpus=.
for i, (a, cmds) in enumerate([
    (S6, ["device_add " + C6 % (1, 0, 0) + ",id=c1", "device_del c1", "device_add " + C6 % (1, 0, 0) + ",id=c1",
          "device_add " + C6 % (1, 0, 0) + ",id=c2", "info hotpluggable-cpus"]),
    (S6, ["device_add " + C6 % (1, 0, 0) + ",bus=pci.0", "device_add " + C6 % (1, 0, 0) + ",bus=nosuch",
          "device_add " + C6 % (1, 0, 0) + ",hotplugged=off", "device_add " + C6 % (1, 0, 0) + ",hotpluggable=off"]),
    (S6, ["device_add " + C6 % (1, 0, 0) + ",id=a b", "device_add " + C6 % (1, 0, 0) + ",id=" + "c" * 200,
          "device_add " + C6 % (1, 0, 0) + ",id=cpu-1.x_y", "info cpus"]),
    (S6, ["device_add " + C6 % (1, 0, 0) + ",apic-id=4", "device_add " + C6 % (1, 0, 0) + ",apic-id=5",
          "device_add " + XCPU + ",apic-id=6", "device_add " + XCPU + ",apic-id=99"]),
    (S6, ["device_add " + C6 % ("0x1", "0", "0"), "device_add " + C6 % ("01", "1", "1"), "device_add " + C6 % ("1", "1", "1") + ",",
          "device_add " + C6 % (" 1", 0, 0)]),
    (S6, ["cpu 4", "device_add " + C6 % (1, 0, 0) + ",id=c1", "cpu 4", "cpu 5", "info cpus", "qom-set /machine/peripheral/c1 realized off"]),
    (["-M", "pc-i440fx-2.6", "-smp", "1,maxcpus=4"], ["device_add " + XCPU + ",socket-id=1,core-id=0,thread-id=0,id=c1",
                                                      "device_del c1", "info hotpluggable-cpus"]),
    (["-M", "pc-i440fx-2.6", "-smp", "1,maxcpus=4"], ["device_add " + XCPU + ",socket-id=1,core-id=0,thread-id=0"]),
    (["-M", "pc-q35-2.6", "-smp", "1,maxcpus=2"], ["device_add " + XCPU + ",socket-id=1,core-id=0,thread-id=0,id=c1", "device_del c1"]),
    (["-smp", "2,maxcpus=4", "-numa", "node,nodeid=0,cpus=0-1", "-numa", "node,nodeid=1,cpus=2-3"],
     ["info hotpluggable-cpus", "device_add " + XCPU + ",socket-id=0,core-id=2,thread-id=0,node-id=0",
      "device_add " + XCPU + ",socket-id=0,core-id=2,thread-id=0,node-id=1,id=c2", "info numa"]),
    (["-smp", "2,maxcpus=4", "-numa", "node,nodeid=0,cpus=0-1"], ["device_add " + XCPU + ",socket-id=0,core-id=2,thread-id=0,node-id=0",
                                                                   "info numa"]),
    (S6, ["help device_add", "help device_del", "help cpu", "info hotpluggable-cpus extra", "info cpus -a"]),
]):
    x("r6-mon2-%d" % i, *a, steps=hmp(*cmds))
QX6B = [
    qmp("set-numa-node", type="node", nodeid=1), qmp("x-exit-preconfig"), qmp("query-cpu-definitions", typename="x"),
    qmp("query-cpu-model-expansion", type="static", model={"name": "host"}),
    qmp("query-cpu-model-expansion", type="static", model={"name": "max"}),
    qmp("query-cpu-model-expansion", type="full", model={"name": "qemu64", "props": {"sse4.2": "on"}}),
    qmp("query-cpu-model-expansion", type="full", model={"name": "qemu64", "props": {"family": 300}}),
    qmp("query-cpu-model-expansion", type="full", model={"name": "qemu64-x86_64-cpu"}),
    qmp("device_add", driver=XCPU, **{"socket-id": 1, "core-id": 0, "thread-id": 0, "bus": "pci.0"}),
    qmp("device_add", driver=XCPU, **{"socket-id": "0x1", "core-id": 0, "thread-id": 0}),
    qmp("device_add", driver="qemu64", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
    qmp("device_add", **{"driver": XCPU, "socket-id": 1, "core-id": 0, "thread-id": 0, "apic-id": 4}),
    qmp("device_del", id="/machine/peripheral/nosuch"), qmp("device_del", id=""), qmp("device_del", id="/machine/unattached"),
    qmp("device_del", id="/machine"),
]
for i in range(0, len(QX6B), 4):
    x("r6-qmp2-%d" % (i // 4), *S6, steps=QX6B[i:i + 4])
for i, a in enumerate([
    ["-M", "pc-i440fx-2.6", "-smp", "1,maxcpus=4", "-device", XCPU + ",socket-id=1,core-id=0,thread-id=0"],
    ["-smp", "2,maxcpus=4", "-device", XCPU + ",socket-id=1,core-id=0,thread-id=0,bus=pci.0"],
    ["-smp", "2,maxcpus=4", "-numa", "node,cpus=0-1", "-numa", "node,cpus=2-3",
     "-device", XCPU + ",socket-id=0,core-id=2,thread-id=0,node-id=0"],
    ["-smp", "2,maxcpus=4", "-device", XCPU + ",socket-id=0,core-id=2,thread-id=0,id=c", "-device", "e1000,id=c"],
    ["-smp", "2,maxcpus=4", "-device", "e1000,id=c", "-device", XCPU + ",socket-id=0,core-id=2,thread-id=0,id=c"],
    ["-smp", "2,maxcpus=4", "-global", XCPU + ".socket-id=1"], ["-smp", "2,maxcpus=4", "-global", XCPU + ".apic-id=2"],
    ["-smp", "2,maxcpus=4", "-cpu", "qemu64,socket-id=0"], ["-smp", "2,maxcpus=4", "-cpu", "qemu64,node-id=1"],
    ["-smp", "1,maxcpus=2", "-preconfig"],
]):
    x("r6-opt2-%d" % i, *a, steps=hmp("info hotpluggable-cpus"))
for i, (a, cmds) in enumerate([
    (MP6, ["device_add " + PCORE + ",core-id=1,id=c1", "device_del c1", "device_add " + PCORE + ",core-id=1,id=c1",
           "device_add " + PCORE + ",core-id=2,id=c1"]),
    (MP6, ["device_add " + PCORE + ",core-id=1,bus=pci.0", "device_add " + PCORE + ",core-id=0x2", "device_add " + PCORE + ",core-id=3,",
           "info cpus"]),
    (["-M", "pseries", "-smp", "1,maxcpus=4", "-numa", "node,nodeid=0", "-numa", "node,nodeid=1", "-numa", "cpu,node-id=1,core-id=2"],
     ["device_add " + PCORE + ",core-id=2,node-id=0", "device_add " + PCORE + ",core-id=2,id=k2", "info numa"]),
    (["-M", "pseries-3.1", "-smp", "1,maxcpus=2"], ["device_add " + PCORE + ",core-id=1", "device_add power8_v2.0-spapr-cpu-core,core-id=1,id=p"]),
    (MP6,
     ["help device_add", "info hotpluggable-cpus x", "cpu 1", "qom-get /machine/unattached/device[1] core-id"]),
]):
    p("r6-mon2-%d" % i, *a, steps=hmp(*cmds))

# Measured for -preconfig (r6m-): which QMP commands run before the machine
# is initialised, query-hotpluggable-cpus then (no qom-path, no node-id),
# x-exit-preconfig, the first reset's warnings after it.
PRE = ["query-status", "query-hotpluggable-cpus", "query-cpus-fast", "query-name", "query-version"]
x("r6m-preconfig-0", "-smp", "1,maxcpus=2", "-preconfig", steps=[qmp(c) for c in PRE] + [
    qmp("qom-list", path="/machine"), qmp("qom-get", path="/machine", property="type"),
    qmp("object-add", **{"qom-type": "iothread", "id": "io0"}),
    qmp("device_add", driver=XCPU, **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
    qmp("human-monitor-command", **{"command-line": "info status"})] + [qmp(c) for c in [
        "cont", "stop", "query-current-machine", "query-machines", "query-cpu-definitions", "qom-list-types"]] + [
    qmp("set-numa-node", type="node", nodeid=0), qmp("set-numa-node", type="cpu", **{"node-id": 0, "socket-id": 0})] + [
    qmp(c) for c in ["query-iothreads", "query-kvm", "query-uuid", "query-chardev", "query-block", "query-pci", "system_reset",
                     "quit_nosuch", "x-exit-preconfig", "query-status", "query-hotpluggable-cpus", "x-exit-preconfig"]] + [
    qmp("human-monitor-command", **{"command-line": "info numa"})])
x("r6m-preconfig-1", "-smp", "1,maxcpus=2", "-preconfig", steps=hmp("info hotpluggable-cpus", "help") + [
    qmp("x-exit-preconfig")] + hmp("info status"))
x("r6m-preconfig-2", "-smp", "1,maxcpus=2", "-preconfig", steps=[
    qmp("query-hotpluggable-cpus"), qmp("x-exit-preconfig"), qmp("query-hotpluggable-cpus"), qmp("x-exit-preconfig"),
    qmp("set-numa-node", type="node", nodeid=0)] + hmp("device_add " + XCPU + ",socket-id=0,core-id=1,thread-id=0", "info cpus"))
p("r6m-preconfig-0", "-M", "pseries", "-smp", "1,maxcpus=2", "-preconfig", steps=[
    qmp("query-hotpluggable-cpus"), qmp("device_add", driver=PCORE, **{"core-id": 1}), qmp("x-exit-preconfig"),
    qmp("query-hotpluggable-cpus")])
p("r6m-preconfig-1", "-M", "pseries", "-smp", "1,maxcpus=2", "-preconfig", steps=[qmp("query-status"), qmp("quit")])

# Round 6, third part: -machine smp.* keys, -cpu features a hot-plugged
# CPU inherits, sockets on pseries, ids given to QMP's device_add.
for i, a in enumerate([
    ["-M", "pc,smp.cpus=4,smp.maxcpus=2"], ["-M", "pc,smp.sockets=x"], ["-M", "pc,smp.nosuch=1"], ["-M", "pc,smp.cpus=2", "-smp", "4"],
    ["-M", "pc,smp.cpus=2,smp.maxcpus=4,smp.cores=2"], ["-M", "q35,smp.dies=2,smp.cpus=4"], ["-M", "pc,smp.cpus=-1"],
    ["-M", "pc,smp.cpus=2", "-M", "smp.maxcpus=4"], ["-smp", "2,maxcpus=4", "-numa", "node,nodeid=0,cpus=0-3,memdev=nosuch"],
    ["-smp", "2,maxcpus=4", "-numa", "node,nodeid=0", "-numa", "node,nodeid=2"],
    ["-M", "q35", "-smp", "4,sockets=1,cores=2,threads=2", "-numa", "node", "-numa", "cpu,node-id=0,socket-id=0,core-id=0"],
    ["-M", "pc-i440fx-2.12", "-smp", "1,maxcpus=2"], ["-M", "pc-q35-2.11", "-smp", "1,maxcpus=2"],
]):
    x("r6-opt3-%d" % i, *a, steps=hmp("info hotpluggable-cpus"))
for i, (a, cmds) in enumerate([
    (["-cpu", "qemu64,+avx", "-smp", "1,maxcpus=2"], ["device_add " + XCPU + ",socket-id=1,core-id=0,thread-id=0", "info cpus"]),
    (["-cpu", "Haswell", "-smp", "1,maxcpus=2"], ["device_add Haswell-x86_64-cpu,socket-id=1,core-id=0,thread-id=0"]),
    (["-cpu", "qemu64,enforce,+avx", "-smp", "1,maxcpus=2"], ["info cpus"]),
    (["-cpu", "qemu64,-sse2", "-smp", "1,maxcpus=2"], ["device_add " + XCPU + ",socket-id=1,core-id=0,thread-id=0,sse2=on",
                                                       "device_add " + XCPU + ",socket-id=1,core-id=0,thread-id=0,+sse2"]),
    (["-M", "pc-i440fx-2.12", "-smp", "1,maxcpus=2"], ["device_add " + XCPU + ",socket-id=1,core-id=0,thread-id=0,id=c1",
                                                       "device_del c1", "info hotpluggable-cpus"]),
    (S6, ["device_add " + C6 % (1, 0, 0) + ",id=c1", "qom-get /machine/peripheral/c1 apic-id", "qom-get /machine/peripheral/c1 socket-id",
          "qom-set /machine/peripheral/c1 apic-id 3", "qom-get /machine/peripheral/c1 nosuch", "qom-list /machine/peripheral/c1/nosuch"]),
    (S6, ["device_del  ", "device_del c1 ", "device_add  " + C6 % (1, 0, 0), "device_add " + C6 % (1, 0, 0) + " extra"]),
    (["-smp", "2", "-M", "q35"], ["info hotpluggable-cpus", "device_add " + C6 % (0, 1, 0), "device_add " + XCPU]),
]):
    x("r6-mon3-%d" % i, *a, steps=hmp(*cmds))
QX6C = [
    qmp("device_add", driver=XCPU, **{"socket-id": 1, "core-id": 0, "thread-id": 0, "id": "1c"}),
    qmp("device_add", driver=XCPU, **{"socket-id": 1, "core-id": 0, "thread-id": 0, "id": ""}),
    qmp("device_add", driver=XCPU, **{"socket-id": 1, "core-id": 0, "thread-id": 0, "id": "c/1"}),
    qmp("device_add", driver=XCPU, **{"socket-id": 1, "core-id": 0, "thread-id": 0, "sse2": "on"}),
    qmp("device_add", driver=XCPU, **{"socket-id": 1, "core-id": 0, "thread-id": 0, "sse2": True, "id": "c2"}),
    qmp("device_add", driver=XCPU, **{"socket-id": 1, "core-id": 1, "thread-id": 0, "family": "6"}),
    qmp("device_add", driver=XCPU, **{"socket-id": 1, "core-id": 1, "thread-id": 0, "model-id": 5}),
    qmp("device_add", driver=XCPU, **{"socket-id": 1, "core-id": 1, "thread-id": 0, "die-id": "0"}),
]
for i in range(0, len(QX6C), 4):
    x("r6-qmp3-%d" % (i // 4), *S6, steps=QX6C[i:i + 4])
for i, (a, cmds) in enumerate([
    (["-M", "pseries", "-smp", "2,maxcpus=4,sockets=2,cores=2"], ["info hotpluggable-cpus", "device_add " + PCORE + ",core-id=2",
                                                                  "device_add " + PCORE + ",core-id=2,socket-id=1", "device_add " + PCORE + ",core-id=5"]),
    (["-M", "pseries,max-cpu-compat=power8", "-smp", "1,maxcpus=2"], ["device_add " + PCORE + ",core-id=1", "info cpus"]),
    (["-M", "pseries", "-cpu", "POWER9,cap-htm=on", "-smp", "1,maxcpus=2"], ["info cpus"]),
    (MP6, ["qom-get /machine/unattached/device[1] nr-threads", "qom-set /machine/unattached/device[1] core-id 3",
           "qom-get /machine/unattached/device[1] node-id", "qom-list /machine/unattached/device[1]"]),
]):
    p("r6-mon3-%d" % i, *a, steps=hmp(*cmds))

# Round 6, fourth part: the remaining QemuOpts lists with a bad key, a
# missing '=', a trailing comma, an empty value, an id used twice.
for i, a in enumerate([
    ["-fsdev", "local,id=f,path=/tmp,security_model=none,nosuch=1"], ["-fsdev", "local,id=f,path=/tmp,security_model=none,"],
    ["-fsdev", "local,id=f,path=/tmp,security_model"], ["-fsdev", "local,id=,path=/tmp,security_model=none"],
    ["-fsdev", "local,id=f,path=/tmp,security_model=none", "-fsdev", "local,id=f,path=/tmp,security_model=none"],
    ["-virtfs", "local,path=/tmp,mount_tag=h,security_model=none,nosuch=1"], ["-virtfs", "local,path=/tmp,mount_tag=h,security_model=none,"],
    ["-add-fd", "fd=3,set=1,nosuch=1"], ["-add-fd", "fd=3,set=1,"], ["-add-fd", "fd"],
    ["-sandbox", "on,nosuch=1"], ["-sandbox", "off,"], ["-msg", "timestamp=on,"], ["-msg", "timestamp"],
    ["-tpmdev", "nosuch,id=t"], ["-tpmdev", "passthrough,id=t,nosuch=1"], ["-tpmdev", "emulator,id=t"],
    ["-trace", "enable=cpuhp*,nosuch=1"], ["-trace", "enable=cpuhp*,"], ["-trace", "cpuhp*,file"],
    ["-semihosting-config", "enable=on,nosuch=1"], ["-compat", "deprecated-input=accept,"], ["-compat", "deprecated-input"],
    ["-smp", "2,maxcpus=4,"], ["-smp", "cpus"], ["-smp", "cpus="], ["-nic", "user,"], ["-nic", "user,model"],
    ["-net", "nic,model=e1000,", "-net", "user,"], ["-option-rom", "/nosuch.rom"], ["-acpitable", "sig=ABCD,"],
    ["-fw_cfg", "name=opt/x,string"], ["-incoming", "defer", "-incoming", "defer"], ["-overcommit", "mem-lock=on,"],
    ["-netdev", "user,id=x", "-nic", "user,id=x"], ["-chardev", "null,id=x", "-serial", "chardev:x", "-chardev", "null,id=y",
                                                   "-mon", "chardev=y,id=x", "-mon", "chardev=x,id=x"],
]):
    x("r6-qo2-%d" % i, *a, steps=hmp("info status"))

# Measured around -incoming's run state (r6m-).
x("r6m-incoming-0", "-incoming", "defer", "-smp", "1,maxcpus=2", steps=[qmp("query-status"), qmp("cont"), qmp("query-status"),
                                                                       qmp("stop")] + hmp("info status", "device_add " + XCPU + ",socket-id=1,core-id=0,thread-id=0"))
x("r6m-incoming-1", "-incoming", "defer", "-S", steps=hmp("cont", "info status", "stop", "info status"))

# ---------------------------------------------------------------- round 7 ----
# x86 (pc and q35, several machine versions) error paths around non-CPU
# devices, at start and at runtime: buses that are full, wrong or missing;
# PCI addresses taken, out of range, function bits and multifunction mixes;
# root-port and bridge numbering; device_del of what cannot be unplugged and
# twice; backends used twice, missing or of the wrong type; -drive/-blockdev
# clashes; USB, SCSI and IDE placement clashes; ids shared with CPUs or
# malformed; properties of the wrong type; deleting backends in use.
ND = ["-blockdev", "null-co,node-name=n0"]
for i, a in enumerate([
    ["-M", "q35", "-device", "e1000,bus=nonexistent"], ["-M", "pc", "-device", "e1000,bus=pcie.0"],
    ["-M", "q35", "-device", "e1000,bus=pci.0"], ["-M", "pc", "-device", "usb-kbd,bus=usb-bus.0"],
    ["-M", "pc", "-device", "usb-kbd"], ["-M", "pc", "-device", "e1000,addr=0x1"],
    ["-M", "pc", "-device", "e1000,addr=0x3,id=a", "-device", "e1000,addr=0x3,id=b"],
    ["-M", "q35", "-device", "e1000e,addr=0x1f"], ["-M", "q35", "-device", "e1000e,addr=0x1f.5"],
    ["-M", "pc", "-device", "e1000,addr=0x3.1,multifunction=on"],
    ["-M", "pc", "-device", "e1000,addr=3.0,multifunction=on", "-device", "e1000,addr=3.1,multifunction=off"],
    ["-M", "pc", "-device", "e1000,addr=0x0"], ["-M", "pc", "-vga", "std", "-device", "e1000,addr=0x2"],
    ["-M", "pc", "-device", "e1000,addr=3,addr=4"], ["-M", "pc", "-device", "e1000,addr="], ["-M", "pc", "-device", "e1000,addr=0x3x"],
    ["-M", "pc", "-device", "e1000,addr=0x3.8"], ["-M", "pc", "-device", "e1000,addr=0x3.0.1"],
    ["-M", "pc", "-device", "e1000,bus=pci.0,bus=pci.1"], ["-M", "pc", "-device", "e1000,multifunction=maybe"],
    ["-M", "pc-i440fx-5.2", "-device", "e1000,addr=0x1.3"], ["-M", "pc-q35-6.2", "-device", "e1000e,bus=pcie.0,addr=0x0"],
    ["-M", "q35", "-device", "pcie-root-port,id=a,chassis=1,slot=1", "-device", "pcie-root-port,id=b,chassis=1,slot=1"],
    ["-M", "q35", "-device", "pcie-root-port,id=a,chassis=1,slot=1", "-device", "pcie-root-port,id=b,chassis=2,slot=1"],
    ["-M", "q35", "-device", "pcie-root-port,id=a,chassis=1,port=256"], ["-M", "q35", "-device", "pcie-root-port,id=a,chassis=1,port=-1"],
    ["-M", "q35", "-device", "pcie-root-port,id=a,chassis=256"], ["-M", "q35", "-device", "pcie-root-port,id=a,chassis=1,slot=65536"],
    ["-M", "q35", "-device", "pcie-root-port,id=a,chassis=1,slot=8192"],
    ["-M", "q35", "-device", "pcie-root-port,id=a,chassis=1,port=1", "-device", "pcie-root-port,id=b,chassis=2,port=1"],
    ["-M", "pc", "-device", "pcie-root-port,id=a,chassis=1"], ["-M", "pc", "-device", "pcie-pci-bridge,id=a"],
    ["-M", "pc", "-device", "pci-bridge,id=b"], ["-M", "q35", "-device", "pci-bridge,id=b"],
    ["-M", "pc", "-device", "pci-bridge,id=b,chassis_nr=256"], ["-M", "q35", "-device", "pci-bridge,id=b,chassis_nr=1,bus=pcie.0"],
    ["-M", "pc", "-device", "pci-bridge,id=b,chassis_nr=1", "-device", "pci-bridge,id=c,chassis_nr=2,bus=b,addr=0"],
    ["-M", "q35", "-device", "pcie-root-port,id=rp,chassis=1", "-device", "e1000e,bus=rp,addr=0x0", "-device", "e1000e,bus=rp,addr=0x0.1"],
    ["-M", "q35", "-device", "pcie-root-port,id=rp,chassis=1", "-device", "pcie-root-port,id=rp2,chassis=2,bus=rp"],
    ["-M", "q35", "-device", "e1000,bus=pcie.0,addr=0x3", "-device", "e1000e,bus=pcie.0,addr=0x3"],
]):
    x("r7-bus-%d" % i, *a, steps=hmp("info pci"))
for i, a in enumerate([
    ["-netdev", "user,id=n0", "-device", "e1000,netdev=n0", "-device", "e1000,netdev=n0"],
    ["-netdev", "user,id=n0", "-device", "e1000,netdev=n0,id=a", "-device", "rtl8139,netdev=n0,id=b"],
    ["-chardev", "null,id=c", "-device", "isa-serial,chardev=c", "-device", "isa-serial,chardev=c"],
    ["-chardev", "null,id=c", "-device", "virtio-serial-pci", "-device", "virtconsole,chardev=c", "-device", "virtserialport,chardev=c"],
    ND + ["-device", "virtio-blk-pci,drive=n0", "-device", "virtio-blk-pci,drive=n0"],
    ND + ["-device", "ide-hd,drive=n0", "-device", "virtio-blk-pci,drive=n0"],
    ["-drive", "if=none,id=d0,driver=null-co,node-name=nd0", "-device", "virtio-blk-pci,drive=d0", "-device", "ide-hd,drive=d0"],
    ["-drive", "if=ide,id=d0,driver=null-co,node-name=nd0", "-device", "virtio-blk-pci,drive=d0"],
    ["-drive", "if=virtio,id=d0,driver=null-co,node-name=nd0", "-device", "virtio-blk-pci,drive=d0"],
    ["-drive", "if=none,id=d0,driver=null-co,node-name=nd0", "-device", "virtio-blk-pci,drive=nd0"],
    ["-drive", "if=none,id=d0,driver=null-co,node-name=nd0", "-device", "virtio-blk-pci,drive=d0", "-device", "virtio-blk-pci,drive=nd0"],
    ["-drive", "if=none,id=d0,driver=null-co,node-name=n0"] + ND,
    ["-drive", "if=none,id=d0,driver=null-co,node-name=a", "-drive", "if=none,id=d0,driver=null-co,node-name=b"],
    ["-drive", "if=none,id=d0,driver=null-co,node-name=a"],
    ND + ["-drive", "if=none,id=n0,driver=null-co,node-name=b", "-device", "virtio-blk-pci,drive=n0"],
    ["-m", "512M,slots=2,maxmem=2G", "-object", "iothread,id=io", "-device", "pc-dimm,memdev=io"],
    ["-m", "512M,slots=2,maxmem=2G", "-object", "memory-backend-ram,id=m1,size=128M", "-device", "pc-dimm,memdev=m1",
     "-device", "pc-dimm,memdev=m1"],
    ["-m", "512M", "-object", "memory-backend-ram,id=m0,size=512M", "-numa", "node,memdev=m0", "-m", "512M,slots=2,maxmem=2G",
     "-device", "pc-dimm,memdev=m0"],
    ["-object", "secret,id=sec,data=x", "-device", "virtio-rng-pci,rng=sec"],
    ["-object", "rng-builtin,id=r0", "-device", "virtio-rng-pci,rng=r0", "-device", "virtio-rng-pci,rng=r0"],
    ["-object", "iothread,id=io", "-device", "ivshmem-plain,memdev=io"], ["-object", "iothread,id=io", "-M", "pc,memory-backend=io"],
    ["-object", "memory-backend-ram,id=m0,size=64M", "-device", "virtio-blk-pci,drive=m0"],
    ["-netdev", "user,id=n0", "-device", "virtio-blk-pci,drive=n0"], ["-chardev", "null,id=c", "-device", "e1000,netdev=c"],
    ["-object", "iothread,id=io", "-device", "isa-serial,chardev=io"], ND + ["-device", "virtio-scsi-pci,iothread=n0"],
]):
    x("r7-be-%d" % i, *a, steps=hmp("info pci"))
UHCI = ["-device", "piix3-usb-uhci,id=u"]
for i, a in enumerate([
    UHCI + ["-device", "usb-kbd,bus=u.0,port=1", "-device", "usb-mouse,bus=u.0,port=1"],
    UHCI + ["-device", "usb-kbd,bus=u.0,port=3"], UHCI + ["-device", "usb-kbd,bus=u.0,port=0"],
    UHCI + ["-device", "usb-kbd,bus=u.0", "-device", "usb-mouse,bus=u.0", "-device", "usb-tablet,bus=u.0"],
    UHCI + ["-device", "usb-kbd,bus=u.0,port=1", "-device", "usb-mouse,bus=u.0,port=1.2"],
    UHCI + ["-device", "usb-hub,bus=u.0,port=1", "-device", "usb-mouse,bus=u.0,port=1.0"],
    UHCI + ["-device", "usb-hub,bus=u.0,port=1", "-device", "usb-mouse,bus=u.0,port=1.1", "-device", "usb-kbd,bus=u.0,port=1.1"],
    UHCI + ["-device", "usb-kbd,bus=u.0,port=x"], UHCI + ["-device", "usb-kbd,bus=u.1"],
    ["-M", "pc,usb=on", "-device", "usb-kbd,bus=usb-bus.0"], ["-M", "pc,usb=on", "-device", "usb-kbd,port=1", "-device", "usb-tablet,port=1"],
    ["-device", "qemu-xhci,id=x,p2=1,p3=0", "-device", "usb-kbd,bus=x.0", "-device", "usb-mouse,bus=x.0"],
    ["-device", "virtio-scsi-pci,id=s"] + ND + ["-device", "scsi-hd,drive=n0,bus=s.0,scsi-id=256"],
    ["-device", "virtio-scsi-pci,id=s"] + ND + ["-device", "scsi-hd,drive=n0,bus=s.0,lun=16384"],
    ["-device", "virtio-scsi-pci,id=s"] + ND + ["-device", "scsi-hd,drive=n0,bus=s.0,scsi-id=x"],
    ["-device", "virtio-scsi-pci,id=s", "-device", "scsi-cd,bus=s.0,scsi-id=2", "-device", "scsi-cd,bus=s.0,scsi-id=2"],
    ["-device", "virtio-scsi-pci,id=s", "-device", "scsi-cd,bus=s.0,scsi-id=2,lun=1", "-device", "scsi-cd,bus=s.0,scsi-id=2,lun=1"],
    ["-device", "lsi53c895a,id=l", "-device", "scsi-cd,bus=l.0,lun=1"], ["-device", "lsi53c895a,id=l", "-device", "scsi-cd,bus=l.0,scsi-id=-1"],
    ND + ["-device", "scsi-hd,drive=n0"], ["-device", "megasas,id=m", "-device", "scsi-cd,bus=m.0,scsi-id=200"],
    ["-device", "ide-cd,bus=ide.0", "-device", "ide-cd,bus=ide.0", "-device", "ide-cd,bus=ide.0"],
    ["-device", "ide-cd,bus=ide.0,unit=0", "-device", "ide-cd,bus=ide.0,unit=0"], ["-device", "ide-cd,bus=ide.2"],
    ["-drive", "if=ide,index=0,driver=null-co,node-name=a,media=cdrom", "-device", "ide-cd,bus=ide.0,unit=0"],
    ["-M", "q35", "-device", "ide-cd,bus=ide.0,unit=1"], ["-M", "q35", "-device", "ide-cd,bus=ide.6"],
    ["-M", "q35", "-device", "ide-cd,bus=ide.0", "-device", "ide-cd,bus=ide.0"], ["-device", "ide-cd,unit=x"],
]):
    x("r7-place-%d" % i, *a, steps=hmp("info usb"))
for i, a in enumerate([
    ["-smp", "1,maxcpus=2", "-device", "e1000,id=cpu1", "-device", XCPU + ",id=cpu1,socket-id=0,core-id=1,thread-id=0"],
    ["-smp", "1,maxcpus=2", "-device", XCPU + ",id=cpu1,socket-id=0,core-id=1,thread-id=0", "-device", "e1000,id=cpu1"],
    ["-device", "e1000,id=-x"], ["-device", "e1000,id=_a"], ["-device", "e1000,id=a/b"], ["-device", "e1000,id=a,id=b"],
    ["-device", "e1000,id=a b"], ["-device", "e1000,id=a", "-netdev", "user,id=a"], ["-device", "e1000,id=A", "-device", "e1000,id=a"],
    ["-device", "e1000,mac="], ["-device", "virtio-net-pci,mq=maybe"], ["-device", "e1000,bootindex=1,bootindex=2"],
    ["-device", "rtl8139,nosuch=1"], ["-device", "virtio-net-pci,speed=x"], ["-device", "e1000,bootindex=99999999999"],
    ["-device", "virtio-blk-pci,drive=n0,num-queues=x"] + ND, ["-device", "virtio-net-pci,host_mtu=70000"],
    ["-device", "e1000,x-pcie-extcap-init=on"], ["-device", "virtio-balloon-pci,free-page-hint=2"],
    ["-device", j(driver="e1000", addr=3)], ["-device", j(driver="e1000", addr="0x3", multifunction="on")],
    ["-device", j(driver="e1000", bootindex="1")], ["-device", j(driver="e1000", id="x", nosuch=1)],
    ["-device", j(driver="e1000", netdev=5)], ["-device", j(driver="virtio-net-pci", mq=1)],
]):
    x("r7-prop-%d" % i, *a, steps=hmp("info pci"))
R7P = ["-M", "pc", "-smp", "1,maxcpus=2", "-netdev", "user,id=n0", "-netdev", "user,id=n1", "-chardev", "null,id=c0",
       "-device", "e1000,netdev=n0,id=nic0,addr=0x3", "-device", "piix3-usb-uhci,id=u", "-device", "usb-kbd,bus=u.0,id=kbd",
       "-device", "virtio-serial-pci,id=vs", "-device", "virtconsole,chardev=c0,id=con"] + ND + [
       "-device", "virtio-blk-pci,drive=n0,id=blk", "-object", "memory-backend-ram,id=m1,size=128M", "-m", "512M,slots=2,maxmem=2G",
       "-device", "pc-dimm,memdev=m1,id=dimm1", "-object", "iothread,id=io0"]
R7Q = ["-M", "q35", "-netdev", "user,id=n0", "-netdev", "user,id=n1",
       "-device", "pcie-root-port,id=rp1,chassis=1,slot=1", "-device", "pcie-root-port,id=rp2,chassis=2,slot=2",
       "-device", "e1000e,netdev=n0,id=nic0,bus=rp1", "-device", "e1000e,id=onb,bus=pcie.0,addr=0x5"]
for i, cmds in enumerate([
    ["device_add e1000,bus=pcie.0", "device_add e1000,bus=nonexistent", "device_add usb-tablet,bus=usb-bus.0",
     "device_add e1000,netdev=n1,addr=0x3", "device_add e1000,netdev=n1,addr=0x1", "device_add e1000,addr=0x20"],
    ["device_add e1000,netdev=n1,addr=0x4.1", "device_add e1000,addr=0x4.0,multifunction=on,id=f0", "device_add e1000,addr=0x4.1,id=f1",
     "info pci"],
    ["device_add e1000,netdev=n0", "device_add rtl8139,netdev=n0", "device_add isa-serial,chardev=c0",
     "device_add virtserialport,chardev=c0", "device_add virtio-blk-pci,drive=n0", "device_add pc-dimm,memdev=m1"],
    ["device_add pc-dimm,memdev=io0", "device_add virtio-rng-pci,rng=io0", "device_add virtio-blk-pci,drive=m1",
     "device_add e1000,netdev=c0", "device_add virtio-blk-pci,iothread=n0,drive=n0"],
    ["device_add usb-mouse,bus=u.0,port=1", "device_add usb-mouse,bus=u.0,port=2,id=m", "device_add usb-tablet,bus=u.0",
     "device_add usb-tablet,bus=u.0,port=5", "info usb"],
    ["device_del nic0", "device_del nic0", "device_del blk", "info pci"],
    ["device_del /machine/i440fx", "device_del /machine/unattached/device[1]", "device_del /machine/fw_cfg", "device_del u",
     "device_del vs", "device_del /machine/peripheral/nosuch", "device_del /machine/peripheral/nic0"],
    ["device_del dimm1", "device_del dimm1", "info memory-devices"],
    ["device_add e1000,id=cpu1", "device_add " + XCPU + ",id=cpu1,socket-id=0,core-id=1,thread-id=0", "device_add e1000,id=nic0",
     "device_add " + XCPU + ",id=nic0,socket-id=0,core-id=1,thread-id=0", "device_add e1000,id=-a", "device_add e1000,id=a,id=b"],
    ["device_add e1000,bootindex=x", "device_add e1000,mac=", "device_add rtl8139,nosuch=1", "device_add e1000,multifunction=maybe",
     "device_add virtio-net-pci,mq=2"],
    ["netdev_del n0", "chardev-remove c0", "object_del m1", "object_del io0", "drive_del n0", "info network"],
    ["device_add virtio-blk-pci,drive=n0,iothread=io0,id=b2", "object_del io0", "device_add virtio-scsi-pci,id=s",
     "device_add scsi-cd,bus=s.0,scsi-id=1", "device_add scsi-cd,bus=s.0,scsi-id=1", "device_add scsi-cd,bus=s.0,scsi-id=256"],
    ["device_add ide-cd,bus=ide.0,unit=2", "device_add ide-cd,bus=ide.1", "device_add ide-hd,drive=n0,bus=ide.0",
     "device_add pci-bridge,chassis_nr=3,id=b", "device_add pcie-root-port,chassis=4,id=r"],
]):
    x("r7-monp-%d" % i, *R7P, steps=hmp(*cmds))
for i, cmds in enumerate([
    ["device_add e1000e,netdev=n1,bus=rp1", "device_add e1000e,netdev=n1,bus=rp1,addr=0x0.1", "device_add e1000e,netdev=n1,bus=pcie.0",
     "device_add e1000e,netdev=n1,bus=pcie.0,addr=0x6", "device_add e1000e,netdev=n1,bus=rp2,addr=0x1"],
    ["device_del onb", "device_del rp1", "device_del rp2", "device_del /machine/q35", "device_del /machine/q35/pcie.0",
     "device_del /machine/unattached/device[0]"],
    ["device_del nic0", "device_del nic0", "info pci"],
    ["device_add pcie-root-port,id=rp3,chassis=1,slot=1", "device_add pcie-root-port,id=rp3,chassis=3,slot=3",
     "device_add pci-bridge,id=b,chassis_nr=5,bus=rp2", "device_add e1000,bus=b,addr=0x1,id=e", "device_add e1000,bus=b,addr=0x1"],
    ["device_add pcie-root-port,id=rp3,chassis=3,slot=3,bus=rp2", "device_add usb-kbd", "device_add ide-cd,bus=ide.0,unit=1",
     "device_add ide-cd,bus=ide.2", "device_add ide-cd,bus=ide.7,id=cd7", "device_add ide-cd,bus=ide.7"],
]):
    x("r7-monq-%d" % i, *R7Q, steps=hmp(*cmds))
for i, (a, cmds) in enumerate([
    (["-M", "pc-i440fx-5.2", "-global", "PIIX4_PM.acpi-pci-hotplug-with-bridge-support=off", "-device", "pci-bridge,id=b,chassis_nr=1,shpc=off"],
     ["device_add e1000,bus=b,addr=0x1", "device_add e1000,bus=b,addr=0x1,id=x"]),
    (["-M", "pc", "-device", "pci-bridge,id=b,chassis_nr=1,shpc=off"], ["device_add e1000,bus=b,addr=0x1,id=x", "info pci"]),
    (["-M", "pc", "-global", "PIIX4_PM.acpi-pci-hotplug-with-bridge-support=off", "-device", "pci-bridge,id=b,chassis_nr=1"],
     ["device_add e1000,bus=b,addr=0x1,id=x", "device_del x", "device_del x"]),
    (["-M", "pc", "-global", "PIIX4_PM.acpi-root-pci-hotplug=off"], ["device_add e1000,id=x", "device_add e1000,id=y,addr=0x5"]),
    (["-M", "pc-q35-6.0", "-device", "pcie-root-port,id=rp,chassis=1", "-device", "e1000e,bus=rp,id=e"],
     ["device_del e", "device_del e", "device_add e1000e,bus=rp"]),
    (["-M", "pc-q35-7.0", "-device", "pcie-root-port,id=rp,chassis=1,hotplug=off"], ["device_add e1000e,bus=rp,id=e", "info pci"]),
    (["-M", "q35", "-device", "pcie-root-port,id=rp,chassis=1,hotplug=off", "-device", "e1000e,bus=rp,id=e"], ["device_del e"]),
    (["-M", "q35", "-global", "ICH9-LPC.acpi-pci-hotplug-with-bridge-support=off", "-device", "pcie-root-port,id=rp,chassis=1",
      "-device", "e1000e,bus=rp,id=e"], ["device_del e", "device_del e"]),
    (["-M", "pc-i440fx-6.2", "-device", "e1000,id=e,addr=0x3.0,multifunction=on", "-device", "e1000,id=f,addr=0x3.1"],
     ["device_del f", "device_del e", "device_del e"]),
    (["-M", "pc", "-device", "pcie-pci-bridge,id=pb"], ["device_add e1000,bus=pb", "info pci"]),
]):
    x("r7-hp-%d" % i, *a, steps=hmp(*cmds))
QX7 = [
    qmp("device_add", driver="e1000", bus="pcie.0"), qmp("device_add", driver="e1000", addr="0x3"),
    qmp("device_add", driver="e1000", addr=4), qmp("device_add", driver="e1000", multifunction="on"),
    qmp("device_add", driver="e1000", netdev="n0"), qmp("device_add", driver="e1000", bootindex="2"),
    qmp("device_add", driver="e1000", id="cpu-0"), qmp("device_add", driver="e1000", id="a b"),
    qmp("device_del", id="nic0"), qmp("device_del", id="nic0"), qmp("device_del", id="/machine/i440fx"),
    qmp("device_del", id="u"), qmp("device_del", id=5), qmp("device_del", id="/machine/peripheral/nosuch"),
    qmp("netdev_del", id="n0"), qmp("chardev-remove", id="c0"), qmp("object-del", id="m1"),
    qmp("blockdev-del", **{"node-name": "n0"}), qmp("blockdev-add", driver="null-co", **{"node-name": "n0"}),
    qmp("device_add", driver="virtio-blk-pci", drive="n0"), qmp("device_add", driver="pc-dimm", memdev="m1"),
    qmp("device_add", driver="usb-kbd", bus="u.0", port=1), qmp("device_add", driver="usb-kbd", bus="u.0", port="1"),
    qmp("device_add", driver="usb-kbd", bus="u.0", port="3"),
]
for i in range(0, len(QX7), 4):
    x("r7-qmp-%d" % (i // 4), *R7P, steps=QX7[i:i + 4])

# Measured around round 7's fixes (r7m-): device_del of the boards' named
# objects and buses, SHPC and PCIe slots without hotplug, each SCSI HBA's
# target and LUN limits, a device taking a -drive's node by its node-name.
for i, (a, cmds) in enumerate([
    (["-M", "pc", "-device", "piix3-usb-uhci,id=u"], ["device_del /machine/fw_cfg", "device_del /machine/i440fx/ioapic",
                                                       "device_del /machine/i440fx/pci.0", "device_del /machine/peripheral/u/u.0",
                                                       "device_del u/u.0", "device_del /machine/peripheral/u/u.0/nosuch"]),
    (["-M", "q35", "-device", "pcie-root-port,id=rp1,chassis=1"], ["device_del /machine/fw_cfg", "device_del /machine/q35/ioapic",
                                                                    "device_del /machine/q35/mch", "device_del /machine/q35/pcie.0",
                                                                    "device_del rp1/rp1", "device_del /machine/peripheral/rp1/rp1"]),
    (["-M", "pc-i440fx-5.2"], ["device_del /machine/fw_cfg", "device_del /machine/i440fx/ioapic", "device_del /machine/i440fx/pci.0"]),
    (["-M", "pc-q35-5.2"], ["device_del /machine/fw_cfg", "device_del /machine/q35/ioapic", "device_del /machine/q35/pcie.0"]),
    (["-M", "pc", "-global", "PIIX4_PM.acpi-pci-hotplug-with-bridge-support=off", "-device", "pci-bridge,id=b,chassis_nr=1",
      "-device", "e1000,bus=b,addr=0x1,id=x"], ["device_del x", "device_del x", "info pci"]),
    (["-M", "q35", "-global", "ICH9-LPC.acpi-pci-hotplug-with-bridge-support=off", "-device", "pcie-root-port,id=rp,chassis=1",
      "-device", "pci-bridge,id=b,chassis_nr=2,bus=rp"], ["device_add e1000,bus=b,addr=0x1,id=x", "device_del x", "device_del x"]),
    (["-M", "q35", "-device", "pcie-root-port,id=rp,chassis=1", "-device", "pci-bridge,id=b,chassis_nr=2,bus=rp,shpc=off"],
     ["device_add e1000,bus=b,addr=0x1,id=x", "info pci"]),
    (["-M", "pc-q35-6.0", "-device", "pcie-root-port,id=rp,chassis=1", "-device", "pci-bridge,id=b,chassis_nr=2,bus=rp,shpc=off"],
     ["device_add e1000,bus=b,addr=0x1,id=x"]),
    (["-M", "q35", "-device", "ioh3420,id=rp,chassis=1", "-device", "x3130-upstream,id=up,bus=rp",
      "-device", "xio3130-downstream,id=dn,bus=up,chassis=2,hotplug=off"], ["device_add e1000e,bus=dn,id=x"]),
    (["-M", "pc,acpi=off", "-device", "pci-bridge,id=b,chassis_nr=1,shpc=off"], ["device_add e1000,bus=b,addr=0x1,id=x"]),
    (["-M", "pc,acpi=off", "-device", "pci-bridge,id=b,chassis_nr=1"], ["device_add e1000,bus=b,addr=0x1,id=x", "device_del x",
                                                                         "device_del x"]),
    (["-M", "q35", "-device", "pcie-root-port,id=rp,chassis=1,hotplug=off"], ["device_del rp", "info pci"]),
]):
    x("r7m-del-%d" % i, *a, steps=hmp(*cmds))
for i, (hba, dev) in enumerate([
    ("megasas", "scsi-id=64"), ("megasas", "scsi-id=65"), ("megasas", "lun=255"), ("megasas", "lun=256"),
    ("megasas-gen2", "scsi-id=65"), ("megasas-gen2", "lun=256"), ("mptsas1068", "scsi-id=7"), ("mptsas1068", "scsi-id=8"),
    ("mptsas1068", "lun=1"), ("mptsas1068", "lun=2"), ("pvscsi", "scsi-id=63"), ("pvscsi", "scsi-id=64"), ("pvscsi", "lun=1"),
    ("am53c974", "scsi-id=7"), ("am53c974", "scsi-id=8"), ("am53c974", "lun=8"), ("dc390", "scsi-id=8"), ("lsi53c810", "scsi-id=8"),
    ("megasas", "channel=1"), ("virtio-scsi-pci", "channel=1"),
]):
    x("r7m-scsi-%d" % i, "-device", hba + ",id=h", "-device", "scsi-cd,bus=h.0," + dev, steps=hmp("info pci"))
DN = ["-drive", "if=none,id=d0,driver=null-co,node-name=nd0"]
for i, (a, cmds) in enumerate([
    (DN + ["-device", "virtio-blk-pci,drive=nd0,id=v"], ["info block", "info qtree"]),
    (DN + ["-device", "virtio-blk-pci,drive=nd0", "-device", "virtio-blk-pci,drive=d0"], []),
    (DN + ["-device", "virtio-blk-pci,drive=nd0,id=a", "-device", "virtio-blk-pci,drive=nd0,id=b"], []),
    (DN + ["-device", "virtio-blk-pci,drive=d0,id=a"], ["device_add virtio-blk-pci,drive=nd0,id=b", "device_add virtio-blk-pci,drive=nd0",
                                                        "info block"]),
    (DN, ["device_add virtio-blk-pci,drive=nd0,id=a", "device_add virtio-blk-pci,drive=d0,id=b", "info block"]),
]):
    x("r7m-node-%d" % i, *a, steps=hmp(*(cmds or ["info block"])))

# Round 7, second part (r7-two-): the same family one step further: QMP
# forms of the refusals above, a -drive's node-name used by other device
# kinds and deleted under them, SHPC on a PCIe-to-PCI bridge, hotplug onto
# AHCI, SCSI HBAs, virtio-serial and memory slots at run time.
R7B = ["-M", "q35", "-drive", "if=none,id=d0,driver=null-co,node-name=nd0", "-device", "virtio-scsi-pci,id=s",
       "-device", "pcie-root-port,id=rp1,chassis=1", "-device", "pcie-pci-bridge,id=pb,bus=rp1",
       "-device", "virtio-serial-pci,id=vs", "-chardev", "null,id=c0", "-chardev", "null,id=c1",
       "-object", "iothread,id=io0", "-m", "512M,slots=2,maxmem=2G"]
for i, steps in enumerate([
    hmp("device_add scsi-hd,drive=nd0,bus=s.0,id=h0", "device_add scsi-hd,drive=d0,bus=s.0", "info block"),
    hmp("device_add scsi-hd,drive=nd0,bus=s.0,id=h0", "drive_del d0", "info block"),
    hmp("device_add ide-hd,drive=nd0,bus=ide.0", "device_add ide-hd,drive=d0,bus=ide.1", "device_add ide-cd,bus=ide.2,id=cd"),
    [qmp("blockdev-del", **{"node-name": "nd0"}), qmp("device_add", driver="virtio-blk-pci", drive="nd0", id="v"),
     qmp("blockdev-del", **{"node-name": "nd0"}), qmp("query-block")],
    hmp("device_add e1000,bus=pb,addr=0x1,id=x", "device_del x", "device_del x", "device_add e1000,bus=pb,addr=0x0"),
    hmp("device_add virtserialport,chardev=c0,nr=1,id=p1", "device_add virtserialport,chardev=c1,nr=1",
        "device_add virtserialport,chardev=c1,nr=0", "device_add virtconsole,chardev=c1,nr=31", "device_add virtconsole,chardev=c1,nr=32"),
    hmp("device_add virtserialport,chardev=c0,name=a,id=p1", "device_add virtserialport,chardev=c1,name=a",
        "device_del p1", "chardev-remove c0"),
    hmp("object_add memory-backend-ram,id=m1,size=128M", "device_add pc-dimm,memdev=m1,slot=2", "device_add pc-dimm,memdev=m1,node=1",
        "device_add pc-dimm,memdev=m1,addr=0x1000", "device_add pc-dimm,memdev=m1,id=d1", "device_add pc-dimm,memdev=m1,id=d2",
        "object_del m1"),
    hmp("device_add scsi-cd,bus=s.0,scsi-id=1,lun=1,id=a", "device_add scsi-cd,bus=s.0,scsi-id=1,lun=1",
        "device_add scsi-cd,bus=s.0,channel=1", "device_add scsi-cd,bus=s.0,lun=16384", "device_add megasas,id=m,bus=pb,addr=0x2",
        "device_add scsi-cd,bus=m.0,scsi-id=65", "device_add scsi-cd,bus=m.0,lun=255,id=l"),
    hmp("device_add virtio-blk-pci,drive=d0,iothread=io0,bus=pb,addr=0x3,id=b", "object_del io0", "device_del b", "object_del io0"),
    [qmp("device_del", id="/machine/q35/pcie.0"), qmp("device_del", id="/machine/fw_cfg"), qmp("device_del", id="rp1/rp1"),
     qmp("device_del", id="s/s.0")],
    [qmp("device_add", driver="pc-dimm", memdev="io0"), qmp("device_add", driver="virtio-rng-pci", rng="c0"),
     qmp("device_add", driver="e1000", bus="pb", addr="0x1", id="e"), qmp("device_add", driver="e1000", bus="pb", addr="0x1")],
]):
    x("r7-two-%d" % i, *R7B, steps=steps)
for i, a in enumerate([
    ["-M", "q35", "-device", "ich9-ahci,id=a"] + ND + ["-device", "ide-hd,drive=n0,bus=a.0", "-device", "ide-cd,bus=a.0"],
    ["-M", "q35", "-device", "ide-cd,bus=ide.0,id=x", "-device", "ide-cd,bus=ide.0,unit=0"],
    ["-M", "pc", "-device", "megasas,id=m", "-device", "scsi-cd,bus=m.0,scsi-id=1", "-device", "scsi-cd,bus=m.0,scsi-id=1"],
    ["-M", "pc", "-device", "pvscsi,id=p", "-device", "scsi-cd,bus=p.0", "-device", "scsi-cd,bus=p.0,lun=1"],
    ["-M", "pc", "-drive", "if=none,id=d0,driver=null-co,node-name=nd0", "-device", "usb-ehci,id=e",
     "-device", "usb-storage,drive=nd0,bus=e.0", "-device", "usb-storage,drive=d0,bus=e.0"],
    ["-M", "pc", "-drive", "if=none,id=d0,driver=null-co,node-name=nd0,read-only=on", "-device", "virtio-blk-pci,drive=d0",
     "-device", "virtio-blk-pci,drive=nd0"],
    ["-M", "pc", "-drive", "if=none,id=d0,driver=null-co,node-name=nd0", "-device", "ide-cd,drive=d0", "-device", "ide-cd,drive=nd0"],
    ["-M", "pc", "-drive", "if=none,id=d0,driver=null-co,node-name=nd0", "-blockdev", "null-co,node-name=d0"],
    ["-M", "pc", "-drive", "if=ide,driver=null-co,node-name=nd0", "-device", "virtio-blk-pci,drive=nd0"],
    ["-M", "pc", "-drive", "if=none,id=d0,driver=null-co,node-name=d0"],
    ["-M", "pc", "-device", "pci-bridge,id=b,chassis_nr=1", "-device", "pci-bridge,id=c,chassis_nr=1,bus=b,addr=0x1"],
    ["-M", "q35", "-device", "pcie-root-port,id=rp,chassis=1", "-device", "pcie-pci-bridge,id=pb,bus=rp",
     "-device", "pcie-pci-bridge,id=pb2,bus=pb"],
    ["-M", "q35", "-device", "pcie-pci-bridge,id=pb,bus=pcie.0", "-device", "e1000e,bus=pb"],
    ["-M", "q35", "-device", "pcie-root-port,id=rp,chassis=1", "-device", "e1000,bus=rp,addr=0x0.0x1"],
    ["-M", "pc-q35-6.0", "-device", "pcie-root-port,id=rp,chassis=1", "-device", "pcie-pci-bridge,id=pb,bus=rp"],
]):
    steps = hmp("info pci") if i < 13 else hmp("device_add e1000,bus=pb,addr=0x1,id=x", "device_del x", "device_del x")
    x("r7-two-opt-%d" % i, *a, steps=steps)

# Measured for a read-only -drive's node (r7m-): info block and query-block.
x("r7m-node-5", "-drive", "if=none,id=d0,driver=null-co,node-name=nd0,read-only=on", "-device", "virtio-blk-pci,drive=d0",
  steps=hmp("info block") + [qmp("query-block")])

# ---------------------------------------------------------------- round 8 ----
# How QEMU merges and refuses options given more than once or in odd forms:
# -machine/-M twice (the type in the second, properties split, the type
# changed), -smp/-m/-cpu/-numa/-global/-name/-boot/-rtc repeated or split,
# -set on ids that exist or not, -k/-usb/-usbdevice forms, one or two dashes
# and '=' in option names, empty values and arguments missing at the end,
# sizes with suffixes, fractions, hex, negative and overflowing, -smp 0 and
# huge -smp per machine family.
QG = [qmp("qom-get", path="/machine", property="hpet"), qmp("qom-get", path="/machine", property="smm")]
for i, (a, steps) in enumerate([
    (["-machine", "pc", "-machine", "hpet=off"], QG),
    (["-machine", "hpet=off", "-machine", "pc"], QG),
    (["-machine", "pc,hpet=off", "-machine", "q35"], QG),
    (["-machine", "q35,smm=off", "-machine", "smm=on"], QG),
    (["-M", "q35", "-machine", "hpet=off,smm=off"], QG),
    (["-M", "pc", "-machine", "type=q35"], QG),
    (["-machine", "type=pc", "-M", "q35,hpet=off"], QG),
    (["-machine", "hpet=off", "-machine", "hpet=on"], QG),
    (["-machine", "q35", "-machine", "pc-i440fx-7.2"], [qmp("qom-get", path="/machine", property="type")]),
    (["--machine", "q35"], QG),
    (["-machine=q35"], QG),
    (["-M", ""], QG),
    (["-smp", "4,cores=2,cores=4"], hmp("info hotpluggable-cpus")),
    (["-smp", "cpus=2,cpus=4"], hmp("info cpus")),
    (["-smp", "2", "-smp", "sockets=2"], hmp("info hotpluggable-cpus")),
    (["-smp", "0"], hmp("info cpus")),
    (["-smp", "0,maxcpus=0"], hmp("info cpus")),
    (["-smp", "-1"], hmp("info cpus")),
    (["-smp", "1.5"], hmp("info cpus")),
    (["-smp", ""], hmp("info cpus")),
    (["-M", "pc", "-smp", "256"], hmp("info status")),
    (["-M", "q35", "-smp", "1,maxcpus=289"], hmp("info status")),
    (["-M", "q35", "-smp", "1,maxcpus=1025"], hmp("info status")),
    (["-m", "1G", "-m", "slots=2,maxmem=4G"], hmp("info memory_size_summary")),
    (["-m", "slots=2,maxmem=4G", "-m", "1G"], hmp("info memory_size_summary")),
    (["-m", "1.5G"], hmp("info memory_size_summary")),
    (["-m", "512k"], hmp("info memory_size_summary")),
    (["-m", "-1"], hmp("info memory_size_summary")),
    (["-m", "99999999T"], hmp("info memory_size_summary")),
    (["-m", "0"], hmp("info memory_size_summary")),
    (["-m", "1Gb"], hmp("info memory_size_summary")),
    (["-m", "1G,maxmem=99999999T,slots=1"], hmp("info memory_size_summary")),
    (["-m", ""], hmp("info memory_size_summary")),
    (["-cpu", "qemu64,+avx", "-cpu", "Haswell"], hmp("info cpus")),
    (["-cpu", ""], hmp("info cpus")),
    (["-numa", "node,nodeid=1", "-numa", "node"], hmp("info numa")),
    (["-numa", "node", "-numa", "node,nodeid=0"], hmp("info numa")),
    (["-numa", "node,nodeid=2", "-numa", "node,nodeid=0"], hmp("info numa")),
    (["-global", "e1000.mac=52:54:00:00:00:01", "-global", "e1000.mac=52:54:00:00:00:02", "-device", "e1000,id=n"],
     [qmp("qom-get", path="n", property="mac")]),
    (["-global", "e1000.mac=52:54:00:00:00:01", "-global", "driver=e1000,property=mac,value=52:54:00:00:00:02",
      "-device", "e1000,id=n"], [qmp("qom-get", path="n", property="mac")]),
    (["-name", "a", "-name", "debug-threads=on"], hmp("info name")),
    (["-name", "guest=a,guest=b"], hmp("info name")),
    (["-boot", "order=c", "-boot", "menu=on"], hmp("info status")),
    (["-boot", "order=cx"], hmp("info status")),
    (["-rtc", "base=utc", "-rtc", "base=localtime,base=utc"], hmp("info status")),
    (["-rtc", "clock=host", "-rtc", "clock=nosuch"], hmp("info status")),
    (["-k", "en-us"], hmp("info status")),
    (["-usbdevice", "tablet"], hmp("info usb")),
    (["-usb", "-usbdevice", "nosuch"], hmp("info usb")),
    (["-M", "q35", "-usb", "-usb", "-usbdevice", "keyboard"], hmp("info usb")),
    (["-device", "e1000,id=n0", "-set", "device.n0.mac=52:54:00:12:34:56"], [qmp("qom-get", path="n0", property="mac")]),
    (["-device", "e1000,id=n0", "-set", "device.n1.mac=52:54:00:12:34:56"], hmp("info status")),
    (["-set", "device.n0.mac=52:54:00:12:34:56", "-device", "e1000,id=n0"], [qmp("qom-get", path="n0", property="mac")]),
    (["-device", "e1000,id=n0", "-set", "device.n0.nosuch=1"], hmp("info status")),
    (["-set", "nosuch.a.b=c"], hmp("info status")),
    (["-drive", "if=none,id=d0,driver=null-co,node-name=nd0", "-set", "drive.d0.read-only=on"], hmp("info block")),
    (["-object", "iothread,id=io0", "-set", "object.io0.poll-max-ns=10"], hmp("info iothreads")),
    (["-smp", "1,maxcpus=2", "-device", XCPU + ",id=c1,socket-id=1,core-id=0,thread-id=0", "-set", "device.c1.socket-id=3"],
     hmp("info hotpluggable-cpus")),
    (["-writeconfig", "-", "-device", "e1000,id=n0"], hmp("info status")),
    (["-m"], hmp("info status")),
    (["-set"], hmp("info status")),
    (["-usbdevice"], hmp("info status")),
    (["--smp", "2", "--m", "256M"], hmp("info cpus")),
    (["-smp=2"], hmp("info status")),
    (["-", "2"], hmp("info status")),
    (["-object", "memory-backend-ram,id=m,size=1.5M"], hmp("info memdev")),
    (["-object", "memory-backend-ram,id=m,size=-1M"], hmp("info memdev")),
]):
    x("r8-%d" % i, *a, steps=steps)
for i, (a, steps) in enumerate([
    (["-machine", "pseries", "-machine", "cap-htm=off"], [qmp("qom-get", path="/machine", property="cap-htm")]),
    (["-machine", "cap-htm=off", "-machine", "pseries-7.2"], [qmp("qom-get", path="/machine", property="cap-htm")]),
    (["-smp", "0"], hmp("info cpus")),
    (["-smp", "1,maxcpus=1025"], hmp("info status")),
    (["-smp", "1,maxcpus=4097"], hmp("info status")),
    (["-smp", "2,threads=2", "-smp", "threads=1"], hmp("info hotpluggable-cpus")),
    (["-m", "1.5G"], hmp("info memory_size_summary")),
    (["-m", "99999999T"], hmp("info status")),
    (["-m", "1G", "-m", "slots=2,maxmem=4G"], hmp("info memory_size_summary")),
    (["-m", "1G,slots=2,maxmem=3.5G"], hmp("info memory_size_summary")),
    (["-cpu", "POWER9", "-cpu", "POWER8"], hmp("info cpus")),
    (["-smp", "1,maxcpus=2", "-device", "power9_v2.0-spapr-cpu-core,id=c1,core-id=1", "-set", "device.c1.core-id=3"],
     hmp("info hotpluggable-cpus")),
    (["-numa", "node", "-numa", "node,nodeid=0"], hmp("info numa")),
    (["-usbdevice", "mouse"], hmp("info usb")),
]):
    p("r8-%d" % i, *a, steps=steps)

# Measured around round 8's fixes (r8m-): -set's parse errors, groups and
# ids, -usbdevice's names and usb=off after it, sizes at 2^64, -cpu forms.
for i, (a, steps) in enumerate([
    (["-device", "e1000,id=n0", "-set", "device.n0.mac"], hmp("info status")),
    (["-device", "e1000,id=n0", "-set", "device.n0"], hmp("info status")),
    (["-set", "device.a=b"], hmp("info status")),
    (["-chardev", "null,id=c0", "-set", "chardev.c0.nosuch=1"], hmp("info chardev")),
    (["-chardev", "null,id=c0", "-set", "chardev.c1.x=1"], hmp("info status")),
    (["-device", j(driver="e1000", id="n0"), "-set", "device.n0.mac=52:54:00:00:00:07"], hmp("info status")),
    (["-device", "e1000,id=n0", "-set", "device.n0.mac=52:54:00:00:00:07"], [qmp("qom-get", path="n0", property="mac")]),
    (["-device", "e1000,id=n0,mac=52:54:00:00:00:05", "-set", "device.n0.addr=0x9", "-set", "device.n0.addr=0x1f"],
     hmp("info pci")),
    (["-device", "e1000,id=n0", "-set", "device.n0.addr=0x40"], hmp("info status")),
    (["-set", "machine.x.usb=on"], hmp("info status")),
    (["-netdev", "user,id=u0", "-set", "netdev.u1.x=1"], hmp("info status")),
    (["-usbdevice", "wacom-tablet"], hmp("info usb")),
    (["-usbdevice", "disk:/nosuch.img"], hmp("info usb")),
    (["-usbdevice", "mouse", "-machine", "usb=off"], hmp("info usb")),
    (["-usbdevice", "mouse", "-device", "usb-kbd"], hmp("info usb")),
    (["-M", "isapc", "-usbdevice", "mouse"], hmp("info usb")),
    (["-m", "16E"], hmp("info status")),
    (["-m", "18446744073709551616"], hmp("info status")),
    (["-smp", "1,maxcpus=18446744073709551616"], hmp("info status")),  # (-m 15.99E: the host's allocation)
    (["-chardev", "ringbuf,id=r,size=99999999T"], hmp("info status")),
    (["-cpu", ",+avx"], hmp("info cpus")),
    (["--", "2"], hmp("info status")),
]):
    x("r8m-%d" % i, *a, steps=steps)

# ---------------------------------------------------------------- round 9 ----
# Typos and near misses, as learners make them copying a line by hand or
# half-remembering it: misspelled option and property names, wrongly cased
# or typed values (Cores=2, cores=two, 2.0, 0x2, empty, ON, yes, 1),
# machine types and CPU models one character off, CPU and other drivers
# misspelled, -numa and -m forms, stray spaces and quotes a shell left in,
# and the same at run time in HMP (commands and info subcommands misspelled,
# spaces after commas, ids in the wrong case) and QMP (command and member
# names misspelled, numbers and booleans as strings, arguments as a string).
# (QMP's "Execute" in the wrong case cannot be sent: the recorder writes the
# "execute" member itself.)
X9 = "qemu64-x86_64-cpu,socket-id=1,core-id=0,thread-id=0"
for i, (a, steps) in enumerate([
    (["-machien", "q35"], hmp("info status")),
    (["-smp", "cpu=2"], hmp("info cpus")),
    (["-smp", "2,core=2"], hmp("info cpus")),
    (["-smp", "2,socket=2"], hmp("info cpus")),
    (["-smp", "2,maxcpu=4"], hmp("info cpus")),
    (["-cpus", "2"], hmp("info cpus")),
    (["-SMP", "2"], hmp("info cpus")),
    (["-smp", "Cores=2"], hmp("info cpus")),
    (["-smp", "cores=two"], hmp("info cpus")),
    (["-smp", "cores=2.0"], hmp("info cpus")),
    (["-smp", "cores=0x2"], hmp("info hotpluggable-cpus")),
    (["-smp", "4,cores="], hmp("info cpus")),
    (["-smp", "4,sockets=-1"], hmp("info cpus")),
    (["-smp", "cpus=4,maxcpus=2"], hmp("info cpus")),
    (["-smp", "2, maxcpus=4"], hmp("info cpus")),
    (["-smp", " 2"], hmp("info cpus")),
    (["-smp", "2,maxcpus=4 "], hmp("info cpus")),
    (["-smp", "2,,maxcpus=4"], hmp("info cpus")),
    (["-smp", "'2,maxcpus=4'"], hmp("info cpus")),
    (["-smp", "\"2\""], hmp("info cpus")),
    (["-smp", "sockets=1 cores=2"], hmp("info cpus")),
    (["-smp", "2 maxcpus=4"], hmp("info cpus")),
    (["-smp", "2,maxcpus=4,sockets=2,cores=1,threads=1,"], hmp("info hotpluggable-cpus")),
    (["-smp", "4,threads=2,cores=2,sockets=1,dies=1"], hmp("info hotpluggable-cpus")),
    (["-M", "pc,hpet=ON"], hmp("info status")),
    (["-M", "pc,hpet=On"], hmp("info status")),
    (["-M", "pc,hpet=true"], [qmp("qom-get", path="/machine", property="hpet")]),
    (["-M", "pc,hpet=1"], hmp("info status")),
    (["-M", "pc,hpet=yes"], [qmp("qom-get", path="/machine", property="hpet")]),
    (["-M", "pc,hpet=no"], [qmp("qom-get", path="/machine", property="hpet")]),
    (["-M", "pc,hpet=y"], hmp("info status")),
    (["-M", "pc,vmport=ON"], hmp("info status")),
    (["-M", "pc,vmport=Auto"], hmp("info status")),
    (["-M", "q35,smm=true"], hmp("info status")),
    (["-M", "q35,smm=yes"], hmp("info status")),
    (["-M", "pc,usb=ON"], hmp("info status")),
    (["-M", "pc-q35-7.3"], hmp("info status")),
    (["-M", "pc-i440fx"], hmp("info status")),
    (["-M", "i440fx"], hmp("info status")),
    (["-M", "Q35"], hmp("info status")),
    (["-M", "pc-q35"], hmp("info status")),
    (["-M", "pc_q35-7.2"], hmp("info status")),
    (["-M", "pc-q35-07.2"], hmp("info status")),
    (["-M", "q35 "], hmp("info status")),
    (["-M", " q35"], hmp("info status")),
    (["-M", "pc-i440fx-7.2.0"], hmp("info status")),
    (["-machine", "type=q35,type=pc"], [qmp("qom-get", path="/machine", property="type")]),
    (["-machine", "q35,"], hmp("info status")),
    (["-machine", "tyep=q35"], hmp("info status")),
    (["-cpu", "Skylake-client"], hmp("info cpus")),
    (["-cpu", "skylake-client"], hmp("info cpus")),
    (["-cpu", "host"], hmp("info cpus")),
    (["-cpu", "EPYC-v9"], hmp("info cpus")),
    (["-cpu", "EPYC-v1"], hmp("info cpus")),
    (["-cpu", "qemu64-x86-cpu"], hmp("info cpus")),
    (["-cpu", "QEMU64"], hmp("info cpus")),
    (["-cpu", "haswell"], hmp("info cpus")),
    (["-cpu", "qemu64 "], hmp("info cpus")),
    (["-cpu", "qemu64,+SSE4.2"], hmp("info cpus")),
    (["-cpu", "qemu64,sse4.2=ON"], hmp("info cpus")),
    (["-cpu", "qemu64,sse4.2=yes"], hmp("info cpus")),
    (["-cpu", "qemu64, +sse4.2"], hmp("info cpus")),
    (["-smp", "1,maxcpus=2", "-device", "qemu64-x86-cpu,socket-id=1,core-id=0,thread-id=0"], hmp("info cpus")),
    (["-smp", "1,maxcpus=2", "-device", "qemu64-x86_64,socket-id=1,core-id=0,thread-id=0"], hmp("info cpus")),
    (["-smp", "1,maxcpus=2", "-device", "host-x86_64-cpu,socket-id=1,core-id=0,thread-id=0"], hmp("info cpus")),
    (["-smp", "1,maxcpus=2", "-device", "qemu64-x86_64-cpu,socket-id=one,core-id=0,thread-id=0"], hmp("info cpus")),
    (["-smp", "1,maxcpus=2", "-device", "qemu64-x86_64-cpu,socket-id=1,core-id=-1,thread-id=0"], hmp("info cpus")),
    (["-smp", "1,maxcpus=2", "-device", "qemu64-x86_64-cpu,Socket-id=1,core-id=0,thread-id=0"], hmp("info cpus")),
    (["-smp", "1,maxcpus=2", "-device", "qemu64-x86_64-cpu,socket_id=1,core_id=0,thread_id=0"], hmp("info cpus")),
    (["-smp", "1,maxcpus=2", "-device", X9 + ",node-id="], hmp("info cpus")),
    (["-smp", "1,maxcpus=2", "-device", "qemu64-x86_64-cpu, socket-id=1, core-id=0, thread-id=0"], hmp("info cpus")),
    (["-smp", "1,maxcpus=2", "-device", "qemu64-x86_64-cpu,socket-id=1,core-id=0,thread-id=0,"], hmp("info cpus")),
    (["-smp", "1,maxcpus=2", "-device", j(driver="qemu64-x86_64-cpu", **{"socket-id": "one", "core-id": 0, "thread-id": 0})],
     hmp("info cpus")),
    (["-smp", "1,maxcpus=2", "-device", j(driver="qemu64-x86_64-cpu", **{"socket-id": 1, "core-id": "0", "thread-id": 0})],
     hmp("info cpus")),
    (["-device", "virtio-net"], hmp("info pci")),
    (["-device", "virtio-net-device"], hmp("info pci")),
    (["-device", "virtio-net-pci,netdev=n0", "-netdev", "user,id=net0"], hmp("info pci")),
    (["-device", "e1000 "], hmp("info pci")),
    (["-device", "E1000"], hmp("info pci")),
    (["-device", "e1000,mac=52:54:00:12:34:5G"], hmp("info pci")),
    (["-device", "virtio-net-pci,,id=n"], hmp("info pci")),
    (["-device", "virtio-blk-pci,drive=hd0", "-drive", "if=none,id=hd,driver=null-co,node-name=n0"], hmp("info pci")),
    (["-smp", "2", "-numa", "node,node-id=0"], hmp("info numa")),
    (["-smp", "4", "-numa", "node,nodeid=0,cpus=0-"], hmp("info numa")),
    (["-smp", "4", "-numa", "node,nodeid=0,cpus=-3"], hmp("info numa")),
    (["-smp", "4", "-numa", "node,nodeid=0,cpus=0:3"], hmp("info numa")),
    (["-smp", "4", "-numa", "node,nodeid=0,cpus=0,1"], hmp("info numa")),
    (["-smp", "4", "-numa", "node,nodeid=0,cpus=0,,1"], hmp("info numa")),
    (["-smp", "4", "-numa", "node,nodeid=0,cpus=\"0-1\""], hmp("info numa")),
    (["-smp", "4", "-numa", "node,nodeid=0,cpus=0-1 "], hmp("info numa")),
    (["-smp", "4", "-numa", "node,nodeid=0,cpus=0-3", "-numa", "node,nodeid=1,cpus=0-3"], hmp("info numa")),
    (["-smp", "4", "-numa", "nodes,nodeid=0"], hmp("info numa")),
    (["-smp", "4", "-numa", "node,nodeid=one"], hmp("info numa")),
    (["-smp", "4", "-numa", "node,nodeid=0", "-numa", "cpu,node_id=0,socket-id=0"], hmp("info numa")),
    (["-smp", "4", "-numa", "node,nodeid=0", "-numa", "cpu,nodeid=0,socket-id=0"], hmp("info numa")),
    (["-smp", "4", "-numa", "node,nodeid=0", "-numa", "dist,src=0,dst=0,val=10"], hmp("info numa")),
    (["-m", "1GB"], hmp("info memory_size_summary")),
    (["-m", "1 G"], hmp("info memory_size_summary")),
    (["-m", "512MiB"], hmp("info memory_size_summary")),
    (["-m", "512m"], hmp("info memory_size_summary")),
    (["-m", "1024MB"], hmp("info memory_size_summary")),
    (["-m", "0x40000000"], hmp("info memory_size_summary")),
    (["-m", "1g"], hmp("info memory_size_summary")),
    (["-m", "1G,max-mem=4G"], hmp("info memory_size_summary")),
    (["-m", "1G,slots=2,maxmem=4GB"], hmp("info memory_size_summary")),
    (["-m", "1G,slot=2,maxmem=4G"], hmp("info memory_size_summary")),
    (["-m", "1G,slots=two,maxmem=4G"], hmp("info memory_size_summary")),
    (["-m", "1G,maxmem=4G,slots=0"], hmp("info memory_size_summary")),
    (["-m", "mem=1G"], hmp("info memory_size_summary")),
    (["-m", "1G,slots=-1,maxmem=2G"], hmp("info memory_size_summary")),
    (["-m", "1G, slots=2, maxmem=4G"], hmp("info memory_size_summary")),
    (["-m", "size=1G,maxmem=4G,slots=2"], hmp("info memory_size_summary")),
]):
    x("r9-%d" % i, *a, steps=steps)
for i, (a, steps) in enumerate([
    (["-M", "pseries-7.3"], hmp("info status")),
    (["-M", "pseries7.2"], hmp("info status")),
    (["-M", "spapr"], hmp("info status")),
    (["-M", "pSeries"], hmp("info status")),
    (["-M", "pseries,cap-htm=ON"], hmp("info status")),
    (["-M", "pseries,cap-htm=true"], hmp("info status")),
    (["-M", "pseries,ic-mode=XIVE"], hmp("info status")),
    (["-cpu", "power9"], hmp("info cpus")),
    (["-cpu", "POWER9_V2.0"], hmp("info cpus")),
    (["-cpu", "Power9"], hmp("info cpus")),
    (["-cpu", "POWER 9"], hmp("info cpus")),
    (["-cpu", "POWER10_v2.0"], hmp("info cpus")),
    (["-cpu", "power9_v2.0-spapr-cpu-core"], hmp("info cpus")),
    (["-smp", "1,maxcpus=2", "-device", "power9-spapr-cpu-core,core-id=1"], hmp("info hotpluggable-cpus")),
    (["-smp", "1,maxcpus=2", "-device", "POWER9_v2.0-spapr-cpu-core,core-id=1"], hmp("info hotpluggable-cpus")),
    (["-smp", "1,maxcpus=2", "-device", "power9_v2.0-spapr-cpu-core,core_id=1"], hmp("info hotpluggable-cpus")),
    (["-smp", "1,maxcpus=2", "-device", "power9_v2.0-spapr-cpu-core,core-id=-1"], hmp("info hotpluggable-cpus")),
    (["-smp", "1,maxcpus=2", "-device", "power9_v2.0-spapr-cpu-core,core-id=one"], hmp("info hotpluggable-cpus")),
    (["-smp", "1,maxcpus=2", "-device", "power9_v2.0-spapr-cpu-core, core-id=1"], hmp("info hotpluggable-cpus")),
    (["-smp", "cpu=2"], hmp("info cpus")),
    (["-smp", "2,thread=2"], hmp("info cpus")),
    (["-smp", "4,threads=3"], hmp("info cpus")),
    (["-smp", "Threads=2"], hmp("info cpus")),
    (["-m", "1GB"], hmp("info memory_size_summary")),
    (["-m", "1G,slots=2,maxmem=4GB"], hmp("info memory_size_summary")),
    (["-smp", "2", "-numa", "node,node-id=0"], hmp("info numa")),
]):
    p("r9-%d" % i, *a, steps=steps)

# Round 9 in the monitor: HMP commands and info subcommands misspelled,
# partial, wrongly cased; device_add with spaces after commas and property
# names off by a character; device_del of ids that differ in case.
S9 = ["-smp", "1,maxcpus=4"]
for i, cmds in enumerate([
    ["infos cpus", "info cpu", "info hotpluggable-cpu", "info hotplugable-cpus", "info cpus"],
    ["INFO cpus", "info CPUS", "Info cpus", "info  cpus", "info hotpluggable-cpus  "],
    ["devic", "device_a", "device_ad " + X9, "devcie_add " + X9, "device-add " + X9],
    ["help device_ad", "help infos", "help info cpu", "help cpu-add", "? device_del"],
    ["inf cpus", "i cpus", "info hot", "info", "cpu_add 1"],
    ["device_add qemu64-x86_64-cpu, socket-id=1, core-id=0, thread-id=0", "device_add qemu64-x86_64-cpu,socket-id=1 ,core-id=0,thread-id=0",
     "device_add qemu64-x86_64-cpu ,socket-id=1,core-id=0,thread-id=0", "info cpus"],
    ["device_add qemu64-x86-cpu,socket-id=1,core-id=0,thread-id=0", "device_add qemu64-x86_64,socket-id=1,core-id=0,thread-id=0",
     "device_add qemu64-x86_64-cpu,socket=1,core=0,thread=0", "device_add qemu64-x86_64-cpu,socketid=1,coreid=0,threadid=0"],
    ["device_add qemu64-x86_64-cpu,socket-id=1,core-id=-1,thread-id=0", "device_add qemu64-x86_64-cpu,socket-id=one,core-id=0,thread-id=0",
     "device_add qemu64-x86_64-cpu,socket-id=\"1\",core-id=0,thread-id=0", "device_add qemu64-x86_64-cpu,socket-id=1.0,core-id=0,thread-id=0",
     "device_add qemu64-x86_64-cpu,socket-id=,core-id=0,thread-id=0"],
    ["device_add " + X9 + ",Id=c1", "device_add " + X9 + ",ID=c1", "device_add " + X9 + ",id=c1", "device_del C1", "device_del c 1",
     "device_del c1 c2", "info hotpluggable-cpus"],
    ["device_add virtio-net,id=n", "device_add virtio-net-pci,netdev=nosuch", "device_add virtio-net-pci,id=n1", "device_del n2",
     "device_del N1", "info pci"],
    ["device_add e1000,Mac=52:54:00:12:34:56", "device_add e1000,mac=52:54:00:12:34:5", "device_add E1000",
     "device_add e1000,multifunction=ON", "device_add e1000,multifunction=yes,id=e"],
    ["device_add", "device_add " + X9 + ",", "device_add ," + X9, "device_add help,socket-id=1", "device_add qemu64-x86_64-cpu help"],
]):
    x("r9-mon-%d" % i, *S9, steps=hmp(*cmds))
for i, cmds in enumerate([
    ["infos cpus", "info cpu", "info hotpluggable-cpu", "cpu-add 1", "help device_ad"],
    ["device_add power9_v2.0-spapr-cpu-core, core-id=1", "device_add power9_v2.0-spapr-cpu-core,core_id=1",
     "device_add power9_v2.0-spapr-cpu-core,coreid=1", "device_add POWER9-spapr-cpu-core,core-id=1",
     "device_add power9_v2.0-spapr-cpu-core,core-id=\"1\"", "device_add power9_v2.0-spapr-cpu-core,core-id=one"],
    ["device_add power9_v2.0-spapr-cpu-core,core-id=1,id=core1", "device_del Core1", "device_del core 1", "info hotpluggable-cpus"],
    ["device_add power9_v2.0-spapr-cpu-core,core-id=1,node-id=one", "device_add power9_v2.0-spapr-cpu-core,core-id=1,nr-threads=one",
     "device_add power9_v2.0-spapr-cpu-core,core-id=1.0", "device_add power9_v2.0-spapr-cpu-core,core-id=0x1,id=k", "info cpus"],
]):
    p("r9-mon-%d" % i, "-M", "pseries", *S9, steps=hmp(*cmds))

# Round 9 in QMP: command and member names misspelled or cased, numbers and
# booleans as strings, arguments as a string or a list, driver missing.
def qraw(execute, arguments):
    return {"qmp": {"execute": execute, "arguments": arguments}}


for i, steps in enumerate([
    [qmp("query-hotpluggable-cpu"), qmp("query-hotplugable-cpus"), qmp("Query-hotpluggable-cpus"), qmp("query_hotpluggable_cpus")],
    [qraw("device_add", json.dumps({"driver": "qemu64-x86_64-cpu", "socket-id": 1, "core-id": 0, "thread-id": 0})),
     qraw("device_add", ["qemu64-x86_64-cpu"]), qraw("query-hotpluggable-cpus", "{}"), qraw("query-hotpluggable-cpus", [])],
    [qmp("device_add", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
     qmp("device_add", drivers="qemu64-x86_64-cpu", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
     qmp("device_add", Driver="qemu64-x86_64-cpu", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
     qmp("device_add", driver="qemu64-x86-cpu", **{"socket-id": 1, "core-id": 0, "thread-id": 0})],
    [qmp("device_add", driver="qemu64-x86_64-cpu", **{"socket-id": "1", "core-id": "0", "thread-id": "0"}),
     qmp("device_add", driver="qemu64-x86_64-cpu", **{"socket-id": 1, "core-id": "1", "thread-id": 0}),
     qmp("device_add", driver="qemu64-x86_64-cpu", **{"socket_id": 1, "core_id": 0, "thread_id": 0}),
     qmp("device_add", driver="qemu64-x86_64-cpu", **{"Socket-Id": 1, "core-id": 0, "thread-id": 0})],
    [qmp("device_add", driver="e1000", multifunction="on"), qmp("device_add", driver="e1000", multifunction="true"),
     qmp("device_add", driver="e1000", id=1), qmp("device_add", driver="virtio-net-pci", **{"disable-legacy": True})],
    [qmp("device_add", driver="qemu64-x86_64-cpu", id="c1", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
     qmp("device_del", id="C1"), qmp("device_del", ids="c1"), qmp("device-del", id="c1"), qmp("device_delete", id="c1")],
    [qmp("human-monitor-command", command_line="info cpus"), qmp("human-monitor-command", **{"command-line": "infos cpus"}),
     qmp("human-monitor-command", **{"command-line": "info cpu"}), qmp("human-monitor-command", **{"Command-line": "info cpus"})],
    [qmp("query-cpus-fast", verbose=True), qmp("query-cpu"), qmp("query-cpus-fast", arguments={}), qmp("query_cpus_fast")],
]):
    x("r9-qmp-%d" % i, *S9, steps=steps)
for i, steps in enumerate([
    [qmp("device_add", driver="power9-spapr-cpu-core", **{"core-id": 1}),
     qmp("device_add", driver="power9_v2.0-spapr-cpu-core", **{"core-id": "1"}),
     qmp("device_add", drivers="power9_v2.0-spapr-cpu-core", **{"core-id": 1}),
     qmp("device_add", driver="power9_v2.0-spapr-cpu-core", **{"core-id": -1})],
    [qmp("query-hotpluggable-cpu"), qmp("device_add", driver="power9_v2.0-spapr-cpu-core", **{"core_id": 1}),
     qmp("device_add", driver="power9_v2.0-spapr-cpu-core", **{"core-id": 1.0}),
     qmp("device_add", driver="POWER9_v2.0-spapr-cpu-core", **{"core-id": 1})],
]):
    p("r9-qmp-%d" % i, "-M", "pseries", *S9, steps=steps)

# Measured around round 9's fixes (r9m-): -m's slots= is a QemuOpts number
# (qemu_strtou64, base 0: hex, octal, a sign that wraps, out of range).
for i, v in enumerate(["0x2", "010", "+2", " 2", "2 ", "-2", "-0", "99999999999999999999", "18446744073709551615", "0x", "1e3",
                       "257", "-1,maxmem=1G"]):
    x("r9m-slots-%d" % i, "-m", "1G,maxmem=4G,slots=" + v, steps=hmp("info memory_size_summary"))
for i, v in enumerate(["-1", "0x20", "040", "33"]):
    p("r9m-slots-%d" % i, "-m", "1G,maxmem=4G,slots=" + v, steps=hmp("info memory_size_summary"))

# Round 9, second part (r9-two-): the same near misses one step further:
# -cpu feature names and values off by a character, pseries capability and
# compat values in the wrong case, -numa mem= without a suffix, and in the
# monitor: paths and property names misspelled in qom-get/qom-list/info
# qom-tree, cpu/numa arguments off, QMP CPU model queries with the names
# learners type.
for i, (a, steps) in enumerate([
    (["-cpu", "qemu64,+sse4_2"], hmp("info cpus")),
    (["-cpu", "qemu64,sse4-2=on"], hmp("info cpus")),
    (["-cpu", "qemu64,-SSE2"], hmp("info cpus")),
    (["-cpu", "qemu64,+avx2,enforce"], hmp("info cpus")),
    (["-cpu", "qemu64,+vmx"], hmp("info cpus")),
    (["-cpu", "qemu64,kvm=off"], hmp("info cpus")),
    (["-cpu", "qemu64,hv-time"], hmp("info cpus")),
    (["-cpu", "qemu64,+hypervisor,-hypervisor"], hmp("info cpus")),
    (["-cpu", "qemu64,family=6,model=0x9e,stepping=ten"], hmp("info cpus")),
    (["-cpu", "Skylake-Client-v9"], hmp("info cpus")),
    (["-cpu", "Skylake-Client-IBRS"], hmp("info cpus")),
    (["-cpu", "Cascadelake-Server-noTSX,+vmx"], hmp("info cpus")),
    (["-smp", "2", "-numa", "node,mem=512", "-numa", "node,mem=512", "-m", "1G"], hmp("info numa")),
    (["-smp", "2", "-numa", "node,mem=512M", "-m", "1G"], hmp("info numa")),
    (["-smp", "2", "-numa", "node,memdev=ram0", "-m", "1G"], hmp("info numa")),
    (["-smp", "2", "-numa", "node,mem=1GB", "-m", "1G"], hmp("info numa")),
    (["-smp", "2,threads=2"], hmp("info hotpluggable-cpus")),
    (["-smp", "2,maxcpus=4", "-device", X9 + ",id=c1 "], hmp("info cpus")),
    (["-smp", "2,maxcpus=4", "-device", "qemu64-x86_64-cpu,socket-id=1,core-id=0,thread-id=0,bus=pci.0 "], hmp("info cpus")),
]):
    x("r9-two-%d" % i, *a, steps=steps)
for i, (a, steps) in enumerate([
    (["-M", "pseries,max-cpu-compat=POWER9"], hmp("info cpus")),
    (["-M", "pseries,max-cpu-compat=power9"], hmp("info cpus")),
    (["-M", "pseries,cap-hpt-max-page-size=64K"], hmp("info status")),
    (["-M", "pseries,cap-hpt-max-page-size=64KiB"], hmp("info status")),
    (["-M", "pseries,cap-cfpc=Broken"], hmp("info status")),
    (["-M", "pseries,cap-cfpc=workaround"], hmp("info status")),
    (["-M", "pseries,ic-mode=xics"], hmp("info status")),
    (["-cpu", "POWER9,compat=power9"], hmp("info cpus")),
    (["-cpu", "POWER9,compat=POWER8"], hmp("info cpus")),
    (["-cpu", "power9_v2.0,compat=power8"], hmp("info cpus")),
    (["-cpu", "POWER8E"], hmp("info cpus")),
    (["-cpu", "POWER9_v1.0"], hmp("info cpus")),
    (["-smp", "2", "-numa", "node,mem=512", "-numa", "node,mem=512", "-m", "1G"], hmp("info numa")),
]):
    p("r9-two-%d" % i, *a, steps=steps)
for i, cmds in enumerate([
    ["qom-get /machine/unatached/device[0] socket-id", "qom-get /machine/unattached/device[0] socket_id",
     "qom-get /machine/unattached/device[0 socket-id", "qom-get /machine/unattached/device[0]/ socket-id",
     "qom-get machine/unattached/device[0] socket-id", "qom-get /machine/unattached/device[0] Socket-id"],
    ["qom-list /machine/unattached/device[00]", "qom-list /machine/peripheral/", "qom-list /machine/peripherals",
     "info qom-tree /machine/peripheral-anon", "info qom-tree /machine/unatached", "info qom-tree /Machine"],
    ["cpu one", "cpu -1", "cpu 1", "cpu 0x0", "cpu 0 1", "info cpus"],
    ["qom-set /machine hpet off", "qom-set /machine/unattached/device[0] socket-id one", "qom-get /machine hpe",
     "qom-get /machine Hpet", "qom-get /machine type"],
    ["device_add " + X9 + ",id=c1", "device_del /machine/peripheral/c1/", "device_del /machine/peripheral/C1",
     "device_del peripheral/c1", "device_del machine/peripheral/c1", "info hotpluggable-cpus"],
    ["info numa 0", "info numa x", "info hotpluggable-cpus -v", "info cpus 0", "info status x"],
]):
    x("r9-two-mon-%d" % i, *S9, steps=hmp(*cmds))
for i, steps in enumerate([
    [qmp("query-cpu-model-expansion", type="full", model={"name": "Skylake-client"}),
     qmp("query-cpu-model-expansion", type="Full", model={"name": "qemu64"}),
     qmp("query-cpu-model-expansion", type="full", model={"name": "qemu64", "props": {"SSE4.2": True}}),
     qmp("query-cpu-model-expansion", type="full", model={"name": "qemu64", "props": {"sse4.2": "on"}}),
     qmp("query-cpu-model-expansion", type="full", model="qemu64")],
    [qmp("qom-get", path="/machine/unattached/device[0]", property="socket_id"),
     qmp("qom-get", path="/machine/unatached/device[0]", property="socket-id"),
     qmp("qom-get", path="/machine/unattached/device[0]", Property="socket-id"),
     qmp("qom-list", path="/machine/peripheral/"), qmp("qom-list", path="machine")],
    [qmp("device_add", driver="qemu64-x86_64-cpu", id="c1 ", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
     qmp("device_add", driver="qemu64-x86_64-cpu", id="c1", bus="", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
     qmp("device_add", driver=" qemu64-x86_64-cpu", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
     qmp("device_add", driver="qemu64-x86_64-cpu", **{"socket-id": 1, "core-id": 0, "thread-id": 0, "node-id": -1})],
]):
    x("r9-two-qmp-%d" % i, *S9, steps=steps)
for i, steps in enumerate([
    [qmp("query-cpu-model-expansion", type="full", model={"name": "POWER9"})],
    hmp("qom-get /machine/unattached/device[1] core_id", "qom-get /machine/unattached/device[1] nr_threads",
        "qom-list /machine/unattached/device[1]/thread[0]", "qom-get /machine max-cpu-compat", "qom-set /machine max-cpu-compat POWER8"),
]):
    p("r9-two-qmp-%d" % i, "-M", "pseries", *S9, steps=steps)

# Round 9, third part (r9-three-): QMP habits carried into HMP and -device
# (driver= as a key, JSON after device_add), underscores for dashes in
# machine and CPU property names, info subcommands with '_'.
for i, (a, steps) in enumerate([
    (["-smp", "1,maxcpus=2", "-device", "driver=qemu64-x86_64-cpu,socket-id=1,core-id=0,thread-id=0"], hmp("info cpus")),
    (["-smp", "1,maxcpus=2", "-device", "id=c1,socket-id=1,core-id=0,thread-id=0"], hmp("info cpus")),
    (["-smp", "1,maxcpus=2", "-device", "driver=qemu64-x86_64-cpu,driver=e1000"], hmp("info cpus")),
    (["-M", "q35,kernel_irqchip=off"], hmp("info status")),
    (["-M", "pc,max_ram_below_4g=1G"], hmp("info status")),
    (["-M", "pc,dump_guest_core=off"], hmp("info status")),
    (["-cpu", "qemu64,family=6,Model=60"], hmp("info cpus")),
    (["-cpu", "qemu64,model_id=x"], hmp("info cpus")),
    (["-global", "qemu64-x86_64-cpu.Family=6"], hmp("info cpus")),
    (["-smp", "2", "-numa", "cpu,node-id=0,socket-id=0"], hmp("info numa")),
    (["-smp", "8,sockets=2,cores=4,threads=2"], hmp("info cpus")),
]):
    x("r9-three-%d" % i, *a, steps=steps)
for i, cmds in enumerate([
    ["device_add driver=qemu64-x86_64-cpu,socket-id=1,core-id=0,thread-id=0,id=c1", "info hotpluggable-cpus"],
    ["device_add {\"driver\":\"qemu64-x86_64-cpu\",\"socket-id\":1,\"core-id\":0,\"thread-id\":0}", "device_add id=c1",
     "device_add socket-id=1,core-id=0,thread-id=0", "info cpus"],
    ["info hotpluggable_cpus", "info memory-size-summary", "info memory_size_summary", "info mem_dev", "help info hotpluggable_cpus"],
    ["qom-list", "info qtree x", "info qom-tree /machine/peripheral x", "device_del", "device_del \"c1\""],
]):
    x("r9-three-mon-%d" % i, *S9, steps=hmp(*cmds))
x("r9-three-qmp-0", *S9, steps=[
    qmp("query-hotpluggable-cpus", verbose=True),
    qmp("human-monitor-command", **{"command-line": "device_add driver=qemu64-x86_64-cpu,socket-id=1,core-id=0,thread-id=0"}),
    qmp("device_add", driver="qemu64-x86_64-cpu", **{"socket-id": 1, "core-id": 0, "thread-id": 0, "driver ": "x"}),
    qmp("device_add", driver="qemu64-x86_64-cpu", arguments={"socket-id": 1})])
for i, cmds in enumerate([
    ["device_add driver=power9_v2.0-spapr-cpu-core,core-id=1,id=k1", "info hotpluggable-cpus"],
    ["device_del core1", "device_del /machine/unattached/device[1]/thread[0]x", "info hotpluggable_cpus"],
]):
    p("r9-three-mon-%d" % i, "-M", "pseries", *S9, steps=hmp(*cmds))
p("r9-three-0", "-M", "pseries,max_cpu_compat=power8", steps=hmp("info cpus"))
p("r9-three-1", "-M", "pseries,cap_htm=off", steps=hmp("info cpus"))

# Measured after round 9 (r9m-num-): other QemuOpts numbers given the forms
# slots= was (hex, a sign, past 2^64), to see which parse them the same way.
for i, a in enumerate([
    ["-chardev", "null,id=c,debug=99999999999999999999"], ["-chardev", "null,id=c,debug=-1"], ["-chardev", "null,id=c,debug=0x10"],
    ["-chardev", "null,id=c,debug= 1"], ["-add-fd", "fd=99999999999999999999,set=1"], ["-add-fd", "fd=3,set=-1"],
    ["-smbios", "type=99999999999999999999"], ["-smbios", "type=-1"], ["-smbios", "type= 1"],
    ["-drive", "if=none,id=d0,driver=null-co,throttling.iops-total=99999999999999999999"],
    ["-drive", "if=none,id=d0,driver=null-co,throttling.iops-total=-1"],
    ["-drive", "if=none,id=d0,driver=null-co,throttling.iops-total=0x10"],
    ["-smbios", "type=4,max-speed=99999999999999999999"], ["-smbios", "type=4,max-speed= 2000"], ["-smbios", "type=4,max-speed=-1"],
    ["-smbios", "type=4,current-speed=0x10"], ["-chardev", "ringbuf,id=c,size=99999999999999999999"],
]):
    x("r9m-num-%d" % i, *a, steps=hmp("info status"))

# ---------------------------------------------------------------- round 10 ----
# The JSON forms and their errors as people hand-write or script them: JSON
# for -device, -object, -netdev, -blockdev, -audiodev, -compat, -machine and
# the options that may or may not take it; single quotes, trailing commas,
# comments, duplicate keys, unknown and missing members, every wrong JSON
# type, big and odd numbers, escapes, deep nesting, {} and [], JSON mixed
# with key=value, JSON whose shell quoting was lost; CPU devices in JSON on
# the command line and device_add over QMP with each member ill-typed in
# turn on pc, q35 and pseries; HMP's device_add/netdev_add/object_add with
# JSON. (QMP's own syntax errors are probe_monitor's wire_m6: the recorder
# writes QMP itself, so only well-formed JSON of the wrong shape goes here;
# an id of a lone surrogate, "\ud800", left QEMU without an answer the
# recorder reads, on both releases: left to wire_m6's \u escapes.)
RNG = '{"driver":"virtio-rng-pci","id":"r0"%s}'
for i, d in enumerate([
    "{'driver':'virtio-rng-pci','id':'r0'}", '{"driver":"virtio-rng-pci","id":"r0",}',
    '{"driver":"virtio-rng-pci" /* rng */,"id":"r0"}', '{"driver":"virtio-rng-pci","id":"r0"} // rng',
    '{"driver":"virtio-rng-pci","driver":"e1000","id":"r0"}', '{"driver":"virtio-rng-pci","id":"r0","id":"r1"}',
    RNG % ',"nosuch":1', RNG % ',"max-bytes":"1024"', RNG % ',"max-bytes":1024', RNG % ',"max-bytes":1e3',
    RNG % ',"max-bytes":-0', RNG % ',"max-bytes":0x10', RNG % ',"max-bytes":18446744073709551616',
    RNG % ',"max-bytes":18446744073709551615', RNG % ',"max-bytes":1.5', RNG % ',"max-bytes":-1',
    RNG % ',"max-bytes":null', RNG % ',"max-bytes":true', RNG % ',"max-bytes":{"v":1}', RNG % ',"max-bytes":[1]',
    RNG % ',"period":"1000"', RNG % ',"period":4294967296', RNG % ',"addr":5', RNG % ',"addr":"5"',
    RNG % ',"addr":"0x5.0"', RNG % ',"addr":{"slot":5}', RNG % ',"addr":[5]', RNG % ',"multifunction":"on"',
    RNG % ',"multifunction":1', RNG % ',"multifunction":"true"', RNG % ',"multifunction":true',
    RNG % ',"rng":5', RNG % ',"rng":null', RNG % ',"bus":{"id":"pci.0"}', RNG % ',"romfile":[]',
    '{"driver":"virtio-rng-pci","id":"a\\u0000b"}', '{"driver":"virtio-rng-pci","id":"\\ud800"}',
    '{"driver":"virtio-rng-pci","id":"r\\/0"}', '{"driver":"virtio-rng-pci","id":"r\\u0030"}',
    '{"driver":"virtio-rng-pci","id":"r\\x30"}', '{"driver":"virtio\\u002drng-pci","id":"r0"}',
    '{"driver":"virtio-rng-pci","id":"r0","x":' + "[" * 40 + "]" * 40 + "}",
    '{"driver":"virtio-rng-pci","id":"r0","x":' + "[" * 1100 + "]" * 1100 + "}",
    '[]', '[{"driver":"virtio-rng-pci"}]', '"virtio-rng-pci"', '{"driver":"virtio-rng-pci"} {"id":"r0"}',
    '{"driver":"virtio-rng-pci"},id=r0', '{"driver":"virtio-rng-pci","id":"r0"},', '{driver:"virtio-rng-pci"}',
    '{driver:virtio-rng-pci,id:r0}', '{', '{"driver":"virtio-rng-pci"', ' {"driver":"virtio-rng-pci"}',
    '{"driver":"virtio-rng-pci","id":""}', '{"driver":"virtio-rng-pci","id":7}', '{"driver":7}', '{"driver":null}',
    '{"Driver":"virtio-rng-pci"}', '{"driver":"virtio-rng-pci","id":"r0","help":true}',
]):
    x("r10-dev-%d" % i, "-device", d, steps=hmp("info pci"))

# CPU devices in JSON on the command line (pc, q35 and pseries).
C = '{"driver":"qemu64-x86_64-cpu","socket-id":%s,"core-id":%s,"thread-id":%s%s}'
for i, (m, d) in enumerate([
    ("pc", C % ('"1"', 0, 0, "")), ("pc", C % (1, 0, 0, ',"id":"c1"')), ("pc", C % ("1.0", 0, 0, "")),
    ("pc", C % ("true", 0, 0, "")), ("pc", C % ("null", 0, 0, "")), ("pc", C % ("-1", 0, 0, "")),
    ("pc", C % ("4294967296", 0, 0, "")), ("pc", C % ('{"v":1}', 0, 0, "")), ("pc", C % ("[1]", 0, 0, "")),
    ("pc", C % (1, '"0"', 0, "")), ("pc", C % (1, 0, '"zero"', "")), ("pc", C % (1, 0, 0, ',"node-id":"0"')),
    ("pc", C % (1, 0, 0, ',"id":1')), ("pc", C % (1, 0, 0, ',"apic-id":"1"')), ("q35", C % (1, 0, 0, ',"x":1')),
    ("q35", C % (1, 0, 0, ',"family":"6"')), ("q35", C % (1, 0, 0, ',"pmu":"on"')), ("q35", C % (1, 0, 0, ',"hotplugged":true')),
    ("q35", C % ("1e0", 0, 0, "")), ("q35", C % ("18446744073709551616", 0, 0, "")),
]):
    x("r10-cpu-%d" % i, "-M", m, "-smp", "1,maxcpus=2", "-device", d, steps=hmp("info hotpluggable-cpus"))
PC = '{"driver":"power9_v2.0-spapr-cpu-core","core-id":%s%s}'
for i, d in enumerate([PC % ('"1"', ""), PC % (1, ',"id":"k1"'), PC % ("1.0", ""), PC % ("true", ""), PC % ("null", ""),
                       PC % (1, ',"nr-threads":"1"'), PC % (1, ',"nr-threads":2'), PC % (1, ',"node-id":"0"'),
                       "{'driver':'power9_v2.0-spapr-cpu-core','core-id':1}"]):
    p("r10-cpu-%d" % i, "-M", "pseries", "-smp", "1,maxcpus=2", "-device", d, steps=hmp("info hotpluggable-cpus"))

# -object, -netdev, -blockdev, -audiodev, -compat in JSON.
for i, (opt, v, steps) in enumerate([
    ("-object", '{"qom-type":"memory-backend-ram","id":"m0","size":"64M"}', hmp("info memdev")),
    ("-object", '{"qom-type":"memory-backend-ram","id":"m0","size":67108864}', hmp("info memdev")),
    ("-object", '{"qom-type":"memory-backend-ram","id":"m0","size":6.7e7}', hmp("info memdev")),
    ("-object", '{"qom-type":"memory-backend-ram","id":"m0","size":67108864,"share":"on"}', hmp("info memdev")),
    ("-object", '{"qom-type":"memory-backend-ram","id":"m0","size":67108864,"share":1}', hmp("info memdev")),
    ("-object", '{"qom-type":"memory-backend-ram","id":"m0","size":67108864,"policy":1}', hmp("info memdev")),
    ("-object", '{"qom-type":"memory-backend-ram","id":"m0","size":67108864,"host-nodes":0}', hmp("info memdev")),
    ("-object", '{"qom-type":"memory-backend-ram","id":"m0","size":67108864,"host-nodes":["0"]}', hmp("info memdev")),
    ("-object", '{"qom-type":"memory-backend-ram","size":67108864}', hmp("info memdev")),
    ("-object", '{"id":"m0","size":67108864}', hmp("info memdev")),
    ("-object", '{"qom-type":"memory-backend-ram","id":null,"size":67108864}', hmp("info memdev")),
    ("-object", "{'qom-type':'iothread','id':'io0'}", hmp("info iothreads")),
    ("-object", '{"qom-type":"iothread","id":"io0",}', hmp("info iothreads")),
    ("-object", '{"qom-type":"iothread","id":"io0","poll-max-ns":"100"}', hmp("info iothreads")),
    ("-object", '{"qom-type":"iothread","id":"io0","poll-max-ns":-1}', hmp("info iothreads")),
    ("-object", '{"qom-type":"iothread","id":"io0","nosuch":1}', hmp("info iothreads")),
    ("-object", '{"qom-type":"iothread","id":"io0"},poll-max-ns=100', hmp("info iothreads")),
    ("-object", '{"qom-type":"iothread","id":"io0","qom-type":"iothread"}', hmp("info iothreads")),
    ("-object", '{"qom-type":"secret","id":"s0","data":"pw","format":1}', hmp("info status")),
    ("-object", '{"qom-type":"secret","id":"s0","data":{"x":"pw"}}', hmp("info status")),
    ("-netdev", '{"type":"user","id":"n0","ipv6":"off"}', hmp("info network")),
    ("-netdev", '{"type":"user","id":"n0","ipv6":false,"restrict":"yes"}', hmp("info network")),
    ("-netdev", '{"type":"user","id":"n0","net":10}', hmp("info network")),
    ("-netdev", '{"type":"user"}', hmp("info network")),
    ("-netdev", '{"type":"nosuch","id":"n0"}', hmp("info network")),
    ("-netdev", '{"id":"n0"}', hmp("info network")),
    ("-netdev", "{'type':'user','id':'n0'}", hmp("info network")),
    ("-netdev", '{"type":"user","id":"n0"},ipv6=off', hmp("info network")),
    ("-netdev", '{"type":"user","id":"n0","hostname":["vm"]}', hmp("info network")),
    ("-blockdev", '{"driver":"null-co","node-name":"d0","size":"1M"}', hmp("info block")),
    ("-blockdev", '{"driver":"null-co","node-name":"d0","size":1048576,"read-only":"on"}', hmp("info block")),
    ("-blockdev", '{"driver":"null-co","node-name":"d0","cache":{"direct":"yes"}}', hmp("info block")),
    ("-blockdev", '{"driver":"null-co","node-name":"d0","cache":"none"}', hmp("info block")),
    ("-blockdev", '{"driver":"null-co","node-name":"d0","size":1e6}', hmp("info block")),
    ("-blockdev", '{"driver":"null-co","node-name":"d0","size":-1}', hmp("info block")),
    ("-blockdev", '{"driver":"null-co","node-name":"d0","discard":true}', hmp("info block")),
    ("-blockdev", '{"driver":"null-co","node-name":"d0",}', hmp("info block")),
    ("-blockdev", '{"driver":"null-co","node-name":5}', hmp("info block")),
    ("-audiodev", '{"driver":"none","id":"a0","timer-period":"10000"}', hmp("info status")),
    ("-audiodev", '{"driver":"none","id":"a0","out":{"frequency":"44100"}}', hmp("info status")),
    ("-audiodev", '{"driver":"none","id":"a0","out":"x"}', hmp("info status")),
    ("-audiodev", '{"driver":"none","id":"a0","out":{"channels":0}}', hmp("info status")),
    ("-audiodev", '{"driver":"nosuch","id":"a0"}', hmp("info status")),
    ("-audiodev", '{"driver":"none"}', hmp("info status")),
    ("-compat", '{"deprecated-input":"reject"}', hmp("info status")),
    ("-compat", '{"deprecated-input":1}', hmp("info status")),
    ("-compat", '{"deprecated-output":"hide","nosuch":1}', hmp("info status")),
    ("-compat", "{'deprecated-input':'crash'}", hmp("info status")),
]):
    x("r10-opt-%d" % i, opt, v, steps=steps)

# Which other options take JSON: -machine/-M, -smp, -m, -accel, -cpu,
# -global, -chardev, -numa, -display, -rtc, -boot, -name, -device's
# cousins, each with a JSON object that would be right if they did.
for i, a in enumerate([
    ["-machine", '{"type":"pc","hpet":false}'], ["-M", '{"type":"q35"}'], ["-machine", '{"hpet":false}'],
    ["-machine", '{"type":"pc","smp":{"cpus":2}}'], ["-smp", '{"cpus":2}'], ["-m", '{"size":"1G"}'],
    ["-accel", '{"accel":"tcg"}'], ["-cpu", '{"model":"qemu64"}'], ["-global", '{"driver":"e1000","property":"mac","value":"x"}'],
    ["-chardev", '{"backend":"null","id":"c0"}'], ["-rtc", '{"base":"utc"}'], ["-boot", '{"order":"c"}'],
    ["-name", '{"guest":"vm"}'], ["-smp", "{}"], ["-machine", "{}"], ["-audiodev", "{}"], ["-compat", "{}"],
    ["-netdev", "{}"], ["-blockdev", "{}"], ["-object", "[]"], ["-iothread", '{"id":"io0"}'],
]):
    x("r10-json-%d" % i, *a, steps=hmp("info status"))
p("r10-json-0", "-machine", '{"type":"pseries","cap-htm":"off"}', steps=hmp("info status"))
p("r10-json-1", "-machine", '{"type":"pseries","cap-htm":false}', steps=hmp("info status"))

# QMP: device_add with each member ill-typed in turn (pc, q35, pseries).
QCPU = {"driver": "qemu64-x86_64-cpu", "socket-id": 1, "core-id": 0, "thread-id": 0}
BAD = ["1", 1.0, True, None, {"v": 1}, [1]]


def each_bad(base, members):
    out = []
    for m in members:
        for b in BAD:
            a = dict(base)
            a[m] = b
            out.append({"qmp": {"execute": "device_add", "arguments": a}})
    return out


steps = each_bad(QCPU, ["driver", "socket-id", "core-id", "thread-id", "id"])
for i in range(0, len(steps), 6):
    x("r10-qmp-pc-%d" % (i // 6), "-M", "pc", *S9, steps=steps[i:i + 6] + hmp("info hotpluggable-cpus"))
for i, b in enumerate([18446744073709551616, 4294967296, -0.0, 1e3, 1.5, -1]):
    a = dict(QCPU)
    a["socket-id"] = b
    x("r10-qmp-q35-%d" % i, "-M", "q35", *S9, steps=[{"qmp": {"execute": "device_add", "arguments": a}}] + hmp("info hotpluggable-cpus"))
x("r10-qmp-q35-6", "-M", "q35", *S9, steps=[
    qmp("device_add", driver="qemu64-x86_64-cpu", id="a\u0000b", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
    qmp("device_add", driver="qemu64-x86_64-cpu", id="c/1", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
    qmp("device_add", driver="qemu64-x86_64-cpu", id="c1", **{"socket-id": 1, "core-id": 0, "thread-id": 0, "node-id": "0"}),
    hmp("info hotpluggable-cpus")[0]])
x("r10-qmp-q35-7", "-M", "q35", steps=[
    qmp("device_add", driver="pcie-root-port", id="rp1", chassis="1"),
    qmp("device_add", driver="pcie-root-port", id="rp1", chassis=1, slot=1.0),
    qmp("device_add", driver="pcie-root-port", id="rp1", chassis=1, **{"hotplug": "off"}),
    qmp("device_add", driver="pcie-root-port", id="rp1", chassis=1, port=256),
    qmp("device_add", driver="pcie-root-port", id="rp1", chassis=1, bus=None),
    qmp("device_add", driver="pcie-root-port", id="rp1", chassis=1, addr=3),
    hmp("info pci")[0]])
QP = {"driver": "power9_v2.0-spapr-cpu-core", "core-id": 1}
steps = each_bad(QP, ["driver", "core-id", "id"]) + each_bad(dict(QP, **{"nr-threads": 1}), ["nr-threads"])
for i in range(0, len(steps), 6):
    p("r10-qmp-%d" % (i // 6), "-M", "pseries", *S9, steps=steps[i:i + 6] + hmp("info hotpluggable-cpus"))

# QMP: other JSON-typed arguments people script: object-add, netdev_add,
# blockdev-add, qom-set, device_add of a NIC, with wrong types.
x("r10-qmp-obj-0", steps=[
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m0", "size": "64M"}),
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m0", "size": 1.5}),
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m0", "size": 18446744073709551616}),
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m0", "size": 67108864, "share": "on"}),
    qmp("object-add", **{"qom-type": "iothread", "id": "io0", "props": {"poll-max-ns": 1}}),
    qmp("object-add", **{"qom-type": "iothread", "id": None}),
    hmp("info memdev")[0]])
x("r10-qmp-obj-1", steps=[
    qmp("netdev_add", type="user", id="n0", ipv6="off"),
    qmp("netdev_add", type="user", id="n0", restrict=1),
    qmp("netdev_add", type="user", id=["n0"]),
    qmp("netdev_add", type=None, id="n0"),
    qmp("netdev_add", type="user", id="n0", hostname={"x": 1}),
    qmp("netdev_add", type="user", id="n1", ipv6=False),
    hmp("info network")[0]])
x("r10-qmp-obj-2", steps=[
    qmp("blockdev-add", driver="null-co", **{"node-name": "d0", "size": "1M"}),
    qmp("blockdev-add", driver="null-co", **{"node-name": "d0", "read-only": "on"}),
    qmp("blockdev-add", driver="null-co", **{"node-name": "d0", "cache": "none"}),
    qmp("blockdev-add", driver="null-co", **{"node-name": "d0", "cache": {"direct": 1}}),
    qmp("blockdev-add", driver="null-co", **{"node-name": "d0", "size": 1e3}),
    qmp("blockdev-add", driver="null-co", **{"node-name": "d0", "size": 1000}),
    hmp("info block")[0]])
x("r10-qmp-obj-3", *S9, steps=[
    qmp("device_add", driver="qemu64-x86_64-cpu", id="c1", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
    qmp("qom-set", path="/machine/peripheral/c1", property="family", value="6"),
    qmp("qom-set", path="/machine/peripheral/c1", property="model-id", value=5),
    qmp("qom-set", path="/machine/peripheral/c1", property="pmu", value="on"),
    qmp("qom-get", path="/machine/peripheral/c1", property=["socket-id"]),
    qmp("qom-set", path="/machine/peripheral/c1", property="start-powered-off", value=None),
    qmp("device_del", id=1)])
x("r10-qmp-obj-4", steps=[
    qmp("device_add", driver="e1000", id="n1", mac=52),
    qmp("device_add", driver="e1000", id="n1", mac="52:54:00:12:34:5"),
    qmp("device_add", driver="e1000", id="n1", netdev=None),
    qmp("device_add", driver="virtio-net-pci", id="n1", mq="on"),
    qmp("device_add", driver="virtio-net-pci", id="n1", vectors="4"),
    qmp("device_add", driver="virtio-net-pci", id="n1", vectors=4, **{"host_mtu": 1.0}),
    hmp("info network")[0]])

# HMP with JSON: device_add, netdev_add, object_add (accepted or not).
for i, cmds in enumerate([
    ['device_add {"driver":"virtio-rng-pci","id":"r1"}', "info pci"],
    ["device_add {'driver':'virtio-rng-pci','id':'r1'}", 'device_add {"driver":"virtio-rng-pci",}', "info pci"],
    ['device_add {"driver":"qemu64-x86_64-cpu","socket-id":1,"core-id":0,"thread-id":0,"id":"c1"}', "info hotpluggable-cpus"],
    ['netdev_add {"type":"user","id":"n1"}', 'object_add {"qom-type":"iothread","id":"io1"}', "info network", "info iothreads"],
    ['device_add {"driver":"virtio-rng-pci"},id=r1', 'device_add {}', 'device_add {', "info pci"],
]):
    x("r10-hmp-%d" % i, *S9, steps=hmp(*cmds))
p("r10-hmp-0", "-M", "pseries", *S9,
  steps=hmp('device_add {"driver":"power9_v2.0-spapr-cpu-core","core-id":1,"id":"k1"}', "info hotpluggable-cpus"))

# Measured around round 10's fixes (r10m-): the same rules on other members
# (a link, a PCI address, unsigned lists, -audiodev's per-direction members,
# -compat, netdev's id before type, HMP object_add's JSON, ids with '/').
for i, a in enumerate([
    ["-device", RNG % ',"addr":1.5'], ["-device", RNG % ',"addr":true'], ["-device", RNG % ',"addr":null'],
    ["-object", '{"qom-type":"iothread","id":"io0"}', "-device", '{"driver":"virtio-blk-pci","id":"b0","iothread":5}'],
    ["-device", '{"driver":"pc-dimm","id":"d0","memdev":["m0"]}'],
    ["-object", '{"qom-type":"memory-backend-ram","id":"m0","size":67108864,"host-nodes":[-1.5]}'],
    ["-object", '{"qom-type":"memory-backend-ram","id":"m0","size":67108864,"host-nodes":"0"}'],
    ["-audiodev", '{"driver":"none","id":"a0","in":{"voices":"2"}}'], ["-audiodev", '{"driver":"none","id":"a0","in":{"mixing-engine":"on"}}'],
    ["-audiodev", '{"driver":"none","id":"a0","out":{"format":16}}'], ["-audiodev", '{"driver":"none","id":"a0","timer-period":1.5}'],
    ["-audiodev", '{"driver":"none","id":"a0","in":[]}'],
    ["-compat", '{"unstable-output":true}'], ["-compat", '{"deprecated-output":null,"deprecated-input":"x"}'],
    ["-netdev", "nosuch"], ["-netdev", "nosuch,ipv6=off"],
    ["-device", '{"driver":"e1000","id":"n\\/0"}'], ["-device", '{"driver":"virtio-rng-pci","id":"r\\/0","rng":"x"}'],
    ["-object", '{"qom-type":"rng-random","id":"o0","filename":"/dev/urandom"}', "-device", '{"driver":"virtio-rng-pci","id":"","rng":"o0"}'],
]):
    x("r10m-%d" % i, *a, steps=hmp("info pci"))
x("r10m-hmp-0", steps=hmp('object_add {"qom-type":"iothread","id":"io1","poll-max-ns":"1"}', "object_add {'qom-type':'iothread','id':'io2'}",
                          'object_add {"qom-type":"iothread","id":"io3",}', 'object_add {"qom-type":"iothread","id":"io1"}',
                          'object_add {"qom-type":"nosuch","id":"x"}', 'object_add {"id":"io4"}', "info iothreads"))
x("r10m-hmp-1", steps=hmp('netdev_add {"type":"user"}', "netdev_add nosuch", "netdev_add nosuch,id=n1", 'object_add {"qom-type":"memory-backend-ram","id":"m0","size":"64M"}',
                          "info memdev"))

# ---------------------------------------------------------------- round 11 ----
# pseries error paths as a learner new to POWER meets them (the corpus held
# far fewer than for x86): -smp shapes spapr refuses (threads against the
# CPU model's SMT and vsmt=, cpus and maxcpus not multiples of threads),
# -cpu names spelled the ways people write POWER8/9/10, compat= values,
# -machine pseries options with bad values (cap-*, ic-mode, kvm-type,
# max-cpu-compat, resize-hpt, nvdimm, vsmt, rtas/x- properties), spapr VIO
# and PHB devices on the wrong bus or with bad properties and clashing reg=,
# -numa on pseries (node ids, cpus= splitting a core or past maxcpus,
# distances), memory sizes and slots, spapr cores hot-plugged with threads
# per core > 1 (core-id not a multiple, taken, past the end, nr-threads,
# ids clashing), pc-dimm sizes and nodes, QMP queries given arguments.
for i, a in enumerate([
    ["-smp", "8,threads=8", "-cpu", "POWER9"], ["-smp", "8,threads=8", "-cpu", "POWER8"],
    ["-smp", "16,threads=8", "-cpu", "POWER10"], ["-smp", "16,threads=16"],
    ["-smp", "4,threads=4", "-cpu", "POWER7"], ["-smp", "2,threads=2", "-cpu", "970"],
    ["-smp", "3,threads=2"], ["-smp", "3,threads=2,maxcpus=4"], ["-smp", "2,threads=2,maxcpus=5"],
    ["-smp", "2,threads=2,maxcpus=6"], ["-smp", "4,cores=2"], ["-smp", "4,sockets=2,threads=2"],
    ["-smp", "2,dies=2"], ["-smp", "2,clusters=2"], ["-smp", "cores=2,threads=4", "-cpu", "POWER9"],
    ["-smp", "2,threads=2", "-M", "pseries,vsmt=1"], ["-smp", "4,threads=4", "-M", "pseries,vsmt=2"],
    ["-smp", "4,threads=4", "-M", "pseries,vsmt=4"], ["-smp", "2,threads=2", "-M", "pseries,vsmt=8", "-cpu", "POWER8"],
    ["-M", "pseries,vsmt=0"], ["-M", "pseries,vsmt=-1"], ["-M", "pseries,vsmt=x"], ["-M", "pseries,vsmt=16"],
    ["-M", "pseries,vsmt=2.0"], ["-M", "pseries-2.10", "-smp", "4,threads=4"],
]):
    p("r11-smp-%d" % i, *a, steps=hmp("info hotpluggable-cpus"))
for i, c in enumerate([
    "POWER10", "power10", "Power10", "POWER10_v2.0,compat=power9", "POWER10,compat=power10", "POWER10,compat=power8",
    "POWER8_v2.0", "power8_v2.0", "POWER8NVL", "power8nvl_v1.0", "POWER7+", "power7_v2.3", "power7+_v2.1",
    "POWER9-spapr", "ppc64", "power9,", "POWER9,compat=power9_v2.0", "POWER9,compat=", "POWER9,compat=power8,compat=power7",
    "host,compat=power9", "POWER9,+vsx", "POWER9,vsx=off", "POWER9,compat=power5+", "POWER9 ", "p9", "POWER9_v2.0_spapr",
]):
    p("r11-cpu-%d" % i, "-cpu", c, steps=hmp("info cpus"))
for i, m in enumerate([
    "cap-htm=maybe", "cap-vsx=broken", "cap-dfp=2", "cap-sbbc=workaround", "cap-sbbc=fixed-ccd", "cap-ibs=workaround",
    "cap-ibs=fixed", "cap-ibs=broken-ccd", "cap-cfpc=fixed-ibs", "cap-hpt-max-page-size=16G", "cap-hpt-max-page-size=1M",
    "cap-hpt-max-page-size=0", "cap-hpt-max-page-size=-1", "cap-hpt-max-page-size=", "cap-ccf-assist=maybe",
    "cap-fwnmi=on", "cap-rpt-invalidate=off", "cap-ail-mode-3=maybe", "cap-nested-papr=on", "cap-dawr1=on",
    "cap-htm=on,cap-htm=off", "cap-htm", "cap-large-decr=on,max-cpu-compat=power8", "ic-mode=XICS", "ic-mode=dual,max-cpu-compat=power8",
    "kvm-type=", "kvm-type=pr", "kvm-type=auto", "resize-hpt=disabled", "resize-hpt=default", "resize-hpt=Enabled",
    "resize-hpt=", "nvdimm=maybe", "nvdimm=yes", "max-cpu-compat=power8e", "max-cpu-compat=power9_v2.0",
    "max-cpu-compat=2.07", "max-cpu-compat=power5+", "max-cpu-compat=power7", "rtas-base=0", "rtas-size=0x1000",
    "x-vof=maybe", "x-nosuch=1", "kernel-irqchip=on", "kernel-irqchip=split", "memory-backend=nosuch",
    "host-model=x", "host-serial=none", "vsmt=4,vsmt=2", "smp=2", "pseries", "cap-hpt-max-page-size=64k,cap-hpt-max-page-size=4k",
]):
    p("r11-mach-%d" % i, "-M", "pseries," + m, steps=hmp("info status"))
for i, a in enumerate([
    ["-M", "pseries,max-cpu-compat=power10", "-cpu", "POWER8"], ["-M", "pseries,max-cpu-compat=power7", "-cpu", "POWER10"],
    ["-M", "pseries-2.12,ic-mode=xive"], ["-M", "pseries,ic-mode=xive", "-cpu", "POWER7"], ["-M", "pseries,ic-mode=dual", "-cpu", "POWER10"],
    ["-M", "pseries,cap-large-decr=on", "-cpu", "POWER8"], ["-M", "pseries,cap-htm=on", "-cpu", "POWER10"],
    ["-M", "pseries,cap-vsx=on", "-cpu", "970"], ["-M", "pseries,cap-dfp=on", "-cpu", "POWER7"],
    ["-M", "pseries-5.0,cap-ccf-assist=on"], ["-M", "pseries-2.12,cap-fwnmi=on"],
]):
    p("r11-mcpu-%d" % i, *a, steps=hmp("info cpus"))

# spapr devices: the wrong bus, bad properties, reg= clashes.
for i, a in enumerate([
    ["-device", "spapr-vscsi,bus=pci.0"], ["-netdev", "user,id=n", "-device", "spapr-vlan,netdev=n,bus=pci.0"],
    ["-netdev", "user,id=n", "-device", "e1000,netdev=n,bus=spapr-vio"], ["-device", "virtio-rng-pci,bus=spapr-vio"],
    ["-device", "spapr-vscsi,bus=spapr-vio,id=v"], ["-device", "spapr-vscsi,bus=spapr-vio.0"],
    ["-device", "spapr-vscsi,reg=-1"], ["-device", "spapr-vscsi,reg=0x1000,id=v"], ["-device", "spapr-vscsi,reg=0x100000000"],
    ["-device", "spapr-vscsi,reg=0x2000", "-device", "spapr-vscsi,reg=0x2000"],
    ["-device", "spapr-vscsi,reg=0x71000001"], ["-device", "spapr-vscsi,reg=0x71000000", "-serial", "null"],
    ["-chardev", "null,id=c0", "-serial", "null", "-device", "spapr-vty,chardev=c0,reg=0x71000000"],
    ["-chardev", "null,id=c0", "-device", "spapr-vty,chardev=c0,reg=0"], ["-chardev", "null,id=c0", "-device", "spapr-vty,chardev=c0,reg=x"],
    ["-chardev", "null,id=c0", "-device", "spapr-vty,chardev=c0", "-device", "spapr-vty,chardev=c0"],
    ["-netdev", "user,id=n", "-device", "spapr-vlan,netdev=n,mac=52:54:00:12:34:5"],
    ["-netdev", "user,id=n", "-device", "spapr-vlan,netdev=n,use-rx-buffer-pools=maybe"],
    ["-netdev", "user,id=n", "-device", "spapr-vlan,netdev=n,reg=0x1000", "-device", "spapr-vscsi,reg=0x1000"],
    ["-netdev", "user,id=n", "-device", "spapr-vlan,netdev=n", "-device", "spapr-vlan,netdev=n"],
    ["-device", "spapr-vscsi,id=v", "-device", "scsi-hd,bus=v.0,drive=nosuch"], ["-device", "spapr-vscsi,id=v", "-device", "scsi-cd,bus=v.1"],
    ["-device", "spapr-vscsi,id=v", "-device", "virtio-scsi-pci,bus=v.0"],
    ["-device", "spapr-pci-host-bridge,index=1,buid=0x800000020000001"], ["-device", "spapr-pci-host-bridge,buid=0x800000020000002"],
    ["-device", "spapr-pci-host-bridge,index=-1"], ["-device", "spapr-pci-host-bridge,index=1,numa_node=5"],
    ["-device", "spapr-pci-host-bridge,index=1,ddw=maybe"], ["-device", "spapr-pci-host-bridge,index=1,id=pci.0"],
    ["-device", "spapr-pci-host-bridge,index=1,bus=pci.0"], ["-device", "spapr-pci-host-bridge,index=1,liobn=5"],
    ["-device", "spapr-nvram,drive=nosuch"], ["-device", "spapr-nvram,reg=0x3000"], ["-device", "spapr-rng,rng=nosuch"],
    ["-device", "spapr-vty"], ["-device", "spapr-vio-bridge"], ["-device", "spapr-tce-table"], ["-device", "spapr-drc"],
]):
    p("r11-dev-%d" % i, *a, steps=hmp("info qtree"))

# -numa and memory on pseries.
for i, a in enumerate([
    ["-smp", "4,threads=2", "-numa", "node,cpus=0", "-numa", "node,cpus=1-3"],
    ["-smp", "4,threads=2", "-numa", "node,cpus=0-2", "-numa", "node,cpus=3"],
    ["-smp", "2,maxcpus=4", "-numa", "node,cpus=0-7"], ["-smp", "2,maxcpus=4", "-numa", "node,cpus=4"],
    ["-numa", "node,nodeid=0", "-numa", "node,nodeid=2"], ["-numa", "node,nodeid=1"],
    ["-numa", "node", "-numa", "node", "-numa", "dist,src=0,dst=1,val=5"],
    ["-numa", "node", "-numa", "node", "-numa", "dist,src=0,dst=1,val=15"],
    ["-M", "pseries-6.1", "-numa", "node", "-numa", "node", "-numa", "dist,src=0,dst=1,val=15"],
    ["-M", "pseries-6.1", "-numa", "node", "-numa", "node", "-numa", "dist,src=0,dst=1,val=20", "-numa", "dist,src=1,dst=0,val=40"],
    ["-numa", "node", "-numa", "node", "-numa", "dist,src=0,dst=1,val=20", "-numa", "dist,src=1,dst=0,val=40"],
    ["-numa", "node", "-numa", "dist,src=0,dst=0,val=20"], ["-numa", "node", "-numa", "node", "-numa", "dist,src=0,dst=2,val=20"],
    ["-m", "1G", "-numa", "node,mem=512M", "-numa", "node,mem=256M"], ["-m", "1G", "-numa", "node,mem=600M", "-numa", "node,mem=424M"],
    ["-smp", "2", "-numa", "node,cpus=0", "-numa", "node,cpus=1", "-numa", "node,cpus=1"],
    ["-numa", "node", "-numa", "node", "-numa", "node", "-numa", "node", "-numa", "node"],
]):
    p("r11-numa-%d" % i, *a, steps=hmp("info numa"))
for i, m in enumerate(["128M", "100M", "255M", "257M", "1G,slots=0,maxmem=4G", "3G,slots=1,maxmem=2G", "1G,slots=4,maxmem=1T",
                       None, "1G,slots=4,maxmem=1G", "1G,slots=300,maxmem=4G", "1G,slots=4,maxmem=1281M",
                       "0"]):
    if m:  # (7: maxmem=64T, its hash table outlived the recorder's 30 s on both releases: left out)
        p("r11-mem-%d" % i, "-m", m, steps=hmp("info memory_size_summary"))

# Spapr cores with two threads per core, and memory, at run time (-S).
T2 = ["-M", "pseries", "-smp", "2,threads=2,maxcpus=8"]
for i, cmds in enumerate([
    ["device_add power9_v2.0-spapr-cpu-core,core-id=3", "device_add power9_v2.0-spapr-cpu-core,core-id=1",
     "device_add power9_v2.0-spapr-cpu-core,core-id=8", "device_add power9_v2.0-spapr-cpu-core,core-id=0",
     "device_add power9_v2.0-spapr-cpu-core,core-id=2,id=k2", "info hotpluggable-cpus"],
    ["device_add power9_v2.0-spapr-cpu-core,core-id=2,nr-threads=1", "device_add power9_v2.0-spapr-cpu-core,core-id=2,nr-threads=4",
     "device_add power9_v2.0-spapr-cpu-core,core-id=2,nr-threads=2,id=k2", "device_add power9_v2.0-spapr-cpu-core,core-id=2,id=k2b",
     "device_add power9_v2.0-spapr-cpu-core,core-id=4,id=k2", "info cpus"],
    ["device_add power9_v2.0-spapr-cpu-core,core-id=6,id=k6", "device_del k6", "info hotpluggable-cpus", "device_del k6",
     "device_add power9_v2.0-spapr-cpu-core,core-id=6,id=k6"],
    ["device_add power8_v2.0-spapr-cpu-core,core-id=2", "device_add power9_v2.0-spapr-cpu-core,core-id=2,thread-id=1",
     "device_add power9_v2.0-spapr-cpu-core,core-id=2,socket-id=0", "device_add power9_v2.0-spapr-cpu-core,core-id=2,node-id=0,id=k2",
     "info cpus"],
    ["device_add power9_v2.0-spapr-cpu-core,core-id=2,id=k2", "qom-get /machine/peripheral/k2 nr-threads",
     "qom-list /machine/peripheral/k2", "qom-set /machine/peripheral/k2 core-id 4", "device_del k2/thread[0]", "info hotpluggable-cpus"],
]):
    p("r11-mon-%d" % i, *T2, steps=hmp(*cmds))
M4 = ["-M", "pseries", "-m", "1G,slots=4,maxmem=4G"]
for i, cmds in enumerate([
    ["object_add memory-backend-ram,id=m1,size=300M", "device_add pc-dimm,memdev=m1,id=d1", "object_add memory-backend-ram,id=m2,size=512M",
     "device_add pc-dimm,memdev=m2,id=d2,node=3", "device_add pc-dimm,memdev=m2,id=d2,addr=0x10000000", "device_add pc-dimm,memdev=m2,id=d2",
     "device_add pc-dimm,memdev=m2,id=d3", "info memory-devices"],
    ["object_add memory-backend-ram,id=m1,size=4G", "device_add pc-dimm,memdev=m1,id=d1", "object_add memory-backend-ram,id=m2,size=256M",
     "device_add pc-dimm,memdev=m2,id=d2,slot=7", "device_add pc-dimm,memdev=m2,id=d2,slot=1", "info memory_size_summary"],
    ["object_add memory-backend-ram,id=m1,size=256M", "device_add virtio-mem-pci,memdev=m1,id=vm1", "device_add nvdimm,memdev=m1,id=n1",
     "device_add pc-dimm,memdev=m1,id=d1", "device_del d1", "info memory-devices"],
]):
    p("r11-mem-mon-%d" % i, *M4, steps=hmp(*cmds))
for i, steps in enumerate([
    [qmp("query-hotpluggable-cpus", verbose=True), qmp("query-hotpluggable-cpus", arguments={}), qmp("query-cpus-fast", all=True),
     qmp("device_add", driver="power9_v2.0-spapr-cpu-core", id="k2", **{"core-id": 3}),
     qmp("device_add", driver="power9_v2.0-spapr-cpu-core", id="k2", **{"core-id": 2, "nr-threads": 1}),
     qmp("device_add", driver="power9_v2.0-spapr-cpu-core", id="k2", **{"core-id": 2, "node-id": 1}),
     qmp("query-hotpluggable-cpus")],
    [qmp("device_add", driver="power9_v2.0-spapr-cpu-core", id="k2", **{"core-id": 2}),
     qmp("device_add", driver="power9_v2.0-spapr-cpu-core", id="k2", **{"core-id": 4}),
     qmp("device_add", driver="pc-dimm", id="d1", memdev="nosuch"), qmp("device_add", driver="spapr-vscsi", id="k2"),
     qmp("device_del", id="k2"), qmp("device_del", id="k2"), qmp("query-cpus-fast")],
]):
    p("r11-qmp-%d" % i, *T2, steps=steps)

# Measured around round 11's fixes (r11m-): where the RMA's minimum falls
# among the start's checks, the capabilities a CPU lacks (VSX, DFP, the
# large decrementer), ic-mode on the versions with legacy XICS only, a
# PHB's numa_node, vsmt as a uint32.
for i, a in enumerate([
    ["-m", "100M", "-smp", "3,threads=3"], ["-m", "100M", "-M", "pseries,ic-mode=xive", "-cpu", "POWER8"],
    ["-m", "100M,slots=2,maxmem=1G"], ["-m", "100M", "-M", "pseries,cap-htm=on"], ["-m", "127M"], ["-m", "64M", "-M", "pseries,resize-hpt=required"],
    ["-m", "1G", "-object", "memory-backend-ram,id=m0,size=64M", "-object", "memory-backend-ram,id=m1,size=960M",
     "-numa", "node,memdev=m0", "-numa", "node,memdev=m1"],
    ["-m", "1G", "-object", "memory-backend-ram,id=m1,size=1G", "-numa", "node", "-numa", "node,memdev=m1"],
    ["-m", "1G", "-object", "memory-backend-ram,id=m0,size=768M", "-object", "memory-backend-ram,id=m1,size=256M",
     "-numa", "node,memdev=m0", "-numa", "node,memdev=m1"],
    ["-m", "100M", "-smp", "1,maxcpus=2", "-M", "pseries-2.6"],
    ["-M", "pseries,cap-dfp=on", "-cpu", "970"], ["-M", "pseries,cap-vsx=on,cap-dfp=on", "-cpu", "970"],
    ["-M", "pseries,cap-vsx=on,cap-cfpc=workaround", "-cpu", "970"], ["-M", "pseries,cap-large-decr=on", "-cpu", "POWER7"],
    ["-M", "pseries,cap-large-decr=on,max-cpu-compat=power9", "-cpu", "POWER10"], ["-M", "pseries,cap-large-decr=on,cap-nested-hv=on", "-cpu", "POWER8"],
    ["-M", "pseries,cap-large-decr=on,cap-ccf-assist=on", "-cpu", "POWER8"], ["-M", "pseries,cap-vsx=on", "-cpu", "970mp"],
    ["-M", "pseries-3.0,ic-mode=xics"], ["-M", "pseries-3.0,ic-mode=bogus"], ["-M", "pseries-3.1,ic-mode=xics"],
    ["-M", "pseries-2.12,ic-mode=xics,cap-htm=off"],
    ["-numa", "node", "-device", "spapr-pci-host-bridge,index=1,numa_node=0"], ["-numa", "node", "-device", "spapr-pci-host-bridge,index=1,numa_node=1"],
    ["-device", "spapr-pci-host-bridge,index=1,numa_node=0"], ["-device", "spapr-pci-host-bridge,index=1,numa_node=200"],
    ["-device", "spapr-pci-host-bridge,index=1,numa_node=-1"],
    ["-M", "pseries,vsmt=4294967296"], ["-M", "pseries,vsmt=4294967295"], ["-M", "pseries,vsmt=0x10"], ["-M", "pseries,vsmt=-0"],
    ["-M", "pseries,cap-hpt-max-page-size=0x0"], ["-M", "pseries,cap-hpt-max-page-size=0k"],
]):
    p("r11m-%d" % i, *a, steps=hmp("info status"))
p("r11m-mon-0", "-M", "pseries", "-numa", "node", "-numa", "node", steps=hmp(
    "device_add spapr-pci-host-bridge,index=1,numa_node=2", "device_add spapr-pci-host-bridge,index=1,numa_node=1,id=phb1", "info pci"))

# (r11m-22, -23 and mon-0 gave -numa node no memory: refused before the PHB.)
N2 = ["-m", "512M", "-object", "memory-backend-ram,id=m0,size=256M", "-object", "memory-backend-ram,id=m1,size=256M",
      "-numa", "node,memdev=m0", "-numa", "node,memdev=m1"]
for i, a in enumerate([["-device", "spapr-pci-host-bridge,index=1,numa_node=1,id=phb1"], ["-device", "spapr-pci-host-bridge,index=1,numa_node=2"],
                       ["-device", "spapr-pci-host-bridge,index=1,numa_node=0x1"]]):
    p("r11m-phb-%d" % i, *N2, *a, steps=hmp("info pci"))
p("r11m-mon-1", *N2, steps=hmp(
    "device_add spapr-pci-host-bridge,index=1,numa_node=2", "device_add spapr-pci-host-bridge,index=1,numa_node=1,id=phb1", "info pci"))

# Round 11, second part (r11-two-): the same learner at the monitor of a
# -S pseries: VIO devices added with clashing or bad reg=, PHBs added with
# bad properties, SMT4 cores, NUMA-placed cores, dimms on nodes, QMP forms.
V = ["-M", "pseries", "-netdev", "user,id=n0", "-netdev", "user,id=n1", "-chardev", "null,id=c0"]
for i, cmds in enumerate([
    ["device_add spapr-vlan,netdev=n0,reg=0x1000,id=v0", "device_add spapr-vlan,netdev=n1,reg=0x1000,id=v1",
     "device_add spapr-vscsi,reg=0x1000", "device_add spapr-vty,chardev=c0,reg=0x1000", "info qtree"],
    ["device_add spapr-vlan,netdev=n0,reg=-1", "device_add spapr-vlan,netdev=n0,reg=0x71000001", "device_add spapr-vlan,netdev=n0,bus=pci.0",
     "device_add spapr-vscsi,bus=spapr-vio,id=s0", "device_add scsi-hd,bus=s0.0", "device_del s0", "info qtree"],
    ["device_add spapr-pci-host-bridge,index=31", "device_add spapr-pci-host-bridge,index=3,id=phb3", "device_add spapr-pci-host-bridge,index=3",
     "device_add spapr-pci-host-bridge", "device_add spapr-pci-host-bridge,index=4,bus=pci.0", "info pci"],
    ["device_add spapr-vty,chardev=c0,id=t0", "device_add spapr-vty,chardev=c0,id=t1", "device_add spapr-vty,id=t2", "device_del t0",
     "device_add spapr-nvram", "device_add spapr-rng", "info qtree"],
]):
    p("r11-two-mon-%d" % i, *V, steps=hmp(*cmds))
T4 = ["-M", "pseries", "-cpu", "POWER9", "-smp", "4,threads=4,maxcpus=16"]
for i, cmds in enumerate([
    ["info hotpluggable-cpus", "device_add power9_v2.0-spapr-cpu-core,core-id=2", "device_add power9_v2.0-spapr-cpu-core,core-id=16",
     "device_add power9_v2.0-spapr-cpu-core,core-id=12,id=k12", "device_add power9_v2.0-spapr-cpu-core,core-id=4,nr-threads=2", "info cpus"],
    ["device_add power9_v2.0-spapr-cpu-core,core-id=4,id=k4", "device_add power9_v2.0-spapr-cpu-core,core-id=8,id=k8", "device_del k4",
     "device_del k4", "device_del k8", "info hotpluggable-cpus"],
]):
    p("r11-two-smt-%d" % i, *T4, steps=hmp(*cmds))
p("r11-two-qmp-0", *T4, steps=[
    qmp("query-hotpluggable-cpus"), qmp("device_add", driver="power9_v2.0-spapr-cpu-core", **{"core-id": 6}),
    qmp("device_add", driver="power9_v2.0-spapr-cpu-core", **{"core-id": 4, "nr-threads": 4}),
    qmp("device_add", driver="power9_v2.0-spapr-cpu-core", id="k8", **{"core-id": 8, "nr-threads": 4, "node-id": 0}),
    qmp("device_del", id="k8"), qmp("query-cpus-fast")])
NN = ["-M", "pseries", "-m", "1G,slots=2,maxmem=2G", "-smp", "1,maxcpus=4", "-object", "memory-backend-ram,id=r0,size=512M",
      "-object", "memory-backend-ram,id=r1,size=512M", "-numa", "node,nodeid=0,memdev=r0,cpus=0-1", "-numa", "node,nodeid=1,memdev=r1,cpus=2-3"]
p("r11-two-numa-0", *NN, steps=hmp(
    "device_add power9_v2.0-spapr-cpu-core,core-id=1,node-id=1", "device_add power9_v2.0-spapr-cpu-core,core-id=2,node-id=1,id=k2",
    "device_add power9_v2.0-spapr-cpu-core,core-id=3,node-id=2", "object_add memory-backend-ram,id=m1,size=256M",
    "device_add pc-dimm,memdev=m1,id=d1,node=2", "device_add pc-dimm,memdev=m1,id=d1,node=1", "info numa", "info memory-devices"))
p("r11-two-numa-1", *NN, steps=[
    qmp("query-hotpluggable-cpus"), qmp("device_add", driver="power9_v2.0-spapr-cpu-core", id="k3", **{"core-id": 3, "node-id": "1"}),
    qmp("device_add", driver="power9_v2.0-spapr-cpu-core", id="k3", **{"core-id": 3, "node-id": 0}),
    qmp("query-memory-devices"), qmp("query-memdev")])
for i, a in enumerate([
    ["-M", "pseries", "-smp", "4,threads=4", "-cpu", "POWER8"], ["-M", "pseries", "-smp", "8,threads=8", "-cpu", "POWER8"],
    ["-M", "pseries,vsmt=8", "-smp", "4,threads=4"], ["-M", "pseries", "-smp", "4,threads=4,sockets=2"],
    ["-M", "pseries", "-smp", "4,sockets=2,cores=1,threads=2"],
]):
    p("r11-two-smp-%d" % i, *a, steps=hmp("info hotpluggable-cpus", "info cpus"))

# Round 11, third part (r11-three-): -global on spapr devices and cores,
# NVDIMMs on pseries given bad sizes and properties, older pseries
# versions with hotplug and SMT, QMP CPU model queries ppc64 answers
# differently, device_add of VIO devices with ill-typed QMP members.
for i, a in enumerate([
    ["-global", "spapr-vlan.use-rx-buffer-pools=maybe", "-netdev", "user,id=n", "-device", "spapr-vlan,netdev=n"],
    ["-global", "spapr-vscsi.reg=x", "-device", "spapr-vscsi"], ["-global", "spapr-pci-host-bridge.ddw=off"],
    ["-global", "power9_v2.0-spapr-cpu-core.nr-threads=2"], ["-global", "spapr-cpu-core.nr-threads=2"],
    ["-global", "POWER9-powerpc64-cpu.compat=power8"], ["-global", "power9_v2.0-powerpc64-cpu.compat=power11"],
    ["-global", "spapr-nvram.drive=nosuch"], ["-global", "spapr-machine.ic-mode=xics"], ["-global", "pseries-machine.vsmt=2"],
]):
    p("r11-three-glob-%d" % i, *a, steps=hmp("info qtree"))
NV = ["-M", "pseries,nvdimm=on", "-m", "1G,slots=4,maxmem=8G"]
for i, a in enumerate([
    ["-object", "memory-backend-ram,id=nv1,size=1G", "-device", "nvdimm,memdev=nv1,label-size=64k"],
    ["-object", "memory-backend-ram,id=nv1,size=1G", "-device", "nvdimm,memdev=nv1,label-size=128k,uuid=nonsense"],
    ["-object", "memory-backend-ram,id=nv1,size=100M", "-device", "nvdimm,memdev=nv1,label-size=128k"],
    ["-object", "memory-backend-ram,id=nv1,size=1G", "-device", "nvdimm,memdev=nv1,label-size=2G"],
    ["-object", "memory-backend-ram,id=nv1,size=1G", "-device", "nvdimm,memdev=nv1,label-size=128k,unarmed=on"],
    ["-object", "memory-backend-ram,id=nv1,size=1G", "-device", "nvdimm,memdev=nv1,label-size=128k,node=1"],
    ["-object", "memory-backend-ram,id=nv1,size=1G", "-device", "pc-dimm,memdev=nv1,id=d0", "-device", "nvdimm,memdev=nv1,label-size=128k"],
]):
    p("r11-three-nv-%d" % i, *NV, *a, steps=hmp("info memory-devices"))
for i, a in enumerate([
    ["-M", "pseries-2.7", "-smp", "2,threads=2,maxcpus=4"], ["-M", "pseries-2.6", "-smp", "2,threads=2,maxcpus=4"],
    ["-M", "pseries-4.2", "-smp", "1,maxcpus=2", "-cpu", "POWER9"], ["-M", "pseries-5.2", "-smp", "4,threads=4", "-cpu", "POWER8"],
]):
    p("r11-three-ver-%d" % i, *a, steps=hmp("info hotpluggable-cpus"))
p("r11-three-qmp-0", "-M", "pseries", steps=[
    qmp("query-cpu-model-expansion", type="static", model={"name": "POWER9"}),
    qmp("query-cpu-model-expansion", type="full", model={"name": "power9"}),
    qmp("query-cpu-model-expansion", type="full", model={"name": "host"}),
    qmp("query-cpu-model-baseline", modela={"name": "POWER9"}, modelb={"name": "POWER8"}),
    qmp("query-cpu-model-comparison", modela={"name": "POWER9"}, modelb={"name": "POWER8"}),
    qmp("query-cpu-definitions", typename="x")])
p("r11-three-qmp-1", "-M", "pseries", "-netdev", "user,id=n0", steps=[
    qmp("device_add", driver="spapr-vlan", netdev="n0", reg="0x1000"),
    qmp("device_add", driver="spapr-vlan", netdev="n0", reg=-1),
    qmp("device_add", driver="spapr-vlan", netdev="n0", reg=4096, mac=5),
    qmp("device_add", driver="spapr-vlan", netdev="n0", reg=4096, id="v0", **{"use-rx-buffer-pools": "on"}),
    qmp("device_add", driver="spapr-vlan", netdev="n0", reg=4096, id="v0"),
    qmp("device_add", driver="spapr-vscsi", reg=4096),
    qmp("qom-get", path="/machine/peripheral/v0", property="reg")])
p("r11-three-qmp-2", "-M", "pseries", steps=[
    qmp("qom-set", path="/machine", property="cap-htm", value=True),
    qmp("qom-set", path="/machine", property="vsmt", value=-1),
    qmp("qom-set", path="/machine", property="ic-mode", value="xive"),
    qmp("qom-get", path="/machine", property="cap-hpt-max-page-size"),
    qmp("qom-set", path="/machine", property="cap-hpt-max-page-size", value="64k"),
    qmp("qom-get", path="/machine", property="kvm-type")])

# ---------------------------------------------------------------- round 12 ----
# x86 error paths beyond the CPU a learner hits setting up memory and NUMA
# (2026-12-07): -m spellings and limits (0, beyond phys-bits, slots=0 with
# maxmem, maxmem below the size, unaligned), memory backends missing what
# they need (size, mem-path, host-nodes for bind, prealloc with reserve=off),
# pc-dimm/nvdimm/virtio-mem on pc and q35 (no memdev, no slots, unaligned or
# low addr, too big, slot and node out of range, nvdimm without nvdimm=on,
# label sizes), -numa on x86 (missing distances, HMAT without hmat=on, memdev
# sizes against -m), -smp dies on isapc/microvm, -accel tcg values, -object
# errors (secret, rng-random, iothread, throttle-group, duplicate ids),
# -device on isapc and microvm (no PCI bus), x86 -machine option values, and
# QMP object-add/object-del/device_add of memory devices with
# query-memory-devices after.
MS = "info memory_size_summary"
for i, m in enumerate([
    ["-m", "0"], ["-m", "1T"], ["-m", "4G,slots=0,maxmem=8G"], ["-m", "2G,slots=2,maxmem=1G"],
    ["-m", "1G,slots=256,maxmem=4G"], ["-m", "1G,slots=2,maxmem=4097M"], ["-m", "1G,slots=2,maxmem=4G+1"],
    ["-m", "100k"], ["-m", "1000001k"], ["-m", "1G,maxmem=2G"], ["-m", "4G", "-M", "isapc"],
    ["-m", "1G,slots=2,maxmem=2G", "-M", "microvm"], ["-m", "1G,slots=2,maxmem=2G", "-M", "isapc"],
    ["-m", "3.5G"], ["-m", "1G,slots=2,maxmem=2T"], ["-m", "size=1G,size=2G"], ["-m", "1g"],
    ["-m", "1G,slots=2,maxmem=0"], ["-m", "1G,maxmem=4G,slots=1", "-M", "pc-i440fx-2.0"],
]):
    if m == ["-m", "1T"]:
        continue  # the host fails to allocate 1 TiB first ("cannot set up guest memory"), on both releases
    x("r12-m-%d" % i, *m, steps=hmp(MS))
for i, m in enumerate([
    "pc,smm=maybe", "pc,vmport=1", "pc,max-ram-below-4g=1000", "pc,max-ram-below-4g=5G", "q35,max-ram-below-4g=3G",
    "pc,max-ram-below-4g=512M", "q35,hpet=1", "q35,hpet=off", "pc,hpet=no", "microvm,pit=maybe", "microvm,rtc=x",
    "microvm,pcie=on", "microvm,isa-serial=2", "microvm,auto-kernel-cmdline=maybe", "isapc,acpi=on", "isapc,smm=on",
    "q35,smbios-entry-point-type=64", "q35,smbios-entry-point-type=32bit", "pc,fd-bootchk=maybe", "microvm,pic=sometimes",
    "q35,sata=maybe", "pc-i440fx-7.2,vmport=auto,smm=x", "q35,hmat=yes",
]):
    x("r12-mach-%d" % i, "-machine", m, "-m", "1G", steps=hmp("info status"))
for i, o in enumerate([
    "memory-backend-ram,id=m0", "memory-backend-ram,id=m0,size=64M,share=on", "memory-backend-file,id=m0,size=64M",
    "memory-backend-ram,id=m0,size=64M,prealloc=on,reserve=off", "memory-backend-ram,id=m0,size=64M,policy=bind",
    "memory-backend-ram,id=m0,size=64M,policy=interleave", "memory-backend-ram,id=m0,size=64M,host-nodes=1024",
    "memory-backend-ram,id=m0,size=64M,host-nodes=0-1,policy=default", "memory-backend-memfd,id=m0,size=64M,seal=maybe",
    "memory-backend-ram,id=m0,size=64M,prealloc-threads=x", "memory-backend-file,id=m0,size=64M,mem-path=/nonexistent/dir/f",
    "memory-backend-ram,id=m0,size=64M,dump=maybe", "memory-backend-file,id=m0,mem-path=/nonexistent/f",
    "memory-backend-memfd,id=m0,size=64M,hugetlbsize=2M", "memory-backend-ram,id=m0,size=64M,x-use-canonical-path-for-ramblock-id=x",
]):
    x("r12-be-%d" % i, "-object", o, steps=hmp("info memdev"))
SL = ["-m", "1G,slots=4,maxmem=8G"]
R = "memory-backend-ram,id=m0,size=%s"
for i, a in enumerate([
    ["-object", R % "1G", "-device", "pc-dimm,id=d0"],
    ["-object", R % "1G", "-device", "pc-dimm,memdev=m0,addr=0x1000"],
    ["-object", R % "1G", "-device", "pc-dimm,memdev=m0,addr=0"],
    ["-object", R % "8G", "-device", "pc-dimm,memdev=m0"],
    ["-object", R % "1025k", "-device", "pc-dimm,memdev=m0"],
    ["-object", R % "1G", "-device", "pc-dimm,memdev=m0,node=5"],
    ["-object", R % "1G", "-device", "pc-dimm,memdev=m0,slot=4"],
    ["-object", R % "1G", "-object", "memory-backend-ram,id=m1,size=1G", "-device", "pc-dimm,memdev=m0,slot=1",
     "-device", "pc-dimm,memdev=m1,slot=1"],
    ["-object", R % "1G", "-device", "nvdimm,memdev=m0"],
    ["-object", R % "1G", "-device", "pc-dimm,memdev=m0,slot=-1,id=d0"],
    ["-object", R % "1G", "-device", "pc-dimm,memdev=m0,addr=0x100000000"],
    ["-object", R % "1G", "-device", "pc-dimm,memdev=m0,id=d0", "-device", "pc-dimm,memdev=m0,id=d0"],
    ["-object", R % "1G", "-device", "virtio-mem-pci,id=vm0"],
    ["-object", R % "1G", "-device", "virtio-mem-pci,memdev=m0,requested-size=1M"],
    ["-object", R % "1G", "-device", "virtio-mem-pci,memdev=m0,block-size=3M"],
    ["-object", R % "1G", "-device", "virtio-pmem-pci,id=p0"],
    ["-object", R % "1G", "-device", "pc-dimm,memdev=m0", "-device", "virtio-mem-pci,memdev=m0"],
]):
    x("r12-dimm-%d" % i, *SL, *a, steps=hmp("info memory-devices"))
x("r12-dimm-noslots", "-object", R % "1G", "-device", "pc-dimm,memdev=m0", steps=hmp("info memory-devices"))
x("r12-dimm-microvm", "-M", "microvm", *SL, "-object", R % "1G", "-device", "pc-dimm,memdev=m0", steps=hmp("info memory-devices"))
x("r12-dimm-isapc", "-M", "isapc", *SL, "-object", R % "1G", "-device", "pc-dimm,memdev=m0", steps=hmp("info memory-devices"))
NVM = ["-M", "pc,nvdimm=on", "-m", "1G,slots=4,maxmem=8G", "-object", R % "1G"]
for i, d in enumerate([
    "nvdimm,memdev=m0,label-size=64k", "nvdimm,memdev=m0,label-size=128k", "nvdimm,memdev=m0,label-size=100k",
    "nvdimm,memdev=m0,label-size=1G", "nvdimm,memdev=m0,label-size=2G", "nvdimm,memdev=m0,label-size=128k,uuid=nonsense",
    "nvdimm,memdev=m0,unarmed=maybe", "nvdimm,memdev=m0,node=3", "nvdimm,memdev=m0,label-size=0",
]):
    x("r12-nv-%d" % i, *NVM, "-device", d, steps=hmp("info memory-devices"))
x("r12-nv-q35", "-M", "q35,nvdimm=on", "-m", "1G,slots=4,maxmem=8G", "-object", R % "1G",
  "-device", "nvdimm,memdev=m0,label-size=129k", steps=hmp("info memory-devices"))
for i, a in enumerate([
    ["-numa", "node", "-numa", "node", "-numa", "node", "-numa", "dist,src=0,dst=1,val=20"],
    ["-numa", "node", "-numa", "node", "-numa", "dist,src=0,dst=1,val=300"],
    ["-numa", "node", "-numa", "node", "-numa", "dist,src=0,dst=1,val=x"],
    ["-numa", "node", "-numa", "node", "-numa", "hmat-lb,initiator=0,target=0,hierarchy=memory,data-type=access-latency,latency=10"],
    ["-numa", "node", "-numa", "hmat-cache,node-id=0,size=10K,level=1,associativity=direct,policy=write-back,line=8"],
    ["-M", "pc,hmat=on", "-numa", "node", "-numa", "node"],
    ["-M", "pc,hmat=on", "-numa", "node,initiator=0", "-numa", "hmat-lb,initiator=0,target=0,hierarchy=nosuch,data-type=access-latency,latency=10"],
    ["-M", "pc,hmat=on", "-numa", "node,initiator=0", "-numa", "hmat-lb,initiator=0,target=0,hierarchy=memory,data-type=access-latency"],
    ["-M", "pc,hmat=on", "-numa", "node,initiator=0", "-numa", "hmat-lb,initiator=0,target=0,hierarchy=memory,data-type=access-bandwidth,bandwidth=1.5G"],
    ["-M", "pc,hmat=on", "-numa", "node,initiator=0", "-numa", "hmat-cache,node-id=0,size=10K,level=5,associativity=direct,policy=write-back,line=8"],
    ["-M", "pc,hmat=on", "-numa", "node,initiator=0", "-numa", "hmat-lb,initiator=1,target=0,hierarchy=memory,data-type=access-latency,latency=10"],
    ["-M", "pc,hmat=on", "-numa", "node,initiator=1", "-numa", "node,initiator=1"],
    ["-object", R % "512M", "-numa", "node,memdev=m0"],
    ["-object", R % "1G", "-numa", "node,memdev=m0", "-numa", "node"],
    ["-numa", "node,mem=512M", "-numa", "node,mem=256M"],
    ["-smp", "4,sockets=2,cores=2", "-numa", "node", "-numa", "cpu,node-id=0,socket-id=0,core-id=0,thread-id=1"],
    ["-smp", "4,sockets=2,cores=2", "-numa", "node", "-numa", "cpu,node-id=0,socket-id=0,die-id=1"],
    ["-numa", "node,memdev=nosuch"],
]):
    x("r12-numa-%d" % i, "-m", "1G", *a, steps=hmp("info numa"))
for i, a in enumerate([
    ["-M", "isapc", "-smp", "2"], ["-M", "isapc", "-smp", "2,maxcpus=4"], ["-M", "microvm", "-smp", "4,dies=2"],
    ["-M", "microvm", "-smp", "2,maxcpus=4"], ["-M", "pc", "-smp", "4,clusters=2"], ["-M", "q35", "-smp", "8,dies=2,modules=2"],
    ["-M", "q35", "-smp", "4,modules=2"], ["-M", "pc-i440fx-2.12", "-smp", "4,dies=2"],
]):
    x("r12-smp-%d" % i, *a, steps=hmp("info hotpluggable-cpus"))
for i, a in enumerate([
    ["-accel", "tcg,thread=single", "-smp", "4"], ["-accel", "tcg,tb-size=-1"], ["-accel", "tcg,tb-size=99999999"],
    ["-accel", "tcg,tb-size=1G"], ["-accel", "kvm"], ["-accel", "hvf"], ["-accel", "tcg,thread=multi,thread=single"],
    ["-accel", "tcg,kernel-irqchip=on"],
]):
    x("r12-accel-%d" % i, *a, steps=hmp("info status"))
for i, a in enumerate([
    ["-object", "nosuch-type,id=x"], ["-object", "iothread"], ["-object", "iothread,id=io0", "-object", "iothread,id=io0"],
    ["-object", "rng-random,id=r0,filename=/nonexistent/random"], ["-object", "rng-random,id=r0,filename="],
    ["-object", "iothread,id=io0,poll-max-ns=-1"], ["-object", "iothread,id=io0,poll-grow=x"],
    ["-object", "iothread,id=io0,aio-max-batch=-5"], ["-object", "throttle-group,id=t0,x-iops-total=-1"],
    ["-object", "throttle-group,id=t0,x-iops-total-max=100"], ["-object", "throttle-group,id=t0,x-bps-total=1000,x-bps-read=1000"],
    ["-object", "throttle-group,id=t0,limits.iops-total=x"], ["-object", "secret,id=s0"],
    ["-object", "secret,id=s0,data=!!!,format=base64"], ["-object", "secret,id=s0,data=x,format=hex"],
    ["-object", "rng-builtin,id=r0", "-object", "rng-egd,id=r0,chardev=c"], ["-object", "rng-egd,id=r1"],
    ["-object", "memory-backend-ram,id=0m,size=64M"], ["-object", "filter-buffer,id=f0,netdev=n0,interval=0"],
    ["-object", "cryptodev-backend-builtin,id=c0,queues=0"],
]):
    x("r12-obj-%d" % i, *a, steps=hmp("info status"))
for i, a in enumerate([
    ["-M", "isapc", "-device", "e1000"], ["-M", "isapc", "-device", "usb-ehci"], ["-M", "isapc", "-device", "ich9-ahci"],
    ["-M", "isapc", "-device", "isa-serial,index=5"], ["-M", "isapc", "-device", "isa-serial", "-device", "isa-serial,iobase=0x3f8"],
    ["-M", "isapc", "-device", "virtio-rng-pci"], ["-M", "microvm", "-device", "virtio-net-pci"],
    ["-M", "microvm", "-device", "virtio-blk-device"], ["-M", "microvm", "-device", "e1000"],
    ["-M", "microvm", "-device", "usb-kbd"], ["-M", "microvm", "-device", "virtio-rng-device,id=r0", "-device", "virtio-rng-device,id=r0"],
    ["-M", "microvm", "-device", "isa-serial,index=9"], ["-M", "microvm,rtc=off", "-device", "mc146818rtc"],
    ["-M", "isapc", "-device", "pcie-root-port"], ["-M", "microvm", "-device", "intel-iommu"],
]):
    x("r12-dev-%d" % i, *a, steps=hmp("info qtree"))
QM = ["-M", "pc", "-m", "1G,slots=2,maxmem=4G", "-object", R % "512M"]
x("r12-qmp-0", *QM, steps=[
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m1"}),
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m0", "size": 536870912}),
    qmp("object-add", **{"qom-type": "memory-backend-file", "id": "m2", "size": 536870912}),
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m3", "size": 536870912, "prealloc": True, "reserve": False}),
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m4", "size": 536870912, "policy": "bind"}),
    qmp("query-memdev")])
x("r12-qmp-1", *QM, steps=[
    qmp("device_add", driver="pc-dimm", id="d0", memdev="m0"),
    qmp("object-del", id="m0"),
    qmp("device_add", driver="pc-dimm", id="d1", memdev="m0"),
    qmp("device_add", driver="pc-dimm", id="d2", memdev="nosuch"),
    qmp("device_add", driver="pc-dimm", id="d3"),
    qmp("query-memory-devices")])
x("r12-qmp-2", *QM, steps=[
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m1", "size": 1073741824}),
    qmp("device_add", driver="pc-dimm", id="d0", memdev="m1", slot=5),
    qmp("device_add", driver="pc-dimm", id="d0", memdev="m1", addr=4096),
    qmp("device_add", driver="pc-dimm", id="d0", memdev="m1", node=1),
    qmp("device_add", driver="nvdimm", id="n0", memdev="m1"),
    qmp("device_add", driver="pc-dimm", id="d0", memdev="m1"),
    qmp("query-memory-devices"),
    qmp("object-del", id="m1"),
    qmp("object-del", id="nosuch")])
x("r12-qmp-3", "-M", "pc,nvdimm=on", "-m", "1G,slots=2,maxmem=4G", steps=[
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m1", "size": 1073741824}),
    qmp("device_add", driver="nvdimm", id="n0", memdev="m1", **{"label-size": 131072}),
    qmp("device_add", driver="virtio-mem-pci", id="vm0", memdev="m1", **{"requested-size": 1048576}),
    qmp("device_add", driver="virtio-pmem-pci", id="vp0", memdev="m1"),
    qmp("query-memory-devices")])
x("r12-qmp-4", "-M", "q35", "-m", "1G", "-object", R % "512M", steps=[
    qmp("device_add", driver="pc-dimm", id="d0", memdev="m0"),
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m0", "size": 1}),
    qmp("object-add", **{"qom-type": "nosuch", "id": "x"}),
    qmp("object-add", **{"qom-type": "iothread"}),
    qmp("object-add", **{"qom-type": "memory-backend", "id": "mb", "size": 1048576}),
    qmp("query-memory-devices")])
x("r12-qmp-5", *QM, steps=hmp(
    "object_add memory-backend-ram,id=m1", "object_add memory-backend-ram,id=m1,size=1G",
    "device_add pc-dimm,memdev=m1,id=d0,slot=2", "device_add pc-dimm,memdev=m1,id=d0", "device_add pc-dimm,memdev=m1,id=d1",
    "object_del m1", "info memory-devices", "info memory_size_summary"))
x("r12-qmp-6", "-M", "microvm", "-m", "1G,slots=2,maxmem=4G", steps=[
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m1", "size": 1073741824}),
    qmp("device_add", driver="pc-dimm", id="d0", memdev="m1"),
    qmp("query-memory-devices")])

# Measured around round 12's fixes (r12m-): pc's max-ram-below-4g split
# (RAM below the limit, at it, a limit over 3 GiB capped to it, old
# versions without gigabyte_align), backends' host-nodes and policies,
# throttle-group's other limits, virtio-mem's block and requested sizes,
# a zero DIMM address over QMP, pc-dimm on microvm twice and on a node,
# virtio-pmem on a busy memdev, nvdimm hotplug's PMEM size.
for i, a in enumerate([
    ["-M", "pc,max-ram-below-4g=512M", "-m", "256M"], ["-M", "pc,max-ram-below-4g=512M", "-m", "512M"],
    ["-M", "pc,max-ram-below-4g=3584M", "-m", "4G"], ["-M", "pc,max-ram-below-4g=3000M", "-m", "4G"],
    ["-M", "pc-i440fx-2.0,max-ram-below-4g=1500M", "-m", "2G"], ["-M", "pc,max-ram-below-4g=1536M", "-m", "1G"],
    ["-M", "pc,max-ram-below-4g=1536M", "-m", "2G"],
]):
    x("r12m-ram-%d" % i, *a, steps=hmp("info status"))
for i, o in enumerate([
    "memory-backend-ram,id=m0,size=64M,host-nodes=0-200,policy=bind", "memory-backend-ram,id=m0,size=64M,policy=preferred",
    "memory-backend-ram,id=m0,size=64M,host-nodes=127,host-nodes=128,policy=bind", "memory-backend-ram,id=m0,size=64M,reserve=off,prealloc=on",
    "memory-backend-ram,id=m0,size=64M,prealloc=off,reserve=off,policy=interleave", "memory-backend-ram,id=m0,size=64M,prealloc-threads=0x4",
    "memory-backend-ram,id=m0,size=64M,prealloc-threads=-1",
]):
    x("r12m-be-%d" % i, "-object", o, steps=hmp("info memdev"))
for i, o in enumerate([
    "throttle-group,id=t0,x-bps-total=1000,x-bps-total-max=10", "throttle-group,id=t0,x-iops-read-max=5,x-iops-read=1,x-iops-total-max=9",
    "throttle-group,id=t0,x-bps-read-max=5", "throttle-group,id=t0,x-iops-total=5,x-iops-total-max=10",
    "iothread,id=io0,aio-max-batch=5", "filter-buffer,id=f0,netdev=n0,interval=-1", "rng-random,id=r0,filename=/dev/urandom",
]):
    x("r12m-obj-%d" % i, "-object", o, steps=hmp("info status"))
for i, d in enumerate([
    "virtio-mem-pci,memdev=m0,block-size=512k", "virtio-mem-pci,memdev=m0,block-size=4M,requested-size=2M",
    "virtio-mem-pci,memdev=m0,requested-size=3M", "virtio-mem-pci,memdev=m0,block-size=2M,requested-size=2M",
    "pc-dimm,memdev=m0,addr=0x0,id=d0",
]):
    x("r12m-dimm-%d" % i, *SL, "-object", R % "1G", "-device", d, steps=hmp("info memory-devices"))
x("r12m-dimm-micro-0", "-M", "microvm", *SL, "-object", R % "1G", "-object", "memory-backend-ram,id=m1,size=512M",
  "-device", "pc-dimm,memdev=m0,id=a", "-device", "pc-dimm,memdev=m1,id=b", steps=hmp("info memory-devices"))
x("r12m-dimm-micro-1", "-M", "microvm", *SL, "-object", R % "1G", "-device", "pc-dimm,memdev=m0,node=1", steps=hmp("info memory-devices"))
x("r12m-dimm-micro-2", "-M", "microvm", *SL, "-object", R % "1G", "-device", "pc-dimm,memdev=m0", "-device", "pc-dimm,memdev=m0",
  steps=hmp("info memory-devices"))
x("r12m-qmp-0", "-M", "q35,nvdimm=on", "-m", "1G,slots=4,maxmem=8G", "-object", R % "1G", steps=[
    qmp("device_add", driver="pc-dimm", id="d0", memdev="m0", addr=0),
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m1", "size": 1073741824}),
    qmp("device_add", driver="virtio-pmem-pci", id="p0", memdev="m0"),
    qmp("device_add", driver="nvdimm", id="n0", memdev="m1", **{"label-size": 3145728}),
    qmp("query-memory-devices")])


# ---------------------------------------------------------------- round 13 ----
# pseries error paths beyond round 11 (2026-12-07), as a learner new to
# sPAPR meets them: VIO devices' reg= clashes with the automatic addresses
# (the nvram takes the first), VIO devices without or with a wrong backend,
# the VSCSI bus's target and LUN limits, spapr-nvram over a drive of the
# wrong size; PHBs with the properties older docs give (buid, windows),
# indexes in use, buses named after the PHB's id, pre-2.8 machine versions;
# NVDIMMs (nvdimm and spapr-nvdimm) without label-size, sizes not a
# multiple of 256 MiB, uuid, pmem-override, nvdimm=off, nvdimm-persistence;
# -numa on pseries: -numa cpu with the ids spapr has not (socket, thread),
# core ids past maxcpus, node memory not aligned, distances per machine
# version (legacy, FORM1, FORM2), hmat=on; -m and pc-dimm sizes and
# addresses against 256 MiB; -machine pseries properties round 11 left
# (each cap-* value, max-cpu-compat per CPU model, kvm-type, resize-hpt,
# host-serial/host-model strings, nvdimm-persistence, modern-hotplug-events,
# x-vof, kernel-addr); spapr-cpu-core properties (core-id signs and types,
# nr-threads, node-id, pre-3.0-migration); and at run time, HMP and QMP:
# device_add of VIO devices (the bus takes no hotplug), of PHBs and their
# devices, device_del of what pseries will not unplug, qom-get/qom-set of
# the spapr properties.
QT = "info qtree"
for i, a in enumerate([
    ["-device", "spapr-vscsi,reg=0x71000000"], ["-device", "spapr-vscsi,reg=0x71000001", "-device", "spapr-vscsi"],
    ["-device", "spapr-vscsi", "-device", "spapr-vscsi,reg=0x71000001"], ["-device", "spapr-vscsi,id=a", "-device", "spapr-vscsi,id=b"],
    ["-device", "spapr-vscsi,reg=0xffffffff"], ["-device", "spapr-vscsi,reg=010"],
    ["-device", "spapr-vscsi,reg=0x1000,reg=0x2000"], ["-device", "spapr-vscsi,irq=5"],
    ["-device", "spapr-vscsi,id=v", "-device", "scsi-cd,bus=v.0,scsi-id=64"], ["-device", "spapr-vscsi,id=v", "-device", "scsi-cd,bus=v.0,lun=32"],
    ["-device", "spapr-vscsi,id=v", "-device", "scsi-cd,bus=v.0,channel=8"],
    ["-device", "spapr-vscsi,id=v", "-device", "scsi-cd,bus=v.0,scsi-id=1", "-device", "scsi-cd,bus=v.0,scsi-id=1"],
    ["-device", "spapr-vlan"], ["-device", "spapr-vlan,netdev=nosuch"], ["-netdev", "user,id=n", "-device", "spapr-vlan,netdev=n,mac=01:00:5e:00:00:01"],
    ["-netdev", "user,id=n", "-device", "spapr-vlan,netdev=n,vlan=0"],
    ["-netdev", "user,id=n", "-device", "spapr-vlan,netdev=n,id=v0", "-device", "virtio-net-pci,netdev=n"],
    ["-nic", "user,model=spapr-vlan"], ["-nic", "user,model=ibmveth"],
    ["-chardev", "null,id=c0", "-device", "spapr-vty,chardev=c0,reg=0x30000000", "-device", "spapr-vty,chardev=c0,reg=0x30000001"],
    ["-serial", "null", "-serial", "null"], ["-serial", "null", "-chardev", "null,id=c0", "-device", "spapr-vty,chardev=c0,reg=0x71000001"],
    ["-chardev", "null,id=c0", "-device", "spapr-vty,chardev=c0", "-device", "spapr-vscsi"],
    ["-device", "spapr-nvram"], ["-device", "spapr-nvram,reg=0x71000000"],
    ["-drive", "if=none,id=d0,driver=null-co,size=4096", "-device", "spapr-nvram,drive=d0"],
    ["-drive", "if=none,id=d0,driver=null-co,size=2M", "-device", "spapr-nvram,drive=d0"],
    ["-blockdev", "driver=null-co,node-name=b0,size=65536", "-device", "spapr-nvram,drive=b0"],
    ["-blockdev", "driver=null-co,node-name=b0,size=65536,read-only=on", "-device", "spapr-nvram,drive=b0"],
    ["-drive", "if=pflash,driver=null-co,size=65536"],
    ["-object", "rng-builtin,id=r0", "-device", "spapr-rng,rng=r0", "-device", "spapr-rng,rng=r0"],
    ["-device", "spapr-rng,rng=r0", "-object", "rng-builtin,id=r0"],
    ["-device", "tpm-spapr"], ["-device", "tpm-spapr,tpmdev=nosuch"],
    ["-device", "spapr-vty,chardev=c0,bus=spapr-vio.0", "-chardev", "null,id=c0"],
]):
    p("r13-vio-%d" % i, *a, steps=hmp(QT))
for i, a in enumerate([
    ["-device", "spapr-pci-host-bridge,index=0"], ["-device", "spapr-pci-host-bridge,index=1", "-device", "spapr-pci-host-bridge,index=1"],
    ["-device", "spapr-pci-host-bridge,index=32"],
    ["-device", "spapr-pci-host-bridge,index=1,mem_win_addr=0x100000000"], ["-device", "spapr-pci-host-bridge,index=1,liobn=0x80000001"],
    ["-device", "spapr-pci-host-bridge,index=1,mem_win_size=0"], ["-device", "spapr-pci-host-bridge,index=1,io_win_size=0x1000000"],
    ["-device", "spapr-pci-host-bridge,index=1,pgsz=0"],
    ["-device", "spapr-pci-host-bridge,index=1,pgsz=0x1000"], ["-device", "spapr-pci-host-bridge,index=1,dma64_win_addr=0"],
    ["-device", "spapr-pci-host-bridge,index=1,ddw=off,id=phb1"],
    ["-device", "spapr-pci-host-bridge,index=1,id=phb1", "-device", "e1000,bus=phb1"],
    ["-device", "spapr-pci-host-bridge,index=1,id=phb1", "-device", "e1000,bus=phb1.0"],
    ["-device", "spapr-pci-host-bridge,index=1,id=phb1", "-device", "e1000,bus=pci.1"],
    ["-device", "spapr-pci-host-bridge,index=1", "-device", "e1000,bus=pci.1,addr=0x1f"],
    ["-device", "spapr-pci-host-bridge,index=1,id=phb1", "-device", "e1000,bus=phb1.0,addr=0x20"],
    ["-M", "pseries-2.7", "-device", "spapr-pci-host-bridge,index=1"],
    ["-M", "pseries-2.7", "-device", "spapr-pci-host-bridge,index=255"], ["-M", "pseries-2.7", "-device", "spapr-pci-host-bridge,index=1,mem_win_size=0x100000000"],
    ["-M", "pseries-2.8", "-device", "spapr-pci-host-bridge,index=31"], ["-M", "pseries-5.0", "-device", "spapr-pci-host-bridge,index=1,numa_node=0"],
    ["-M", "pseries,default-bus-bypass-iommu=on"],
]):
    p("r13-phb-%d" % i, *a, steps=hmp("info pci"))
NVO = ["-m", "1G,slots=4,maxmem=8G"]
for i, a in enumerate([
    ["-M", "pseries,nvdimm=on", "-object", R % "1G", "-device", "nvdimm,memdev=m0"],
    ["-M", "pseries", "-object", R % "1G", "-device", "nvdimm,memdev=m0,label-size=128k"],
    ["-M", "pseries,nvdimm=off", "-object", R % "1G", "-device", "nvdimm,memdev=m0,label-size=128k"],
    ["-M", "pseries,nvdimm=on", "-object", "memory-backend-ram,id=m0,size=1152M", "-device", "nvdimm,memdev=m0,label-size=128k"],
    ["-M", "pseries,nvdimm=on", "-object", "memory-backend-ram,id=m0,size=768M", "-device", "nvdimm,memdev=m0,label-size=128k"],
    ["-M", "pseries,nvdimm=on", "-object", R % "1G", "-device", "nvdimm,memdev=m0,label-size=100k"],
    ["-M", "pseries,nvdimm=on", "-object", R % "1G", "-device", "nvdimm,memdev=m0,label-size=128k,uuid=12345678-1234-1234-1234-123456789abc"],
    ["-M", "pseries,nvdimm=on", "-object", R % "1G", "-device", "nvdimm,memdev=m0,label-size=128k,uuid="],
    ["-M", "pseries,nvdimm=on", "-object", R % "1G", "-device", "nvdimm,memdev=m0,label-size=128k,addr=0x1000"],
    ["-M", "pseries,nvdimm=on", "-object", R % "1G", "-device", "spapr-nvdimm,memdev=m0,label-size=128k"],
    ["-M", "pseries,nvdimm=on", "-object", R % "1G", "-device", "spapr-nvdimm,memdev=m0"],
    ["-M", "pseries,nvdimm=on", "-object", R % "1G", "-device", "spapr-nvdimm,memdev=m0,label-size=128k,pmem-override=on"],
    ["-M", "pseries", "-object", R % "1G", "-device", "spapr-nvdimm,memdev=m0,label-size=128k"],
    ["-M", "pseries,nvdimm=on,nvdimm-persistence=cpu", "-object", R % "1G", "-device", "nvdimm,memdev=m0,label-size=128k"],
    ["-M", "pseries,nvdimm=on", "-object", R % "1G", "-object", "memory-backend-ram,id=m1,size=1G",
     "-device", "nvdimm,memdev=m0,label-size=128k,id=n0", "-device", "nvdimm,memdev=m1,label-size=128k,id=n0"],
    ["-M", "pseries-5.0,nvdimm=on", "-object", R % "1G", "-device", "nvdimm,memdev=m0,label-size=128k"],
]):
    p("r13-nv-%d" % i, *NVO, *a, steps=hmp("info memory-devices"))
N1G = ["-m", "1G", "-smp", "2,maxcpus=4"]
for i, a in enumerate([
    ["-numa", "node", "-numa", "cpu,node-id=0,socket-id=0"], ["-numa", "node", "-numa", "cpu,node-id=0,thread-id=0"],
    ["-numa", "node", "-numa", "cpu,node-id=0,core-id=4"], ["-numa", "node", "-numa", "node", "-numa", "cpu,node-id=1,core-id=3"],
    ["-numa", "node", "-numa", "cpu,node-id=1,core-id=0"], ["-numa", "node", "-numa", "cpu,node-id=0,core-id=x"],
    ["-numa", "node,cpus=0", "-numa", "cpu,node-id=0,core-id=0"],
    ["-numa", "node,mem=384M", "-numa", "node,mem=640M"], ["-numa", "node,mem=256M", "-numa", "node,mem=768M"],
    ["-numa", "node,mem=0", "-numa", "node,mem=1G"],
    ["-M", "pseries-5.1", "-numa", "node,mem=512M", "-numa", "node,mem=512M", "-numa", "dist,src=0,dst=1,val=15"],
    ["-M", "pseries-5.2", "-numa", "node,mem=512M", "-numa", "node,mem=512M", "-numa", "dist,src=0,dst=1,val=60"],
    ["-M", "pseries-6.2", "-numa", "node,mem=512M", "-numa", "node,mem=512M", "-numa", "dist,src=0,dst=1,val=20",
     "-numa", "dist,src=1,dst=0,val=30"],
    ["-M", "pseries-7.0", "-numa", "node,mem=512M", "-numa", "node,mem=512M", "-numa", "dist,src=0,dst=1,val=20",
     "-numa", "dist,src=1,dst=0,val=30"],
    ["-M", "pseries,hmat=on", "-numa", "node,mem=512M,initiator=0", "-numa", "node,mem=512M,initiator=0"],
    ["-M", "pseries,hmat=on", "-numa", "node,mem=1G", "-numa",
     "hmat-lb,initiator=0,target=0,hierarchy=memory,data-type=access-latency,latency=10"],
    ["-smp", "2,threads=2,maxcpus=4", "-numa", "node", "-numa", "node", "-numa", "cpu,node-id=1,core-id=1"],
    ["-smp", "2,threads=2,maxcpus=4", "-numa", "node", "-numa", "node", "-numa", "cpu,node-id=1,core-id=2"],
]):
    p("r13-numa-%d" % i, *N1G, *a, steps=hmp("info numa", "info hotpluggable-cpus"))
for i, a in enumerate([
    ["-m", "257M,slots=2,maxmem=2G"], ["-m", "768M,slots=2,maxmem=2G"], ["-m", "1G,slots=32,maxmem=8G"],
    ["-m", "1G,slots=33,maxmem=8G"], ["-m", "1G,maxmem=2G"], ["-m", "1G,slots=2,maxmem=1280M"],
    ["-M", "pseries-2.4", "-m", "1G,slots=2,maxmem=2G"],
    ["-m", "1G,slots=2,maxmem=2G", "-object", "memory-backend-ram,id=m0,size=384M", "-device", "pc-dimm,memdev=m0"],
    ["-m", "1G,slots=2,maxmem=2G", "-object", "memory-backend-ram,id=m0,size=256M", "-device", "pc-dimm,memdev=m0,addr=0x50000000"],
    ["-m", "1G,slots=2,maxmem=2G", "-object", "memory-backend-ram,id=m0,size=256M", "-device", "pc-dimm,memdev=m0,addr=0x80000000"],
    ["-m", "1G,slots=2,maxmem=2G", "-object", "memory-backend-ram,id=m0,size=2G", "-device", "pc-dimm,memdev=m0"],
    ["-m", "1G,slots=2,maxmem=2G", "-object", "memory-backend-ram,id=m0,size=256M", "-device", "pc-dimm,memdev=m0,node=1"],
    ["-m", "1G,slots=2,maxmem=2G", "-object", "memory-backend-ram,id=m0,size=256M", "-device", "virtio-mem-pci,memdev=m0"],
    ["-m", "1G", "-M", "pseries,memory-backend=m0", "-object", "memory-backend-ram,id=m0,size=512M"],
    ["-m", "512M", "-M", "pseries,memory-backend=m0", "-object", "memory-backend-ram,id=m0,size=512M"],
]):
    p("r13-mem-%d" % i, *a, steps=hmp("info memory-devices", "info memory_size_summary"))
for i, m in enumerate([
    "cap-cfpc=broken", "cap-cfpc=fixed", "cap-sbbc=broken", "cap-ibs=fixed-ccd", "cap-ibs=fixed-na",
    "cap-ccf-assist=off", "cap-cfpc=broken,cap-sbbc=broken,cap-ibs=broken,cap-ccf-assist=off",
    "cap-hpt-max-page-size=16M", "cap-hpt-max-page-size=16", "cap-hpt-max-page-size=64K",
    "cap-htm=off", "cap-nested-hv=off", "cap-rpt-invalidate=on",
    "cap-nested-hv=on,cap-rpt-invalidate=on", "cap-ail-mode-3=on", "cap-ail-mode-3=off",
    "kvm-type=hv", "kvm-type=PR", "resize-hpt=enabled", "resize-hpt=required", "resize-hpt=disabled,resize-hpt=x",
    "host-serial=ABC123", "host-model=IBM,9009-22A", "host-serial=passthrough,host-model=none",
    "nvdimm-persistence=cpu", "nvdimm-persistence=x", "modern-hotplug-events=off",
    "modern-hotplug-events=maybe", "kernel-addr=x",
    "ic-mode=xics,kernel-irqchip=off", "ic-mode=xive,kernel-irqchip=on", "vsmt=2", "max-cpu-compat=power9",
    "max-cpu-compat=power8",
]):
    p("r13-mach-%d" % i, "-M", "pseries," + m, steps=hmp("info status"))
for i, a in enumerate([
    ["-M", "pseries,max-cpu-compat=power9", "-cpu", "POWER8"], ["-M", "pseries,max-cpu-compat=power8", "-cpu", "POWER9"],
    ["-M", "pseries,max-cpu-compat=power7", "-cpu", "POWER9"], ["-M", "pseries,max-cpu-compat=power8", "-cpu", "POWER10"],
    ["-M", "pseries,max-cpu-compat=power7", "-cpu", "POWER8"],
    ["-M", "pseries,max-cpu-compat=power6", "-cpu", "POWER7"],
    ["-M", "pseries,max-cpu-compat=power9", "-cpu", "970"], ["-M", "pseries,max-cpu-compat=power8", "-cpu", "POWER9,compat=power9"],
    ["-M", "pseries,cap-nested-hv=on", "-cpu", "POWER8"], ["-M", "pseries,cap-nested-hv=on", "-cpu", "POWER10"],
    ["-M", "pseries,cap-htm=on", "-cpu", "POWER8"], ["-M", "pseries,cap-rpt-invalidate=on", "-cpu", "POWER8"],
    ["-M", "pseries,cap-hpt-max-page-size=16M", "-cpu", "POWER7"],
    ["-M", "pseries,ic-mode=xive", "-cpu", "POWER8"], ["-M", "pseries,ic-mode=dual", "-cpu", "POWER8"],
    ["-M", "pseries,ic-mode=xics", "-cpu", "POWER10"], ["-M", "pseries-4.0,ic-mode=dual", "-cpu", "POWER8"],
]):
    p("r13-mcpu-%d" % i, *a, steps=hmp("info cpus"))
C9 = "power9_v2.0-spapr-cpu-core"
for i, d in enumerate([
    C9 + ",core-id=-1", C9 + ",core-id=1.5", C9 + ",core-id=0x1", C9 + ",core-id=3,node-id=-1",
    C9 + ",core-id=3,node-id=x", C9 + ",core-id=3,nr-threads=0", C9 + ",core-id=3,nr-threads=-1",
    C9 + ",core-id=3,pre-3.0-migration=on", "power10_v2.0-spapr-cpu-core,core-id=3",
    "power9-spapr-cpu-core,core-id=3", "spapr-cpu-core,core-id=3", C9 + ",core-id=3,id=cpu1", C9 + ",core-id=3,bus=spapr-vio",
]):
    p("r13-core-%d" % i, "-cpu", "POWER9", "-smp", "1,maxcpus=4", "-device", d, steps=hmp("info hotpluggable-cpus"))
V2 = ["-M", "pseries", "-netdev", "user,id=n0", "-chardev", "null,id=c0", "-device", "spapr-vscsi,id=s0",
      "-device", "spapr-vty,chardev=c0,id=t0"]
for i, cmds in enumerate([
    ["device_add spapr-vscsi,id=s1", "device_add spapr-vlan,netdev=n0,id=v0", "device_add tpm-spapr", "device_del s0", "device_del t0", "info qtree"],
    ["device_add scsi-cd,bus=s0.0,id=cd0", "device_add scsi-cd,bus=s0.0,scsi-id=64", "device_add scsi-cd,bus=s0.0,lun=32",
     "device_add scsi-cd,bus=s0.0,id=cd1", "device_del cd0", "info qtree"],
    ["device_add spapr-pci-host-bridge,index=2,id=phb2", "device_add e1000,bus=phb2.0,netdev=n0,id=e0", "device_del phb2",
     "device_add spapr-pci-host-bridge,index=2,id=phb2b", "info pci"],
    ["device_add spapr-pci-host-bridge,index=0", "device_add spapr-pci-host-bridge,index=2,id=t0", "device_add spapr-pci-host-bridge,index=2,numa_node=0",
     "device_add spapr-pci-host-bridge,index=2,ddw=maybe", "device_add spapr-pci-host-bridge,index=2,mem_win_addr=0", "info pci"],
    ["device_del pci.0", "device_del spapr-vio", "device_del /machine/unattached/device[0]", "device_del nvram", "device_del s0.0", "info qtree"],
    ["qom-get /machine ic-mode", "qom-get /machine vsmt", "qom-get /machine kvm-type", "qom-get /machine max-cpu-compat",
     "qom-get /machine resize-hpt", "qom-get /machine nvdimm-persistence", "qom-set /machine vsmt 2", "qom-set /machine cap-htm on",
     "qom-get /machine cap-htm"],
]):
    p("r13-mon-%d" % i, *V2, steps=hmp(*cmds))
C2 = ["-M", "pseries", "-cpu", "POWER9", "-smp", "1,maxcpus=4", "-m", "1G,slots=2,maxmem=2G"]
for i, cmds in enumerate([
    ["device_add %s,core-id=-1" % C9, "device_add %s,core-id=1,nr-threads=0" % C9, "device_add %s,core-id=1,node-id=-2" % C9,
     "device_add %s,core-id=1,id=k1" % C9, "device_add %s,core-id=2,id=k1" % C9, "device_del k1", "device_del k1", "info hotpluggable-cpus"],
    ["device_add %s" % C9, "device_add %s,core-id=3,pre-3.0-migration=on,id=k3" % C9, "qom-get /machine/peripheral/k3 core-id",
     "qom-set /machine/peripheral/k3 nr-threads 2", "qom-get /machine/peripheral/k3 nr-threads", "info cpus"],
    ["object_add memory-backend-ram,id=m1,size=384M", "device_add pc-dimm,memdev=m1,id=d1",
     "object_add memory-backend-ram,id=m2,size=256M", "device_add pc-dimm,memdev=m2,id=d2,addr=0x50000000",
     "device_add pc-dimm,memdev=m2,id=d2,slot=2", "device_add pc-dimm,memdev=m2,id=d2", "device_del d2", "info memory-devices"],
    ["object_add memory-backend-ram,id=m1,size=1G", "device_add nvdimm,memdev=m1,id=n1,label-size=128k",
     "device_add spapr-nvdimm,memdev=m1,id=n1,label-size=128k", "info memory-devices"],
]):
    p("r13-cmon-%d" % i, *C2, steps=hmp(*cmds))
p("r13-cmon-nv", "-M", "pseries,nvdimm=on", "-m", "1G,slots=2,maxmem=4G", steps=hmp(
    "object_add memory-backend-ram,id=m1,size=1G", "device_add nvdimm,memdev=m1,id=n1", "device_add nvdimm,memdev=m1,id=n1,label-size=100k",
    "object_add memory-backend-ram,id=m2,size=1152M", "device_add nvdimm,memdev=m2,id=n2,label-size=128k",
    "device_add spapr-nvdimm,memdev=m1,id=n1,label-size=128k", "device_del n1", "info memory-devices"))
p("r13-qmp-0", *V2, steps=[
    qmp("device_add", driver="spapr-vscsi", id="s1"), qmp("device_add", driver="spapr-vlan", netdev="n0", reg=4096),
    qmp("device_del", id="s0"), qmp("device_del", id="t0"),
    qmp("device_add", driver="spapr-pci-host-bridge", index=1, id="phb1"),
    qmp("device_add", driver="spapr-pci-host-bridge", index="2", id="phb2"),
    qmp("device_add", driver="spapr-pci-host-bridge", index=1, id="phb1b"),
    qmp("device_add", driver="spapr-pci-host-bridge", index=32, id="phb32"),
    qmp("device_add", driver="spapr-pci-host-bridge", index=3, id="phb3", numa_node=0),
    qmp("device_add", driver="spapr-pci-host-bridge", index=4, id="phb4", ddw="off")])
p("r13-qmp-1", *C2, steps=[
    qmp("device_add", driver=C9, **{"core-id": -1}), qmp("device_add", driver=C9, **{"core-id": "x"}),
    qmp("device_add", driver=C9, **{"core-id": 1.5}), qmp("device_add", driver=C9, **{"core-id": 1, "nr-threads": "1"}),
    qmp("device_add", driver=C9, **{"core-id": 1, "node-id": 0, "pre-3.0-migration": "on"}),
    qmp("device_add", driver=C9, id="k1", **{"core-id": 1, "pre-3.0-migration": True}),
    qmp("query-hotpluggable-cpus")])
p("r13-qmp-2", "-M", "pseries", steps=[
    qmp("qom-set", path="/machine", property="kvm-type", value="HV"),
    qmp("qom-set", path="/machine", property="resize-hpt", value="nosuch"),
    qmp("qom-set", path="/machine", property="max-cpu-compat", value="power11"),
    qmp("qom-set", path="/machine", property="cap-cfpc", value="fixed"),
    qmp("qom-set", path="/machine", property="cap-hpt-max-page-size", value=65536),
    qmp("qom-get", path="/machine", property="cap-cfpc"),
    qmp("qom-get", path="/machine", property="host-serial"),
    qmp("qom-get", path="/machine", property="host-model"),
    qmp("qom-get", path="/machine", property="nvdimm"),
    qmp("qom-get", path="/machine", property="modern-hotplug-events")])
p("r13-qmp-3", "-M", "pseries,nvdimm=on", "-m", "1G,slots=2,maxmem=4G", steps=[
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m1", "size": 1073741824}),
    qmp("device_add", driver="spapr-nvdimm", id="n1", memdev="m1"),
    qmp("device_add", driver="spapr-nvdimm", id="n1", memdev="m1", **{"label-size": 131072, "pmem-override": "on"}),
    qmp("device_add", driver="nvdimm", id="n1", memdev="m1", **{"label-size": 131072, "uuid": "x"}),
    qmp("device_add", driver="nvdimm", id="n1", memdev="m1", **{"label-size": 131072, "uuid": "12345678-1234-1234-1234-123456789abc"}),
    qmp("query-memory-devices")])


# Measured around round 13's fixes (r13m-): a PHB hot-unplugged with a
# device on it (when it is finalized, an add at its index after), NVDIMMs
# whose size net of the label is whole SCM blocks (the uuid, a backend
# without a file descriptor for spapr-nvdimm, memfd's).
PV = ["-M", "pseries", "-netdev", "user,id=n0"]
for i, cmds in enumerate([
    ["device_add spapr-pci-host-bridge,index=2,id=phb2", "device_add virtio-rng-pci,bus=phb2.0,id=r0", "device_del phb2", "info qtree",
     "device_add spapr-pci-host-bridge,index=2,id=phb2b", "info pci"],
    ["device_add spapr-pci-host-bridge,index=2,id=phb2", "device_add e1000,bus=phb2.0,netdev=n0,id=e0", "device_del phb2",
     "info status", "info status", "device_add spapr-pci-host-bridge,index=2,id=phb2b"],
    ["device_add spapr-pci-host-bridge,index=2,id=phb2", "device_del phb2", "device_add spapr-pci-host-bridge,index=3,id=phb3",
     "device_add virtio-rng-pci,bus=phb3.0,id=r0", "device_del phb3", "device_add spapr-pci-host-bridge,index=3,id=phb3b"],
]):
    p("r13m-phb-%d" % i, *PV, steps=hmp(*cmds))
p("r13m-phb-qmp", *PV, steps=[
    qmp("device_add", driver="spapr-pci-host-bridge", index=2, id="phb2"),
    qmp("device_add", driver="virtio-rng-pci", bus="phb2.0", id="r0"),
    qmp("device_del", id="phb2"), qmp("query-status"),
    qmp("device_add", driver="spapr-pci-host-bridge", index=2, id="phb2b")])
NV1 = "memory-backend-ram,id=m0,size=1048704k"
U = ",uuid=12345678-1234-1234-1234-123456789abc"
for i, a in enumerate([
    ["-object", NV1, "-device", "nvdimm,memdev=m0,label-size=128k"],
    ["-object", NV1, "-device", "nvdimm,memdev=m0,label-size=128k" + U],
    ["-object", NV1, "-device", "spapr-nvdimm,memdev=m0,label-size=128k"],
    ["-object", NV1, "-device", "spapr-nvdimm,memdev=m0,label-size=128k" + U],
    ["-object", NV1, "-device", "spapr-nvdimm,memdev=m0,label-size=128k,pmem-override=on" + U],
    ["-object", "memory-backend-memfd,id=m0,size=1048704k", "-device", "spapr-nvdimm,memdev=m0,label-size=128k" + U],
    ["-object", "memory-backend-memfd,id=m0,size=1048704k", "-device", "spapr-nvdimm,memdev=m0,label-size=128k,pmem-override=on" + U],
    ["-object", "memory-backend-memfd,id=m0,size=1048704k", "-device", "nvdimm,memdev=m0,label-size=128k" + U],
    ["-object", NV1, "-device", "spapr-nvdimm,memdev=m0,label-size=100k" + U],
    ["-object", NV1, "-device", "spapr-nvdimm,memdev=m0,label-size=128k,uuid=x"],
]):
    p("r13m-nv-%d" % i, "-M", "pseries,nvdimm=on", "-m", "1G,slots=4,maxmem=8G", *a, steps=hmp("info memory-devices"))
p("r13m-nv-mon", "-M", "pseries,nvdimm=on", "-m", "1G,slots=4,maxmem=8G", steps=hmp(
    "object_add memory-backend-ram,id=m1,size=1048704k", "device_add spapr-nvdimm,memdev=m1,id=n1,label-size=128k" + U,
    "object_add memory-backend-memfd,id=m2,size=1048704k", "device_add spapr-nvdimm,memdev=m2,id=n2,label-size=128k" + U,
    "device_add nvdimm,memdev=m1,id=n3,label-size=128k" + U, "info memory-devices", "device_del n2"))

# Where the TM capability's refusal falls (r13m-tm-): after the devices
# and net_check_clients' and the globals' warnings, as the first reset's.
for i, a in enumerate([
    ["-netdev", "user,id=n0"], ["-global", "nosuch.x=1"], ["-smp", "2,threads=2", "-cpu", "POWER7"],
    ["-chardev", "null,id=c", "-device", "spapr-vscsi,reg=0x1000", "-device", "spapr-vty,reg=0x1000,chardev=c"],
    ["-device", "spapr-pci-host-bridge,index=30"], ["-device", "e1000,netdev=nosuch"],
]):
    p("r13m-tm-%d" % i, "-M", "pseries-2.8", *a, steps=hmp("info status"))

# A SCSI target given without a LUN takes its first free one (r13m-scsi-):
# spapr-vscsi's 32 LUNs (0-31) on one target, then a 33rd.
p("r13m-scsi-0", "-device", "spapr-vscsi,id=v", *["-device", "scsi-cd,bus=v.0,scsi-id=1"] * 33, steps=hmp("info status"))
p("r13m-scsi-1", "-device", "spapr-vscsi,id=v", "-device", "scsi-cd,bus=v.0,scsi-id=1,lun=1", "-device", "scsi-cd,bus=v.0,scsi-id=1",
  "-device", "scsi-cd,bus=v.0,scsi-id=1", steps=hmp("info qtree"))


# ---------------------------------------------------------------- round 14 ----
# x86 error paths beyond round 12 (2026-12-07), as a libvirt user or a
# tester setting up a pc or q35 guest meets them: memory hotplug devices
# (pc-dimm, nvdimm, virtio-mem, virtio-pmem) on q35 and pc without slots or
# maxmem, backends whose size is not a multiple of the page or the block,
# a memdev already in use (by another device, a NUMA node, the machine's
# RAM), DIMM addresses overlapping or past the device area, nodes out of
# range, nvdimm without nvdimm=on on q35; -numa on x86 (cpus= overlapping,
# reversed or past maxcpus, node ids with gaps or at the limit, distances
# local or one-way, HMAT pieces without hmat=on, mem= then memdev=, sums
# against -m, -numa cpu with the ids pc has not); -global on x86 drivers
# (unknown properties met when the device is made, values of the wrong
# type, pc and q35 host bridges and PM devices); memory-backend-* sizes,
# policies, prealloc threads and contexts; q35 PCIe (pcie.0 refusing
# hotplug, root ports' chassis/slot clashes and their one slot, functions
# without function 0, hotplug=off) and pc PCI (taken and out-of-range
# addresses, functions, bridges with chassis 0 or shpc=off); i440fx and q35
# machine properties round 1 and 12 left; and the same lines' device_add
# over HMP and QMP.
SL4 = ["-m", "1G,slots=4,maxmem=8G"]
for i, a in enumerate([
    ["-M", "q35", "-object", R % "1G", "-device", "pc-dimm,memdev=m0"],
    ["-M", "q35", "-m", "1G", "-object", R % "1G", "-device", "virtio-mem-pci,memdev=m0"],
    ["-M", "pc", "-m", "1G", "-object", R % "1G", "-device", "virtio-pmem-pci,memdev=m0"],
    ["-M", "q35", *SL4, "-object", R % "1G", "-device", "nvdimm,memdev=m0"],
    ["-M", "q35", "-m", "1G", "-object", R % "1G", "-device", "nvdimm,memdev=m0"],
    ["-M", "q35", *SL4, "-object", R % "1G", "-device", "virtio-mem-pci,memdev=m0,id=vm0", "-device", "virtio-mem-pci,memdev=m0,id=vm1"],
    ["-M", "q35", *SL4, "-object", R % "1G", "-device", "pc-dimm,memdev=m0,id=d0", "-device", "virtio-pmem-pci,memdev=m0,id=p0"],
    ["-M", "pc", *SL4, "-object", R % "1G", "-numa", "node,memdev=m0", "-device", "pc-dimm,memdev=m0"],
    ["-M", "pc,memory-backend=m0", "-m", "1G,slots=4,maxmem=8G", "-object", R % "1G", "-device", "pc-dimm,memdev=m0"],
    ["-M", "pc", *SL4, "-object", R % "1G", "-object", "memory-backend-ram,id=m1,size=1G",
     "-device", "pc-dimm,memdev=m0,addr=0x100000000", "-device", "pc-dimm,memdev=m1,addr=0x100000000"],
    ["-M", "pc", *SL4, "-object", R % "1G", "-object", "memory-backend-ram,id=m1,size=1G",
     "-device", "pc-dimm,memdev=m0,addr=0x100000000", "-device", "pc-dimm,memdev=m1,addr=0x120000000"],
    ["-M", "pc", *SL4, "-object", R % "1G", "-device", "pc-dimm,memdev=m0,addr=0x300000000"],
    ["-M", "pc", *SL4, "-object", R % "1G", "-device", "pc-dimm,memdev=m0,addr=0x100100000"],
    ["-M", "q35", *SL4, "-object", R % "3M", "-device", "pc-dimm,memdev=m0"],
    ["-M", "q35", *SL4, "-object", R % "1028k", "-device", "pc-dimm,memdev=m0"],
    ["-M", "q35", *SL4, "-object", R % "3M", "-device", "virtio-mem-pci,memdev=m0"],
    ["-M", "q35", *SL4, "-object", R % "1G", "-device", "virtio-mem-pci,memdev=m0,requested-size=2G"],
    ["-M", "q35", *SL4, "-object", R % "1G", "-device", "virtio-mem-pci,memdev=m0,block-size=1M"],
    ["-M", "q35", *SL4, "-object", R % "1G", "-device", "virtio-mem-pci,memdev=m0,block-size=2G"],
    ["-M", "q35", *SL4, "-object", R % "1G", "-device", "virtio-mem-pci,memdev=m0,node=2"],
    ["-M", "pc", *SL4, "-numa", "node", "-numa", "node", "-object", R % "1G", "-device", "pc-dimm,memdev=m0,node=2"],
    ["-M", "pc", *SL4, "-numa", "node", "-numa", "node", "-object", R % "1G", "-device", "pc-dimm,memdev=m0,node=1"],
    ["-M", "pc,nvdimm=on", *SL4, "-numa", "node", "-object", R % "1G", "-device", "nvdimm,memdev=m0,node=1"],
    ["-M", "q35", *SL4, "-object", R % "1G", "-device", "virtio-mem-pci,memdev=m0,bus=pcie.0,addr=0x1f"],
    ["-M", "q35", "-m", "1G,slots=1,maxmem=3G", "-object", R % "1G", "-object", "memory-backend-ram,id=m1,size=1G",
     "-device", "pc-dimm,memdev=m0", "-device", "pc-dimm,memdev=m1"],
    ["-M", "q35", "-m", "1G,slots=2,maxmem=2G", "-object", R % "1G", "-object", "memory-backend-ram,id=m1,size=1G",
     "-device", "pc-dimm,memdev=m0", "-device", "pc-dimm,memdev=m1"],
    ["-M", "pc", *SL4, "-object", R % "1G", "-device", "pc-dimm,memdev=m0,slot=x"],
    ["-M", "pc", *SL4, "-object", "memory-backend-ram,id=m0,size=1G,share=on", "-device", "virtio-pmem-pci,memdev=m0,id=p0",
     "-device", "virtio-pmem-pci,memdev=m0,id=p1"],
]):
    x("r14-mem-%d" % i, *a, steps=hmp("info memory-devices"))
for i, a in enumerate([
    ["-smp", "4", "-numa", "node,cpus=0-2", "-numa", "node,cpus=2-3"],
    ["-smp", "4", "-numa", "node,cpus=3-1"],
    ["-smp", "4", "-numa", "node,cpus=0-7"],
    ["-smp", "4,maxcpus=8", "-numa", "node,cpus=0-3", "-numa", "node,cpus=4-7"],
    ["-smp", "4", "-numa", "node,cpus=0-1", "-numa", "node,cpus=2"],
    ["-numa", "node,nodeid=0", "-numa", "node,nodeid=2"],
    ["-numa", "node,nodeid=1", "-numa", "node,nodeid=0"],
    ["-numa", "node,nodeid=127"], ["-numa", "node,nodeid=128"],
    ["-numa", "node", "-numa", "node", "-numa", "dist,src=0,dst=0,val=20"],
    ["-numa", "node", "-numa", "node", "-numa", "dist,src=0,dst=1,val=10"],
    ["-numa", "node", "-numa", "node", "-numa", "dist,src=0,dst=1,val=255"],
    ["-numa", "node", "-numa", "node", "-numa", "dist,src=2,dst=1,val=20"],
    ["-numa", "node", "-numa", "node", "-numa", "node", "-numa", "dist,src=0,dst=1,val=20", "-numa", "dist,src=1,dst=2,val=20"],
    ["-numa", "node,mem=512M", "-object", R % "512M", "-numa", "node,memdev=m0"],
    ["-numa", "node,mem=512M", "-numa", "node,mem=1G"],
    ["-numa", "node,mem=1G", "-numa", "node,mem=0"],
    ["-numa", "node,mem=1000M", "-numa", "node,mem=24M"],
    ["-object", R % "1G", "-numa", "node,memdev=m0,mem=1G"],
    ["-object", R % "1G", "-numa", "node,memdev=m0", "-numa", "node,memdev=m0"],
    ["-numa", "hmat-lb,initiator=0,target=0,hierarchy=memory,data-type=access-latency,latency=10"],
    ["-M", "pc,hmat=on", "-numa", "node,initiator=0", "-numa", "hmat-cache,node-id=0,size=10K,level=1,associativity=direct,policy=write-back,line=8"],
    ["-M", "q35,hmat=on", "-numa", "node,initiator=0", "-numa", "node,initiator=0",
     "-numa", "hmat-lb,initiator=0,target=1,hierarchy=memory,data-type=access-latency,latency=10"],
    ["-M", "q35,hmat=on", "-numa", "node,initiator=0", "-numa", "node"],
    ["-M", "q35,hmat=on", "-numa", "node,initiator=3"],
    ["-M", "q35,hmat=on", "-numa", "node,initiator=0",
     "-numa", "hmat-lb,initiator=0,target=0,hierarchy=first-level,data-type=access-latency,latency=10"],
    ["-smp", "4,sockets=2,cores=2", "-numa", "node", "-numa", "node", "-numa", "cpu,node-id=1,socket-id=2"],
    ["-smp", "4,sockets=2,cores=2", "-numa", "node", "-numa", "node", "-numa", "cpu,node-id=1,core-id=1"],
    ["-smp", "4,sockets=2,cores=2", "-numa", "node", "-numa", "node", "-numa", "cpu,node-id=1,socket-id=1,cluster-id=0"],
    ["-smp", "4,sockets=2,cores=2", "-numa", "node,cpus=0-1", "-numa", "node", "-numa", "cpu,node-id=1,socket-id=0"],
    ["-smp", "4,sockets=2,cores=2", "-numa", "node", "-numa", "node", "-numa", "cpu,node-id=3,socket-id=1"],
]):
    x("r14-numa-%d" % i, "-m", "1G", *a, steps=hmp("info numa"))
for i, a in enumerate([
    ["-global", "e1000.nosuch=1", "-device", "e1000"], ["-global", "e1000.mac=x", "-device", "e1000"],
    ["-global", "virtio-net-pci.vectors=x", "-device", "virtio-net-pci"], ["-global", "e1000.nosuch=1"],
    ["-M", "q35", "-global", "ICH9-LPC.disable_s3=2"], ["-M", "pc", "-global", "PIIX4_PM.disable_s3=x"],
    ["-M", "pc", "-global", "PIIX4_PM.acpi-pci-hotplug-with-bridge-support=maybe"],
    ["-M", "pc", "-global", "i440FX-pcihost.pci-hole64-size=x"], ["-M", "q35", "-global", "q35-pcihost.pci-hole64-size=1Q"],
    ["-M", "q35", "-global", "ICH9-LPC.noreboot=x"], ["-M", "pc", "-global", "hpet.timers=100"],
    ["-M", "pc", "-global", "mc146818rtc.base_year=x"], ["-M", "pc", "-global", "isa-fdc.driveA=nosuch"],
    ["-M", "q35", "-global", "pcie-root-port.nosuch=1", "-device", "pcie-root-port,chassis=1"],
    ["-M", "q35", "-global", "pcie-root-port.chassis=x", "-device", "pcie-root-port"],
    ["-global", "pc-dimm.nosuch=1", "-m", "1G,slots=2,maxmem=4G", "-object", R % "1G", "-device", "pc-dimm,memdev=m0"],
    ["-global", "e1000.addr=x", "-device", "e1000"], ["-global", "virtio-blk-pci.nosuch=on"],
    ["-M", "q35", "-global", "ICH9-LPC.nosuch=1"], ["-M", "pc", "-global", "PIIX4_PM.nosuch=1"],
    ["-global", "e1000.mac=52:54:00:00:00:01", "-global", "e1000.mac=x", "-device", "e1000"],
    ["-global", "driver=e1000,property=nosuch,value=1", "-device", "e1000"],
]):
    x("r14-glob-%d" % i, *a, steps=hmp("info status"))
for i, o in enumerate([
    "memory-backend-memfd,id=m0,size=0", "memory-backend-ram,id=m0,size=1", "memory-backend-ram,id=m0,size=-1",
    "memory-backend-ram,id=m0,size=64M,policy=preferred,host-nodes=0", "memory-backend-ram,id=m0,size=64M,host-nodes=x",
    "memory-backend-ram,id=m0,size=64M,host-nodes=0-1-2", "memory-backend-ram,id=m0,size=64M,host-nodes=3-1,policy=bind",
    "memory-backend-ram,id=m0,size=64M,policy=", "memory-backend-ram,id=m0,size=64M,prealloc-threads=x,prealloc=on",
    "memory-backend-ram,id=m0,size=64M,prealloc=on,prealloc-threads=0", "memory-backend-ram,id=m0,size=64M,prealloc-context=nosuch",
    "memory-backend-ram,id=m0,size=64M,prealloc=maybe", "memory-backend-ram,id=m0,size=64M,share=maybe",
    "memory-backend-memfd,id=m0,size=64M,hugetlb=on,hugetlbsize=3M", "memory-backend-memfd,id=m0,size=64M,hugetlbsize=x",
    "memory-backend-file,id=m0,size=64M,mem-path=", "memory-backend-file,id=m0,size=64M,mem-path=/dev/null,align=3M",
    "memory-backend-ram,id=m0,size=64M,reserve=maybe", "memory-backend-ram,size=64M",
]):
    x("r14-be-%d" % i, "-object", o, steps=hmp("info memdev"))
Q = ["-M", "q35"]
for i, a in enumerate([
    ["-device", "pcie-root-port,id=a", "-device", "pcie-root-port,id=b"],
    ["-device", "pcie-root-port,id=a,chassis=1", "-device", "pcie-root-port,id=b,chassis=1"],
    ["-device", "pcie-root-port,id=a,chassis=1,slot=2", "-device", "ioh3420,id=b,chassis=1,slot=2"],
    ["-device", "pcie-root-port,id=rp,chassis=1", "-device", "e1000e,bus=rp,id=a", "-device", "e1000e,bus=rp,id=b"],
    ["-device", "pcie-root-port,id=rp,chassis=1", "-device", "e1000e,bus=rp,addr=0x1"],
    ["-device", "pcie-root-port,id=rp,chassis=1,addr=0x2.1"],
    ["-device", "pcie-root-port,id=a,chassis=1,addr=0x2.0,multifunction=on", "-device", "pcie-root-port,id=b,chassis=2,addr=0x2.1"],
    ["-device", "pcie-root-port,id=b,chassis=2,addr=0x2.1", "-device", "pcie-root-port,id=a,chassis=1,addr=0x2.0"],
    ["-device", "pcie-root-port,id=a,chassis=1,addr=0x2.0", "-device", "pcie-root-port,id=b,chassis=2,addr=0x2.1"],
    ["-device", "e1000e,addr=0x1f"], ["-device", "e1000e,addr=0x0"], ["-device", "e1000e,addr=0x1"],
    ["-device", "e1000e,addr=0x1f.7"], ["-device", "pcie-root-port,id=rp,chassis=1,hotplug=maybe"],
    ["-device", "pcie-root-port,id=rp,chassis=1", "-device", "x3130-upstream,id=up,bus=rp",
     "-device", "xio3130-downstream,id=dn,bus=up,chassis=1"],
    ["-device", "pcie-root-port,id=rp,chassis=1", "-device", "x3130-upstream,id=up,bus=rp",
     "-device", "xio3130-downstream,id=dn,bus=up,chassis=2,slot=0", "-device", "xio3130-downstream,id=dn2,bus=up,chassis=2,slot=0"],
    ["-device", "pcie-pci-bridge,id=pb", "-device", "e1000,bus=pb,addr=0x0"],
    ["-device", "pcie-root-port,id=rp,chassis=1", "-device", "pcie-pci-bridge,id=pb,bus=rp", "-device", "e1000,bus=pb,addr=0x20"],
    ["-device", "pcie-root-port,id=rp,chassis=1,bus-reserve=x"],
    ["-device", "pcie-root-port,id=rp,chassis=1,io-reserve=1k,mem-reserve=1M"],
]):
    x("r14-pcie-%d" % i, *Q, *a, steps=hmp("info pci"))
P = ["-M", "pc"]
for i, a in enumerate([
    ["-device", "e1000,addr=0x20.0"], ["-device", "e1000,addr=0x3.8"], ["-device", "e1000,addr=0x1"],
    ["-device", "e1000,addr=0x2"], ["-device", "e1000,addr=0x0"], ["-device", "e1000,addr=0x5.3"],
    ["-device", "e1000,addr=0x5.0,id=a", "-device", "e1000,addr=0x5.1,id=b"],
    ["-device", "pci-bridge,id=pb,chassis_nr=0"], ["-device", "pci-bridge,id=a,chassis_nr=1", "-device", "pci-bridge,id=b,chassis_nr=1"],
    ["-device", "pci-bridge,id=pb,chassis_nr=1,shpc=maybe"], ["-device", "pci-bridge,id=pb,chassis_nr=1", "-device", "e1000,bus=pb,addr=0x0"],
    ["-device", "pci-bridge,id=pb,chassis_nr=1,addr=0x20"], ["-device", "pci-bridge,id=pb,chassis_nr=1,msi=maybe"],
    ["-device", "pcie-root-port,id=rp,chassis=1", "-device", "e1000e,bus=rp"],
    ["-device", "e1000,bus=pci.1"], ["-device", "e1000,bus=pci.0,addr=0x3.0,multifunction=on", "-device", "e1000,addr=0x3.9"],
]):
    x("r14-pci-%d" % i, *P, *a, steps=hmp("info pci"))
for i, m in enumerate([
    "pc,smbus=off", "pc,pit=off", "pc,i8042=off", "q35,pit=maybe", "pc,acpi=auto", "q35,vmport=on", "pc,nvdimm-persistence=cpu",
    "pc,nvdimm=on,nvdimm-persistence=x", "q35,bus-lock-ratelimit=-1", "q35,max-fw-size=x", "pc,max-fw-size=32M",
    "q35,x-oem-id=", "pc,smbios-entry-point-type=x", "pc,default-bus-bypass-iommu=on", "pc,hpet=on,hpet=off",
    "q35,memory-encryption=nosuch", "pc,suppress-vmdesc=x", "q35,usb=on", "pc,hmat=on", "pc-q35-7.2,pit=off",
    "pc-i440fx-1.4,smm=on", "q35,sata=off,smbus=off", "pc,x-oem-table-id=", "q35,x-oem-id=ABCDEF,x-oem-table-id=ABCDEFGH",
    "pc,cxl=on", "q35,pflash1=nosuch", "pc,sgx-epc.0.memdev=m0,sgx-epc.0.node=0",
]):
    x("r14-mach-%d" % i, "-machine", m, steps=hmp("info status"))
x("r14-mach-be-0", "-M", "pc,memory-backend=m0", "-m", "2G", "-object", R % "1G", steps=hmp("info status"))
x("r14-mach-be-1", "-M", "q35,memory-backend=m0", "-object", R % "1G", "-numa", "node,memdev=m0", steps=hmp("info status"))
x("r14-mach-be-2", "-M", "pc,sgx-epc.0.memdev=m0", "-object", R % "64M", steps=hmp("info status"))

# The same lines over the monitor: device_add of memory devices, root
# ports and devices into pcie.0, root ports and bridges, HMP then QMP.
QS = ["-M", "q35", "-m", "1G,slots=2,maxmem=4G", "-device", "pcie-root-port,id=rp1,chassis=1,slot=1",
      "-device", "pcie-root-port,id=rp2,chassis=2,slot=2,hotplug=off"]
for i, cmds in enumerate([
    ["object_add memory-backend-ram,id=m1,size=1G", "device_add nvdimm,memdev=m1,id=n1", "device_add pc-dimm,memdev=m1,id=d1,node=1",
     "device_add pc-dimm,memdev=m1,id=d1,addr=0x1000", "device_add pc-dimm,memdev=m1,id=d1",
     "device_add virtio-pmem-pci,memdev=m1,id=p1,bus=rp1", "device_add pc-dimm,memdev=m1,id=d2", "info memory-devices"],
    ["object_add memory-backend-ram,id=m1,size=3M", "device_add virtio-mem-pci,memdev=m1,id=v1,bus=rp1",
     "object_add memory-backend-ram,id=m2,size=1G", "device_add virtio-mem-pci,memdev=m2,id=v2,bus=pcie.0",
     "device_add virtio-mem-pci,memdev=m2,id=v2,bus=rp1,block-size=1M", "device_add virtio-mem-pci,memdev=m2,id=v2,bus=rp1,requested-size=3G",
     "info memory-devices"],
    ["device_add e1000e,bus=pcie.0", "device_add e1000e,bus=rp2,id=e2", "device_add e1000e,bus=rp1,addr=0x1,id=e1",
     "device_add e1000e,bus=rp1,id=e1", "device_add e1000e,bus=rp1,id=e1b", "device_add pcie-root-port,id=rp3,chassis=3",
     "info pci"],
    ["device_add pcie-root-port,id=rp3,chassis=1,slot=1,bus=pcie.0", "device_add pci-bridge,id=pb,chassis_nr=3,bus=rp1",
     "device_add e1000,bus=rp1,addr=0x0.1,id=f1", "device_del rp1", "device_del rp2", "info pci"],
    ["object_add memory-backend-ram,id=m1,size=0", "object_add memory-backend-ram,id=m1,size=1G,policy=nosuch",
     "object_add memory-backend-ram,id=m1,size=1G,prealloc-threads=0", "object_add memory-backend-ram,id=m1,size=1G,host-nodes=x",
     "object_add memory-backend-memfd,id=m1,size=0", "info memdev"],
]):
    x("r14-mon-q35-%d" % i, *QS, steps=hmp(*cmds))
PS = ["-M", "pc", "-m", "1G", "-device", "pci-bridge,id=pb,chassis_nr=1,shpc=off", "-device", "pci-bridge,id=pb2,chassis_nr=2"]
for i, cmds in enumerate([
    ["device_add e1000,addr=0x20", "device_add e1000,addr=0x1", "device_add e1000,addr=0x6.1,id=f1", "device_add e1000,addr=0x6.0,id=f0",
     "device_add e1000,addr=0x7.0,multifunction=on,id=g0", "device_add e1000,addr=0x7.1,id=g1", "info pci"],
    ["device_add e1000,bus=pb,id=b0", "device_add e1000,bus=pb2,id=b1", "device_add e1000,bus=pb,addr=0x20",
     "device_add pci-bridge,id=pb3,chassis_nr=1", "device_add pci-bridge,id=pb3,chassis_nr=0", "info pci"],
    ["object_add memory-backend-ram,id=m1,size=1G", "device_add pc-dimm,memdev=m1,id=d1", "device_add virtio-mem-pci,memdev=m1,id=v1",
     "device_add nvdimm,memdev=m1,id=n1", "info memory-devices"],
]):
    x("r14-mon-pc-%d" % i, *PS, steps=hmp(*cmds))
x("r14-qmp-0", *QS, steps=[
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m1", "size": 1073741824}),
    qmp("device_add", driver="nvdimm", id="n1", memdev="m1"),
    qmp("device_add", driver="pc-dimm", id="d1", memdev="m1", node=1),
    qmp("device_add", driver="pc-dimm", id="d1", memdev="m1", addr="0x100000000"),
    qmp("device_add", driver="pc-dimm", id="d1", memdev="m1"),
    qmp("device_add", driver="virtio-mem-pci", id="v1", memdev="m1", bus="rp1"),
    qmp("device_add", driver="virtio-pmem-pci", id="p1", memdev="m1", bus="rp1"),
    qmp("query-memory-devices")])
x("r14-qmp-1", *QS, steps=[
    qmp("device_add", driver="e1000e", bus="pcie.0"),
    qmp("device_add", driver="e1000e", bus="rp2", id="e2"),
    qmp("device_add", driver="e1000e", bus="rp1", addr="0x1", id="e1"),
    qmp("device_add", driver="e1000e", bus="rp1", addr=1, id="e1"),
    qmp("device_add", driver="e1000e", bus="rp1", id="e1"),
    qmp("device_add", driver="e1000e", bus="rp1", id="e1b"),
    qmp("device_add", driver="pcie-root-port", id="rp3", chassis=3),
    qmp("device_add", driver="pci-bridge", id="pb", chassis_nr=3, bus="rp1"),
    qmp("query-pci")])
x("r14-qmp-2", *PS, steps=[
    qmp("device_add", driver="e1000", addr="0x20"),
    qmp("device_add", driver="e1000", addr="0x6.1", id="f1"),
    qmp("device_add", driver="e1000", bus="pb", id="b0"),
    qmp("device_add", driver="e1000", bus="pb2", id="b1"),
    qmp("device_add", driver="pci-bridge", id="pb3", chassis_nr=0),
    qmp("device_add", driver="pci-bridge", id="pb3", chassis_nr="1"),
    qmp("device_del", id="pb"),
    qmp("query-pci")])
x("r14-qmp-3", "-M", "q35", "-m", "1G", steps=[
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m1", "size": 0}),
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m1", "size": "1G"}),
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m1", "size": 1073741824, "policy": "nosuch"}),
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m1", "size": 1073741824, "host-nodes": [0], "policy": "bind"}),
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m2", "size": 1073741824, "host-nodes": "0"}),
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m3", "size": 1073741824, "prealloc-threads": 0}),
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m4", "size": 1073741824}),
    qmp("device_add", driver="pc-dimm", id="d1", memdev="m4"),
    qmp("device_add", driver="virtio-mem-pci", id="v1", memdev="m4"),
    qmp("query-memdev")])


# Measured around round 14's fixes (r14m-): a virtio-pmem that plugs
# (its listing, its backend taken), -M sgx-epc lists over backends of
# another type and ill-formed, prealloc-context naming an object of
# another type, virtio-mem block sizes against the backend, a file
# backend's align below the page, hugetlbsize without hugetlb, -global on
# a PCI addr without the device (10.0 makes its NIC models) and on the
# abstract pci-device, -M memory-backend beside -numa mem=.
VP = ["-m", "1G,slots=2,maxmem=4G", "-object", R % "1G", "-object", "memory-backend-ram,id=m1,size=512M"]
x("r14m-pmem-0", "-M", "pc", *VP, "-device", "virtio-pmem-pci,memdev=m0,id=p0", steps=hmp("info memory-devices", "info memory_size_summary"))
x("r14m-pmem-1", "-M", "q35", *VP, "-device", "pc-dimm,memdev=m1,id=d1", "-device", "virtio-pmem-pci,memdev=m0,id=p0",
  steps=[qmp("query-memory-devices")] + hmp("info memory-devices", "object_del m0"))
for i, m in enumerate([
    ["-M", "pc,sgx-epc.0.memdev=m0,sgx-epc.0.node=0", "-object", R % "64M"],
    ["-M", "q35,sgx-epc.0.memdev=m0,sgx-epc.0.node=0", "-object", "iothread,id=m0"],
    ["-M", "pc,sgx-epc.memdev=m0"], ["-M", "pc,sgx-epc.0.memdev=m0,sgx-epc.0.node=0,sgx-epc.0.x=1"],
    ["-M", "pc,sgx-epc.0.node=0"], ["-M", "pc,sgx-epc.0.memdev=m0,sgx-epc.0.node=x"],
    ["-M", "pc,sgx-epc.1.memdev=m0,sgx-epc.1.node=0"],
]):
    x("r14m-sgx-%d" % i, *m, steps=hmp("info status"))
for i, o in enumerate([
    ["-object", "iothread,id=t0", "-object", "memory-backend-ram,id=m0,size=64M,prealloc-context=t0"],
    ["-object", "memory-backend-ram,id=m0,size=64M,prealloc-context=t0", "-object", "thread-context,id=t0"],
    ["-object", "memory-backend-ram,id=m0,size=0,prealloc-context=nosuch"],
    ["-object", "memory-backend-ram,id=m0,size=64M,prealloc-context=nosuch,host-nodes=0"],
    ["-object", "memory-backend-file,id=m0,size=64M,mem-path=/dev/null,align=1k"],
    ["-object", "memory-backend-file,id=m0,size=64M,mem-path=/dev/null,align=64k"],
    ["-object", "memory-backend-memfd,id=m0,size=64M,hugetlbsize=3M"],
    ["-object", "memory-backend-memfd,id=m0,size=64M,hugetlb=on,hugetlbsize=0"],
    ["-object", "memory-backend-ram,id=m0,size=64M,host-nodes=0-65535,policy=bind"],
    ["-object", "memory-backend-ram,id=m0,size=64M,host-nodes=0x0,host-nodes=,policy=bind"],
]):
    x("r14m-be-%d" % i, *o, steps=hmp("info memdev"))
x("r14m-be-mon", steps=hmp("object_add memory-backend-ram,id=m0,size=64M,prealloc-context=nosuch",
                           "object_add memory-backend-memfd,id=m1,size=64M,hugetlb=on,hugetlbsize=3M",
                           "object_add memory-backend-ram,id=m2,size=64M,host-nodes=x", "info memdev"))
for i, d in enumerate([
    "virtio-mem-pci,memdev=m0,block-size=4M", "virtio-mem-pci,memdev=m0,block-size=8M,requested-size=4M",
    "virtio-mem-pci,memdev=m0,block-size=512k", "virtio-mem-pci,memdev=m0,block-size=4M,memaddr=0x100200000",
]):
    x("r14m-vmem-%d" % i, "-M", "q35", *SL4, "-object", R % "6M", "-device", d, steps=hmp("info memory-devices"))
for i, a in enumerate([
    ["-M", "pc", "-global", "e1000.addr=x"], ["-M", "pc", "-global", "virtio-net-pci.addr=0x5"],
    ["-M", "q35", "-global", "pci-device.addr=0x5"], ["-M", "pc", "-global", "usb-tablet.addr=1"],
    ["-M", "q35", "-global", "pcie-root-port.addr=0x5", "-device", "pcie-root-port,chassis=1"],
    ["-M", "pc", "-global", "e1000.addr=0x5", "-device", "virtio-rng-pci"],
]):
    x("r14m-glob-%d" % i, *a, steps=hmp("info status"))
x("r14m-mb-0", "-M", "pc,memory-backend=m0", "-object", R % "1G", "-numa", "node,mem=1G", steps=hmp("info numa"))
x("r14m-mb-1", "-M", "pc,memory-backend=m0", "-object", R % "1G", "-object", "memory-backend-ram,id=m1,size=1G",
  "-numa", "node,memdev=m1", steps=hmp("info numa"))
x("r14m-mb-2", "-M", "pc,memory-backend=m0", "-m", "2G", "-object", R % "1G", "-numa", "node,memdev=m0", steps=hmp("info numa"))

# virtio-pmem at run time (r14m-pmem-2..): device_del of one, a hot-plugged one.
for i, m in enumerate(["pc", "q35"]):
    x("r14m-pmem-%d" % (i + 2), "-M", m, *VP, "-device", "virtio-pmem-pci,memdev=m0,id=p0", steps=hmp(
        "device_del p0", "info memory-devices", "device_add virtio-pmem-pci,memdev=m1,id=p1", "info memory-devices",
        "device_del p1", "info memory-devices", "object_del m1"))

# Round 15 (r15-): argument and value errors the way a learner mistypes
# them. QMP commands with missing, extra, mistyped and null members
# (query-* given arguments, qom-get without a path, device_add without a
# driver or with a number for a string and the reverse, object-add of an
# unknown or abstract qom-type, netdev_add, chardev-add and blockdev-add
# without what they need); HMP commands with missing parameters, extra
# words, bad integers, sizes and booleans, unknown options and a quoted
# string that does not end; device_add property values per property type
# (bool, uint8..uint64 and int32 ranges, hex/octal/negative, size suffixes,
# strings, enums, links to missing or wrong-type objects, arrays), the same
# values in -device and -global, -object properties of the wrong type, and
# one id given twice across -device/-object/-netdev/-chardev.
B15 = ["-M", "q35", "-netdev", "user,id=n0", "-chardev", "null,id=c0", "-object", "iothread,id=io0",
       "-blockdev", "null-co,node-name=d0", "-device", "pcie-root-port,id=rp1,chassis=1,slot=1"]
P15 = ["-M", "pseries", "-netdev", "user,id=n0", "-chardev", "null,id=c0", "-object", "iothread,id=io0",
       "-blockdev", "null-co,node-name=d0"]
QA = lambda e, a: {"qmp": {"execute": e, "arguments": a}}
Q15 = [
    # query-* given arguments, null arguments
    [qmp("query-status", verbose=True), qmp("query-version", x=1), qmp("query-kvm", enabled=None), qmp("query-pci", bus=0)],
    [qmp("query-chardev", id="c0"), qmp("query-named-block-nodes", flat="yes"), qmp("query-named-block-nodes", flat=None),
     qmp("query-named-block-nodes", flat=1)],
    [QA("query-status", None), QA("query-status", 5), QA("query-status", "x"), qmp("query-block", device="d0")],
    [qmp("query-machines", compat=None), qmp("query-qmp-schema", x=1), qmp("query-iothreads", id="io0"),
     qmp("query-cpu-definitions", machine="q35")],
    # qom-get / qom-set / qom-list with members missing, null or mistyped
    [qmp("qom-get", property="type"), qmp("qom-get", path=None, property="type"), qmp("qom-get", path=["/machine"], property="type"),
     qmp("qom-get", path="/machine", property=None)],
    [qmp("qom-get", path="/machine", property="type", value="x"), qmp("qom-set", path="/machine/peripheral/rp1", property="chassis"),
     qmp("qom-set", path="/objects/io0", property="poll-max-ns", value=None), qmp("qom-set", path="/objects/io0", property="poll-max-ns", value="5")],
    [qmp("qom-set", path="/objects/io0", property="poll-max-ns", value=-1), qmp("qom-set", path="/objects/io0", property="poll-max-ns", value=1.5),
     qmp("qom-set", path="/objects/io0", property="poll-max-ns", value=True), qmp("qom-list", path=None), qmp("qom-list", path="")],
    # device_add: driver missing, null, empty, wrong type; members of the wrong JSON type
    [qmp("device_add", id="e1"), qmp("device_add", driver=None), qmp("device_add", driver=""), qmp("device_add", driver=["e1000"])],
    [qmp("device_add", driver="e1000", id=5), qmp("device_add", driver="e1000", addr=True), qmp("device_add", driver="e1000", romfile=5),
     qmp("device_add", driver="e1000", netdev=5)],
    [qmp("device_add", driver="virtio-net-pci", vectors="3"), qmp("device_add", driver="virtio-net-pci", bootindex="1"),
     qmp("device_add", driver="virtio-net-pci", mrg_rxbuf="on"), qmp("device_add", driver="virtio-net-pci", mrg_rxbuf=1)],
    [qmp("device_add", driver="virtio-net-pci", **{"disable-legacy": True}), qmp("device_add", driver="virtio-net-pci", **{"disable-legacy": "maybe"}),
     qmp("device_add", driver="virtio-net-pci", mac=None), qmp("device_add", driver="virtio-net-pci", netdev=None)],
    [qmp("device_add", driver="pcie-root-port", id="rp2", chassis=2, slot="2"), qmp("device_add", driver="pcie-root-port", id="rp2", chassis=256),
     qmp("device_add", driver="pcie-root-port", id="rp2", chassis=-1), qmp("device_add", driver="pcie-root-port", id="rp2", chassis=2, slot=2, port="0x10")],
    [qmp("device_add", driver="virtio-blk-pci", drive="d0", id="b1", logical_block_size="4K"),
     qmp("device_add", driver="virtio-blk-pci", drive="d0", id="b1", logical_block_size=3000),
     qmp("device_add", driver="virtio-blk-pci", drive="d0", id="b1", serial=12345),
     qmp("device_add", driver="virtio-blk-pci", drive=5, id="b1")],
    # object-add: unknown, abstract, non-creatable qom-types and mistyped members
    [qmp("object-add", **{"qom-type": "iothreads", "id": "x"}), qmp("object-add", **{"qom-type": 5, "id": "x"}),
     qmp("object-add", **{"qom-type": None, "id": "x"}), qmp("object-add", **{"qom-type": "memory-backend", "id": "x"})],
    [qmp("object-add", **{"qom-type": "e1000", "id": "x"}), qmp("object-add", **{"qom-type": "iothread", "id": "io0"}),
     qmp("object-add", **{"qom-type": "iothread", "id": 5}), qmp("object-add", **{"qom-type": "iothread", "id": "io1", "nosuch": 1})],
    [qmp("object-add", **{"qom-type": "iothread", "id": "io1", "poll-max-ns": -1}),
     qmp("object-add", **{"qom-type": "iothread", "id": "io1", "poll-grow": 1.5}),
     qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m1", "size": 67108864, "merge": "off"}),
     qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m1", "size": None})],
    # netdev_add, chardev-add, blockdev-add
    [qmp("netdev_add", id="n1"), qmp("netdev_add", type="user", id=5), qmp("netdev_add", type="user", id="n1", ipv4="yes"),
     qmp("netdev_add", type="user", id="n1", hostfwd="tcp::2222-:22")],
    [qmp("netdev_add", type="hubport", id="h1"), qmp("netdev_add", type="hubport", id="h1", hubid="0"),
     qmp("netdev_add", type="user", id="n1", net="10.0.2.0/33"), qmp("netdev_add", type="user", id="n0")],
    [qmp("chardev-add", id="c1", backend=None), qmp("chardev-add", id="c1", backend="null"), qmp("chardev-add", id=5, backend={"type": "null", "data": {}}),
     qmp("chardev-add", id="c0", backend={"type": "null", "data": {}})],
    [qmp("chardev-add", id="c1", backend={"type": "ringbuf", "data": {"size": 3}}),
     qmp("chardev-add", id="c1", backend={"type": "ringbuf", "data": {"size": "1K"}}),
     qmp("chardev-add", id="c1", backend={"type": "file", "data": {}}),
     qmp("chardev-add", id="c1", backend={"type": "null", "data": {"logappend": "on"}})],
    [qmp("blockdev-add", **{"node-name": "b0"}), qmp("blockdev-add", driver=None, **{"node-name": "b0"}),
     qmp("blockdev-add", driver="nosuch", **{"node-name": "b0"}), qmp("blockdev-add", driver="null-co", **{"node-name": "b0", "size": "1G"})],
    [qmp("blockdev-add", driver="null-co", **{"node-name": "b0", "read-only": "on"}),
     qmp("blockdev-add", driver="null-co", **{"node-name": 5}),
     qmp("blockdev-add", driver="null-co", **{"node-name": "d0"}),
     qmp("blockdev-add", driver="null-co", **{"node-name": "b0", "size": -1})],
]
for i, steps in enumerate(Q15):
    x("r15-qmp-%d" % i, *B15, steps=steps)
for i, steps in enumerate([
    [qmp("query-status", verbose=True), qmp("qom-get", property="type"), qmp("device_add", id="v1"),
     qmp("device_add", driver="spapr-vlan", reg="0x2000", netdev="n0")],
    [qmp("device_add", driver="spapr-vlan", reg=-1, netdev="n0"), qmp("device_add", driver="spapr-vty", chardev=5),
     qmp("device_add", driver="spapr-vty", chardev="n0"), qmp("device_add", driver="spapr-vlan", netdev="c0")],
    [qmp("object-add", **{"qom-type": "spapr-vlan", "id": "x"}), qmp("netdev_add", id="n1"),
     qmp("chardev-add", id="c1", backend=None), qmp("blockdev-add", **{"node-name": "b0"})],
    [qmp("qom-set", path="/machine", property="ic-mode", value=5), qmp("qom-get", path="/machine", property=5),
     qmp("device_add", driver="power9_v2.0-spapr-cpu-core", **{"core-id": "0x8"}),
     qmp("device_add", driver="power9_v2.0-spapr-cpu-core", **{"core-id": 8, "id": None})],
]):
    p("r15-qmp-%d" % i, *P15, "-smp", "1,maxcpus=4", steps=steps)

# HMP: missing parameters, extra words, bad integers/sizes/booleans,
# unknown options, unterminated quotes.
H15 = [
    ["info cpus -x", "info status -v", "info mtree -z", "info registers -x", "info pci extra"],
    ["info qtree extra words", "info network x", "info chardev c0", "info iothreads io0", "info block -x"],
    ["qom-get", "qom-get /machine", "qom-set /objects/io0 poll-max-ns", "qom-set /objects/io0", "qom-list /machine extra words"],
    ["qom-get \"/machine type", "qom-get \"/machine\" \"type", "device_add e1000,id=\"e1", "qom-get '/machine' type",
     "qom-get \"/machine\" type"],
    ["qom-set /objects/io0 poll-max-ns 0x10", "qom-get /objects/io0 poll-max-ns", "qom-set /objects/io0 poll-max-ns 010",
     "qom-get /objects/io0 poll-max-ns", "qom-set /objects/io0 poll-max-ns -1", "qom-set /objects/io0 poll-max-ns 1K"],
    ["cpu 1x", "cpu 0x", "cpu 08", "cpu 00", "cpu +0", "cpu 99999999999999999999"],
    ["x /4x 0xzz", "x /4x", "x /0x10x 0", "x /2q 0", "xp /-1x 0", "x /4x 0 extra"],
    ["balloon 1Q", "balloon -1", "balloon 0x10", "migrate_set_parameter max-bandwidth 1Q", "migrate_set_parameter max-bandwidth 64M",
     "migrate_set_parameter downtime-limit -1", "info migrate_parameters"],
    ["migrate_set_parameter xbzrle-cache-size 1X", "migrate_set_parameter xbzrle-cache-size 1000", "migrate_set_parameter compress-level 10",
     "migrate_set_parameter compress-level x", "migrate_set_parameter announce-initial 0x10"],
    ["set_link n0 yes", "set_link n0 true", "set_link n0 1", "set_link n0 ON", "set_link n0", "info network"],
    ["migrate_set_capability xbzrle yes", "migrate_set_capability xbzrle 1", "migrate_set_capability xbzrle On",
     "migrate_set_capability xbzrle", "trace-event cpuhp* 1", "trace-event cpuhp* yes"],
    ["mouse_move 1x 2", "mouse_move 1", "mouse_button", "sendkey a x", "sendkey a -5", "sendkey a 99999999999999999999"],
    ["stop -x", "cont now", "system_reset 1", "nmi x", "system_powerdown -f", "info status"],
    ["device_add e1000,mac=52:54:00:12:34:56 extra", "device_add e1000 e1000", "device_del", "device_del -f nic0",
     "netdev_add user,id=n1 extra", "object_add iothread,id=io1 extra"],
    ["netdev_del n0 n1", "chardev-remove c0 c1", "object_del io0 io1", "drive_del d0 d1", "eject -x", "eject -f"],
    ["block_resize d0 1X", "block_resize d0", "block_resize d0 -1", "block_resize d0 64M extra", "info block"],
    ["hostfwd_add tcp::x-:22", "hostfwd_add n0 tcp::2222", "hostfwd_add", "hostfwd_remove n0 tcp::x", "hostfwd_remove"],
    ["i /w 0x10000", "o /b 0x80 0x100", "o /l 0x80 -1", "i /x 0x60", "o 0x80"],
    ["p 0x", "p 1+", "p (1", "p 1 2", "p /x 16", "p /q 1"],
    ["dump-guest-memory -z", "dump-guest-memory", "screendump -x", "log cpuhp -x", "announce_self x"],
]
for i, cmds in enumerate(H15):
    x("r15-hmp-%d" % i, *B15, steps=hmp(*cmds))
for i, cmds in enumerate([
    ["info cpus -x", "info registers -x", "info qtree extra", "qom-get", "qom-get \"/machine ic-mode", "cpu 1x"],
    ["device_add spapr-vlan,reg=0x2000 extra", "device_add spapr-vlan,netdev=n0,reg=0x1000", "device_add spapr-vlan,netdev=n0,reg=01000",
     "device_add spapr-vlan,netdev=n0,reg=-1", "device_add spapr-vlan,netdev=n0,reg=4294967296", "info qtree"],
    ["device_add power9_v2.0-spapr-cpu-core,core-id=0x1", "device_add power9_v2.0-spapr-cpu-core,core-id=010",
     "device_add power9_v2.0-spapr-cpu-core,core-id=-8", "device_add power9_v2.0-spapr-cpu-core,core-id=1,nr-threads=0x1",
     "info hotpluggable-cpus"],
    ["set_link n0 yes", "migrate_set_capability xbzrle yes", "balloon 1Q", "x /4x 0xzz", "qom-set /machine ic-mode", "stop -x"],
]):
    p("r15-hmp-%d" % i, *P15, "-smp", "1,maxcpus=4", steps=hmp(*cmds))

# device_add property values per property type, over HMP (q35).
D15 = [
    # bool
    ["virtio-net-pci,mrg_rxbuf=maybe", "e1000,multifunction=2", "virtio-balloon-pci,free-page-reporting=yes,id=bl",
     "virtio-net-pci,mrg_rxbuf=Y", "virtio-net-pci,csum=", "virtio-net-pci,csum"],
    # uint8 / uint16 / uint32
    ["pcie-root-port,id=rp2,chassis=2,port=256", "pcie-root-port,id=rp2,chassis=2,slot=65536", "pcie-root-port,id=rp2,chassis=0x100",
     "pcie-root-port,id=rp2,chassis=-1", "pcie-root-port,id=rp2,chassis=2x", "pcie-root-port,id=rp2,chassis=2,slot=2,port=0x"],
    ["virtio-net-pci,host_mtu=70000", "virtio-net-pci,rx_queue_size=0x100000", "virtio-net-pci,vectors=4294967296",
     "virtio-net-pci,vectors=-1", "virtio-net-pci,vectors=1e3", "virtio-net-pci,vectors=3.0"],
    # int32 and uint64
    ["e1000,bootindex=2147483648", "e1000,bootindex=-2147483649", "virtio-net-pci,speed=2147483648", "virtio-net-pci,speed=0x10",
     "virtio-rng-pci,max-bytes=18446744073709551616", "virtio-rng-pci,max-bytes=-1,id=r1"],
    # hex, octal, negative where they are accepted
    ["pcie-root-port,id=rp2,chassis=0x10,slot=010", "pcie-root-port,id=rp3,chassis=011,slot=0x9", "virtio-net-pci,vectors=010,id=v1",
     "e1000,bootindex=0x5,id=e5", "virtio-rng-pci,period=-1", "info pci"],
    # size suffixes
    ["virtio-blk-pci,drive=d0,logical_block_size=4K,id=b1", "virtio-blk-pci,drive=d0,logical_block_size=3K",
     "virtio-blk-pci,drive=d0,physical_block_size=1X", "virtio-blk-pci,drive=d0,physical_block_size=4M",
     "virtio-blk-pci,drive=d0,discard_granularity=4KiB", "virtio-blk-pci,drive=d0,opt_io_size=1.5K"],
    ["VGA,vgamem_mb=16M", "virtio-net-pci,host_mtu=1.5K", "virtio-balloon-pci,guest-stats-polling-interval=1K",
     "e1000,bootindex=1K", "virtio-rng-pci,max-bytes=1K,period=1K,id=r2", "info pci"],
    # strings
    ["virtio-blk-pci,drive=d0,serial=", "virtio-blk-pci,drive=d0,serial=" + "s" * 40 + ",id=b2", "e1000,romfile=,id=e0",
     "virtio-net-pci,duplex=", "virtio-net-pci,tx=", "e1000,id="],
    # enums
    ["virtio-blk-pci,drive=d0,werror=nosuch", "virtio-blk-pci,drive=d0,rerror=stop", "pcie-root-port,id=rp2,chassis=2,x-speed=9",
     "pcie-root-port,id=rp2,chassis=2,x-width=33", "virtio-net-pci,failover=maybe", "virtio-blk-pci,drive=d0,werror=STOP"],
    ["ide-hd,drive=d0,bios-chs-trans=nosuch", "ide-hd,drive=d0,bios-chs-trans=", "ide-hd,drive=d0,lcyls=x",
     "e1000,x-pcie-lnksta-dllla=maybe", "virtio-net-pci,disable-legacy=", "virtio-net-pci,disable-legacy=ON"],
    # links to missing or wrong-type objects
    ["virtio-rng-pci,rng=io0", "virtio-rng-pci,rng=nosuch", "virtio-scsi-pci,iothread=c0", "virtio-blk-pci,drive=d0,iothread=nosuch",
     "pc-dimm,memdev=io0", "virtio-mem-pci,memdev=io0"],
    ["virtio-net-pci,netdev=c0", "isa-serial,chardev=n0", "virtio-blk-pci,drive=n0", "virtio-blk-pci,drive=io0",
     "virtio-serial-pci,id=vs", "virtconsole,chardev=io0"],
    # arrays
    ["rocker,len-ports=x", "rocker,ports=x", "rocker,len-ports=1", "rocker,len-ports=1,ports[0]=nosuch",
     "virtio-iommu-pci,len-reserved-regions=x", "virtio-iommu-pci,reserved-regions=x"],
]
for i, devs in enumerate(D15):
    x("r15-dev-%d" % i, *B15, steps=hmp(*["device_add " + d for d in devs if not d.startswith("info")] +
                                        [d for d in devs if d.startswith("info")]))

# The same values on the command line, in -device and in -global.
for i, a in enumerate([
    ["-device", "virtio-net-pci,mrg_rxbuf=maybe"], ["-global", "virtio-net-pci.mrg_rxbuf=maybe", "-device", "virtio-net-pci"],
    ["-device", "pcie-root-port,chassis=0x100"], ["-global", "pcie-root-port.chassis=0x100", "-device", "pcie-root-port"],
    ["-device", "pcie-root-port,chassis=2,port=256"], ["-global", "pcie-root-port.port=256", "-device", "pcie-root-port,chassis=2"],
    ["-device", "virtio-net-pci,vectors=4294967296"], ["-global", "virtio-net-pci.vectors=4294967296", "-device", "virtio-net-pci"],
    ["-device", "virtio-net-pci,vectors=-1"], ["-global", "virtio-net-pci.vectors=-1", "-device", "virtio-net-pci"],
    ["-device", "e1000,bootindex=2147483648"], ["-global", "e1000.bootindex=x", "-device", "e1000"],
    ["-device", "virtio-rng-pci,max-bytes=18446744073709551616"], ["-global", "virtio-rng-pci.max-bytes=-1", "-device", "virtio-rng-pci"],
    ["-device", "pcie-root-port,chassis=0x10,slot=010", "-device", "pcie-root-port,chassis=011,slot=0x9"],
    ["-global", "pcie-root-port.chassis=010", "-device", "pcie-root-port,slot=1"],
    ["-blockdev", "null-co,node-name=d0", "-device", "virtio-blk-pci,drive=d0,logical_block_size=3K"],
    ["-blockdev", "null-co,node-name=d0", "-global", "virtio-blk-pci.logical_block_size=1X", "-device", "virtio-blk-pci,drive=d0"],
    ["-blockdev", "null-co,node-name=d0", "-device", "virtio-blk-pci,drive=d0,werror=nosuch"],
    ["-blockdev", "null-co,node-name=d0", "-global", "virtio-blk-pci.werror=nosuch", "-device", "virtio-blk-pci,drive=d0"],
    ["-device", "pcie-root-port,chassis=2,x-speed=9"], ["-global", "pcie-root-port.x-width=33", "-device", "pcie-root-port,chassis=2"],
    ["-device", "VGA,vgamem_mb=16M"], ["-global", "VGA.vgamem_mb=16M", "-device", "VGA"],
    ["-object", "iothread,id=io0", "-device", "virtio-rng-pci,rng=io0"],
    ["-object", "iothread,id=io0", "-global", "virtio-rng-pci.rng=io0", "-device", "virtio-rng-pci"],
    ["-chardev", "null,id=c0", "-device", "virtio-net-pci,netdev=c0"], ["-netdev", "user,id=n0", "-device", "isa-serial,chardev=n0"],
    ["-device", "rocker,len-ports=x"], ["-device", "virtio-net-pci,mrg_rxbuf"], ["-global", "virtio-net-pci.mrg_rxbuf", "-device", "virtio-net-pci"],
    ["-device", j(driver="virtio-net-pci", vectors="3")], ["-device", j(driver="virtio-net-pci", mrg_rxbuf="on")],
    ["-device", j(driver="pcie-root-port", chassis=256)], ["-device", j(driver="e1000", mac=None)],
]):
    x("r15-line-%d" % i, "-M", "q35", *a, steps=hmp("info pci"))

# -object properties of the wrong type; numbers in hex, octal, negative.
for i, o in enumerate([
    "iothread,id=i,poll-max-ns=0x10", "iothread,id=i,poll-max-ns=010", "iothread,id=i,aio-max-batch=x", "iothread,id=i,poll-shrink=-1",
    "iothread,id=i,poll-grow=1.5", "memory-backend-ram,id=m,size=64M,share=2", "memory-backend-ram,id=m,size=64M,reserve=maybe",
    "memory-backend-ram,id=m,size=0x4000000", "memory-backend-ram,id=m,size=010M", "memory-backend-ram,id=m,size=-64M",
    "memory-backend-ram,id=m,size=64m", "memory-backend-ram,id=m,size=64MB", "memory-backend-ram,id=m,size=64 M",
    "memory-backend-ram,id=m,size=1.5M", "memory-backend-ram,id=m,size=64M,prealloc=yes", "memory-backend-ram,id=m,size=64M,dump=1",
    "throttle-group,id=t,x-iops-total=-1", "throttle-group,id=t,x-bps-total=1M", "throttle-group,id=t,x-iops-total-max-length=0x10",
    "secret,id=s,data=x,format=base64", "secret,id=s,data=abc,keyid=nosuch", "rng-random,id=r,filename=",
    "cryptodev-backend-builtin,id=c,queues=x", "cryptodev-backend-builtin,id=c,queues=0x2",
]):
    x("r15-obj-%d" % i, "-object", o, steps=hmp("info iothreads", "info memdev"))

# One id twice across -device/-object/-netdev/-chardev (and the monitor).
for i, a in enumerate([
    ["-device", "e1000,id=a", "-device", "virtio-net-pci,id=a"], ["-object", "iothread,id=a", "-object", "iothread,id=a"],
    ["-netdev", "user,id=a", "-netdev", "user,id=a"], ["-chardev", "null,id=a", "-chardev", "null,id=a"],
    ["-object", "iothread,id=a", "-device", "e1000,id=a"], ["-netdev", "user,id=a", "-chardev", "null,id=a", "-device", "e1000,id=a,netdev=a"],
    ["-object", "iothread,id=a", "-object", "memory-backend-ram,id=a,size=64M"], ["-blockdev", "null-co,node-name=a", "-device", "virtio-blk-pci,drive=a,id=a"],
    ["-chardev", "null,id=a", "-serial", "chardev:a", "-device", "isa-serial,chardev=a"],
    ["-netdev", "user,id=a", "-nic", "user,id=a"],
]):
    x("r15-dup-%d" % i, "-M", "q35", *a, steps=hmp("info network", "info chardev", "info iothreads"))
x("r15-dup-mon-0", *B15, steps=hmp("device_add e1000,id=io0", "object_add iothread,id=rp1", "chardev-add null,id=n0", "netdev_add user,id=c0",
                                    "device_add e1000,id=rp1", "object_add iothread,id=io0", "chardev-add null,id=c0", "netdev_add user,id=n0",
                                    "info network"))
x("r15-dup-mon-1", *B15, steps=[qmp("device_add", driver="e1000", id="rp1"), qmp("object-add", **{"qom-type": "iothread", "id": "io0"}),
                                 qmp("chardev-add", id="c0", backend={"type": "null", "data": {}}), qmp("netdev_add", type="user", id="n0"),
                                 qmp("blockdev-add", driver="null-co", **{"node-name": "d0"}), qmp("device_add", driver="e1000", id="d0")])
for i, a in enumerate([
    ["-device", "spapr-vlan,id=a,netdev=n0", "-netdev", "user,id=n0", "-device", "spapr-vty,id=a,chardev=c0", "-chardev", "null,id=c0"],
    ["-chardev", "null,id=a", "-chardev", "null,id=a"], ["-object", "iothread,id=a", "-object", "iothread,id=a"],
    ["-netdev", "user,id=a", "-netdev", "user,id=a"],
    ["-netdev", "user,id=n0", "-device", "spapr-vlan,netdev=n0,reg=0x1000", "-netdev", "user,id=n1", "-device", "spapr-vlan,netdev=n1,reg=0x1000"],
    ["-netdev", "user,id=n0", "-device", "spapr-vlan,netdev=n0,reg=01000"], ["-netdev", "user,id=n0", "-device", "spapr-vlan,netdev=n0,reg=-1"],
    ["-netdev", "user,id=n0", "-global", "spapr-vlan.reg=x", "-device", "spapr-vlan,netdev=n0"],
    ["-chardev", "null,id=c0", "-device", "spapr-vty,chardev=c0,reg=0x"],
    ["-object", "iothread,id=i,poll-max-ns=0x10"], ["-object", "memory-backend-ram,id=m,size=64MB"],
    ["-device", "virtio-net-pci,vectors=4294967296"], ["-global", "virtio-net-pci.mrg_rxbuf=maybe", "-device", "virtio-net-pci"],
]):
    p("r15-line-%d" % i, "-M", "pseries", *a, steps=hmp("info qtree"))

# Round 15, second part (r15-two-): the same learner one step on: QMP
# members null, empty or of the wrong type in the commands round one left
# (bus, set_link's up, human-monitor-command's cpu-index, migration
# parameters as strings), HMP quotes around words and numbers, literal
# quotes and doubled commas on the command line, -global values read in
# hex and octal as info qtree prints them.
for i, steps in enumerate([
    [qmp("device_add", driver="e1000", bus=5), qmp("device_add", driver="e1000", bus=None), qmp("device_add", driver="e1000", bus="nosuch"),
     qmp("device_add", driver="e1000", bus="pcie.0", addr="0x2.0x1")],
    [qmp("device_add", driver="e1000", id=""), qmp("device_del", id=""), qmp("device_del", id=None), qmp("netdev_del", id=None)],
    [qmp("object-del", id=5), qmp("set_link", name="n0", up=None), qmp("set_link", name=None, up=True), qmp("set_link", name="n0")],
    [qmp("human-monitor-command", **{"command-line": ""}), qmp("human-monitor-command", **{"command-line": "info cpus", "cpu-index": "0"}),
     qmp("human-monitor-command", **{"command-line": None}), qmp("human-monitor-command", **{"command-line": "info cpus", "cpu-index": -1})],
    [qmp("migrate-set-parameters", **{"max-bandwidth": "1G"}), qmp("migrate-set-parameters", **{"downtime-limit": 1.5}),
     qmp("migrate-set-parameters", **{"downtime-limit": None}), qmp("migrate-set-parameters", **{"nosuch": 1})],
    [qmp("block_resize", **{"node-name": "d0", "size": "1G"}), qmp("block_resize", **{"node-name": "d0"}), qmp("blockdev-del"),
     qmp("blockdev-del", **{"node-name": None})],
    [qmp("qom-set", path="/objects/io0", property="poll-max-ns", value=[1]), qmp("qom-set", path="/objects/io0", property="poll-max-ns", value={"v": 1}),
     qmp("qom-get", path="/objects/io0", property=""), qmp("qom-list", path="/objects/io0/")],
    [qmp("query-cpu-model-expansion", type="full", model=None), qmp("query-cpu-model-expansion", type="static", model={"name": "qemu64", "props": None}),
     qmp("query-cpu-model-expansion", type=None, model={"name": "qemu64"}), qmp("query-cpu-model-expansion", type="full", model={})],
    [qmp("chardev-add", id="c1", backend={"type": "file", "data": {"out": 5}}),
     qmp("chardev-add", id="c1", backend={"type": "socket", "data": {}}),
     qmp("chardev-add", id="", backend={"type": "null", "data": {}}), qmp("chardev-remove", id=None)],
]):
    x("r15-two-qmp-%d" % i, *B15, steps=steps)
for i, cmds in enumerate([
    ["device_add e1000,id=\"e1\"", "device_add \"e1000,id=e2\"", "device_add 'e1000,id=e3'", "info pci"],
    ["qom-set /objects/io0 poll-max-ns \"16\"", "qom-get /objects/io0 poll-max-ns", "qom-set \"/objects/io0\" \"poll-max-ns\" 17",
     "qom-get /objects/io0 poll-max-ns", "qom-set /objects/io0 poll-max-ns \"1", "info qom-tree \"/machine"],
    ["cpu \"0\"", "balloon \"1\"", "sendkey \"a", "sendkey \"a\"", "drive_add 0 \"if=none", "log \"cpuhp"],
    ["info registers -a -a", "info mtree -f -f", "info mtree -fd", "info qtree -x", "info pci -a", "x /4x \"0\""],
    ["netdev_add \"user,id=n1\"", "netdev_add user,id=\"n2\"", "info network", "chardev-add \"null,id=c1\"", "info chardev"],
    ["object_add \"iothread,id=io1\"", "object_add iothread,id=io2,poll-max-ns=\"5\"", "info iothreads", "object_del \"io1\"",
     "device_del \"rp1\""],
]):
    x("r15-two-hmp-%d" % i, *B15, steps=hmp(*cmds))
for i, a in enumerate([
    ["-device", "e1000,mac=\"52:54:00:12:34:56\""], ["-device", "e1000,id=e 1"], ["-device", "e1000,,id=x"], ["-device", "e1000,id=x,,y"],
    ["-device", "e1000,id=\"e1\""], ["-global", "e1000.bootindex=0x10", "-device", "e1000"],
    ["-global", "virtio-net-pci.host_mtu=1.5K", "-device", "virtio-net-pci"],
    ["-global", "driver=virtio-net-pci,property=vectors,value=-1", "-device", "virtio-net-pci"],
    ["-global", "virtio-net-pci.vectors=010", "-device", "virtio-net-pci,id=v"],
    ["-global", "virtio-net-pci.vectors= 0x10", "-device", "virtio-net-pci,id=v"],
    ["-device", "virtio-net-pci,vectors=0x10,id=v"], ["-device", "virtio-net-pci,vectors= 7,id=v"],
    ["-device", "pcie-root-port,chassis=1,slot=+2,id=r"], ["-global", "pcie-root-port.chassis=+3", "-device", "pcie-root-port,id=r"],
    ["-global", "e1000.mac=\"52:54:00:12:34:56\"", "-device", "e1000"],
    ["-global", "virtio-net-pci.mrg_rxbuf=off", "-global", "virtio-net-pci.mrg_rxbuf=maybe", "-device", "virtio-net-pci"],
]):
    x("r15-two-line-%d" % i, "-M", "q35", *a, steps=hmp("info qtree"))
for i, a in enumerate([
    ["-chardev", "null,id=c0", "-global", "spapr-vty.reg=0x2000", "-device", "spapr-vty,chardev=c0"],
    ["-device", "spapr-vscsi,reg=-1"], ["-device", "spapr-vscsi,reg=0x100000000"], ["-device", "spapr-vscsi,reg= 0x2000"],
    ["-chardev", "null,id=c0", "-device", "spapr-vty,chardev=c0,reg=\"0x2000\""],
    ["-netdev", "user,id=n0", "-device", "spapr-vlan,netdev=n0,mac=52:54:00:12:34"],
]):
    p("r15-two-line-%d" % i, "-M", "pseries", *a, steps=hmp("info qtree"))

# Measured around round 15's fixes (r15m-): a -global on a link property
# (found, missing, of another type), a -global's period/max-bytes at
# virtio-rng's realize, hostfwd_remove's parse, a NIC and a backend of one
# name in info network, 10.0's enums in parentheses (floppy, CHS).
for i, a in enumerate([
    ["-global", "virtio-rng-pci.rng=nosuch", "-device", "virtio-rng-pci"],
    ["-object", "rng-random,id=r0,filename=/dev/urandom", "-global", "virtio-rng-pci.rng=r0", "-device", "virtio-rng-pci,id=v"],
    ["-object", "rng-random,id=r0,filename=/dev/urandom", "-global", "virtio-rng-pci.rng=/objects/r0", "-device", "virtio-rng-pci"],
    ["-global", "virtio-rng-pci.period=0", "-device", "virtio-rng-pci"],
    ["-global", "virtio-rng-pci.max-bytes=9223372036854775808", "-device", "virtio-rng-pci,max-bytes=5"],
    ["-global", "virtio-rng-pci.rng=nosuch"],
    ["-object", "iothread,id=io0", "-global", "virtio-blk-pci.iothread=io0", "-blockdev", "null-co,node-name=d0", "-device", "virtio-blk-pci,drive=d0"],
    ["-object", "rng-random,id=r0,filename=/dev/urandom", "-global", "virtio-blk-pci.iothread=r0", "-blockdev", "null-co,node-name=d0",
     "-device", "virtio-blk-pci,drive=d0"],
    ["-M", "pc", "-global", "isa-fdc.fdtypeA=nosuch"], ["-M", "pc", "-device", "isa-fdc,fdtypeA=nosuch"],
    ["-M", "pc", "-blockdev", "null-co,node-name=d0", "-device", "ide-hd,drive=d0,bios-chs-trans=nosuch"],
    ["-M", "pc", "-global", "mc146818rtc.lost_tick_policy=maybe"],
]):
    x("r15m-line-%d" % i, *a, steps=hmp("info status"))
x("r15m-net-0", "-M", "q35", "-netdev", "user,id=a", "-device", "e1000,id=a,netdev=a", "-netdev", "user,id=b", "-device", "e1000,id=c,netdev=b",
  steps=hmp("info network"))
x("r15m-net-1", "-M", "q35", "-netdev", "user,id=a", "-netdev", "user,id=b", "-device", "e1000,id=b,netdev=a",
  steps=hmp("info network", "netdev_add user,id=c", "info network"))
x("r15m-net-2", "-M", "q35", "-netdev", "user,id=n0", "-device", "e1000,netdev=n0", steps=hmp(
    "hostfwd_add tcp::2222-:22", "hostfwd_remove tcp::2222", "hostfwd_remove :2222", "hostfwd_remove ::2222", "hostfwd_remove udp::2222",
    "hostfwd_remove icmp::2222", "hostfwd_remove tcp:1.2.3:2222", "hostfwd_remove tcp:1.2.3.4.5:2222", "hostfwd_remove tcp:: 2222",
    "hostfwd_remove tcp::2222 ", "hostfwd_remove tcp::-1", "hostfwd_remove tcp::99999999999", "hostfwd_remove tcp::0x10",
    "hostfwd_remove tcp::", "hostfwd_remove tcp::+5", "hostfwd_remove n0 tcp:localhost:22"))
x("r15m-mig-0", steps=hmp("migrate_set_parameter downtime-limit -0", "migrate_set_parameter downtime-limit -1k",
                          "migrate_set_parameter downtime-limit 99999999999999999999", "migrate_set_parameter downtime-limit 0x-1",
                          "migrate_set_parameter downtime-limit - 1", "migrate_set_parameter xbzrle-cache-size -1",
                          "migrate_set_parameter max-bandwidth -5M", "migrate_set_parameter downtime-limit -1.5"))
x("r15m-blk-0", steps=[qmp("blockdev-add", driver="null-aio", **{"node-name": "b0", "size": -1})])
x("r15m-blk-1", steps=[qmp("blockdev-add", driver="null-co", **{"node-name": "b0", "size": -0}), qmp("query-named-block-nodes")])
x("r15m-blk-2", steps=[qmp("blockdev-add", driver="null-co", **{"node-name": "b0", "size": -1.5})])
x("r15m-obj-0", steps=hmp("object_add iothread,id=i0,poll-max-ns=0x10", "object_add iothread,id=i1,poll-grow=010", "info iothreads",
                          "object_add cryptodev-backend-builtin,id=c0,queues=x", "object_add throttle-group,id=t,x-iops-total-max-length=0x10"))
for i, o in enumerate(["iothread,id=i,poll-max-ns=0x", "iothread,id=i,poll-max-ns=08", "iothread,id=i,poll-max-ns= 16",
                       "throttle-group,id=t,x-iops-total=0x10,x-iops-total-max=0x8", "cryptodev-backend-builtin,id=c,queues=-1",
                       "cryptodev-backend-builtin,id=c,queues=4294967296", "iothread,id=i,aio-max-batch=0x7fffffffffffffff"]):
    x("r15m-obj-%d" % (i + 1), "-object", o, steps=hmp("info iothreads"))

# r15m, second batch: unsigned object properties beyond queues, in -object,
# HMP object_add and QMP object-add; -global on other links.
for i, o in enumerate(["cryptodev-backend-builtin,id=c,queues=0x1", "cryptodev-backend-builtin,id=c,queues=+1",
                       "cryptodev-backend-builtin,id=c,queues= 1", "cryptodev-backend-builtin,id=c,queues=18446744073709551615",
                       "cryptodev-backend-builtin,id=c,queues=18446744073709551616", "iothread,id=i,poll-max-ns=9223372036854775808",
                       "memory-backend-ram,id=m,size=64M,prealloc-threads=-1", "memory-backend-ram,id=m,size=64M,prealloc-threads=4294967296",
                       "filter-buffer,id=f,netdev=n0,interval=-1", "filter-buffer,id=f,netdev=n0,interval=4294967296",
                       "filter-buffer,id=f,netdev=n0,interval=0x10"]):
    x("r15m-uns-%d" % i, "-netdev", "user,id=n0", "-object", o, steps=hmp("info iothreads", "info network"))
x("r15m-uns-mon-0", steps=hmp("object_add cryptodev-backend-builtin,id=c,queues=-1", "object_add cryptodev-backend-builtin,id=c,queues=4294967296",
                              "object_add cryptodev-backend-builtin,id=c,queues=x", "object_add iothread,id=i,poll-max-ns= 5",
                              "object_add iothread,id=j,poll-max-ns=-1"))
x("r15m-uns-qmp-0", steps=[qmp("object-add", **{"qom-type": "cryptodev-backend-builtin", "id": "c", "queues": -1}),
                           qmp("object-add", **{"qom-type": "cryptodev-backend-builtin", "id": "c", "queues": 4294967296}),
                           qmp("object-add", **{"qom-type": "cryptodev-backend-builtin", "id": "c", "queues": "1"})])
for i, a in enumerate([
    ["-global", "virtio-scsi-pci.iothread=nosuch", "-device", "virtio-scsi-pci"],
    ["-object", "memory-backend-ram,id=m0,size=128M", "-m", "1G,slots=2,maxmem=2G", "-global", "pc-dimm.memdev=m0", "-device", "pc-dimm,id=d"],
    ["-object", "iothread,id=io0", "-m", "1G,slots=2,maxmem=2G", "-global", "pc-dimm.memdev=io0", "-device", "pc-dimm,id=d"],
    ["-global", "virtio-rng-pci.rng=", "-device", "virtio-rng-pci"],
]):
    x("r15m-glink-%d" % i, *a, steps=hmp("info status"))

# Round 16 (r16m-, helper e16): error paths as they happen in sessions, not
# single slips. Several errors on one line (which one QEMU reports first; the
# same two in the other order), an error after warnings (the warnings first),
# options fine alone that conflict together (-vga with graphics=off or a
# VGA device, usb=on/off with -usb, -no-acpi on q35, -numa against -smp,
# maxmem against memory devices), ids reused across device_add, device_del,
# object_add and object_del in one session (after a failed add, after del
# before and after cont), device_del of what cannot be unplugged, device_add
# to full or wrong buses, wrong unions and types for netdev_add, chardev-add,
# blockdev-add and object-add over QMP and HMP, and commands in the wrong
# run state (cont/stop/system_reset ordering, migration commands stopped).
B16X = {"pc": ["-M", "pc", "-smp", "1,maxcpus=4"], "q35": ["-M", "q35", "-smp", "1,maxcpus=4"]}
B16P = ["-M", "pseries", "-smp", "1,maxcpus=4"]
# Several errors on one line, each pair in both orders.
for i, (a, b) in enumerate([
    (["-smp", "x"], ["-m", "1X"]), (["-device", "nosuch"], ["-object", "nosuch,id=o"]),
    (["-netdev", "nosuch,id=n"], ["-chardev", "nosuch,id=c"]), (["-cpu", "nosuch"], ["-device", "nosuch"]),
    (["-M", "pc,nosuch=1"], ["-cpu", "nosuch"]), (["-numa", "node,nodeid=x"], ["-smp", "x"]),
    (["-drive", "if=none,id=d,format=nosuch"], ["-device", "nosuch"]), (["-device", "e1000,netdev=nosuch"], ["-device", "virtio-net-pci,netdev=nosuch2"]),
    (["-boot", "order=xyz"], ["-rtc", "base=x"]), (["-accel", "nosuch"], ["-M", "nosuch"]),
    (["-object", "iothread,id=a"], ["-object", "iothread,id=a,poll-max-ns=x"]), (["-global", "e1000.nosuch=1"], ["-device", "e1000,nosuch=2"]),
    (["-smp", "4,maxcpus=2"], ["-m", "0x"]), (["-device", "e1000,addr=0x20"], ["-device", "e1000,bus=nosuch"]),
    (["-blockdev", "nosuch,node-name=a"], ["-netdev", "user,id=n,nosuch=1"]),
]):
    x("r16m-two-%d" % (2 * i), *a, *b, steps=hmp("info status"))
    x("r16m-two-%d" % (2 * i + 1), *b, *a, steps=hmp("info status"))
for i, (a, b) in enumerate([
    (["-M", "pseries,cap-htm=maybe"], ["-cpu", "nosuch"]), (["-device", "spapr-vty,chardev=nosuch"], ["-device", "nosuch"]),
    (["-smp", "x"], ["-M", "pseries,nosuch=1"]),
]):
    p("r16m-two-%d" % (2 * i), *a, *b, steps=hmp("info status"))
    p("r16m-two-%d" % (2 * i + 1), *b, *a, steps=hmp("info status"))
# An error after warnings: the warnings are printed first.
for i, a in enumerate([
    ["-netdev", "user,id=n,ipv6", "-device", "nosuch"], ["-netdev", "user,id=n,ipv6", "-device", "e1000,netdev=nosuch"],
    ["-cpu", "qemu64,+avx512f", "-device", "nosuch"], ["-smp", "2,threads=2", "-device", "nosuch"],
    ["-cpu", "qemu64,+avx512f", "-smp", "2,threads=2", "-M", "pc", "-device", "e1000,addr=0x20"],
    ["-M", "q35", "-smp", "2,threads=2", "-device", "pcie-root-port,chassis=1,id=r", "-device", "e1000,bus=r,addr=1"],
    ["-cpu", "qemu64,+avx512f", "-object", "memory-backend-ram,id=m,size=x"],
    ["-chardev", "null,id=c,logappend", "-device", "isa-serial,chardev=c", "-device", "isa-serial,chardev=c"],
    ["-smp", "2,threads=2", "-numa", "node,cpus=0", "-numa", "node,cpus=5"],
]):
    x("r16m-warn-%d" % i, *a, steps=hmp("info status"))
for i, a in enumerate([
    ["-device", "nosuch"], ["-M", "pseries,cap-htm=on"], ["-netdev", "user,id=n,ipv6", "-M", "pseries,cap-htm=on"],
    ["-M", "pseries,cap-cfpc=safe,cap-htm=on"], ["-smp", "2,threads=2", "-cpu", "POWER8", "-M", "pseries,cap-htm=on"],
]):
    p("r16m-warn-%d" % i, "-M", "pseries", *a, steps=hmp("info status"))
# Options fine alone that conflict together.
for i, a in enumerate([
    ["-M", "pc", "-vga", "std"], ["-M", "pc,graphics=off", "-vga", "std"], ["-M", "pc", "-vga", "std", "-device", "VGA"],
    ["-M", "pc", "-vga", "none", "-device", "VGA"], ["-M", "pc", "-vga", "std", "-vga", "cirrus"], ["-M", "q35", "-vga", "cirrus"],
    ["-M", "pc", "-vga", "std", "-device", "VGA,addr=2"], ["-M", "pc", "-vga", "nosuch"], ["-M", "pc", "-device", "VGA", "-device", "VGA"],
    ["-M", "pc,usb=on", "-usb"], ["-M", "pc,usb=off", "-usb"], ["-M", "pc", "-usb", "-device", "qemu-xhci"], ["-M", "q35", "-usb"],
    ["-M", "pc,usb=off", "-device", "usb-tablet"], ["-M", "pc", "-usb", "-M", "usb=off", "-device", "usb-tablet"],
    ["-M", "pc", "-usb", "-usb", "-device", "usb-tablet"], ["-M", "q35", "-usb", "-device", "usb-kbd,bus=usb-bus.0"],
    ["-M", "pc,usb=on", "-device", "piix3-usb-uhci"],
    ["-M", "q35", "-no-acpi"], ["-M", "q35,acpi=off"], ["-M", "pc", "-no-acpi"], ["-M", "q35", "-no-acpi", "-M", "acpi=on"],
    ["-M", "q35,acpi=off", "-smp", "1,maxcpus=2", "-device", "pcie-root-port,chassis=1"],
    ["-M", "pc", "-smp", "4", "-numa", "node,cpus=0-1"], ["-M", "pc", "-smp", "2", "-numa", "node,cpus=0-3"],
    ["-M", "pc", "-smp", "4,sockets=2,cores=2", "-numa", "node,nodeid=0", "-numa", "node,nodeid=1", "-numa", "cpu,node-id=1,socket-id=2"],
    ["-M", "pc", "-smp", "2", "-numa", "node,cpus=0", "-numa", "node,cpus=0"],
    ["-M", "q35", "-smp", "4,maxcpus=8", "-numa", "node,cpus=0-3", "-numa", "node,cpus=4-8"],
    ["-M", "pc", "-m", "1G,maxmem=2G", "-object", "memory-backend-ram,id=m,size=512M", "-device", "pc-dimm,memdev=m"],
    ["-M", "pc", "-m", "1G,slots=2", "-object", "memory-backend-ram,id=m,size=512M", "-device", "pc-dimm,memdev=m"],
    ["-M", "pc", "-m", "1G,slots=2,maxmem=1536M", "-object", "memory-backend-ram,id=m,size=512M", "-object",
     "memory-backend-ram,id=m2,size=512M", "-device", "pc-dimm,memdev=m", "-device", "pc-dimm,memdev=m2"],
    ["-M", "q35", "-m", "1G,slots=1,maxmem=4G", "-object", "memory-backend-ram,id=m,size=512M", "-object",
     "memory-backend-ram,id=m2,size=512M", "-device", "pc-dimm,memdev=m", "-device", "pc-dimm,memdev=m2"],
    ["-M", "pc", "-m", "1G,slots=2,maxmem=2G", "-numa", "node", "-object", "memory-backend-ram,id=m,size=512M", "-device", "pc-dimm,memdev=m,node=1"],
    ["-M", "pc", "-m", "2G,slots=2,maxmem=1G"],
]):
    x("r16m-conf-%d" % i, *a, steps=hmp("info status", "info pci" if "-vga" in a or "VGA" in a else "info usb" if "usb" in " ".join(a) else "info memory-devices"))
for i, a in enumerate([
    ["-vga", "std"], ["-M", "pseries,graphics=off", "-vga", "std"], ["-M", "pseries,usb=off", "-usb"], ["-usb", "-device", "usb-kbd"],
    ["-M", "pseries,usb=off", "-device", "usb-kbd"], ["-no-acpi"], ["-smp", "4", "-numa", "node,cpus=0-1"],
    ["-smp", "4,threads=2", "-numa", "node,cpus=0", "-numa", "node,cpus=1-3"], ["-m", "1G,maxmem=2G", "-object", "memory-backend-ram,id=m,size=256M",
                                                                          "-device", "pc-dimm,memdev=m"],
    ["-m", "1G,slots=2,maxmem=1280M", "-object", "memory-backend-ram,id=m,size=256M", "-object", "memory-backend-ram,id=m2,size=256M",
     "-device", "pc-dimm,memdev=m", "-device", "pc-dimm,memdev=m2"],
]):
    p("r16m-conf-%d" % i, "-M", "pseries", *a, steps=hmp("info status", "info usb" if "usb" in " ".join(a) else "info memory-devices"))
# Ids reused in one session.
x("r16m-id-0", *B16X["pc"], steps=hmp("device_add e1000,id=e1,netdev=nosuch", "device_add e1000,id=e1", "device_add e1000,id=e1", "info pci"))
x("r16m-id-1", *B16X["pc"], steps=hmp("device_add qemu64-x86_64-cpu,id=c1,socket-id=9,core-id=0,thread-id=0",
                                       "device_add qemu64-x86_64-cpu,id=c1,socket-id=1,core-id=0,thread-id=0",
                                       "device_add qemu64-x86_64-cpu,id=c1,socket-id=2,core-id=0,thread-id=0", "info hotpluggable-cpus"))
x("r16m-id-2", *B16X["pc"], steps=hmp("device_add e1000,id=e1", "device_del e1", "device_add e1000,id=e1", "device_del e1", "info pci"))
x("r16m-id-3", *B16X["pc"], steps=hmp("device_add qemu64-x86_64-cpu,id=c1,socket-id=1,core-id=0,thread-id=0", "device_del c1",
                                       "device_add qemu64-x86_64-cpu,id=c1,socket-id=2,core-id=0,thread-id=0", "device_del c1", "info cpus"))
x("r16m-id-4", *B16X["pc"], steps=hmp("device_add qemu64-x86_64-cpu,id=c1,socket-id=1,core-id=0,thread-id=0", "cont", "device_del c1",
                                       "device_del c1", "device_add qemu64-x86_64-cpu,id=c1,socket-id=2,core-id=0,thread-id=0", "stop", "info cpus"))
x("r16m-id-5", *B16X["q35"], steps=hmp("device_add pcie-root-port,id=rp,chassis=1", "device_add pcie-root-port,id=rp,chassis=2",
                                        "device_add e1000,id=rp", "object_add iothread,id=rp", "info iothreads"))
x("r16m-id-6", *B16X["q35"], steps=hmp("object_add iothread,id=io1", "object_del io1", "object_add iothread,id=io1", "object_del io1",
                                        "object_del io1", "info iothreads"))
x("r16m-id-7", "-M", "pc", "-m", "1G,slots=2,maxmem=2G", steps=hmp(
    "object_add memory-backend-ram,id=m1,size=128M", "device_add pc-dimm,id=d1,memdev=m1", "object_del m1", "device_add pc-dimm,id=d2,memdev=m1",
    "object_add memory-backend-ram,id=m1,size=128M", "info memory-devices"))
x("r16m-id-8", "-M", "pc", "-m", "1G,slots=2,maxmem=2G", steps=hmp(
    "object_add memory-backend-ram,id=m1,size=128M", "device_add pc-dimm,id=m1,memdev=m1", "device_del m1", "object_del m1",
    "device_add pc-dimm,id=m1,memdev=m1", "info memory-devices"))
x("r16m-id-9", *B16X["q35"], steps=hmp("netdev_add user,id=n1", "netdev_del n1", "netdev_add user,id=n1", "device_add e1000,netdev=n1,id=n1,bus=pcie.0",
                                        "netdev_del n1", "netdev_del n1", "info network"))
x("r16m-id-10", *B16X["q35"], steps=hmp("chardev-add null,id=c1", "chardev-remove c1", "chardev-add null,id=c1", "chardev-add null,id=c1",
                                         "chardev-remove c1", "chardev-remove c1", "info chardev"))
x("r16m-id-11", *B16X["q35"], steps=[qmp("object-add", **{"qom-type": "iothread", "id": "x1", "poll-max-ns": -1}),
                                      qmp("object-add", **{"qom-type": "iothread", "id": "x1"}), qmp("object-del", id="x1"),
                                      qmp("object-del", id="x1"), qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "x1"}),
                                      qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "x1", "size": 1048576}), qmp("qom-list", path="/objects")])
x("r16m-id-12", *B16X["pc"], steps=[qmp("device_add", driver="e1000", id="e1", addr="0x20"), qmp("device_add", driver="e1000", id="e1", addr="0x5"),
                                     qmp("device_add", driver="e1000", id="e2", addr="0x5"), qmp("device_del", id="e1"), qmp("device_del", id="e1"),
                                     qmp("device_add", driver="e1000", id="e2", addr="0x6")])
x("r16m-id-13", *B16X["q35"], steps=hmp("device_add qemu64-x86_64-cpu,id=c1,socket-id=1,core-id=0,thread-id=0", "device_add e1000,id=c1,bus=pcie.0",
                                         "device_del c1", "device_add e1000,id=c1,bus=pcie.0", "info cpus"))
# (id-14 and p-id-2: a failing device_add drains the RCU callbacks, so that
# the removed device's DEVICE_DELETED comes at a fixed step: without it, it
# came at a later request or never, by the RCU thread's timing.)
x("r16m-id-14", *B16X["pc"], steps=hmp("cont", "device_add e1000,id=e1", "device_del e1", "device_add e1000,id=e1", "stop", "system_reset",
                                        "device_add nosuch", "device_add e1000,id=e1", "info pci"))
p("r16m-id-0", *B16P, steps=hmp("device_add power9_v2.0-spapr-cpu-core,id=c1,core-id=3", "device_add power9_v2.0-spapr-cpu-core,id=c1,core-id=1",
                                 "device_add power9_v2.0-spapr-cpu-core,id=c1,core-id=2", "device_del c1",
                                 "device_add power9_v2.0-spapr-cpu-core,id=c1,core-id=2", "info hotpluggable-cpus"))
p("r16m-id-1", *B16P, steps=hmp("device_add power9_v2.0-spapr-cpu-core,id=c1,core-id=1", "cont", "device_del c1", "device_del c1",
                                 "stop", "device_add power9_v2.0-spapr-cpu-core,id=c1,core-id=2", "info cpus"))
p("r16m-id-2", *B16P, steps=hmp("device_add e1000,id=e1", "device_del e1", "device_add nosuch", "device_add e1000,id=e1", "device_add e1000,id=e2,addr=0",
                                 "info pci"))
p("r16m-id-3", "-M", "pseries", "-m", "1G,slots=2,maxmem=2G", steps=hmp(
    "object_add memory-backend-ram,id=m1,size=256M", "device_add pc-dimm,id=d1,memdev=m1", "object_del m1", "device_del d1", "device_del d1",
    "object_del m1", "device_add pc-dimm,id=d1,memdev=m1", "info memory-devices"))
# device_del of what cannot be unplugged.
x("r16m-del-0", "-M", "q35", "-device", "pcie-root-port,id=rp,chassis=1", "-device", "e1000e,bus=rp,id=e", steps=hmp(
    "device_del rp", "device_del e", "device_del e", "info pci"))
x("r16m-del-1", "-M", "q35", "-device", "pcie-root-port,id=rp,chassis=1,hotplug=off", "-device", "e1000e,bus=rp,id=e", steps=hmp(
    "device_del e", "device_add e1000e,bus=rp,id=e2", "info pci"))
x("r16m-del-2", "-M", "pc", "-chardev", "null,id=c", "-device", "isa-serial,chardev=c,id=s", "-device", "piix3-usb-uhci,id=u",
  "-device", "usb-tablet,id=t", steps=hmp("device_del s", "device_del u", "device_del u", "info usb"))  # (a USB device's own unplug: its DEVICE_DELETED comes late)
x("r16m-del-3", "-M", "pc", "-blockdev", "null-co,node-name=b", "-device", "ide-hd,drive=b,id=h", "-device", "virtio-scsi-pci,id=vs",
  "-blockdev", "null-co,node-name=b2", "-device", "scsi-hd,drive=b2,id=sd", steps=hmp("device_del h", "device_del vs", "device_del vs", "info block"))  # (scsi-hd's own unplug: its event comes late)
x("r16m-del-4", "-M", "pc-i440fx-2.6", "-smp", "1,maxcpus=2", steps=hmp("device_add qemu64-x86_64-cpu,id=c1,socket-id=1,core-id=0,thread-id=0",
                                                                           "device_del c1", "info hotpluggable-cpus"))
x("r16m-del-5", "-M", "isapc", "-smp", "1,maxcpus=2", steps=hmp("device_add qemu32-x86_64-cpu,id=c1,socket-id=1,core-id=0,thread-id=0",
                                                                  "device_del c1", "info cpus"))
x("r16m-del-6", "-M", "q35", "-device", "pcie-root-port,id=rp,chassis=1", "-device", "x3130-upstream,bus=rp,id=up",
  "-device", "xio3130-downstream,bus=up,id=dn,chassis=2", steps=hmp("device_del dn", "device_del up", "device_add e1000e,bus=dn,id=e",
                                                                     "device_del e", "info pci"))
x("r16m-del-7", "-M", "q35", "-device", "pcie-pci-bridge,id=br", steps=hmp("device_add e1000,bus=br,addr=1,id=e", "device_del br",
                                                                            "device_del e", "device_del e", "info pci"))
x("r16m-del-8", "-M", "pc", "-device", "pci-bridge,id=br,chassis_nr=1,addr=5", "-device", "e1000,bus=br,addr=3,id=e", steps=hmp(
    "device_del br", "device_del e", "device_add e1000,bus=br,addr=3,id=e2", "info pci"))
p("r16m-del-0", "-M", "pseries", "-chardev", "null,id=c", "-device", "spapr-vty,chardev=c,id=v", "-device", "spapr-vscsi,id=vs",
  steps=hmp("device_del v", "device_del vs", "device_add spapr-vscsi,id=vs2", "info qtree"))
p("r16m-del-1", "-M", "pseries", "-device", "spapr-pci-host-bridge,index=1,id=phb1", "-device", "e1000,bus=phb1.0,id=e",
  steps=hmp("device_del phb1", "device_del e", "device_del e", "info pci"))
p("r16m-del-2", "-M", "pseries", "-device", "qemu-xhci,id=x", "-device", "usb-kbd,id=k", steps=hmp("device_del x", "device_del x",
                                                                                                   "info usb"))  # (not usb-kbd: its event comes late)
p("r16m-del-3", "-M", "pseries-2.11", "-smp", "1,maxcpus=2", steps=hmp("device_add power9_v2.0-spapr-cpu-core,id=c1,core-id=1",
                                                                      "device_del c1", "device_del c1", "info hotpluggable-cpus"))
# device_add to full or wrong buses.
x("r16m-bus-0", *B16X["pc"], steps=hmp("device_add usb-kbd", "device_add usb-kbd,bus=usb-bus.0", "device_add qemu-xhci,id=x,p2=1,p3=1",
                                        "device_add usb-kbd,id=k1", "device_add usb-kbd,id=k2", "device_add usb-kbd,id=k3", "info usb"))
x("r16m-bus-1", *B16X["pc"], steps=hmp("device_add e1000,addr=5,id=a", "device_add e1000,addr=5,id=b", "device_add e1000,addr=5.1,id=c",
                                        "device_add e1000,addr=0,id=d", "device_add e1000,addr=1.1,id=e", "info pci"))
x("r16m-bus-2", *B16X["pc"], steps=hmp("device_add e1000,bus=isa.0", "device_add e1000,bus=pcie.0", "device_add isa-serial,bus=pci.0",
                                        "device_add ide-hd,bus=pci.0", "device_add virtio-serial-pci,id=vs", "device_add e1000,bus=vs.0",
                                        "device_add virtconsole,bus=pci.0"))
x("r16m-bus-3", *B16X["q35"], steps=hmp("device_add pcie-root-port,chassis=1,id=rp", "device_add pcie-root-port,chassis=2,id=rp2,bus=pcie.0",
                                         "device_add e1000e,bus=rp2", "device_add e1000e,bus=rp2", "device_add e1000e,bus=rp2,addr=1",
                                         "device_add e1000e,bus=rp2,addr=0.1"))
x("r16m-bus-4", "-M", "q35", "-device", "pcie-root-port,id=rp,chassis=1", steps=hmp(
    "device_add e1000e,bus=rp,id=a", "device_add e1000e,bus=rp,id=b", "device_add pcie-root-port,bus=rp,chassis=2",
    "device_add e1000e,bus=ide.0", "device_add usb-kbd", "info pci"))
x("r16m-bus-5", "-M", "pc", "-device", "virtio-scsi-pci,id=vs", "-blockdev", "null-co,node-name=b1", "-blockdev", "null-co,node-name=b2",
  steps=hmp("device_add scsi-hd,drive=b1,bus=vs.0,scsi-id=1,lun=0,id=s1", "device_add scsi-hd,drive=b2,bus=vs.0,scsi-id=1,lun=0,id=s2",
            "device_add scsi-hd,drive=b2,bus=vs.1", "device_add scsi-hd,drive=b2,bus=pci.0", "device_add scsi-hd,drive=b1,id=s3", "info block"))
x("r16m-bus-6", *B16X["pc"], steps=[qmp("device_add", driver="usb-tablet"), qmp("device_add", driver="piix3-usb-uhci", id="u"),
                                     qmp("device_add", driver="usb-tablet", id="t", bus="u.0"), qmp("device_add", driver="usb-tablet", bus="u.0", port="1"),
                                     qmp("device_add", driver="usb-tablet", bus="u.0", port="3"), qmp("device_add", driver="usb-tablet", bus="u.0"),
                                     qmp("device_add", driver="usb-tablet", bus="u.0")])
p("r16m-bus-0", *B16P, steps=hmp("device_add usb-kbd", "device_add qemu-xhci,id=x", "device_add usb-kbd,id=k", "device_add e1000,bus=x.0",
                                  "device_add e1000,bus=spapr-vio", "device_add spapr-vty,bus=pci.0", "info usb"))
p("r16m-bus-1", *B16P, steps=hmp("device_add e1000,addr=5,id=a", "device_add e1000,addr=5,id=b", "device_add e1000,addr=0x20",
                                  "device_add e1000,bus=pci.1", "device_add pcie-root-port,chassis=1", "info pci"))
# Wrong unions and types for the backend commands, over QMP and HMP.
U = [
    qmp("netdev_add", type="nosuch", id="n"), qmp("netdev_add", type=5, id="n"), qmp("netdev_add", id="n"), qmp("netdev_add", type="user"),
    qmp("netdev_add", type="user", id="n", data={}), qmp("netdev_add", type="socket", id="n"), qmp("netdev_add", type="hubport", id="n"),
    qmp("netdev_add", type="nic", id="n"), qmp("netdev_add", type="none", id="n"), qmp("netdev_add", type="user", id="n", net="10.0.2.0/33"),
]
x("r16m-un-0", *B16X["q35"], steps=U)
x("r16m-un-1", *B16X["q35"], steps=[
    qmp("chardev-add", id="c", backend={"type": "nosuch", "data": {}}), qmp("chardev-add", id="c", backend={"type": "null"}),
    qmp("chardev-add", id="c", backend="null"), qmp("chardev-add", id="c", backend={"type": "file", "data": {}}),
    qmp("chardev-add", id="c", backend={"type": "ringbuf", "data": {"size": 3}}), qmp("chardev-add", id="c", backend={"type": "memory", "data": {}}),
    qmp("chardev-add", id="c", backend={"type": "mux", "data": {"chardev": "nosuch"}}), qmp("chardev-add", id="c", backend={"data": {}}),
    qmp("chardev-add", backend={"type": "null", "data": {}}), qmp("chardev-add", id="c", backend={"type": "null", "data": {"nosuch": 1}}),
])
x("r16m-un-2", *B16X["q35"], steps=[
    qmp("blockdev-add", driver="nosuch", **{"node-name": "b"}), qmp("blockdev-add", driver=5, **{"node-name": "b"}),
    qmp("blockdev-add", **{"node-name": "b"}), qmp("blockdev-add", driver="qcow2", **{"node-name": "b"}),
    qmp("blockdev-add", driver="raw", file=5, **{"node-name": "b"}), qmp("blockdev-add", driver="raw", file="nosuch", **{"node-name": "b"}),
    qmp("blockdev-add", driver="null-co", size="1G", **{"node-name": "b"}), qmp("blockdev-add", driver="file", **{"node-name": "b"}),
    qmp("blockdev-add", driver="raw", file={"driver": "null-co", "node-name": "f"}, **{"node-name": "b"}), qmp("query-named-block-nodes"),
])
x("r16m-un-3", *B16X["q35"], steps=[
    qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m"}), qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m", "props": {"size": 1048576}}),
    qmp("object-add", **{"qom-type": 5, "id": "m"}), qmp("object-add", **{"qom-type": "iothread", "id": "m", "size": 1}),
    qmp("object-add", **{"qom-type": "memory-backend-file", "id": "m", "size": 1048576}), qmp("object-add", id="m"),
    qmp("object-add", **{"qom-type": "iothread"}), qmp("object-add", **{"qom-type": "rng-random", "id": "m", "filename": 5}),
    qmp("object-add", **{"qom-type": "secret", "id": "m"}), qmp("object-add", **{"qom-type": "secret", "id": "m", "data": "x", "format": "nosuch"}),
])
x("r16m-un-4", *B16X["q35"], steps=hmp(
    "netdev_add nosuch,id=n", "netdev_add id=n", "netdev_add user", "netdev_add socket,id=n", "netdev_add hubport,id=n",
    "netdev_add user,id=n,net=10.0.2.0/33", "netdev_add nic,id=n", "netdev_add none,id=n", "info network"))
x("r16m-un-5", *B16X["q35"], steps=hmp(
    "chardev-add nosuch,id=c", "chardev-add id=c", "chardev-add null", "chardev-add ringbuf,id=c,size=3", "chardev-add file,id=c",
    "chardev-add mux,id=c", "chardev-add memory,id=c", "chardev-add socket,id=c", "info chardev"))
x("r16m-un-6", *B16X["q35"], steps=hmp(
    "object_add memory-backend-ram,id=m", "object_add iothread", "object_add id=m", "object_add nosuch,id=m", "object_add iothread,id=m,size=1",
    "object_add secret,id=m", "object_add secret,id=m,data=x,format=nosuch", "object_add rng-egd,id=m", "info iothreads"))
x("r16m-un-7", *B16X["q35"], steps=hmp(
    "drive_add 0 if=none,id=d,driver=nosuch", "drive_add 0 if=none,id=d,format=nosuch", "drive_add 0 if=none", "drive_add 0 id=d,if=virtio",
    "drive_add 0 if=none,id=d,driver=null-co", "drive_add 0 if=none,id=d,driver=null-co", "drive_del d", "drive_del d"))  # (no info block: #blockNNN)
p("r16m-un-0", *B16P, steps=U[:6])
p("r16m-un-1", *B16P, steps=hmp("netdev_add socket,id=n", "chardev-add ringbuf,id=c,size=3", "object_add memory-backend-ram,id=m",
                                 "drive_add 0 if=none,id=d,driver=nosuch", "chardev-add spapr-vty,id=c"))
# Commands in the wrong run state.
x("r16m-state-0", *B16X["pc"], steps=hmp("stop", "info status", "cont", "info status", "cont", "stop", "stop", "info status"))
x("r16m-state-1", *B16X["pc"], steps=hmp("system_reset", "info status", "cont", "system_reset", "info status", "stop", "system_reset", "info status"))
x("r16m-state-2", *B16X["pc"], steps=[qmp("stop"), qmp("query-status"), qmp("system_reset"), qmp("query-status"), qmp("cont"), qmp("cont"),
                                       qmp("stop"), qmp("query-status"), qmp("quit")])
x("r16m-state-3", *B16X["pc"], steps=hmp("migrate_set_parameter downtime-limit 500", "migrate_set_capability xbzrle on", "info migrate_parameters",
                                          "cont", "migrate_set_capability xbzrle off", "migrate_set_parameter downtime-limit 0", "stop",
                                          "info migrate_capabilities"))
x("r16m-state-4", *B16X["pc"], steps=[qmp("migrate-set-parameters", **{"downtime-limit": 500}), qmp("stop"),
                                       qmp("migrate-set-capabilities", capabilities=[{"capability": "postcopy-ram", "state": True}]),
                                       qmp("migrate-start-postcopy"), qmp("migrate_cancel"), qmp("migrate-continue", state="pre-switchover"),
                                       qmp("migrate-incoming", uri="tcp:127.0.0.1:0"), qmp("migrate-recover", uri="tcp:127.0.0.1:0"),
                                       qmp("migrate-pause"), qmp("query-migrate")])
x("r16m-state-5", *B16X["pc"], steps=hmp("system_wakeup", "system_powerdown", "info status", "x-exit-preconfig", "cont", "system_wakeup",
                                          "stop", "migrate_incoming tcp:127.0.0.1:0", "migrate_start_postcopy", "info status"))
x("r16m-state-6", *B16X["q35"], steps=[qmp("x-exit-preconfig"), qmp("cont"), qmp("system_wakeup"), qmp("system_powerdown"), qmp("query-status"),
                                        qmp("stop"), qmp("system_reset"), qmp("query-status")])
x("r16m-state-7", *B16X["pc"], "-incoming", "defer", steps=hmp("cont", "stop", "info status", "system_reset", "cont", "migrate_set_parameter downtime-limit 5",
                                                              "info status"))
p("r16m-state-0", *B16P, steps=hmp("stop", "cont", "cont", "stop", "system_reset", "info status", "system_wakeup", "migrate_set_capability xbzrle on",
                                    "migrate_start_postcopy", "info status"))
p("r16m-state-1", *B16P, steps=[qmp("cont"), qmp("system_reset"), qmp("query-status"), qmp("stop"), qmp("migrate-continue", state="device"),
                                 qmp("query-status")])

# Measured around round 16's fixes (r16m-meas-): the mux backend named
# alone (no chardev, a missing base, a base in use, removed), HMP
# chardev-add of a taken id (QemuOpts first); a -drive's format= without a
# file (opened as the driver alone); -netdev's none and nic; 10.0's slot
# warning below a root port, express devices only; postcopy and
# migrate-continue with no migration; pseries' second PCI device_del.
def hq(*c):
    return [{"hmp": x} if isinstance(x, str) else x for x in c]


x("r16m-meas-mux-0", "-chardev", "null,id=b", "-chardev", "mux,id=m,chardev=b", steps=hmp(
    "info chardev", "chardev-add mux,id=m2,chardev=b", "chardev-add mux,id=m3,chardev=nosuch", "chardev-add mux,id=m4", "info chardev",
    "chardev-remove b", "chardev-remove m", "chardev-remove b", "info chardev"))
x("r16m-meas-mux-1", "-chardev", "mux,id=m,chardev=nosuch")
x("r16m-meas-mux-2", "-chardev", "mux,id=m")
x("r16m-meas-mux-3", "-chardev", "null,id=b", "-chardev", "mux,id=m,chardev=b", "-device", "isa-serial,chardev=b")
x("r16m-meas-mux-4", "-chardev", "null,id=b", "-chardev", "mux,id=m,chardev=b", "-device", "isa-serial,chardev=m", "-device", "isa-serial,chardev=m",
  steps=hmp("info chardev"))
x("r16m-meas-mux-5", "-chardev", "null,id=c", steps=hmp(
    "chardev-add pty,id=c", "chardev-add null,id=c,mux=on", "info chardev", "chardev-add socket,id=c,path=/nonexistent/x",
    "chardev-add ringbuf,id=c,size=3"))
x("r16m-meas-mux-6", steps=[qmp("chardev-add", id="m", backend={"type": "mux", "data": {"chardev": "nosuch"}}),
                            qmp("chardev-add", id="m", backend={"type": "mux", "data": {}}),
                            qmp("chardev-add", id="b", backend={"type": "null", "data": {}}),
                            qmp("chardev-add", id="m", backend={"type": "mux", "data": {"chardev": "b"}}), qmp("query-chardev"),
                            qmp("chardev-add", id="m5", backend={"type": "mux", "data": {"chardev": "b"}})])
x("r16m-meas-mux-7", steps=hmp("chardev-add ringbuf,id=c", "chardev-add mux,id=c,chardev=c", "chardev-add mux,id=m,chardev=c",
                               "chardev-add socket,id=m", "chardev-add mux,id=m,chardev=c", "info chardev"))
for i, d in enumerate(["if=none,id=d,format=nosuch", "if=none,id=d,format=raw", "if=ide,media=cdrom,format=raw",
                       "if=none,id=d,format=raw,file=", "if=none,id=d,format=file", "if=none,id=d,format=nbd",
                       "if=none,id=d,format=raw,foo=1", "if=none,id=d,format=null-co,foo=1", "if=ide,bus=9,format=nosuch",
                       "if=none,id=d,format=null-co", "if=none,id=d,format=qcow2,readonly=on", "if=none,id=d,format=host_device"]):
    x("r16m-meas-drv-%d" % i, "-drive", d, steps=hmp("info status"))
x("r16m-meas-drv-12", steps=hmp("drive_add 0 if=none,id=d,format=nosuch", "drive_add 0 if=none,id=d,format=raw",
                                "drive_add 0 if=none,id=d,format=qcow2,readonly=on", "drive_add 0 if=none,id=d,format=file",
                                "drive_add 0 if=none,id=d,format=null-co,foo=1"))
for i, n in enumerate(["nic,id=x", "none,id=x", "nic,id=x,model=e1000", "none,id=x,nosuch=1", "nic,id=x,nosuch=1",
                       '{"type":"none","id":"x"}', '{"type":"nic","id":"x","model":"e1000"}', "nic", "none,id=x,id=y"]):
    x("r16m-meas-net-%d" % i, "-netdev", n, steps=hmp("info network"))
x("r16m-meas-net-9", steps=[qmp("netdev_add", type="nic", id="n", model="e1000"), qmp("netdev_add", type="none", id="n", nosuch=1),
                            qmp("netdev_add", type="nic", id="n", nosuch=1)] + hmp("netdev_add nic,id=n,nosuch=1", "netdev_add none,id=n,model=x"))
for i, dev in enumerate(["e1000", "e1000e", "virtio-net-pci", "virtio-rng-pci,disable-legacy=off", "pci-bridge,chassis_nr=2",
                         "rtl8139", "virtio-rng-pci-non-transitional", "virtio-rng-pci-transitional", "ich9-intel-hda"]):
    x("r16m-meas-slot-%d" % i, "-M", "q35", "-device", "pcie-root-port,id=r,chassis=1", "-device", dev + ",bus=r,addr=1",
      steps=hmp("info status"))
x("r16m-meas-slot-9", "-M", "q35", "-device", "pcie-root-port,id=r,chassis=1", steps=hmp("device_add e1000,bus=r,addr=1", "device_add e1000e,bus=r,addr=2"))
x("r16m-meas-mig-0", steps=hmp("migrate_start_postcopy", "migrate_set_capability postcopy-ram on", "migrate_start_postcopy",
                               "migrate_continue none", "migrate_continue device", "migrate_continue nosuch",
                               "migrate_set_capability postcopy-ram off", "migrate_start_postcopy"))
x("r16m-meas-mig-1", steps=[qmp("migrate-continue", state="none"), qmp("migrate-continue", state="active"),
                            qmp("migrate-continue", state="nosuch"), qmp("migrate-start-postcopy"),
                            qmp("migrate-set-capabilities", capabilities=[{"capability": "postcopy-ram", "state": True}]),
                            qmp("migrate-start-postcopy"), qmp("query-migrate")])
p("r16m-meas-del-0", "-M", "pseries", "-device", "e1000,id=e", "-device", "e1000", steps=hmp(
    "device_del e", "device_del e", "device_del /machine/peripheral-anon/device[0]", "device_del /machine/peripheral-anon/device[0]"))
p("r16m-meas-del-1", "-M", "pseries", "-device", "pci-bridge,id=b,chassis_nr=1", "-device", "e1000,bus=b,addr=1,id=e", steps=[
    qmp("device_del", id="e"), qmp("device_del", id="e"), qmp("device_del", id="b"), qmp("device_del", id="b")])
p("r16m-meas-del-2", "-M", "pseries", "-device", "virtio-net-pci,id=v", steps=hmp("cont", "device_del v", "device_del v", "stop"))

# o4 (open-file pass o4): -option-rom of a file the host lacks, per machine
# type (pc_memory_init and microvm load option ROMs, pseries and none do
# not), a bare name, the option's own errors; -global naming a drive
# that does not exist on a board device (pe-p-r11-three-glob-7).
for i, m in enumerate(["pc", "q35", "isapc", "microvm", "microvm,x-option-roms=off", "none"]):
    x("o4-rom-%d" % i, "-M", m, "-option-rom", "/nosuch.rom", "-option-rom", "nosuch-too.rom,bootindex=2", steps=hmp("info status"))
p("o4-rom-ppc", "-option-rom", "/nosuch.rom", steps=hmp("info status"))
x("o4-rom-nofile", "-option-rom", "bootindex=1", steps=hmp("info status"))
x("o4-rom-badkey", "-option-rom", "/nosuch.rom,size=1", steps=hmp("info status"))
x("o4-rom-long", "-option-rom", "/a-rom-name-longer-than-twenty.rom", steps=hmp("info status"))
x("o4-rom-fatal-after", "-option-rom", "/nosuch.rom", "-device", "nosuchdev")
p("o4-glob-drive-0", "-global", "spapr-nvram.drive=", steps=hmp("info status"))
p("o4-glob-drive-1", "-global", "spapr-nvram.drive=nosuch", "-global", "spapr-nvram.reg=0x3000")
# o4: a RAM backend's size near 2^64 (pe-x-nmo-54): within a page of it
# qemu_ram_alloc's page alignment wraps to 0; JSON's negative numbers wrap.
for i, size in enumerate(["18446744073709551615", "18446744073709547521", "18446744073709547520"]):
    x("o4-ramwrap-%d" % i, "-object", "memory-backend-ram,id=m,size=" + size, steps=hmp("info memdev"))
for i, size in enumerate([-1, -4095, -4096]):
    x("o4-ramwrap-json-%d" % i, "-object", j(**{"qom-type": "memory-backend-ram", "id": "m", "size": size}), steps=hmp("info memdev"))
# o4: -preconfig's set-numa-node configures NUMA, which x-exit-preconfig
# completes (pe-x-r6m-preconfig-0 dies of the memory check there), and
# qom-list /machine before machine init.
NUMA2 = ["-smp", "2,sockets=2,cores=1,threads=1", "-m", "128M", "-preconfig",
         "-object", "memory-backend-ram,id=m0,size=64M", "-object", "memory-backend-ram,id=m1,size=64M"]
HMPQ = lambda c: qmp("human-monitor-command", **{"command-line": c})
x("o4-preconfig-numa-0", *NUMA2, steps=[
    qmp("set-numa-node", type="node", nodeid=0, memdev="m0"), qmp("set-numa-node", type="node", nodeid=1, memdev="m1"),
    qmp("set-numa-node", type="cpu", **{"node-id": 1, "socket-id": 1}), qmp("set-numa-node", type="cpu", **{"node-id": 0, "socket-id": 0}),
    qmp("x-exit-preconfig"), qmp("query-status"), HMPQ("info numa"), qmp("query-hotpluggable-cpus")])
x("o4-preconfig-numa-1", *NUMA2, steps=[
    qmp("set-numa-node", type="node", nodeid=0, memdev="m0"), qmp("set-numa-node", type="node", nodeid=0, memdev="m1"),
    qmp("set-numa-node", type="node", nodeid=1, mem=67108864), qmp("set-numa-node", type="cpu", **{"node-id": 0, "socket-id": 7}),
    qmp("set-numa-node", type="node", nodeid=2, memdev="nosuch"), qmp("x-exit-preconfig")])
x("o4-preconfig-numa-2", *NUMA2, steps=[
    qmp("set-numa-node", type="node", nodeid=1, memdev="m0"), qmp("x-exit-preconfig")])
x("o4-preconfig-numa-3", *NUMA2, steps=[
    qmp("set-numa-node", type="node", nodeid=0, memdev="m0"), qmp("set-numa-node", type="node", nodeid=1, memdev="m1"),
    qmp("set-numa-node", type="cpu", **{"node-id": 1, "socket-id": 1}), qmp("x-exit-preconfig"), HMPQ("info numa")])
x("o4-preconfig-qom-q35", "-M", "q35", "-preconfig", steps=[qmp("qom-list", path="/machine"), qmp("x-exit-preconfig"),
                                                          qmp("qom-list", path="/machine/peripheral")])


# Round 17 (r17-, helper e17): non-CPU hotplug and backends as a learner
# meets them, beside CPUs. device_add/device_del on each machine (a wrong
# bus, a full bus, ids a CPU or a backend already holds, addr= and
# multifunction= clashes, hotplug behind a q35 root port, devices that cannot
# be hot-plugged or unplugged, spapr-vio); ill-valued properties of the
# devices real lines use (NICs, disks, SCSI, USB, rng, balloon, serial);
# -device/-object/-netdev/-blockdev as JSON with wrong types, unknown keys
# and nested values; -netdev/-chardev/-object errors at start-up and in the
# monitor; and CPU errors on the same line as these (which one is reported).
# pc, q35 (versioned: pc-q35-7.2, pc-q35-6.2, pc-i440fx-7.2) and pseries.
# (No device_del of a USB device or its controller: their DEVICE_DELETED
# comes from finalize after an RCU grace period, at no fixed step.)
M17 = {"pc": ["-M", "pc-i440fx-7.2", "-smp", "1,maxcpus=4"], "q35": ["-M", "pc-q35-7.2", "-smp", "1,maxcpus=4"],
       "q62": ["-M", "pc-q35-6.2", "-smp", "1,maxcpus=4"]}
P17 = ["-M", "pseries", "-smp", "1,maxcpus=4"]
CPU17 = "qemu64-x86_64-cpu,socket-id=1,core-id=0,thread-id=0"
# device_add / device_del of non-CPU devices, per machine.
for i, (m, steps) in enumerate([
    ("pc", ["device_add e1000,bus=pci.1", "device_add e1000,bus=pci.0,addr=0x1f.7", "device_add e1000,addr=0x6.0,multifunction=on,id=f0",
            "device_add e1000,addr=0x6.0,id=f0b", "device_add e1000,addr=0x6.1,id=f1", "info pci"]),
    ("pc", ["device_add e1000,addr=0x7.3,id=g3", "device_add e1000,addr=0x7.0,id=g0", "device_add rtl8139,addr=0x8.1,multifunction=on", "info pci"]),
    ("pc", ["device_add " + CPU17.replace(",", ",id=dup,", 1), "device_add e1000,id=dup", "device_add virtio-rng-pci,id=dup", "device_del dup",
            "device_add e1000,id=dup", "info pci"]),
    ("pc", ["netdev_add user,id=n0", "device_add e1000,id=n0,netdev=n0", "device_add e1000,id=n1,netdev=n0", "chardev-add null,id=n1",
            "device_add isa-serial,id=n1,chardev=n1", "info network"]),
    ("pc", ["device_add isa-serial", "device_add pvpanic", "device_add i8042", "device_add ich9-ahci,id=a", "device_del a", "info pci"]),
    ("pc", ["device_add scsi-hd", "device_add usb-storage", "device_add ide-hd", "device_add virtio-serial-pci,id=vs",
            "device_add virtconsole,bus=vs.0,nr=0", "device_add virtserialport,bus=vs.0,nr=0", "info qtree"]),
    ("pc", ["device_add virtio-balloon-pci,id=b1", "device_add virtio-balloon-pci,id=b2", "device_add virtio-balloon", "info balloon"]),
    ("pc", ["device_del ide", "device_del pci.0", "device_del /machine/i440fx", "device_del /machine/unattached/device[0]",
            "device_del isa.0", "device_del /machine/peripheral"]),
    ("q35", ["device_add pcie-root-port,chassis=5,id=rp", "device_add e1000e,bus=pcie.0,id=e0", "device_del e0", "info pci"]),
    ("q35", ["device_add e1000e,bus=rp,id=e1", "device_add e1000e,bus=rp,id=e2", "device_add e1000e,bus=rp,addr=0x1,id=e3",
             "device_add e1000e,bus=rp,addr=0.1,id=e4", "device_del e1", "info pci"]),
    ("q35", ["device_add virtio-net-pci,bus=rp,id=v1,disable-legacy=on", "device_add virtio-blk-pci,bus=rp", "device_add e1000,bus=rp,id=old",
             "info pci"]),
    ("q35", ["device_add pcie-root-port,bus=rp,chassis=9", "device_add pci-bridge,bus=rp,chassis_nr=3,id=br", "device_add e1000,bus=br,addr=0x1,id=be",
             "device_add e1000,bus=br,addr=0x1", "device_del br", "info pci"]),
    ("q35", ["device_add ich9-ahci,bus=pcie.0,addr=0x1f.2", "device_add ide-hd,bus=ide.0", "device_add ide-cd,bus=ide.2,id=cd",
             "device_add ide-cd,bus=ide.2,id=cd2", "info block"]),
    ("q35", ["device_add usb-tablet", "device_add qemu-xhci,bus=rp,id=x", "device_add usb-tablet,bus=x.0,port=9", "device_add usb-tablet,bus=x.0,port=1,id=t",
             "device_add usb-kbd,bus=x.0,port=1", "info usb"]),
    ("q62", ["device_add e1000e,bus=rp,id=e1", "device_add e1000e,bus=rp,id=e2", "device_del rp", "device_del e1", "info pci"]),
    ("q62", ["device_add " + CPU17.replace(",", ",id=rp,", 1), "device_add " + CPU17.replace(",", ",id=c1,", 1), "device_add e1000e,bus=rp,id=c1",
             "device_add e1000e,bus=c1", "info cpus"]),
]):
    extra = ["-device", "pcie-root-port,id=rp,chassis=1"] if m in ("q35", "q62") and i not in (8,) else []
    x("r17-hp-%d" % i, *M17[m], *extra, steps=hmp(*steps))
for i, (a, steps) in enumerate([
    ([], ["device_add spapr-vlan", "device_add spapr-vty", "device_add spapr-vscsi", "device_add spapr-nvram", "info qtree"]),
    (["-device", "spapr-vlan,reg=0x1000,id=v1"], ["device_add spapr-vlan,reg=0x1000", "device_del v1", "device_add e1000,id=v1", "info network"]),
    (["-chardev", "null,id=c"], ["device_add e1000,bus=spapr-vio", "device_add spapr-vty,chardev=c,bus=pci.0", "device_add usb-kbd",
                                 "device_add qemu-xhci,id=x", "device_add usb-kbd,id=k", "info usb"]),
    ([], ["device_add e1000,addr=0x3.0,multifunction=on,id=f0", "device_add e1000,addr=0x3.1,id=f1", "device_add e1000,addr=0x3.0,id=f2",
          "device_add e1000,addr=0x1f.8", "info pci"]),
    ([], ["device_add power9_v2.0-spapr-cpu-core,core-id=1,id=dup", "device_add e1000,id=dup", "device_add spapr-vlan,id=dup",
          "device_add e1000,id=e2", "device_add power9_v2.0-spapr-cpu-core,core-id=2,id=e2", "info hotpluggable-cpus"]),
    ([], ["device_add virtio-scsi-pci,id=s", "device_add scsi-cd,bus=s.0,scsi-id=300", "device_add scsi-cd,bus=s.0,lun=300",
          "device_add scsi-cd,bus=s.0,channel=1", "device_add scsi-hd,bus=s.0", "info qtree"]),
    ([], ["device_del spapr-vio", "device_del pci.0", "device_del /machine/nvram", "device_del nvram", "info qtree"]),
]):
    p("r17-hp-%d" % i, *P17, *a, steps=hmp(*steps))
# QMP device_add of the same shapes, with JSON member types.
x("r17-hpq-0", *M17["q35"], "-device", "pcie-root-port,id=rp,chassis=1", steps=[
    qmp("device_add", driver="e1000e", bus="rp", addr=1), qmp("device_add", driver="e1000e", bus="rp", id=5),
    qmp("device_add", driver="e1000e", bus="rp", mac=525400123456), qmp("device_add", driver="e1000e", bus="rp", multifunction="on", id="m"),
    qmp("device_add", driver="e1000e", bus="rp", id="m2"), qmp("query-pci")])
x("r17-hpq-1", *M17["pc"], steps=[
    qmp("device_add", driver="virtio-net-pci", vectors="x"), qmp("device_add", driver="virtio-net-pci", vectors=-1),
    qmp("device_add", driver="virtio-net-pci", mq="on"), qmp("device_add", driver="virtio-net-pci", mq=True, id="v"),
    qmp("device_add", driver="virtio-net-pci", bus={"x": 1}), qmp("device_add", driver="isa-serial", chardev=["a"]),
    qmp("device_del", id="v"), qmp("device_del", id=["v"])])
p("r17-hpq-0", *P17, steps=[
    qmp("device_add", driver="spapr-vlan", reg=4096), qmp("device_add", driver="e1000", addr="0x20"),
    qmp("device_add", driver="e1000", **{"romfile": ""}), qmp("device_add", driver="virtio-rng-pci", rng="nosuch"),
    qmp("device_add", driver="power9_v2.0-spapr-cpu-core", **{"core-id": 1, "nr-threads": "1"})])

# Start-up lines with a non-CPU device in a wrong place, each machine.
for i, a in enumerate([
    ["-M", "pc-i440fx-7.2", "-device", "e1000e,bus=pcie.0"], ["-M", "pc-i440fx-7.2", "-device", "pcie-root-port,chassis=1"],
    ["-M", "pc-i440fx-7.2", "-device", "e1000,addr=0x5.1", "-device", "e1000,addr=0x5.0"],
    ["-M", "pc-i440fx-7.2", "-device", "e1000,addr=0x5.0,multifunction=on", "-device", "e1000,addr=0x5.1", "-device", "e1000,addr=0x5.1"],
    ["-M", "pc-i440fx-7.2", "-device", "e1000,addr=0x1"], ["-M", "pc-i440fx-7.2", "-device", "ide-hd,bus=ide.2,drive=nosuch"],
    ["-M", "pc-q35-7.2", "-device", "pcie-root-port,id=rp,chassis=1", "-device", "e1000e,bus=rp", "-device", "e1000e,bus=rp"],
    ["-M", "pc-q35-7.2", "-device", "pcie-root-port,id=rp,chassis=1", "-device", "pcie-root-port,id=rp2,chassis=1"],
    ["-M", "pc-q35-7.2", "-device", "pcie-root-port,id=rp,chassis=1,addr=0x1f"],
    ["-M", "pc-q35-7.2", "-device", "pcie-root-port,id=rp,chassis=1", "-device", "virtio-net-pci,bus=rp,addr=0x3"],
    ["-M", "pc-q35-6.2", "-device", "pcie-root-port,id=rp,chassis=1,port=0x10,multifunction=on,addr=0x2",
     "-device", "pcie-root-port,id=rp2,chassis=2,port=0x11,addr=0x2.1", "-device", "pcie-root-port,id=rp3,chassis=3,port=0x12,addr=0x2.1"],
    ["-M", "pc-q35-6.2", "-device", "ich9-ahci,id=sata2", "-device", "ide-hd,bus=sata2.6,drive=nosuch"],
    ["-M", "pc-q35-6.2", "-device", "piix3-usb-uhci,id=u", "-device", "usb-tablet,bus=u.0,port=3"],
]):
    x("r17-place-%d" % i, *a, steps=hmp("info pci"))
for i, a in enumerate([
    ["-device", "spapr-vlan,reg=0x1000", "-device", "spapr-vty,reg=0x1000"], ["-device", "spapr-vscsi,id=s", "-device", "scsi-cd,bus=s.0,scsi-id=64"],
    ["-device", "spapr-vty,reg=0x30000000"], ["-device", "spapr-vlan,bus=pci.0"], ["-device", "e1000,bus=spapr-vio"],
    ["-device", "spapr-vlan,reg=0x71000000"],
]):
    p("r17-place-%d" % i, "-M", "pseries", *a, steps=hmp("info qtree"))

# Ill-valued properties of the devices real command lines use.
for i, d in enumerate([
    "e1000,mac=52:54:00:12:34:5g", "e1000,mac=52:54:00:12:34:56:78", "e1000,autonegotiation=maybe", 
    "virtio-net-pci,mq=on,vectors=300", "virtio-net-pci,guest_csum=x", 
    "virtio-net-pci,tx_queue_size=512", "virtio-net-pci,failover=on",
    "virtio-blk-pci,drive=d,logical_block_size=1000", "virtio-blk-pci,drive=d,physical_block_size=256", 
    "virtio-blk-pci,drive=d,queue-size=100", "virtio-blk-pci,drive=d,discard_granularity=x",
    "virtio-blk-pci,drive=d,iothread=d", "ide-hd,drive=d,bus=ide.0,unit=2", 
    "ide-hd,drive=d,model=" + "M" * 50, "nvme,drive=d,serial=s,num_queues=0",
    "virtio-scsi-pci,num_queues=0", "virtio-scsi-pci,virtqueue_size=2", 
    "usb-storage,drive=d", "usb-tablet,port=x", 
    "virtio-rng-pci,rng=d", "virtio-rng-pci,max-bytes=-1", 
    "virtio-balloon-pci,guest-stats-polling-interval=-1", "virtio-balloon-pci,iothread=nosuch",
    "isa-serial,iobase=0x10000", "isa-serial,irq=16", "isa-serial,chardev=d", "pci-serial,chardev=nosuch",
    "virtio-serial-pci,max_ports=0", 
]):
    x("r17-prop-%d" % i, "-blockdev", "null-co,node-name=d", "-device", d, steps=hmp("info qtree"))
for i, d in enumerate([
    "spapr-vlan,mac=52:54:00", "spapr-vlan,reg=0x1001", "spapr-vscsi,reg=0", "spapr-vty,chardev=d",
    "spapr-nvram,drive=nosuch", "virtio-scsi-pci,id=s", "spapr-rng,rng=nosuch", "virtio-blk-pci,drive=d,bootindex=x",
]):
    p("r17-prop-%d" % i, "-blockdev", "null-co,node-name=d", "-device", d, steps=hmp("info qtree"))

# JSON options: wrong types, unknown keys, nested values.
for i, a in enumerate([
    ["-device", j(driver="e1000", mac=5)], ["-device", j(driver="e1000", addr=3)], ["-device", j(driver="e1000", x={"a": 1})],
    ["-device", j(driver=5)], ["-device", j(id="e")], ["-device", j(driver="e1000", multifunction="on", addr="0x4.0")],
    ["-device", j(driver="e1000", romfile=None)],
    ["-device", '{"driver":"e1000"'], ["-device", '{"driver":"e1000"} x'],
    ["-device", j(driver="virtio-rng-pci", **{"max-bytes": 1.5})], ["-device", j(driver="virtio-balloon-pci", **{"deflate-on-oom": 1})],
    ["-object", j(**{"qom-type": "iothread", "id": "i", "nosuch": 1})], ["-object", j(**{"qom-type": "iothread"})],
    ["-object", j(**{"qom-type": "rng-random", "id": "r", "filename": ["/dev/urandom"]})],
    ["-object", j(**{"qom-type": "memory-backend-ram", "id": "m", "size": "64M"})],
    ["-object", j(**{"qom-type": "memory-backend-ram", "id": "m", "size": 67108864, "host-nodes": 0})],
    ["-object", j(**{"qom-type": "throttle-group", "id": "t", "limits": {"bps-total": "x"}})],
    
    ["-netdev", j(type="user", id="n", hostfwd="tcp::2222-:22")], ["-netdev", j(type="user", id="n", hostfwd=[{"str": "tcp::x-:22"}])],
    ["-netdev", j(type="user", id="n", restrict="yes")], ["-netdev", j(type="user")], ["-netdev", j(type="user", id="n", nosuch=1)],
    ["-netdev", j(type="hubport", id="h", hubid="1")],
    
    ["-blockdev", j(driver="null-co", **{"node-name": "b", "size": "1G"})], ["-blockdev", j(driver="null-co", **{"node-name": "b", "read-only": "on"})],
    ["-blockdev", j(driver="raw", **{"node-name": "r", "file": {"driver": "nosuch"}})], ["-blockdev", j(driver="raw", **{"node-name": "r", "file": "nosuch"})],
    ["-blockdev", j(driver="raw", **{"node-name": "r", "file": {"driver": "null-co", "nosuch": 1}})],
    ["-blockdev", j(driver="null-co", **{"node-name": "b", "cache": {"direct": "yes"}})],
    ["-blockdev", j(driver="null-co", **{"node-name": 7})], 
]):
    x("r17-json-%d" % i, *a, steps=hmp("info status"))

# -netdev / -chardev / -object at start-up and in the monitor.
for i, a in enumerate([
    ["-netdev", "user,id=n,net=10.0.2.0/33"], ["-netdev", "user,id=n,dhcpstart=10.0.3.15"],
    ["-netdev", "user,id=n,hostfwd=tcp::x-:22"], ["-netdev", "user,id=n,hostfwd=nosuch::2222-:22"], 
    ["-netdev", "user,id=n,ipv6-net=fec0::/200"], ["-netdev", "hubport,id=h"], ["-netdev", "hubport,id=h,hubid=x"],
    ["-netdev", "socket,id=s,listen=:1,connect=:2"], ["-netdev", "user,id=n", "-netdev", "user,id=n"],
    ["-chardev", "ringbuf,id=c,size=3"], ["-chardev", "ringbuf,id=c,size=x"], ["-chardev", "file,id=f"], 
    ["-chardev", "socket,id=s,host=localhost"], ["-chardev", "null,id=c", "-chardev", "ringbuf,id=c"],
    ["-object", "iothread,id=i,aio-max-batch=-1"], ["-object", "rng-builtin,id=r,nosuch=1"], ["-object", "memory-backend-ram,id=m,size=64M,prealloc=maybe"],
]):
    x("r17-be-%d" % i, *a, steps=hmp("info network", "info chardev"))
x("r17-bem-0", *M17["pc"], steps=hmp("netdev_add user,id=n,net=10.0.2.0/33", "netdev_add user,id=n,hostfwd=tcp::x-:22", "netdev_add hubport,id=h",
                                      "netdev_add user,id=n", "netdev_add user,id=n", "netdev_del nosuch", "info network"))
x("r17-bem-1", *M17["pc"], steps=hmp("chardev-add ringbuf,id=c,size=3", "chardev-add file,id=f", "chardev-add null,id=c,mux=maybe",
                                      "chardev-add null,id=c", "chardev-add null,id=c", "chardev-remove nosuch", "info chardev"))
x("r17-bem-2", *M17["pc"], steps=hmp("object_add iothread,id=i,aio-max-batch=-1", "object_add rng-builtin,id=r,nosuch=1",
                                      "object_add memory-backend-ram,id=m,size=x", "object_add iothread", "object_add nosuch,id=o",
                                      "object_del nosuch", "info iothreads"))
x("r17-bem-3", *M17["q35"], steps=[
    qmp("netdev_add", type="user", id="n", net="10.0.2.0/33"), qmp("netdev_add", type="user", id="n", hostfwd="tcp::2222-:22"),
    qmp("netdev_add", type="user", id="n", hostfwd=[{"str": "tcp::x-:22"}]), qmp("chardev-add", id="c", backend={"type": "ringbuf", "data": {"size": 3}}),
    qmp("chardev-add", id="c", backend={"type": "ringbuf", "data": {"size": "x"}}), qmp("chardev-add", id="c", backend={"type": "file", "data": {}}),
    qmp("object-add", **{"qom-type": "iothread", "id": "i", "aio-max-batch": -1}), qmp("object-add", **{"qom-type": "rng-builtin", "id": "r", "nosuch": 1})])
p("r17-bem-0", *P17, steps=hmp("netdev_add user,id=n,net=10.0.2.0/33", "netdev_add user,id=n", "device_add spapr-vlan,netdev=n",
                                "chardev-add ringbuf,id=c,size=3", "chardev-add null,id=c", "device_add spapr-vty,chardev=c", "info network"))

# CPU errors on the same line as these: which failure QEMU reports.
for i, (a, b) in enumerate([
    (["-device", "qemu64-x86_64-cpu,socket-id=9,core-id=0,thread-id=0"], ["-device", "e1000,addr=0x20"]),
    (["-device", "qemu64-x86_64-cpu,socket-id=1,core-id=0,thread-id=0,id=d"], ["-device", "e1000,id=d"]),
    (["-cpu", "qemu64,+nosuch"], ["-netdev", "user,id=n,net=10.0.2.0/33"]),
    (["-cpu", "nosuch"], ["-blockdev", j(driver="null-co", **{"node-name": 7})]),
    (["-smp", "1,maxcpus=x"], ["-chardev", "ringbuf,id=c,size=x"]),
    (["-device", "qemu64-x86_64-cpu,socket-id=1,core-id=0,thread-id=0"], ["-object", "iothread,id=i,aio-max-batch=-1"]),
    (["-device", j(driver="qemu64-x86_64-cpu", **{"socket-id": "1"})], ["-device", j(driver="e1000", mac=5)]),
]):
    x("r17-mix-%d" % (2 * i), "-M", "pc-q35-7.2", "-smp", "1,maxcpus=4", *a, *b, steps=hmp("info status"))
    x("r17-mix-%d" % (2 * i + 1), "-M", "pc-q35-7.2", "-smp", "1,maxcpus=4", *b, *a, steps=hmp("info status"))
for i, (a, b) in enumerate([
    (["-device", "power9_v2.0-spapr-cpu-core,core-id=9"], ["-device", "spapr-vlan,reg=x"]),
    (["-cpu", "POWER9,nosuch=on"], ["-netdev", "user,id=n,hostfwd=tcp::x-:22"]),
]):
    p("r17-mix-%d" % (2 * i), *P17, *a, *b, steps=hmp("info status"))
    p("r17-mix-%d" % (2 * i + 1), *P17, *b, *a, steps=hmp("info status"))
x("r17-mixm-0", *M17["q35"], steps=hmp("device_add qemu64-x86_64-cpu,socket-id=9,core-id=0,thread-id=0,id=e", "device_add e1000e,id=e,bus=pcie.0",
                                        "device_add qemu64-x86_64-cpu,socket-id=1,core-id=0,thread-id=0,id=e", "device_add nosuch,id=e", "info cpus"))
p("r17-mixm-0", *P17, steps=hmp("device_add power9_v2.0-spapr-cpu-core,core-id=9,id=c", "device_add spapr-vlan,id=c,reg=x",
                                 "device_add spapr-vlan,id=c", "device_add power9_v2.0-spapr-cpu-core,core-id=1,id=c", "info hotpluggable-cpus"))

# ---------------------------------------------------------------- round 18 ----
# Round 18 (e18-, helper e18): PCIe placement and its resource rules (q35 root
# ports with hotplug=off, chassis/slot clashes, multifunction and ARI behind a
# port, pcie-pci-bridge, bridge window reservations, MSI-X vector counts),
# -device on the wrong kind of bus for each bus a machine has (isa, usb, scsi,
# virtio-serial, ide, hda, spapr-vio, pci-bridge, pcie), ids reused across
# chardevs, netdevs, objects, drives and nodes, device_del of devices that
# cannot go or are already going, object_del of backends in use, qom-set of
# read-only and typed properties given wrong values; CPU errors interleaved
# with these (which message wins, in which order), bad -smp/-m/-numa beside
# non-CPU errors (the first failure wins), and the spellings only one release
# knows. pc, q35 (pc-q35-7.2, pc-q35-5.2) and pseries.
# Recorded twice per release, none dropped; all judged after the fixes
# (README: probe_errors).
Q18 = ["-M", "pc-q35-7.2", "-smp", "1,maxcpus=4"]
Q52 = ["-M", "pc-q35-5.2", "-smp", "1,maxcpus=4"]
PC18 = ["-M", "pc-i440fx-7.2", "-smp", "1,maxcpus=4"]
P18 = ["-M", "pseries", "-smp", "1,maxcpus=4"]
RP = ["-device", "pcie-root-port,id=rp,chassis=1"]
# PCIe placement and resources at start-up.
for i, a in enumerate([
    RP + ["-device", "pcie-root-port,id=rp2,chassis=1"],
    ["-device", "pcie-root-port,id=rp,chassis=1,slot=1", "-device", "pcie-root-port,id=rp2,chassis=1,slot=1"],
    ["-device", "pcie-root-port,id=rp,chassis=1,slot=1", "-device", "ioh3420,id=rp2,chassis=1,slot=1"],
    RP + ["-device", "e1000e,bus=rp,addr=0x1"],
    RP + ["-device", "e1000e,bus=rp,addr=0x0.1"],
    RP + ["-device", "e1000e,bus=rp,multifunction=on", "-device", "e1000e,bus=rp,addr=0x0.1"],
    RP + ["-device", "e1000e,bus=rp,multifunction=on", "-device", "e1000e,bus=rp,addr=0x0.1", "-device", "e1000e,bus=rp,addr=0x0.8"],
    RP + ["-device", "virtio-net-pci,bus=rp,vectors=4000"],
    RP + ["-device", "virtio-net-pci,bus=rp,vectors=2049"],
    ["-device", "pcie-root-port,id=rp,chassis=1,pref32-reserve=1M,pref64-reserve=1M"],
    ["-device", "pcie-root-port,id=rp,chassis=1,mem-reserve=x"],
    ["-device", "pcie-root-port,id=rp,chassis=1,bus-reserve=300"],
    ["-device", "pcie-root-port,id=rp,chassis=1,x-speed=99"],
    RP + ["-device", "pcie-root-port,id=rp2,chassis=2,bus=rp"],
    ["-device", "x3130-upstream,id=up,bus=pcie.0"],
    RP + ["-device", "x3130-upstream,id=up,bus=rp", "-device", "xio3130-downstream,id=dn,bus=up,chassis=1"],
    RP + ["-device", "x3130-upstream,id=up,bus=rp", "-device", "xio3130-downstream,id=dn,bus=up,chassis=2,slot=0",
          "-device", "e1000e,bus=dn"],
    ["-device", "pcie-pci-bridge,id=ppb"],
    RP + ["-device", "pcie-pci-bridge,id=ppb,bus=rp", "-device", "pcie-root-port,bus=ppb,chassis=2"],
    RP + ["-device", "pcie-pci-bridge,id=ppb,bus=rp", "-device", "e1000,bus=ppb,addr=0x0"],
    RP + ["-device", "pcie-pci-bridge,id=ppb,bus=rp", "-device", "e1000,bus=ppb,addr=0x20"],
    RP + ["-device", "pci-bridge,id=br,bus=rp,chassis_nr=2"],
    ["-device", "pci-bridge,id=br,chassis_nr=0"],
    RP + ["-device", "nvme,bus=rp,serial=s,drive=d,msix_qsize=0", "-blockdev", "null-co,node-name=d"],
    RP + ["-device", "virtio-blk-pci,bus=rp,drive=d,num-queues=8,vectors=2", "-blockdev", "null-co,node-name=d"],
]):
    x("e18-pcie-%d" % i, *Q18, *a, steps=hmp("info pci"))
# The same port rules on the older machine version.
for i, a in enumerate([
    ["-device", "pcie-root-port,id=rp,chassis=1,slot=1", "-device", "pcie-root-port,id=rp2,chassis=1,slot=1"],
    RP + ["-device", "e1000e,bus=rp,addr=0x0.1"],
    ["-device", "pcie-root-port,id=rp,chassis=1,hotplug=off"],
    ["-device", "pcie-root-port,id=rp,chassis=1,pref32-reserve=1M,pref64-reserve=1M"],
]):
    x("e18-pcie52-%d" % i, *Q52, *a, steps=hmp("info pci"))
# hotplug=off root ports, busy unplugs and non-hotpluggable devices (monitor).
for i, (m, a, steps) in enumerate([
    (Q18, ["-device", "pcie-root-port,id=rp,chassis=1,hotplug=off"],
     ["device_add e1000e,bus=rp,id=e", "device_add virtio-net-pci,bus=rp", "info pci"]),
    (Q18, ["-device", "pcie-root-port,id=rp,chassis=1,hotplug=off", "-device", "e1000e,bus=rp,id=e0"],
     ["device_del e0", "device_del rp", "info pci"]),
    (Q18, RP + ["-device", "e1000e,bus=rp,id=e0"], ["device_del e0", "device_del e0", "device_del rp", "info pci"]),
    (Q18, RP, ["device_add e1000e,bus=rp,id=e0", "device_del e0", "device_del e0", "device_add e1000e,bus=rp,id=e1", "info pci"]),
    (Q18, RP, ["device_add e1000e,bus=rp,multifunction=on,id=f0", "device_add e1000e,bus=rp,addr=0.1,id=f1", "info pci"]),
    (Q18, RP, ["device_add pcie-pci-bridge,bus=rp,id=ppb", "device_add e1000,bus=ppb,addr=0x1,id=b1", "info pci"]),
    (Q18, RP + ["-device", "pcie-pci-bridge,id=ppb,bus=rp"], ["device_add e1000,bus=ppb,addr=0x1,id=b1", "device_del ppb", "info pci"]),
    (Q18, RP + ["-device", "pcie-pci-bridge,id=ppb,bus=rp,shpc=off"], ["device_add e1000,bus=ppb,addr=0x1,id=b1", "info pci"]),
    (Q18, ["-device", "VGA,id=vga", "-device", "ich9-intel-hda,id=hda,bus=pcie.0", "-device", "isa-serial,id=ser"],
     ["device_del vga", "device_del hda", "device_del ser", "info pci"]),
    (PC18, ["-device", "pci-bridge,id=br,chassis_nr=1", "-device", "e1000,bus=br,addr=0x1,id=be"],
     ["device_del be", "device_del be", "device_del br", "info pci"]),
    (PC18, ["-device", "isa-serial,id=ser", "-device", "VGA,id=vga", "-device", "piix3-usb-uhci,id=u"],
     ["device_del ser", "device_del vga", "device_del u", "device_del u", "info pci"]),
    (PC18, ["-device", "virtio-scsi-pci,id=s", "-blockdev", "null-co,node-name=d", "-device", "scsi-hd,bus=s.0,drive=d,id=hd"],
     ["device_del s", "device_del s", "info pci"]),
]):
    x("e18-hp-%d" % i, *m, *a, steps=hmp(*steps))
for i, (a, steps) in enumerate([
    (["-device", "spapr-vlan,id=v", "-device", "spapr-vty,id=t,chardev=c", "-chardev", "null,id=c"],
     ["device_del v", "device_del t", "info qtree"]),
    (["-device", "e1000,id=e"], ["device_del e", "device_del e", "info pci"]),
    ([], ["device_del core0", "device_add power9_v2.0-spapr-cpu-core,core-id=1,id=c1", "device_del c1", "device_del c1",
          "info hotpluggable-cpus"]),
]):
    p("e18-hp-%d" % i, *P18, *a, steps=hmp(*steps))

# -device on the wrong kind of bus, for each bus (start-up).
WB = [
    ["-device", "e1000,bus=isa.0"], ["-device", "isa-serial,bus=pci.0"],
    ["-device", "piix3-usb-uhci,id=u", "-device", "e1000,bus=u.0"], ["-device", "usb-kbd,bus=pci.0"],
    ["-device", "virtio-scsi-pci,id=s", "-device", "usb-kbd,bus=s.0"], ["-blockdev", "null-co,node-name=d", "-device", "scsi-hd,bus=pci.0,drive=d"],
    ["-device", "virtio-scsi-pci,id=s", "-device", "virtserialport,bus=s.0"],
    ["-device", "virtio-serial-pci,id=vs", "-device", "e1000,bus=vs.0"], ["-device", "virtconsole,bus=pci.0"],
    ["-blockdev", "null-co,node-name=d", "-device", "ide-hd,bus=pci.0,drive=d"], ["-device", "e1000,bus=ide.0"],
    ["-device", "intel-hda,id=h", "-device", "e1000,bus=h.0"], ["-device", "hda-duplex,bus=pci.0"],
    ["-device", "pci-bridge,id=br,chassis_nr=1", "-device", "usb-kbd,bus=br"],
    ["-device", "e1000,id=e", "-device", "e1000,bus=e"], ["-device", "virtio-rng-device"],
]
for i, a in enumerate(WB):
    x("e18-wb-%d" % i, "-M", "pc-i440fx-7.2", *a, steps=hmp("info qtree"))
for i, a in enumerate([
    RP + ["-device", "usb-kbd,bus=pcie.0"], RP + ["-device", "isa-serial,bus=pcie.0"], RP + ["-device", "isa-serial,bus=rp"],
    RP + ["-blockdev", "null-co,node-name=d", "-device", "scsi-hd,bus=rp,drive=d"], RP + ["-device", "e1000,bus=rp"],
    RP + ["-device", "pci-bridge,id=br,bus=pcie.0,chassis_nr=2", "-device", "e1000e,bus=br,addr=0x1"],
]):
    x("e18-wbq-%d" % i, *Q18, *a, steps=hmp("info pci"))
for i, a in enumerate([
    ["-device", "usb-kbd,bus=spapr-vio"], ["-device", "spapr-vscsi,id=s", "-device", "spapr-vlan,bus=s.0"],
    ["-device", "virtio-scsi-pci,id=s", "-device", "spapr-vty,bus=s.0"],
    ["-blockdev", "null-co,node-name=d", "-device", "scsi-hd,bus=spapr-vio,drive=d"],
]):
    p("e18-wb-%d" % i, *P18, *a, steps=hmp("info qtree"))
# The same wrong buses at the monitor.
x("e18-wbm-0", *PC18, "-device", "virtio-serial-pci,id=vs", "-device", "virtio-scsi-pci,id=s", "-device", "piix3-usb-uhci,id=u",
  steps=hmp("device_add e1000,bus=isa.0", "device_add isa-serial,bus=pci.0", "device_add usb-kbd,bus=s.0", "device_add virtserialport,bus=u.0",
            "device_add scsi-cd,bus=vs.0", "device_add e1000,bus=ide.0", "info qtree"))
x("e18-wbm-1", *Q18, *RP, steps=hmp("device_add usb-kbd,bus=rp", "device_add isa-serial,bus=rp", "device_add pcie-root-port,bus=rp,chassis=4",
                                     "device_add e1000e,bus=ide.2", "info pci"))
p("e18-wbm-0", *P18, "-device", "spapr-vscsi,id=s", steps=hmp("device_add spapr-vlan,bus=s.0", "device_add e1000,bus=spapr-vio",
                                                              "device_add scsi-cd,bus=spapr-vio", "info qtree"))

# Ids reused across kinds (start-up and monitor).
for i, a in enumerate([
    ["-chardev", "null,id=x", "-netdev", "user,id=x", "-object", "iothread,id=x", "-device", "e1000,id=x,netdev=x"],
    ["-object", "memory-backend-ram,id=x,size=64M", "-object", "iothread,id=x"],
    ["-blockdev", "null-co,node-name=x", "-drive", "if=none,id=x,driver=null-co"],
    ["-drive", "if=none,id=x,driver=null-co", "-blockdev", "null-co,node-name=x"],
    ["-netdev", "user,id=x", "-nic", "user,id=x"],
    ["-chardev", "null,id=x", "-serial", "chardev:x", "-chardev", "ringbuf,id=x"],
    ["-object", "iothread,id=x", "-M", "pc,memory-backend=x"],
    ["-object", "iothread,id=x", "-numa", "node,memdev=x"],
    ["-chardev", "null,id=x", "-device", "virtio-rng-pci,rng=x"],
    ["-object", "iothread,id=x", "-device", "virtio-scsi-pci,iothread=x,id=x", "-device", "virtio-scsi-pci,id=x"],
]):
    x("e18-ids-%d" % i, "-M", "pc-i440fx-7.2", *a, steps=hmp("info network", "info chardev"))
x("e18-idsm-0", *PC18, steps=hmp("chardev-add null,id=x", "netdev_add user,id=x", "object_add iothread,id=x", "object_add secret,id=x,data=a",
                                  "drive_add 0 if=none,id=x,driver=null-co", "device_add e1000,id=x,netdev=x", "device_add e1000,id=x",
                                  "info network"))
x("e18-idsm-1", *Q18, steps=[
    qmp("object-add", **{"qom-type": "iothread", "id": "y"}), qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "y", "size": 67108864}),
    qmp("blockdev-add", driver="null-co", **{"node-name": "y"}), qmp("netdev_add", type="user", id="y"),
    qmp("chardev-add", id="y", backend={"type": "null", "data": {}}), qmp("device_add", driver="virtio-rng-pci", rng="y", id="y"),
    qmp("device_add", driver="virtio-blk-pci", drive="y", id="y"), qmp("query-chardev")])
p("e18-idsm-0", *P18, steps=hmp("chardev-add null,id=x", "netdev_add user,id=x", "object_add rng-builtin,id=x", "device_add spapr-vty,id=x,chardev=x",
                                 "device_add spapr-vlan,id=x,netdev=x", "device_add spapr-rng,rng=x,id=x2", "info qtree"))

# object_del of a backend in use.
for i, (m, a, steps) in enumerate([
    (["-M", "pc-i440fx-7.2", "-m", "1G,slots=2,maxmem=4G"], ["-object", "memory-backend-ram,id=m,size=128M", "-device", "pc-dimm,memdev=m,id=d"],
     ["object_del m", "device_del d", "object_del m", "info memdev"]),
    (PC18, ["-object", "rng-builtin,id=r", "-device", "virtio-rng-pci,rng=r,id=v"], ["object_del r", "device_del v", "object_del r", "info pci"]),
    (PC18, ["-object", "iothread,id=i", "-blockdev", "null-co,node-name=d", "-device", "virtio-blk-pci,drive=d,iothread=i,id=v"],
     ["object_del i", "info iothreads"]),
    (PC18, ["-object", "throttle-group,id=t,x-bps-total=1000000", "-blockdev", "null-co,node-name=d",
            "-blockdev", "throttle,node-name=th,file=d,throttle-group=t"], ["object_del t", "info block"]),
    (PC18, ["-chardev", "null,id=c", "-device", "isa-serial,chardev=c,id=s"], ["chardev-remove c", "object_del c", "info chardev"]),
    (PC18, ["-netdev", "user,id=n", "-device", "e1000,netdev=n,id=e"], ["netdev_del n", "info network", "object_del n"]),
]):
    x("e18-od-%d" % i, *m, *a, steps=hmp(*steps))
x("e18-odq-0", *Q18, "-object", "rng-builtin,id=r", "-device", "virtio-rng-pci,rng=r,id=v", steps=[
    qmp("object-del", id="r"), qmp("object-del", id="v"), qmp("object-del", id="/objects/r"), qmp("object-del"), qmp("qom-list", path="/objects")])
p("e18-od-0", *P18, "-object", "rng-builtin,id=r", "-device", "spapr-rng,rng=r,id=s", "-object", "memory-backend-ram,id=m,size=256M",
  "-m", "1G,slots=2,maxmem=4G", "-device", "pc-dimm,memdev=m,id=d", steps=hmp("object_del r", "object_del m", "device_del s", "info memdev"))

# qom-set of read-only and typed properties with wrong values.
x("e18-qs-0", *PC18, "-device", "e1000,id=e", "-object", "iothread,id=i", "-object", "memory-backend-ram,id=m,size=64M", steps=hmp(
    "qom-set /machine type q35", "qom-set e mac 52:54:00:00:00:09", "qom-set e addr 0x9", "qom-set i poll-max-ns x",
    "qom-set i poll-max-ns -1", "qom-set i poll-max-ns 100", "qom-set m size 128M", "qom-set m merge maybe", "qom-get i poll-max-ns"))
x("e18-qs-1", *Q18, "-device", "e1000e,id=e,bus=pcie.0", "-object", "iothread,id=i", steps=[
    qmp("qom-set", path="e", property="mac", value=5), qmp("qom-set", path="i", property="poll-max-ns", value="5"),
    qmp("qom-set", path="i", property="poll-max-ns", value=-1), qmp("qom-set", path="i", property="poll-grow", value=1.5),
    qmp("qom-set", path="/machine", property="hpet", value="off"), qmp("qom-set", path="/machine", property="kernel-irqchip", value="maybe"),
    qmp("qom-set", path="e", property="bootindex", value="x"), qmp("qom-set", path="e", property="bootindex", value=-5),
    qmp("qom-get", path="e", property="bootindex")])
x("e18-qs-2", *PC18, "-device", "virtio-rng-pci,id=r", "-device", "virtio-balloon-pci,id=b", steps=hmp(
    "qom-set r max-bytes 0", "qom-set /machine/peripheral/r/virtio-backend period 0", "qom-set b guest-stats-polling-interval -1",
    "qom-set b guest-stats-polling-interval x", "qom-set b guest-stats-polling-interval 5", "qom-set b guest-stats x",
    "qom-get b guest-stats-polling-interval", "qom-set /machine/unattached/device[0] family 6", "qom-set /machine/unattached/device[0] nosuch 1"))
p("e18-qs-0", *P18, "-device", "spapr-vlan,id=v", steps=hmp(
    "qom-set v reg 0x2000", "qom-set v mac 52:54:00:00:00:09", "qom-set /machine ic-mode dual", "qom-set /machine kvm-type HV",
    "qom-set /machine cap-htm on", "qom-set /machine/unattached/device[0] core-id 3", "qom-set core0 nr-threads 2",
    "qom-get /machine kvm-type"))

# CPU errors interleaved with the errors above: which wins, in which order.
for i, (a, b) in enumerate([
    (["-device", "qemu64-x86_64-cpu,socket-id=9,core-id=0,thread-id=0"], ["-device", "e1000e,bus=rp,addr=0x1"]),
    (["-device", "qemu64-x86_64-cpu,socket-id=1,core-id=0,thread-id=0,id=x"], ["-object", "iothread,id=x", "-object", "rng-builtin,id=x"]),
    (["-cpu", "qemu64,+nosuch"], ["-device", "pcie-root-port,id=rp2,chassis=1"]),
    (["-cpu", "nosuch"], ["-device", "pcie-root-port,id=rp2,chassis=2,pref32-reserve=1M,pref64-reserve=1M"]),
    (["-device", "qemu64-x86_64-cpu,socket-id=1,core-id=0,thread-id=0,id=rp"], ["-device", "e1000e,bus=rp"]),
]):
    x("e18-mix-%d" % (2 * i), *Q18, *RP, *a, *b, steps=hmp("info status"))
    x("e18-mix-%d" % (2 * i + 1), *Q18, *RP, *b, *a, steps=hmp("info status"))
x("e18-mixm-0", *Q18, "-device", "pcie-root-port,id=rp,chassis=1,hotplug=off", steps=hmp(
    "device_add qemu64-x86_64-cpu,socket-id=1,core-id=0,thread-id=0,bus=rp", "device_add e1000e,bus=rp,id=e",
    "device_add qemu64-x86_64-cpu,socket-id=1,core-id=0,thread-id=0,id=e", "device_del e",
    "device_add qemu64-x86_64-cpu,socket-id=1,core-id=0,thread-id=0,id=c1", "device_del c1", "device_del c1", "info cpus"))
x("e18-mixm-1", *PC18, "-object", "rng-builtin,id=r", steps=hmp(
    "device_add qemu64-x86_64-cpu,socket-id=1,core-id=0,thread-id=0,id=r", "object_add iothread,id=r",
    "device_add virtio-rng-pci,rng=r,id=r", "object_del r", "device_del r", "device_del r", "info hotpluggable-cpus"))
for i, (a, b) in enumerate([
    (["-device", "power9_v2.0-spapr-cpu-core,core-id=9"], ["-device", "usb-kbd,bus=spapr-vio"]),
    (["-device", "power9_v2.0-spapr-cpu-core,core-id=1,id=x"], ["-chardev", "null,id=x", "-device", "spapr-vty,chardev=x,id=x"]),
]):
    p("e18-mix-%d" % (2 * i), *P18, *a, *b, steps=hmp("info status"))
    p("e18-mix-%d" % (2 * i + 1), *P18, *b, *a, steps=hmp("info status"))

# Bad -smp/-m/-numa beside non-CPU errors: the first failure wins.
for i, (a, b) in enumerate([
    (["-smp", "0x"], ["-device", "nosuch"]),
    (["-smp", "4,maxcpus=2"], ["-device", "e1000,addr=0x20"]),
    (["-m", "1X"], ["-netdev", "user,id=n,net=10.0.2.0/33"]),
    (["-m", "1G,maxmem=512M"], ["-object", "iothread,id=i,nosuch=1"]),
    (["-numa", "node,nodeid=1"], ["-device", "isa-serial,bus=pci.0"]),
    (["-smp", "2", "-numa", "node,cpus=5"], ["-object", "memory-backend-ram,id=x,size=64M", "-object", "iothread,id=x"]),
]):
    x("e18-first-%d" % (2 * i), "-M", "pc-i440fx-7.2", *a, *b, steps=hmp("info status"))
    x("e18-first-%d" % (2 * i + 1), "-M", "pc-i440fx-7.2", *b, *a, steps=hmp("info status"))
for i, (a, b) in enumerate([
    (["-smp", "3"], ["-device", "spapr-vlan,reg=x"]),
]):
    p("e18-first-%d" % (2 * i), *a, *b, steps=hmp("info status"))
    p("e18-first-%d" % (2 * i + 1), *b, *a, steps=hmp("info status"))

# Spellings only one release knows (10.0-only or gone in 10.0).
for i, a in enumerate([
    ["-M", "pc-q35-8.0"],
    ["-M", "pc-q35-7.2", "-device", "igb"], ["-M", "pc-q35-7.2", "-smp", "2,modules=1"], ["-M", "pc-q35-7.2", "-smp", "2,drawers=1"],
    ["-M", "pc-q35-7.2", "-audio", "none"], ["-M", "pc-q35-7.2", "-object", "memory-backend-shm,id=m,size=64M"],
    ["-M", "pc-i440fx-2.0"], ["-M", "pc-q35-2.4"],
    ["-M", "pc-i440fx-7.2", "-run-with", "async-teardown=off"], ["-M", "pc-i440fx-7.2", "-no-hpet", "-device", "e1000,bus=isa.0"],
]):
    x("e18-rel-%d" % i, *a, steps=hmp("info status"))
for i, a in enumerate([
    ["-M", "pseries-8.0"], ["-M", "pseries-2.12"], ["-M", "pseries", "-cpu", "power11"], ["-M", "pseries", "-smp", "2,modules=1"],
]):
    p("e18-rel-%d" % i, *a, steps=hmp("info status"))

# Measured around round 18's fixes (e18m-): the reserve capability's other
# checks and their order, a refused root port's chassis slot given back,
# nvme's checks in order, MSI-X vectors beyond a table elsewhere, links and
# qom paths naming chardevs and devices by partial path, and
# memory-backend-shm where memory is taken.
for i, a in enumerate([
    ["-device", "pcie-root-port,id=rp,chassis=1,mem-reserve=4G"], ["-device", "pcie-root-port,id=rp,chassis=1,pref32-reserve=4G"],
    ["-device", "pcie-root-port,id=rp,chassis=1,pref32-reserve=4G,mem-reserve=4G"],
    ["-device", "pcie-root-port,id=rp,chassis=1,pref64-reserve=8G,mem-reserve=64M,io-reserve=0"],
    RP + ["-device", "pcie-root-port,id=rp2,chassis=1,pref32-reserve=1M,pref64-reserve=1M"],
    ["-blockdev", "null-co,node-name=d", "-device", "nvme,drive=d,serial=s,msix_qsize=2049"],
    ["-blockdev", "null-co,node-name=d", "-device", "nvme,drive=d,max_ioqpairs=0"],
    ["-blockdev", "null-co,node-name=d", "-device", "nvme,drive=d,msix_qsize=0"],
    ["-device", "virtio-scsi-pci,vectors=3000"], ["-device", "e1000,id=e", "-device", "virtio-rng-pci,rng=e"],
    ["-device", "e1000,id=e", "-device", "virtio-rng-pci,rng=/machine/peripheral/e"],
    ["-chardev", "null,id=c", "-blockdev", "null-co,node-name=d", "-device", "virtio-blk-pci,drive=d,iothread=c"],
    ["-chardev", "null,id=c", "-device", "virtio-rng-pci,rng=/chardevs/c"],
]):
    x("e18m-%d" % i, *Q18, *a, steps=hmp("info pci"))
x("e18m-mon-0", *Q18, steps=hmp("device_add pcie-root-port,id=rp,chassis=1,pref32-reserve=1M,pref64-reserve=1M",
                                 "device_add pcie-root-port,id=rp,chassis=1", "device_add pcie-root-port,id=rp2,chassis=1",
                                 "device_add virtio-net-pci,bus=rp,vectors=2049,id=v", "info pci"))
x("e18m-mon-1", *PC18, "-chardev", "ringbuf,id=c", "-device", "e1000,id=c", "-object", "iothread,id=io", "-chardev", "null,id=n",
  steps=hmp("qom-get c type", "qom-get n type", "qom-set n nosuch 1", "qom-get io poll-grow", "qom-get objects type",
            "qom-set /machine/peripheral/c mac 52:54:00:00:00:01", "device_add virtio-rng-pci,rng=n", "device_add virtio-rng-pci,rng=c"))
x("e18m-mon-2", *PC18, "-device", "virtio-balloon-pci,id=b", "-blockdev", "null-co,node-name=d", "-device", "virtio-blk-pci,drive=d,id=vb",
  steps=hmp("qom-set /machine/peripheral/b/virtio-backend guest-stats x", "qom-set /machine/peripheral/b/virtio-backend guest-stats-polling-interval 3",
            "qom-get b guest-stats-polling-interval", "qom-set /machine/peripheral/vb/virtio-backend num-queues 2", "qom-set vb num-queues 2"))
x("e18m-shm-0", "-M", "pc-i440fx-7.2", "-m", "256M", "-object", "memory-backend-shm,id=m,size=256M", "-numa", "node,memdev=m", steps=hmp("info memdev"))
x("e18m-shm-1", "-M", "pc-i440fx-7.2", "-m", "256M", "-object", "memory-backend-shm,id=m,size=256M", "-M", "memory-backend=m", steps=hmp("info memdev"))


# ---------------------------------------------------------------- round 19 ----
# Round 19 (e19-, helper e19): the seed guide's own commands as a learner gets
# them wrong: driver names misspelled (qemu64-x86-64-cpu, host-x86_64-cpu,
# POWER9-spapr-cpu-core), socket-id/core-id/thread-id/node-id missing, wrong
# or out of range, ids reused (CPU beside CPU and beside non-CPU devices),
# device_del of boot CPUs (by qom path) and of unknown ids, pseries core ids
# that are not multiples of threads, maxcpus below cpus, -smp with dies and
# clusters on machines that refuse them; each on pc, q35 (pc-q35-7.2,
# pc-q35-5.2) and pseries, HMP and QMP, with a non-CPU device error in the
# same session.
# Recorded twice per release, none dropped; all passed as recorded, with the
# e19m- measurements below (README: probe_errors).
GSMP = ["-smp", "4,maxcpus=8,sockets=2,cores=2,threads=2"]
XM19 = [("pc", ["-M", "pc"]), ("q72", ["-M", "pc-q35-7.2"]), ("q52", ["-M", "pc-q35-5.2"])]
C = "qemu64-x86_64-cpu"
for tag, m in XM19:
    x("e19-typo-%s" % tag, *m, *GSMP, steps=hmp(
        "device_add qemu64-x86-64-cpu,id=cpu1,socket-id=1,core-id=0,thread-id=0",
        "device_add x86_64-cpu,id=cpu1,socket-id=1,core-id=0,thread-id=0",
        "device_add qemu64,id=cpu1,socket-id=1,core-id=0,thread-id=0",
        "device_add host-x86_64-cpu,id=cpu1,socket-id=1,core-id=0,thread-id=0",
        "device_add %s,id=cpu1,socket_id=1,core-id=0,thread-id=0" % C,
        "device_add %s,id=cpu1,socket-id=1,core-id=0,thread-id=0,netdev=n" % C,
        "device_add e1000,id=cpu1,netdev=nosuch",
        "device_add %s,id=cpu1,socket-id=1,core-id=0,thread-id=0" % C, "info hotpluggable-cpus"))
    x("e19-ids-%s" % tag, *m, *GSMP, steps=hmp(
        "device_add %s,id=cpu1" % C, "device_add %s,id=cpu1,socket-id=1" % C,
        "device_add %s,id=cpu1,socket-id=1,core-id=0" % C, "device_add %s,id=cpu1,core-id=0,thread-id=0" % C,
        "device_add %s,id=cpu1,socket-id=2,core-id=0,thread-id=0" % C,
        "device_add %s,id=cpu1,socket-id=1,core-id=2,thread-id=0" % C,
        "device_add %s,id=cpu1,socket-id=1,core-id=0,thread-id=2" % C,
        "device_add %s,id=cpu1,socket-id=0,core-id=1,thread-id=1" % C,
        "device_add %s,id=cpu1,socket-id=1,core-id=0,thread-id=0,node-id=1" % C,
        "device_add %s,id=cpu1,socket-id=1,core-id=0,thread-id=0,die-id=1" % C,
        "device_add %s,id=cpu1,socket-id=1,core-id=-1,thread-id=0" % C,
        "device_add virtio-net-pci,id=n1,addr=0x20", "info cpus"))
    x("e19-reuse-%s" % tag, *m, *GSMP, "-netdev", "user,id=n0", steps=hmp(
        "device_add %s,id=cpu1,socket-id=1,core-id=0,thread-id=0" % C,
        "device_add %s,id=cpu1,socket-id=1,core-id=1,thread-id=0" % C,
        "device_add %s,id=cpu2,socket-id=1,core-id=0,thread-id=0" % C,
        "device_add e1000,id=cpu1,netdev=n0", "device_add e1000,id=nic0,netdev=n0",
        "device_add %s,id=nic0,socket-id=1,core-id=1,thread-id=0" % C,
        "device_add e1000,id=nic1,netdev=n0", "device_del cpu1", "device_del cpu1", "info hotpluggable-cpus"))
    x("e19-del-%s" % tag, *m, *GSMP, steps=hmp(
        "device_del cpu0", "device_del cpu1", "device_del /machine/unattached/device[0]",
        "device_del /machine/unattached/device[1]", "device_del /machine/peripheral/cpu1",
        "device_del qemu64-x86_64-cpu", "device_add e1000,addr=0x3", "info cpus"))
    x("e19-qmp-%s" % tag, *m, *GSMP, steps=[
        qmp("device_add", driver="qemu64-x86-64-cpu", id="cpu1", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
        qmp("device_add", driver="host-x86_64-cpu", id="cpu1", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
        qmp("device_add", driver=C, id="cpu1", **{"socket-id": 1}),
        qmp("device_add", driver=C, id="cpu1", **{"socket-id": 1, "core-id": 0, "thread-id": 5}),
        qmp("device_add", driver=C, id="cpu1", **{"socket-id": 1, "core-id": 0, "thread-id": 0, "node-id": 2}),
        qmp("device_add", driver=C, id="cpu1", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
        qmp("device_add", driver=C, id="cpu1", **{"socket-id": 1, "core-id": 1, "thread-id": 0}),
        qmp("device_add", driver="e1000", id="cpu1"),
        qmp("device_add", driver="e1000", id="e1", addr="0x20"),
        qmp("device_del", id="cpu0"), qmp("device_del", id="/machine/unattached/device[0]"),
        qmp("device_del", id="nosuch"), qmp("query-hotpluggable-cpus")])
# Cold-plugged: the same mistakes on the command line, beside a non-CPU error.
for tag, m in XM19[:2]:
    for i, a in enumerate([
        ["-device", C + ",id=cpu1,socket-id=1,core-id=0,thread-id=0", "-device", C + ",id=cpu1,socket-id=1,core-id=1,thread-id=0"],
        ["-device", C + ",id=cpu1,socket-id=1,core-id=0,thread-id=0", "-device", "e1000,id=cpu1"],
        ["-device", C + ",id=cpu1,socket-id=1,core-id=0,thread-id=0", "-device", C + ",id=cpu2,socket-id=1,core-id=0,thread-id=0"],
        ["-device", "e1000,addr=0x20", "-device", C + ",id=cpu1,socket-id=1,core-id=0"],
        ["-device", C + ",id=cpu1,socket-id=1,core-id=0", "-device", "e1000,addr=0x20"],
        ["-device", "host-x86_64-cpu,id=cpu1,socket-id=1,core-id=0,thread-id=0"],
        ["-device", C + ",id=cpu1,socket-id=0,core-id=0,thread-id=0"],
    ]):
        x("e19-cold-%s-%d" % (tag, i), *m, *GSMP, *a, steps=hmp("info hotpluggable-cpus"))
# -smp a learner gets wrong, each beside a non-CPU device error.
for tag, m in XM19[:2]:
    for i, s in enumerate([
        "4,maxcpus=2", "8,maxcpus=4,sockets=2,cores=2,threads=2", "2,dies=2", "4,sockets=1,dies=2,cores=2,threads=1",
        "2,clusters=2", "4,sockets=1,clusters=2,cores=2", "4,maxcpus=8,sockets=2,dies=2,cores=2,threads=2",
    ]):
        x("e19-smp-%s-%d" % (tag, i), *m, "-smp", s, "-device", "e1000,addr=0x20", steps=hmp("info hotpluggable-cpus"))
PC19 = "power9_v2.0-spapr-cpu-core"
PSMP = ["-M", "pseries", "-smp", "2,maxcpus=8,threads=2"]
def pseries19(t, PSMP):
    p("e19-%stypo" % t, *PSMP, steps=hmp(
        "device_add POWER9-spapr-cpu-core,id=core1,core-id=2", "device_add power9-spapr-cpu-core,id=core1,core-id=2",
        "device_add host-spapr-cpu-core,id=core1,core-id=2", "device_add power9_v2.0-spapr-core,id=core1,core-id=2",
        "device_add power8_v2.0-spapr-cpu-core,id=core1,core-id=2", "device_add spapr-vlan,id=core1,reg=x",
        "device_add %s,id=core1,core-id=2" % PC19, "info hotpluggable-cpus"))
    p("e19-%sids" % t, *PSMP, steps=hmp(
        "device_add %s,id=core1" % PC19, "device_add %s,id=core1,core-id=1" % PC19, "device_add %s,id=core1,core-id=3" % PC19,
        "device_add %s,id=core1,core-id=0" % PC19, "device_add %s,id=core1,core-id=8" % PC19,
        "device_add %s,id=core1,core-id=-2" % PC19, "device_add %s,id=core1,core-id=2,node-id=1" % PC19,
        "device_add %s,id=core1,core-id=2,socket-id=0" % PC19, "device_add %s,id=core1,core-id=2,nr-threads=1" % PC19,
        "device_add spapr-vty,id=v1,chardev=nosuch", "info cpus"))
    p("e19-%sreuse" % t, *PSMP, steps=hmp(
        "device_add %s,id=core1,core-id=2" % PC19, "device_add %s,id=core1,core-id=4" % PC19,
        "device_add %s,id=core2,core-id=2" % PC19, "device_add spapr-vlan,id=core1",
        "device_add spapr-vlan,id=v0", "device_add %s,id=v0,core-id=4" % PC19, "device_del core1", "device_del core1",
        "device_del v0", "info hotpluggable-cpus"))
    p("e19-%sdel" % t, *PSMP, steps=hmp(
        "device_del core0", "device_del /machine/unattached/device[0]", "device_del /machine/unattached/device[1]",
        "device_del nosuch", "device_add usb-kbd", "info cpus"))
    p("e19-%sqmp" % t, *PSMP, steps=[
        qmp("device_add", driver="POWER9-spapr-cpu-core", id="core1", **{"core-id": 2}),
        qmp("device_add", driver=PC19, id="core1", **{"core-id": 1}),
        qmp("device_add", driver=PC19, id="core1", **{"core-id": "2"}),
        qmp("device_add", driver=PC19, id="core1", **{"core-id": 10}),
        qmp("device_add", driver=PC19, id="core1", **{"core-id": 2}),
        qmp("device_add", driver=PC19, id="core1", **{"core-id": 4}),
        qmp("device_add", driver="spapr-vlan", id="core1"),
        qmp("device_add", driver="spapr-vlan", id="v1", reg="x"),
        qmp("device_del", id="core0"), qmp("device_del", id="/machine/unattached/device[0]"),
        qmp("device_del", id="nosuch"), qmp("query-hotpluggable-cpus")])
    for i, a in enumerate([
        ["-device", PC19 + ",id=core1,core-id=1"], ["-device", PC19 + ",id=core1,core-id=2", "-device", PC19 + ",id=core1,core-id=4"],
        ["-device", PC19 + ",id=core1,core-id=2", "-device", "spapr-vlan,id=core1"],
        ["-device", "spapr-vlan,reg=x", "-device", PC19 + ",id=core1,core-id=3"],
        ["-device", PC19 + ",id=core1,core-id=3", "-device", "spapr-vlan,reg=x"],
        ["-device", "host-spapr-cpu-core,id=core1,core-id=2"],
    ]):
        p("e19-%scold-%d" % (t, i), *PSMP, *a, steps=hmp("info hotpluggable-cpus"))


pseries19("", PSMP)
for i, s in enumerate([
    "4,maxcpus=2", "2,dies=2", "2,clusters=2", "4,maxcpus=8,sockets=1,dies=2,cores=2,threads=2", "3,threads=2", "2,maxcpus=7,threads=2",
]):
    p("e19-smp-%d" % i, "-M", "pseries", "-smp", s, "-device", "spapr-vlan,reg=x", steps=hmp("info hotpluggable-cpus"))


# Measured after round 19 (e19m-), as round 19 passed as recorded: the same
# mistakes with -numa nodes, dies, older machine versions, keys given twice,
# removed commands (cpu-add) and the guide's lines pasted with their prompts.
NUMA19 = ["-numa", "node,nodeid=0,cpus=0-3", "-numa", "node,nodeid=1,cpus=4-7"]
for tag, m in [("pc", ["-M", "pc"]), ("q72", ["-M", "pc-q35-7.2"])]:
    x("e19m-numa-%s" % tag, *m, *GSMP, *NUMA19, steps=hmp(
        "device_add %s,id=cpu1,socket-id=1,core-id=0,thread-id=0,node-id=0" % C,
        "device_add %s,id=cpu1,socket-id=1,core-id=0,thread-id=0,node-id=2" % C,
        "device_add %s,id=cpu1,socket-id=1,core-id=0,thread-id=0,node-id=x" % C,
        "device_add %s,id=cpu1,socket-id=1,core-id=0,thread-id=0,node-id=1" % C,
        "device_add e1000,id=e,numa_node=3", "info hotpluggable-cpus"))
    x("e19m-dies-%s" % tag, *m, "-smp", "2,maxcpus=8,sockets=2,dies=2,cores=2,threads=1", steps=hmp(
        "device_add %s,id=cpu1,socket-id=1,core-id=0,thread-id=0" % C,
        "device_add %s,id=cpu1,socket-id=1,die-id=2,core-id=0,thread-id=0" % C,
        "device_add %s,id=cpu1,socket-id=1,die-id=1,core-id=0,thread-id=0" % C,
        "device_add %s,id=cpu2,socket-id=0,die-id=1,core-id=1" % C,
        "device_add %s,id=cpu2,socket-id=0,die-id=0,core-id=1,thread-id=0,id=cpu3" % C,
        "device_add ide-hd,drive=nosuch", "info cpus", "info hotpluggable-cpus"))
    x("e19m-paste-%s" % tag, *m, *GSMP, steps=hmp(
        "cpu-add 1", "cpu_add 1", "(qemu) device_add %s,id=cpu1,socket-id=1,core-id=0,thread-id=0" % C,
        "device_add %s,id=cpu1,socket-id=1,core-id=0,thread-id=0," % C,
        "device_add %s id=cpu1,socket-id=1" % C, "device_add  %s,id=cpu 1" % C,
        "device_add %s,id=1cpu,socket-id=1,core-id=0,thread-id=0" % C,
        "device_del", "device_del cpu1 cpu2", "cpu 7", "cpu 9", "info cpus"))
    x("e19m-qmp-%s" % tag, *m, *GSMP, steps=[
        qmp("cpu-add", id=1), qmp("device_add", driver=C, id="cpu1", **{"socket-id": 1, "core-id": 0, "thread-id": 0, "node-id": -1}),
        qmp("device_add", driver=C, id="cpu1", **{"socket-id": 1.5, "core-id": 0, "thread-id": 0}),
        qmp("device_add", driver=C, id="cpu1", **{"socket-id": 1, "core-id": 0, "thread-id": 0, "die-id": 0}),
        qmp("device_add", driver=C, id="cpu1", **{"socket-id": None, "core-id": 0, "thread-id": 0}),
        qmp("device_add", driver=C, id="", **{"socket-id": 1, "core-id": 0, "thread-id": 0}),
        qmp("device_add", driver=C, **{"socket-id": 1, "core-id": 1, "thread-id": 1}),
        qmp("device_del", id="cpu1"), qmp("query-cpus-fast")])
for i, v in enumerate(["pc-i440fx-2.6", "pc-i440fx-4.2", "pc-q35-4.2"]):
    x("e19m-ver-%d" % i, "-M", v, *GSMP, steps=hmp(
        "device_add %s,id=cpu1,socket-id=1,core-id=0,thread-id=0" % C, "device_add %s,id=cpu1,socket-id=1,core-id=1,thread-id=0" % C,
        "device_del cpu1", "device_del cpu1", "device_add e1000,addr=0x1f.8", "info hotpluggable-cpus"))
P19M = ["-M", "pseries", "-cpu", "POWER9", "-smp", "2,maxcpus=8"]
p("e19m-paste", *P19M, steps=hmp(
    "cpu-add 2", "(qemu) device_add %s,id=core1,core-id=2" % PC19, "device_add %s,id=core1,core-id=2," % PC19,
    "device_add %s,id=core2,core-id=3,core-id=4" % PC19, "device_add %s,id=core 3,core-id=5" % PC19,
    "device_del", "device_del core1 core2", "cpu 3", "cpu 9", "info cpus"))
p("e19m-numa", *P19M, "-numa", "node,nodeid=0,cpus=0-3", "-numa", "node,nodeid=1,cpus=4-7", steps=hmp(
    "device_add %s,id=core1,core-id=4,node-id=0" % PC19, "device_add %s,id=core1,core-id=4,node-id=5" % PC19,
    "device_add %s,id=core1,core-id=4,node-id=1" % PC19, "device_add spapr-vlan,id=v,reg=0x1000", "info hotpluggable-cpus"))
for i, v in enumerate(["pseries-5.2", "pseries-2.7"]):
    p("e19m-ver-%d" % i, "-M", v, "-cpu", "POWER8", "-smp", "2,maxcpus=8", steps=hmp(
        "device_add power8_v2.0-spapr-cpu-core,id=core1,core-id=2", "device_add power8_v2.0-spapr-cpu-core,id=core1,core-id=3",
        "device_del core1", "device_del core1", "device_add spapr-vlan,reg=x", "info hotpluggable-cpus"))
p("e19m-qmp", *P19M, steps=[
    qmp("cpu-add", id=2), qmp("device_add", driver=PC19, id="core1", **{"core-id": 2, "node-id": -1}),
    qmp("device_add", driver=PC19, id="core1", **{"core-id": 2.0}),
    qmp("device_add", driver=PC19, id="core1", **{"core-id": None}),
    qmp("device_add", driver=PC19, **{"core-id": 3}),
    qmp("device_add", driver=PC19, id="core1", **{"core-id": 2, "nr-threads": 2}),
    qmp("device_del", id="core1"), qmp("query-cpus-fast")])
for i, s in enumerate(["2,maxcpus=8,sockets=2,dies=2,cores=2,threads=1", "2,maxcpus=8,dies=1,clusters=1", "0,maxcpus=4", "2,maxcpus=0"]):
    x("e19m-smp-%d" % i, "-M", "pc-q35-7.2", "-smp", s, "-device", "e1000,id=a b", steps=hmp("info hotpluggable-cpus"))
    p("e19m-smp-%d" % i, "-M", "pseries", "-smp", s, "-device", "spapr-vty,id=a b", steps=hmp("info hotpluggable-cpus"))


# The node-id mistakes the -numa sessions below try (e19m2-, e19m3-): on
# x86 by HMP and QMP, on pseries by HMP, each beside a non-CPU device's.
NUMA19_HMP = hmp(
    "device_add %s,id=cpu1,socket-id=1,core-id=0,thread-id=0,node-id=0" % C,
    "device_add %s,id=cpu1,socket-id=1,core-id=0,thread-id=0,node-id=2" % C,
    "device_add %s,id=cpu1,socket-id=1,core-id=0,thread-id=0,node-id=x" % C,
    "device_add %s,id=cpu1,socket-id=1,core-id=0,thread-id=0,node-id=1" % C,
    "device_add %s,id=cpu2,socket-id=1,core-id=1,thread-id=0" % C,
    "device_add e1000,id=e,numa_node=3", "info hotpluggable-cpus", "info numa")
NUMA19_QMP = [
    qmp("device_add", driver=C, id="cpu1", **{"socket-id": 1, "core-id": 0, "thread-id": 0, "node-id": 0}),
    qmp("device_add", driver=C, id="cpu1", **{"socket-id": 1, "core-id": 0, "thread-id": 0, "node-id": 7}),
    qmp("device_add", driver=C, id="cpu1", **{"socket-id": 1, "core-id": 0, "thread-id": 1, "node-id": 1}),
    qmp("device_add", driver="e1000", id="e", numa_node=9), qmp("query-hotpluggable-cpus")]
NUMA19_PS = hmp(
    "device_add %s,id=core1,core-id=4,node-id=0" % PC19, "device_add %s,id=core1,core-id=4,node-id=5" % PC19,
    "device_add %s,id=core1,core-id=4,node-id=1" % PC19, "device_add %s,id=core2,core-id=5" % PC19,
    "device_add spapr-vlan,id=v,reg=0x1000", "info hotpluggable-cpus", "info numa")


# (e19m2-) The -numa sessions again with memory given to the nodes, -smp
# errors beside a non-CPU error found later (netdev, drive), and CPUs
# unplugged from a running machine (after cont).
NUMA19M = ["-m", "512M", "-numa", "node,nodeid=0,cpus=0-3,mem=256M", "-numa", "node,nodeid=1,cpus=4-7,mem=256M"]
for tag, m in [("pc", ["-M", "pc"]), ("q72", ["-M", "pc-q35-7.2"])]:
    x("e19m2-numa-%s" % tag, *m, *GSMP, *NUMA19M, steps=NUMA19_HMP)
    x("e19m2-qnuma-%s" % tag, *m, *GSMP, *NUMA19M, steps=NUMA19_QMP)
    x("e19m2-run-%s" % tag, *m, *GSMP, steps=hmp(
        "cont", "device_add %s,id=cpu1,socket-id=1,core-id=0,thread-id=0" % C, "device_del cpu1", "device_del cpu1",
        "device_del nosuch", "device_add e1000,addr=0x20", "info status", "info cpus"))
    for i, s in enumerate(["4,maxcpus=2", "2,dies=2", "2,clusters=2", "4,maxcpus=8,sockets=2,cores=2,threads=2,dies=1,clusters=1"]):
        x("e19m2-smp-%s-%d" % (tag, i), *m, "-smp", s, "-device", "e1000,netdev=nosuch", steps=hmp("info hotpluggable-cpus"))
p("e19m2-numa", "-M", "pseries", "-cpu", "POWER9", "-smp", "2,maxcpus=8", *NUMA19M, steps=NUMA19_PS)
p("e19m2-run", "-M", "pseries", "-cpu", "POWER9", "-smp", "2,maxcpus=8", steps=hmp(
    "cont", "device_add %s,id=core1,core-id=2" % PC19, "device_del core1", "device_del core1",
    "device_del nosuch", "device_add spapr-vlan,reg=x", "info status", "info cpus"))
for i, s in enumerate(["4,maxcpus=2", "2,dies=2", "2,clusters=2", "2,maxcpus=8,threads=8"]):
    p("e19m2-smp-%d" % i, "-M", "pseries", "-smp", s, "-device", "spapr-vlan,netdev=nosuch", steps=hmp("info hotpluggable-cpus"))


# (e19m3-) The -numa sessions once more, nodes backed by memdev as current
# machines want.
NUMA19D = ["-m", "512M", "-object", "memory-backend-ram,id=m0,size=256M", "-object", "memory-backend-ram,id=m1,size=256M",
           "-numa", "node,nodeid=0,cpus=0-3,memdev=m0", "-numa", "node,nodeid=1,cpus=4-7,memdev=m1"]
for tag, m in [("pc", ["-M", "pc"]), ("q72", ["-M", "pc-q35-7.2"])]:
    x("e19m3-numa-%s" % tag, *m, *GSMP, *NUMA19D, steps=NUMA19_HMP)
    x("e19m3-qnuma-%s" % tag, *m, *GSMP, *NUMA19D, steps=NUMA19_QMP)
    x("e19m3-cold-%s" % tag, *m, *GSMP, *NUMA19D, "-device", C + ",id=cpu1,socket-id=1,core-id=0,thread-id=0,node-id=0",
      steps=hmp("info numa"))
p("e19m3-numa", "-M", "pseries", "-cpu", "POWER9", "-smp", "2,maxcpus=8", *NUMA19D, steps=NUMA19_PS)
p("e19m3-cold", "-M", "pseries", "-cpu", "POWER9", "-smp", "2,maxcpus=8", *NUMA19D, "-device", PC19 + ",id=core1,core-id=4,node-id=0",
  steps=hmp("info numa"))

# The same sessions where 7.2's TCG takes them (one thread per core) and
# 10.0's default CPU does not refuse the POWER9 cores.
pseries19("t1-", ["-M", "pseries", "-cpu", "POWER9", "-smp", "2,maxcpus=8"])


# ---------------------------------------------------------------- round 20 ----
# Round 20 (e20-, helper e20): QMP argument validation as a script writer
# meets it, for the commands hotplug tooling calls: a required member
# missing, a member too many, JSON of the wrong type (number for string,
# string for bool or int, null, array, object), integers out of range and
# negative where unsigned, empty strings, ids with bad characters, and
# "arguments" that is not an object; each session between a CPU hotplug
# that works before and one after, then query-hotpluggable-cpus. pc, q35
# and pseries. (The recorder gives every command its own "id" member, so
# a script's own "id" is not among them.)
# Recorded twice per release, none dropped. First replay 38 / 48 on 7.2,
# 37 / 48 on 10.0; all pass after the fixes (README: probe_errors).
def raw(command, arguments):
    return {"qmp": {"execute": command, "arguments": arguments}}


E20 = [("pc", "x", ["-M", "pc", "-smp", "4,maxcpus=8,sockets=2,cores=2,threads=2"]),
       ("q35", "x", ["-M", "q35", "-smp", "4,maxcpus=8,sockets=2,cores=2,threads=2"]),
       ("ps", "p", ["-M", "pseries", "-cpu", "POWER8", "-smp", "2,maxcpus=8"])]


def cpu20(b, n):
    if b == "x":
        return qmp("device_add", driver=C, id="cpu%d" % n, **{"socket-id": 1, "core-id": n - 1, "thread-id": 0})
    return qmp("device_add", driver="power8_v2.0-spapr-cpu-core", id="core%d" % n, **{"core-id": 2 * n})


def cpuargs20(b):
    if b == "x":
        return {"driver": C, "id": "cpu9", "socket-id": 1, "core-id": 1, "thread-id": 1}
    return {"driver": "power8_v2.0-spapr-cpu-core", "id": "core9", "core-id": 6}


def with20(b, bad):
    return [cpu20(b, 1)] + bad + [cpu20(b, 2), qmp("query-hotpluggable-cpus")]


for mt, b, m in E20:
    t = lambda tag: "%s-%s" % (tag, mt)
    add = lambda tag, *extra, steps: (x if b == "x" else p)("e20-" + t(tag), *m, *extra, steps=with20(b, steps))
    good = cpuargs20(b)
    key = "socket-id" if b == "x" else "core-id"
    # device_add: the CPU's own members ill-typed or out of range
    add("dev-type", steps=[
        qmp("device_add", **dict(good, **{key: "1"})), qmp("device_add", **dict(good, **{key: True})),
        qmp("device_add", **dict(good, **{key: [1]})), qmp("device_add", **dict(good, **{key: {}})),
        qmp("device_add", **dict(good, **{key: 4294967296})), qmp("device_add", **dict(good, **{key: -2})),
        qmp("device_add", **dict(good, **{key: 1e3})), qmp("device_add", **dict(good, **{"node-id": "0"})),
        qmp("device_add", **dict(good, **{"node-id": 65536}))])
    add("dev-drv", steps=[
        qmp("device_add", id="cpu9"), qmp("device_add", driver=5, id="cpu9"), qmp("device_add", driver=None, id="cpu9"),
        qmp("device_add", driver=[good["driver"]], id="cpu9"), qmp("device_add", driver="", id="cpu9"),
        qmp("device_add", **dict(good, id=9)), qmp("device_add", **dict(good, id=None)),
        qmp("device_add", **dict(good, id=["cpu9"]))])
    add("dev-id", steps=[
        qmp("device_add", **dict(good, id="")), qmp("device_add", **dict(good, id="cpu 9")),
        qmp("device_add", **dict(good, id="cpu/9")), qmp("device_add", **dict(good, id="9cpu")),
        qmp("device_add", **dict(good, id="cpu.9")), qmp("device_add", **dict(good, id="cpu_9-x.y")),
        qmp("device_add", **dict(good, id="cpü9")), qmp("device_add", **dict(good, nosuch=1)),
        qmp("device_add", **dict(good, id="cpu1"))])
    add("del", steps=[
        qmp("device_del"), qmp("device_del", id=1), qmp("device_del", id=None), qmp("device_del", id=""),
        qmp("device_del", id=["cpu1"]), qmp("device_del", id="cpu1", force=True), qmp("device_del", id="cpu 1"),
        qmp("device_del", id={"id": "cpu1"})])
    add("query", steps=[
        qmp("query-hotpluggable-cpus", verbose=True), raw("query-hotpluggable-cpus", []),
        raw("query-cpus-fast", "all"), qmp("query-cpus-fast", **{"cpu-index": 0}), raw("query-cpus-fast", {}),
        raw("device_add", [good]), raw("device_del", "cpu1"), raw("device_add", 1), raw("device_del", True)])
    # qom-get / qom-set / qom-list
    cpath = "/machine/peripheral/cpu1" if b == "x" else "/machine/peripheral/core1"
    add("qom", steps=[
        qmp("qom-get", path=cpath), qmp("qom-get", property="type"), qmp("qom-get", path=1, property="type"),
        qmp("qom-get", path=cpath, property=None), qmp("qom-get", path="", property="type"),
        qmp("qom-get", path=cpath, property=""), qmp("qom-get", path=cpath, property="type", x=1),
        qmp("qom-get", path=cpath, property=key), qmp("qom-list"), qmp("qom-list", path=5), qmp("qom-list", path=""),
        qmp("qom-list", path=cpath, depth=1)])
    add("qomset", steps=[
        qmp("qom-set", path=cpath, property=key), qmp("qom-set", path=cpath, property=key, value="2"),
        qmp("qom-set", path=cpath, property=key, value=None), qmp("qom-set", path=cpath, property=key, value=[]),
        qmp("qom-set", path="/machine", property="usb", value="on"), qmp("qom-set", path="/machine", property="usb", value=1),
        qmp("qom-set", path="/machine", property="dump-guest-core", value=False),
        qmp("qom-set", property="usb", value=True), qmp("qom-set", path="/machine", value=True),
        qmp("qom-get", path="/machine", property="dump-guest-core")])
    # object-add / object-del
    add("obj", steps=[
        qmp("object-add", id="m1", size=1048576), qmp("object-add", **{"qom-type": "memory-backend-ram", "size": 1048576}),
        qmp("object-add", **{"qom-type": 5, "id": "m1"}), qmp("object-add", **{"qom-type": "memory-backend-ram", "id": 1, "size": 1048576}),
        qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m1", "size": "1M"}),
        qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m1", "size": -1}),
        qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m1", "size": 18446744073709551616}),
        qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m1", "size": 1048576, "share": "on"}),
        qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m1", "size": 1048576, "nosuch": 1}),
        qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "", "size": 1048576}),
        qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m 1", "size": 1048576}),
        qmp("object-add", **{"qom-type": "iothread", "id": "io1", "poll-max-ns": -1}),
        qmp("object-add", **{"qom-type": "iothread", "id": "io1", "poll-max-ns": "5"}),
        qmp("object-add", **{"qom-type": "memory-backend-ram", "id": "m1", "size": 1048576}),
        qmp("object-del"), qmp("object-del", id=1), qmp("object-del", id=""), qmp("object-del", id="m1", x=1),
        qmp("object-del", id="m1")])
    # netdev_add / netdev_del
    add("net", steps=[
        qmp("netdev_add", id="n1"), qmp("netdev_add", type="user"), qmp("netdev_add", type=1, id="n1"),
        qmp("netdev_add", type="user", id=1), qmp("netdev_add", type="user", id=""), qmp("netdev_add", type="user", id="n 1"),
        qmp("netdev_add", type="user", id="n1", restrict="yes"), qmp("netdev_add", type="user", id="n1", ipv4=1),
        qmp("netdev_add", type="user", id="n1", hostfwd="tcp::2222-:22"), qmp("netdev_add", type="user", id="n1", nosuch=1),
        qmp("netdev_add", type="user", id="n1", net=None), qmp("netdev_add", type="user", id="n1"),
        qmp("netdev_del"), qmp("netdev_del", id=1), qmp("netdev_del", id="n1", x=1), qmp("netdev_del", id="n1")])
    # chardev-add / chardev-remove
    add("chr", steps=[
        qmp("chardev-add", backend={"type": "null", "data": {}}), qmp("chardev-add", id="c1"),
        qmp("chardev-add", id=1, backend={"type": "null", "data": {}}), qmp("chardev-add", id="c1", backend="null"),
        qmp("chardev-add", id="c1", backend={"type": 1, "data": {}}), qmp("chardev-add", id="", backend={"type": "null", "data": {}}),
        qmp("chardev-add", id="c 1", backend={"type": "null", "data": {}}),
        qmp("chardev-add", id="c1", backend={"type": "ringbuf", "data": {"size": "4096"}}),
        qmp("chardev-add", id="c1", backend={"type": "ringbuf", "data": {"size": -1}}),
        qmp("chardev-add", id="c1", backend={"type": "ringbuf", "data": {"size": 4096, "nosuch": 1}}),
        qmp("chardev-add", id="c1", backend={"type": "null", "data": {}}, x=1),
        qmp("chardev-add", id="c1", backend={"type": "null", "data": {}}),
        qmp("chardev-remove"), qmp("chardev-remove", id=1), qmp("chardev-remove", id=""), qmp("chardev-remove", id="c1")])
    # blockdev-add / blockdev-del
    add("blk", steps=[
        qmp("blockdev-add", **{"node-name": "d1"}), qmp("blockdev-add", driver=1, **{"node-name": "d1"}),
        qmp("blockdev-add", driver="null-co"), qmp("blockdev-add", driver="null-co", **{"node-name": ""}),
        qmp("blockdev-add", driver="null-co", **{"node-name": "d 1"}), qmp("blockdev-add", driver="null-co", **{"node-name": "1d"}),
        qmp("blockdev-add", driver="null-co", **{"node-name": 7}),
        qmp("blockdev-add", driver="null-co", **{"node-name": "d1", "read-only": "yes"}),
        qmp("blockdev-add", driver="null-co", **{"node-name": "d1", "size": "1M"}),
        qmp("blockdev-add", driver="null-co", **{"node-name": "d1", "size": -1}),
        qmp("blockdev-add", driver="null-co", **{"node-name": "d1", "nosuch": 1}),
        qmp("blockdev-add", driver="null-co", **{"node-name": "d1", "cache": {"direct": "on"}}),
        qmp("blockdev-add", driver="null-co", **{"node-name": "d1"}),
        qmp("blockdev-del"), qmp("blockdev-del", **{"node-name": 1}), qmp("blockdev-del", **{"node-name": "d1", "x": 1}),
        qmp("blockdev-del", **{"node-name": "d1"})])
    # cont / stop / system_reset with arguments they do not take
    add("run", steps=[
        qmp("stop", x=1), raw("stop", []), raw("stop", "now"), raw("stop", {}), qmp("cont", x=1), raw("cont", 1),
        raw("cont", None), qmp("system_reset", force=True), raw("system_reset", [1]), raw("system_reset", {}),
        qmp("query-status")])
    # migrate-set-capabilities and set-numa-node outside preconfig
    add("mig", steps=[
        qmp("migrate-set-capabilities"), qmp("migrate-set-capabilities", capabilities="xbzrle"),
        qmp("migrate-set-capabilities", capabilities=[{"capability": "xbzrle", "state": "true"}]),
        qmp("migrate-set-capabilities", capabilities=[{"capability": "xbzrle", "state": 1}]),
        qmp("migrate-set-capabilities", capabilities=[{"capability": 5, "state": True}]),
        qmp("migrate-set-capabilities", capabilities=[{}]), qmp("migrate-set-capabilities", capabilities=[None]),
        qmp("migrate-set-capabilities", capabilities=[], x=1),
        qmp("migrate-set-capabilities", capabilities=[{"capability": "xbzrle", "state": True}]),
        qmp("set-numa-node", type="node", nodeid="0"), qmp("set-numa-node"), qmp("query-migrate-capabilities")])
    # integers at the edges of the members' ranges, and the CPU's other properties ill-typed
    if b == "x":
        ints = [{"socket-id": 2147483648}, {"socket-id": -2147483649}, {"core-id": 9007199254740993}, {"thread-id": 1.0},
                {"thread-id": "0x1"}, {"apic-id": -1}, {"apic-id": 4294967296}, {"node-id": -1},
                {"start-powered-off": "yes"}, {"hv-relaxed": 1}, {"check": None}, {"family": "6"}]
    else:
        ints = [{"core-id": 2147483648}, {"core-id": -2147483649}, {"core-id": 9007199254740993}, {"core-id": 6.0},
                {"core-id": "0x6"}, {"nr-threads": -1}, {"nr-threads": 4294967296}, {"node-id": -1},
                {"nr-threads": "1"}, {"node-id": True}]
    add("int", steps=[qmp("device_add", **dict(good, **o)) for o in ints])
    # "arguments" that is not an object, for each command above
    add("args", steps=[raw(c, a) for c, a in [
        ("qom-get", ["/machine", "type"]), ("qom-list", "/machine"), ("qom-set", None), ("object-add", "memory-backend-ram"),
        ("object-del", ["m1"]), ("netdev_add", "user,id=n1"), ("netdev_del", 1), ("chardev-add", []), ("chardev-remove", "c1"),
        ("blockdev-add", ["null-co"]), ("blockdev-del", "d1"), ("migrate-set-capabilities", []),
        ("set-numa-node", "node"), ("query-hotpluggable-cpus", False)]] + [qmp("query-status")])
    # set-numa-node where it runs: -preconfig, then the hotplug after the machine is built
    (x if b == "x" else p)("e20-" + t("numa"), *m, "-preconfig", steps=[
        qmp("set-numa-node"), qmp("set-numa-node", type="nosuch"), qmp("set-numa-node", type="node", nodeid="0"),
        qmp("set-numa-node", type="node", nodeid=-1), qmp("set-numa-node", type="node", nodeid=256),
        qmp("set-numa-node", type="node", nodeid=0, cpus="0-1"), qmp("set-numa-node", type="node", nodeid=0, x=1),
        qmp("set-numa-node", type="node", nodeid=0), qmp("set-numa-node", type="node", nodeid=1),
        qmp("set-numa-node", type="cpu", **{"node-id": "1"}), qmp("set-numa-node", type="cpu", **{"node-id": 1, key: -1}),
        qmp("set-numa-node", type="cpu", **{"node-id": 1, key: 1}), raw("x-exit-preconfig", []), qmp("x-exit-preconfig"),
        cpu20(b, 1), qmp("device_add", **dict(good, **{"node-id": 2})), cpu20(b, 2), qmp("query-hotpluggable-cpus")])


# Measured after round 20's fixes (e20m-): set-numa-node under -preconfig
# to a machine that starts (its boot CPUs' warnings at x-exit-preconfig),
# with every CPU given a node and with none; ringbuf sizes at the int64's
# edges; pseries core ids past int32 (one wraps to a free core, one below
# zero); empty ids on non-CPU devices (10.0 takes them from QMP).
MEM20 = ["-m", "512M", "-object", "memory-backend-ram,id=m0,size=256M", "-object", "memory-backend-ram,id=m1,size=256M"]
for mt, b, m in E20:
    key = "socket-id" if b == "x" else "core-id"
    cases = x if b == "x" else p
    cases("e20m-pre-" + mt, *m, *MEM20, "-preconfig", steps=[
        qmp("set-numa-node", type="node", nodeid=0, memdev="m0", cpus=[0, 1, 2, 3]),
        qmp("set-numa-node", type="node", nodeid=1, memdev="m1", cpus=[4, 5, -1]),
        qmp("set-numa-node", type="node", nodeid=1, memdev="m1", cpus=[4, 5, 6, 7]),
        qmp("set-numa-node", type="dist", src=0, dst=1, val="20"), qmp("set-numa-node", type="dist", src=0, dst=1, val=300),
        qmp("set-numa-node", type="dist", src=0, dst=-1, val=20), qmp("set-numa-node", type="dist", src=0, dst=1, val=20),
        qmp("x-exit-preconfig"), cpu20(b, 1), qmp("device_add", **dict(cpuargs20(b), **{"node-id": 0})), cpu20(b, 2),
        qmp("query-hotpluggable-cpus")])
    cases("e20m-pre2-" + mt, *m, *MEM20, "-preconfig", steps=[
        qmp("set-numa-node", type="node", nodeid=0, memdev="m0"), qmp("set-numa-node", type="node", nodeid=1, memdev="m1"),
        qmp("set-numa-node", type="cpu", **{"node-id": 1, key: 1}), qmp("x-exit-preconfig"), cpu20(b, 1), cpu20(b, 2),
        qmp("query-hotpluggable-cpus")])
    cases("e20m-ring-" + mt, *m, steps=with20(b, [
        qmp("chardev-add", id="r%d" % i, backend={"type": "ringbuf", "data": {"size": v}})
        for i, v in enumerate([0, 3, -2, -4096, 9223372036854775808, 1.5, "64k", True, 1])] + [
        qmp("ringbuf-write", device="r8", data="hello"), qmp("ringbuf-read", device="r8", size=8), qmp("query-chardev")]))
    other = [("e1000", {}), ("virtio-net-pci", {})] if b == "x" else [("spapr-vlan", {}), ("spapr-vty", {"chardev": "c0"})]
    cases("e20m-empty-" + mt, *m, "-chardev", "null,id=c0", steps=with20(b, [
        qmp("device_add", driver=other[0][0], id=""), qmp("device_add", driver=other[1][0], id="", **other[1][1]),
        qmp("qom-list", path="/machine/peripheral"), qmp("device_del", id=""),
        qmp("object-add", **{"qom-type": "iothread", "id": ""}), qmp("netdev_add", type="user", id=""),
        qmp("blockdev-add", driver="null-co", **{"node-name": ""})]))
p("e20m-core-ps", *E20[2][2], steps=[
    cpu20("p", 1), qmp("device_add", driver="power8_v2.0-spapr-cpu-core", id="core3", **{"core-id": 4294967302}),
    qmp("device_add", driver="power8_v2.0-spapr-cpu-core", id="core4", **{"core-id": 8589934600}),
    qmp("query-hotpluggable-cpus"), qmp("device_add", driver="power8_v2.0-spapr-cpu-core", id="core5", **{"core-id": 2147483650})])


# (e20m2-) The hot-plugged CPU's own QOM properties over qom-get/qom-set
# with values of the wrong type and after realize, and
# migrate-set-capabilities with the names tooling sends.
for mt, b, m in E20:
    key = "socket-id" if b == "x" else "core-id"
    cases = x if b == "x" else p
    cp = "/machine/peripheral/cpu1" if b == "x" else "/machine/peripheral/core1"
    cases("e20m2-qomcpu-" + mt, *m, steps=with20(b, [
        qmp("qom-get", path=cp, property="realized"), qmp("qom-set", path=cp, property="realized", value="false"),
        qmp("qom-set", path=cp, property="realized", value=0), qmp("qom-set", path=cp, property=key, value=4),
        qmp("qom-set", path=cp, property=key, value="x"), qmp("qom-set", path=cp, property="node-id", value=-1),
        qmp("qom-get", path=cp + "/", property="type"), qmp("qom-get", path=cp.rsplit("/", 1)[1], property=key),
        qmp("qom-get", path=cp, property="hotpluggable"), qmp("qom-get", path=cp, property="hotplugged"),
        qmp("qom-set", path=cp, property="hotpluggable", value=False), qmp("qom-list", path=cp + "/nosuch")]))
    cases("e20m2-migcap-" + mt, *m, steps=with20(b, [
        qmp("migrate-set-capabilities", capabilities=[{"capability": "postcopy-ram", "state": True}, {"capability": "postcopy-ram", "state": False}]),
        qmp("migrate-set-capabilities", capabilities=[{"capability": "x-colo", "state": True}]),
        qmp("migrate-set-capabilities", capabilities=[{"capability": "events", "state": True, "x": 1}]),
        qmp("migrate-set-capabilities", capabilities=[{"capability": "compress", "state": True}]),
        qmp("migrate-set-capabilities", capabilities=[{"capability": "events", "state": None}]),
        qmp("migrate-set-capabilities", capabilities=[{"capability": "", "state": True}]),
        qmp("migrate-set-capabilities", capabilities=[{"capability": "xbzrle", "state": True}, {"capability": "nosuch", "state": True}]),
        qmp("query-migrate-capabilities")]))

corpus.write()
